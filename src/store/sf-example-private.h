/* sf-example-private.h: what the example's files share (sf-example.c, sf-example-review.c,
 * sf-example-meeting.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-project.h"

G_BEGIN_DECLS

/* Step 4: the review of the outcomes, once steps 1-3 are written. */
gboolean sf_example_write_review  (SfProject  *project,
                                   GError    **error);

/* Step 4's meeting: held, who came, its notes, the arrangements for working together. */
gboolean sf_example_write_meeting (SfProject  *project,
                                   GError    **error);

/* Step 5's deck: notes, an own slide, the ask in the user's words, a hidden slide. */
gboolean sf_example_write_slides  (SfProject  *project,
                                   GError    **error);

/* Adds @text (NULL counts too) to the example's stamp (sf_example_stamp ()). */
void     sf_example_stamp_add     (GChecksum  *sum,
                                   const char *text);
/* Add step 4's content. */
void     sf_example_review_stamp  (GChecksum  *sum);
void     sf_example_meeting_stamp (GChecksum  *sum);
void     sf_example_slides_stamp  (GChecksum  *sum);

/* Step 5: the board meeting, its members and their boards' answers, once step 4 is written. */
gboolean sf_example_write_board   (SfProject  *project,
                                   GError    **error);
void     sf_example_board_stamp   (GChecksum  *sum);

/* The business case: a flat with its own staffing costs. */
gboolean sf_example_write_mbc     (SfProject  *project,
                                   GError    **error);
void     sf_example_mbc_stamp     (GChecksum  *sum);

G_END_DECLS
