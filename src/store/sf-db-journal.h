/* sf-db-journal.h: reading a project file that a crash left in the middle of a change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-db.h"

G_BEGIN_DECLS

/* Whether @path has a rollback journal beside it: a crash mid-edit leaves one ("hot"), which
 * a read-only connection cannot roll back (SQLITE_READONLY_ROLLBACK). */
gboolean  sf_db_journal_exists       (const char  *path);
/* Lets SQLite roll the journal back into @path, as the next edit would (a file of our own). */
gboolean  sf_db_journal_roll_back    (const char  *path,
                                      GError     **error);
/* @path as it was before the interrupted change, in a new in-memory connection, from a private
 * copy of the file and its journal: the original is not touched (a file from elsewhere). */
sqlite3  *sf_db_journal_read_copy    (const char  *path,
                                      GError     **error);

G_END_DECLS
