/* sf-changeset-writer.h: an undo record written by the action itself, for bulk writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A session records a change by keeping each row's old values and reading every changed row
 * back when the changeset is made: for an import of 10,000 figures that costs as much as the
 * writes. An action that knows each row before and after writes the same changeset itself,
 * in the session extension's documented format, so undo and redo apply it like any other.
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* One column's value: SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT or SQLITE_NULL. Text is
 * borrowed, and copied when the change is added. */
typedef struct
{
  int type;
  union
  {
    sqlite3_int64  integer;
    double         real;
    const char    *text;
  } v;
} SfChangeValue;

static inline SfChangeValue
sf_change_text (const char *text)
{
  SfChangeValue value = { text != NULL ? SQLITE_TEXT : SQLITE_NULL, { .text = text } };

  return value;
}

static inline SfChangeValue
sf_change_integer (sqlite3_int64 integer)
{
  SfChangeValue value = { SQLITE_INTEGER, { .integer = integer } };

  return value;
}

static inline SfChangeValue
sf_change_real (double real)
{
  SfChangeValue value = { SQLITE_FLOAT, { .real = real } };

  return value;
}

static inline SfChangeValue
sf_change_null (void)
{
  SfChangeValue value = { SQLITE_NULL, { .integer = 0 } };

  return value;
}

SfChangeValue      sf_change_from_column          (sqlite3_stmt        *stmt,
                                                   int                  column);

typedef struct _SfChangesetWriter SfChangesetWriter;

SfChangesetWriter *sf_changeset_writer_new        (void);
void               sf_changeset_writer_free       (SfChangesetWriter   *writer);
void               sf_changeset_writer_set_table  (SfChangesetWriter   *writer,
                                                   const char          *table,
                                                   guint                n_columns,
                                                   guint                key_column);
void               sf_changeset_writer_insert     (SfChangesetWriter   *writer,
                                                   const SfChangeValue *row);
gboolean           sf_changeset_writer_update     (SfChangesetWriter   *writer,
                                                   const SfChangeValue *old_row,
                                                   const SfChangeValue *new_row);
/* Adds a changeset made elsewhere (a session's) as it is; FALSE when it cannot be read. */
gboolean           sf_changeset_writer_append     (SfChangesetWriter   *writer,
                                                   const void          *changeset,
                                                   int                  size);
void               sf_changeset_writer_add_tables (SfChangesetWriter   *writer,
                                                   GHashTable          *tables);
void              *sf_changeset_writer_steal      (SfChangesetWriter   *writer,
                                                   int                 *size);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfChangesetWriter, sf_changeset_writer_free)

G_END_DECLS
