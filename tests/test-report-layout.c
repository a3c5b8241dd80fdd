/* test-report-layout.c: the report's pages keep typographic rules and make a sound PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The layout is checked from its boxes; the PDF is read back with poppler, as a reader's
 * viewer would: text per page, outline, links, metadata and fonts.
 *
 * The page breaks' rules for headings, tables, notes, lead-ins, lists and chapters' last
 * pages are tested in test-report-breaks.c.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "sf-report-layout.h"
#include "sf-report-pdf.h"
#include "sf-test-layout.h"
#include "sf-test-pdf.h"

#define TABLE_HEAD "Indicator"
#define N_ROWS     200

typedef struct
{
  SfReportDocument *doc;
  GArray           *paragraphs; /* block indexes */
  guint             table;      /* block index */
  guint             n_chapters, n_sections;
  GPtrArray        *headings;   /* texts, in order */
} Sample;

static char *
long_name (char c)
{
  return g_strnfill (200, c); /* no space to break at */
}

static void
add_heading (Sample     *s,
             gboolean    chapter,
             const char *text)
{
  if (chapter)
    sf_report_document_add_chapter (s->doc, text);
  else
    sf_report_document_add_section (s->doc, text);
  g_ptr_array_add (s->headings, g_strdup (text));
  if (chapter)
    s->n_chapters++;
  else
    s->n_sections++;
}

static void
add_paragraph (Sample     *s,
               const char *text)
{
  guint index = sf_report_document_get_n_blocks (s->doc);

  sf_report_document_add_paragraph (s->doc, text);
  g_array_append_val (s->paragraphs, index);
}

static void
sample_init (Sample *s)
{
  const char *labels[] = { "Gemeente", "Flats", NULL };
  g_autofree char *name = long_name ('W');
  const char *values[] = { "Leiden", name, NULL };
  const char *bullets[] = { "Eenzaamheid", name, "Ontmoeting in de flat", NULL };
  g_autoptr(GString) text = g_string_new (NULL);
  SfReportTable *table;
  SfReportTiles *tiles;
  SfChart *chart;
  const double value[] = { 4 };

  *s = (Sample) { 0 };
  s->doc = sf_report_document_new ("Startfoto Zuidhoek");
  s->paragraphs = g_array_new (FALSE, FALSE, sizeof (guint));
  s->headings = g_ptr_array_new_with_free_func (g_free);
  sf_report_document_set_subject (s->doc, "Startfoto");
  sf_report_document_set_keywords (s->doc, "Welthuisflat");
  sf_report_document_add_cover (s->doc, "Startfoto Zuidhoek", "Verkenning", labels, values);
  sf_report_document_add_contents (s->doc, "Inhoud");

  for (guint i = 0; i < 18; i++)
    g_string_append (text, "Bewoners van de flat kennen elkaar vaak al jaren, maar een plek om "
                           "elkaar te ontmoeten ontbreekt sinds het buurthuis dicht is. ");
  add_heading (s, TRUE, "In één oogopslag");
  tiles = sf_report_document_add_tiles (s->doc);
  sf_report_tiles_add (tiles, "woningen", "120", FALSE);
  sf_report_tiles_add (tiles, "bewoners", "164", TRUE);
  sf_report_tiles_add (tiles, name, name, FALSE);
  chart = sf_chart_new ("Thema's");
  sf_chart_add_bar (chart, "Eenzaamheid", value);
  sf_chart_add_bar (chart, name, value);
  sf_report_document_add_chart (s->doc, chart);

  add_heading (s, TRUE, "Gesprekken met partners");
  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *section = g_strdup_printf ("Partner %u", i + 1);

      add_heading (s, FALSE, i == 3 ? name : section);
      add_paragraph (s, text->str);
      add_paragraph (s, i % 2 ? name : "Kort.");
      sf_report_document_add_bullets (s->doc, bullets);
    }

  add_heading (s, TRUE, "Feiten en cijfers");
  add_heading (s, FALSE, "Feitenblad");
  s->table = sf_report_document_get_n_blocks (s->doc);
  table = sf_report_document_add_table (s->doc, 3);
  sf_report_table_set_column (table, 0, TABLE_HEAD, 3, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 1, "Waarde", 1, SF_REPORT_ALIGN_END);
  sf_report_table_set_column (table, 2, "Bron", 2, SF_REPORT_ALIGN_START);
  for (guint r = 0; r < N_ROWS; r++)
    {
      g_autofree char *label = g_strdup_printf ("Gegeven %u", r);
      g_autofree char *number = g_strdup_printf ("%u", r * 3);
      const char *cells[] = { r % 50 == 7 ? name : label, r % 40 == 9 ? name : number, "CBS" };
      guint row = sf_report_table_add_row (table, cells);

      sf_report_table_set_estimate (table, row, 1, r % 10 == 0);
    }
  sf_report_document_add_caption (s->doc, "≈ schatting");
  add_paragraph (s, text->str);
}

static void
sample_clear (Sample *s)
{
  sf_report_document_free (s->doc);
  g_array_unref (s->paragraphs);
  g_ptr_array_unref (s->headings);
}

static gboolean
is_paragraph (Sample *s,
              guint   block)
{
  for (guint i = 0; i < s->paragraphs->len; i++)
    if (g_array_index (s->paragraphs, guint, i) == block)
      return TRUE;
  return FALSE;
}

static void
check_rules (Sample         *s,
             SfReportLayout *layout)
{
  guint n_pages = sf_report_layout_get_n_pages (layout), n, table_pages = 0, splits = 0;
  const SfReportBox *boxes = sf_report_layout_get_boxes (layout, &n);
  g_autoptr(GHashTable) parts = g_hash_table_new (NULL, NULL);

  for (guint p = 0; p < n_pages; p++)
    {
      const SfReportBox *last = NULL;
      double header_bottom = -1, first_row = G_MAXDOUBLE;

      for (guint i = 0; i < n; i++)
        {
          const SfReportBox *b = &boxes[i];

          if (b->page != p || b->role == SF_REPORT_ROLE_RUNNING)
            continue;
          if (last == NULL || b->y + b->height > last->y + last->height + 0.01)
            last = b;
          if (b->block == s->table && b->role == SF_REPORT_ROLE_TABLE_HEADER)
            header_bottom = MAX (header_bottom, b->y + b->height);
          if (b->block == s->table && b->role == SF_REPORT_ROLE_BODY &&
              b->kind == SF_REPORT_BOX_TEXT)
            first_row = MIN (first_row, b->y);
        }
      /* The table's header row is on top of every page with its rows. */
      if (first_row < G_MAXDOUBLE)
        {
          table_pages++;
          g_assert_cmpfloat (header_bottom, >, 0);
          g_assert_cmpfloat (header_bottom, <=, first_row);
        }
      /* A heading is never the last thing on a page. */
      if (last)
        g_assert_cmpint (last->role, !=, SF_REPORT_ROLE_HEADING);
    }
  g_assert_cmpuint (table_pages, >=, 3);

  /* No widows or orphans: a paragraph split over pages keeps two lines on each side. */
  for (guint i = 0; i < n; i++)
    if (is_paragraph (s, boxes[i].block))
      {
        guint count = GPOINTER_TO_UINT (g_hash_table_lookup (parts,
                                                             GUINT_TO_POINTER (boxes[i].block)));

        g_hash_table_insert (parts, GUINT_TO_POINTER (boxes[i].block),
                             GUINT_TO_POINTER (count + 1));
      }
  for (guint i = 0; i < n; i++)
    if (is_paragraph (s, boxes[i].block) &&
        GPOINTER_TO_UINT (g_hash_table_lookup (parts, GUINT_TO_POINTER (boxes[i].block))) > 1)
      {
        g_assert_cmpuint (boxes[i].n_lines, >=, 2);
        g_assert_cmpuint (boxes[i].n_lines, !=, G_MAXUINT);
        splits++;
      }
  g_assert_cmpuint (splits, >, 0); /* the sample does split paragraphs */
}

static char *
write_pdf (SfReportLayout *layout,
           char          **dir)
{
  g_autoptr(GError) error = NULL;
  char *path;

  *dir = g_dir_make_tmp ("sf-report-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (*dir, "report.pdf", NULL);
  g_assert_true (sf_report_pdf_write (layout, path, &error));
  g_assert_no_error (error);
  return path;
}

static void
remove_pdf (char *dir,
            char *path)
{
  g_remove (path);
  g_rmdir (dir);
  g_free (path);
  g_free (dir);
}

static void
assert_metadata (char       *value,
                 const char *expected)
{
  g_assert_cmpstr (value, ==, expected);
  g_free (value);
}

static void
check_fonts_embedded (PopplerDocument *pdf)
{
  PopplerFontInfo *info = poppler_font_info_new (pdf);
  PopplerFontsIter *iter = NULL;
  guint fonts = 0;

  while (poppler_font_info_scan (info, poppler_document_get_n_pages (pdf), &iter))
    {
      if (iter == NULL)
        continue;
      do
        {
          g_test_message ("font %s", poppler_fonts_iter_get_full_name (iter));
          g_assert_true (poppler_fonts_iter_is_embedded (iter));
          fonts++;
        }
      while (poppler_fonts_iter_next (iter));
      poppler_fonts_iter_free (iter);
      iter = NULL;
    }
  poppler_font_info_free (info);
  g_assert_cmpuint (fonts, >, 0);
}

/* Every character that is drawn stays between the left and right margins. */
static void
check_text_inside (PopplerPage             *page,
                   const SfReportPageSetup *setup)
{
  g_autofree char *text = poppler_page_get_text (page);
  g_autofree PopplerRectangle *rects = NULL;
  guint n;
  const char *c = text;

  g_assert_true (poppler_page_get_text_layout (page, &rects, &n));
  for (guint i = 0; i < n && *c; i++, c = g_utf8_next_char (c))
    {
      if (g_unichar_isspace (g_utf8_get_char (c)))
        continue;
      g_assert_cmpfloat (rects[i].x1, >=, setup->margin_left - 1);
      g_assert_cmpfloat (rects[i].x2, <=, setup->width - setup->margin_right + 1);
      g_assert_cmpfloat (rects[i].y1, >=, 0);
      g_assert_cmpfloat (rects[i].y2, <=, setup->height);
    }
}

static guint
count_outline (PopplerIndexIter *iter,
               Sample           *s,
               guint            *index,
               guint             level)
{
  guint count = 0;

  do
    {
      PopplerAction *action = poppler_index_iter_get_action (iter);
      PopplerIndexIter *child;

      g_assert_cmpint (action->type, ==, POPPLER_ACTION_GOTO_DEST);
      g_assert_cmpstr (action->goto_dest.title, ==, g_ptr_array_index (s->headings, *index));
      (*index)++;
      if (level == 1)
        count++;
      poppler_action_free (action);
      child = poppler_index_iter_get_child (iter);
      if (child)
        {
          g_assert_cmpuint (level, ==, 1);
          count_outline (child, s, index, level + 1);
          poppler_index_iter_free (child);
        }
    }
  while (poppler_index_iter_next (iter));
  return count;
}

static int
compare_int (gconstpointer a,
             gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

static void
test_long_document (void)
{
  Sample s;
  SfReportPageSetup setup;
  g_autoptr(SfReportLayout) layout = NULL;
  PopplerDocument *pdf;
  g_autofree char *dir = NULL;
  char *path;
  const SfReportHeading *headings;
  guint n_pages, n_headings, table_pages = 0, outline_index = 0;
  PopplerIndexIter *outline;
  GList *links;

  sample_init (&s);
  sf_report_page_setup_a4 (&setup);
  layout = sf_report_layout_new (s.doc, &setup);
  n_pages = sf_report_layout_get_n_pages (layout);
  g_assert_cmpuint (n_pages, >, 8);
  sf_test_check_margins (layout);
  check_rules (&s, layout);
  headings = sf_report_layout_get_headings (layout, &n_headings);
  g_assert_cmpuint (n_headings, ==, s.headings->len);

  path = write_pdf (layout, &dir);
  pdf = sf_test_open_pdf (path);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, n_pages);

  /* Metadata set on purpose, nothing about the user. */
  assert_metadata (poppler_document_get_creator (pdf), "Startfoto");
  assert_metadata (poppler_document_get_title (pdf), "Startfoto Zuidhoek");
  assert_metadata (poppler_document_get_subject (pdf), "Startfoto");
  assert_metadata (poppler_document_get_keywords (pdf), "Welthuisflat");
  assert_metadata (poppler_document_get_author (pdf), NULL);

  for (guint p = 0; p < n_pages; p++)
    {
      g_autoptr(GObject) page_object = G_OBJECT (poppler_document_get_page (pdf, p));
      PopplerPage *page = POPPLER_PAGE (page_object);
      g_autofree char *text = poppler_page_get_text (page);
      g_autofree char *footer = g_strdup_printf ("page %u of %u", p + 1, n_pages);

      /* Every page but the cover has its number and the document's title. */
      if (p == 0)
        g_assert_null (strstr (text, "page 1 of"));
      else
        {
          g_assert_nonnull (strstr (text, footer));
          g_assert_nonnull (strstr (text, "Startfoto Zuidhoek"));
        }
      if (strstr (text, "Gegeven 1"))
        {
          table_pages++;
          g_assert_nonnull (strstr (text, TABLE_HEAD));
        }
      check_text_inside (page, &setup);
    }
  g_assert_cmpuint (table_pages, >=, 3);

  /* The outline lists the chapters with their sections under them, in order. */
  outline = poppler_index_iter_new (pdf);
  g_assert_nonnull (outline);
  g_assert_cmpuint (count_outline (outline, &s, &outline_index, 1), ==, s.n_chapters);
  g_assert_cmpuint (outline_index, ==, s.headings->len);
  poppler_index_iter_free (outline);

  /* The contents page links every entry to its heading's page. */
  {
    g_autoptr(GObject) contents_object = G_OBJECT (poppler_document_get_page (pdf, 1));
    PopplerPage *contents = POPPLER_PAGE (contents_object);
    g_autoptr(GArray) link_pages = g_array_new (FALSE, FALSE, sizeof (int));
    g_autoptr(GArray) heading_pages = g_array_new (FALSE, FALSE, sizeof (int));

    links = poppler_page_get_link_mapping (contents);
    g_assert_cmpuint (g_list_length (links), ==, s.headings->len);
    for (GList *l = links; l; l = l->next)
      {
        PopplerLinkMapping *link = l->data;
        PopplerDest *dest;

        g_assert_cmpint (link->action->type, ==, POPPLER_ACTION_GOTO_DEST);
        dest = link->action->goto_dest.dest;
        if (dest->type == POPPLER_DEST_NAMED)
          dest = poppler_document_find_dest (pdf, dest->named_dest);
        else
          dest = poppler_dest_copy (dest);
        g_assert_nonnull (dest);
        g_array_append_val (link_pages, dest->page_num);
        poppler_dest_free (dest);
      }
    /* The same pages as the headings', entry for entry (in any order). */
    for (guint h = 0; h < n_headings; h++)
      {
        int page = headings[h].page + 1;

        g_array_append_val (heading_pages, page);
      }
    g_array_sort (link_pages, compare_int);
    g_array_sort (heading_pages, compare_int);
    g_assert_cmpmem (link_pages->data, link_pages->len * sizeof (int),
                     heading_pages->data, heading_pages->len * sizeof (int));
    poppler_page_free_link_mapping (links);
  }

  check_fonts_embedded (pdf);
  g_object_unref (pdf);
  remove_pdf (g_steal_pointer (&dir), path);
  sample_clear (&s);
}

/* The same document on 16:9 slides: fewer lines per page, still inside the margins. */
static void
test_slide_size (void)
{
  Sample s;
  SfReportPageSetup setup;
  g_autoptr(SfReportLayout) layout = NULL;

  sample_init (&s);
  sf_report_page_setup_slide (&setup);
  layout = sf_report_layout_new (s.doc, &setup);
  sf_test_check_margins (layout);
  check_rules (&s, layout);
  sample_clear (&s);
}

static void
test_empty (void)
{
  g_autoptr(SfReportDocument) doc = sf_report_document_new ("");
  SfReportPageSetup setup;
  g_autoptr(SfReportLayout) layout = NULL;
  PopplerDocument *pdf;
  char *dir, *path;
  guint n;

  sf_report_page_setup_a4 (&setup);
  layout = sf_report_layout_new (doc, &setup);
  g_assert_cmpuint (sf_report_layout_get_n_pages (layout), ==, 1);
  sf_report_layout_get_headings (layout, &n);
  g_assert_cmpuint (n, ==, 0);
  path = write_pdf (layout, &dir);
  pdf = sf_test_open_pdf (path);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, 1);
  assert_metadata (poppler_document_get_creator (pdf), "Startfoto");
  g_assert_null (poppler_index_iter_new (pdf));
  g_object_unref (pdf);
  remove_pdf (dir, path);
}

/* The preview draws a page on an image; ink appears, inside the page. */
static void
test_draw_on_image (void)
{
  Sample s;
  SfReportPageSetup setup;
  g_autoptr(SfReportLayout) layout = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  unsigned char *data;
  guint ink = 0;

  sample_init (&s);
  sf_report_page_setup_a4 (&setup);
  layout = sf_report_layout_new (s.doc, &setup);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 298, 421);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, 0.5, 0.5);
  sf_report_layout_draw_page (layout, cr, 2);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  for (int y = 0; y < 421; y++)
    for (int x = 0; x < 298; x++)
      ink += (*(guint32 *) (data + y * cairo_image_surface_get_stride (surface) + x * 4) &
              0xffffff) != 0xffffff;
  g_assert_cmpuint (ink, >, 1000);
  cairo_surface_destroy (surface);
  sample_clear (&s);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/report/layout/long-document", test_long_document);
  g_test_add_func ("/report/layout/slide-size", test_slide_size);
  g_test_add_func ("/report/layout/empty", test_empty);
  g_test_add_func ("/report/layout/draw-on-image", test_draw_on_image);
  return g_test_run ();
}
