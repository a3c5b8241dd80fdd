/* sf-project-decisions.h: step 4's decisions list: what was decided, why, how, by whom
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-decision.h"
#include "sf-project.h"

G_BEGIN_DECLS

typedef struct {
  const char       *date;      /* "" or an ISO date */
  const char       *text;      /* the decision: required */
  const char       *reasoning; /* NULL: "" */
  const char       *how;       /* NULL: "" */
  SfDecisionStatus  status;
  /* The partners who agreed (NULL-terminated), saved in the same step; NULL: as they are. */
  const char * const *agreed;
} SfDecisionFields;

/* In order of date (those without one last), then as added (of SfDecision). */
GListModel *sf_project_get_decisions         (SfProject               *self);
char       *sf_project_add_decision          (SfProject               *self,
                                              const SfDecisionFields  *fields,
                                              GError                 **error);
gboolean    sf_project_update_decision       (SfProject               *self,
                                              const char              *id,
                                              const SfDecisionFields  *fields,
                                              GError                 **error);
gboolean    sf_project_remove_decision       (SfProject               *self,
                                              const char              *id,
                                              GError                 **error);
/* The partners who agreed. */
gboolean    sf_project_set_decision_partners (SfProject               *self,
                                              const char              *id,
                                              const char * const      *partner_ids,
                                              GError                 **error);
GStrv       sf_project_get_decision_partners (SfProject               *self,
                                              const char              *id);
/* How many decisions there are, and how many are proposals for the boards. */
guint       sf_project_count_decisions       (SfProject               *self,
                                              guint                   *proposed);

G_END_DECLS
