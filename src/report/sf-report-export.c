/* sf-report-export.c: a built report written as a PDF file (or an ODF text document) on a
 * worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pango gives each thread its own default font map, so the worker lays out with fonts of its
 * own; the document it lays out is its alone.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-file.h"
#include "sf-report-odt.h"
#include "sf-report-export.h"
#include "sf-report-layout.h"
#include "sf-report-pdf.h"

typedef struct
{
  SfReportDocument *doc;
  char             *path;
  gboolean          odt;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_pointer (&data->doc, sf_report_document_free);
  g_free (data->path);
  g_free (data);
}

gboolean
sf_report_export_write (SfReportDocument  *doc,
                        const char        *path,
                        GCancellable      *cancellable,
                        GError           **error)
{
  g_autoptr(SfReportLayout) layout = NULL;
  g_autoptr(GBytes) pdf = NULL;
  SfReportPageSetup setup;
  const char *data;
  gsize size;

  sf_report_page_setup_a4 (&setup);
  layout = sf_report_layout_new_for_export (doc, &setup);
  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      (pdf = sf_report_pdf_render (layout, error)) == NULL ||
      g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  data = g_bytes_get_data (pdf, &size);
  return sf_file_write_private (path, data, size, error);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *data = task_data;
  GError *error = NULL;

  if (data->odt ? sf_report_odt_write (data->doc, data->path, cancellable, &error)
                : sf_report_export_write (data->doc, data->path, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
export_async (SfReportDocument    *doc,
              GFile               *file,
              gboolean             odt,
              GCancellable        *cancellable,
              GAsyncReadyCallback  callback,
              gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  ExportData *data = g_new0 (ExportData, 1);

  g_return_if_fail (doc != NULL);
  g_return_if_fail (G_IS_FILE (file));

  g_task_set_source_tag (task, export_async);
  data->doc = doc;
  data->path = g_file_get_path (file);
  data->odt = odt;
  g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);
  /* Exactly the file chosen: inside Flatpak only that file may be written. */
  if (data->path == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "%s",
                               _("Choose a folder on this computer."));
      return;
    }
  g_task_run_in_thread (task, export_thread);
}

void
sf_report_export_async (SfReportDocument    *doc,
                        GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  export_async (doc, file, FALSE, cancellable, callback, user_data);
}

void
sf_report_export_odt_async (SfReportDocument    *doc,
                            GFile               *file,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  export_async (doc, file, TRUE, cancellable, callback, user_data);
}

gboolean
sf_report_export_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
