/* sf-bench-project.h: generated projects for the benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The large project of the issues' targets: 200 partners, 20 flats, 500 own questions
 * (issue 2); 100 interviews x 12 answers, 2 sessions x 300 statements, 80 themes (issue 3). */
gboolean sf_bench_write_large_project (const char  *path,
                                       GError     **error);
double   sf_bench_percentile          (GArray      *samples_ms,
                                       double       percentile);

G_END_DECLS
