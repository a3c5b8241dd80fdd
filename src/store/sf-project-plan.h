/* sf-project-plan.h: step 4's plan for the coming year: who does what, why and when
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-plan-action.h"
#include "sf-project.h"

G_BEGIN_DECLS

typedef struct {
  const char     *what;
  const char     *why;             /* NULL: "" */
  const char     *precondition_id; /* the precondition it is for, or NULL */
  const char     *theme_id;        /* the theme it is for, or NULL */
  const char     *responsible_id;  /* the one partner responsible: required */
  const char     *due;             /* "", an ISO date or a quarter ("2027-Q1") */
  SfActionStatus  status;
  /* The other partners involved, set within the same action (NULL: left as they are). */
  const char * const *involved;
} SfActionFields;

/* SQL that orders rows by their due (a date or a quarter): a quarter comes at its end, after
 * the dates within it, and rows without one last. */
#define SF_PLAN_DUE_ORDER(column)                                                        \
  column " = '', CASE WHEN " column " GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]' THEN "              \
  "printf ('%s-%02d-31~', substr (" column ", 1, 4), substr (" column ", 7, 1) * 3) "       \
  "ELSE " column " END"

/* The plan by quarter (a date within it first, then those due "in the quarter"; those without
 * a date last), then as added (of SfPlanAction). */
GListModel *sf_project_get_plan            (SfProject             *self);
char       *sf_project_add_action          (SfProject             *self,
                                            const SfActionFields  *fields,
                                            GError               **error);
gboolean    sf_project_update_action       (SfProject             *self,
                                            const char            *id,
                                            const SfActionFields  *fields,
                                            GError               **error);
gboolean    sf_project_remove_action       (SfProject             *self,
                                            const char            *id,
                                            GError               **error);
/* The other partners involved (the responsible one is left out), and who they are now. */
gboolean    sf_project_set_action_partners (SfProject             *self,
                                            const char            *id,
                                            const char * const    *partner_ids,
                                            GError               **error);
GStrv       sf_project_get_action_partners (SfProject             *self,
                                            const char            *id);
/* How many actions there are, and how many are done. */
guint       sf_project_count_actions       (SfProject             *self,
                                            guint                 *done);
/* The year and quarter (1-4) of @due, a date or a quarter; FALSE for "" or what is neither. */
gboolean    sf_plan_due_quarter            (const char            *due,
                                            int                   *year,
                                            int                   *quarter);

/* For the store's other actions that add one (a remark turned into an action): the fields
 * checked and cleaned, then inserted within that action. */
typedef struct {
  const SfActionFields *fields;
  char                 *what;
  char                 *why;
} SfActionDraft;

gboolean    sf_plan_draft_action           (SfProject             *self,
                                            const SfActionFields  *fields,
                                            SfActionDraft         *draft,
                                            GError               **error);
void        sf_plan_draft_clear            (SfActionDraft         *draft);
gboolean    sf_plan_insert_action          (SfDb                  *db,
                                            const char            *id,
                                            const SfActionDraft   *draft,
                                            GError               **error);

/* Whether @due is "", a date or a quarter; an error that says so otherwise. */
gboolean    sf_plan_check_due              (const char            *due,
                                            GError               **error);

G_END_DECLS
