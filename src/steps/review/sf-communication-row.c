/* sf-communication-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row follows its line of the plan (an edit, undo or redo changes it in place).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "review-resources.h"
#include "sf-communication-dialog.h"
#include "sf-communication-row.h"
#include "sf-due.h"
#include "sf-feedback.h"
#include "sf-icon-button.h"
#include "sf-project-communication.h"
#include "sf-project-page.h"
#include "sf-review-labels.h"
#include "sf-text.h"

struct _SfCommunicationRow
{
  AdwActionRow     parent_instance;

  SfProject       *project;
  SfCommunication *communication;
};

G_DEFINE_FINAL_TYPE (SfCommunicationRow, sf_communication_row, ADW_TYPE_ACTION_ROW)

static void
update (SfCommunicationRow *self)
{
  SfCommunication *item = self->communication;
  g_autofree char *due = sf_due_format (sf_communication_get_due (item));
  const char *parts[] = {
    sf_audience_label (sf_communication_get_audience (item)),
    sf_communication_get_means (item),
    sf_communication_get_partner (item),
    due,
  };
  g_autofree char *subtitle = sf_text_join_parts (parts, G_N_ELEMENTS (parts));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), sf_communication_get_message (item));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SfCommunicationRow *self = SF_COMMUNICATION_ROW (widget);

  sf_feedback_remove (widget, self->project, sf_project_remove_communication,
                      sf_record_get_id (SF_RECORD (self->communication)),
                      _("Communication removed"), _("The communication could not be removed"));
}

static void
sf_communication_row_dispose (GObject *object)
{
  SfCommunicationRow *self = SF_COMMUNICATION_ROW (object);

  g_clear_object (&self->communication);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_communication_row_parent_class)->dispose (object);
}

static void
sf_communication_row_class_init (SfCommunicationRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_communication_row_dispose;

  gtk_widget_class_install_action (widget_class, "communication.remove", NULL, remove_action);

  g_type_ensure (SF_TYPE_ICON_BUTTON);
  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_review_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-communication-row.ui");
  gtk_widget_class_bind_template_callback (widget_class, sf_communication_row_edit);
}

static void
sf_communication_row_init (SfCommunicationRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sf_communication_row_new (SfProject       *project,
                          SfCommunication *communication)
{
  SfCommunicationRow *self;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (SF_IS_COMMUNICATION (communication), NULL);

  self = g_object_new (SF_TYPE_COMMUNICATION_ROW, NULL);
  self->project = g_object_ref (project);
  self->communication = g_object_ref (communication);
  g_signal_connect_object (communication, "notify", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  update (self);
  return GTK_WIDGET (self);
}

SfCommunication *
sf_communication_row_get (SfCommunicationRow *self)
{
  g_return_val_if_fail (SF_IS_COMMUNICATION_ROW (self), NULL);
  return self->communication;
}

void
sf_communication_row_edit (SfCommunicationRow *self)
{
  /* The dialog's removal toast goes to the page, which outlives this row. */
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (self), SF_TYPE_PROJECT_PAGE);

  g_return_if_fail (SF_IS_COMMUNICATION_ROW (self));
  gtk_window_present (GTK_WINDOW (sf_communication_dialog_new (page, self->project,
                                                               self->communication)));
}
