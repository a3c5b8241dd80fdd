/* sf-report-flow-figures.c: charts and key-figure tiles on the pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-report-flow.h"

#define TILE_GAP        10.0
#define TILE_PAD        10.0
#define TILES_PER_ROW   4
#define TILE_LABEL_LINES 3

/* A chart taller than @room is drawn smaller; a timeline folds its lanes to fit instead. */
static double
chart_scale (const SfFlow        *f,
             const SfReportBlock *block,
             double               room,
             double              *height)
{
  double h = block->timeline ? sf_timeline_get_height (block->timeline, f->width)
                             : sf_chart_get_height (block->chart, f->width);

  *height = MIN (h, room);
  return h > room && block->timeline == NULL ? room / h : 1.0;
}

double
sf_flow_chart_keep_height (SfFlow              *f,
                           guint                index,
                           const SfReportBlock *block)
{
  double room = f->bottom - f->top, height;

  chart_scale (f, block, room, &height);
  /* On a slide it makes do with a third of the page (sf_flow_place_chart ()). */
  if (sf_report_document_get_fit_charts (f->self->doc))
    height = MIN (height, room / 3);
  return 8 + height + sf_flow_note_height (f, index, SF_FLOW_NOTE_SPACE);
}

void
sf_flow_place_chart (SfFlow              *f,
                     guint                index,
                     const SfReportBlock *block)
{
  double note = sf_flow_note_height (f, index, SF_FLOW_NOTE_SPACE);
  double room = f->bottom - f->top, height, scale;
  SfReportBox *box;

  sf_flow_start_block (f, block->kind, 8, 14);
  /* On a slide: into the room left under its title and text, when that is not too little. */
  if (sf_report_document_get_fit_charts (f->self->doc) && !f->page_empty &&
      f->bottom - f->y - note >= room / 3)
    room = f->bottom - f->y - note;
  scale = chart_scale (f, block, room, &height);
  if (!f->page_empty && f->y + height + note > f->bottom)
    sf_flow_new_page (f);
  box = sf_flow_add_box (f, SF_REPORT_BOX_CHART, SF_REPORT_ROLE_BODY, index, f->left, f->y,
                         f->width * scale, height);
  box->chart = block->chart;
  box->timeline = block->timeline;
  box->scale = scale;
  f->y += height;
  f->page_empty = FALSE;
}

static double
tile_width (SfFlow *f,
            guint   per_row)
{
  return (f->width - (per_row - 1) * TILE_GAP) / per_row;
}

/* A tile's figure as markup: "≈" and italics for an estimate. */
static char *
tile_value_markup (SfReportTile *tile)
{
  return tile->estimate ? sf_report_estimate_markup (tile->value)
                        : g_markup_escape_text (tile->value, -1);
}

/* Whether a figure of @tiles is cut at @width. */
static gboolean
figure_cut (SfFlow        *f,
            SfReportTiles *tiles,
            double         width)
{
  for (guint i = 0; i < tiles->tiles->len; i++)
    {
      g_autofree char *markup = tile_value_markup (g_ptr_array_index (tiles->tiles, i));

      if (sf_flow_text_cut (f, SF_REPORT_STYLE_FIGURE, markup, TRUE, width, 1))
        return TRUE;
    }
  return FALSE;
}

/* Tiles to a row: four, or fewer when a figure would be cut at that width (a result in euros
 * on a slide): the figure is what a tile is read for. */
static guint
tiles_per_row (SfFlow        *f,
               SfReportTiles *tiles)
{
  guint per_row = CLAMP (tiles->tiles->len, 1, TILES_PER_ROW);

  while (per_row > 1 && figure_cut (f, tiles, tile_width (f, per_row) - 2 * TILE_PAD))
    per_row--;
  return per_row;
}

static double
tile_row_height (SfFlow        *f,
                 SfReportTiles *tiles,
                 guint          per_row,
                 guint          first)
{
  double w = tile_width (f, per_row) - 2 * TILE_PAD, value = 0, label = 0;

  for (guint i = first; i < MIN (first + per_row, tiles->tiles->len); i++)
    {
      SfReportTile *tile = g_ptr_array_index (tiles->tiles, i);
      g_autofree char *markup = tile_value_markup (tile);

      value = MAX (value, sf_flow_text_height_limited (f, SF_REPORT_STYLE_FIGURE, markup, TRUE, w,
                                                       1));
      label = MAX (label, sf_flow_text_height_limited (f, SF_REPORT_STYLE_CAPTION, tile->label,
                                                       FALSE, w, TILE_LABEL_LINES));
    }
  return TILE_PAD + value + 3 + label + TILE_PAD;
}

guint
sf_report_layout_most_tiles (double height)
{
  double row = TILE_PAD + sf_report_style_size (SF_REPORT_STYLE_FIGURE) + 3 +
               sf_report_style_size (SF_REPORT_STYLE_CAPTION) + TILE_PAD;

  return (guint) MAX ((height + TILE_GAP) / (row + TILE_GAP), 1) * TILES_PER_ROW;
}

/* The first row of tiles, and the note under them when that is all of them. */
double
sf_flow_tiles_keep_height (SfFlow              *f,
                           guint                index,
                           const SfReportBlock *block)
{
  guint per_row;

  if (block->tiles->tiles->len == 0)
    return 0;
  per_row = tiles_per_row (f, block->tiles);
  return 6 + tile_row_height (f, block->tiles, per_row, 0) +
         (block->tiles->tiles->len <= per_row
            ? sf_flow_note_height (f, index, SF_FLOW_NOTE_SPACE) : 0);
}

void
sf_flow_place_tiles (SfFlow              *f,
                     guint                index,
                     const SfReportBlock *block)
{
  GPtrArray *tiles = block->tiles->tiles;
  guint per_row = tiles_per_row (f, block->tiles);
  double width = tile_width (f, per_row);

  sf_flow_start_block (f, block->kind, 6, 16);
  for (guint first = 0; first < tiles->len; first += per_row)
    {
      double height = tile_row_height (f, block->tiles, per_row, first);

      if (first > 0)
        f->y += TILE_GAP;
      /* The last row: with its note. */
      if (first + per_row >= tiles->len)
        height += sf_flow_note_height (f, index, SF_FLOW_NOTE_SPACE);
      if (!f->page_empty && f->y + height > f->bottom)
        sf_flow_new_page (f);
      for (guint i = first; i < MIN (first + per_row, tiles->len); i++)
        {
          SfReportTile *tile = g_ptr_array_index (tiles, i);
          double x = f->left + (i - first) * (width + TILE_GAP), inner = width - 2 * TILE_PAD;
          const char *value = sf_flow_keep_string (f->self, tile_value_markup (tile));
          PangoLayout *value_kept = NULL, *label_kept = NULL;
          double value_height = sf_flow_text_height_full (f, SF_REPORT_STYLE_FIGURE, value, TRUE,
                                                          inner, SF_REPORT_ALIGN_START, 1,
                                                          &value_kept);
          double label_height = sf_flow_text_height_full (f, SF_REPORT_STYLE_CAPTION, tile->label,
                                                          FALSE, inner, SF_REPORT_ALIGN_START,
                                                          TILE_LABEL_LINES, &label_kept);
          SfReportBox *fill = sf_flow_add_box (f, SF_REPORT_BOX_FILL, SF_REPORT_ROLE_BODY, index,
                                               x, f->y, width, height);
          SfReportBox *box;

          fill->grey = 0.9;
          box = sf_flow_add_text_box (f, SF_REPORT_ROLE_BODY, index, SF_REPORT_STYLE_FIGURE, value,
                                      TRUE, x + TILE_PAD, f->y + TILE_PAD, inner, value_height,
                                      SF_REPORT_ALIGN_START);
          box->max_lines = 1; /* a figure is short; a long one is cut, never overflows */
          sf_flow_keep_text (f, value_kept);
          box = sf_flow_add_text_box (f, SF_REPORT_ROLE_BODY, index, SF_REPORT_STYLE_CAPTION,
                                      tile->label, FALSE, x + TILE_PAD,
                                      f->y + TILE_PAD + value_height + 3, inner, label_height,
                                      SF_REPORT_ALIGN_START);
          box->max_lines = TILE_LABEL_LINES;
          sf_flow_keep_text (f, label_kept);
        }
      f->y += height;
      f->page_empty = FALSE;
    }
}
