/* sf-rel-loop.h: the reliability runs: kills at random moments, and faults of the disk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "sf-rel-check.h"

G_BEGIN_DECLS

typedef struct
{
  const char *driver;       /* sf-rel-driver */
  const char *fixture;      /* an older project file, for the migration's kills */
  const char *root;         /* a folder of our own to work in */
  GRand      *rand;
  guint       max_delay_ms; /* kills land up to this long after the project was opened */
  gboolean    verbose;
} SfRelOptions;

typedef struct
{
  guint runs;
  guint kills;
  guint acked;        /* acknowledged actions */
  guint pending_kept; /* actions under way at the kill that were kept (neither is wrong) */
  guint completed;    /* creations and migrations that were done before the kill */
  guint failed_calls; /* calls that returned an error under a fault */
  guint corrupt;
  guint lost;
  guint hidden;
  guint side_files;   /* kills that left a journal or WAL with something in it beside the file */
  guint cleared;      /* leftovers of a kill that the next start cleared (as it should) */
  guint leftovers;    /* ".startfoto-" files after the next start, or unreadable files listed */
  guint no_error;     /* failing calls that gave no GError, runs whose driver failed */
  guint crashes;      /* drivers that ended otherwise than by the kill or by finishing (a
                       * sanitizer's report, a crash) */
} SfRelFigures;

gboolean sf_rel_kill_actions   (const SfRelOptions *options,
                                guint               kills,
                                SfRelFigures       *figures);
gboolean sf_rel_kill_creation  (const SfRelOptions *options,
                                guint               kills,
                                SfRelFigures       *figures);
gboolean sf_rel_kill_migration (const SfRelOptions *options,
                                guint               kills,
                                SfRelFigures       *figures);
/* Every fault kind, once and sticky, at @positions positions spread over the run's writes
 * and syncs (0: at every one). */
gboolean sf_rel_faults         (const SfRelOptions *options,
                                guint               positions,
                                SfRelFigures       *figures);
/* A copy merged back into the (migrated) fixture: the driver killed in the middle of the
 * merge, and each fault kind at @positions positions over the merge's writes and syncs. */
gboolean sf_rel_kill_merge     (const SfRelOptions *options,
                                guint               kills,
                                SfRelFigures       *figures);
gboolean sf_rel_merge_faults   (const SfRelOptions *options,
                                guint               positions,
                                SfRelFigures       *figures);

/* Shared by the runs. */
char    *sf_rel_new_dir        (const SfRelOptions *options,
                                const char         *name);
/* Runs the driver with @args, its output in @output_path; kills it @delay_us after it started
 * or, with @after_open, after it printed "open". Returns its output; @killed says whether the
 * kill came before it ended; a driver that ended otherwise than by the kill or with success is
 * counted in @figures' crashes, and its output shown. */
char    *sf_rel_spawn          (const SfRelOptions *options,
                                const char * const *args,
                                const char         *output_path,
                                gint64              delay_us,
                                gboolean            after_open,
                                gboolean           *killed,
                                gint64             *open_us,
                                SfRelFigures       *figures);
gboolean sf_rel_figures_ok     (const SfRelFigures *figures);
/* The older fixture at @path, as a project of the user's (not an example). */
void     sf_rel_copy_fixture   (const SfRelOptions *options,
                                const char         *path);
/* Whether a journal or a WAL with something in it lies beside @path. */
gboolean sf_rel_has_side_file  (const char         *path);
void     sf_rel_figures_count  (SfRelFigures       *figures,
                                SfRelVerdict        verdict);

G_END_DECLS
