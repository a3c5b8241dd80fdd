/* sf-merge.h: a copy of a project merged back into it, by id, every conflict kept for the user
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SQLite's session extension finds what the copy changed: sqlite3session_diff () from the
 * copy's base (what it held when it was made) to the copy, or, without a known base, from
 * mine to the copy. Each change is weighed against mine: what only the copy changed is taken,
 * what both changed alike is nothing, what both changed differently (or one changed and the
 * other removed) is a conflict that keeps mine until the user decides. The plan is made in a
 * copy of mine in memory, so a preview writes nothing; applying it is one undoable action.
 */
#pragma once

#include "sf-project.h"

G_BEGIN_DECLS

/* The parts of a project a change is counted under: the overview, steps 1-5, the themes. */
#define SF_MERGE_N_PARTS 7
#define SF_MERGE_THEMES  6

typedef enum {
  SF_MERGE_BOTH_CHANGED,    /* the same column changed differently on both sides */
  SF_MERGE_MINE_REMOVED,    /* the copy changed a row that mine removed */
  SF_MERGE_THEIRS_REMOVED,  /* the copy removed a row that mine changed or added to */
  SF_MERGE_PARENT_REMOVED,  /* the copy added a row to one that mine removed */
  SF_MERGE_DIFFERS,         /* no base: the row differs, and who changed it cannot be known */
} SfMergeConflictKind;

typedef enum {
  SF_MERGE_OPEN,            /* mine is kept while the user has not decided */
  SF_MERGE_KEPT_MINE,
  SF_MERGE_TOOK_THEIRS,
  SF_MERGE_EDITED,
} SfMergeDecision;

typedef struct {
  char                *table;
  char                *row_id;
  char                *column;  /* NULL: the whole row */
  SfMergeConflictKind  kind;
  sqlite3_value       *base;    /* NULL where there is none (no base, a row not there) */
  sqlite3_value       *mine;
  sqlite3_value       *theirs;
} SfMergeConflict;

typedef struct {
  guint added, changed, removed;
} SfMergeCounts;

typedef struct _SfMergePlan SfMergePlan;

/* Reads @theirs_path (checked as any file from elsewhere; an older schema is migrated in
 * memory) and plans merging it into @mine. @bases_dir: where copies' bases are kept
 * (sf_merge_base_path ()); NULL: the library's. Refused with SF_STORE_ERROR: not a project
 * file, damaged, newer, or another project (SF_STORE_ERROR_OTHER_PROJECT). */
SfMergePlan           *sf_merge_plan_new        (SfProject    *mine,
                                                 const char   *theirs_path,
                                                 const char   *bases_dir,
                                                 GError      **error);
/* The same in two parts: mine copied into memory (on mine's thread), then the copy read and
 * weighed, which touches neither mine nor its project (any thread, once). */
SfMergePlan           *sf_merge_plan_prepare    (SfProject    *mine,
                                                 GError      **error);
gboolean               sf_merge_plan_read       (SfMergePlan  *plan,
                                                 const char   *theirs_path,
                                                 const char   *bases_dir,
                                                 GError      **error);
/* Both, the second on a worker thread, so that a large copy leaves the window responsive. */
void                   sf_merge_plan_new_async  (SfProject           *mine,
                                                 const char          *theirs_path,
                                                 const char          *bases_dir,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
SfMergePlan           *sf_merge_plan_new_finish (GAsyncResult        *result,
                                                 GError             **error);
void                   sf_merge_plan_free       (SfMergePlan  *plan);
/* Whether the copy's base was known: without it, removals cannot be known. */
gboolean               sf_merge_plan_has_base   (SfMergePlan  *plan);
const SfMergeCounts   *sf_merge_plan_get_counts (SfMergePlan  *plan,
                                                 guint         part);
/* The new conflicts (not those an earlier merge of the same copy recorded), in file order. */
GPtrArray             *sf_merge_plan_get_conflicts (SfMergePlan *plan);
/* Whether merging would change mine at all. */
gboolean               sf_merge_plan_is_empty   (SfMergePlan  *plan);

/* Applies the plan to @mine as one undoable action ("Kopie samenvoegen"): what does not
 * conflict is written, each conflict recorded (mine kept), and the merge in the project's
 * history. Fails, changing nothing, when mine changed since the plan was made. */
gboolean               sf_project_apply_merge   (SfProject    *mine,
                                                 SfMergePlan  *plan,
                                                 GError      **error);
/* The same, written on a worker through a connection of its own while the window goes on
 * (@mine refuses other actions meanwhile); the project takes the changes in on the main
 * thread before @callback. @plan must live until then. */
void                   sf_project_apply_merge_async  (SfProject           *mine,
                                                      SfMergePlan         *plan,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
gboolean               sf_project_apply_merge_finish (SfProject           *mine,
                                                      GAsyncResult        *result,
                                                      GError             **error);

/* The part (0-6) a table's rows are counted under, and its name for the user. */
guint                  sf_merge_table_part      (const char   *table);
const char            *sf_merge_part_name       (guint         part);
/* What @conflict is about, in the words of its step: "Flat “De Zilverreiger”: name". */
char                  *sf_merge_plan_describe   (SfMergePlan     *plan,
                                                 SfMergeConflict *conflict);
/* A value of @conflict as the user reads it: a reference to another row by its name. */
char                  *sf_merge_plan_value_text (SfMergePlan     *plan,
                                                 SfMergeConflict *conflict,
                                                 sqlite3_value   *value);
/* Where the base @base_id of a copy of project @project_id is kept under @bases_dir (NULL: the
 * library's). */
char                  *sf_merge_base_path       (const char   *bases_dir,
                                                 const char   *project_id,
                                                 const char   *base_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfMergePlan, sf_merge_plan_free)

G_END_DECLS
