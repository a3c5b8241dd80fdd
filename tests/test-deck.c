/* test-deck.c: step 5's deck made from a project: bound to its data, the user's text winning
 * until reset, hidden, moved and own slides, nothing running over a slide, 16:9 pages with an
 * outline, a handout, and nothing confidential or named that should not be
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDF is read back with poppler, as a board member's viewer would.
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "sf-deck.h"
#include "sf-project-board.h"
#include "sf-project-decisions.h"
#include "sf-project-interviews.h"
#include "sf-project-review.h"
#include "sf-project-slides.h"
#include "sf-test-pdf.h"
#include "sf-test-report.h"
#include "sf-test-store.h"

#define SECRET_NOTE "Zwijgplicht-aantekening uit het overleg"

/* The index of @ref in @deck, asserting it is there. */
static guint
find (SfDeck     *deck,
      const char *ref)
{
  for (guint i = 0; i < sf_deck_get_n_slides (deck); i++)
    if (g_str_equal (sf_deck_get_ref (deck, i), ref))
      return i;
  g_assert_not_reached ();
}

static void
page_size (PopplerDocument *pdf,
           int              index,
           double          *width,
           double          *height)
{
  PopplerPage *page = poppler_document_get_page (pdf, index);

  poppler_page_get_size (page, width, height);
  g_object_unref (page);
}

/* Writes @deck to the fixture's PDF and returns its text. */
static char *
deck_text (SfTestReport *f,
           SfDeck       *deck,
           gboolean      handout)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sf_deck_write_pdf (deck, f->pdf_path, handout, &error));
  g_assert_no_error (error);
  return sf_test_pdf_text (f->pdf_path);
}

static SfDeck *
new_deck (SfTestReport *f,
          gboolean      names_as_roles)
{
  SfDeckOptions options = { names_as_roles, FALSE };
  g_autoptr(GError) error = NULL;
  SfDeck *deck = sf_deck_new (f->project, &options, &error);

  g_assert_no_error (error);
  return deck;
}

/* The example's deck: the method's slides in order, a 16:9 page per slide shown, an outline
 * entry per slide, fonts embedded; private file; a confidential note never in it. */
static void
test_example (SfTestReport  *f,
              gconstpointer  data)
{
  g_autoptr(SfDeck) deck = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *note = NULL;
  g_autoptr(SfQuestion) question = g_list_model_get_item (sf_project_get_questions (f->project,
                                                                                    4), 0);
  PopplerDocument *pdf;
  PopplerIndexIter *outline;
  GStatBuf st;
  guint n_outline = 0;

  note = sf_project_add_review_note (f->project, sf_record_get_id (SF_RECORD (question)),
                                     SECRET_NOTE, &error);
  g_assert_true (sf_project_set_review_note_confidential (f->project, note, TRUE, &error));
  deck = new_deck (f, FALSE);
  g_assert_cmpstr (sf_deck_get_ref (deck, 0), ==, "title");
  g_assert_cmpstr (sf_deck_get_ref (deck, 1), ==, "why");
  g_assert_cmpstr (sf_deck_get_ref (deck, sf_deck_get_n_slides (deck) - 1), ==, "closing");
  /* Two flats: a slide of key figures each, the second hidden; the project leader's own
   * slide before them (sf-example-slides.c). */
  g_assert_cmpuint (sf_deck_get_n_slides (deck), ==, 13);
  g_assert_true (sf_deck_get_own (deck, 4));
  g_assert_cmpstr (sf_deck_get_title (deck, 4), ==, "Een bewoner aan het woord");
  g_assert_true (g_str_has_prefix (sf_deck_get_ref (deck, 5), "figures:"));
  g_assert_true (sf_deck_get_hidden (deck, 6));
  g_assert_cmpstr (sf_deck_get_title (deck, 0), ==, "Voorbeeldproject De Zilverreiger");
  g_assert_cmpuint (sf_deck_get_n_shown (deck), ==, 12);
  g_assert_cmpuint (sf_deck_shown_to_index (deck, 6), ==, 7);

  text = deck_text (f, deck, FALSE);
  g_assert_cmpint (g_stat (f->pdf_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  pdf = sf_test_open_pdf (f->pdf_path);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, 12);
  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      double width, height;

      page_size (pdf, i, &width, &height);
      g_assert_cmpfloat_with_epsilon (width / height, 16.0 / 9.0, 0.001);
    }
  outline = poppler_index_iter_new (pdf);
  g_assert_nonnull (outline);
  do
    n_outline++;
  while (poppler_index_iter_next (outline));
  poppler_index_iter_free (outline);
  g_assert_cmpuint (n_outline, ==, 12);
  /* The metadata names the project, never a path. */
  g_assert_null (strstr (poppler_document_get_subject (pdf), f->dir));
  g_object_unref (pdf);
  g_assert_nonnull (strstr (text, "Voorbeeldproject De Zilverreiger"));
  g_assert_nonnull (strstr (text, "96")); /* the first flat's dwellings */
  g_assert_null (strstr (text, SECRET_NOTE));
  for (guint i = 0; i < sf_deck_get_n_slides (deck); i++)
    g_assert_false (sf_deck_get_shortened (deck, i));
}

/* A figure changed in the project shows in the next deck made from it. */
static void
test_bound_to_data (SfTestReport  *f,
                    gconstpointer  data)
{
  g_autoptr(SfFlat) flat = g_list_model_get_item (sf_project_get_flats (f->project), 0);
  g_autoptr(SfDeck) before = new_deck (f, FALSE);
  g_autoptr(SfDeck) after = NULL;
  g_autofree char *text_before = deck_text (f, before, FALSE);
  g_autofree char *text_after = NULL;

  g_assert_null (strstr (text_before, "4321"));
  sf_test_set_number (f->project, "s3q1a", sf_record_get_id (SF_RECORD (flat)), 4321,
                      SF_ACCURACY_EXACT);
  after = new_deck (f, FALSE);
  text_after = deck_text (f, after, FALSE);
  g_assert_nonnull (strstr (text_after, "4321"));
}

/* The user's title and text win and can be reset; a hidden slide is no page; an own slide
 * is where it was added; notes go to the handout, two slides to a page. */
static void
test_user_text (SfTestReport  *f,
                gconstpointer  data)
{
  g_autoptr(SfDeck) deck = new_deck (f, FALSE);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) refs = sf_deck_get_refs (deck);
  g_autofree char *generated = g_strdup (sf_deck_get_title (deck, find (deck, "why")));
  g_autofree char *own = NULL;
  g_autofree char *text = NULL;
  guint why;

  g_assert_true (sf_project_set_slide_title (f->project, "why", "Waarom wij dit doen", &error));
  g_assert_true (sf_project_set_slide_body (f->project, "why", "Samen oud worden\nin de wijk",
                                            &error));
  g_assert_true (sf_project_set_slide_notes (f->project, "why", "Vertel over mevrouw J.",
                                             &error));
  g_assert_true (sf_project_set_slide_hidden (f->project, "how", TRUE, &error));
  own = sf_project_add_own_slide (f->project, (const char * const *) refs, 1,
                                  "Een eigen dia", "Met eigen tekst", &error);
  g_assert_no_error (error);

  g_clear_pointer (&deck, sf_deck_free);
  deck = new_deck (f, FALSE);
  g_assert_cmpuint (sf_deck_get_n_slides (deck), ==, 14);
  g_assert_cmpuint (sf_deck_get_n_shown (deck), ==, 12);
  g_assert_cmpstr (sf_deck_get_ref (deck, 1), ==, own);
  g_assert_true (sf_deck_get_own (deck, 1));
  why = find (deck, "why");
  g_assert_cmpuint (why, ==, 2);
  g_assert_cmpstr (sf_deck_get_title (deck, why), ==, "Waarom wij dit doen");
  g_assert_cmpstr (sf_deck_get_generated_title (deck, why), ==, generated);
  g_assert_true (sf_deck_get_title_edited (deck, why));
  g_assert_true (sf_deck_get_hidden (deck, find (deck, "how")));
  text = deck_text (f, deck, FALSE);
  g_assert_nonnull (strstr (text, "Waarom wij dit doen"));
  g_assert_nonnull (strstr (text, "Samen oud worden"));
  g_assert_nonnull (strstr (text, "Een eigen dia Met eigen tekst"));
  g_assert_null (strstr (text, "Vertel over mevrouw J."));
  g_clear_pointer (&text, g_free);
  text = deck_text (f, deck, TRUE);
  g_assert_nonnull (strstr (text, "Vertel over mevrouw J."));
  {
    PopplerDocument *pdf = sf_test_open_pdf (f->pdf_path);
    double width, height;

    g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, 6);
    page_size (pdf, 0, &width, &height);
    g_assert_cmpfloat_with_epsilon (width, 595.276, 0.01);
    g_object_unref (pdf);
  }

  /* Reset: the generated text again. */
  g_assert_true (sf_project_set_slide_title (f->project, "why", NULL, &error));
  g_assert_true (sf_project_set_slide_body (f->project, "why", NULL, &error));
  g_clear_pointer (&deck, sf_deck_free);
  deck = new_deck (f, FALSE);
  why = find (deck, "why");
  g_assert_cmpstr (sf_deck_get_title (deck, why), ==, generated);
  g_assert_false (sf_deck_get_title_edited (deck, why));
  g_assert_false (sf_deck_get_body_edited (deck, why));
  g_assert_cmpstr (sf_deck_get_body (deck, why), ==, sf_deck_get_generated_body (deck, why));
}

/* With 200-character names and many long decisions, every slide is still one page: what did
 * not fit is shortened with a visible "…" and the slide says so. */
static void
test_long_names (SfTestReport  *f,
                 gconstpointer  data)
{
  g_autofree char *name = g_strnfill (190, 'w');
  g_autofree char *long_name = g_strconcat ("Flat ", name, " eind", NULL);
  g_autofree char *flat = sf_test_add_flat (f->project, long_name);
  g_autoptr(SfDeck) deck = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  PopplerDocument *pdf;
  gboolean any = FALSE;

  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *words = g_strdup_printf ("Besluit %u: %s %s", i, name, name);
      SfDecisionFields fields = { "", words, NULL, NULL, SF_DECISION_PROPOSED };

      g_free (sf_project_add_decision (f->project, &fields, &error));
      g_assert_no_error (error);
    }
  g_assert_true (sf_project_set_slide_title (f->project, "why", long_name, &error));
  deck = new_deck (f, FALSE);
  text = deck_text (f, deck, FALSE);
  pdf = sf_test_open_pdf (f->pdf_path);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, sf_deck_get_n_shown (deck));
  g_object_unref (pdf);
  g_assert_true (sf_deck_get_shortened (deck, find (deck, "decisions")));
  for (guint i = 0; i < sf_deck_get_n_slides (deck); i++)
    any |= sf_deck_get_shortened (deck, i);
  g_assert_true (any);
  g_assert_nonnull (strstr (text, "…"));
  /* The first decisions are shown, the rest cut off with "…". */
  g_assert_nonnull (strstr (text, "Een convenant"));
  g_assert_nonnull (strstr (text, "De gemeente financiert"));
}

/* The decisions slide with @n short lines of its own, laid out; whether it was shortened. */
static gboolean
lines_shortened (SfTestReport *f,
                 guint         n)
{
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(SfDeck) deck = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 1; i <= n; i++)
    g_string_append_printf (body, "Punt %02u.\n", i);
  g_assert_true (sf_project_set_slide_body (f->project, "decisions", body->str, &error));
  g_assert_no_error (error);
  deck = new_deck (f, FALSE);
  return sf_deck_get_shortened (deck, find (deck, "decisions"));
}

/* A list that fits a slide is shown whole, however long; one line more and the slide shows as
 * many as fit with "…" after them: all but the last two, as "…" takes a line too. */
static void
test_as_many_as_fit (SfTestReport  *f,
                     gconstpointer  data)
{
  g_autoptr(SfDeck) deck = NULL;
  g_autofree char *text = NULL;
  PopplerDocument *pdf;
  guint n = 1;

  while (!lines_shortened (f, n))
    n++;
  /* A 16:9 slide holds about ten lines of its body text under a title. */
  g_assert_cmpuint (n, >, 8);
  g_assert_cmpuint (n, <, 16);
  deck = new_deck (f, FALSE);
  text = deck_text (f, deck, FALSE);
  for (guint i = 1; i <= n; i++)
    {
      g_autofree char *line = g_strdup_printf ("Punt %02u.", i);

      if (i + 2 <= n)
        g_assert_nonnull (strstr (text, line));
      else
        g_assert_null (strstr (text, line));
    }
  g_assert_nonnull (strstr (text, "…"));
  pdf = sf_test_open_pdf (f->pdf_path);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, sf_deck_get_n_shown (deck));
  g_object_unref (pdf);
}

/* With names as roles, a person named in a decision or a note appears by their role. */
static void
test_names_as_roles (SfTestReport  *f,
                     gconstpointer  data)
{
  SfDecisionFields fields = { "", "Fatma Yılmaz regelt de sleutel van de ontmoetingsruimte",
                              NULL, NULL, SF_DECISION_PROPOSED };
  g_autoptr(GError) error = NULL;
  g_autofree char *id = sf_project_add_decision (f->project, &fields, &error);
  g_autoptr(SfDeck) named = NULL;
  g_autoptr(SfDeck) roles = NULL;
  g_autofree char *text = NULL;

  g_assert_true (sf_project_set_slide_notes (f->project, "decisions", "Fatma Yılmaz vertelt",
                                             &error));
  named = new_deck (f, FALSE);
  text = deck_text (f, named, TRUE);
  g_assert_nonnull (strstr (text, "Fatma Yılmaz regelt"));
  g_assert_nonnull (strstr (text, "Fatma Yılmaz vertelt"));
  g_clear_pointer (&text, g_free);
  roles = new_deck (f, TRUE);
  text = deck_text (f, roles, TRUE);
  g_assert_null (strstr (text, "Yılmaz"));
  g_assert_nonnull (strstr (text, "regelt de sleutel"));
}

/* The ask slide says the board meeting's question, unless the user wrote the slide's text;
 * without either, the method's question. */
static void
test_ask (SfTestReport  *f,
          gconstpointer  data)
{
  SfBoardMeetingFields meeting = { "2027-05-11", "Stadhuis",
                                   "Steunt u het plan en de drie besluiten?" };
  g_autoptr(GError) error = NULL;
  g_autoptr(SfDeck) deck = NULL;

  g_assert_true (sf_project_set_board_meeting (f->project, &meeting, &error));
  deck = new_deck (f, FALSE);
  /* The example's own words on the slide win. */
  g_assert_true (sf_deck_get_body_edited (deck, find (deck, "ask")));
  g_assert_cmpstr (sf_deck_get_generated_body (deck, find (deck, "ask")), ==,
                   "Steunt u het plan en de drie besluiten?");
  g_assert_true (sf_project_set_slide_body (f->project, "ask", NULL, &error));
  g_clear_pointer (&deck, sf_deck_free);
  deck = new_deck (f, FALSE);
  g_assert_cmpstr (sf_deck_get_body (deck, find (deck, "ask")), ==,
                   "Steunt u het plan en de drie besluiten?");
  meeting.question = "";
  g_assert_true (sf_project_set_board_meeting (f->project, &meeting, &error));
  g_clear_pointer (&deck, sf_deck_free);
  deck = new_deck (f, FALSE);
  g_assert_cmpstr (sf_deck_get_body (deck, find (deck, "ask")), !=, "");
  g_assert_cmpstr (sf_deck_get_body (deck, find (deck, "ask")), !=,
                   "Steunt u het plan en de drie besluiten?");
  sf_deck_set_ask (deck, "Een andere vraag");
  g_assert_cmpstr (sf_deck_get_body (deck, find (deck, "ask")), ==, "Een andere vraag");
}

/* Whether the pixel at @x, @y of @surface is white (what the slide's background is). */
static gboolean
white_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  guint32 pixel;

  cairo_surface_flush (surface);
  pixel = *(guint32 *) (cairo_image_surface_get_data (surface) +
                        y * cairo_image_surface_get_stride (surface) + x * 4);
  return (pixel & 0xffffff) == 0xffffff;
}

/* On the screen a slide is drawn as on the page, letterboxed in a space of another shape: a
 * white 16:9 slide with its title, and the bars beside it left as they were. */
static void
test_render_slide (SfTestReport  *f,
                   gconstpointer  data)
{
  g_autoptr(SfDeck) deck = new_deck (f, FALSE);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, 180);
  cairo_t *cr = cairo_create (surface);
  gboolean ink = FALSE;

  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_paint (cr);
  sf_deck_render_slide (deck, 0, cr, 400, 180);
  /* 180 high: a slide 320 wide, from x = 40 to 360. */
  g_assert_false (white_at (surface, 20, 90));
  g_assert_false (white_at (surface, 380, 90));
  g_assert_true (white_at (surface, 45, 170));
  /* The title is drawn in its upper part. */
  for (int x = 50; x < 350 && !ink; x++)
    for (int y = 20; y < 70 && !ink; y++)
      ink = !white_at (surface, x, y);
  g_assert_true (ink);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, SfTestReport, NULL, sf_test_report_set_up_example, func, \
              sf_test_report_tear_down)
  ADD ("/deck/example", test_example);
  ADD ("/deck/bound-to-data", test_bound_to_data);
  ADD ("/deck/user-text", test_user_text);
  ADD ("/deck/long-names", test_long_names);
  ADD ("/deck/as-many-as-fit", test_as_many_as_fit);
  ADD ("/deck/names-as-roles", test_names_as_roles);
  ADD ("/deck/render-slide", test_render_slide);
  ADD ("/deck/ask", test_ask);
  return g_test_run ();
}
