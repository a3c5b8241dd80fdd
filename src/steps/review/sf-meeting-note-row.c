/* sf-meeting-note-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row follows its note (undo and redo change it in place); its lock and remove button are
 * common/sf-lock-row.h's. A confidential note stays on the facilitator's screen and never
 * reaches the beamer or the report.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-meeting-note-row.h"
#include "sf-project-review.h"

struct _SfMeetingNoteRow
{
  SfLockRow parent_instance;

  SfProject    *project;
  SfReviewNote *note;
};

G_DEFINE_FINAL_TYPE (SfMeetingNoteRow, sf_meeting_note_row, SF_TYPE_LOCK_ROW)

static void
update (SfMeetingNoteRow *self)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 sf_review_note_get_text (self->note));
  sf_lock_row_show_confidential (SF_LOCK_ROW (self),
                                 sf_review_note_get_confidential (self->note));
}

static gboolean
sf_meeting_note_row_set_confidential (SfLockRow  *row,
                                      gboolean    confidential,
                                      GError    **error)
{
  SfMeetingNoteRow *self = SF_MEETING_NOTE_ROW (row);

  return sf_project_set_review_note_confidential (self->project,
                                                  sf_record_get_id (SF_RECORD (self->note)),
                                                  confidential, error);
}

static void
sf_meeting_note_row_dispose (GObject *object)
{
  SfMeetingNoteRow *self = SF_MEETING_NOTE_ROW (object);

  g_clear_object (&self->note);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_meeting_note_row_parent_class)->dispose (object);
}

static void
sf_meeting_note_row_class_init (SfMeetingNoteRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sf_meeting_note_row_dispose;
  SF_LOCK_ROW_CLASS (klass)->set_confidential = sf_meeting_note_row_set_confidential;
}

static void
sf_meeting_note_row_init (SfMeetingNoteRow *self)
{
  gtk_widget_set_name (GTK_WIDGET (self), "meeting-note-row");
}

GtkWidget *
sf_meeting_note_row_new (SfProject    *project,
                         SfReviewNote *note)
{
  SfMeetingNoteRow *self = g_object_new (SF_TYPE_MEETING_NOTE_ROW, NULL);

  self->project = g_object_ref (project);
  self->note = g_object_ref (note);
  sf_lock_row_setup (SF_LOCK_ROW (self), "meeting-note-confidential", "live.remove-note",
                     sf_record_get_id (SF_RECORD (note)), _("Remove Note"),
                     _("The note could not be changed"));
  g_signal_connect_object (note, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
  return GTK_WIDGET (self);
}
