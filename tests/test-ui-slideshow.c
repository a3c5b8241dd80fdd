/* test-ui-slideshow.c: presenting a deck: the speaker view and the beamer's window move
 * together by the keys' actions, a black screen, the notes, and the next slide drawn ahead
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-slide-view.h"
#include "sf-slideshow.h"
#include "sf-test-ui.h"

#define N_SLIDES 5

/* A deck of five coloured slides; the third has no notes. */
static guint
fake_n_slides (gpointer source)
{
  return N_SLIDES;
}

static void
fake_render (gpointer  source,
             guint     index,
             cairo_t  *cr,
             double    width,
             double    height)
{
  cairo_set_source_rgb (cr, index / (double) N_SLIDES, 0.3, 0.6);
  cairo_rectangle (cr, width * 0.1, height * 0.1, width * 0.8, height * 0.8);
  cairo_fill (cr);
}

static char *
fake_notes (gpointer source,
            guint    index)
{
  return index == 2 ? NULL : g_strdup_printf ("Vertel over dia %u", index + 1);
}

static const SfSlideSourceKind fake = { fake_n_slides, fake_render, fake_notes };

static SfSlideshow *
start (void)
{
  SfSlideshow *show = SF_SLIDESHOW (sf_slideshow_new (GTK_WIDGET (sf_test_main_window ()),
                                                      NULL, &fake, 20));

  sf_slideshow_start (show);
  sf_test_iterate ();
  return show;
}

static GtkWidget *
screen_view (SfSlideshow *show)
{
  return gtk_window_get_child (GTK_WINDOW (sf_slideshow_get_screen (show)));
}

static void
test_keys (void)
{
  SfSlideshow *show = start ();
  GtkWidget *notes = sf_test_find_in (GTK_WIDGET (show), "slideshow-notes", GTK_TYPE_LABEL);
  g_autofree char *second = g_strdup_printf (_("Slide %u of %u"), 2, N_SLIDES);

  g_assert_cmpuint (sf_slideshow_get_position (show), ==, 0);
  g_assert_cmpuint (sf_slide_view_get_index (SF_SLIDE_VIEW (screen_view (show))), ==, 0);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (notes)), ==, "Vertel over dia 1");

  sf_test_activate (GTK_WIDGET (show), "show.next", NULL);
  g_assert_cmpuint (sf_slideshow_get_position (show), ==, 1);
  g_assert_cmpuint (sf_slide_view_get_index (SF_SLIDE_VIEW (screen_view (show))), ==, 1);
  g_assert_nonnull (sf_test_find_label (GTK_WIDGET (show), second));
  sf_test_activate (GTK_WIDGET (show), "show.next", NULL);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (notes)), ==, _("No notes for this slide."));

  sf_test_activate (GTK_WIDGET (show), "show.last", NULL);
  g_assert_cmpuint (sf_slideshow_get_position (show), ==, N_SLIDES - 1);
  /* There is no slide after the last. */
  gtk_widget_activate_action (GTK_WIDGET (show), "show.next", NULL);
  g_assert_cmpuint (sf_slideshow_get_position (show), ==, N_SLIDES - 1);
  g_assert_nonnull (sf_test_find_label (GTK_WIDGET (show), _("This is the last slide")));
  sf_test_activate (GTK_WIDGET (show), "show.first", NULL);
  g_assert_cmpuint (sf_slideshow_get_position (show), ==, 0);

  /* B blanks the beamer, not the speaker's view; moving on shows the slides again. */
  sf_test_activate (GTK_WIDGET (show), "show.black", NULL);
  g_assert_true (sf_slideshow_get_black (show));
  g_assert_cmpuint (sf_slide_view_get_index (SF_SLIDE_VIEW (screen_view (show))), ==,
                    G_MAXUINT);
  sf_test_activate (GTK_WIDGET (show), "show.next", NULL);
  g_assert_false (sf_slideshow_get_black (show));
  g_assert_cmpuint (sf_slide_view_get_index (SF_SLIDE_VIEW (screen_view (show))), ==, 1);

  /* Esc stops: both windows go. */
  sf_test_activate (GTK_WIDGET (show), "show.stop", NULL);
  sf_test_iterate ();
  g_assert_null (sf_test_find_toplevel (SF_TYPE_SLIDESHOW));
  g_assert_null (sf_test_find ("slideshow-screen"));
}

/* Once a slide is shown the next one is drawn while idle: going on draws nothing new. */
static void
test_ahead (void)
{
  SfSlideshow *show = start ();
  SfSlideView *view = SF_SLIDE_VIEW (screen_view (show));
  guint renders;

  SF_TEST_WAIT_FOR (sf_slide_view_get_renders (view) >= 2);
  renders = sf_slide_view_get_renders (view);
  sf_test_activate (GTK_WIDGET (show), "show.next", NULL);
  gtk_widget_queue_draw (GTK_WIDGET (view));
  sf_test_iterate ();
  g_assert_cmpuint (sf_slide_view_get_index (view), ==, 1);
  /* Slide 2 came from its image; at most slide 3 was drawn ahead since. */
  g_assert_cmpuint (sf_slide_view_get_renders (view), <=, renders + 1);
  gtk_window_close (GTK_WINDOW (show));
  sf_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  sf_test_init (&argc, &argv);
  g_test_add_func ("/ui/slideshow/keys", test_keys);
  g_test_add_func ("/ui/slideshow/ahead", test_ahead);
  return g_test_run ();
}
