/* test-slides.c: step 5's deck as the user changed it, in the store: hidden slides, titles
 * and texts that win until reset, speaker notes, the order, and slides of the user's own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-project-slides.h"
#include "sf-search.h"
#include "sf-store-error.h"
#include "sf-test-store.h"

typedef SfTestDir Fixture;

static const char * const deck[] = { "title", "why", "how", "themes", "figures:f1", "closing",
                                     NULL };

/* The refs of the rows with a place, in their order, joined by spaces. */
static char *
placed_refs (SfProject *project)
{
  GListModel *slides = sf_project_get_slides (project);
  g_autoptr(GString) text = g_string_new ("");

  for (guint i = 0; i < g_list_model_get_n_items (slides); i++)
    {
      SfSlide *slide = sf_test_item (slides, i);

      if (sf_slide_get_position (slide) < 0)
        continue;
      g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "",
                              sf_slide_get_key (slide) != NULL ? sf_slide_get_key (slide)
                                                               : "own");
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A generated slide's title and text win over the generated ones until reset; each change is
 * one undoable action with its label; hiding makes a row that undo takes away again. */
static void
test_overrides (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  GListModel *slides = sf_project_get_slides (project);
  g_autoptr(GError) error = NULL;
  SfSlide *slide;

  g_assert_null (sf_project_find_slide (project, "why"));
  g_assert_true (sf_project_set_slide_hidden (project, "how", TRUE, NULL));
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Hide slide");
  g_assert_true (sf_slide_get_hidden (sf_project_find_slide (project, "how")));
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_cmpuint (sf_test_n_items (slides), ==, 0);

  g_assert_true (sf_project_set_slide_title (project, "why", "  Waarom een Welthuisflat? ", NULL));
  g_assert_true (sf_project_set_slide_body (project, "why", "Samen\nwonen", NULL));
  g_assert_true (sf_project_set_slide_notes (project, "why", "Kort houden", NULL));
  g_assert_cmpuint (sf_test_n_items (slides), ==, 1);
  slide = sf_project_find_slide (project, "why");
  g_assert_cmpstr (sf_slide_get_title (slide), ==, "Waarom een Welthuisflat?");
  g_assert_cmpstr (sf_slide_get_body (slide), ==, "Samen\nwonen");
  g_assert_cmpstr (sf_slide_get_notes (slide), ==, "Kort houden");
  g_assert_cmpint (sf_slide_get_position (slide), ==, -1);
  g_assert_false (sf_slide_get_hidden (slide));

  /* Reset: NULL (or a blank title) is the generated text again. */
  g_assert_true (sf_project_set_slide_title (project, "why", " ", NULL));
  g_assert_true (sf_project_set_slide_body (project, "why", NULL, NULL));
  slide = sf_project_find_slide (project, "why");
  g_assert_null (sf_slide_get_title (slide));
  g_assert_null (sf_slide_get_body (slide));
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Edit slide text");
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_cmpstr (sf_slide_get_body (sf_project_find_slide (project, "why")), ==,
                   "Samen\nwonen");

  /* Only the deck's slides have keys: an unknown one, or an own slide that is not there, is
   * refused. */
  g_assert_false (sf_project_set_slide_title (project, "nonsense", "X", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (sf_project_set_slide_hidden (project, "figures:", TRUE, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_assert_cmpuint (sf_test_n_items (slides), ==, 1);
}

/* A move keeps every slide where the user saw it; an own slide goes where it is added, needs a
 * title, is searched, and is removed (and back with undo); a generated one cannot be removed. */
static void
test_order_and_own (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autofree char *order1 = NULL;
  g_autofree char *order2 = NULL;
  g_autofree char *id = NULL;
  const char *with_own[G_N_ELEMENTS (deck) + 1];

  g_assert_true (sf_project_move_slide (project, deck, 4, 1, NULL));
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Move slide");
  order1 = placed_refs (project);
  g_assert_cmpstr (order1, ==, "title figures:f1 why how themes closing");

  g_assert_null (sf_project_add_own_slide (project, deck, 2, "  ", NULL, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  id = sf_project_add_own_slide (project, deck, 2, "Wat de bewoners zeiden",
                                 "Eigen tekst over de zilverreiger", &error);
  g_assert_no_error (error);
  order2 = placed_refs (project);
  g_assert_cmpstr (order2, ==, "title why own how themes figures:f1 closing");
  g_assert_cmpstr (sf_slide_get_ref (sf_project_find_slide (project, id)), ==, id);
  g_assert_cmpstr (sf_slide_get_title (sf_project_find_slide (project, id)), ==,
                   "Wat de bewoners zeiden");

  /* An own slide keeps a title. */
  g_assert_false (sf_project_set_slide_title (project, id, NULL, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (sf_project_set_slide_notes (project, "closing", "Bedank de reigers", NULL));
  hits = sf_search_find (project, "zilverreiger", 10, NULL);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpstr (((SfSearchHit *) g_ptr_array_index (hits, 0))->kind, ==, "slide");
  g_assert_cmpuint (((SfSearchHit *) g_ptr_array_index (hits, 0))->step, ==, 5);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = sf_search_find (project, "bedank", 10, NULL);
  g_assert_cmpuint (hits->len, ==, 1);

  for (guint i = 0, j = 0; i < G_N_ELEMENTS (with_own); i++)
    with_own[i] = i == 2 ? id : deck[j++];
  g_assert_true (sf_project_move_slide (project, with_own, 2, 0, NULL));
  g_clear_pointer (&order2, g_free);
  order2 = placed_refs (project);
  g_assert_cmpstr (order2, ==, "own title why how themes figures:f1 closing");

  g_assert_false (sf_project_remove_own_slide (project, "title", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_assert_true (sf_project_remove_own_slide (project, id, NULL));
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Remove slide");
  g_assert_null (sf_project_find_slide (project, id));
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_nonnull (sf_project_find_slide (project, id));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  SF_TEST_DIR_ADD ("/slides/overrides", test_overrides);
  SF_TEST_DIR_ADD ("/slides/order-and-own", test_order_and_own);
  return g_test_run ();
}
