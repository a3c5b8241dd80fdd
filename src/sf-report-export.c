/* sf-report-export.c: a built report written as a PDF file on a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pango gives each thread its own default font map, so the worker lays out with fonts of its
 * own; the document it lays out is its alone.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sf-report-export.h"
#include "sf-report-layout.h"
#include "sf-report-pdf.h"

typedef struct
{
  SfReportDocument *doc;
  char             *path;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_pointer (&data->doc, sf_report_document_free);
  g_free (data->path);
  g_free (data);
}

/* A private (0600) empty file next to @path, so that renaming it over @path cannot cross file
 * systems; or, where that folder allows only the chosen file itself (the file chooser portal),
 * in our cache. */
static char *
make_temp_file (const char  *path,
                gboolean    *beside,
                GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strdup_printf (".%s-XXXXXX", base);
  char *tmp = g_build_filename (dir, name, NULL);
  int fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0600);

  *beside = fd >= 0;
  if (fd < 0)
    {
      g_autofree char *cache = g_build_filename (g_get_user_cache_dir (), "startfoto", NULL);

      g_free (tmp);
      tmp = NULL;
      if (g_mkdir_with_parents (cache, 0700) == 0)
        {
          tmp = g_build_filename (cache, "report-XXXXXX.pdf", NULL);
          fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0600);
        }
    }
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s", g_strerror (saved));
      g_free (tmp);
      return NULL;
    }
  close (fd);
  return tmp;
}

static gboolean
sync_file (const char  *path,
           GError     **error)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  int saved;

  if (fd >= 0 && fsync (fd) == 0)
    return g_close (fd, error);
  saved = errno;
  if (fd >= 0)
    close (fd);
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s", g_strerror (saved));
  return FALSE;
}

/* Puts the finished temporary file in place of @path: a rename where it lies beside it, else a
 * copy into the (portal's) file and a mode made private again. */
static gboolean
replace_file (const char  *tmp,
              gboolean     beside,
              const char  *path,
              GError     **error)
{
  g_autoptr(GFile) from = NULL;
  g_autoptr(GFile) to = NULL;

  if (beside)
    {
      if (g_rename (tmp, path) == 0)
        return TRUE;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "%s", g_strerror (errno));
      return FALSE;
    }
  from = g_file_new_for_path (tmp);
  to = g_file_new_for_path (path);
  if (!g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
    return FALSE;
  g_chmod (path, 0600);
  return TRUE;
}

gboolean
sf_report_export_write (SfReportDocument  *doc,
                        const char        *path,
                        GCancellable      *cancellable,
                        GError           **error)
{
  g_autoptr(SfReportLayout) layout = NULL;
  g_autofree char *tmp = NULL;
  SfReportPageSetup setup;
  gboolean beside = FALSE;

  sf_report_page_setup_a4 (&setup);
  layout = sf_report_layout_new_for_export (doc, &setup);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  tmp = make_temp_file (path, &beside, error);
  if (tmp == NULL)
    return FALSE;
  if (!sf_report_pdf_write (layout, tmp, error) ||
      !sync_file (tmp, error) ||
      g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !replace_file (tmp, beside, path, error))
    {
      g_unlink (tmp);
      return FALSE;
    }
  if (!beside)
    g_unlink (tmp);
  return TRUE;
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *data = task_data;
  GError *error = NULL;

  if (sf_report_export_write (data->doc, data->path, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
sf_report_export_async (SfReportDocument    *doc,
                        GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  ExportData *data = g_new0 (ExportData, 1);

  g_return_if_fail (doc != NULL);
  g_return_if_fail (G_IS_FILE (file));

  g_task_set_source_tag (task, sf_report_export_async);
  data->doc = doc;
  data->path = g_file_get_path (file);
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

gboolean
sf_report_export_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
