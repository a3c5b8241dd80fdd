/* sf-review-note.h: a short note taken in step 4's meeting, on one question of its agenda
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-record.h"

G_BEGIN_DECLS

#define SF_TYPE_REVIEW_NOTE (sf_review_note_get_type ())
G_DECLARE_FINAL_TYPE (SfReviewNote, sf_review_note, SF, REVIEW_NOTE, SfRecord)

/* The question (NULL once it was removed from the agenda). */
const char *sf_review_note_get_question_id  (SfReviewNote *self);
const char *sf_review_note_get_text         (SfReviewNote *self);
gboolean    sf_review_note_get_confidential (SfReviewNote *self);

G_END_DECLS
