/* sf-copy.h: a copy of a project to hand to someone else
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-project.h"

G_BEGIN_DECLS

/* How many items are marked confidential: answers, statements, key points, and interview and
 * session notes that hold text. */
guint    sf_project_count_confidential (SfProject   *self);

/* Writes a copy of the whole project to @dest_path (mode 0600, never half-written). Unless
 * @include_confidential, every confidential item is left out, so that not a word of it can be
 * read back from the file's bytes. The project itself is not changed. */
gboolean sf_project_export_copy        (SfProject   *self,
                                        const char  *dest_path,
                                        gboolean     include_confidential,
                                        GError     **error);

/* What a copy for a partner holds, so that the one who hands it over can say so. */
typedef struct
{
  guint    n_flats;
  guint    n_figures;     /* the figures asked of the partner (step 3's requests) */
  gboolean has_interview;
  guint    n_answers;     /* the interview's answers that hold text */
  guint    n_key_points;
} SfPartnerCopyContents;

/* Writes a copy for the partner @partner_id to @dest_path (mode 0600, never half-written):
 * the project's details and flats, the method's definitions and the themes, the figures asked
 * of that partner with their values, the partner itself with its contact, and its own
 * interview with its answers and key points. Nothing confidential and nothing of any other
 * partner or of steps 2, 4 and 5 is in it, not even in the file's bytes. On success
 * @contents (may be NULL) says what the copy holds. */
gboolean sf_project_export_partner_copy (SfProject              *self,
                                         const char             *dest_path,
                                         const char             *partner_id,
                                         SfPartnerCopyContents  *contents,
                                         GError                **error);

G_END_DECLS
