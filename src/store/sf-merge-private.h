/* sf-merge-private.h: what the merge's files share (private to src/store)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-merge.h"

G_BEGIN_DECLS

struct _SfMergePlan
{
  sqlite3       *scratch;      /* mine in memory, the copy ("theirs") and its base attached */
  char          *project_id;
  char          *base_id;      /* NULL: no base known */
  char          *copy_name;
  char          *bases_dir;    /* NULL: the library's */
  /* With a base that was merged before: the rows the copy changed since it was last merged
   * ("table/id"); only those are weighed again. NULL: every change since the base. */
  GHashTable    *since_merged;
  char          *merge_id;     /* the merge's record, once applied */
  gint64         mine_changes; /* mine's count of changes when planned (last_change) */
  SfMergeCounts  counts[SF_MERGE_N_PARTS];
  GPtrArray     *conflicts;    /* of SfMergeConflict */
  void          *changeset;    /* what merging writes to mine (sqlite3_malloc'd) */
  int            size;
};

void     sf_merge_conflict_free (SfMergeConflict *conflict);
/* Two values the same, as SQL's IS sees them (a missing one is NULL). */
gboolean sf_merge_value_same    (sqlite3_value   *a,
                                 sqlite3_value   *b);
/* Mine's count of changes: every action, undo and redo moves it, on any connection (another
 * window, the command line), so applying a plan checks it is still the plan's. */
gint64   sf_merge_mine_changes  (sqlite3         *handle);
/* A value as the user reads it; "—" for none. */
char    *sf_merge_value_text    (sqlite3_value   *value);
/* Where the copy is kept as it was when merge @merge_id took it in, so that a later merge of
 * the same copy (or of it edited further) weighs only what changed since. */
char    *sf_merge_merged_path   (const char      *bases_dir,
                                 const char      *project_id,
                                 const char      *merge_id);
/* Removes the files in @dir (bases, or copies as merged) beyond the newest fifty or older than
 * a year (sf-copy.c). */
void     sf_merge_prune_kept    (const char      *dir);
/* Without a base: the copy's rows that have mine's unique key (not the id) take mine's id, in
 * the scratch copy of the copy (sf-merge-match.c). @tables: the merged tables. */
gboolean sf_merge_match_unique  (SfMergePlan     *plan,
                                 GStrv            tables,
                                 GError         **error);
/* @value of @table's @column as the user reads it: a reference to another row by that row's
 * name (from mine, or with @with_copy the copy and its base), "—" for none. */
char    *sf_merge_describe_value (sqlite3        *db,
                                  gboolean        with_copy,
                                  const char     *table,
                                  const char     *column,
                                  const char     *value);
/* Whether @table's @column refers to another row (its value is an id: no one edits it). */
gboolean sf_merge_column_is_reference (sqlite3   *db,
                                       const char *table,
                                       const char *column);
/* "table/id" of the row a change is about. */
char    *sf_merge_change_key    (sqlite3_changeset_iter *it);
/* Whether @table is the project's content (not the search index, bookkeeping or merging's). */
gboolean sf_merge_is_merged_table (const char    *table);
/* What @conflict is about, read from @db's main schema and, @with_copy, its "theirs" and
 * "base" (the scratch copy of a plan). */
char    *sf_merge_describe      (sqlite3         *db,
                                 gboolean         with_copy,
                                 SfMergeConflict *conflict);
/* Weighs @changes (what the copy changed, from its base or from mine) against mine in the
 * scratch copy (sf-merge-weigh.c): makes what does not conflict, records the rest. */
gboolean sf_merge_weigh         (SfMergePlan     *plan,
                                 const void      *changes,
                                 int              size,
                                 GError         **error);

G_END_DECLS
