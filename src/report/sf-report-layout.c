/* sf-report-layout.c: a report's blocks broken into pages of boxes, and drawn on any cairo_t
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One pass down the blocks with a cursor. Rules of good typesetting kept here:
 *  - a chapter starts a page; a heading is never the last thing on a page (it moves along
 *    with the first lines or row of what follows);
 *  - a paragraph breaks between lines with at least two lines on each side (no widows or
 *    orphans); a table breaks between rows, with at least two rows on each side (one of
 *    three rows or fewer does not break), and repeats its header row;
 *  - a note (a caption) under a table, chart, tiles or list goes along with its last part,
 *    never alone to the top of a page; a short lead-in (a line or two, such as a bold title)
 *    goes along with the first part of the table, tiles, list or chart it introduces;
 *  - space between blocks is the larger of the two blocks' wishes, and none at a page's top;
 *  - a chapter's last page holds more than a little: else it takes the last blocks of the
 *    page before along (see balance_tails; the pages are laid out again).
 * Every box is recorded, so tests can check that nothing leaves the margins.
 *
 * This file holds the layout and its passes; the cursor that places the blocks is in
 * sf-report-flow.c, with the blocks' own files beside it (sf-report-flow.h).
 */
#include "config.h"

#include <string.h>

#include "sf-report-flow.h"
#include "sf-report-layout-private.h"

#define MAX_PASSES      4   /* of mending chapters' last pages */

void
sf_report_page_setup_a4 (SfReportPageSetup *setup)
{
  *setup = (SfReportPageSetup) {
    .width = 595.276, .height = 841.89,
    .margin_top = 78, .margin_bottom = 72, .margin_left = 72, .margin_right = 72,
  };
}

void
sf_report_page_setup_slide (SfReportPageSetup *setup)
{
  *setup = (SfReportPageSetup) {
    .width = 453.54, .height = 255.12,
    .margin_top = 20, .margin_bottom = 20, .margin_left = 30, .margin_right = 30,
    .slides = TRUE,
  };
}

static void
unref_layout (gpointer layout)
{
  if (layout)
    g_object_unref (layout);
}

/* One pass down the blocks, from a blank first page; a page starts before every block
 * marked in @forced. */
static void
flow_blocks (SfReportLayout *self,
             SfFlow         *f,
             const guint8   *forced,
             GArray         *entries,
             guint          *first_heading)
{
  SfReportDocument *doc = self->doc;
  const SfReportPageSetup *setup = &self->setup;
  guint n_blocks = sf_report_document_get_n_blocks (doc);

  g_array_set_size (self->boxes, 0);
  g_array_set_size (self->headings, 0);
  g_array_set_size (self->covers, 0);
  g_ptr_array_set_size (self->strings, 0);
  if (self->kept)
    g_ptr_array_set_size (self->kept, 0);
  g_array_set_size (entries, 0);
  *first_heading = 0;

  *f = (SfFlow) { self };
  f->top = setup->margin_top;
  f->bottom = setup->height - setup->margin_bottom;
  f->left = setup->margin_left;
  f->width = setup->width - setup->margin_left - setup->margin_right;
  f->y = f->top;
  f->page_empty = TRUE;
  f->previous = SF_REPORT_BLOCK_PAGE_BREAK;
  sf_flow_mark_page (f, FALSE);

  for (guint i = 0; i < n_blocks; i++)
    {
      const SfReportBlock *block = sf_report_document_get_block (doc, i);

      if (forced[i])
        f->break_pending = TRUE;
      switch (block->kind)
        {
        case SF_REPORT_BLOCK_COVER:
          sf_flow_place_cover (f, i, block);
          break;
        case SF_REPORT_BLOCK_CONTENTS:
          g_array_set_size (entries, 0);
          *first_heading = self->headings->len;
          sf_flow_place_contents (f, i, block, entries);
          break;
        case SF_REPORT_BLOCK_CHAPTER:
        case SF_REPORT_BLOCK_SECTION:
          sf_flow_place_heading (f, i, block);
          break;
        case SF_REPORT_BLOCK_PARAGRAPH:
          sf_flow_place_paragraph (f, i, block);
          break;
        case SF_REPORT_BLOCK_CAPTION:
          sf_flow_place_caption (f, i, block);
          break;
        case SF_REPORT_BLOCK_BULLETS:
          sf_flow_place_bullets (f, i, block);
          break;
        case SF_REPORT_BLOCK_TABLE:
          sf_flow_place_table (f, i, block);
          break;
        case SF_REPORT_BLOCK_CHART:
          sf_flow_place_chart (f, i, block);
          break;
        case SF_REPORT_BLOCK_TILES:
          sf_flow_place_tiles (f, i, block);
          break;
        case SF_REPORT_BLOCK_PAGE_BREAK:
          f->break_pending = TRUE;
          break;
        default:
          g_assert_not_reached ();
        }
    }
  self->n_pages = f->page + 1;
}

/* A chapter, or the part of one after a page break, starts a page. */
static gboolean
starts_page (const SfReportBlock *block)
{
  return block->kind == SF_REPORT_BLOCK_CHAPTER || block->kind == SF_REPORT_BLOCK_PAGE_BREAK ||
         block->kind == SF_REPORT_BLOCK_COVER || block->kind == SF_REPORT_BLOCK_CONTENTS;
}

/* After a pass: a chapter whose last page would hold only a little (a heading and a short
 * table, say) takes the last blocks of the page before along, with what they keep with, when
 * that page stays at least half full and the two parts fit on one page. Marks where a page
 * must start in @forced; FALSE when there is nothing to mend. */
static gboolean
balance_tails (SfReportLayout *self,
               SfFlow         *f,
               guint8         *forced)
{
  guint n_blocks = sf_report_document_get_n_blocks (self->doc);
  double body = f->bottom - f->top;
  g_autofree guint *first_page = g_new (guint, n_blocks);
  g_autofree guint *last_page = g_new0 (guint, n_blocks);
  g_autofree double *first_y = g_new0 (double, n_blocks);
  g_autofree double *page_bottom = g_new0 (double, self->n_pages);
  gboolean changed = FALSE;

  for (guint i = 0; i < n_blocks; i++)
    first_page[i] = G_MAXUINT;
  for (guint i = 0; i < self->boxes->len; i++)
    {
      SfReportBox *box = &g_array_index (self->boxes, SfReportBox, i);

      if (box->role == SF_REPORT_ROLE_RUNNING)
        continue;
      if (first_page[box->block] == G_MAXUINT)
        {
          first_page[box->block] = box->page;
          first_y[box->block] = box->y;
        }
      last_page[box->block] = MAX (last_page[box->block], box->page);
      page_bottom[box->page] = MAX (page_bottom[box->page], box->y + box->height);
    }

  for (guint start = 0, end; start < n_blocks; start = end)
    {
      const SfReportBlock *opener = sf_report_document_get_block (self->doc, start);
      guint first = G_MAXUINT, last = 0, b = 0;

      for (end = start + 1;
           end < n_blocks && !starts_page (sf_report_document_get_block (self->doc, end));
           end++)
        ;
      if (opener->kind == SF_REPORT_BLOCK_COVER || opener->kind == SF_REPORT_BLOCK_CONTENTS)
        continue;
      for (guint i = start; i < end; i++)
        if (first_page[i] != G_MAXUINT)
          {
            first = MIN (first, first_page[i]);
            last = MAX (last, last_page[i]);
          }
      if (first == G_MAXUINT || last == first || page_bottom[last] - f->top >= body / 4)
        continue;
      /* The last block to start on the page before, and what it goes along with. */
      for (guint i = end - 1; i > start && b == 0; i--)
        if (first_page[i] == last - 1)
          b = i;
      while (b > start + 1 && first_page[b - 1] == last - 1 &&
             (sf_report_document_get_block (self->doc, b)->kind == SF_REPORT_BLOCK_CAPTION ||
              sf_report_document_get_block (self->doc, b - 1)->kind == SF_REPORT_BLOCK_SECTION ||
              sf_flow_is_lead_in (f, b - 1)))
        b--;
      if (b <= start + 1 || forced[b] || first_y[b] - f->top < body / 2 ||
          page_bottom[last - 1] - first_y[b] + page_bottom[last] - f->top + 24 > body)
        continue;
      /* Instead of a break made for this before, further down. */
      memset (forced + b + 1, 0, end - b - 1);
      forced[b] = TRUE;
      changed = TRUE;
    }
  return changed;
}

struct _SfReportMeasures
{
  GHashTable *measured;
  char       *language;
};

SfReportMeasures *
sf_report_measures_new (void)
{
  SfReportMeasures *measures = g_new0 (SfReportMeasures, 1);

  measures->measured = sf_flow_new_measure_cache ();
  return measures;
}

void
sf_report_measures_free (SfReportMeasures *measures)
{
  if (measures == NULL)
    return;
  g_hash_table_unref (measures->measured);
  g_free (measures->language);
  g_free (measures);
}

static SfReportLayout *
layout_new (SfReportDocument        *doc,
            const SfReportPageSetup *setup,
            gboolean                 keep,
            SfReportMeasures        *measures)
{
  SfReportLayout *self = g_new0 (SfReportLayout, 1);
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree guint8 *forced = g_new0 (guint8, sf_report_document_get_n_blocks (doc) + 1);
  guint first_heading = 0;
  SfFlow f = { self };

  self->doc = doc;
  self->setup = *setup;
  self->context = sf_report_context_new (sf_report_document_get_language (doc));
  self->boxes = g_array_new (FALSE, TRUE, sizeof (SfReportBox));
  self->headings = g_array_new (FALSE, TRUE, sizeof (SfReportHeading));
  self->covers = g_array_new (FALSE, TRUE, sizeof (gboolean));
  self->strings = g_ptr_array_new_with_free_func (g_free);
  if (keep)
    self->kept = g_ptr_array_new_with_free_func (unref_layout);
  self->thread = g_thread_self ();
  if (measures != NULL)
    {
      /* A text is measured with its language's hyphenation and fonts. */
      const char *language = sf_report_document_get_language (doc);

      if (measures->language == NULL)
        measures->language = g_strdup (language);
      g_return_val_if_fail (g_strcmp0 (measures->language, language) == 0, NULL);
      self->measured = g_hash_table_ref (measures->measured);
    }
  else
    self->measured = sf_flow_new_measure_cache ();

  /* Texts are measured once for all passes; a pass mostly looks them up. */
  flow_blocks (self, &f, forced, entries, &first_heading);
  for (guint pass = 0; pass < MAX_PASSES && balance_tails (self, &f, forced); pass++)
    flow_blocks (self, &f, forced, entries, &first_heading);
  sf_flow_fill_contents (self, entries, first_heading);
  sf_flow_add_running (&f);
  g_clear_pointer (&self->measured, g_hash_table_unref);
  return self;
}

SfReportLayout *
sf_report_layout_new (SfReportDocument        *doc,
                      const SfReportPageSetup *setup)
{
  return layout_new (doc, setup, FALSE, NULL);
}

SfReportLayout *
sf_report_layout_new_for_export (SfReportDocument        *doc,
                                 const SfReportPageSetup *setup)
{
  return layout_new (doc, setup, TRUE, NULL);
}

SfReportLayout *
sf_report_layout_new_for_export_measured (SfReportDocument        *doc,
                                          const SfReportPageSetup *setup,
                                          SfReportMeasures        *measures)
{
  g_return_val_if_fail (measures != NULL, NULL);

  return layout_new (doc, setup, TRUE, measures);
}

PangoLayout *
sf_report_layout_take_text (SfReportLayout *self,
                            guint           box,
                            cairo_t        *cr)
{
  cairo_surface_type_t type;

  if (self->kept == NULL || self->thread != g_thread_self ())
    return NULL;
  /* Vector output only: its glyphs are outlines placed where pango put them, whatever the
   * context's font options; on screen the drawing context's options and scale apply. */
  type = cairo_surface_get_type (cairo_get_target (cr));
  if (type != CAIRO_SURFACE_TYPE_PDF && type != CAIRO_SURFACE_TYPE_PS &&
      type != CAIRO_SURFACE_TYPE_SVG)
    return NULL;
  return g_steal_pointer (&g_ptr_array_index (self->kept, box));
}

void
sf_report_layout_free (SfReportLayout *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->context);
  g_array_unref (self->boxes);
  g_array_unref (self->headings);
  g_array_unref (self->covers);
  g_ptr_array_unref (self->strings);
  if (self->kept)
    g_ptr_array_unref (self->kept);
  g_free (self);
}

SfReportDocument *
sf_report_layout_get_document (SfReportLayout *self)
{
  return self->doc;
}

const SfReportPageSetup *
sf_report_layout_get_setup (SfReportLayout *self)
{
  return &self->setup;
}

guint
sf_report_layout_get_n_pages (SfReportLayout *self)
{
  return self->n_pages;
}

const SfReportBox *
sf_report_layout_get_boxes (SfReportLayout *self,
                            guint          *n_boxes)
{
  *n_boxes = self->boxes->len;
  return (const SfReportBox *) self->boxes->data;
}

const SfReportHeading *
sf_report_layout_get_headings (SfReportLayout *self,
                               guint          *n_headings)
{
  *n_headings = self->headings->len;
  return (const SfReportHeading *) self->headings->data;
}
