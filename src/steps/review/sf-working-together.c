/* sf-working-together.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The four fields are one change in the store: whichever is left, all are kept together, and
 * only when something differs from what is stored (leaving a field untouched adds no step to
 * undo). What the store says is shown again after an undo, except in the field being typed in.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "review-resources.h"
#include "sf-feedback.h"
#include "sf-project-review.h"
#include "sf-review-dialog.h"
#include "sf-stored-text.h"
#include "sf-working-together.h"

struct _SfWorkingTogether
{
  AdwPreferencesGroup parent_instance;

  SfProject *project;
  gboolean   syncing;

  GtkWidget *decision_making_view;
  GtkWidget *input_view;
  GtkWidget *arrangement_row;
  GtkWidget *arrangement_note_row;
};

G_DEFINE_FINAL_TYPE (SfWorkingTogether, sf_working_together, ADW_TYPE_PREFERENCES_GROUP)

/* In the order of SfArrangement. */
static const char * const arrangement_names[] = {
  NC_("arrangement", "Not yet"),
  NC_("arrangement", "Covenant"),
  NC_("arrangement", "Collaboration agreement"),
  NC_("arrangement", "Letter of intent"),
  NC_("arrangement", "Other"),
};
G_STATIC_ASSERT (G_N_ELEMENTS (arrangement_names) == SF_ARRANGEMENT_N_FORMS);

static void
show_in_view (GtkWidget  *view,
              const char *text)
{
  g_autofree char *shown = sf_review_view_text (view);

  /* Do not take text out from under the user's fingers. */
  if (!gtk_widget_has_focus (view) && !sf_stored_text_same (shown, text))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)),
                              text != NULL ? text : "", -1);
}

static void
sync_fields (SfWorkingTogether *self)
{
  SfReviewMeeting *meeting = sf_project_get_review_meeting (self->project);

  self->syncing = TRUE;
  show_in_view (self->decision_making_view,
                meeting != NULL ? sf_review_meeting_get_decision_making (meeting) : NULL);
  show_in_view (self->input_view, meeting != NULL ? sf_review_meeting_get_input (meeting) : NULL);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->arrangement_row),
                              meeting != NULL ? sf_review_meeting_get_arrangement (meeting)
                                              : SF_ARRANGEMENT_NONE_YET);
  sf_stored_text_show (self->arrangement_note_row,
                       meeting != NULL ? sf_review_meeting_get_arrangement_note (meeting) : NULL);
  self->syncing = FALSE;
}

static void
keep (SfWorkingTogether *self)
{
  SfReviewMeeting *meeting;
  g_autofree char *decision_making = sf_review_view_text (self->decision_making_view);
  g_autofree char *input = sf_review_view_text (self->input_view);
  SfReviewArrangements fields = {
    .decision_making = decision_making,
    .input = input,
    .arrangement = adw_combo_row_get_selected (ADW_COMBO_ROW (self->arrangement_row)),
    .arrangement_note = gtk_editable_get_text (GTK_EDITABLE (self->arrangement_note_row)),
  };
  g_autoptr(GError) error = NULL;

  /* The combo row says it changed while the template is built, before there is a project. */
  if (self->syncing || self->project == NULL || fields.arrangement >= SF_ARRANGEMENT_N_FORMS)
    return;
  meeting = sf_project_get_review_meeting (self->project);
  if (sf_stored_text_same (decision_making,
                           meeting ? sf_review_meeting_get_decision_making (meeting) : NULL) &&
      sf_stored_text_same (input, meeting ? sf_review_meeting_get_input (meeting) : NULL) &&
      fields.arrangement == (meeting ? sf_review_meeting_get_arrangement (meeting)
                                     : SF_ARRANGEMENT_NONE_YET) &&
      sf_stored_text_same (fields.arrangement_note,
                           meeting ? sf_review_meeting_get_arrangement_note (meeting) : NULL))
    return;
  if (!sf_project_set_review_arrangements (self->project, &fields, &error))
    sf_feedback_error (GTK_WIDGET (self), _("The arrangements could not be saved"), error);
}

static void
sf_working_together_dispose (GObject *object)
{
  SfWorkingTogether *self = SF_WORKING_TOGETHER (object);

  g_clear_object (&self->project);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_WORKING_TOGETHER);
  G_OBJECT_CLASS (sf_working_together_parent_class)->dispose (object);
}

static void
sf_working_together_class_init (SfWorkingTogetherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_working_together_dispose;

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_review_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-working-together.ui");
  gtk_widget_class_bind_template_child (widget_class, SfWorkingTogether, decision_making_view);
  gtk_widget_class_bind_template_child (widget_class, SfWorkingTogether, input_view);
  gtk_widget_class_bind_template_child (widget_class, SfWorkingTogether, arrangement_row);
  gtk_widget_class_bind_template_child (widget_class, SfWorkingTogether, arrangement_note_row);
  gtk_widget_class_bind_template_callback (widget_class, keep);
}

static void
sf_working_together_init (SfWorkingTogether *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (arrangement_names); i++)
    gtk_string_list_append (names, g_dpgettext2 (GETTEXT_PACKAGE, "arrangement",
                                                 arrangement_names[i]));
  self->syncing = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->arrangement_row), G_LIST_MODEL (names));
  self->syncing = FALSE;
}

GtkWidget *
sf_working_together_new (SfProject *project)
{
  SfWorkingTogether *self;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  self = g_object_new (SF_TYPE_WORKING_TOGETHER, NULL);
  self->project = g_object_ref (project);
  g_signal_connect_object (project, "changed::review_meeting", G_CALLBACK (sync_fields), self,
                           G_CONNECT_SWAPPED);
  sync_fields (self);
  return GTK_WIDGET (self);
}
