/* sf-meeting-note-row.h: a note taken in step 4's meeting, in the meeting window's list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"
#include "sf-review-note.h"

G_BEGIN_DECLS

#define SF_TYPE_MEETING_NOTE_ROW (sf_meeting_note_row_get_type ())
G_DECLARE_FINAL_TYPE (SfMeetingNoteRow, sf_meeting_note_row, SF, MEETING_NOTE_ROW, AdwActionRow)

GtkWidget *sf_meeting_note_row_new (SfProject    *project,
                                    SfReviewNote *note);

G_END_DECLS
