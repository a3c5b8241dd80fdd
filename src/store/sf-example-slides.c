/* sf-example-slides.c: the example's step 5 deck as a project leader would have prepared it:
 * speaker notes, the question to the boards in their own words, a slide of their own, the
 * second flat's figures left out until they are complete, and the deck marked ready
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-example-private.h"
#include "sf-project-board.h"
#include "sf-project-slides.h"

#define OWN_TITLE "Een bewoner aan het woord"
#define OWN_BODY  "“Ik woon hier al dertig jaar. Ik wil hier oud worden, niet in een tehuis.”\n" \
                  "Uit het interview met de bewonerscommissie"
#define ASK       "Wij vragen u om steun voor het plan van aanpak en de drie voorgenomen " \
                  "besluiten, en om per organisatie één vast aanspreekpunt."

static const struct {
  const char *ref;
  const char *notes;
} notes[] = {
  { "title", "Welkom heten; de bestuurders stellen zich kort voor." },
  { "why", "Begin bij de bewoners: wat het voor hen betekent, niet bij de stenen." },
  { "decisions", "Fatma Yılmaz licht het eerste besluit toe; per besluit: wat het vraagt van "
                  "elke partner." },
  { "ask", "Vraag elke bestuurder om een antwoord; noteer de voorwaarden." },
};

gboolean
sf_example_write_slides (SfProject  *project,
                         GError    **error)
{
  static const char * const head[] = { "title", "why", "how", "themes" };
  static const char * const tail[] = {
    "preconditions", "mbc", "plan", "decisions", "ask", "closing",
  };
  GListModel *flats = sf_project_get_flats (project);
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *own = NULL;
  g_autofree char *second = NULL;

  /* The deck's generated order (sf-deck-content.c), with a figures slide per flat. */
  for (guint i = 0; i < G_N_ELEMENTS (head); i++)
    g_ptr_array_add (order, g_strdup (head[i]));
  for (guint i = 0; i < g_list_model_get_n_items (flats); i++)
    {
      g_autoptr(SfRecord) flat = g_list_model_get_item (flats, i);

      g_ptr_array_add (order, g_strconcat ("figures:", sf_record_get_id (flat), NULL));
    }
  for (guint i = 0; i < G_N_ELEMENTS (tail); i++)
    g_ptr_array_add (order, g_strdup (tail[i]));
  g_ptr_array_add (order, NULL);
  second = g_strdup (g_ptr_array_index (order, G_N_ELEMENTS (head) + 1));

  /* After what the partners said, before the figures. */
  own = sf_project_add_own_slide (project, (const char * const *) order->pdata,
                                  G_N_ELEMENTS (head), OWN_TITLE, OWN_BODY, error);
  if (own == NULL ||
      !sf_project_set_slide_notes (project, own, "Laat de stilte even staan.", error) ||
      !sf_project_set_slide_body (project, "ask", ASK, error) ||
      !sf_project_set_slide_hidden (project, second, TRUE, error) ||
      !sf_project_set_slide_notes (project, second, "Verborgen tot de cijfers compleet zijn.",
                                   error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    if (!sf_project_set_slide_notes (project, notes[i].ref, notes[i].notes, error))
      return FALSE;
  return sf_project_set_deck_ready (project, TRUE, error);
}

void
sf_example_slides_stamp (GChecksum *sum)
{
  sf_example_stamp_add (sum, "slides 2"); /* 2: the deck marked ready */
  sf_example_stamp_add (sum, OWN_TITLE OWN_BODY ASK);
  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      sf_example_stamp_add (sum, notes[i].ref);
      sf_example_stamp_add (sum, notes[i].notes);
    }
}
