/* sf-rel-check.h: what the reliability runs check of a project file after a crash or a fault
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-project.h"

G_BEGIN_DECLS

/* What a check found, worst first; the figures the long run prints count these. */
typedef enum {
  SF_REL_OK,
  SF_REL_CORRUPT, /* not openable read-write, or integrity, foreign keys, search index fail */
  SF_REL_HIDDEN,  /* left out of the welcome list, listed as unreadable, or --info fails */
  SF_REL_LOST,    /* the data differ from a replay of what was acknowledged */
} SfRelVerdict;

/* Every row of every table of the project and its search index, in one string, in an order
 * of its own: times masked (they differ between a run and its replay), and ids when @mask_ids
 * (a migration makes new ones with SQLite's own random numbers). */
char         *sf_rel_dump        (sqlite3     *db,
                                  gboolean     mask_ids);
char         *sf_rel_dump_project (SfProject  *project);
/* integrity_check, foreign_key_check and FTS5's own integrity-check, on @project's file. */
gboolean      sf_rel_check_integrity (SfProject *project,
                                      GError   **error);
/* The project at @path in the library @dir as the user meets it next: --info's open, the
 * welcome list, then a read-write open with an edit and its undo. Its data must be one of
 * @expected (dumps, NULL-terminated); @which gets the index of the one it is, or -1.
 * What is wrong is appended to @report. */
SfRelVerdict  sf_rel_verify      (const char          *dir,
                                  const char          *path,
                                  const char * const  *expected,
                                  gboolean             mask_ids,
                                  int                 *which,
                                  GString             *report);
/* The library @dir as the next start sees it: leftovers older than an hour cleared (after
 * ageing them by two, as if that start came later), then listed. FALSE, with what is wrong
 * in @report, when a ".startfoto-" file remains or a listed file cannot be read. @cleared
 * (optional) is increased by the number of leftovers cleared. */
gboolean      sf_rel_check_library (const char *dir,
                                    guint      *cleared,
                                    GString    *report);

G_END_DECLS
