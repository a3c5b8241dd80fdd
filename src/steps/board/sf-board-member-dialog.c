/* sf-board-member-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "board-resources.h"
#include "sf-board-member-dialog.h"
#include "sf-feedback.h"
#include "sf-store-error.h"
#include "sf-toplevel.h"

struct _SfBoardMemberDialog
{
  AdwWindow parent_instance;

  SfProject *project;
  char      *partner_id;
  char      *member_id;   /* NULL: adding */

  GtkWidget *group;
  GtkWidget *name_row;
  GtkWidget *function_row;
  GtkWidget *save_button;
};

G_DEFINE_FINAL_TYPE (SfBoardMemberDialog, sf_board_member_dialog, ADW_TYPE_WINDOW)

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SfBoardMemberDialog *self = SF_BOARD_MEMBER_DIALOG (widget);
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  const char *function = gtk_editable_get_text (GTK_EDITABLE (self->function_row));
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->member_id == NULL)
    ok = (id = sf_project_add_board_member (self->project, self->partner_id, name, function,
                                            &error)) != NULL;
  else
    ok = sf_project_update_board_member (self->project, self->member_id, name, function,
                                         &error);
  if (!ok)
    {
      /* A name left out is said at the name, with the focus there; the dialog stays. */
      if (g_error_matches (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID))
        {
          gtk_widget_add_css_class (self->name_row, "error");
          gtk_widget_grab_focus (self->name_row);
        }
      sf_feedback_error (widget, _("The board member could not be saved"), error);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
sf_board_member_dialog_dispose (GObject *object)
{
  SfBoardMemberDialog *self = SF_BOARD_MEMBER_DIALOG (object);

  g_clear_object (&self->project);
  g_clear_pointer (&self->partner_id, g_free);
  g_clear_pointer (&self->member_id, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_BOARD_MEMBER_DIALOG);
  G_OBJECT_CLASS (sf_board_member_dialog_parent_class)->dispose (object);
}

static void
sf_board_member_dialog_class_init (SfBoardMemberDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_board_member_dialog_dispose;
  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  (void) sf_board_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-board-member-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SfBoardMemberDialog, group);
  gtk_widget_class_bind_template_child (widget_class, SfBoardMemberDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, SfBoardMemberDialog, function_row);
  gtk_widget_class_bind_template_child (widget_class, SfBoardMemberDialog, save_button);
}

static void
sf_board_member_dialog_init (SfBoardMemberDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sf_board_member_dialog_new (GtkWidget     *parent,
                            SfProject     *project,
                            SfPartner     *partner,
                            SfBoardMember *member)
{
  SfBoardMemberDialog *self;
  gboolean adding = member == NULL;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (SF_IS_PARTNER (partner), NULL);

  self = g_object_new (SF_TYPE_BOARD_MEMBER_DIALOG, NULL);
  self->project = g_object_ref (project);
  self->partner_id = g_strdup (sf_record_get_id (SF_RECORD (partner)));
  gtk_window_set_transient_for (GTK_WINDOW (self), sf_toplevel_of (parent));
  gtk_window_set_title (GTK_WINDOW (self), adding ? _("New Board Member")
                                                  : _("Edit Board Member"));
  gtk_button_set_label (GTK_BUTTON (self->save_button), adding ? _("_Add") : _("_Save"));
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->group),
                                   sf_partner_get_organisation (partner));
  if (!adding)
    {
      self->member_id = g_strdup (sf_record_get_id (SF_RECORD (member)));
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), sf_board_member_get_name (member));
      gtk_editable_set_text (GTK_EDITABLE (self->function_row),
                             sf_board_member_get_function (member));
    }
  return GTK_WIDGET (self);
}
