/* sf-bench-window.h: a window's main loop watched while a benchmark runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The longest gaps while measuring: between frame-clock ticks of an animating widget (it
 * paints something in every frame) and between high-priority timeouts (the longest the main
 * loop could not run). */
typedef struct
{
  gint64   last_tick, last_timeout;
  double   tick_gap, timeout_gap; /* ms */
  guint    ticks;                 /* frames while measuring */
  gboolean measuring;
} SfBenchGaps;

void sf_bench_gaps_watch (SfBenchGaps *gaps,
                          GtkWidget   *animated,
                          guint        timeout_ms);
void sf_bench_gaps_start (SfBenchGaps *gaps);
/* Lets the main loop run for @ms (a window settling, painting what is left). */
void sf_bench_run_for    (GMainLoop   *loop,
                          guint        ms);

G_END_DECLS
