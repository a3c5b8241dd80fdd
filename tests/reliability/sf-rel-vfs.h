/* sf-rel-vfs.h: a VFS that passes every call to SQLite's default one and fails the Nth write
 * or sync on request, for the fault runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  SF_REL_FAULT_WRITE_IOERR, /* xWrite returns SQLITE_IOERR_WRITE */
  SF_REL_FAULT_WRITE_FULL,  /* xWrite returns SQLITE_FULL: the disk is full */
  SF_REL_FAULT_SYNC_IOERR,  /* xSync returns SQLITE_IOERR_FSYNC */
  SF_REL_N_FAULTS
} SfRelFault;

/* Makes the shim the default VFS of the process (once). */
void        sf_rel_vfs_install   (void);
/* From now on counts writes and syncs (of every file: database, journal, WAL) anew, and fails
 * the @n-th call of @fault's kind (from 1; 0: none), and with @sticky every later one too. */
void        sf_rel_vfs_arm       (SfRelFault  fault,
                                  guint       n,
                                  gboolean    sticky);
void        sf_rel_vfs_disarm    (void);
/* Since the last arm: the writes and syncs asked for, and how many calls were failed. */
guint       sf_rel_vfs_writes    (void);
/* Every write and sync waits @microseconds first: a kill then lands between the writes of one
 * transaction far more often than on a fast disk, where they follow each other at once. */
void        sf_rel_vfs_set_pause (guint       microseconds);
guint       sf_rel_vfs_syncs     (void);
guint       sf_rel_vfs_failed    (void);
const char *sf_rel_fault_name    (SfRelFault  fault);

G_END_DECLS
