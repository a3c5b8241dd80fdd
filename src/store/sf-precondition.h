/* sf-precondition.h: one of step 4's preconditions, the method's or the project's own, with
 * the partners' choice and vision
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-record.h"

G_BEGIN_DECLS

/* What the partners do with a precondition (stored as these numbers). */
typedef enum {
  SF_CHOICE_NONE    = 0, /* not discussed yet */
  SF_CHOICE_ADOPT   = 1, /* overnemen */
  SF_CHOICE_DIFFER  = 2, /* anders invullen */
  SF_CHOICE_REJECT  = 3, /* niet overnemen */
  SF_CHOICE_N
} SfChoice;

#define SF_TYPE_PRECONDITION (sf_precondition_get_type ())
G_DECLARE_FINAL_TYPE (SfPrecondition, sf_precondition, SF, PRECONDITION, SfRecord)

int         sf_precondition_get_position   (SfPrecondition *self);
/* The method's key ("s4p3"), or NULL for one of the project's own. */
const char *sf_precondition_get_method_key (SfPrecondition *self);
/* The method's wording in the reader's language, or the project's own text. */
const char *sf_precondition_get_text       (SfPrecondition *self);
/* "complex" or "offer" (sf_method_get_precondition_group_key ()). */
const char *sf_precondition_get_group      (SfPrecondition *self);
gboolean    sf_precondition_is_per_flat    (SfPrecondition *self);
SfChoice    sf_precondition_get_choice     (SfPrecondition *self);
const char *sf_precondition_get_vision     (SfPrecondition *self);

G_END_DECLS
