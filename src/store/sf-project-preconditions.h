/* sf-project-preconditions.h: step 4's preconditions: judged, chosen, the project's own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-precondition.h"
#include "sf-project.h"
#include "sf-project-figures.h"

G_BEGIN_DECLS

/* Stored as these numbers. */
typedef enum {
  SF_PRECONDITION_UNKNOWN = 0, /* onbekend */
  SF_PRECONDITION_MET     = 1, /* voldaan */
  SF_PRECONDITION_PARTLY  = 2, /* deels */
  SF_PRECONDITION_NOT_YET = 3, /* nog niet */
  SF_PRECONDITION_N_STATUSES
} SfPreconditionStatus;

/* How a precondition stands, for the whole project or one flat. */
typedef struct {
  SfPreconditionStatus status;    /* by hand if set so, else the suggestion (or unknown) */
  gboolean             by_hand;
  char                *basis;     /* what a status set by hand rests on ("" when none) */
  gboolean             suggested; /* step 3 checks it: its result is in suggestion */
  SfPreconditionStatus suggestion;
  gboolean             estimate;  /* the suggestion rests on an estimated figure ("≈") */
} SfPreconditionState;

void        sf_precondition_state_clear         (SfPreconditionState  *state);

/* The method's preconditions and the project's own, in order (of SfPrecondition). */
GListModel *sf_project_get_preconditions        (SfProject            *self);
/* @flat_id: NULL for one judged for the whole project; a flat for one judged per flat. */
gboolean    sf_project_get_precondition_state   (SfProject            *self,
                                                 SfPrecondition       *precondition,
                                                 const char           *flat_id,
                                                 SfPreconditionState  *state,
                                                 GError              **error);
/* The same with step 3's checks of @flat_id already made (sf_project_check_requirements ()),
 * or %NULL to make them, and with the statuses set by hand already read
 * (sf_project_read_precondition_statuses ()), or %NULL for the project's, read the same way:
 * a view of many preconditions and flats reads each flat's figures once and the statuses at
 * once, not per cell. */
gboolean    sf_project_get_precondition_state_checked (SfProject                 *self,
                                                       SfPrecondition            *precondition,
                                                       const char                *flat_id,
                                                       const SfRequirementResult *checks,
                                                       GHashTable                *statuses,
                                                       SfPreconditionState       *state,
                                                       GError                   **error);
/* Every status set by hand, for sf_project_get_precondition_state_checked (); not to be
 * changed (the project keeps it until they change). */
GHashTable *sf_project_read_precondition_statuses (SfProject           *self,
                                                   GError             **error);
/* Sets the status by hand: step 3 never changes it again. */
gboolean    sf_project_judge_precondition       (SfProject            *self,
                                                 const char           *precondition_id,
                                                 const char           *flat_id,
                                                 SfPreconditionStatus  status,
                                                 const char           *basis,
                                                 GError              **error);
/* Back to what step 3 suggests (or unknown). */
gboolean    sf_project_unjudge_precondition     (SfProject            *self,
                                                 const char           *precondition_id,
                                                 const char           *flat_id,
                                                 GError              **error);
gboolean    sf_project_choose_for_precondition  (SfProject            *self,
                                                 const char           *precondition_id,
                                                 SfChoice              choice,
                                                 const char           *vision,
                                                 GError              **error);
/* The project's own; @group: "complex" or "offer". Returns the new id. */
char       *sf_project_add_precondition         (SfProject            *self,
                                                 const char           *group,
                                                 const char           *text,
                                                 gboolean              per_flat,
                                                 GError              **error);
gboolean    sf_project_reword_precondition      (SfProject            *self,
                                                 const char           *precondition_id,
                                                 const char           *text,
                                                 GError              **error);
/* Only the project's own; their judgements go with them. */
gboolean    sf_project_remove_precondition      (SfProject            *self,
                                                 const char           *precondition_id,
                                                 GError              **error);
/* How many have been discussed (a choice made, or a status set by hand), of @total. */
guint       sf_project_count_preconditions_discussed (SfProject       *self,
                                                      guint           *total);

G_END_DECLS
