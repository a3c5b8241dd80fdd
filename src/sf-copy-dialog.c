/* sf-copy-dialog.c: "Export a Copy…": whether confidential items go along, then where to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The switches on confidential items promise that they stay out of everything shared. A copy
 * keeps that promise unless the user ticks, in so many words, that this copy is for someone
 * who may read them; the file's suggested name then says so too.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sf-copy.h"
#include "sf-copy-dialog.h"
#include "sf-feedback.h"
#include "sf-toplevel.h"

typedef struct
{
  GtkWidget      *anchor;
  SfProject      *project;
  GtkCheckButton *include; /* in the question's dialog */
  gboolean        include_confidential;
} Request;

static void
request_free (Request *request)
{
  g_clear_weak_pointer (&request->anchor);
  g_object_unref (request->project);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Request, request_free)

static void
request_closure_free (gpointer  request,
                      GClosure *closure)
{
  request_free (request);
}

GtkFileFilter *
sf_copy_dialog_project_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Startfoto projects"));
  gtk_file_filter_add_mime_type (filter, "application/x-startfoto");
  gtk_file_filter_add_suffix (filter, "startfoto");
  return filter;
}

static gboolean
export_to (GtkWidget *anchor,
                          SfProject *project,
                          GFile     *file,
                          gboolean   include_confidential)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  /* Exactly the file chosen: inside Flatpak only that one may be written. */
  if (path == NULL)
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                         _("Choose a folder on this computer."));
  if (path == NULL || !sf_project_export_copy (project, path, include_confidential, &error))
    {
      sf_feedback_error (anchor, _("The copy could not be saved"), error);
      return FALSE;
    }
  name = g_filename_display_basename (path);
  title = g_strdup_printf (include_confidential
                           ? _("Copy with confidential items saved as “%s”")
                           : _("Copy saved as “%s”"), name);
  sf_feedback_toast (anchor, title);
  return TRUE;
}

static void
on_file_chosen (GtkNativeDialog *chooser,
                int              response,
                Request         *request)
{
  g_autoptr(Request) owned = request;

  if (response == GTK_RESPONSE_ACCEPT && request->anchor != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      export_to (request->anchor, request->project, file, request->include_confidential);
    }
  g_object_unref (chooser);
}

static Request *
request_new (GtkWidget *anchor,
             SfProject *project)
{
  Request *request = g_new0 (Request, 1);

  g_set_weak_pointer (&request->anchor, anchor);
  request->project = g_object_ref (project);
  return request;
}

/* Takes @request. */
static void
choose_file (Request *request)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = sf_copy_dialog_project_filter ();
  const char *project_name = sf_project_get_name (request->project);
  g_autofree char *name = NULL;

  name = g_strdup_printf (request->include_confidential
                          /* Translators: the suggested file name of a copy that holds the
                           * confidential items; %s is the project's name. */
                          ? _("%s (confidential).startfoto") : "%s.startfoto",
                          *project_name ? project_name : _("Project"));
  g_strdelimit (name, "/\\", '-');
  chooser = gtk_file_chooser_native_new (_("Export a Copy"), sf_toplevel_of (request->anchor),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_include_toggled (GtkCheckButton   *check,
                    AdwMessageDialog *dialog)
{
  gboolean include = gtk_check_button_get_active (check);

  adw_message_dialog_set_response_label (dialog, "export",
                                         include ? _("Export _with Confidential Items…")
                                                 : _("_Export…"));
  adw_message_dialog_set_response_appearance (dialog, "export",
                                              include ? ADW_RESPONSE_DESTRUCTIVE
                                                      : ADW_RESPONSE_SUGGESTED);
}

/* The dialog's own request lives as long as the dialog: a closing dialog answers again. */
static void
on_response (AdwMessageDialog *dialog,
             const char       *response,
             Request          *asked)
{
  Request *request;

  if (!g_str_equal (response, "export") || asked->anchor == NULL)
    return;
  request = request_new (asked->anchor, asked->project);
  request->include_confidential = gtk_check_button_get_active (asked->include);
  choose_file (request);
}

/* The check's label says what; the line under it, inside the check so that it lines up with
 * the label and a click on it ticks too, says for whom. */
static GtkWidget *
include_choice (AdwMessageDialog *dialog,
                Request          *request)
{
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *what = gtk_label_new_with_mnemonic (_("_Include the confidential items"));
  GtkWidget *who = gtk_label_new (_("Only for someone who may read them as you do, such as a "
                                    "fellow project leader who holds the interviews with you. "
                                    "Never for partners, boards or residents."));

  gtk_widget_set_name (check, "include-confidential");
  gtk_label_set_xalign (GTK_LABEL (what), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (what), check);
  gtk_label_set_wrap (GTK_LABEL (who), TRUE);
  gtk_label_set_xalign (GTK_LABEL (who), 0);
  gtk_widget_add_css_class (who, "dim-label");
  gtk_box_append (GTK_BOX (box), what);
  gtk_box_append (GTK_BOX (box), who);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), box);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, what, NULL,
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, who, NULL, -1);
  request->include = GTK_CHECK_BUTTON (check);
  g_signal_connect (check, "toggled", G_CALLBACK (on_include_toggled), dialog);
  return check;
}

void
sf_copy_dialog_present (GtkWidget *anchor,
                        SfProject *project)
{
  Request *request = request_new (anchor, project);
  guint n = sf_project_count_confidential (project);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (n == 0)
    {
      choose_file (request);
      return;
    }

  body = g_strdup_printf (g_dngettext (NULL,
                                       "A copy holds the whole project, so that a colleague can "
                                       "work on with it. The project has %u confidential item; "
                                       "it is left out.",
                                       "A copy holds the whole project, so that a colleague can "
                                       "work on with it. The project has %u confidential items; "
                                       "they are left out.", n), n);
  dialog = adw_message_dialog_new (sf_toplevel_of (anchor), _("Export a Copy"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "export", _("_Export…"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "export",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "export");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog),
                                      include_choice (ADW_MESSAGE_DIALOG (dialog), request));
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_response), request,
                         request_closure_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
