/* sf-remark-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A message dialog with an entry: a remark is a line said in the room ("klopt niet: ...",
 * "mist nog: ..."), typed and kept with Enter. Keeping it waits for some text: the store
 * refuses a blank remark and a dismissal without its reason.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-feedback.h"
#include "sf-project-remarks.h"
#include "sf-remark-dialog.h"
#include "sf-store-text.h"
#include "sf-toplevel.h"

typedef struct
{
  SfProject *project;
  char      *kind;
  char      *ref;
  char      *id;        /* dismissing: the remark */
  GtkWidget *entry;
  GtkWidget *confidential;
  GtkWidget *parent;
} Request;

static void
request_free (Request *request)
{
  g_object_unref (request->project);
  g_free (request->kind);
  g_free (request->ref);
  g_free (request->id);
  g_object_unref (request->parent);
  g_free (request);
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             Request          *request)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (request->entry));
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  gboolean ok;

  if (!g_str_equal (response, "keep"))
    return;
  if (request->id != NULL)
    ok = sf_project_resolve_remark (request->project, request->id, SF_REMARK_DISMISSED, text,
                                    &error);
  else
    ok = (id = sf_project_add_remark (request->project, request->kind, request->ref, text,
                                      gtk_check_button_get_active (
                                        GTK_CHECK_BUTTON (request->confidential)),
                                      &error)) != NULL;
  if (!ok)
    sf_feedback_error (request->parent, request->id != NULL
                                        ? _("The remark could not be dismissed")
                                        : _("The remark could not be added"), error);
}

static void
text_changed_cb (GtkEditable      *entry,
                 AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (
    dialog, "keep", !sf_store_text_is_blank (gtk_editable_get_text (entry)));
}

static void
show (Request    *request,
      const char *heading,
      const char *body,
      const char *keep)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (sf_toplevel_of (request->parent),
                                                       heading, body));
  gtk_widget_set_name (GTK_WIDGET (dialog), "remark-dialog");
  request->entry = gtk_entry_new ();
  gtk_widget_set_name (request->entry, "remark-text");
  gtk_entry_set_activates_default (GTK_ENTRY (request->entry), TRUE);
  gtk_box_append (GTK_BOX (box), request->entry);
  if (request->id == NULL)
    {
      gtk_entry_set_placeholder_text (GTK_ENTRY (request->entry),
                                      _("For instance: not correct, the figure is from 2022"));
      request->confidential = gtk_check_button_new_with_mnemonic (
                                _("_Confidential: not in the report or a shared copy"));
      gtk_widget_set_name (request->confidential, "remark-confidential");
      gtk_box_append (GTK_BOX (box), request->confidential);
    }
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "keep", keep, NULL);
  adw_message_dialog_set_response_appearance (dialog, "keep", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (request->entry, "changed", G_CALLBACK (text_changed_cb), dialog);
  text_changed_cb (GTK_EDITABLE (request->entry), dialog);
  g_signal_connect_data (dialog, "response", G_CALLBACK (response_cb), request,
                         (GClosureNotify) (void (*) (void)) request_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (request->entry);
}

void
sf_remark_dialog_add (GtkWidget  *parent,
                      SfProject  *project,
                      const char *kind,
                      const char *ref,
                      const char *item)
{
  Request *request = g_new0 (Request, 1);

  request->project = g_object_ref (project);
  request->kind = g_strdup (kind);
  request->ref = g_strdup (ref);
  request->parent = g_object_ref (parent);
  show (request, _("Remark"), item, _("_Add Remark"));
}

void
sf_remark_dialog_dismiss (GtkWidget  *parent,
                          SfProject  *project,
                          const char *id)
{
  Request *request = g_new0 (Request, 1);

  request->project = g_object_ref (project);
  request->id = g_strdup (id);
  request->parent = g_object_ref (parent);
  show (request, _("Dismiss Remark"), _("Say why the remark needs no change or action."),
        _("_Dismiss"));
}
