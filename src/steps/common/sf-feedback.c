/* sf-feedback.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sf-feedback.h"
#include "sf-toplevel.h"

/* Once the project changes again the toast's Undo would undo something else: the button goes
 * (the toast is not dismissed early, which libadwaita 1.2 does not survive mid-animation). */
static void
on_project_changed (AdwToast   *toast,
                    const char *table,
                    SfProject  *project)
{
  g_signal_handlers_disconnect_by_func (project, on_project_changed, toast);
  adw_toast_set_action_name (toast, NULL);
  adw_toast_set_button_label (toast, NULL);
}

/* Shows @title in the nearest toast overlay above @widget, with an Undo button that runs the
 * window's "win.undo" until @project changes again. Without an overlay (a page shown on its
 * own) there is nothing to do. */
void
sf_feedback_undo_toast (GtkWidget  *widget,
                        SfProject  *project,
                        const char *title)
{
  GtkWidget *overlay;
  AdwToast *toast;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    return;

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  /* A removal right after another must offer its own Undo at once, not wait in the queue. */
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed), toast,
                           G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/* Shows @title in the nearest toast overlay above @widget, if there is one. */
void
sf_feedback_toast (GtkWidget  *widget,
                   const char *title)
{
  GtkWidget *overlay;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
}

/* The store's messages are already translated sentences, so they become the body as they are. */
void
sf_feedback_error (GtkWidget    *widget,
                   const char   *heading,
                   const GError *error)
{
  GtkWidget *dialog;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  dialog = adw_message_dialog_new (sf_toplevel_of (widget), heading,
                                   error != NULL ? error->message : NULL);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "ok", _("_OK"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "ok");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "ok");
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
sf_feedback_remove (GtkWidget    *row,
                    SfProject    *project,
                    SfRemoveFunc  remove,
                    const char   *id,
                    const char   *removed,
                    const char   *not_removed)
{
  GtkWidget *overlay;
  g_autoptr(GtkWidget) anchor = NULL;
  g_autoptr(SfProject) kept = NULL;
  g_autofree char *kept_id = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (GTK_IS_WIDGET (row));
  g_return_if_fail (SF_IS_PROJECT (project));

  overlay = gtk_widget_get_ancestor (row, ADW_TYPE_TOAST_OVERLAY);
  anchor = overlay != NULL ? g_object_ref (overlay) : NULL;
  kept = g_object_ref (project);
  kept_id = g_strdup (id);
  if (!remove (kept, kept_id, &error))
    sf_feedback_error (row, not_removed, error);
  else if (anchor != NULL)
    sf_feedback_undo_toast (anchor, kept, removed);
}

void
sf_feedback_remove_in_dialog (GtkWindow    *dialog,
                              GtkWidget    *parent,
                              SfProject    *project,
                              SfRemoveFunc  remove,
                              const char   *id,
                              const char   *removed,
                              const char   *not_removed)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (GTK_IS_WINDOW (dialog));
  g_return_if_fail (SF_IS_PROJECT (project));

  if (!remove (project, id, &error))
    {
      sf_feedback_error (GTK_WIDGET (dialog), not_removed, error);
      return;
    }
  if (parent != NULL)
    sf_feedback_undo_toast (parent, project, removed);
  gtk_window_destroy (dialog);
}
