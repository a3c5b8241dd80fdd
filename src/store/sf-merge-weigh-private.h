/* sf-merge-weigh-private.h: what the files that weigh a copy's changes share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-merge-private.h"

G_BEGIN_DECLS

typedef struct
{
  SfMergePlan *plan;
  gboolean     three_way;
  GHashTable  *tables;    /* table → Table: what is read of it once */
  GHashTable  *known;     /* conflicts recorded by earlier merges, as keys */
  GHashTable  *statements;/* SQL → sqlite3_stmt */
  GHashTable  *inserted;  /* "table\x1fid" of the rows taken from the copy */
  GHashTable  *originals; /* "table\x1fid\x1fcolumn" → mine's value before the copy's */
  GHashTable  *inserts;   /* table → its INSERT of a whole row */
  GHashTable  *children;  /* table → GPtrArray of queries for a row of mine pointing at one */
  gboolean     took_out;  /* an orphan the copy added was taken out (take_out_orphans ()) */
} Weigh;

/* A table's columns and its statements, made once per plan: a copy brings thousands of rows
 * of the same few tables. */
typedef struct
{
  GStrv          names;     /* in order */
  guint          n_columns;
  gboolean      *reference; /* per column: it points at another row */
  sqlite3_stmt  *select;    /* mine's row by id */
  sqlite3_stmt **update;    /* per column, set by id, made when first needed */
  GHashTable    *if_base;   /* changed columns' mask → update only if mine has the base's */
} Table;

/* @sql prepared once per plan, reset. */
sqlite3_stmt *sf_weigh_statement        (Weigh               *w,
                                         const char          *sql);
Table        *sf_weigh_table            (Weigh               *w,
                                         const char          *table);
/* Mine's row @id of @table, stepped onto (NULL: mine has none). */
sqlite3_stmt *sf_weigh_mine_row         (Weigh               *w,
                                         const char          *table,
                                         sqlite3_value       *id);
/* A conflict of the plan, unless an earlier merge of the same copy recorded it. */
void          sf_weigh_conflict         (Weigh               *w,
                                         const char          *table,
                                         const char          *row_id,
                                         const char          *column,
                                         SfMergeConflictKind  kind,
                                         sqlite3_value       *base,
                                         sqlite3_value       *mine,
                                         sqlite3_value       *theirs);
/* Rows the copy added under one mine removed come out again, each a conflict; a value the
 * copy set to point at a row mine removed gets mine's back (sf-merge-orphans.c). */
gboolean      sf_weigh_take_out_orphans (Weigh               *w,
                                         GError             **error);

/* What the copy changed since it was last merged that its base does not show (@seen: the keys
 * of the changes since its base): each a conflict (sf-merge-since.c). */
void          sf_weigh_since_merged     (Weigh               *w,
                                         GHashTable          *seen);

G_END_DECLS
