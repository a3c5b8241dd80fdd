/* sf-rel-vfs.c: a VFS that passes every call to SQLite's default one and fails the Nth write
 * or sync on request, for the fault runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every method of the VFS and of its files (io_methods version 3: shared memory for WAL and
 * memory mapping too) goes to the real one unchanged; only xWrite and xSync are counted and
 * may fail. The real VFS gets its own vfs pointer, as its methods may read their pAppData.
 */
#include "config.h"

#include <sqlite3.h>

#include "sf-rel-vfs.h"

typedef struct
{
  sqlite3_file  base;
  sqlite3_file *real; /* the real file, allocated right after this */
} ShimFile;

static sqlite3_vfs *real_vfs;
static sqlite3_vfs shim_vfs;
static sqlite3_io_methods shim_methods;

static struct
{
  gboolean   armed;
  SfRelFault fault;
  guint      n;
  gboolean   sticky;
  guint      writes;
  guint      syncs;
  guint      failed;
  guint      pause_us;
} state;

const char *
sf_rel_fault_name (SfRelFault fault)
{
  static const char * const names[] = { "IOERR on write", "FULL on write", "IOERR on sync" };

  return names[fault];
}

/* Whether call number @count of @kind fails. */
static gboolean
fails (gboolean is_sync,
       guint    count)
{
  gboolean mine;

  if (!state.armed || state.n == 0)
    return FALSE;
  mine = is_sync == (state.fault == SF_REL_FAULT_SYNC_IOERR);
  if (mine && (count == state.n || (state.sticky && count > state.n)))
    {
      state.failed++;
      return TRUE;
    }
  return FALSE;
}

#define REAL(file) (((ShimFile *) (file))->real)

static int
shim_close (sqlite3_file *file)
{
  int rc = REAL (file)->pMethods->xClose (REAL (file));

  file->pMethods = NULL;
  return rc;
}

static int
shim_read (sqlite3_file *file, void *buf, int amount, sqlite3_int64 offset)
{
  return REAL (file)->pMethods->xRead (REAL (file), buf, amount, offset);
}

static int
shim_write (sqlite3_file *file, const void *buf, int amount, sqlite3_int64 offset)
{
  if (state.pause_us)
    g_usleep (state.pause_us);
  if (state.armed && fails (FALSE, ++state.writes))
    return state.fault == SF_REL_FAULT_WRITE_FULL ? SQLITE_FULL : SQLITE_IOERR_WRITE;
  return REAL (file)->pMethods->xWrite (REAL (file), buf, amount, offset);
}

static int
shim_truncate (sqlite3_file *file, sqlite3_int64 size)
{
  return REAL (file)->pMethods->xTruncate (REAL (file), size);
}

static int
shim_sync (sqlite3_file *file, int flags)
{
  if (state.pause_us)
    g_usleep (state.pause_us);
  if (state.armed && fails (TRUE, ++state.syncs))
    return SQLITE_IOERR_FSYNC;
  return REAL (file)->pMethods->xSync (REAL (file), flags);
}

static int
shim_file_size (sqlite3_file *file, sqlite3_int64 *size)
{
  return REAL (file)->pMethods->xFileSize (REAL (file), size);
}

static int
shim_lock (sqlite3_file *file, int level)
{
  return REAL (file)->pMethods->xLock (REAL (file), level);
}

static int
shim_unlock (sqlite3_file *file, int level)
{
  return REAL (file)->pMethods->xUnlock (REAL (file), level);
}

static int
shim_check_reserved (sqlite3_file *file, int *out)
{
  return REAL (file)->pMethods->xCheckReservedLock (REAL (file), out);
}

static int
shim_file_control (sqlite3_file *file, int op, void *arg)
{
  return REAL (file)->pMethods->xFileControl (REAL (file), op, arg);
}

static int
shim_sector_size (sqlite3_file *file)
{
  return REAL (file)->pMethods->xSectorSize (REAL (file));
}

static int
shim_device_characteristics (sqlite3_file *file)
{
  return REAL (file)->pMethods->xDeviceCharacteristics (REAL (file));
}

static int
shim_shm_map (sqlite3_file *file, int region, int size, int extend, void volatile **out)
{
  return REAL (file)->pMethods->xShmMap (REAL (file), region, size, extend, out);
}

static int
shim_shm_lock (sqlite3_file *file, int offset, int n, int flags)
{
  return REAL (file)->pMethods->xShmLock (REAL (file), offset, n, flags);
}

static void
shim_shm_barrier (sqlite3_file *file)
{
  REAL (file)->pMethods->xShmBarrier (REAL (file));
}

static int
shim_shm_unmap (sqlite3_file *file, int delete_flag)
{
  return REAL (file)->pMethods->xShmUnmap (REAL (file), delete_flag);
}

static int
shim_fetch (sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
  return REAL (file)->pMethods->xFetch (REAL (file), offset, amount, out);
}

static int
shim_unfetch (sqlite3_file *file, sqlite3_int64 offset, void *page)
{
  return REAL (file)->pMethods->xUnfetch (REAL (file), offset, page);
}

static int
shim_open (sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *out_flags)
{
  ShimFile *shim = (ShimFile *) file;
  int rc;

  shim->real = (sqlite3_file *) (shim + 1);
  rc = real_vfs->xOpen (real_vfs, name, shim->real, flags, out_flags);
  /* Methods only where the real file has them: SQLite then calls xClose, else nothing. */
  file->pMethods = shim->real->pMethods ? &shim_methods : NULL;
  return rc;
}

static int
shim_delete (sqlite3_vfs *vfs, const char *name, int sync_dir)
{
  return real_vfs->xDelete (real_vfs, name, sync_dir);
}

static int
shim_access (sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
  return real_vfs->xAccess (real_vfs, name, flags, out);
}

static int
shim_full_pathname (sqlite3_vfs *vfs, const char *name, int n, char *out)
{
  return real_vfs->xFullPathname (real_vfs, name, n, out);
}

static void *
shim_dl_open (sqlite3_vfs *vfs, const char *name)
{
  return real_vfs->xDlOpen (real_vfs, name);
}

static void
shim_dl_error (sqlite3_vfs *vfs, int n, char *out)
{
  real_vfs->xDlError (real_vfs, n, out);
}

static void (*shim_dl_sym (sqlite3_vfs *vfs, void *handle, const char *symbol)) (void)
{
  return real_vfs->xDlSym (real_vfs, handle, symbol);
}

static void
shim_dl_close (sqlite3_vfs *vfs, void *handle)
{
  real_vfs->xDlClose (real_vfs, handle);
}

static int
shim_randomness (sqlite3_vfs *vfs, int n, char *out)
{
  return real_vfs->xRandomness (real_vfs, n, out);
}

static int
shim_sleep (sqlite3_vfs *vfs, int microseconds)
{
  return real_vfs->xSleep (real_vfs, microseconds);
}

static int
shim_current_time (sqlite3_vfs *vfs, double *out)
{
  return real_vfs->xCurrentTime (real_vfs, out);
}

static int
shim_get_last_error (sqlite3_vfs *vfs, int n, char *out)
{
  return real_vfs->xGetLastError (real_vfs, n, out);
}

static int
shim_current_time_int64 (sqlite3_vfs *vfs, sqlite3_int64 *out)
{
  return real_vfs->xCurrentTimeInt64 (real_vfs, out);
}

static int
shim_set_system_call (sqlite3_vfs *vfs, const char *name, sqlite3_syscall_ptr call)
{
  return real_vfs->xSetSystemCall (real_vfs, name, call);
}

static sqlite3_syscall_ptr
shim_get_system_call (sqlite3_vfs *vfs, const char *name)
{
  return real_vfs->xGetSystemCall (real_vfs, name);
}

static const char *
shim_next_system_call (sqlite3_vfs *vfs, const char *name)
{
  return real_vfs->xNextSystemCall (real_vfs, name);
}

void
sf_rel_vfs_install (void)
{
  if (real_vfs != NULL)
    return;
  real_vfs = sqlite3_vfs_find (NULL);
  g_assert (real_vfs != NULL && real_vfs->iVersion >= 3);

  shim_methods = (sqlite3_io_methods) {
    3, shim_close, shim_read, shim_write, shim_truncate, shim_sync, shim_file_size, shim_lock,
    shim_unlock, shim_check_reserved, shim_file_control, shim_sector_size,
    shim_device_characteristics, shim_shm_map, shim_shm_lock, shim_shm_barrier, shim_shm_unmap,
    shim_fetch, shim_unfetch,
  };
  shim_vfs = (sqlite3_vfs) {
    3, sizeof (ShimFile) + real_vfs->szOsFile, real_vfs->mxPathname, NULL, "sf-rel-shim", NULL,
    shim_open, shim_delete, shim_access, shim_full_pathname, shim_dl_open, shim_dl_error,
    shim_dl_sym, shim_dl_close, shim_randomness, shim_sleep, shim_current_time,
    shim_get_last_error, shim_current_time_int64, shim_set_system_call, shim_get_system_call,
    shim_next_system_call,
  };
  g_assert_cmpint (sqlite3_vfs_register (&shim_vfs, 1), ==, SQLITE_OK);
}

void
sf_rel_vfs_arm (SfRelFault fault,
                guint      n,
                gboolean   sticky)
{
  state.fault = fault;
  state.n = n;
  state.sticky = sticky;
  state.writes = state.syncs = state.failed = 0;
  state.armed = TRUE;
}

void
sf_rel_vfs_disarm (void)
{
  state.armed = FALSE;
}

guint
sf_rel_vfs_writes (void)
{
  return state.writes;
}

void
sf_rel_vfs_set_pause (guint microseconds)
{
  state.pause_us = microseconds;
}

guint
sf_rel_vfs_syncs (void)
{
  return state.syncs;
}

guint
sf_rel_vfs_failed (void)
{
  return state.failed;
}
