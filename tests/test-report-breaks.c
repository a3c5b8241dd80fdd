/* test-report-breaks.c: where the report's pages break: a heading goes along with what
 * follows it, a note with what it is under, a short table stays whole and a long one keeps
 * two rows on each side of a break, a chapter's last page holds more than a little
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The layout is checked from its boxes.
 */
#include "config.h"

#include "sf-report-layout.h"
#include "sf-report-style.h"
#include "sf-test-layout.h"

/* A heading that would end a page moves to the next one with what follows it. */
static void
test_heading_kept_with_next (void)
{
  g_autoptr(SfReportDocument) doc = sf_report_document_new ("T");
  SfReportPageSetup setup;
  g_autoptr(SfReportLayout) layout = NULL;
  g_autoptr(GString) lines = g_string_new ("Regel");
  const SfReportBox *boxes;
  guint n, sections = 0, moved = 0;

  sf_report_page_setup_a4 (&setup);
  /* A page of k lines, then a section: as k grows by one line at a time, the heading comes
   * to fall at the page's foot with no room for two lines under it, whatever the font. */
  for (guint k = 1; k <= 60; k++)
    {
      g_string_append (lines, "\nRegel");
      if (k < 25)
        continue;
      sf_report_document_add_page_break (doc);
      sf_report_document_add_paragraph (doc, lines->str);
      sf_report_document_add_section (doc, "Kop");
      sf_report_document_add_paragraph (doc, "Een\ntwee\ndrie\nvier\nvijf\nzes");
    }
  layout = sf_report_layout_new (doc, &setup);
  boxes = sf_report_layout_get_boxes (layout, &n);
  for (guint i = 0; i < n; i++)
    {
      guint before = 0;
      gboolean first = TRUE;

      if (boxes[i].role != SF_REPORT_ROLE_HEADING)
        continue;
      sections++;
      for (guint j = 0; j < n; j++)
        {
          /* Its paragraph starts on the same page, right under it. */
          if (boxes[j].block == boxes[i].block + 1 && first)
            {
              g_assert_cmpuint (boxes[j].page, ==, boxes[i].page);
              g_assert_cmpfloat (boxes[j].y, <, boxes[i].y + 40);
              first = FALSE;
            }
          if (boxes[j].block == boxes[i].block - 1)
            before = MAX (before, boxes[j].page);
        }
      /* The paragraph above it ended on the page before, where the heading alone fitted. */
      if (before < boxes[i].page)
        {
          const SfReportBox *above = NULL;

          for (guint j = 0; j < n; j++)
            if (boxes[j].block == boxes[i].block - 1 && boxes[j].page == before)
              above = &boxes[j];
          g_assert_nonnull (above);
          if (above->y + above->height + 18 + boxes[i].height <
              setup.height - setup.margin_bottom)
            moved++;
        }
    }
  g_assert_cmpuint (sections, ==, 36);
  g_assert_cmpuint (moved, >, 0);
}

/* The first and last page of block @block's boxes (not counting running text). */
static void
block_pages (const SfReportBox *boxes,
             guint              n,
             guint              block,
             guint             *first,
             guint             *last)
{
  *first = G_MAXUINT;
  *last = 0;
  for (guint i = 0; i < n; i++)
    if (boxes[i].block == block && boxes[i].role != SF_REPORT_ROLE_RUNNING)
      {
        *first = MIN (*first, boxes[i].page);
        *last = MAX (*last, boxes[i].page);
      }
  g_assert_cmpuint (*first, !=, G_MAXUINT);
}

/* How many rows of table @block are on page @page: its first column's cells. */
static guint
rows_on_page (const SfReportBox *boxes,
              guint              n,
              guint              block,
              guint              page)
{
  guint rows = 0;
  double left = G_MAXDOUBLE;

  for (guint i = 0; i < n; i++)
    if (boxes[i].block == block && boxes[i].kind == SF_REPORT_BOX_TEXT)
      left = MIN (left, boxes[i].x);
  for (guint i = 0; i < n; i++)
    rows += boxes[i].block == block && boxes[i].page == page &&
            boxes[i].kind == SF_REPORT_BOX_TEXT && boxes[i].role == SF_REPORT_ROLE_BODY &&
            boxes[i].x == left;
  return rows;
}

static SfReportTable *
add_sample_table (SfReportDocument *doc,
                  guint             rows)
{
  SfReportTable *table = sf_report_document_add_table (doc, 2);

  sf_report_table_set_column (table, 0, "Gegeven", 3, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 1, "Waarde", 1, SF_REPORT_ALIGN_END);
  for (guint r = 0; r < rows; r++)
    {
      g_autofree char *label = g_strdup_printf ("Gegeven %u", r + 1);

      sf_report_table_add_row (table, (const char *[]) { label, "12" });
    }
  return table;
}

/* Wherever the page breaks: a note stays with the table, chart, tiles or list above it; a
 * table of three rows stays whole, a longer one keeps two rows on each side of a break; a
 * one-line lead-in stays with what it introduces. Each chapter starts one line lower. */
static void
test_keep_together (void)
{
  g_autoptr(SfReportDocument) doc = sf_report_document_new ("T");
  g_autoptr(GString) lines = g_string_new ("Regel");
  g_autoptr(SfReportLayout) layout = NULL;
  g_autoptr(GArray) notes = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) tables = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) lead_ins = g_array_new (FALSE, FALSE, sizeof (guint));
  SfReportPageSetup setup;
  const SfReportBox *boxes;
  guint n, notes_moved = 0, tables_split = 0;

  sf_report_page_setup_a4 (&setup);
  for (guint k = 1; k <= 50; k++)
    {
      const double value[] = { 4 };
      SfChart *chart = sf_chart_new ("Thema's");
      SfReportTiles *tiles;
      guint index;

      g_string_append (lines, "\nRegel");
      sf_report_document_add_chapter (doc, "Hoofdstuk");
      sf_report_document_add_paragraph (doc, lines->str);
      for (guint t = 0; t < 2; t++)
        {
          index = sf_report_document_get_n_blocks (doc);
          g_array_append_val (lead_ins, index);
          sf_report_document_add_markup (doc, "<b>Afgeleide cijfers</b>");
          index++;
          g_array_append_val (tables, index);
          add_sample_table (doc, t == 0 ? 3 : 7);
          index++;
          g_array_append_val (notes, index);
          sf_report_document_add_caption (doc, "“≈” staat voor een schatting.");
        }
      sf_chart_add_bar (chart, "Eenzaamheid", value);
      sf_report_document_add_chart (doc, chart);
      index = sf_report_document_get_n_blocks (doc);
      g_array_append_val (notes, index);
      sf_report_document_add_caption (doc, "Gearceerd is geschat.");
      tiles = sf_report_document_add_tiles (doc);
      sf_report_tiles_add (tiles, "woningen", "120", FALSE);
      index = sf_report_document_get_n_blocks (doc);
      g_array_append_val (notes, index);
      sf_report_document_add_caption (doc, "Aandelen zijn van de bewoners.");
      sf_report_document_add_bullets (doc, (const char *[]) { "Een", "Twee", "Drie", NULL });
      index = sf_report_document_get_n_blocks (doc);
      g_array_append_val (notes, index);
      sf_report_document_add_caption (doc, "* Een eigen vraag.");
    }
  layout = sf_report_layout_new (doc, &setup);
  sf_test_check_margins (layout);
  boxes = sf_report_layout_get_boxes (layout, &n);
  for (guint i = 0; i < notes->len; i++)
    {
      guint note = g_array_index (notes, guint, i), first, last, above_first, above_last;

      block_pages (boxes, n, note, &first, &last);
      block_pages (boxes, n, note - 1, &above_first, &above_last);
      g_assert_cmpuint (first, ==, above_last);
      notes_moved += above_first < above_last || first > above_first;
    }
  for (guint i = 0; i < tables->len; i++)
    {
      guint table = g_array_index (tables, guint, i), first, last;
      guint rows = i % 2 == 0 ? 3 : 7; /* as added */

      block_pages (boxes, n, table, &first, &last);
      if (rows <= 3)
        g_assert_cmpuint (first, ==, last);
      for (guint p = first; p <= last && first < last; p++)
        g_assert_cmpuint (rows_on_page (boxes, n, table, p), >=, 2);
      tables_split += first < last;
    }
  for (guint i = 0; i < lead_ins->len; i++)
    {
      guint lead_in = g_array_index (lead_ins, guint, i), first, last, next_first, next_last;

      block_pages (boxes, n, lead_in, &first, &last);
      block_pages (boxes, n, lead_in + 1, &next_first, &next_last);
      g_assert_cmpuint (last, ==, next_first);
    }
  /* The sample does make pages break at every one of these places. */
  g_assert_cmpuint (notes_moved, >, 3);
  g_assert_cmpuint (tables_split, >, 3);
}

/* A chapter's last page holds more than a little (a heading and a three-row table): it
 * takes blocks from the page before along, as long as that page stays half full. */
static void
test_chapter_tail (void)
{
  g_autoptr(SfReportDocument) doc = sf_report_document_new ("T");
  g_autoptr(SfReportLayout) layout = NULL;
  g_autoptr(GArray) chapters = g_array_new (FALSE, FALSE, sizeof (guint));
  SfReportPageSetup setup;
  const SfReportBox *boxes;
  guint n, n_blocks, spanning = 0;
  double body;

  sf_report_page_setup_a4 (&setup);
  body = setup.height - setup.margin_top - setup.margin_bottom;
  for (guint k = 10; k <= 30; k++)
    {
      guint index = sf_report_document_get_n_blocks (doc);

      g_array_append_val (chapters, index);
      sf_report_document_add_chapter (doc, "Hoofdstuk");
      for (guint i = 0; i < k; i++)
        sf_report_document_add_paragraph (doc, "Een korte alinea\nvan twee regels.");
      sf_report_document_add_section (doc, "Thema's over de partners heen");
      add_sample_table (doc, 3);
    }
  n_blocks = sf_report_document_get_n_blocks (doc);
  g_array_append_val (chapters, n_blocks);
  layout = sf_report_layout_new (doc, &setup);
  sf_test_check_margins (layout);
  boxes = sf_report_layout_get_boxes (layout, &n);
  for (guint c = 0; c + 1 < chapters->len; c++)
    {
      guint start = g_array_index (chapters, guint, c);
      guint end = g_array_index (chapters, guint, c + 1);
      guint first = G_MAXUINT, last = 0;
      double bottom = 0, prev_bottom = 0;

      for (guint i = 0; i < n; i++)
        if (boxes[i].block >= start && boxes[i].block < end)
          {
            first = MIN (first, boxes[i].page);
            last = MAX (last, boxes[i].page);
          }
      if (first == last)
        continue;
      spanning++;
      for (guint i = 0; i < n; i++)
        if (boxes[i].block >= start && boxes[i].block < end)
          {
            if (boxes[i].page == last)
              bottom = MAX (bottom, boxes[i].y + boxes[i].height);
            if (boxes[i].page == last - 1)
              prev_bottom = MAX (prev_bottom, boxes[i].y + boxes[i].height);
          }
      g_test_message ("chapter %u: last page filled to %.0f, the one before to %.0f", c,
                      bottom - setup.margin_top, prev_bottom - setup.margin_top);
      g_assert_cmpfloat (bottom - setup.margin_top, >=, body / 4);
      g_assert_cmpfloat (prev_bottom - setup.margin_top, >=, body / 2);
    }
  g_assert_cmpuint (spanning, >, 5);
}

/* A numbered list has its numbers where bullets would be, and no bullets; each number is
 * beside its item's first line, even across a page. */
static void
test_numbered_list (void)
{
  g_autoptr(SfReportDocument) doc = sf_report_document_new ("T");
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(SfReportLayout) layout = NULL;
  SfReportPageSetup setup;
  const SfReportBox *boxes;
  guint n, list, numbers = 0, pages = 0;
  double line = 0;

  sf_report_page_setup_a4 (&setup);
  for (guint i = 0; i < 60; i++)
    g_ptr_array_add (items, g_strdup_printf ("Vraag over de flat, nummer %u", i + 1));
  g_ptr_array_add (items, NULL);
  sf_report_document_add_bullets (doc, (const char *[]) { "Los punt", NULL });
  list = sf_report_document_get_n_blocks (doc);
  sf_report_document_add_numbered (doc, (const char * const *) items->pdata);
  layout = sf_report_layout_new (doc, &setup);
  boxes = sf_report_layout_get_boxes (layout, &n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *expected = NULL;
      const SfReportBox *item = NULL;

      if (boxes[i].block != list || boxes[i].kind != SF_REPORT_BOX_TEXT ||
          !g_str_has_suffix (boxes[i].text, "."))
        continue;
      g_assert_cmpstr (boxes[i].text, !=, "•");
      expected = g_strdup_printf ("%u.", numbers + 1);
      g_assert_cmpstr (boxes[i].text, ==, expected);
      /* The item it numbers: the box before it, starting at the same height, right of it. */
      item = &boxes[i - 1];
      g_assert_true (g_str_has_prefix (item->text, "Vraag"));
      g_assert_cmpuint (item->page, ==, boxes[i].page);
      g_assert_cmpfloat (item->y, ==, boxes[i].y);
      g_assert_cmpfloat (boxes[i].x + boxes[i].width, <=, item->x);
      /* One line, "10." as "1.": a number is never wrapped. */
      if (numbers > 0)
        g_assert_cmpfloat (boxes[i].height, ==, line);
      line = boxes[i].height;
      numbers++;
      pages = MAX (pages, boxes[i].page + 1);
    }
  g_assert_cmpuint (numbers, ==, 60);
  g_assert_cmpuint (pages, >, 1);
  /* The plain list keeps its bullet. */
  for (guint i = 0; i < n; i++)
    if (boxes[i].block == list - 1 && boxes[i].kind == SF_REPORT_BOX_TEXT &&
        g_str_equal (boxes[i].text, "•"))
      numbers++;
  g_assert_cmpuint (numbers, ==, 61);
}

/* The tiles of @block in its first row, and whether each of their figures is whole in its
 * box. */
static guint
tiles_in_first_row (const SfReportBox *boxes,
                    guint              n,
                    guint              block,
                    gboolean          *whole)
{
  PangoContext *context = sf_report_context_new ("nl");
  double first_y = -1;
  guint in_row = 0;

  *whole = TRUE;
  for (guint i = 0; i < n; i++)
    {
      if (boxes[i].block != block)
        continue;
      if (boxes[i].kind == SF_REPORT_BOX_FILL)
        {
          if (first_y < 0)
            first_y = boxes[i].y;
          in_row += boxes[i].y == first_y;
        }
      if (boxes[i].kind == SF_REPORT_BOX_TEXT && boxes[i].style == SF_REPORT_STYLE_FIGURE)
        {
          g_autoptr(PangoLayout) text = sf_report_layout_text (context, SF_REPORT_STYLE_FIGURE,
                                                               boxes[i].text, boxes[i].markup,
                                                               -1, SF_REPORT_ALIGN_START);

          *whole &= sf_report_layout_width (text) <= boxes[i].width;
        }
    }
  g_object_unref (context);
  return in_row;
}

/* Four tiles to a row, or fewer when a figure would be cut: on a slide, four results in
 * euros are three to a row, each whole. */
static void
test_tile_figures_whole (void)
{
  g_autoptr(SfReportDocument) doc = sf_report_document_new ("T");
  g_autoptr(SfReportLayout) layout = NULL;
  const char *counts[] = { "120", "164", "8", "44 %" };
  const char *euros[] = { "€ -103.228", "€ 142.590", "€ 399.619", "€ -86.000" };
  SfReportTiles *short_tiles, *long_tiles;
  SfReportPageSetup setup;
  const SfReportBox *boxes;
  gboolean whole;
  guint n;

  sf_report_page_setup_slide (&setup);
  short_tiles = sf_report_document_add_tiles (doc);
  sf_report_document_add_page_break (doc);
  long_tiles = sf_report_document_add_tiles (doc);
  for (guint i = 0; i < 4; i++)
    {
      sf_report_tiles_add (short_tiles, "woningen", counts[i], FALSE);
      sf_report_tiles_add (long_tiles, "resultaat na 3 jaar", euros[i], i == 3);
    }
  layout = sf_report_layout_new (doc, &setup);
  boxes = sf_report_layout_get_boxes (layout, &n);
  g_assert_cmpuint (tiles_in_first_row (boxes, n, 0, &whole), ==, 4);
  g_assert_true (whole);
  g_assert_cmpuint (tiles_in_first_row (boxes, n, 2, &whole), <, 4);
  g_assert_true (whole);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/report/layout/heading-kept-with-next", test_heading_kept_with_next);
  g_test_add_func ("/report/layout/keep-together", test_keep_together);
  g_test_add_func ("/report/layout/chapter-tail", test_chapter_tail);
  g_test_add_func ("/report/layout/numbered-list", test_numbered_list);
  g_test_add_func ("/report/layout/tile-figures-whole", test_tile_figures_whole);
  return g_test_run ();
}
