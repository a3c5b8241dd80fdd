/* sf-csv-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chooser is a GtkFileChooserNative (a portal inside Flatpak); what it leads to takes a
 * GFile, so that it also runs without a chooser. The file is written in the app's language,
 * privately and whole, by the store.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sf-csv-export.h"
#include "sf-feedback.h"
#include "sf-save-chooser.h"

/* The chooser's answer comes back to the page, which may have gone meanwhile. */
typedef struct
{
  GtkWidget         *page;    /* weak */
  SfProject         *project;
  const SfCsvExport *kind;
} Job;

static void
job_free (Job *job)
{
  g_clear_weak_pointer (&job->page);
  g_clear_object (&job->project);
  g_free (job);
}

gboolean
sf_csv_export_to (GtkWidget         *page,
                  SfProject         *project,
                  const SfCsvExport *kind,
                  GFile             *file,
                  char               separator)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (page), FALSE);
  g_return_val_if_fail (SF_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("An export can only be saved to a local file."));
      sf_feedback_error (page, kind->refused, error);
      return FALSE;
    }
  if (!kind->write (project, path, separator, sf_csv_language_default (), &error))
    {
      sf_feedback_error (page, kind->refused, error);
      return FALSE;
    }
  sf_feedback_toast (page, kind->done);
  return TRUE;
}

static void
response_cb (GtkNativeDialog *chooser,
             int              response,
             Job             *job)
{
  if (response == GTK_RESPONSE_ACCEPT && job->page != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      const char *choice = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser),
                                                        "separator");

      if (file != NULL)
        sf_csv_export_to (job->page, job->project, job->kind, file,
                          g_strcmp0 (choice, "comma") == 0 ? ',' : ';');
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  job_free (job);
}

void
sf_csv_export_ask (GtkWidget         *page,
                   SfProject         *project,
                   const SfCsvExport *kind)
{
  GtkFileChooserNative *chooser;
  const char *ids[] = { "semicolon", "comma", NULL };
  const char *labels[] = { _("Semicolon (for Dutch spreadsheets)"), _("Comma"), NULL };
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  Job *job;

  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (SF_IS_PROJECT (project));

  chooser = sf_save_chooser_new (page, kind->title, project, kind->file_name);
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "separator", _("Separator"),
                               ids, labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "separator", "semicolon");
  job = g_new0 (Job, 1);
  g_set_weak_pointer (&job->page, page);
  job->project = g_object_ref (project);
  job->kind = kind;
  g_signal_connect (chooser, "response", G_CALLBACK (response_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
