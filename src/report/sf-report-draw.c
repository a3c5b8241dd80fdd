/* sf-report-draw.c: drawing a laid-out page on any cairo_t (PDF, print, preview)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text is drawn line by line from a fresh layout of the same text and width (or, for an
 * export, the very layout it was measured with), so a paragraph split across pages shows
 * exactly the lines its box was given. Metrics are not hinted (see
 * sf-report-style.c), so the lines break as they did when the page was laid out.
 */
#include "config.h"

#include <math.h>

#include "sf-report-layout.h"
#include "sf-report-layout-private.h"

/* The accent colour (for a negative grey), or a grey level. */
static void
set_grey (cairo_t *cr,
          double   grey)
{
  double r, g, b;

  if (grey >= 0)
    {
      cairo_set_source_rgb (cr, grey, grey, grey);
      return;
    }
  sf_report_style_colour (SF_REPORT_STYLE_CHAPTER, &r, &g, &b);
  cairo_set_source_rgb (cr, r, g, b);
}

/* A light tint of the accent colour: @tint 0 is the accent, 1 is white. */
static void
set_tint (cairo_t *cr,
          double   tint)
{
  double r, g, b;

  sf_report_style_colour (SF_REPORT_STYLE_CHAPTER, &r, &g, &b);
  cairo_set_source_rgb (cr, r + (1 - r) * tint, g + (1 - g) * tint, b + (1 - b) * tint);
}

/* Takes @kept (may be NULL). */
static void
draw_text (PangoContext      *context,
           cairo_t           *cr,
           const SfReportBox *box,
           PangoLayout       *kept)
{
  g_autoptr(PangoLayout) layout = kept;
  PangoLayoutIter *iter;
  guint n, last;
  double top = 0, r, g, b;

  if (layout == NULL)
    layout = sf_report_layout_text (context, box->style, box->text, box->markup, box->width,
                                    box->align);
  if (box->max_lines > 0)
    {
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, -(int) box->max_lines);
    }
  n = pango_layout_get_line_count (layout);
  last = box->n_lines == G_MAXUINT ? n : MIN (n, box->first_line + box->n_lines);
  sf_report_style_colour (box->style, &r, &g, &b);
  cairo_set_source_rgb (cr, r, g, b);

  iter = pango_layout_get_iter (layout);
  for (guint i = 0; i < last; i++)
    {
      if (i >= box->first_line)
        {
          PangoRectangle logical;
          int y0, y1;
          double baseline;

          pango_layout_iter_get_line_yrange (iter, &y0, &y1);
          if (i == box->first_line)
            top = (double) y0 / PANGO_SCALE;
          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
          cairo_move_to (cr, box->x + (double) logical.x / PANGO_SCALE, box->y - top + baseline);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      if (!pango_layout_iter_next_line (iter))
        break;
    }
  pango_layout_iter_free (iter);
}

/* A contents entry: the PDF backend turns it into a link to the heading. The link names
 * its destination instead of giving a page: cairo 1.16 writes links to a later page without
 * a target, while a named destination is resolved when the file is finished. */
static void
begin_link (cairo_t           *cr,
            const SfReportBox *box,
            double             right)
{
  g_autofree char *attributes = NULL;

  /* Whole points: cairo 1.16 reads the attributes' numbers with sscanf, in the locale, so a
   * decimal point breaks the syntax where the decimal separator is a comma (Dutch). */
  attributes = g_strdup_printf ("rect=[%d %d %d %d] dest='sf-heading-%u'",
                                (int) floor (box->x), (int) floor (box->y),
                                (int) ceil (right - box->x), (int) ceil (box->height),
                                box->link_id);
  cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes);
}

static void
begin_dest (cairo_t           *cr,
            const SfReportBox *box)
{
  g_autofree char *attributes = g_strdup_printf ("name='sf-heading-%u'", box->dest_id);

  cairo_tag_begin (cr, CAIRO_TAG_DEST, attributes);
}

/* The boxes of @page, or only those of block @block when @one_block. */
static void
draw_boxes (SfReportLayout *self,
            cairo_t        *cr,
            guint           page,
            gboolean        one_block,
            guint           block)
{
  SfReportDocument *doc = sf_report_layout_get_document (self);
  const SfReportPageSetup *setup = sf_report_layout_get_setup (self);
  PangoContext *context = sf_report_context_new (sf_report_document_get_language (doc));
  const SfReportBox *boxes;
  guint n_boxes;

  cairo_save (cr);
  sf_report_context_update (context, cr);
  boxes = sf_report_layout_get_boxes (self, &n_boxes);
  for (guint i = 0; i < n_boxes; i++)
    {
      const SfReportBox *box = &boxes[i];

      if (box->page != page || (one_block && box->block != block))
        continue;
      switch (box->kind)
        {
        case SF_REPORT_BOX_TEXT:
          if (box->link_id > 0)
            begin_link (cr, box, setup->width - setup->margin_right);
          if (box->dest_id > 0)
            begin_dest (cr, box);
          draw_text (context, cr, box, sf_report_layout_take_text (self, i, cr));
          if (box->dest_id > 0)
            cairo_tag_end (cr, CAIRO_TAG_DEST);
          if (box->link_id > 0)
            cairo_tag_end (cr, CAIRO_TAG_LINK);
          break;
        case SF_REPORT_BOX_RULE:
          set_grey (cr, box->grey);
          cairo_rectangle (cr, box->x, box->y, box->width, box->height);
          cairo_fill (cr);
          break;
        case SF_REPORT_BOX_FILL:
          set_tint (cr, box->grey);
          cairo_rectangle (cr, box->x, box->y, box->width, box->height);
          cairo_fill (cr);
          break;
        case SF_REPORT_BOX_CHART:
          cairo_save (cr);
          cairo_translate (cr, box->x, box->y);
          cairo_scale (cr, box->scale, box->scale);
          if (box->timeline != NULL)
            sf_timeline_draw (box->timeline, cr, box->width / box->scale,
                              box->height / box->scale);
          else
            sf_chart_draw (box->chart, cr, box->width / box->scale);
          cairo_restore (cr);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  cairo_restore (cr);
  g_object_unref (context);
}

void
sf_report_layout_draw_page (SfReportLayout *self,
                            cairo_t        *cr,
                            guint           page)
{
  draw_boxes (self, cr, page, FALSE, 0);
}

void
sf_report_layout_draw_block (SfReportLayout *self,
                             cairo_t        *cr,
                             guint           page,
                             guint           block)
{
  draw_boxes (self, cr, page, TRUE, block);
}
