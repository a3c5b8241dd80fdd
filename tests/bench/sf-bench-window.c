/* sf-bench-window.c: a window's main loop watched while a benchmark runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-bench-window.h"

static gboolean
on_tick (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  SfBenchGaps *gaps = user_data;
  gint64 now = g_get_monotonic_time ();

  if (gaps->measuring && gaps->last_tick > 0)
    {
      gaps->tick_gap = MAX (gaps->tick_gap, (now - gaps->last_tick) / 1000.0);
      gaps->ticks++;
    }
  gaps->last_tick = now;
  gtk_widget_queue_draw (widget); /* something to paint in every frame, as an animation */
  return G_SOURCE_CONTINUE;
}

static gboolean
on_timeout (gpointer user_data)
{
  SfBenchGaps *gaps = user_data;
  gint64 now = g_get_monotonic_time ();

  if (gaps->measuring && gaps->last_timeout > 0)
    gaps->timeout_gap = MAX (gaps->timeout_gap, (now - gaps->last_timeout) / 1000.0);
  gaps->last_timeout = now;
  return G_SOURCE_CONTINUE;
}

/* Watches the main loop of @animated's window for as long as the program runs. */
void
sf_bench_gaps_watch (SfBenchGaps *gaps,
                     GtkWidget   *animated,
                     guint        timeout_ms)
{
  gtk_widget_add_tick_callback (animated, on_tick, gaps, NULL);
  g_timeout_add_full (G_PRIORITY_HIGH, timeout_ms, on_timeout, gaps, NULL);
}

/* The gaps from now on. */
void
sf_bench_gaps_start (SfBenchGaps *gaps)
{
  gaps->tick_gap = gaps->timeout_gap = 0;
  gaps->ticks = 0;
  gaps->measuring = TRUE;
}

static gboolean
quit_later (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

void
sf_bench_run_for (GMainLoop *loop,
                  guint      ms)
{
  g_timeout_add (ms, quit_later, loop);
  g_main_loop_run (loop);
}
