/* sf-interview-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The partner, who interviews them, when and where; under it, on a line of their own, the
 * status and the buttons. Side by side, the buttons left the text too little room in a narrow
 * window (a word a line, broken in the middle).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-date.h"
#include "sf-feedback.h"
#include "sf-icon-button.h"
#include "sf-interview-dialog.h"
#include "sf-interview-row.h"
#include "sf-interview-window.h"
#include "sf-key-points-window.h"
#include "sf-project-interviews.h"
#include "sf-store-text.h"
#include "sf-text.h"
#include "interviews-resources.h"

struct _SfInterviewRow
{
  GtkListBoxRow parent_instance;

  SfProject *project;
  SfPartner *partner;

  GtkWidget *title;
  GtkWidget *subtitle;
  GtkWidget *status_label;
  GtkWidget *plan_button;
};

G_DEFINE_FINAL_TYPE (SfInterviewRow, sf_interview_row, GTK_TYPE_LIST_BOX_ROW)

static void
update (SfInterviewRow *self)
{
  const char *organisation = sf_partner_get_organisation (self->partner);
  SfInterview *interview = sf_project_find_interview (
    self->project, sf_record_get_id (SF_RECORD (self->partner)));
  g_autofree char *by = NULL;
  g_autofree char *date = NULL;
  g_autofree char *subtitle = NULL;
  const char *parts[3];

  gtk_label_set_text (GTK_LABEL (self->title), organisation != NULL ? organisation : "");
  if (interview == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->subtitle), _("Not planned yet"));
      gtk_label_set_text (GTK_LABEL (self->status_label), "");
      gtk_widget_set_visible (self->status_label, FALSE);
      sf_icon_button_set (self->plan_button, "x-office-calendar-symbolic", _("Plan Interview"));
      return;
    }
  if (!sf_store_text_is_blank (sf_interview_get_interviewer_name (interview)))
    by = g_strdup_printf (_("Interviewed by %s"), sf_interview_get_interviewer_name (interview));
  else
    by = g_strdup (_("No interviewer yet"));
  date = sf_date_format (sf_interview_get_date (interview), SF_DATE_SHORT);
  parts[0] = by;
  parts[1] = date;
  parts[2] = sf_interview_get_place (interview);
  subtitle = sf_text_join_parts (parts, G_N_ELEMENTS (parts));
  gtk_label_set_text (GTK_LABEL (self->subtitle), subtitle);
  gtk_label_set_text (GTK_LABEL (self->status_label),
                      sf_interview_status_get_label (sf_interview_get_status (interview)));
  gtk_widget_set_visible (self->status_label, TRUE);
  sf_icon_button_set (self->plan_button, "document-edit-symbolic", _("Edit Interview"));
}

static void
project_changed (SfInterviewRow *self,
                 const char     *table)
{
  if (g_strcmp0 (table, "interview") == 0 || g_strcmp0 (table, "person") == 0)
    update (self);
}

static void
plan_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SfInterviewRow *self = SF_INTERVIEW_ROW (widget);
  GtkWidget *dialog = sf_interview_dialog_new (widget, self->project, self->partner);

  gtk_window_present (GTK_WINDOW (dialog));
}

/* Holding an interview that was never planned plans it on the spot. */
static SfInterview *
ensure_interview (SfInterviewRow *self)
{
  const char *partner_id = sf_record_get_id (SF_RECORD (self->partner));
  SfInterview *interview = sf_project_find_interview (self->project, partner_id);
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;

  if (interview != NULL)
    return interview;
  id = sf_project_plan_interview (self->project, partner_id, NULL, NULL, NULL, &error);
  if (id == NULL)
    {
      sf_feedback_error (GTK_WIDGET (self), _("The interview could not be planned"), error);
      return NULL;
    }
  return sf_project_find_interview (self->project, partner_id);
}

static void
hold_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SfInterviewRow *self = SF_INTERVIEW_ROW (widget);
  SfInterview *interview = ensure_interview (self);
  GtkWidget *window;

  if (interview == NULL)
    return;
  window = sf_interview_window_new (widget, self->project, interview);
  gtk_window_present (GTK_WINDOW (window));
}

static void
key_points_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SfInterviewRow *self = SF_INTERVIEW_ROW (widget);
  GtkWidget *window = sf_key_points_window_new (widget, self->project, self->partner);

  gtk_window_present (GTK_WINDOW (window));
}

static void
sf_interview_row_dispose (GObject *object)
{
  SfInterviewRow *self = SF_INTERVIEW_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_INTERVIEW_ROW);
  g_clear_object (&self->partner);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_interview_row_parent_class)->dispose (object);
}

static void
sf_interview_row_class_init (SfInterviewRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_interview_row_dispose;

  gtk_widget_class_install_action (widget_class, "interview.plan", NULL, plan_action);
  gtk_widget_class_install_action (widget_class, "interview.hold", NULL, hold_action);
  gtk_widget_class_install_action (widget_class, "interview.key-points", NULL,
                                   key_points_action);

  g_type_ensure (SF_TYPE_ICON_BUTTON);
  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_interviews_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-interview-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SfInterviewRow, title);
  gtk_widget_class_bind_template_child (widget_class, SfInterviewRow, subtitle);
  gtk_widget_class_bind_template_child (widget_class, SfInterviewRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, SfInterviewRow, plan_button);
}

static void
sf_interview_row_init (SfInterviewRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sf_interview_row_new (SfProject *project,
                      SfPartner *partner)
{
  SfInterviewRow *self;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (SF_IS_PARTNER (partner), NULL);

  self = g_object_new (SF_TYPE_INTERVIEW_ROW, NULL);
  self->project = g_object_ref (project);
  self->partner = g_object_ref (partner);
  /* The store updates the partner in place after an edit, undo or redo. */
  g_signal_connect_object (partner, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "changed", G_CALLBACK (project_changed), self,
                           G_CONNECT_SWAPPED);
  update (self);
  return GTK_WIDGET (self);
}
