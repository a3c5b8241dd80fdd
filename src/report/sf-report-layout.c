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
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sf-report-blocks.h"
#include "sf-report-layout.h"
#include "sf-report-layout-private.h"

#define CELL_PAD_X      5.0
#define CELL_PAD_Y      3.5
#define BULLET_INDENT   14.0
#define NUMBER_INDENT   24.0 /* room for "10." */
#define TILE_GAP        10.0
#define TILE_PAD        10.0
#define TILES_PER_ROW   4
#define TILE_LABEL_LINES 3
#define NUMBER_WIDTH    36.0
#define SECTION_INDENT  16.0
#define NOTE_SPACE      5.0 /* above a note under a table, chart or tiles */
#define MAX_PASSES      4   /* of mending chapters' last pages */

struct _SfReportLayout
{
  SfReportDocument  *doc;
  SfReportPageSetup  setup;
  PangoContext      *context;
  GArray            *boxes;    /* of SfReportBox */
  GArray            *headings; /* of SfReportHeading */
  GArray            *covers;   /* of gboolean per page: no running header or footer */
  GPtrArray         *strings;  /* texts the layout made (estimates, numbers, footers) */
  guint              n_pages;
  /* For an export: the pango layout each text box was measured with, to be drawn once on a
   * vector surface by this thread instead of being laid out again (NULL: lay out afresh). */
  GPtrArray         *kept;     /* of PangoLayout or NULL, one per box */
  GThread           *thread;
  /* Every text measured while laying out, so that one measured again (a heading, the block
   * kept with it, a repeated table cell, a page's footer) is not laid out twice. */
  GHashTable        *measured; /* of MeasureKey -> PangoLayout */
};

typedef struct
{
  char          *text;
  SfReportStyle  style;
  gboolean       markup;
  double         width;
  SfReportAlign  align;
  guint          max_lines;
} MeasureKey;

/* The cursor going down the pages. */
typedef struct
{
  SfReportLayout *self;
  double          top, bottom, left, width;
  double          y;
  guint           page;
  gboolean        page_empty;
  gboolean        break_pending; /* the next block starts a new page */
  double          pending_space; /* the previous block's space after */
  SfReportBlockKind previous;
} Flow;

/* Lines of one text as measured: their tops and bottoms, in the layout's coordinates. */
typedef struct
{
  guint   n;
  double *top;
  double *bottom;
} Lines;

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
    .width = 841.89, .height = 473.56,
    .margin_top = 60, .margin_bottom = 48, .margin_left = 56, .margin_right = 56,
  };
}

static const char *
keep_string (SfReportLayout *self,
             char           *text)
{
  g_ptr_array_add (self->strings, text);
  return text;
}

static PangoLayout *
make_layout (PangoContext  *context,
             SfReportStyle  style,
             const char    *text,
             gboolean       markup,
             double         width,
             SfReportAlign  align,
             guint          max_lines)
{
  PangoLayout *layout = sf_report_layout_text (context, style, text, markup, width, align);

  if (max_lines > 0)
    {
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, -(int) max_lines);
    }
  return layout;
}

static guint
measure_key_hash (gconstpointer key)
{
  const MeasureKey *k = key;

  return g_str_hash (k->text) ^ (guint) (k->width * 64) ^ (k->style << 20) ^ (k->align << 26) ^
         (k->max_lines << 28) ^ ((guint) k->markup << 31);
}

static gboolean
measure_key_equal (gconstpointer a,
                   gconstpointer b)
{
  const MeasureKey *x = a, *y = b;

  return x->style == y->style && x->markup == y->markup && x->width == y->width &&
         x->align == y->align && x->max_lines == y->max_lines && strcmp (x->text, y->text) == 0;
}

static void
measure_key_free (gpointer key)
{
  MeasureKey *k = key;

  g_free (k->text);
  g_free (k);
}

/* The layout of a text as make_layout makes it, measured once per layout run. */
static PangoLayout *
measure (Flow          *f,
         SfReportStyle  style,
         const char    *text,
         gboolean       markup,
         double         width,
         SfReportAlign  align,
         guint          max_lines)
{
  MeasureKey key = { (char *) (text ? text : ""), style, markup, width, align, max_lines };
  PangoLayout *layout = g_hash_table_lookup (f->self->measured, &key);

  if (layout == NULL)
    {
      MeasureKey *copy = g_memdup2 (&key, sizeof key);

      copy->text = g_strdup (key.text);
      layout = make_layout (f->self->context, style, text, markup, width, align, max_lines);
      g_hash_table_insert (f->self->measured, copy, layout);
    }
  return g_object_ref (layout);
}

/* With @kept, the layout measured is handed out (for keep_text) when the layout keeps them;
 * @align does not change the lines, only where they are drawn. */
static void
lines_measure_full (Flow           *f,
                    Lines          *lines,
                    SfReportStyle   style,
                    const char     *text,
                    gboolean        markup,
                    double          width,
                    SfReportAlign   align,
                    guint           max_lines,
                    PangoLayout   **kept)
{
  g_autoptr(PangoLayout) layout = measure (f, style, text, markup, width, align, max_lines);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  guint i = 0;

  lines->n = pango_layout_get_line_count (layout);
  lines->top = g_new (double, lines->n);
  lines->bottom = g_new (double, lines->n);
  do
    {
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      lines->top[i] = (double) y0 / PANGO_SCALE;
      lines->bottom[i] = (double) y1 / PANGO_SCALE;
      i++;
    }
  while (i < lines->n && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  if (kept)
    *kept = f->self->kept ? g_steal_pointer (&layout) : NULL;
}

static void
lines_measure_limited (Flow          *f,
                       Lines         *lines,
                       SfReportStyle  style,
                       const char    *text,
                       gboolean       markup,
                       double         width,
                       guint          max_lines)
{
  lines_measure_full (f, lines, style, text, markup, width, SF_REPORT_ALIGN_START, max_lines,
                      NULL);
}

static void
lines_measure (Flow          *f,
               Lines         *lines,
               SfReportStyle  style,
               const char    *text,
               gboolean       markup,
               double         width)
{
  lines_measure_limited (f, lines, style, text, markup, width, 0);
}

static void
lines_clear (Lines *lines)
{
  g_free (lines->top);
  g_free (lines->bottom);
}

static double
lines_height (Lines *lines,
              guint  first,
              guint  n)
{
  return n == 0 ? 0 : lines->bottom[first + n - 1] - lines->top[first];
}

/* The height of a whole text; with @kept, as text_measure_full. */
static double
text_height_full (Flow           *f,
                  SfReportStyle   style,
                  const char     *text,
                  gboolean        markup,
                  double          width,
                  SfReportAlign   align,
                  guint           max_lines,
                  PangoLayout   **kept)
{
  Lines lines;
  double height;

  lines_measure_full (f, &lines, style, text, markup, width, align, max_lines, kept);
  height = lines_height (&lines, 0, lines.n);
  lines_clear (&lines);
  return height;
}

static double
text_height_limited (Flow          *f,
                     SfReportStyle  style,
                     const char    *text,
                     gboolean       markup,
                     double         width,
                     guint          max_lines)
{
  return text_height_full (f, style, text, markup, width, SF_REPORT_ALIGN_START, max_lines,
                           NULL);
}

static double
text_height (Flow          *f,
             SfReportStyle  style,
             const char    *text,
             gboolean       markup,
             double         width)
{
  return text_height_limited (f, style, text, markup, width, 0);
}

static void
mark_page (Flow     *f,
           gboolean  cover)
{
  g_array_set_size (f->self->covers, f->page + 1);
  if (cover)
    g_array_index (f->self->covers, gboolean, f->page) = TRUE;
}

static void
new_page (Flow *f)
{
  f->page++;
  f->y = f->top;
  f->page_empty = TRUE;
  f->break_pending = FALSE;
  mark_page (f, FALSE);
}

static SfReportBox *
add_box (Flow            *f,
         SfReportBoxKind  kind,
         SfReportBoxRole  role,
         guint            block,
         double           x,
         double           y,
         double           width,
         double           height)
{
  SfReportBox box = {
    .page = f->page, .kind = kind, .role = role, .block = block,
    .x = x, .y = y, .width = width, .height = height, .scale = 1.0,
  };

  g_array_append_val (f->self->boxes, box);
  if (f->self->kept)
    g_ptr_array_add (f->self->kept, NULL);
  return &g_array_index (f->self->boxes, SfReportBox, f->self->boxes->len - 1);
}

/* Gives the last box the layout its text was measured with; @layout must be what drawing
 * the box would make (its style, text, width, alignment and lines). Takes @layout. */
static void
keep_text (Flow        *f,
           PangoLayout *layout)
{
  if (layout == NULL)
    return;
  g_assert (f->self->kept && f->self->kept->len == f->self->boxes->len);
  g_clear_object (&g_ptr_array_index (f->self->kept, f->self->kept->len - 1));
  g_ptr_array_index (f->self->kept, f->self->kept->len - 1) = layout;
}

static SfReportBox *
add_text_box (Flow            *f,
              SfReportBoxRole  role,
              guint            block,
              SfReportStyle    style,
              const char      *text,
              gboolean         markup,
              double           x,
              double           y,
              double           width,
              double           height,
              SfReportAlign    align)
{
  SfReportBox *box = add_box (f, SF_REPORT_BOX_TEXT, role, block, x, y, width, height);

  box->style = style;
  box->text = text;
  box->markup = markup;
  box->align = align;
  box->n_lines = G_MAXUINT; /* all */
  return box;
}

/* Space before a block: the larger wish of the two neighbours, nothing at a page's top. */
static void
start_block (Flow              *f,
             SfReportBlockKind  kind,
             double             before,
             double             after)
{
  double space = MAX (f->pending_space, before);

  if (kind == SF_REPORT_BLOCK_CAPTION &&
      (f->previous == SF_REPORT_BLOCK_TABLE || f->previous == SF_REPORT_BLOCK_CHART ||
       f->previous == SF_REPORT_BLOCK_TILES))
    space = NOTE_SPACE; /* a note belongs to the table, chart or tiles above it */
  if (f->break_pending && !f->page_empty)
    new_page (f);
  f->break_pending = FALSE;
  if (!f->page_empty)
    f->y += space;
  f->pending_space = after;
  f->previous = kind;
}

/* Places the lines of a text from the cursor down, across pages when needed. With @split,
 * a page holds at least two lines of it and leaves at least two for the next. Returns the
 * index of the first box. */
static guint
place_lines (Flow            *f,
             guint            block,
             SfReportBoxRole  role,
             SfReportStyle    style,
             const char      *text,
             gboolean         markup,
             double           x,
             double           width,
             gboolean         split)
{
  g_autoptr(PangoLayout) kept = NULL;
  Lines lines;
  guint i = 0, first_box = f->self->boxes->len;

  lines_measure_full (f, &lines, style, text, markup, width, SF_REPORT_ALIGN_START, 0, &kept);
  while (i < lines.n)
    {
      double room = f->bottom - f->y + 0.01;
      guint left = lines.n - i, fit = 0, take;
      SfReportBox *box;

      while (fit < left && lines_height (&lines, i, fit + 1) <= room)
        fit++;
      take = fit;
      if (take < left)
        {
          if (!split)
            take = 0;
          if (left - take < 2)
            take = left >= 2 ? left - 2 : 0;
          if (take < 2)
            take = 0;
          if (take == 0)
            {
              if (!f->page_empty)
                {
                  new_page (f);
                  continue;
                }
              take = MAX (fit, 1); /* taller than a page: no better break exists */
            }
        }
      box = add_text_box (f, role, block, style, text, markup, x, f->y, width,
                          lines_height (&lines, i, take), SF_REPORT_ALIGN_START);
      box->first_line = i;
      box->n_lines = take;
      if (kept)
        keep_text (f, g_object_ref (kept));
      f->y += box->height;
      f->page_empty = FALSE;
      i += take;
      if (i < lines.n)
        new_page (f);
    }
  lines_clear (&lines);
  return first_box;
}

/* The least of a block that must stay with a heading above it. */
static double keep_height (Flow *f, guint index);

/* @kept: NULL, or n_columns layouts handed out as text_measure_full does. */
static double
table_row_height (Flow          *f,
                  SfReportTable *table,
                  const double  *widths,
                  guint          row,
                  PangoLayout  **kept)
{
  double height = 0;

  for (guint c = 0; c < table->n_columns; c++)
    {
      double w = widths[c] - 2 * CELL_PAD_X;
      SfReportAlign align = table->columns[c].align;
      PangoLayout **cell = kept ? &kept[c] : NULL;

      if (row == G_MAXUINT)
        height = MAX (height, text_height_full (f, SF_REPORT_STYLE_TABLE_HEAD,
                                                table->columns[c].title, FALSE, w, align, 0,
                                                cell));
      else
        {
          GStrv cells = g_ptr_array_index (table->rows, row);
          gboolean estimate = g_array_index (table->estimates, guint8,
                                             row * table->n_columns + c);
          g_autofree char *markup = estimate ? sf_report_estimate_markup (cells[c]) : NULL;

          height = MAX (height, text_height_full (f, SF_REPORT_STYLE_TABLE,
                                                  estimate ? markup : cells[c], estimate, w,
                                                  align, 0, cell));
        }
    }
  return height + 2 * CELL_PAD_Y;
}

static void
clear_layouts (PangoLayout **layouts,
               guint         n)
{
  for (guint i = 0; i < n; i++)
    g_clear_object (&layouts[i]);
}

static double *
table_widths (Flow          *f,
              SfReportTable *table)
{
  double *widths = g_new (double, table->n_columns);
  double total = 0;

  for (guint c = 0; c < table->n_columns; c++)
    total += table->columns[c].share;
  for (guint c = 0; c < table->n_columns; c++)
    widths[c] = f->width * table->columns[c].share / total;
  return widths;
}

static double
chart_scale (Flow    *f,
             SfChart *chart,
             double  *height)
{
  double h = sf_chart_get_height (chart, f->width);
  double room = f->bottom - f->top;

  *height = MIN (h, room);
  return h > room ? room / h : 1.0;
}

static double
list_indent (const SfReportBlock *block)
{
  return block->numbered ? NUMBER_INDENT : BULLET_INDENT;
}

static double
tile_width (Flow  *f,
            guint  n_tiles)
{
  guint per_row = CLAMP (n_tiles, 1, TILES_PER_ROW);

  return (f->width - (per_row - 1) * TILE_GAP) / per_row;
}

static double
tile_row_height (Flow          *f,
                 SfReportTiles *tiles,
                 guint          first)
{
  double w = tile_width (f, tiles->tiles->len) - 2 * TILE_PAD, value = 0, label = 0;

  for (guint i = first; i < MIN (first + TILES_PER_ROW, tiles->tiles->len); i++)
    {
      SfReportTile *tile = g_ptr_array_index (tiles->tiles, i);
      g_autofree char *markup = tile->estimate ? sf_report_estimate_markup (tile->value)
                                               : g_markup_escape_text (tile->value, -1);

      value = MAX (value, text_height_limited (f, SF_REPORT_STYLE_FIGURE, markup, TRUE, w, 1));
      label = MAX (label, text_height_limited (f, SF_REPORT_STYLE_CAPTION, tile->label, FALSE, w,
                                               TILE_LABEL_LINES));
    }
  return TILE_PAD + value + 3 + label + TILE_PAD;
}

static double
first_lines_height (Flow          *f,
                    SfReportStyle  style,
                    const char    *text,
                    gboolean       markup,
                    double         width)
{
  Lines lines;
  double height;

  lines_measure (f, &lines, style, text, markup, width);
  height = lines_height (&lines, 0, lines.n <= 3 ? lines.n : 2);
  lines_clear (&lines);
  return height;
}

/* The room a note right after block @index needs under it: its first lines (all of a short
 * one), after @space; 0 when no note follows. */
static double
note_height (Flow   *f,
             guint   index,
             double  space)
{
  const SfReportBlock *next;

  if (index + 1 >= sf_report_document_get_n_blocks (f->self->doc))
    return 0;
  next = sf_report_document_get_block (f->self->doc, index + 1);
  if (next->kind != SF_REPORT_BLOCK_CAPTION)
    return 0;
  return space + first_lines_height (f, SF_REPORT_STYLE_CAPTION, next->text, FALSE, f->width);
}

/* A paragraph of a line or two right before a table, tiles, list or chart (a bold title, a
 * sentence saying what follows) goes along with it. */
static gboolean
is_lead_in (Flow  *f,
            guint  index)
{
  const SfReportBlock *block = sf_report_document_get_block (f->self->doc, index);
  const SfReportBlock *next;
  Lines lines;
  guint n;

  if (block->kind != SF_REPORT_BLOCK_PARAGRAPH ||
      index + 1 >= sf_report_document_get_n_blocks (f->self->doc))
    return FALSE;
  next = sf_report_document_get_block (f->self->doc, index + 1);
  if (next->kind != SF_REPORT_BLOCK_TABLE && next->kind != SF_REPORT_BLOCK_TILES &&
      next->kind != SF_REPORT_BLOCK_BULLETS && next->kind != SF_REPORT_BLOCK_CHART)
    return FALSE;
  lines_measure (f, &lines, SF_REPORT_STYLE_BODY, block->text, block->markup, f->width);
  n = lines.n;
  lines_clear (&lines);
  return n <= 2;
}

/* A table may break before row @row of @n: two rows stay on each side. */
static gboolean
table_may_break (guint row,
                 guint n)
{
  return row >= 2 && row + 2 <= n;
}

/* The rows from @row that must go on one page with it: up to the next place the table may
 * break, or its end. */
static guint
table_unit_end (guint row,
                guint n)
{
  guint end = row + 1;

  while (end < n && !table_may_break (end, n))
    end++;
  return end;
}

static double
table_rows_height (Flow          *f,
                   SfReportTable *table,
                   const double  *widths,
                   guint          first,
                   guint          end)
{
  double height = 0;

  for (guint r = first; r < end; r++)
    height += table_row_height (f, table, widths, r, NULL);
  return height;
}

static double
keep_height (Flow  *f,
             guint  index)
{
  const SfReportBlock *block;

  if (index >= sf_report_document_get_n_blocks (f->self->doc))
    return 0;
  block = sf_report_document_get_block (f->self->doc, index);
  switch (block->kind)
    {
    case SF_REPORT_BLOCK_SECTION:
      return 18 + text_height (f, SF_REPORT_STYLE_SECTION, block->text, FALSE, f->width) + 6 +
             keep_height (f, index + 1);
    case SF_REPORT_BLOCK_PARAGRAPH:
      if (is_lead_in (f, index))
        return 8 + text_height (f, SF_REPORT_STYLE_BODY, block->text, block->markup, f->width) +
               keep_height (f, index + 1);
      return 8 + first_lines_height (f, SF_REPORT_STYLE_BODY, block->text, block->markup,
                                     f->width);
    case SF_REPORT_BLOCK_CAPTION:
      return 8 + first_lines_height (f, SF_REPORT_STYLE_CAPTION, block->text, FALSE, f->width);
    case SF_REPORT_BLOCK_BULLETS:
      return block->items[0] == NULL ? 0
             : 8 + first_lines_height (f, SF_REPORT_STYLE_BODY, block->items[0], FALSE,
                                       f->width - list_indent (block));
    case SF_REPORT_BLOCK_TABLE:
      {
        SfReportTable *table = block->table;
        g_autofree double *widths = table_widths (f, table);
        guint end = table_unit_end (0, table->rows->len);

        return 6 + table_row_height (f, table, widths, G_MAXUINT, NULL) +
               table_rows_height (f, table, widths, 0, end) +
               (end == table->rows->len ? note_height (f, index, NOTE_SPACE) : 0);
      }
    case SF_REPORT_BLOCK_CHART:
      {
        double height;

        chart_scale (f, block->chart, &height);
        return 8 + height + note_height (f, index, NOTE_SPACE);
      }
    case SF_REPORT_BLOCK_TILES:
      return block->tiles->tiles->len == 0 ? 0
             : 6 + tile_row_height (f, block->tiles, 0) +
               (block->tiles->tiles->len <= TILES_PER_ROW
                  ? note_height (f, index, NOTE_SPACE) : 0);
    /* Headings of their own and breaks keep nothing with them. */
    case SF_REPORT_BLOCK_COVER:
    case SF_REPORT_BLOCK_CONTENTS:
    case SF_REPORT_BLOCK_CHAPTER:
    case SF_REPORT_BLOCK_PAGE_BREAK:
    default:
      return 0;
    }
}

static void
place_heading (Flow                *f,
               guint                index,
               const SfReportBlock *block)
{
  gboolean chapter = block->kind == SF_REPORT_BLOCK_CHAPTER;
  SfReportStyle style = chapter ? SF_REPORT_STYLE_CHAPTER : SF_REPORT_STYLE_SECTION;
  double rule = chapter ? 4.0 + 14.0 : 0; /* a short accent bar above a chapter's title */
  double need = rule + text_height (f, style, block->text, FALSE, f->width);
  SfReportHeading heading = { chapter ? 1 : 2, block->text, 0, 0 };
  guint first;

  if (chapter)
    f->break_pending = TRUE;
  start_block (f, block->kind, chapter ? 0 : 18, chapter ? 18 : 6);
  if (!f->page_empty && f->y + need + (chapter ? 18 : 6) + keep_height (f, index + 1) > f->bottom)
    new_page (f);
  heading.page = f->page;
  heading.y = f->y;
  g_array_append_val (f->self->headings, heading);
  if (chapter)
    {
      SfReportBox *bar = add_box (f, SF_REPORT_BOX_RULE, SF_REPORT_ROLE_HEADING, index,
                                  f->left, f->y, 48, 4);

      bar->grey = -1;
      f->y += rule;
      f->page_empty = FALSE;
    }
  first = place_lines (f, index, SF_REPORT_ROLE_HEADING, style, block->text, FALSE, f->left,
                       f->width, FALSE);
  g_array_index (f->self->boxes, SfReportBox, first).dest_id = f->self->headings->len;
}

static void
place_bullets (Flow                *f,
               guint                index,
               const SfReportBlock *block)
{
  double indent = list_indent (block), note = note_height (f, index, 8);

  start_block (f, block->kind, 0, 8);
  for (guint i = 0; block->items[i]; i++)
    {
      guint first, page;
      SfReportBox *marker;
      const char *text = "•";
      double y, width;

      if (i > 0)
        f->y += 3;
      /* The last item goes along with a note under the list, when it is short. */
      if (block->items[i + 1] == NULL && note > 0 && !f->page_empty)
        {
          double item = text_height (f, SF_REPORT_STYLE_BODY, block->items[i], FALSE,
                                     f->width - indent);

          if (item < (f->bottom - f->top) / 4 && f->y + item + note > f->bottom)
            new_page (f);
        }
      first = place_lines (f, index, SF_REPORT_ROLE_BODY, SF_REPORT_STYLE_BODY, block->items[i],
                           FALSE, f->left + indent, f->width - indent, TRUE);
      page = g_array_index (f->self->boxes, SfReportBox, first).page;
      y = g_array_index (f->self->boxes, SfReportBox, first).y;
      /* A number instead of the bullet, its point lined up with the others' and clear of
       * the text. */
      if (block->numbered)
        text = keep_string (f->self, g_strdup_printf ("%u.", i + 1));
      width = block->numbered ? indent - 7 : indent - 2;
      marker = add_text_box (f, SF_REPORT_ROLE_BODY, index, SF_REPORT_STYLE_BODY, text, FALSE,
                             f->left + 2, y, width,
                             text_height_limited (f, SF_REPORT_STYLE_BODY, text, FALSE, width, 1),
                             block->numbered ? SF_REPORT_ALIGN_END : SF_REPORT_ALIGN_START);
      marker->max_lines = 1;
      marker->page = page; /* beside the item's first line, wherever that went */
    }
}

/* @kept: n_columns layouts from table_row_height (or NULLs); they stay the caller's. */
static void
place_table_row (Flow          *f,
                 guint          index,
                 SfReportTable *table,
                 const double  *widths,
                 guint          row,
                 double         height,
                 PangoLayout  **kept)
{
  gboolean header = row == G_MAXUINT;
  double x = f->left;
  SfReportBox *rule;

  for (guint c = 0; c < table->n_columns; c++)
    {
      SfReportColumn *column = &table->columns[c];
      const char *text = column->title;
      gboolean markup = FALSE;

      if (!header)
        {
          GStrv cells = g_ptr_array_index (table->rows, row);

          markup = g_array_index (table->estimates, guint8, row * table->n_columns + c);
          text = markup ? keep_string (f->self, sf_report_estimate_markup (cells[c])) : cells[c];
        }
      add_text_box (f, header ? SF_REPORT_ROLE_TABLE_HEADER : SF_REPORT_ROLE_BODY, index,
                    header ? SF_REPORT_STYLE_TABLE_HEAD : SF_REPORT_STYLE_TABLE,
                    text ? text : "", markup, x + CELL_PAD_X, f->y + CELL_PAD_Y,
                    widths[c] - 2 * CELL_PAD_X, height - 2 * CELL_PAD_Y, column->align);
      if (kept[c])
        keep_text (f, g_object_ref (kept[c]));
      x += widths[c];
    }
  /* A firm line under the header, hairlines between rows. */
  rule = add_box (f, SF_REPORT_BOX_RULE,
                  header ? SF_REPORT_ROLE_TABLE_HEADER : SF_REPORT_ROLE_BODY, index,
                  f->left, f->y + height - (header ? 0.9 : 0.4), f->width, header ? 0.9 : 0.4);
  rule->grey = header ? 0.2 : 0.78;
  f->y += height;
  f->page_empty = FALSE;
}

static void
place_table (Flow                *f,
             guint                index,
             const SfReportBlock *block)
{
  SfReportTable *table = block->table;
  g_autofree double *widths = table_widths (f, table);
  g_autofree PangoLayout **header_kept = g_new0 (PangoLayout *, table->n_columns);
  g_autofree PangoLayout **row_kept = g_new0 (PangoLayout *, table->n_columns);
  double header = table_row_height (f, table, widths, G_MAXUINT, header_kept);

  guint n = table->rows->len;
  double note = note_height (f, index, NOTE_SPACE);

  start_block (f, block->kind, 6, 14);
  for (guint r = 0; r < n || r == 0; r++)
    {
      double height = r < n ? table_row_height (f, table, widths, r, row_kept) : 0;

      if (r == 0 || table_may_break (r, n))
        {
          guint end = table_unit_end (r, n);
          double need = (r == 0 ? header : 0) + table_rows_height (f, table, widths, r, end) +
                        (end >= n ? note : 0);

          if (!f->page_empty && f->y + need > f->bottom)
            new_page (f);
        }
      /* Rows that must stay together but are taller than a page: break where they must. */
      else if (f->y + height > f->bottom)
        new_page (f);
      if (r == 0 || f->page_empty)
        place_table_row (f, index, table, widths, G_MAXUINT, header, header_kept);
      if (r < table->rows->len)
        place_table_row (f, index, table, widths, r, height, row_kept);
      clear_layouts (row_kept, table->n_columns);
    }
  clear_layouts (header_kept, table->n_columns);
}

static void
place_chart (Flow                *f,
             guint                index,
             const SfReportBlock *block)
{
  double height, scale = chart_scale (f, block->chart, &height);
  SfReportBox *box;

  start_block (f, block->kind, 8, 14);
  if (!f->page_empty && f->y + height + note_height (f, index, NOTE_SPACE) > f->bottom)
    new_page (f);
  box = add_box (f, SF_REPORT_BOX_CHART, SF_REPORT_ROLE_BODY, index, f->left, f->y,
                 f->width * scale, height);
  box->chart = block->chart;
  box->scale = scale;
  f->y += height;
  f->page_empty = FALSE;
}

static void
place_tiles (Flow                *f,
             guint                index,
             const SfReportBlock *block)
{
  GPtrArray *tiles = block->tiles->tiles;
  double width = tile_width (f, tiles->len);

  start_block (f, block->kind, 6, 16);
  for (guint first = 0; first < tiles->len; first += TILES_PER_ROW)
    {
      double height = tile_row_height (f, block->tiles, first);

      if (first > 0)
        f->y += TILE_GAP;
      if (first + TILES_PER_ROW >= tiles->len)
        height += note_height (f, index, NOTE_SPACE); /* the last row: with its note */
      if (!f->page_empty && f->y + height > f->bottom)
        new_page (f);
      for (guint i = first; i < MIN (first + TILES_PER_ROW, tiles->len); i++)
        {
          SfReportTile *tile = g_ptr_array_index (tiles, i);
          double x = f->left + (i - first) * (width + TILE_GAP), inner = width - 2 * TILE_PAD;
          const char *value = keep_string (f->self, tile->estimate
                                                    ? sf_report_estimate_markup (tile->value)
                                                    : g_markup_escape_text (tile->value, -1));
          PangoLayout *value_kept = NULL, *label_kept = NULL;
          double value_height = text_height_full (f, SF_REPORT_STYLE_FIGURE, value, TRUE, inner,
                                                  SF_REPORT_ALIGN_START, 1, &value_kept);
          double label_height = text_height_full (f, SF_REPORT_STYLE_CAPTION, tile->label, FALSE,
                                                  inner, SF_REPORT_ALIGN_START,
                                                  TILE_LABEL_LINES, &label_kept);
          SfReportBox *fill = add_box (f, SF_REPORT_BOX_FILL, SF_REPORT_ROLE_BODY, index, x, f->y,
                                       width, height);
          SfReportBox *box;

          fill->grey = 0.9;
          box = add_text_box (f, SF_REPORT_ROLE_BODY, index, SF_REPORT_STYLE_FIGURE, value, TRUE,
                              x + TILE_PAD, f->y + TILE_PAD, inner, value_height,
                              SF_REPORT_ALIGN_START);
          box->max_lines = 1; /* a figure is short; a long one is cut, never overflows */
          keep_text (f, value_kept);
          box = add_text_box (f, SF_REPORT_ROLE_BODY, index, SF_REPORT_STYLE_CAPTION, tile->label,
                              FALSE, x + TILE_PAD, f->y + TILE_PAD + value_height + 3, inner,
                              label_height, SF_REPORT_ALIGN_START);
          box->max_lines = TILE_LABEL_LINES;
          keep_text (f, label_kept);
        }
      f->y += height;
      f->page_empty = FALSE;
    }
}

/* A box of text of known lines at the cursor, moving to a new page when it does not fit. */
static SfReportBox *
place_unit (Flow          *f,
            guint          index,
            SfReportStyle  style,
            const char    *text,
            double         x,
            double         width)
{
  PangoLayout *kept = NULL;
  double height = text_height_full (f, style, text, FALSE, width, SF_REPORT_ALIGN_START, 0,
                                    &kept);
  SfReportBox *box;

  if (!f->page_empty && f->y + height > f->bottom)
    new_page (f);
  box = add_text_box (f, SF_REPORT_ROLE_BODY, index, style, text, FALSE, x, f->y, width, height,
                      SF_REPORT_ALIGN_START);
  keep_text (f, kept);
  f->page_empty = FALSE;
  return box;
}

static void
place_cover (Flow                *f,
             guint                index,
             const SfReportBlock *block)
{
  SfReportBox *box;
  double label_width = f->width * 0.3;

  if (!f->page_empty)
    new_page (f);
  mark_page (f, TRUE);
  f->y = f->top + (f->bottom - f->top) * 0.22;
  box = add_box (f, SF_REPORT_BOX_RULE, SF_REPORT_ROLE_BODY, index, f->left, f->y, 64, 5);
  box->grey = -1;
  f->y += 5 + 22;
  box = place_unit (f, index, SF_REPORT_STYLE_TITLE, block->text, f->left, f->width);
  f->y += box->height;
  if (block->subtitle && *block->subtitle)
    {
      f->y += 10;
      box = place_unit (f, index, SF_REPORT_STYLE_SUBTITLE, block->subtitle, f->left, f->width);
      f->y += box->height;
    }
  f->y += 40;
  for (guint i = 0; block->items[i]; i++)
    {
      double value = text_height (f, SF_REPORT_STYLE_BODY, block->values[i], FALSE,
                                  f->width - label_width);
      double label = text_height (f, SF_REPORT_STYLE_CAPTION, block->items[i], FALSE,
                                  label_width - 10);
      double height = MAX (value, label);

      if (f->y + height > f->bottom)
        new_page (f);
      add_text_box (f, SF_REPORT_ROLE_BODY, index, SF_REPORT_STYLE_CAPTION, block->items[i],
                    FALSE, f->left, f->y + 1.5, label_width - 10, label, SF_REPORT_ALIGN_START);
      add_text_box (f, SF_REPORT_ROLE_BODY, index, SF_REPORT_STYLE_BODY, block->values[i], FALSE,
                    f->left + label_width, f->y, f->width - label_width, value,
                    SF_REPORT_ALIGN_START);
      f->y += height + 7;
    }
  f->page_empty = FALSE;
  f->break_pending = TRUE;
  f->pending_space = 0;
}

/* Entries now, page numbers once every heading after them has landed (see fill_contents). */
static void
place_contents (Flow                *f,
                guint                index,
                const SfReportBlock *block,
                GArray              *entries)
{
  guint n_blocks = sf_report_document_get_n_blocks (f->self->doc);

  f->break_pending = TRUE;
  start_block (f, block->kind, 0, 18);
  place_lines (f, index, SF_REPORT_ROLE_HEADING, SF_REPORT_STYLE_CHAPTER, block->text, FALSE,
               f->left, f->width, FALSE);
  f->y += 18;
  for (guint i = index + 1; i < n_blocks; i++)
    {
      const SfReportBlock *heading = sf_report_document_get_block (f->self->doc, i);
      gboolean chapter = heading->kind == SF_REPORT_BLOCK_CHAPTER;
      double indent = chapter ? 0 : SECTION_INDENT;
      SfReportStyle style = chapter ? SF_REPORT_STYLE_STRONG : SF_REPORT_STYLE_BODY;
      SfReportBox *title, *number;
      guint title_index;

      if (!chapter && heading->kind != SF_REPORT_BLOCK_SECTION)
        continue;
      f->y += chapter && entries->len > 0 ? 9 : 2;
      title = place_unit (f, index, style, heading->text, f->left + indent,
                          f->width - indent - NUMBER_WIDTH - 12);
      title_index = f->self->boxes->len - 1;
      number = add_text_box (f, SF_REPORT_ROLE_BODY, index, style, "", FALSE,
                             f->left + f->width - NUMBER_WIDTH, title->y, NUMBER_WIDTH,
                             text_height (f, style, "0", FALSE, NUMBER_WIDTH),
                             SF_REPORT_ALIGN_END);
      number->max_lines = 1;
      f->y += g_array_index (f->self->boxes, SfReportBox, title_index).height;
      g_array_append_val (entries, title_index);
    }
  f->break_pending = TRUE;
}

static void
fill_contents (SfReportLayout *self,
               GArray         *entries,
               guint           first_heading)
{
  for (guint i = 0; i < entries->len; i++)
    {
      guint title_index = g_array_index (entries, guint, i);
      SfReportBox *title = &g_array_index (self->boxes, SfReportBox, title_index);
      SfReportBox *number = title + 1;
      SfReportHeading *heading;

      if (first_heading + i >= self->headings->len)
        break;
      heading = &g_array_index (self->headings, SfReportHeading, first_heading + i);
      number->text = keep_string (self, g_strdup_printf ("%u", heading->page + 1));
      title->link_page = heading->page + 1;
      title->link_y = heading->y;
      title->link_id = first_heading + i + 1;
    }
}

static void
add_running (Flow *f)
{
  SfReportLayout *self = f->self;
  const char *title = sf_report_document_get_title (self->doc);
  const SfReportPageSetup *s = &self->setup;

  for (guint p = 0; p < self->n_pages; p++)
    {
      SfReportBox *box;
      PangoLayout *kept = NULL;
      const char *footer;
      double height;

      if (g_array_index (self->covers, gboolean, p))
        continue;
      f->page = p;
      if (title && *title)
        {
          box = add_text_box (f, SF_REPORT_ROLE_RUNNING, G_MAXUINT, SF_REPORT_STYLE_CAPTION,
                              title, FALSE, f->left, s->margin_top - 36, f->width,
                              text_height (f, SF_REPORT_STYLE_CAPTION, "X", FALSE, f->width),
                              SF_REPORT_ALIGN_START);
          box->max_lines = 1;
          box = add_box (f, SF_REPORT_BOX_RULE, SF_REPORT_ROLE_RUNNING, G_MAXUINT, f->left,
                         s->margin_top - 20, f->width, 0.5);
          box->grey = 0.75;
        }
      /* TRANSLATORS: the footer of every report page but the cover */
      footer = keep_string (self, g_strdup_printf (_("page %u of %u"), p + 1, self->n_pages));
      height = text_height_full (f, SF_REPORT_STYLE_CAPTION, footer, FALSE, f->width,
                                 SF_REPORT_ALIGN_END, 1, &kept);
      box = add_text_box (f, SF_REPORT_ROLE_RUNNING, G_MAXUINT, SF_REPORT_STYLE_CAPTION, footer,
                          FALSE, f->left, s->height - s->margin_bottom + 24, f->width, height,
                          SF_REPORT_ALIGN_END);
      box->max_lines = 1;
      keep_text (f, kept);
    }
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
             Flow           *f,
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

  *f = (Flow) { self };
  f->top = setup->margin_top;
  f->bottom = setup->height - setup->margin_bottom;
  f->left = setup->margin_left;
  f->width = setup->width - setup->margin_left - setup->margin_right;
  f->y = f->top;
  f->page_empty = TRUE;
  f->previous = SF_REPORT_BLOCK_PAGE_BREAK;
  mark_page (f, FALSE);

  for (guint i = 0; i < n_blocks; i++)
    {
      const SfReportBlock *block = sf_report_document_get_block (doc, i);

      if (forced[i])
        f->break_pending = TRUE;
      switch (block->kind)
        {
        case SF_REPORT_BLOCK_COVER:
          place_cover (f, i, block);
          break;
        case SF_REPORT_BLOCK_CONTENTS:
          g_array_set_size (entries, 0);
          *first_heading = self->headings->len;
          place_contents (f, i, block, entries);
          break;
        case SF_REPORT_BLOCK_CHAPTER:
        case SF_REPORT_BLOCK_SECTION:
          place_heading (f, i, block);
          break;
        case SF_REPORT_BLOCK_PARAGRAPH:
          start_block (f, block->kind, 0, 8);
          if (!f->page_empty && is_lead_in (f, i) &&
              f->y + text_height (f, SF_REPORT_STYLE_BODY, block->text, block->markup, f->width) +
              keep_height (f, i + 1) > f->bottom)
            new_page (f);
          place_lines (f, i, SF_REPORT_ROLE_BODY, SF_REPORT_STYLE_BODY, block->text,
                       block->markup, f->left, f->width, TRUE);
          break;
        case SF_REPORT_BLOCK_CAPTION:
          start_block (f, block->kind, 0, 10);
          place_lines (f, i, SF_REPORT_ROLE_BODY, SF_REPORT_STYLE_CAPTION, block->text, FALSE,
                       f->left, f->width, TRUE);
          break;
        case SF_REPORT_BLOCK_BULLETS:
          place_bullets (f, i, block);
          break;
        case SF_REPORT_BLOCK_TABLE:
          place_table (f, i, block);
          break;
        case SF_REPORT_BLOCK_CHART:
          place_chart (f, i, block);
          break;
        case SF_REPORT_BLOCK_TILES:
          place_tiles (f, i, block);
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
               Flow           *f,
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
              is_lead_in (f, b - 1)))
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

static SfReportLayout *
layout_new (SfReportDocument        *doc,
            const SfReportPageSetup *setup,
            gboolean                 keep)
{
  SfReportLayout *self = g_new0 (SfReportLayout, 1);
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree guint8 *forced = g_new0 (guint8, sf_report_document_get_n_blocks (doc) + 1);
  guint first_heading = 0;
  Flow f = { self };

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
  self->measured = g_hash_table_new_full (measure_key_hash, measure_key_equal, measure_key_free,
                                          g_object_unref);

  /* Texts are measured once for all passes; a pass mostly looks them up. */
  flow_blocks (self, &f, forced, entries, &first_heading);
  for (guint pass = 0; pass < MAX_PASSES && balance_tails (self, &f, forced); pass++)
    flow_blocks (self, &f, forced, entries, &first_heading);
  fill_contents (self, entries, first_heading);
  add_running (&f);
  g_clear_pointer (&self->measured, g_hash_table_unref);
  return self;
}

SfReportLayout *
sf_report_layout_new (SfReportDocument        *doc,
                      const SfReportPageSetup *setup)
{
  return layout_new (doc, setup, FALSE);
}

SfReportLayout *
sf_report_layout_new_for_export (SfReportDocument        *doc,
                                 const SfReportPageSetup *setup)
{
  return layout_new (doc, setup, TRUE);
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
