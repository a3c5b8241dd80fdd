/* sf-progress.c: how far a step really is, from what the project holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The status a user sets says what they think; this says what is there: interviews worked
 * out for step 1, the session held and its statements for step 2, the share of figures
 * gathered for every flat in step 3, the preconditions discussed and the plan for step 4.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-project-interviews.h"
#include "sf-project-figures.h"
#include "sf-project-figures-private.h"
#include "sf-progress.h"
#include "sf-store-util.h"
#include "sf-session.h"
#include "sf-project-key-figures.h"
#include "sf-project-board.h"
#include "sf-project-plan.h"
#include "sf-project-preconditions.h"

static char *
describe_interviews (SfProject *self)
{
  guint counts[SF_INTERVIEW_N_STATUSES];
  guint partners = g_list_model_get_n_items (sf_project_get_partners (self));
  guint planned = 0;

  sf_project_count_interviews (self, counts);
  for (guint i = 0; i < SF_INTERVIEW_N_STATUSES; i++)
    planned += counts[i];
  if (planned == 0)
    return NULL;
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u interview worked out",
                                       "%u of %u interviews worked out", partners),
                          counts[SF_INTERVIEW_WORKED_OUT], partners);
}

static char *
describe_session (SfProject *self)
{
  GListModel *sessions = sf_project_get_sessions (self);
  guint statements = sf_project_count_statements (self);
  gboolean held = FALSE;

  if (g_list_model_get_n_items (sessions) == 0)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(SfSession) session = g_list_model_get_item (sessions, i);

      held = held || sf_session_get_held (session);
    }
  if (!held)
    return g_strdup (_("Session planned"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Session held · %u statement",
                                       "Session held · %u statements", statements),
                          statements);
}

/* Every visible indicator counts once per flat (once for the neighbourhood when the project
 * has no flats), as the method asks each figure of every candidate flat. */
static char *
describe_inventory (SfProject *self)
{
  guint filled, total;

  sf_project_get_inventory_progress (self, &filled, &total);
  if (filled == 0)
    return NULL;
  /* Translators: step 3's progress, e.g. "31 of 40 figures gathered (78%)". */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u figure gathered (%.0f%%)",
                                       "%u of %u figures gathered (%.0f%%)", total),
                          filled, total, 100.0 * filled / total);
}

/* Step 4 has begun once a precondition is discussed or an action planned: before, every
 * precondition is there undiscussed, which says nothing. */
static char *
describe_review (SfProject *self)
{
  guint total, done;
  guint discussed = sf_project_count_preconditions_discussed (self, &total);
  guint actions = sf_project_count_actions (self, &done);
  g_autofree char *preconditions = NULL;
  g_autofree char *plan = NULL;

  if (discussed == 0 && actions == 0)
    return NULL;
  /* Translators: step 4's progress, e.g. "9 of 14 preconditions discussed". */
  preconditions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u of %u precondition discussed",
                                                "%u of %u preconditions discussed", total),
                                   discussed, total);
  if (actions == 0)
    return g_steal_pointer (&preconditions);
  plan = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u action", "%u actions", actions),
                          actions);
  /* Translators: step 4's progress, the preconditions discussed and then the number of
   * actions, e.g. "9 of 14 preconditions discussed · 6 actions". */
  return g_strdup_printf (_("%s · %s"), preconditions, plan);
}

/* Step 5's parts, each said apart and joined: the deck ready, the boards' support. */
static char *
describe_board (SfProject *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  SfBoardMeeting *meeting = sf_project_get_board_meeting (self);
  guint supporting;
  guint boards = sf_project_count_supporting_boards (self, &supporting);

  if (meeting != NULL && sf_board_meeting_get_deck_ready (meeting))
    /* Translators: step 5's progress: the project leader marked the deck ready to present. */
    g_ptr_array_add (parts, g_strdup (_("Deck ready")));
  if (boards > 0)
    /* Translators: step 5's progress, e.g. "4 of 6 boards support" (the boards that
     * support every intended decision, with or without conditions). */
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u of %u board supports",
                                                          "%u of %u boards support", boards),
                                             supporting, boards));
  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  /* Translators: between the parts of a step's progress, e.g. "Deck ready · 4 of 6 boards
   * support". */
  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

/* A short line for the sidebar and the overview, or NULL when the step has nothing yet. */
char *
sf_project_describe_progress (SfProject *self,
                              guint      step)
{
  switch (step)
    {
    case 1:
      return describe_interviews (self);
    case 2:
      return describe_session (self);
    case 3:
      return describe_inventory (self);
    case 4:
      return describe_review (self);
    case 5:
      return describe_board (self);
    default:
      return NULL;
    }
}

static SfStepStatus
from_counts (guint started,
             gboolean done)
{
  if (started == 0)
    return SF_STEP_NOT_STARTED;
  return done ? SF_STEP_DONE : SF_STEP_IN_PROGRESS;
}

SfStepStatus
sf_progress_suggest_status (SfDb  *db,
                            guint  step)
{
  guint filled, total, partners;

  switch (step)
    {
    case 1:
      partners = sf_store_count (db, "SELECT count (*) FROM partner", -1);
      return from_counts (sf_store_count (db, "SELECT count (*) FROM interview", -1),
                          partners > 0 &&
                          sf_store_count (db, "SELECT count (*) FROM partner p WHERE EXISTS "
                                              "(SELECT 1 FROM interview i WHERE i.partner_id = "
                                              "p.id AND i.status = 3) AND EXISTS (SELECT 1 FROM "
                                              "key_point k WHERE k.partner_id = p.id)", -1)
                          == partners);
    case 2:
      return from_counts (sf_store_count (db, "SELECT count (*) FROM session", -1),
                          sf_store_count (db, "SELECT count (*) FROM session s WHERE held AND "
                                              "EXISTS (SELECT 1 FROM key_point k WHERE "
                                              "k.session_id = s.id)", -1) > 0);
    case 3:
      sf_inventory_count_progress (db, &filled, &total);
      return from_counts (filled, filled == total);
    case 4:
      /* Begun with the meeting or any of its work; done once the meeting was held, every
       * precondition discussed and the plan has an action. */
      filled = sf_store_count (db, "SELECT count (*) FROM precondition WHERE choice != 0 OR id "
                                   "IN (SELECT precondition_id FROM precondition_status)", -1);
      total = sf_store_count (db, "SELECT count (*) FROM precondition", -1);
      return from_counts (filled + sf_store_count (db, "SELECT (SELECT count (*) FROM "
                                                       "review_meeting) + (SELECT count (*) "
                                                       "FROM plan_action) + (SELECT count (*) "
                                                       "FROM decision) + (SELECT count (*) "
                                                       "FROM remark)", -1),
                          filled == total &&
                          sf_store_count (db, "SELECT count (*) FROM review_meeting WHERE held",
                                          -1) > 0 &&
                          sf_store_count (db, "SELECT count (*) FROM plan_action", -1) > 0);
    case 5:
      /* Begun with the meeting or a board member; done once the meeting was held and every
       * board has answered every decision put to it (steunt niet is an answer too). */
      total = sf_store_count (db, "SELECT count (DISTINCT partner_id) FROM board_member", -1);
      return from_counts (total + sf_store_count (db, "SELECT count (*) FROM board_meeting", -1),
                          total > 0 &&
                          sf_store_count (db, "SELECT count (*) FROM board_meeting WHERE held",
                                          -1) > 0 &&
                          sf_store_count (db, "SELECT count (*) FROM decision d, (SELECT "
                                              "DISTINCT partner_id FROM board_member) b WHERE "
                                              "(d.status = 0 OR d.id IN (SELECT decision_id "
                                              "FROM board_support)) AND NOT EXISTS (SELECT 1 "
                                              "FROM board_support s WHERE s.decision_id = d.id "
                                              "AND s.partner_id = b.partner_id AND s.stance "
                                              "!= 0)", -1) == 0);
    default:
      return SF_STEP_NOT_STARTED;
    }
}

/* The steps are read whole before the work is counted: a query that fails on a damaged file
 * while the steps are being read can make SQLite read the same step again, for ever (rowids
 * out of order). */
guint
sf_progress_count_done (SfDb *db)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = sf_db_prepare (db, "SELECT number, status, by_hand FROM step", &error);
  g_autoptr(GArray) follow = g_array_new (FALSE, FALSE, sizeof (guint));
  guint done = 0;

  if (stmt == NULL)
    {
      g_warning ("Cannot read the steps: %s", error->message);
      return 0;
    }
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      guint step = (guint) sqlite3_column_int (stmt, 0);

      if (sqlite3_column_int (stmt, 2))
        done += sqlite3_column_int (stmt, 1) == SF_STEP_DONE;
      else
        g_array_append_val (follow, step);
    }
  sqlite3_reset (stmt);
  for (guint i = 0; i < follow->len; i++)
    done += sf_progress_suggest_status (db, g_array_index (follow, guint, i)) == SF_STEP_DONE;
  return done;
}
