/* sf-board-meeting-section.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The details are kept as step 4's meeting's are: when a row is applied or left; the question,
 * a few lines, when its view is left.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "board-resources.h"
#include "sf-board-meeting-section.h"
#include "sf-date-row.h"
#include "sf-feedback.h"
#include "sf-minutes-export.h"
#include "sf-project-board.h"
#include "sf-reveal.h"
#include "sf-stored-text.h"

struct _SfBoardMeetingSection
{
  AdwPreferencesGroup parent_instance;

  SfProject *project;
  gboolean   syncing;

  GtkWidget *date_row;
  GtkWidget *place_row;
  GtkWidget *held_switch;
  GtkWidget *question_view;
};

G_DEFINE_FINAL_TYPE (SfBoardMeetingSection, sf_board_meeting_section,
                     ADW_TYPE_PREFERENCES_GROUP)

static char *
question_text (SfBoardMeetingSection *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->question_view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
keep_details (SfBoardMeetingSection *self)
{
  SfBoardMeeting *current = sf_project_get_board_meeting (self->project);
  g_autofree char *date = sf_date_row_get_date (SF_DATE_ROW (self->date_row), NULL);
  g_autofree char *question = question_text (self);
  SfBoardMeetingFields fields = { NULL };
  g_autoptr(GError) error = NULL;

  if (self->syncing)
    return;
  /* What is no date is not kept (the row under it says why); the other details are. */
  if (date == NULL)
    date = g_strdup (current != NULL ? sf_board_meeting_get_date (current) : "");
  fields.date = date;
  fields.place = gtk_editable_get_text (GTK_EDITABLE (self->place_row));
  fields.question = question;
  if (current == NULL && *date == '\0' && sf_stored_text_same (fields.place, NULL) &&
      sf_stored_text_same (question, NULL))
    return;
  if (current != NULL &&
      sf_stored_text_same (date, sf_board_meeting_get_date (current)) &&
      sf_stored_text_same (fields.place, sf_board_meeting_get_place (current)) &&
      sf_stored_text_same (question, sf_board_meeting_get_question (current)))
    return;
  if (!sf_project_set_board_meeting (self->project, &fields, &error))
    sf_feedback_error (GTK_WIDGET (self), _("The board meeting could not be changed"), error);
}

static void
held_changed_cb (SfBoardMeetingSection *self)
{
  gboolean held = gtk_switch_get_active (GTK_SWITCH (self->held_switch));
  SfBoardMeeting *current = sf_project_get_board_meeting (self->project);
  g_autoptr(GError) error = NULL;

  if (self->syncing || held == (current != NULL && sf_board_meeting_get_held (current)))
    return;
  if (!sf_project_set_board_held (self->project, held, &error))
    sf_feedback_error (GTK_WIDGET (self), _("The board meeting could not be changed"), error);
}

static void
sync_details (SfBoardMeetingSection *self)
{
  SfBoardMeeting *current = sf_project_get_board_meeting (self->project);
  g_autofree char *shown = question_text (self);
  const char *question = current != NULL ? sf_board_meeting_get_question (current) : "";

  self->syncing = TRUE;
  if (!sf_stored_text_typing_in (self->date_row))
    sf_date_row_set_date (SF_DATE_ROW (self->date_row),
                          current != NULL ? sf_board_meeting_get_date (current) : NULL);
  sf_stored_text_show (self->place_row,
                       current != NULL ? sf_board_meeting_get_place (current) : NULL);
  /* Text is not taken out from under the user's fingers. */
  if (!gtk_widget_has_focus (self->question_view) && g_strcmp0 (shown, question) != 0)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->question_view)),
                              question, -1);
  gtk_switch_set_active (GTK_SWITCH (self->held_switch),
                         current != NULL && sf_board_meeting_get_held (current));
  self->syncing = FALSE;
}

static void
minutes_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  sf_minutes_export_run (widget, SF_BOARD_MEETING_SECTION (widget)->project);
}

static void
sf_board_meeting_section_dispose (GObject *object)
{
  SfBoardMeetingSection *self = SF_BOARD_MEETING_SECTION (object);

  g_clear_object (&self->project);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_BOARD_MEETING_SECTION);
  G_OBJECT_CLASS (sf_board_meeting_section_parent_class)->dispose (object);
}

static void
sf_board_meeting_section_class_init (SfBoardMeetingSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_board_meeting_section_dispose;
  g_type_ensure (SF_TYPE_DATE_ROW);
  (void) sf_board_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-board-meeting-section.ui");
  gtk_widget_class_bind_template_child (widget_class, SfBoardMeetingSection, date_row);
  gtk_widget_class_bind_template_child (widget_class, SfBoardMeetingSection, place_row);
  gtk_widget_class_bind_template_child (widget_class, SfBoardMeetingSection, held_switch);
  gtk_widget_class_bind_template_child (widget_class, SfBoardMeetingSection, question_view);
  gtk_widget_class_bind_template_callback (widget_class, keep_details);
  gtk_widget_class_bind_template_callback (widget_class, held_changed_cb);
  gtk_widget_class_install_action (widget_class, "board.minutes", NULL, minutes_action);
}

static void
sf_board_meeting_section_init (SfBoardMeetingSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sf_date_row_add_message_row (SF_DATE_ROW (self->date_row));
}

GtkWidget *
sf_board_meeting_section_new (SfProject *project)
{
  SfBoardMeetingSection *self;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  self = g_object_new (SF_TYPE_BOARD_MEETING_SECTION, NULL);
  self->project = g_object_ref (project);
  g_signal_connect_object (project, "changed::board_meeting", G_CALLBACK (sync_details), self,
                           G_CONNECT_SWAPPED);
  sync_details (self);
  return GTK_WIDGET (self);
}

gboolean
sf_board_meeting_section_reveal (SfBoardMeetingSection *self)
{
  g_return_val_if_fail (SF_IS_BOARD_MEETING_SECTION (self), FALSE);

  sf_reveal_focus_when_placed (self->question_view);
  return TRUE;
}
