/* sf-db.h: one SQLite connection to a project file, set up the way a project file must be
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* PRAGMA application_id: "StFo" in ASCII, so `file` and shared-mime-info can tell our files. */
#define SF_DB_APPLICATION_ID 0x5374466F

typedef enum {
  SF_DB_OPEN_DEFAULT   = 0,
  SF_DB_OPEN_CREATE    = 1 << 0, /* a new file; fails if it exists */
  SF_DB_OPEN_CHECK     = 1 << 1, /* the file came from elsewhere: run quick_check first */
  SF_DB_OPEN_READ_ONLY = 1 << 2, /* look, never write; an older file is migrated in memory */
  SF_DB_OPEN_REPAIR    = 1 << 3, /* with READ_ONLY, for a file of the library: a crash's
                                    * journal is rolled back into it (else it is read from a
                                    * private copy, as a file from elsewhere is) */
} SfDbOpenFlags;

typedef struct _SfDb SfDb;

/* Files being written beside a project (a copy, a new project) are hidden until whole, under
 * these prefixes; what a crash leaves of them is cleared (sf_library_clear_leftovers ()). */
#define SF_DB_TEMP_PREFIX ".startfoto-"
#define SF_DB_NEW_PREFIX  SF_DB_TEMP_PREFIX "new-"

typedef struct {
  int         version;
  const char *sql;
} SfMigration;

SfDb         *sf_db_open              (const char         *path,
                                       SfDbOpenFlags       flags,
                                       GError            **error);
SfDb         *sf_db_open_with         (const char         *path,
                                       SfDbOpenFlags       flags,
                                       const SfMigration  *migrations,
                                       guint               n_migrations,
                                       GError            **error);
void          sf_db_free              (SfDb               *db);
sqlite3      *sf_db_get_handle        (SfDb               *db);
const char   *sf_db_get_path          (SfDb               *db);
sqlite3_stmt *sf_db_prepare           (SfDb               *db,
                                       const char         *sql,
                                       GError            **error);
gboolean      sf_db_exec              (SfDb               *db,
                                       const char         *sql,
                                       GError            **error);
/* Many small reads in one read transaction: one lock and one look at the file for all of
 * them, not one per statement (and one snapshot). Returns whether one began (not inside
 * another transaction); only then end it with sf_db_end_read (), which must come before
 * anything is written. */
gboolean      sf_db_begin_read        (SfDb               *db);
void          sf_db_end_read          (SfDb               *db);
gboolean      sf_db_run               (SfDb               *db,
                                       GError            **error,
                                       const char         *sql,
                                       const char         *format,
                                       ...);
char         *sf_db_now               (void);
/* @time (UTC) as the project file keeps times: "2026-03-01T10:00:00Z". */
char         *sf_db_format_time       (GDateTime          *time);
/* A copy of @src's main database in a new in-memory connection (@path: for messages). */
sqlite3      *sf_db_copy_handle_to_memory (sqlite3        *src,
                                           const char     *path,
                                           GError        **error);
gboolean      sf_db_step_done         (SfDb               *db,
                                       sqlite3_stmt       *stmt,
                                       GError            **error);
gboolean      sf_db_copy_to_file      (SfDb               *db,
                                       const char         *dest_path,
                                       GError            **error);
/* A private copy in memory, with foreign keys on, for changing before it is written out: a
 * copy for someone else. Its path is @db's, for messages. */
SfDb         *sf_db_copy_to_memory    (SfDb               *db,
                                       GError            **error);
int           sf_db_current_version   (void);
gboolean      sf_db_start_log         (SfDb               *db,
                                       GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfDb, sf_db_free)

G_END_DECLS
