/* sf-bench-project.h: generated projects for the benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-method.h"
#include "sf-project.h"

G_BEGIN_DECLS

/* The large project of the issues' targets: 200 partners, 20 flats, 500 own questions
 * (issue 2); 100 interviews x 12 answers, 2 sessions x 300 statements, 80 themes (issue 3);
 * 20 own indicators beside the 20 standard ones, with values for all 20 flats (issue 4); step
 * 4: 40 preconditions judged for 20 flats, 300 actions, 100 decisions, 400 remarks (issue 13). */
gboolean sf_bench_write_large_project (const char  *path,
                                       GError     **error);
/* The large project written afresh at @path and opened; any failure ends the program. */
SfProject *sf_bench_open_large_project (const char *path);
/* Where a benchmark's files go: argv[1] (made when missing), or a new temporary folder. */
char    *sf_bench_dir                 (int          argc,
                                       char       **argv);
/* A plausible value of an indicator of @type, varying with @seed: JSON (free it), or NULL
 * and the number in @number. */
char    *sf_bench_value               (SfIndicatorType  type,
                                       guint            seed,
                                       double          *number);
double   sf_bench_percentile          (GArray      *samples_ms,
                                       double       percentile);
/* The best (smallest) of @samples_ms. */
double   sf_bench_best                (GArray      *samples_ms);
/* The size of the file at @path in bytes, -1 when there is none. */
gint64   sf_bench_file_size           (const char  *path);
/* Milliseconds since @start, a g_get_monotonic_time (). */
double   sf_bench_ms_since            (gint64       start);

G_END_DECLS
