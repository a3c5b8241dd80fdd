/* sf-db-journal.h: reading a project file that a crash left in the middle of a change, and
 * bringing a file of the library back to rest (one file, no side files)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-db.h"

G_BEGIN_DECLS

/* Removes what side files a file put at @path would wrongly take for its own. */
void      sf_db_journal_remove_stale (const char  *path);
/* Whether @path has a rollback journal beside it: a crash mid-edit leaves one ("hot"), which
 * a read-only connection cannot roll back (SQLITE_READONLY_ROLLBACK). */
gboolean  sf_db_journal_exists       (const char  *path);
/* Whether @path is in write-ahead-log mode or has a log beside it: open, or a crash's. */
gboolean  sf_db_journal_has_log      (const char  *path);
/* Whether a read-only look at @path in place would write beside it: a hot journal it cannot
 * roll back, or a file in write-ahead-log mode whose -wal and -shm files SQLite would create. */
gboolean  sf_db_journal_needs_copy   (const char  *path);
/* Lets SQLite roll a journal back into @path or fold its write-ahead log in, as the next edit
 * would, and turns it back into one file when no one else has it open (a file of our own). */
gboolean  sf_db_journal_settle       (const char  *path,
                                      GError     **error);
/* @path as it was after its last finished change, in a new in-memory connection, from a
 * private copy of the file and its side files: the original is not touched (a file from
 * elsewhere). */
sqlite3  *sf_db_journal_read_copy    (const char  *path,
                                      GError     **error);

/* COMMIT. When it fails, the change is rolled back, and a change that changes nothing is
 * written over what it left in the write-ahead log: a commit whose fsync failed has its frames
 * there whole, and the next open's recovery would take in a change that was reported as not
 * made. */
gboolean  sf_db_commit               (SfDb        *db,
                                      GError     **error);

G_END_DECLS
