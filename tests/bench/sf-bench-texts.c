/* sf-bench-texts.c: the baseline of the report and deck benchmarks (moved from
 * bench-report.c, where it was made for the report)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "sf-bench-texts.h"
#include "sf-report-blocks.h"

static void
add_text (GArray        *texts,
          const char    *text,
          gboolean       markup,
          SfReportStyle  style,
          double         width)
{
  SfBenchText t = { g_strdup (text ? text : ""), markup, style, width };

  if (text == NULL || *text == '\0')
    {
      g_free (t.text);
      return;
    }
  g_array_append_val (texts, t);
}

static void
text_clear (SfBenchText *t)
{
  g_free (t->text);
}

/* A timeline's title, legend, column heads, lanes and numbers. */
static void
collect_timeline (GArray     *texts,
                  SfTimeline *timeline,
                  double      width)
{
  sf_timeline_get_height (timeline, width);
  for (guint c = 0; c < sf_timeline_get_n_columns (timeline); c++)
    add_text (texts, sf_timeline_get_column_label (timeline, c), FALSE, SF_REPORT_STYLE_CAPTION,
              width / 8);
  for (guint l = 0; l < sf_timeline_get_n_lanes (timeline); l++)
    {
      add_text (texts, sf_timeline_get_lane_label (timeline, l), FALSE, SF_REPORT_STYLE_CAPTION,
                width * 0.3);
      for (guint c = 0; c < sf_timeline_get_n_columns (timeline); c++)
        {
          guint n = 0;
          g_autofree char *number = NULL;

          for (guint s = 0; s < SF_TIMELINE_MAX_STATUSES; s++)
            n += sf_timeline_get_count (timeline, l, c, s);
          number = n ? g_strdup_printf ("%u", n) : NULL;
          add_text (texts, number, FALSE, SF_REPORT_STYLE_CAPTION, width / 8);
        }
    }
}

static void
collect_chart (GArray  *texts,
               SfChart *chart,
               double   width)
{
  add_text (texts, sf_chart_get_title (chart), FALSE, SF_REPORT_STYLE_STRONG, width);
  for (guint s = 0; s < sf_chart_get_n_series (chart); s++)
    add_text (texts, sf_chart_get_series_name (chart, s), FALSE, SF_REPORT_STYLE_CAPTION,
              width / 4);
  for (guint b = 0; b < sf_chart_get_n_bars (chart); b++)
    {
      add_text (texts, sf_chart_get_bar_label (chart, b), FALSE, SF_REPORT_STYLE_CAPTION,
                width * 0.3);
      for (guint s = 0; s < sf_chart_get_n_series (chart); s++)
        {
          double value;
          SfChartValueFlags flags;
          g_autofree char *written = NULL;

          if (!sf_chart_get_value (chart, b, s, &value, &flags) ||
              (flags & SF_CHART_VALUE_UNKNOWN))
            continue;
          written = sf_chart_format_value (chart, value);
          add_text (texts, written, FALSE, SF_REPORT_STYLE_CAPTION, width / 4);
        }
    }
}

GArray *
sf_bench_collect_texts (SfReportDocument        *doc,
                        const SfReportPageSetup *setup)
{
  GArray *texts = g_array_new (FALSE, FALSE, sizeof (SfBenchText));
  double width = setup->width - setup->margin_left - setup->margin_right;

  g_array_set_clear_func (texts, (GDestroyNotify) text_clear);
  for (guint i = 0; i < sf_report_document_get_n_blocks (doc); i++)
    {
      const SfReportBlock *block = sf_report_document_get_block (doc, i);

      switch (block->kind)
        {
        case SF_REPORT_BLOCK_COVER:
          add_text (texts, block->text, FALSE, SF_REPORT_STYLE_TITLE, width);
          add_text (texts, block->subtitle, FALSE, SF_REPORT_STYLE_SUBTITLE, width);
          for (guint k = 0; block->items && block->items[k]; k++)
            {
              add_text (texts, block->items[k], FALSE, SF_REPORT_STYLE_CAPTION, width * 0.3);
              add_text (texts, block->values[k], FALSE, SF_REPORT_STYLE_BODY, width * 0.7);
            }
          break;
        case SF_REPORT_BLOCK_CONTENTS:
        case SF_REPORT_BLOCK_CHAPTER:
          add_text (texts, block->text, FALSE, SF_REPORT_STYLE_CHAPTER, width);
          break;
        case SF_REPORT_BLOCK_SECTION:
          add_text (texts, block->text, FALSE, SF_REPORT_STYLE_SECTION, width);
          break;
        case SF_REPORT_BLOCK_PARAGRAPH:
          add_text (texts, block->text, block->markup, SF_REPORT_STYLE_BODY, width);
          break;
        case SF_REPORT_BLOCK_CAPTION:
          add_text (texts, block->text, FALSE, SF_REPORT_STYLE_CAPTION, width);
          break;
        case SF_REPORT_BLOCK_BULLETS:
          for (guint k = 0; block->items[k]; k++)
            add_text (texts, block->items[k], FALSE, SF_REPORT_STYLE_BODY, width - 14);
          break;
        case SF_REPORT_BLOCK_TABLE:
          {
            SfReportTable *table = block->table;
            double total = 0;

            for (guint c = 0; c < table->n_columns; c++)
              total += table->columns[c].share;
            for (guint c = 0; c < table->n_columns; c++)
              add_text (texts, table->columns[c].title, FALSE, SF_REPORT_STYLE_TABLE_HEAD,
                        width * table->columns[c].share / total - 10);
            for (guint r = 0; r < table->rows->len; r++)
              {
                GStrv cells = g_ptr_array_index (table->rows, r);

                for (guint c = 0; c < table->n_columns; c++)
                  add_text (texts, cells[c], FALSE, SF_REPORT_STYLE_TABLE,
                            width * table->columns[c].share / total - 10);
              }
          }
          break;
        case SF_REPORT_BLOCK_CHART:
          if (block->timeline != NULL)
            collect_timeline (texts, block->timeline, width);
          else
            collect_chart (texts, block->chart, width);
          break;
        case SF_REPORT_BLOCK_TILES:
          for (guint k = 0; k < block->tiles->tiles->len; k++)
            {
              SfReportTile *tile = g_ptr_array_index (block->tiles->tiles, k);

              add_text (texts, tile->value, FALSE, SF_REPORT_STYLE_FIGURE, width / 4 - 20);
              add_text (texts, tile->label, FALSE, SF_REPORT_STYLE_CAPTION, width / 4 - 20);
            }
          break;
        case SF_REPORT_BLOCK_PAGE_BREAK:
        default:
          break;
        }
    }
  return texts;
}

guint
sf_bench_write_baseline (GArray                  *texts,
                         const SfReportPageSetup *setup,
                         const char              *path)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, setup->width, setup->height);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = pango_cairo_create_context (cr);
  double bottom = setup->height - setup->margin_bottom, y = setup->margin_top;
  guint pages = 1;

  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_language (context, pango_language_from_string ("nl"));
  for (guint i = 0; i < texts->len; i++)
    {
      SfBenchText *t = &g_array_index (texts, SfBenchText, i);
      g_autoptr(PangoLayout) layout = pango_layout_new (context);
      PangoFontDescription *font = pango_font_description_from_string (SF_REPORT_FONT_FAMILY);
      PangoLayoutIter *iter;

      pango_font_description_set_absolute_size (font,
                                                sf_report_style_size (t->style) * PANGO_SCALE);
      pango_layout_set_font_description (layout, font);
      pango_font_description_free (font);
      pango_layout_set_width (layout, (int) (t->width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      if (t->markup)
        pango_layout_set_markup (layout, t->text, -1);
      else
        pango_layout_set_text (layout, t->text, -1);
      iter = pango_layout_get_iter (layout);
      do
        {
          int y0, y1;
          double height;

          pango_layout_iter_get_line_yrange (iter, &y0, &y1);
          height = (double) (y1 - y0) / PANGO_SCALE;
          if (y + height > bottom)
            {
              cairo_show_page (cr);
              pages++;
              y = setup->margin_top;
            }
          cairo_move_to (cr, setup->margin_left,
                         y + (double) (pango_layout_iter_get_baseline (iter) - y0) / PANGO_SCALE);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
          y += height;
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
      y += 4;
    }
  cairo_show_page (cr);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    g_error ("baseline: %s", cairo_status_to_string (cairo_surface_status (surface)));
  cairo_surface_destroy (surface);
  return pages;
}
