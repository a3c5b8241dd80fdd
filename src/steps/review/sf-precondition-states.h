/* sf-precondition-states.h: how step 4's preconditions stand per flat, read for a view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Step 3's checks are made once per flat (sf_precondition_states_recheck ()), not once per
 * precondition shown: 40 preconditions of 20 flats read in a few milliseconds. The words the
 * views share (status, choice, concepts, the suggestion) are here too.
 */
#pragma once

#include "sf-project-preconditions.h"

G_BEGIN_DECLS

typedef struct _SfPreconditionStates SfPreconditionStates;

SfPreconditionStates *sf_precondition_states_new         (SfProject            *project);
void                  sf_precondition_states_free        (SfPreconditionStates *self);
/* The flats read again and step 3's checks made again: after a change to either. */
void                  sf_precondition_states_recheck     (SfPreconditionStates *self);
guint                 sf_precondition_states_get_n_flats (SfPreconditionStates *self);
SfFlat               *sf_precondition_states_get_flat    (SfPreconditionStates *self,
                                                          guint                 index);
/* @flat: an index in the flats, or -1 for the project as a whole. Clear @state after. */
void                  sf_precondition_states_get         (SfPreconditionStates *self,
                                                          SfPrecondition       *precondition,
                                                          int                   flat,
                                                          SfPreconditionState  *state);
/* What step 3 suggests with its figure, e.g. "Step 3: met (≈ 60 dwellings)"; NULL if nothing. */
char                 *sf_precondition_states_describe_suggestion (SfPreconditionStates *self,
                                                          SfPrecondition            *precondition,
                                                          int                        flat,
                                                          const SfPreconditionState *state);

/* The hand-set status differs from what step 3 now suggests. */
gboolean              sf_precondition_state_differs      (const SfPreconditionState *state);
const char           *sf_precondition_status_label       (SfPreconditionStatus  status);
const char           *sf_precondition_choice_label       (SfChoice              choice);
/* Whether it comes from @concept (the project's own come from neither). */
gboolean              sf_precondition_has_concept        (SfPrecondition       *precondition,
                                                          SfConcepts            concept);
/* "Thuisplusflat", "Thuisplusflat, Lang Leven Thuisflat", or "Our own". */
char                 *sf_precondition_concepts_label     (SfPrecondition       *precondition);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfPreconditionStates, sf_precondition_states_free)

G_END_DECLS
