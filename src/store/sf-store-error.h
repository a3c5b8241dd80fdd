/* sf-store-error.h: what can go wrong with a project file, in words a user understands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

#define SF_STORE_ERROR (sf_store_error_quark ())

typedef enum {
  SF_STORE_ERROR_NOT_SQLITE,   /* not a database at all */
  SF_STORE_ERROR_NOT_PROJECT,  /* a database, but not a Startfoto project */
  SF_STORE_ERROR_DAMAGED,      /* corrupt or truncated */
  SF_STORE_ERROR_TOO_NEW,      /* written by a newer version of the app */
  SF_STORE_ERROR_LOCKED,       /* another program holds a lock */
  SF_STORE_ERROR_READ_ONLY,    /* the file or its folder cannot be written */
  SF_STORE_ERROR_DISK_FULL,    /* no space left */
  SF_STORE_ERROR_NOT_FOUND,    /* no such file, or a row vanished */
  SF_STORE_ERROR_DUPLICATE,    /* the library already holds this project */
  SF_STORE_ERROR_INVALID,      /* a value the project cannot take */
  SF_STORE_ERROR_FOREIGN,      /* a schema Startfoto did not make (a trigger, a changed table) */
  SF_STORE_ERROR_OTHER_PROJECT,/* a copy of another project than the one it is merged into */
  SF_STORE_ERROR_FAILED,       /* anything else */
} SfStoreError;

GQuark sf_store_error_quark (void);

/* @error from a failed SQLite call or system call, in words a user understands, naming the
 * file at @path. */
void   sf_store_set_sqlite_error (GError     **error,
                                  sqlite3     *db,
                                  int          rc,
                                  const char  *path);
void   sf_store_set_errno_error  (GError     **error,
                                  int          errsv,
                                  const char  *path);

G_END_DECLS
