/* minimal-window.c: the yardstick for start-up: a libadwaita window with a header bar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Quits when mapped, or after its first frame with STARTFOTO_BENCH_QUIT_ON_MAP=frame, as
 * startfoto does. Same application flags as startfoto: a unique instance on the session bus.
 */
#include "config.h"

#include <adwaita.h>

static void
on_after_paint (GdkFrameClock *clock,
                GApplication  *app)
{
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, app);
  g_application_quit (app);
}

static void
on_map (GtkWidget    *window,
        GApplication *app)
{
  if (g_strcmp0 (g_getenv ("STARTFOTO_BENCH_QUIT_ON_MAP"), "frame") == 0)
    g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                      G_CALLBACK (on_after_paint), app);
  else
    g_application_quit (app);
}

static void
activate (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  g_signal_connect (window, "map", G_CALLBACK (on_map), app);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.startfoto.MinimalWindow",
                                                       G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
