/* sf-decision-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A blank decision is refused under its field (sf-review-dialog.h).
 * Who agreed is stored after the decision itself (the store keeps it apart), and only when
 * it changed, so an edit of the text alone is one step to undo.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "review-resources.h"
#include "sf-date-row.h"
#include "sf-decision-dialog.h"
#include "sf-feedback.h"
#include "sf-project-decisions.h"
#include "sf-review-labels.h"
#include "sf-review-dialog.h"
#include "sf-text.h"
#include "sf-toplevel.h"

struct _SfDecisionDialog
{
  AdwWindow parent_instance;

  SfProject  *project;
  SfDecision *decision;   /* NULL when adding */
  GtkWidget  *parent;     /* weak: where a removal's toast goes */
  GPtrArray  *checks;     /* a check per partner, its id as "partner-id" */
  GStrv       agreed;     /* who agreed when the dialog opened */

  AdwWindowTitle *window_title;
  GtkWidget      *save_button;
  GtkWidget      *date_row;
  GtkWidget      *text_row;
  GtkWidget      *message_label;
  GtkWidget      *reasoning_view;
  GtkWidget      *how_row;
  GtkWidget      *status_row;
  GtkWidget      *agreed_group;
  GtkWidget      *remove_group;
};

G_DEFINE_FINAL_TYPE (SfDecisionDialog, sf_decision_dialog, ADW_TYPE_WINDOW)

static void
text_changed_cb (SfDecisionDialog *self)
{
  sf_review_refusal_show (self->message_label, self->text_row, NULL);
}

static void
date_changed_cb (SfDecisionDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save",
                                 sf_date_row_is_valid (SF_DATE_ROW (self->date_row)));
}

/* The partners checked, in the register's order. */
static GStrv
checked_partners (SfDecisionDialog *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < self->checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->checks, i);

      if (gtk_check_button_get_active (check))
        g_strv_builder_add (builder, g_object_get_data (G_OBJECT (check), "partner-id"));
    }
  return g_strv_builder_end (builder);
}

static gboolean
store_fields (SfDecisionDialog  *self,
              char             **id,
              GError           **error)
{
  g_auto(GStrv) agreed = checked_partners (self);
  g_autofree char *date = sf_date_row_get_date (SF_DATE_ROW (self->date_row), error);
  g_autofree char *reasoning = sf_review_view_text (self->reasoning_view);
  SfDecisionFields fields = {
    .date = date,
    .text = gtk_editable_get_text (GTK_EDITABLE (self->text_row)),
    .reasoning = reasoning,
    .how = gtk_editable_get_text (GTK_EDITABLE (self->how_row)),
    .status = adw_combo_row_get_selected (ADW_COMBO_ROW (self->status_row)),
    /* Who agreed goes in the same step: one undo takes back the whole decision. */
    .agreed = (const char * const *) agreed,
  };

  if (date == NULL)
    return FALSE;
  if (self->decision == NULL)
    return (*id = sf_project_add_decision (self->project, &fields, error)) != NULL;
  *id = g_strdup (sf_record_get_id (SF_RECORD (self->decision)));
  return sf_project_update_decision (self->project, *id, &fields, error);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SfDecisionDialog *self = SF_DECISION_DIALOG (widget);
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;

  /* The date row says itself why what is typed is no date. */
  if (!sf_date_row_is_valid (SF_DATE_ROW (self->date_row)))
    return;
  if (!store_fields (self, &id, &error))
    {
      /* Keep the dialog and what was typed; a blank decision is said under its field. */
      sf_review_refusal_after (widget, self->message_label, self->text_row,
                               _("The decision could not be saved"), error);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SfDecisionDialog *self = SF_DECISION_DIALOG (widget);

  sf_review_dialog_remove (widget, self->parent, self->project, sf_project_remove_decision,
                           (SfRecord *) self->decision, _("Decision removed"),
                           _("The decision could not be removed"));
}

/* A check row per partner of the register, checked for those who agreed. */
static void
add_partner_checks (SfDecisionDialog *self)
{
  GListModel *partners = sf_project_get_partners (self->project);

  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);
      const char *id = sf_record_get_id (SF_RECORD (partner));
      g_autofree char *name = g_strdup_printf ("agreed-%u", i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      gtk_widget_set_name (check, name);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (check), "partner-id", g_strdup (id), g_free);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   self->agreed != NULL &&
                                   g_strv_contains ((const char * const *) self->agreed, id));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     sf_partner_get_organisation (partner));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->agreed_group), row);
      g_ptr_array_add (self->checks, check);
    }
  gtk_widget_set_visible (self->agreed_group, self->checks->len > 0);
}

static void
sf_decision_dialog_dispose (GObject *object)
{
  SfDecisionDialog *self = SF_DECISION_DIALOG (object);

  g_clear_weak_pointer (&self->parent);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_DECISION_DIALOG);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_pointer (&self->agreed, g_strfreev);
  g_clear_object (&self->decision);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_decision_dialog_parent_class)->dispose (object);
}

static void
sf_decision_dialog_class_init (SfDecisionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_decision_dialog_dispose;

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "dialog.remove", NULL, remove_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (SF_TYPE_DATE_ROW);
  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_review_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-decision-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SfDecisionDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, SfDecisionDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, SfDecisionDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, SfDecisionDialog, text_row);
  gtk_widget_class_bind_template_child (widget_class, SfDecisionDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, SfDecisionDialog, reasoning_view);
  gtk_widget_class_bind_template_child (widget_class, SfDecisionDialog, how_row);
  gtk_widget_class_bind_template_child (widget_class, SfDecisionDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, SfDecisionDialog, agreed_group);
  gtk_widget_class_bind_template_child (widget_class, SfDecisionDialog, remove_group);
  gtk_widget_class_bind_template_callback (widget_class, text_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_changed_cb);
}

static void
sf_decision_dialog_init (SfDecisionDialog *self)
{
  g_autoptr(GtkStringList) statuses = sf_decision_status_model ();

  self->checks = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  sf_date_row_add_message_row (SF_DATE_ROW (self->date_row));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->status_row), G_LIST_MODEL (statuses));
}

static void
load (SfDecisionDialog *self,
      SfDecision       *decision)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->reasoning_view));

  sf_date_row_set_date (SF_DATE_ROW (self->date_row), sf_decision_get_date (decision));
  sf_text_set_loaded (GTK_EDITABLE (self->text_row), sf_decision_get_text (decision));
  gtk_text_buffer_set_text (buffer, sf_decision_get_reasoning (decision), -1);
  sf_text_set_loaded (GTK_EDITABLE (self->how_row), sf_decision_get_how (decision));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->status_row),
                              sf_decision_get_status (decision));
  self->agreed = sf_project_get_decision_partners (self->project,
                                                   sf_record_get_id (SF_RECORD (decision)));
  gtk_widget_set_visible (self->remove_group, TRUE);
}

GtkWidget *
sf_decision_dialog_new (GtkWidget  *parent,
                        SfProject  *project,
                        SfDecision *decision)
{
  SfDecisionDialog *self;
  gboolean adding = decision == NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (adding || SF_IS_DECISION (decision), NULL);

  self = g_object_new (SF_TYPE_DECISION_DIALOG, NULL);
  self->project = g_object_ref (project);
  g_set_object (&self->decision, decision);
  g_set_weak_pointer (&self->parent, parent);
  gtk_window_set_transient_for (GTK_WINDOW (self), sf_toplevel_of (parent));

  gtk_window_set_title (GTK_WINDOW (self), adding ? _("New Decision") : _("Edit Decision"));
  adw_window_title_set_title (self->window_title, gtk_window_get_title (GTK_WINDOW (self)));
  gtk_button_set_label (GTK_BUTTON (self->save_button), adding ? _("_Add") : _("_Save"));
  if (adding)
    self->agreed = g_new0 (char *, 1);
  else
    load (self, decision);
  add_partner_checks (self);
  sf_review_refusal_show (self->message_label, self->text_row, NULL);
  return GTK_WIDGET (self);
}
