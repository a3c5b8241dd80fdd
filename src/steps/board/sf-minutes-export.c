/* sf-minutes-export.c: step 5's "Verslag bestuurdersoverleg" saved as a PDF from the page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The minutes are built from the project here, on the main thread, and laid out and written
 * on a worker (sf-report-export.h), as the report is: the page stays responsive meanwhile.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-feedback.h"
#include "sf-save-chooser.h"
#include "sf-minutes-export.h"
#include "sf-report-builder.h"
#include "sf-report-export.h"

typedef struct
{
  GtkWidget *widget; /* weak: the page may go while the worker writes */
} Export;

static void
export_free (Export *export)
{
  g_clear_weak_pointer (&export->widget);
  g_free (export);
}

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  Export *export = data;
  g_autoptr(GError) error = NULL;

  if (!sf_report_export_finish (result, &error) && export->widget != NULL)
    sf_feedback_error (export->widget, _("The minutes could not be exported"), error);
  else if (export->widget != NULL)
    sf_feedback_toast (export->widget, _("Minutes exported"));
  export_free (export);
}

void
sf_minutes_export_to (GtkWidget *widget,
                      SfProject *project,
                      GFile     *file,
                      gboolean   names_as_roles)
{
  g_autoptr(GError) error = NULL;
  SfReportDocument *doc = NULL;
  SfReportOptions options;
  Export *export;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (SF_IS_PROJECT (project));
  g_return_if_fail (G_IS_FILE (file));

  sf_report_options_init_default (&options);
  options.names_as_roles = names_as_roles;
  doc = sf_report_build_minutes (project, &options, &error);
  if (doc == NULL)
    {
      sf_feedback_error (widget, _("The minutes could not be exported"), error);
      return;
    }
  export = g_new0 (Export, 1);
  g_set_weak_pointer (&export->widget, widget);
  sf_report_export_async (doc, file, NULL, written_cb, export);
}

static void
response_cb (GtkNativeDialog *chooser,
             int              response,
             GtkWidget      **weak)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  const char *names = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "names");
  SfProject *project = g_object_get_data (G_OBJECT (chooser), "project");

  if (response == GTK_RESPONSE_ACCEPT && file != NULL && *weak != NULL)
    sf_minutes_export_to (*weak, project, file, g_strcmp0 (names, "roles") == 0);
  g_clear_weak_pointer (weak);
  g_free (weak);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

void
sf_minutes_export_run (GtkWidget *widget,
                       SfProject *project)
{
  const char *ids[] = { "names", "roles", NULL };
  const char *labels[] = { _("By name"), _("By their role"), NULL };
  GtkFileChooserNative *chooser;
  GtkWidget **weak = g_new0 (GtkWidget *, 1);

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (SF_IS_PROJECT (project));

  chooser = sf_save_chooser_new (widget, _("Export the Minutes"), project,
                                 _("%s – minutes of the board meeting.pdf"));
  /* Translators: a choice in the file chooser: how the minutes name the people in them. */
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "names", _("People"), ids, labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "names", "names");
  g_set_weak_pointer (weak, widget);
  g_object_set_data_full (G_OBJECT (chooser), "project", g_object_ref (project),
                          g_object_unref);
  g_signal_connect (chooser, "response", G_CALLBACK (response_cb), weak);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
