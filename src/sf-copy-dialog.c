/* sf-copy-dialog.c: "Export a Copy…": for whom, what goes along, then where to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A copy is for a colleague (the whole project) or for one partner (its part only). The
 * switches on confidential items promise that they stay out of everything shared. A copy
 * keeps that promise unless the user ticks, in so many words, that this copy is for someone
 * who may read them; the file's suggested name then says so too.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sf-copy.h"
#include "sf-copy-dialog.h"
#include "sf-feedback.h"
#include "sf-partner.h"
#include "sf-partner-copy-text.h"
#include "sf-save-chooser.h"
#include "sf-toplevel.h"

typedef struct
{
  GtkWidget      *anchor;
  SfProject      *project;
  /* In the question's dialog: */
  GtkCheckButton *include;
  GtkCheckButton *for_partner;
  AdwComboRow    *partner_row;
  guint           n_confidential;
  /* What the user chose: */
  gboolean        include_confidential;
  char           *partner_id;   /* NULL: for a colleague */
  char           *organisation;
} Request;

static void
request_free (Request *request)
{
  g_clear_weak_pointer (&request->anchor);
  g_object_unref (request->project);
  g_free (request->partner_id);
  g_free (request->organisation);
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

/* A partner's copy says what it holds, so that the one who hands it over knows; longer than
 * a toast can show, so in a dialog. */
static void
tell_partner_copy (GtkWidget                   *anchor,
                   const char                  *organisation,
                   const char                  *name,
                   const SfPartnerCopyContents *contents)
{
  g_autofree char *what = sf_partner_copy_describe (contents);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  /* Translators: %s is the partner's organisation. */
  heading = g_strdup_printf (_("Copy for %s Saved"), organisation);
  /* Translators: the first %s is the file's name, the second what it holds
   * ("2 flats, 12 figures to fill in, …"). */
  body = g_strdup_printf (_("“%s” holds %s. Nothing confidential and nothing of other "
                            "partners is in it."), name, what);
  dialog = adw_message_dialog_new (sf_toplevel_of (anchor), heading, body);
  gtk_widget_set_name (dialog, "partner-copy-saved");
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
export_to (Request *request,
           GFile   *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  SfPartnerCopyContents contents;
  gboolean written;

  /* Exactly the file chosen: inside Flatpak only that one may be written. */
  if (path == NULL)
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                         _("Choose a folder on this computer."));
  written = path != NULL
    && (request->partner_id != NULL
        ? sf_project_export_partner_copy (request->project, path, request->partner_id,
                                          &contents, &error)
        : sf_project_export_copy (request->project, path, request->include_confidential,
                                  &error));
  if (!written)
    {
      sf_feedback_error (request->anchor, _("The copy could not be saved"), error);
      return FALSE;
    }
  name = g_filename_display_basename (path);
  if (request->partner_id != NULL)
    {
      tell_partner_copy (request->anchor, request->organisation, name, &contents);
      return TRUE;
    }
  title = g_strdup_printf (request->include_confidential
                           ? _("Copy with confidential items saved as “%s”")
                           : _("Copy saved as “%s”"), name);
  sf_feedback_toast (request->anchor, title);
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

      export_to (request, file);
    }
  gtk_native_dialog_destroy (chooser);
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
  g_autofree char *pattern = NULL;

  if (request->partner_id != NULL)
    /* Translators: the suggested file name of a partner's copy; %%s is the project's name,
     * %s the partner's organisation. */
    pattern = g_strdup_printf (_("%%s for %s.startfoto"), request->organisation);
  else
    pattern = g_strdup (request->include_confidential
                        /* Translators: the suggested file name of a copy that holds the
                         * confidential items; %s is the project's name. */
                        ? _("%s (confidential).startfoto") : "%s.startfoto");
  chooser = sf_save_chooser_new (request->anchor, _("Export a Copy"), request->project,
                                 pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static gboolean
is_for_partner (Request *request)
{
  return request->for_partner != NULL && gtk_check_button_get_active (request->for_partner);
}

static char *
body_text (Request *request)
{
  guint n = request->n_confidential;

  if (is_for_partner (request))
    return g_strdup (_("A copy for a partner holds only what that partner should see and fill "
                       "in: the project’s details and flats, the figures asked of it, and its "
                       "own interview and key points. Nothing confidential and nothing of other "
                       "partners goes along."));
  if (n == 0)
    return g_strdup (_("A copy holds the whole project, so that a colleague can work on with "
                       "it."));
  return g_strdup_printf (g_dngettext (NULL,
                                       "A copy holds the whole project, so that a colleague can "
                                       "work on with it. The project has %u confidential item; "
                                       "it is left out.",
                                       "A copy holds the whole project, so that a colleague can "
                                       "work on with it. The project has %u confidential items; "
                                       "they are left out.", n), n);
}

/* The dialog follows the choices: what the copy holds, and what the button will do. */
static void
update_dialog (AdwMessageDialog *dialog,
               Request          *request)
{
  gboolean partner = is_for_partner (request);
  gboolean include = !partner && request->include != NULL
                     && gtk_check_button_get_active (request->include);
  g_autofree char *body = body_text (request);

  adw_message_dialog_set_body (dialog, body);
  /* A partner's copy never holds confidential items: the question is not asked. */
  if (request->include != NULL)
    gtk_widget_set_visible (GTK_WIDGET (request->include), !partner);
  if (request->partner_row != NULL)
    gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (request->partner_row)), partner);
  adw_message_dialog_set_response_label (dialog, "export",
                                         include ? _("Export _with Confidential Items…")
                                                 : _("_Export…"));
  adw_message_dialog_set_response_appearance (dialog, "export",
                                              include ? ADW_RESPONSE_DESTRUCTIVE
                                                      : ADW_RESPONSE_SUGGESTED);
}

static void
on_choice_toggled (GtkCheckButton   *check,
                   AdwMessageDialog *dialog)
{
  update_dialog (dialog, g_object_get_data (G_OBJECT (dialog), "sf-request"));
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
  if (is_for_partner (asked))
    {
      GListModel *partners = sf_project_get_partners (asked->project);
      guint i = adw_combo_row_get_selected (asked->partner_row);
      g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);

      if (partner == NULL)
        {
          request_free (request);
          return;
        }
      request->partner_id = g_strdup (sf_record_get_id (SF_RECORD (partner)));
      request->organisation = g_strdup (sf_partner_get_organisation (partner));
    }
  else
    request->include_confidential = asked->include != NULL
                                    && gtk_check_button_get_active (asked->include);
  choose_file (request);
}

/* The check's label says what; the line under it, inside the check so that it lines up with
 * the label and a click on it ticks too, says more. */
static GtkWidget *
described_check (const char *name,
                 const char *label,
                 const char *description)
{
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *what = gtk_label_new_with_mnemonic (label);
  GtkWidget *who = gtk_label_new (description);

  gtk_widget_set_name (check, name);
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
  return check;
}

static char *
partner_name (SfPartner *partner,
              gpointer   data)
{
  return g_strdup (sf_partner_get_organisation (partner));
}

/* For a colleague or for a partner, and which partner. */
static void
add_kind_choice (GtkBox           *box,
                 AdwMessageDialog *dialog,
                 Request          *request)
{
  GtkWidget *colleague = described_check ("for-colleague", _("For a _colleague"),
                                          _("The whole project, to work on with it."));
  GtkWidget *partner = described_check ("for-partner", _("For a _partner"),
                                        _("Only that partner’s part, to fill in and send "
                                          "back."));
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row = adw_combo_row_new ();
  GtkExpression *expression;

  gtk_check_button_set_group (GTK_CHECK_BUTTON (partner), GTK_CHECK_BUTTON (colleague));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (colleague), TRUE);
  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (partner_name), NULL, NULL);
  adw_combo_row_set_expression (ADW_COMBO_ROW (row), expression);
  gtk_expression_unref (expression);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), sf_project_get_partners (request->project));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Partner"));
  /* Under the title, an organisation's whole name fits; beside it, it would be cut short. */
  adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (row), TRUE);
  gtk_widget_set_name (row, "copy-partner");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_margin_start (list, 28);
  gtk_widget_set_visible (list, FALSE);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  gtk_box_append (box, colleague);
  gtk_box_append (box, partner);
  gtk_box_append (box, list);
  request->for_partner = GTK_CHECK_BUTTON (partner);
  request->partner_row = ADW_COMBO_ROW (row);
  g_signal_connect (partner, "toggled", G_CALLBACK (on_choice_toggled), dialog);
}

static void
add_include_choice (GtkBox           *box,
                    AdwMessageDialog *dialog,
                    Request          *request)
{
  GtkWidget *check = described_check ("include-confidential",
                                      _("_Include the confidential items"),
                                      _("Only for someone who may read them as you do, such as "
                                        "a fellow project leader who holds the interviews with "
                                        "you. Never for partners, boards or residents."));

  gtk_widget_set_margin_top (check, 6);
  gtk_box_append (box, check);
  request->include = GTK_CHECK_BUTTON (check);
  g_signal_connect (check, "toggled", G_CALLBACK (on_choice_toggled), dialog);
}

void
sf_copy_dialog_present (GtkWidget *anchor,
                        SfProject *project)
{
  Request *request = request_new (anchor, project);
  guint n_partners = g_list_model_get_n_items (sf_project_get_partners (project));
  GtkWidget *dialog;
  GtkWidget *box;

  request->n_confidential = sf_project_count_confidential (project);
  /* Nothing to choose: a copy for a colleague, and nothing is left out of it. */
  if (request->n_confidential == 0 && n_partners == 0)
    {
      choose_file (request);
      return;
    }

  dialog = adw_message_dialog_new (sf_toplevel_of (anchor), _("Export a Copy"), NULL);
  gtk_widget_set_name (dialog, "export-copy");
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "export", _("_Export…"), NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "export");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  if (n_partners > 0)
    add_kind_choice (GTK_BOX (box), ADW_MESSAGE_DIALOG (dialog), request);
  if (request->n_confidential > 0)
    add_include_choice (GTK_BOX (box), ADW_MESSAGE_DIALOG (dialog), request);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  g_object_set_data (G_OBJECT (dialog), "sf-request", request);
  update_dialog (ADW_MESSAGE_DIALOG (dialog), request);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_response), request,
                         request_closure_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
