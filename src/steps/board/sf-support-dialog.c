/* sf-support-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One dialog per cell of the support matrix: the stance, and what comes with it. The heading
 * names the partner and the decision, so that the user sees which cell they opened.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "board-resources.h"
#include "sf-board-labels.h"
#include "sf-date-row.h"
#include "sf-feedback.h"
#include "sf-project-board.h"
#include "sf-project-decisions.h"
#include "sf-support-dialog.h"
#include "sf-toplevel.h"

struct _SfSupportDialog
{
  AdwWindow parent_instance;

  SfProject *project;
  char      *partner_id;
  char      *decision_id;

  GtkWidget *group;
  GtkWidget *stance_row;
  GtkWidget *conditions_row;
  GtkWidget *commitment_row;
  GtkWidget *mandate_row;
  GtkWidget *date_row;
  GtkWidget *save_button;
};

G_DEFINE_FINAL_TYPE (SfSupportDialog, sf_support_dialog, ADW_TYPE_WINDOW)

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SfSupportDialog *self = SF_SUPPORT_DIALOG (widget);
  g_autofree char *date = NULL;
  SfBoardSupportFields fields = { 0 };
  g_autoptr(GError) error = NULL;

  /* The date row says itself why what is typed is no date. */
  if (!sf_date_row_is_valid (SF_DATE_ROW (self->date_row)))
    return;
  date = sf_date_row_get_date (SF_DATE_ROW (self->date_row), NULL);
  fields.stance = adw_combo_row_get_selected (ADW_COMBO_ROW (self->stance_row));
  fields.conditions = gtk_editable_get_text (GTK_EDITABLE (self->conditions_row));
  fields.commitment = gtk_editable_get_text (GTK_EDITABLE (self->commitment_row));
  fields.mandate = gtk_editable_get_text (GTK_EDITABLE (self->mandate_row));
  fields.date = date != NULL ? date : "";
  if (!sf_project_set_board_support (self->project, self->partner_id, self->decision_id,
                                     &fields, &error))
    {
      sf_feedback_error (widget, _("The answer could not be saved"), error);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
stance_changed_cb (SfSupportDialog *self)
{
  /* Conditions belong to a yes on conditions; what was typed stays if the choice changes. */
  gtk_widget_set_sensitive (self->conditions_row,
                            adw_combo_row_get_selected (ADW_COMBO_ROW (self->stance_row)) ==
                            SF_BOARD_STANCE_CONDITIONAL ||
                            *gtk_editable_get_text (GTK_EDITABLE (self->conditions_row)) != '\0');
}

static void
sf_support_dialog_dispose (GObject *object)
{
  SfSupportDialog *self = SF_SUPPORT_DIALOG (object);

  g_clear_object (&self->project);
  g_clear_pointer (&self->partner_id, g_free);
  g_clear_pointer (&self->decision_id, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_SUPPORT_DIALOG);
  G_OBJECT_CLASS (sf_support_dialog_parent_class)->dispose (object);
}

static void
sf_support_dialog_class_init (SfSupportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_support_dialog_dispose;
  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (SF_TYPE_DATE_ROW);
  (void) sf_board_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-support-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SfSupportDialog, group);
  gtk_widget_class_bind_template_child (widget_class, SfSupportDialog, stance_row);
  gtk_widget_class_bind_template_child (widget_class, SfSupportDialog, conditions_row);
  gtk_widget_class_bind_template_child (widget_class, SfSupportDialog, commitment_row);
  gtk_widget_class_bind_template_child (widget_class, SfSupportDialog, mandate_row);
  gtk_widget_class_bind_template_child (widget_class, SfSupportDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, SfSupportDialog, save_button);
}

static void
sf_support_dialog_init (SfSupportDialog *self)
{
  g_autoptr(GListModel) stances = sf_board_stance_model ();

  gtk_widget_init_template (GTK_WIDGET (self));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->stance_row), stances);
  sf_date_row_add_message_row (SF_DATE_ROW (self->date_row));
  g_signal_connect_swapped (self->stance_row, "notify::selected",
                            G_CALLBACK (stance_changed_cb), self);
}

/* The record @id of @list, or NULL. Borrowed: the list keeps it. */
static gpointer
find_record (GListModel *list,
             const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SfRecord) record = g_list_model_get_item (list, i);

      if (g_str_equal (sf_record_get_id (record), id))
        return record;
    }
  return NULL;
}

GtkWidget *
sf_support_dialog_new (GtkWidget  *parent,
                       SfProject  *project,
                       const char *partner_id,
                       const char *decision_id)
{
  SfSupportDialog *self;
  SfBoardSupport *support;
  SfPartner *partner;
  SfDecision *decision;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (partner_id != NULL && decision_id != NULL, NULL);

  self = g_object_new (SF_TYPE_SUPPORT_DIALOG, NULL);
  self->project = g_object_ref (project);
  self->partner_id = g_strdup (partner_id);
  self->decision_id = g_strdup (decision_id);
  gtk_window_set_transient_for (GTK_WINDOW (self), sf_toplevel_of (parent));
  partner = find_record (sf_project_get_partners (project), partner_id);
  decision = find_record (sf_project_get_decisions (project), decision_id);
  /* The heading names the cell that was opened. */
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->group),
                                   partner != NULL ? sf_partner_get_organisation (partner) : "");
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->group),
                                         decision != NULL ? sf_decision_get_text (decision)
                                                          : "");
  support = sf_project_find_board_support (project, partner_id, decision_id);
  if (support != NULL)
    {
      adw_combo_row_set_selected (ADW_COMBO_ROW (self->stance_row),
                                  sf_board_support_get_stance (support));
      gtk_editable_set_text (GTK_EDITABLE (self->conditions_row),
                             sf_board_support_get_conditions (support));
      gtk_editable_set_text (GTK_EDITABLE (self->commitment_row),
                             sf_board_support_get_commitment (support));
      gtk_editable_set_text (GTK_EDITABLE (self->mandate_row),
                             sf_board_support_get_mandate (support));
      sf_date_row_set_date (SF_DATE_ROW (self->date_row), sf_board_support_get_date (support));
    }
  stance_changed_cb (self);
  return GTK_WIDGET (self);
}
