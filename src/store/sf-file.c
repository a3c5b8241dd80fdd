/* sf-file.c: writing a file the user chose, privately and whole
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every export (figures as CSV, the report as PDF) goes through here, so they are all
 * private, atomic, and work in the same places.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "sf-file.h"

static gboolean
set_errno_error (GError **error,
                 int      errnum)
{
  g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (errnum),
                       g_strerror (errnum));
  return FALSE;
}

/* GLib's message names its temporary file; the cause in the system's words is clearer. */
static gboolean
set_cause (GError **error,
           GError  *cause)
{
  static const struct { GFileError code; int errnum; } causes[] = {
    { G_FILE_ERROR_NOENT, ENOENT }, { G_FILE_ERROR_ACCES, EACCES }, { G_FILE_ERROR_PERM, EPERM },
    { G_FILE_ERROR_ROFS, EROFS }, { G_FILE_ERROR_NOSPC, ENOSPC }, { G_FILE_ERROR_ISDIR, EISDIR },
    { G_FILE_ERROR_NOTDIR, ENOTDIR },
  };

  for (guint i = 0; cause->domain == G_FILE_ERROR && i < G_N_ELEMENTS (causes); i++)
    if (cause->code == (int) causes[i].code)
      return set_errno_error (error, causes[i].errnum);
  g_propagate_error (error, g_error_copy (cause));
  return FALSE;
}

/* Only the file itself may be written: truncate, write, sync, make private. */
static gboolean
write_in_place (const char  *path,
                const char  *data,
                gsize        size,
                GError     **error)
{
  int fd = g_open (path, O_WRONLY | O_TRUNC | O_CLOEXEC, 0600);
  gsize done = 0;
  int saved;

  if (fd < 0)
    return set_errno_error (error, errno);
  while (done < size)
    {
      gssize n = write (fd, data + done, size - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        break;
      done += (gsize) n;
    }
  if (done == size && fsync (fd) == 0 && fchmod (fd, 0600) == 0 && close (fd) == 0)
    return TRUE;
  saved = errno;
  close (fd);
  return set_errno_error (error, saved);
}

gboolean
sf_file_write_private (const char  *path,
                       const char  *data,
                       gsize        size,
                       GError     **error)
{
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || size == 0, FALSE);

  if (g_file_set_contents_full (path, data ? data : "", size, G_FILE_SET_CONTENTS_CONSISTENT,
                                0600, &local))
    return TRUE;
  /* No room for a file beside it, but the file itself is there and ours to write. */
  if ((g_error_matches (local, G_FILE_ERROR, G_FILE_ERROR_ACCES) ||
       g_error_matches (local, G_FILE_ERROR, G_FILE_ERROR_PERM)) &&
      g_file_test (path, G_FILE_TEST_IS_REGULAR) && g_access (path, W_OK) == 0)
    return write_in_place (path, data ? data : "", size, error);
  return set_cause (error, local);
}
