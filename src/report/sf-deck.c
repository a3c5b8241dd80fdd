/* sf-deck.c: step 5's deck: the generated slides merged with the user's changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The user's places are kept as the store has them; a generated slide without one (a flat
 * added after the deck was ordered) goes right after the slide that precedes it in the
 * generated order, so it shows up where it belongs. A row of a slide the project no longer
 * makes (a removed flat's figures) is left alone: it comes back with the flat.
 */
#include "config.h"

#include "sf-deck-private.h"
#include "sf-project-slides.h"

SfDeckSlide *
sf_deck_slide_new (const char *ref,
                   const char *title,
                   const char *body)
{
  SfDeckSlide *slide = g_new0 (SfDeckSlide, 1);

  slide->ref = g_strdup (ref);
  slide->generated_title = g_strdup (title != NULL ? title : "");
  slide->generated_body = g_strdup (body != NULL ? body : "");
  slide->notes = g_strdup ("");
  slide->position = -1;
  return slide;
}

void
sf_deck_slide_free (SfDeckSlide *slide)
{
  g_free (slide->ref);
  g_free (slide->generated_title);
  g_free (slide->generated_body);
  g_free (slide->title);
  g_free (slide->body);
  g_free (slide->notes);
  g_free (slide->flat_id);
  g_free (slide);
}

/* Takes the user's changes from @row (text through "names as roles"). */
static void
apply_row (SfDeck      *self,
           SfDeckSlide *slide,
           SfSlide     *row)
{
  const char *title = sf_slide_get_title (row);
  const char *body = sf_slide_get_body (row);

  slide->hidden = sf_slide_get_hidden (row);
  slide->position = sf_slide_get_position (row);
  g_free (slide->notes);
  slide->notes = g_strdup (sf_report_context_text (&self->ctx, sf_slide_get_notes (row)));
  if (title != NULL)
    slide->title = g_strdup (sf_report_context_text (&self->ctx, title));
  if (body != NULL)
    slide->body = g_strdup (sf_report_context_text (&self->ctx, body));
}

static int
by_position (gconstpointer a,
             gconstpointer b)
{
  const SfDeckSlide *x = *(SfDeckSlide * const *) a;
  const SfDeckSlide *y = *(SfDeckSlide * const *) b;

  return (x->position > y->position) - (x->position < y->position);
}

/* @generated in the order the user gave, with the user's own slides among them. */
static GPtrArray *
merge (SfDeck    *self,
       GPtrArray *generated)
{
  GListModel *rows = sf_project_get_slides (self->project);
  g_autoptr(GHashTable) by_ref = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *order = g_ptr_array_new_with_free_func ((GDestroyNotify) sf_deck_slide_free);
  SfDeckSlide *previous = NULL;

  for (guint i = 0; i < generated->len; i++)
    {
      SfDeckSlide *slide = g_ptr_array_index (generated, i);

      g_hash_table_insert (by_ref, slide->ref, slide);
    }
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(SfSlide) row = g_list_model_get_item (rows, i);
      SfDeckSlide *slide;

      if (sf_slide_get_key (row) == NULL)
        {
          slide = sf_deck_slide_new (sf_slide_get_ref (row), NULL, NULL);
          slide->own = TRUE;
          g_ptr_array_add (order, slide);
        }
      else if ((slide = g_hash_table_lookup (by_ref, sf_slide_get_key (row))) == NULL)
        continue;
      apply_row (self, slide, row);
    }
  /* Own slides always have a place; the generated ones with one join them. */
  for (guint i = 0; i < generated->len; i++)
    {
      SfDeckSlide *slide = g_ptr_array_index (generated, i);

      if (slide->position >= 0)
        g_ptr_array_add (order, slide);
    }
  g_ptr_array_sort (order, by_position);
  for (guint i = 0; i < generated->len; i++)
    {
      SfDeckSlide *slide = g_ptr_array_index (generated, i);
      guint at = 0;

      if (slide->position < 0)
        {
          if (previous != NULL && g_ptr_array_find (order, previous, &at))
            at++;
          g_ptr_array_insert (order, (int) at, slide);
        }
      previous = slide;
    }
  return order;
}

SfDeck *
sf_deck_new (SfProject            *project,
             const SfDeckOptions  *options,
             GError              **error)
{
  SfDeck *self;
  g_autoptr(GPtrArray) generated = g_ptr_array_new ();
  gboolean reading;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  self = g_new0 (SfDeck, 1);
  self->project = g_object_ref (project);
  sf_report_options_init_default (&self->options);
  if (options != NULL)
    {
      self->options.names_as_roles = options->names_as_roles;
      self->options.resident_names = options->resident_names;
    }
  /* Made from hundreds of small reads: one read transaction for all of them. */
  reading = sf_project_begin_read (project);
  sf_report_context_init (&self->ctx, project, &self->options, NULL);
  sf_deck_add_generated (self, generated);
  self->slides = merge (self, generated);
  if (reading)
    sf_project_end_read (project);
  /* The own slides' text is their own, as the generated one is the others'. */
  for (guint i = 0; i < self->slides->len; i++)
    {
      SfDeckSlide *slide = g_ptr_array_index (self->slides, i);

      if (!slide->own)
        continue;
      g_free (slide->generated_title);
      slide->generated_title = g_steal_pointer (&slide->title);
      g_free (slide->generated_body);
      slide->generated_body = slide->body != NULL ? g_steal_pointer (&slide->body) : g_strdup ("");
    }
  self->shown = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < self->slides->len; i++)
    if (!((SfDeckSlide *) g_ptr_array_index (self->slides, i))->hidden)
      g_array_append_val (self->shown, i);
  return self;
}

void
sf_deck_free (SfDeck *self)
{
  if (self == NULL)
    return;
  sf_deck_clear_layout (self);
  g_ptr_array_unref (self->slides);
  g_array_unref (self->shown);
  sf_report_context_clear (&self->ctx);
  g_object_unref (self->project);
  g_free (self);
}

static SfDeckSlide *
get (SfDeck *self,
     guint   index)
{
  g_return_val_if_fail (self != NULL && index < self->slides->len, NULL);
  return g_ptr_array_index (self->slides, index);
}

void
sf_deck_set_ask (SfDeck     *self,
                 const char *ask)
{
  for (guint i = 0; i < self->slides->len; i++)
    {
      SfDeckSlide *slide = get (self, i);

      if (!slide->own && g_str_equal (slide->ref, "ask"))
        {
          g_free (slide->generated_body);
          slide->generated_body = g_strdup (ask != NULL && *ask != '\0'
                                            ? sf_report_context_text (&self->ctx, ask)
                                            : sf_deck_default_ask ());
        }
    }
  sf_deck_clear_layout (self);
}

guint
sf_deck_get_n_slides (SfDeck *self)
{
  return self->slides->len;
}

GStrv
sf_deck_get_refs (SfDeck *self)
{
  GStrv refs = g_new0 (char *, self->slides->len + 1);

  for (guint i = 0; i < self->slides->len; i++)
    refs[i] = g_strdup (get (self, i)->ref);
  return refs;
}

const char *
sf_deck_get_ref (SfDeck *self,
                 guint   index)
{
  return get (self, index)->ref;
}

const char *
sf_deck_get_title (SfDeck *self,
                   guint   index)
{
  SfDeckSlide *slide = get (self, index);

  return slide->title != NULL ? slide->title : slide->generated_title;
}

const char *
sf_deck_get_body (SfDeck *self,
                  guint   index)
{
  SfDeckSlide *slide = get (self, index);

  return slide->body != NULL ? slide->body : slide->generated_body;
}

const char *
sf_deck_get_generated_title (SfDeck *self,
                             guint   index)
{
  return get (self, index)->generated_title;
}

const char *
sf_deck_get_generated_body (SfDeck *self,
                            guint   index)
{
  return get (self, index)->generated_body;
}

const char *
sf_deck_get_notes (SfDeck *self,
                   guint   index)
{
  return get (self, index)->notes;
}

gboolean
sf_deck_get_hidden (SfDeck *self,
                    guint   index)
{
  return get (self, index)->hidden;
}

gboolean
sf_deck_get_own (SfDeck *self,
                 guint   index)
{
  return get (self, index)->own;
}

gboolean
sf_deck_get_title_edited (SfDeck *self,
                          guint   index)
{
  return get (self, index)->title != NULL;
}

gboolean
sf_deck_get_body_edited (SfDeck *self,
                         guint   index)
{
  return get (self, index)->body != NULL;
}

gboolean
sf_deck_get_shortened (SfDeck *self,
                       guint   index)
{
  sf_deck_ensure_layout (self);
  return get (self, index)->shortened;
}

guint
sf_deck_get_n_shown (SfDeck *self)
{
  return self->shown->len;
}

guint
sf_deck_shown_to_index (SfDeck *self,
                        guint   page)
{
  g_return_val_if_fail (page < self->shown->len, 0);
  return g_array_index (self->shown, guint, page);
}
