/* sf-report-flow.c: the cursor that lays a report's blocks out down the pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text measured once per layout (sf_flow_new_measure_cache), boxes recorded as they are
 * placed, space between blocks, lines broken across pages without widows or orphans, and
 * what a block keeps with it on a page: a note under it, the first part after a heading or a
 * lead-in. The blocks themselves are placed by sf-report-flow-text.c (headings, paragraphs,
 * lists, the cover and contents), sf-report-flow-tables.c and sf-report-flow-figures.c
 * (charts and tiles).
 */
#include "config.h"

#include <string.h>

#include "sf-report-flow.h"

typedef struct
{
  char          *text;
  SfReportStyle  style;
  gboolean       markup;
  double         width;
  SfReportAlign  align;
  guint          max_lines;
} MeasureKey;

/* Lines of one text as measured: their tops and bottoms, in the layout's coordinates. */
typedef struct
{
  guint   n;
  double *top;
  double *bottom;
} Lines;

const char *
sf_flow_keep_string (SfReportLayout *self,
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

/* A text measured: its layout, and its lines' tops and bottoms in the layout's coordinates
 * (reading them walks the layout's lines: a text is often asked for its height again). */
typedef struct
{
  PangoLayout *layout;
  guint        n;
  double      *top;
  double      *bottom;
} Measured;

static void
measured_free (gpointer data)
{
  Measured *m = data;

  g_object_unref (m->layout);
  g_free (m->top);
  g_free (m->bottom);
  g_free (m);
}

GHashTable *
sf_flow_new_measure_cache (void)
{
  return g_hash_table_new_full (measure_key_hash, measure_key_equal, measure_key_free,
                                measured_free);
}

/* The layout of a text as make_layout makes it, and its lines, measured once per layout
 * run. */
static Measured *
measure (SfFlow        *f,
         SfReportStyle  style,
         const char    *text,
         gboolean       markup,
         double         width,
         SfReportAlign  align,
         guint          max_lines)
{
  MeasureKey key = { (char *) (text ? text : ""), style, markup, width, align, max_lines };
  Measured *m = g_hash_table_lookup (f->self->measured, &key);
  PangoLayoutIter *iter;
  MeasureKey *copy;
  guint i = 0;

  if (m != NULL)
    return m;
  copy = g_memdup2 (&key, sizeof key);
  copy->text = g_strdup (key.text);
  m = g_new0 (Measured, 1);
  m->layout = make_layout (f->self->context, style, text, markup, width, align, max_lines);
  m->n = pango_layout_get_line_count (m->layout);
  m->top = g_new (double, m->n);
  m->bottom = g_new (double, m->n);
  iter = pango_layout_get_iter (m->layout);
  do
    {
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      m->top[i] = (double) y0 / PANGO_SCALE;
      m->bottom[i] = (double) y1 / PANGO_SCALE;
      i++;
    }
  while (i < m->n && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  g_hash_table_insert (f->self->measured, copy, m);
  return m;
}

/* With @kept, the layout measured is handed out (for sf_flow_keep_text) when the layout keeps
 * them; @align does not change the lines, only where they are drawn. */
static void
lines_measure_full (SfFlow         *f,
                    Lines          *lines,
                    SfReportStyle   style,
                    const char     *text,
                    gboolean        markup,
                    double          width,
                    SfReportAlign   align,
                    guint           max_lines,
                    PangoLayout   **kept)
{
  Measured *m = measure (f, style, text, markup, width, align, max_lines);

  lines->n = m->n;
  lines->top = g_memdup2 (m->top, m->n * sizeof (double));
  lines->bottom = g_memdup2 (m->bottom, m->n * sizeof (double));
  if (kept)
    *kept = f->self->kept ? g_object_ref (m->layout) : NULL;
}

static void
lines_measure_limited (SfFlow        *f,
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
lines_measure (SfFlow        *f,
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
double
sf_flow_text_height_full (SfFlow         *f,
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

double
sf_flow_text_height_limited (SfFlow        *f,
                             SfReportStyle  style,
                             const char    *text,
                             gboolean       markup,
                             double         width,
                             guint          max_lines)
{
  return sf_flow_text_height_full (f, style, text, markup, width, SF_REPORT_ALIGN_START, max_lines,
                                   NULL);
}

gboolean
sf_flow_text_cut (SfFlow        *f,
                  SfReportStyle  style,
                  const char    *text,
                  gboolean       markup,
                  double         width,
                  guint          max_lines)
{
  return pango_layout_is_ellipsized (measure (f, style, text, markup, width, SF_REPORT_ALIGN_START,
                                              max_lines)->layout);
}

double
sf_flow_text_height (SfFlow        *f,
                     SfReportStyle  style,
                     const char    *text,
                     gboolean       markup,
                     double         width)
{
  return sf_flow_text_height_limited (f, style, text, markup, width, 0);
}

void
sf_flow_mark_page (SfFlow   *f,
                   gboolean  cover)
{
  g_array_set_size (f->self->covers, f->page + 1);
  if (cover)
    g_array_index (f->self->covers, gboolean, f->page) = TRUE;
}

void
sf_flow_new_page (SfFlow *f)
{
  f->page++;
  f->y = f->top;
  f->page_empty = TRUE;
  f->break_pending = FALSE;
  sf_flow_mark_page (f, FALSE);
}

SfReportBox *
sf_flow_add_box (SfFlow          *f,
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
void
sf_flow_keep_text (SfFlow      *f,
                   PangoLayout *layout)
{
  if (layout == NULL)
    return;
  g_assert (f->self->kept && f->self->kept->len == f->self->boxes->len);
  g_clear_object (&g_ptr_array_index (f->self->kept, f->self->kept->len - 1));
  g_ptr_array_index (f->self->kept, f->self->kept->len - 1) = layout;
}

SfReportBox *
sf_flow_add_text_box (SfFlow          *f,
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
  SfReportBox *box = sf_flow_add_box (f, SF_REPORT_BOX_TEXT, role, block, x, y, width, height);

  box->style = style;
  box->text = text;
  box->markup = markup;
  box->align = align;
  box->n_lines = G_MAXUINT; /* all */
  return box;
}

/* Space before a block: the larger wish of the two neighbours, nothing at a page's top. */
void
sf_flow_start_block (SfFlow            *f,
                     SfReportBlockKind  kind,
                     double             before,
                     double             after)
{
  double space = MAX (f->pending_space, before);

  if (kind == SF_REPORT_BLOCK_CAPTION &&
      (f->previous == SF_REPORT_BLOCK_TABLE || f->previous == SF_REPORT_BLOCK_CHART ||
       f->previous == SF_REPORT_BLOCK_TILES))
    space = SF_FLOW_NOTE_SPACE; /* a note belongs to the table, chart or tiles above it */
  if (f->break_pending && !f->page_empty)
    sf_flow_new_page (f);
  f->break_pending = FALSE;
  if (!f->page_empty)
    f->y += space;
  f->pending_space = after;
  f->previous = kind;
}

/* Places the lines of a text from the cursor down, across pages when needed. With @split,
 * a page holds at least two lines of it and leaves at least two for the next. Returns the
 * index of the first box. */
guint
sf_flow_place_lines (SfFlow          *f,
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
                  sf_flow_new_page (f);
                  continue;
                }
              take = MAX (fit, 1); /* taller than a page: no better break exists */
            }
        }
      box = sf_flow_add_text_box (f, role, block, style, text, markup, x, f->y, width,
                                  lines_height (&lines, i, take), SF_REPORT_ALIGN_START);
      box->first_line = i;
      box->n_lines = take;
      if (kept)
        sf_flow_keep_text (f, g_object_ref (kept));
      f->y += box->height;
      f->page_empty = FALSE;
      i += take;
      if (i < lines.n)
        sf_flow_new_page (f);
    }
  lines_clear (&lines);
  return first_box;
}

static double
first_lines_height (SfFlow        *f,
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
double
sf_flow_note_height (SfFlow *f,
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
gboolean
sf_flow_is_lead_in (SfFlow *f,
                    guint   index)
{
  const SfReportBlock *block = sf_report_document_get_block (f->self->doc, index);
  Lines lines;
  guint n;

  if (!sf_report_document_is_lead_in (f->self->doc, index))
    return FALSE;
  lines_measure (f, &lines, SF_REPORT_STYLE_BODY, block->text, block->markup, f->width);
  n = lines.n;
  lines_clear (&lines);
  return n <= 2;
}

/* The least of a block that must stay with a heading above it. */
double
sf_flow_keep_height (SfFlow *f,
                     guint   index)
{
  const SfReportBlock *block;

  if (index >= sf_report_document_get_n_blocks (f->self->doc))
    return 0;
  block = sf_report_document_get_block (f->self->doc, index);
  switch (block->kind)
    {
    case SF_REPORT_BLOCK_SECTION:
      return 18 + sf_flow_text_height (f, SF_REPORT_STYLE_SECTION, block->text, FALSE,
                                       f->width) + 6 +
             sf_flow_keep_height (f, index + 1);
    case SF_REPORT_BLOCK_PARAGRAPH:
      if (sf_flow_is_lead_in (f, index))
        return 8 + sf_flow_text_height (f, SF_REPORT_STYLE_BODY, block->text, block->markup,
                                        f->width) +
               sf_flow_keep_height (f, index + 1);
      return 8 + first_lines_height (f, SF_REPORT_STYLE_BODY, block->text, block->markup,
                                     f->width);
    case SF_REPORT_BLOCK_CAPTION:
      return 8 + first_lines_height (f, SF_REPORT_STYLE_CAPTION, block->text, FALSE, f->width);
    case SF_REPORT_BLOCK_BULLETS:
      return block->items[0] == NULL ? 0
             : 8 + first_lines_height (f, SF_REPORT_STYLE_BODY, block->items[0], FALSE,
                                       f->width - sf_flow_list_indent (block));
    case SF_REPORT_BLOCK_TABLE:
      return sf_flow_table_keep_height (f, index, block);
    case SF_REPORT_BLOCK_CHART:
      return sf_flow_chart_keep_height (f, index, block);
    case SF_REPORT_BLOCK_TILES:
      return sf_flow_tiles_keep_height (f, index, block);
    /* Headings of their own and breaks keep nothing with them. */
    case SF_REPORT_BLOCK_COVER:
    case SF_REPORT_BLOCK_CONTENTS:
    case SF_REPORT_BLOCK_CHAPTER:
    case SF_REPORT_BLOCK_PAGE_BREAK:
    default:
      return 0;
    }
}
