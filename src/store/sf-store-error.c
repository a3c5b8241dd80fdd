/* sf-store-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <errno.h>

#include "sf-store-error.h"

G_DEFINE_QUARK (sf-store-error-quark, sf_store_error)

/* Turns an SQLite result code into a message a project leader can act on.
 */
void
sf_store_set_sqlite_error (GError     **error,
                           sqlite3     *db,
                           int          rc,
                           const char  *path)
{
  g_autofree char *name = path ? g_filename_display_basename (path) : NULL;
  const char *detail = db ? sqlite3_errmsg (db) : sqlite3_errstr (rc);
  int code;
  const char *message;

  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      code = SF_STORE_ERROR_NOT_SQLITE;
      message = _("This file is not a Startfoto project.");
      break;
    case SQLITE_CORRUPT:
      code = SF_STORE_ERROR_DAMAGED;
      message = _("The project file is damaged and cannot be used.");
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      code = SF_STORE_ERROR_LOCKED;
      message = _("The project file is in use by another program. Close that program and "
                  "try again.");
      break;
    case SQLITE_READONLY:
      /* A crash's journal that only a read-write open can roll back (sf-db-journal.c). */
      if (rc == SQLITE_READONLY_ROLLBACK)
        {
          code = SF_STORE_ERROR_DAMAGED;
          message = _("The project was left in the middle of a change when Startfoto or the "
                      "computer stopped. Open it in Startfoto to repair it.");
          break;
        }
      G_GNUC_FALLTHROUGH;
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      code = SF_STORE_ERROR_READ_ONLY;
      message = _("The project file cannot be written here. Check that the folder is writable.");
      break;
    case SQLITE_FULL:
      code = SF_STORE_ERROR_DISK_FULL;
      message = _("The disk is full. Free some space and try again; nothing was changed.");
      break;
    case SQLITE_TOOBIG:
      code = SF_STORE_ERROR_INVALID;
      message = _("A text or value is too large for a project: more than 16 MB.");
      break;
    case SQLITE_IOERR:
      code = SF_STORE_ERROR_FAILED;
      message = _("The project file could not be read or written.");
      break;
    default:
      code = SF_STORE_ERROR_FAILED;
      message = _("Something went wrong with the project file.");
      break;
    }

  /* SQLite's own words are English and technical: keep them out of the message, in the log. */
  g_debug ("SQLite error %d on %s: %s", rc, path ? path : "(none)", detail);

  if (name)
    g_set_error (error, SF_STORE_ERROR, code, "“%s”: %s", name, message);
  else
    g_set_error_literal (error, SF_STORE_ERROR, code, message);
}

/* For failures of plain file operations (creating, copying, renaming a project file). */
void
sf_store_set_errno_error (GError     **error,
                          int          errsv,
                          const char  *path)
{
  g_autofree char *name = path ? g_filename_display_basename (path) : g_strdup ("");

  g_debug ("File error on %s: %s", path ? path : "(none)", g_strerror (errsv));

  switch (errsv)
    {
    case ENOSPC:
    case EDQUOT:
      g_set_error (error, SF_STORE_ERROR, SF_STORE_ERROR_DISK_FULL,
                   _("“%s”: The disk is full. Free some space and try again; nothing was "
                     "changed."),
                   name);
      break;
    case EACCES:
    case EPERM:
    case EROFS:
      g_set_error (error, SF_STORE_ERROR, SF_STORE_ERROR_READ_ONLY,
                   _("“%s”: This location is read-only. Choose another folder."), name);
      break;
    case ENOENT:
    case ENOTDIR:
      g_set_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND,
                   _("“%s”: The file or its folder does not exist."), name);
      break;
    case EEXIST:
      g_set_error (error, SF_STORE_ERROR, SF_STORE_ERROR_FAILED,
                   _("“%s”: A file with this name already exists."), name);
      break;
    default:
      g_set_error (error, SF_STORE_ERROR, SF_STORE_ERROR_FAILED,
                   _("“%s”: The file could not be read or written."), name);
      break;
    }
}
