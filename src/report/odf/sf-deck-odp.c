/* sf-deck-odp.c: step 5's deck written as an ODF presentation (.odp)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each shown slide is laid out as the PDF lays it out (sf-deck-render.c), shortened the same
 * way; its document's blocks then become the page's shapes, each in the rectangle its boxes
 * take on the laid-out page. Text stays text; what the layout draws (charts, tables, tiles)
 * is drawn by it once more into a picture of that rectangle.
 */
#include "config.h"

#include "sf-deck-odp.h"
#include "sf-deck-private.h"
#include "sf-file.h"
#include "sf-odf-package.h"
#include "sf-odf-picture.h"
#include "sf-odp-private.h"
#include "sf-odt-private.h"
#include "sf-report-blocks.h"

#define ODP_MEDIA_TYPE "application/vnd.oasis.opendocument.presentation"

typedef struct
{
  SfOdfXml     *xml;
  SfOdfPackage *package;
  guint         n_pictures;
  GError       *error;
} Writer;

typedef struct
{
  double x, y, width, height;
  const SfReportBox *first;
} Rect;

/* The rectangle block @block takes on the slide's page, of its text boxes alone when
 * @text_only; FALSE when it has no such box there. */
static gboolean
block_rect (SfReportLayout *layout,
            guint           block,
            gboolean        text_only,
            Rect           *rect)
{
  const SfReportBox *boxes, *first = NULL;
  double x1 = G_MAXDOUBLE, y1 = G_MAXDOUBLE, x2 = -G_MAXDOUBLE, y2 = -G_MAXDOUBLE;
  guint n;

  boxes = sf_report_layout_get_boxes (layout, &n);
  for (guint i = 0; i < n; i++)
    if (boxes[i].block == block && boxes[i].page == 0 &&
        boxes[i].role != SF_REPORT_ROLE_RUNNING &&
        (!text_only || boxes[i].kind == SF_REPORT_BOX_TEXT))
      {
        if (first == NULL)
          first = &boxes[i];
        x1 = MIN (x1, boxes[i].x);
        y1 = MIN (y1, boxes[i].y);
        x2 = MAX (x2, boxes[i].x + boxes[i].width);
        y2 = MAX (y2, boxes[i].y + boxes[i].height);
      }
  *rect = (Rect) { x1, y1, x2 - x1, y2 - y1, first };
  return first != NULL;
}

static void
frame_geometry (SfOdfXml   *xml,
                const Rect *rect)
{
  sf_odf_xml_attr_pt (xml, "svg:x", rect->x);
  sf_odf_xml_attr_pt (xml, "svg:y", rect->y);
  sf_odf_xml_attr_pt (xml, "svg:width", rect->width);
  sf_odf_xml_attr_pt (xml, "svg:height", rect->height);
}

static void
write_paragraph (SfOdfXml   *xml,
                 const char *style,
                 const char *text,
                 gboolean    markup)
{
  sf_odf_xml_start (xml, "text:p");
  sf_odf_xml_attr (xml, "text:style-name", style);
  if (markup)
    sf_odt_markup_write (xml, text);
  else
    sf_odf_xml_text (xml, text, -1);
  sf_odf_xml_end (xml);
}

/* A block of text as a text box: the title as the slide's title, the rest as text. */
static void
write_text (Writer              *w,
            const SfReportBlock *block,
            const Rect          *rect)
{
  const char *style = sf_odp_paragraph_style (rect->first->style, rect->first->align);

  sf_odf_xml_start (w->xml, "draw:frame");
  if (block->kind == SF_REPORT_BLOCK_CHAPTER)
    {
      sf_odf_xml_attr (w->xml, "presentation:class", "title");
      sf_odf_xml_attr (w->xml, "presentation:style-name", SF_ODP_TITLE_FRAME);
      sf_odf_xml_attr (w->xml, "presentation:user-transformed", "true");
    }
  else
    sf_odf_xml_attr (w->xml, "draw:style-name", SF_ODP_TEXT_FRAME);
  sf_odf_xml_attr (w->xml, "draw:layer", "layout");
  frame_geometry (w->xml, rect);
  sf_odf_xml_start (w->xml, "draw:text-box");
  if (block->kind == SF_REPORT_BLOCK_BULLETS)
    {
      sf_odf_xml_start (w->xml, "text:list");
      sf_odf_xml_attr (w->xml, "text:style-name", SF_ODP_BULLETS);
      for (guint i = 0; block->items[i] != NULL; i++)
        {
          sf_odf_xml_start (w->xml, "text:list-item");
          write_paragraph (w->xml, style, block->items[i], FALSE);
          sf_odf_xml_end (w->xml);
        }
      sf_odf_xml_end (w->xml);
    }
  else
    write_paragraph (w->xml, style, block->text, block->markup);
  sf_odf_xml_end (w->xml);
  sf_odf_xml_end (w->xml);
}

/* The rules a text block draws (the accent over a slide's title) as rectangles. */
static void
write_rules (Writer         *w,
             SfReportLayout *layout,
             guint           block)
{
  const SfReportBox *boxes;
  guint n;

  boxes = sf_report_layout_get_boxes (layout, &n);
  for (guint i = 0; i < n; i++)
    if (boxes[i].block == block && boxes[i].page == 0 && boxes[i].kind == SF_REPORT_BOX_RULE &&
        boxes[i].grey < 0)
      {
        Rect rect = { boxes[i].x, boxes[i].y, boxes[i].width, boxes[i].height, NULL };

        sf_odf_xml_start (w->xml, "draw:rect");
        sf_odf_xml_attr (w->xml, "draw:style-name", SF_ODP_ACCENT);
        sf_odf_xml_attr (w->xml, "draw:layer", "layout");
        frame_geometry (w->xml, &rect);
        sf_odf_xml_end (w->xml);
      }
}

/* The slide's number where the PDF has it, as a field: it follows when slides move. */
static void
write_number (Writer         *w,
              SfReportLayout *layout)
{
  const SfReportBox *boxes;
  guint n;

  boxes = sf_report_layout_get_boxes (layout, &n);
  for (guint i = 0; i < n; i++)
    if (boxes[i].page == 0 && boxes[i].role == SF_REPORT_ROLE_RUNNING &&
        boxes[i].kind == SF_REPORT_BOX_TEXT)
      {
        Rect rect = { boxes[i].x, boxes[i].y, boxes[i].width, boxes[i].height, NULL };

        sf_odf_xml_start (w->xml, "draw:frame");
        sf_odf_xml_attr (w->xml, "draw:style-name", SF_ODP_TEXT_FRAME);
        sf_odf_xml_attr (w->xml, "draw:layer", "layout");
        frame_geometry (w->xml, &rect);
        sf_odf_xml_start (w->xml, "draw:text-box");
        sf_odf_xml_start (w->xml, "text:p");
        sf_odf_xml_attr (w->xml, "text:style-name",
                         sf_odp_paragraph_style (boxes[i].style, boxes[i].align));
        sf_odf_xml_start (w->xml, "text:page-number");
        sf_odf_xml_text (w->xml, boxes[i].text, -1);
        sf_odf_xml_end (w->xml);
        sf_odf_xml_end (w->xml);
        sf_odf_xml_end (w->xml);
        sf_odf_xml_end (w->xml);
      }
}

typedef struct
{
  SfReportLayout *layout;
  guint           block;
  const Rect     *rect;
} BlockDrawing;

static void
draw_block (cairo_t  *cr,
            double    width,
            double    height,
            gpointer  data)
{
  BlockDrawing *d = data;

  cairo_translate (cr, -d->rect->x, -d->rect->y);
  sf_report_layout_draw_block (d->layout, cr, 0, d->block);
}

static void
write_image (SfOdfXml   *xml,
             const char *path,
             const char *media_type)
{
  sf_odf_xml_start (xml, "draw:image");
  sf_odf_xml_attr (xml, "xlink:href", path);
  sf_odf_xml_attr (xml, "xlink:type", "simple");
  sf_odf_xml_attr (xml, "xlink:show", "embed");
  sf_odf_xml_attr (xml, "xlink:actuate", "onLoad");
  sf_odf_xml_attr (xml, "draw:mime-type", media_type);
  sf_odf_xml_end (xml);
}

/* A chart, table or tiles as a picture of its rectangle, described by @title. */
static void
write_picture (Writer         *w,
               SfReportLayout *layout,
               guint           block,
               const Rect     *rect,
               const char     *title)
{
  SfOdfPicture picture = { 0 };
  BlockDrawing drawing = { layout, block, rect };
  g_autofree char *svg = NULL, *png = NULL;

  if (w->error != NULL ||
      !sf_odf_picture_draw_func (&picture, rect->width, rect->height, draw_block, &drawing,
                                 &w->error))
    {
      sf_odf_picture_clear (&picture);
      return;
    }
  w->n_pictures++;
  svg = g_strdup_printf ("Pictures/slide-%u.svg", w->n_pictures);
  png = g_strdup_printf ("Pictures/slide-%u.png", w->n_pictures);
  if (sf_odf_package_add (w->package, svg, "image/svg+xml", picture.svg, &w->error) &&
      sf_odf_package_add (w->package, png, "image/png", picture.png, &w->error))
    {
      sf_odf_xml_start (w->xml, "draw:frame");
      sf_odf_xml_attr (w->xml, "draw:style-name", SF_ODP_PICTURE_FRAME);
      sf_odf_xml_attr (w->xml, "draw:layer", "layout");
      frame_geometry (w->xml, rect);
      write_image (w->xml, svg, "image/svg+xml");
      write_image (w->xml, png, "image/png");
      if (title && *title)
        sf_odf_xml_element (w->xml, "svg:title", title);
      sf_odf_xml_end (w->xml);
    }
  sf_odf_picture_clear (&picture);
}

/* The notes page: the slide above, its notes under it, a paragraph a line. */
static void
write_notes (Writer     *w,
             guint       page,
             const char *notes)
{
  g_auto(GStrv) lines = g_strsplit (notes ? notes : "", "\n", -1);
  double width = SF_ODP_NOTES_WIDTH - 2 * SF_ODP_NOTES_MARGIN;
  SfReportPageSetup setup;
  Rect thumbnail, text;

  sf_report_page_setup_slide (&setup);
  thumbnail = (Rect) { SF_ODP_NOTES_MARGIN, SF_ODP_NOTES_MARGIN, width,
                       width * setup.height / setup.width, NULL };
  text = (Rect) { SF_ODP_NOTES_MARGIN, thumbnail.y + thumbnail.height + 24, width, 0, NULL };
  text.height = SF_ODP_NOTES_HEIGHT - SF_ODP_NOTES_MARGIN - text.y;
  sf_odf_xml_start (w->xml, "presentation:notes");
  sf_odf_xml_start (w->xml, "draw:page-thumbnail");
  sf_odf_xml_attr (w->xml, "presentation:class", "page");
  sf_odf_xml_attr (w->xml, "draw:layer", "layout");
  frame_geometry (w->xml, &thumbnail);
  sf_odf_xml_attr_printf (w->xml, "draw:page-number", "%u", page + 1);
  sf_odf_xml_end (w->xml);
  sf_odf_xml_start (w->xml, "draw:frame");
  sf_odf_xml_attr (w->xml, "presentation:class", "notes");
  sf_odf_xml_attr (w->xml, "presentation:style-name", SF_ODP_NOTES_FRAME);
  sf_odf_xml_attr (w->xml, "draw:layer", "layout");
  frame_geometry (w->xml, &text);
  sf_odf_xml_start (w->xml, "draw:text-box");
  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      write_paragraph (w->xml, SF_ODP_NOTES_TEXT, lines[i], FALSE);
  sf_odf_xml_end (w->xml);
  sf_odf_xml_end (w->xml);
  sf_odf_xml_end (w->xml);
}

static void
write_slide (Writer         *w,
             guint           page,
             SfReportLayout *layout,
             SfDeckSlide    *slide)
{
  SfReportDocument *doc = sf_report_layout_get_document (layout);
  const char *title = NULL;
  g_autofree char *name = g_strdup_printf ("page%u", page + 1);

  sf_odf_xml_start (w->xml, "draw:page");
  sf_odf_xml_attr (w->xml, "draw:name", name);
  sf_odf_xml_attr (w->xml, "draw:master-page-name", SF_ODP_MASTER);
  for (guint i = 0; slide != NULL && i < sf_report_document_get_n_blocks (doc); i++)
    {
      const SfReportBlock *block = sf_report_document_get_block (doc, i);
      gboolean drawn = block->kind == SF_REPORT_BLOCK_CHART ||
                       block->kind == SF_REPORT_BLOCK_TABLE ||
                       block->kind == SF_REPORT_BLOCK_TILES;
      Rect rect;

      if (!block_rect (layout, i, !drawn, &rect))
        continue;
      if (block->kind == SF_REPORT_BLOCK_CHAPTER)
        title = block->text;
      if (drawn)
        write_picture (w, layout, i, &rect, block->chart != NULL
                                              ? sf_chart_get_title (block->chart) : title);
      else if (block->text != NULL || block->items != NULL)
        {
          write_rules (w, layout, i);
          write_text (w, block, &rect);
        }
    }
  if (slide != NULL)
    write_number (w, layout);
  write_notes (w, page, slide != NULL ? slide->notes : NULL);
  sf_odf_xml_end (w->xml);
}

static GBytes *
write_content (SfDeck        *deck,
               SfOdfPackage  *package,
               const char    *language,
               GError       **error)
{
  Writer w = { sf_odf_xml_new ("office:document-content"), package, 0, NULL };
  GBytes *content;

  sf_odt_font_faces (w.xml);
  sf_odp_automatic_styles (w.xml, language);
  sf_odf_xml_start (w.xml, "office:body");
  sf_odf_xml_start (w.xml, "office:presentation");
  /* No slide shown: one blank page, as the PDF has. */
  for (guint page = 0; page < deck->layouts->len; page++)
    write_slide (&w, page, g_ptr_array_index (deck->layouts, page),
                 page < deck->shown->len
                   ? g_ptr_array_index (deck->slides, g_array_index (deck->shown, guint, page))
                   : NULL);
  sf_odf_xml_end (w.xml);
  sf_odf_xml_end (w.xml);
  content = sf_odf_xml_finish (w.xml, error);
  if (w.error != NULL)
    {
      g_clear_pointer (&content, g_bytes_unref);
      g_propagate_error (error, w.error);
    }
  return content;
}

GBytes *
sf_deck_odp_render (SfDeck  *deck,
                    GError **error)
{
  g_autoptr(SfOdfPackage) package = NULL;
  SfReportDocument *first;
  SfReportPageSetup setup;
  const char *language;

  g_return_val_if_fail (deck != NULL, NULL);

  sf_deck_ensure_layout (deck);
  first = sf_report_layout_get_document (g_ptr_array_index (deck->layouts, 0));
  language = sf_report_document_get_language (first);
  sf_report_page_setup_slide (&setup);
  package = sf_odf_package_new (ODP_MEDIA_TYPE, error);
  if (package == NULL ||
      !sf_odf_package_add_xml (package, "content.xml",
                               write_content (deck, package, language, error), error) ||
      !sf_odf_package_add_xml (package, "styles.xml",
                               sf_odp_styles_write (&setup, language, error), error) ||
      !sf_odf_package_add_xml (package, "meta.xml", sf_odf_meta_write (first, error), error))
    return NULL;
  return sf_odf_package_finish (g_steal_pointer (&package), error);
}

gboolean
sf_deck_write_odp (SfDeck      *deck,
                   const char  *path,
                   GError     **error)
{
  g_autoptr(GBytes) odp = sf_deck_odp_render (deck, error);
  const char *data;
  gsize size;

  if (odp == NULL)
    return FALSE;
  data = g_bytes_get_data (odp, &size);
  return sf_file_write_private (path, data, size, error);
}
