/* sf-meeting-note-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row follows its note (undo and redo change it in place); the lock toggle changes the
 * store only when the user flips it, not when the row shows what is stored. A confidential
 * note stays on the facilitator's screen and never reaches the beamer or the report.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "review-resources.h"
#include "sf-confidential-marker.h"
#include "sf-feedback.h"
#include "sf-meeting-note-row.h"
#include "sf-project-review.h"

struct _SfMeetingNoteRow
{
  AdwActionRow parent_instance;

  SfProject    *project;
  SfReviewNote *note;

  GtkWidget    *marker;
  GtkWidget    *confidential_button;
  GtkWidget    *remove_button;
};

G_DEFINE_FINAL_TYPE (SfMeetingNoteRow, sf_meeting_note_row, ADW_TYPE_ACTION_ROW)

static void
update (SfMeetingNoteRow *self)
{
  GtkToggleButton *toggle = GTK_TOGGLE_BUTTON (self->confidential_button);
  gboolean confidential = sf_review_note_get_confidential (self->note);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 sf_review_note_get_text (self->note));
  gtk_widget_set_visible (self->marker, confidential);
  if (gtk_toggle_button_get_active (toggle) != confidential)
    gtk_toggle_button_set_active (toggle, confidential);
  gtk_widget_set_tooltip_text (self->confidential_button,
                               confidential ? _("Confidential: Not Shown to the Room")
                                            : _("Mark as Confidential"));
}

static void
confidential_toggled_cb (SfMeetingNoteRow *self)
{
  gboolean on = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->confidential_button));
  g_autoptr(GError) error = NULL;

  if (on == sf_review_note_get_confidential (self->note))
    return;
  if (!sf_project_set_review_note_confidential (self->project,
                                                sf_record_get_id (SF_RECORD (self->note)), on,
                                                &error))
    {
      sf_feedback_error (GTK_WIDGET (self), _("The note could not be changed"), error);
      update (self);
    }
}

static void
sf_meeting_note_row_dispose (GObject *object)
{
  SfMeetingNoteRow *self = SF_MEETING_NOTE_ROW (object);

  g_clear_object (&self->note);
  g_clear_object (&self->project);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_MEETING_NOTE_ROW);
  G_OBJECT_CLASS (sf_meeting_note_row_parent_class)->dispose (object);
}

static void
sf_meeting_note_row_class_init (SfMeetingNoteRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_meeting_note_row_dispose;

  (void) sf_review_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-meeting-note-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SfMeetingNoteRow, confidential_button);
  gtk_widget_class_bind_template_child (widget_class, SfMeetingNoteRow, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, confidential_toggled_cb);
}

static void
sf_meeting_note_row_init (SfMeetingNoteRow *self)
{
  /* The marker (common/'s, made in code) comes first among the suffixes, before the
   * template's buttons. */
  self->marker = sf_confidential_marker_new ();
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), self->marker);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sf_meeting_note_row_new (SfProject    *project,
                         SfReviewNote *note)
{
  SfMeetingNoteRow *self = g_object_new (SF_TYPE_MEETING_NOTE_ROW, NULL);

  self->project = g_object_ref (project);
  self->note = g_object_ref (note);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remove_button), "s",
                                    sf_record_get_id (SF_RECORD (note)));
  g_signal_connect_object (note, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
  return GTK_WIDGET (self);
}
