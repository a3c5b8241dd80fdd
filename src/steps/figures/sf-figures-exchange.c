/* sf-figures-exchange.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file choosers are GtkFileChooserNative (portals inside Flatpak); what they lead to takes
 * a GFile, so that it also runs without a chooser. An import reads the file asynchronously and
 * checks it on the main thread: the project's database belongs to that thread, and checking
 * even a file at the 20 MB cap takes a moment, not a hang.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sf-csv-export.h"
#include "sf-csv.h"
#include "sf-csv-import-dialog.h"
#include "sf-feedback.h"
#include "sf-figures-exchange.h"
#include "sf-request-dialog.h"
#include "sf-toplevel.h"

/* What an answer (a file chooser's, a file read) comes back to: the page, which may have gone
 * meanwhile (the project closed), and its project. */
typedef struct
{
  GtkWidget *page;    /* weak */
  SfProject *project;
  char      *name;    /* an import's file, as the user knows it */
} Job;

static Job *
job_new (GtkWidget *page,
         SfProject *project)
{
  Job *job = g_new0 (Job, 1);

  g_set_weak_pointer (&job->page, page);
  job->project = g_object_ref (project);
  return job;
}

static void
job_free (Job *job)
{
  g_clear_weak_pointer (&job->page);
  g_clear_object (&job->project);
  g_free (job->name);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_free)

/* ---- the request letter ----------------------------------------------------------------- */

void
sf_figures_exchange_show_request (GtkWidget  *page,
                                    SfProject  *project,
                                    const char *partner_id)
{
  GtkWidget *dialog;

  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (SF_IS_PROJECT (project));

  dialog = sf_request_dialog_new (sf_toplevel_of (page), project, partner_id);
  if (dialog != NULL)
    gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- export ----------------------------------------------------------------------------- */

static const SfCsvExport *
figures_export (void)
{
  static SfCsvExport kind;

  /* Translated when first asked for: the language is set by then. */
  if (kind.write == NULL)
    kind = (SfCsvExport) {
      _("Export Figures"),
      /* Translators: the suggested file name of the exported figures; %s is the project's
       * name. */
      _("%s – figures.csv"),
      _("The figures could not be exported"),
      _("Figures exported"),
      sf_project_export_csv,
    };
  return &kind;
}

gboolean
sf_figures_exchange_export_to (GtkWidget *page,
                               SfProject *project,
                               GFile     *file,
                               char       separator)
{
  return sf_csv_export_to (page, project, figures_export (), file, separator);
}

void
sf_figures_exchange_export (GtkWidget *page,
                            SfProject *project)
{
  sf_csv_export_ask (page, project, figures_export ());
}

/* ---- import ----------------------------------------------------------------------------- */

static void
import_loaded_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      data)
{
  g_autoptr(Job) job = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SfCsvImport) import = NULL;
  g_autofree char *contents = NULL;
  gsize size = 0;
  gboolean ok;
  GtkWidget *dialog;

  ok = g_file_load_contents_finish (G_FILE (source), result, &contents, &size, NULL, &error);
  if (job->page == NULL)
    return;  /* the page has gone meanwhile: nothing to show it in */
  if (ok)
    ok = sf_project_import_csv_data (job->project, contents, size, &import, &error);
  if (!ok)
    {
      sf_feedback_error (job->page, _("The file could not be imported"), error);
      return;
    }
  dialog = sf_csv_import_dialog_new (job->page, job->project, g_steal_pointer (&import),
                                     job->name);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
sf_figures_exchange_import_from (GtkWidget *page,
                                   SfProject *project,
                                   GFile     *file)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  Job *job;

  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (SF_IS_PROJECT (project));
  g_return_if_fail (G_IS_FILE (file));

  /* Refuse a file above the cap before reading any of it. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME, G_FILE_QUERY_INFO_NONE,
                            NULL, &error);
  if (info == NULL)
    {
      sf_feedback_error (page, _("The file could not be imported"), error);
      return;
    }
  if (g_file_info_get_size (info) > SF_CSV_MAX_SIZE)
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The file is too large to import (more than %u MB)."),
                   SF_CSV_MAX_SIZE / (1024 * 1024));
      sf_feedback_error (page, _("The file could not be imported"), error);
      return;
    }
  job = job_new (page, project);
  job->name = g_strdup (g_file_info_get_display_name (info));
  g_file_load_contents_async (file, NULL, import_loaded_cb, job);
}

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    Job             *data)
{
  g_autoptr(Job) job = data;

  if (response == GTK_RESPONSE_ACCEPT && job->page != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        sf_figures_exchange_import_from (job->page, job->project, file);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

void
sf_figures_exchange_import (GtkWidget *page,
                              SfProject *project)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (SF_IS_PROJECT (project));

  chooser = gtk_file_chooser_native_new (_("Import Figures"), sf_toplevel_of (page),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (import_response_cb),
                    job_new (page, project));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
