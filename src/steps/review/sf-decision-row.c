/* sf-decision-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row follows its decision, and who agreed (kept in a table of its own, so it listens
 * for that table's changes); the status changes the store only when the user chooses.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "review-resources.h"
#include "sf-date.h"
#include "sf-decision-dialog.h"
#include "sf-decision-row.h"
#include "sf-feedback.h"
#include "sf-icon-button.h"
#include "sf-project-decisions.h"
#include "sf-project-page.h"
#include "sf-record-list.h"
#include "sf-review-labels.h"
#include "sf-text.h"

struct _SfDecisionRow
{
  AdwActionRow  parent_instance;

  SfProject    *project;
  SfDecision   *decision;

  GtkWidget    *status_choice;
};

G_DEFINE_FINAL_TYPE (SfDecisionRow, sf_decision_row, ADW_TYPE_ACTION_ROW)

/* "Agreed: Woonstichting, Gemeente", or NULL when no one is marked. */
static char *
agreed_text (SfDecisionRow *self)
{
  const char *id = sf_record_get_id (SF_RECORD (self->decision));
  g_auto(GStrv) ids = sf_project_get_decision_partners (self->project, id);
  SfRecordList *partners = SF_RECORD_LIST (sf_project_get_partners (self->project));
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *list = NULL;

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      SfRecord *partner = sf_record_list_lookup (partners, ids[i]);

      if (partner != NULL)
        g_ptr_array_add (names, (gpointer) sf_partner_get_organisation (SF_PARTNER (partner)));
    }
  if (names->len == 0)
    return NULL;
  g_ptr_array_add (names, NULL);
  list = g_strjoinv (", ", (char **) names->pdata);
  /* Translators: %s lists the partners who agreed to a decision. */
  return g_strdup_printf (_("Agreed: %s"), list);
}

static void
update (SfDecisionRow *self)
{
  g_autofree char *date = sf_date_format (sf_decision_get_date (self->decision), SF_DATE_LONG);
  g_autofree char *agreed = agreed_text (self);
  const char *parts[] = { date, agreed, sf_decision_get_how (self->decision) };
  g_autofree char *subtitle = sf_text_join_parts (parts, G_N_ELEMENTS (parts));
  guint status = sf_decision_get_status (self->decision);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 sf_decision_get_text (self->decision));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  if (gtk_drop_down_get_selected (GTK_DROP_DOWN (self->status_choice)) != status)
    gtk_drop_down_set_selected (GTK_DROP_DOWN (self->status_choice), status);
}

static void
agreed_changed_cb (SfDecisionRow *self)
{
  update (self);
}

static void
status_chosen_cb (SfDecisionRow *self)
{
  SfDecision *item = self->decision;
  guint status = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->status_choice));
  g_autoptr(GError) error = NULL;
  SfDecisionFields fields;

  if (item == NULL || status >= SF_DECISION_N_STATUSES || status == sf_decision_get_status (item))
    return;
  fields = (SfDecisionFields) {
    .date = sf_decision_get_date (item),
    .text = sf_decision_get_text (item),
    .reasoning = sf_decision_get_reasoning (item),
    .how = sf_decision_get_how (item),
    .status = status,
  };
  if (!sf_project_update_decision (self->project, sf_record_get_id (SF_RECORD (item)), &fields,
                                   &error))
    {
      sf_feedback_error (GTK_WIDGET (self), _("The decision could not be changed"), error);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->status_choice),
                                  sf_decision_get_status (item));
    }
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SfDecisionRow *self = SF_DECISION_ROW (widget);

  sf_feedback_remove (widget, self->project, sf_project_remove_decision,
                      sf_record_get_id (SF_RECORD (self->decision)),
                      _("Decision removed"), _("The decision could not be removed"));
}

static void
sf_decision_row_dispose (GObject *object)
{
  SfDecisionRow *self = SF_DECISION_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_DECISION_ROW);
  g_clear_object (&self->decision);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_decision_row_parent_class)->dispose (object);
}

static void
sf_decision_row_class_init (SfDecisionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_decision_row_dispose;

  gtk_widget_class_install_action (widget_class, "decision.remove", NULL, remove_action);

  g_type_ensure (SF_TYPE_ICON_BUTTON);
  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_review_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-decision-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SfDecisionRow, status_choice);
  gtk_widget_class_bind_template_callback (widget_class, status_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, sf_decision_row_edit);
}

static void
sf_decision_row_init (SfDecisionRow *self)
{
  g_autoptr(GtkStringList) statuses = sf_decision_status_model ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->status_choice), G_LIST_MODEL (statuses));
}

GtkWidget *
sf_decision_row_new (SfProject  *project,
                     SfDecision *decision)
{
  SfDecisionRow *self;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (SF_IS_DECISION (decision), NULL);

  self = g_object_new (SF_TYPE_DECISION_ROW, NULL);
  self->project = g_object_ref (project);
  self->decision = g_object_ref (decision);
  g_signal_connect_object (decision, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "changed::decision_partner", G_CALLBACK (agreed_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "changed::partner", G_CALLBACK (agreed_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update (self);
  return GTK_WIDGET (self);
}

SfDecision *
sf_decision_row_get (SfDecisionRow *self)
{
  g_return_val_if_fail (SF_IS_DECISION_ROW (self), NULL);
  return self->decision;
}

void
sf_decision_row_edit (SfDecisionRow *self)
{
  /* The dialog's removal toast goes to the page, which outlives this row. */
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (self), SF_TYPE_PROJECT_PAGE);

  g_return_if_fail (SF_IS_DECISION_ROW (self));
  gtk_window_present (GTK_WINDOW (sf_decision_dialog_new (page, self->project,
                                                          self->decision)));
}
