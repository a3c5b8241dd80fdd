/* sf-chart-text.c: the charts' text: pango layouts, numbers as a chart writes them, the title
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text is laid out in a context of its own without hinting, so that measuring
 * (sf_chart_get_height, without a surface) and drawing, on screen or in a PDF, agree.
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sf-chart-private.h"
#include "sf-mbc.h"

/* ---- numbers ---------------------------------------------------------------------------- */

static char *
format_decimal (SfChartFormat format,
                guint         decimals,
                double        value)
{
  double shown = format == SF_CHART_FORMAT_PERCENT ? value * 100 : value;
  double power = pow (10, decimals);
  /* Halves away from zero (12,5 % is 13 %), as people round; printf rounds them to even.
   * printf writes the locale's decimal separator (a comma in Dutch). */
  g_autofree char *number = g_strdup_printf ("%.*f", (int) decimals,
                                             round (shown * power) / power);
  const char *point = localeconv ()->decimal_point;
  char *separator = point && *point ? strstr (number, point) : NULL;

  if (separator != NULL)
    {
      char *end = number + strlen (number);

      while (end > separator + strlen (point) && end[-1] == '0')
        *--end = '\0';
      if (end == separator + strlen (point))
        *separator = '\0';
    }
  if (g_str_equal (number, "-0"))
    number[0] = '0', number[1] = '\0';
  if (format == SF_CHART_FORMAT_PERCENT)
    /* Translators: a percentage in a chart; %s is the number, e.g. "25 %" */
    return g_strdup_printf (_("%s %%"), number);
  return g_steal_pointer (&number);
}

char *
sf_chart_format_number (SfChartFormat format,
                        guint         decimals,
                        double        value)
{
  /* Money is written one way everywhere: whole euros, grouped in thousands. */
  if (format == SF_CHART_FORMAT_EURO)
    return sf_mbc_format_euro (value);
  return format_decimal (format, decimals, value);
}

/* The one place that decides how precise a figure is written. */
char *
sf_chart_format_figure (SfChartFormat format,
                        double        value)
{
  return sf_chart_format_number (format, format == SF_CHART_FORMAT_PERCENT ? 0 : 1, value);
}

char *
sf_chart_format_value (SfChart *chart,
                       double   value)
{
  return sf_chart_format_figure (chart->format, value);
}

/* What is written for a value: "≈" before an estimate. */
char *
sf_chart_value_text (SfChart           *chart,
                     double             value,
                     SfChartValueFlags  flags)
{
  g_autofree char *number = sf_chart_format_value (chart, value);

  if (flags & SF_CHART_VALUE_ESTIMATE)
    return g_strconcat ("≈ ", number, NULL);
  return g_steal_pointer (&number);
}

/* ---- text ------------------------------------------------------------------------------- */

static PangoContext *
text_context (void)
{
  /* One per thread, as pango's font maps are: a report is drawn on a worker thread while
   * the window draws its charts. */
  static GPrivate key = G_PRIVATE_INIT (g_object_unref);
  PangoContext *context = g_private_get (&key);

  if (context == NULL)
    {
      cairo_font_options_t *options = cairo_font_options_create ();

      context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
      cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
      cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
      pango_cairo_context_set_font_options (context, options);
      cairo_font_options_destroy (options);
      pango_context_set_round_glyph_positions (context, FALSE);
      g_private_set (&key, context);
    }
  return context;
}

/* The charts' family list, parsed once (see sf-report-style.c); never changed after. */
static const PangoFontDescription *
base_font (void)
{
  static PangoFontDescription *font;

  if (g_once_init_enter (&font))
    g_once_init_leave (&font, pango_font_description_from_string (SF_CHART_FONT_FAMILY));
  return font;
}

PangoLayout *
sf_chart_make_layout (const char *text,
                      double      size,
                      gboolean    bold,
                      gboolean    italic,
                      double      width,
                      int         lines)
{
  PangoLayout *layout = pango_layout_new (text_context ());
  PangoFontDescription *font = pango_font_description_copy_static (base_font ());

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  if (italic)
    pango_font_description_set_style (font, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text ? text : "", -1);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      if (lines > 0)
        {
          pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
          pango_layout_set_height (layout, -lines);
        }
    }
  return layout;
}

double
sf_chart_layout_width (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) w / PANGO_SCALE;
}

double
sf_chart_layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) h / PANGO_SCALE;
}

void
sf_chart_show_layout (cairo_t     *cr,
                      PangoLayout *layout,
                      double       x,
                      double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* The width of one line of @text. */
double
sf_chart_text_width (const char *text,
                     double      size,
                     gboolean    italic)
{
  g_autoptr(PangoLayout) layout = sf_chart_make_layout (text, size, FALSE, italic, -1, 0);

  return sf_chart_layout_width (layout);
}

/* Laid out together, a line each: one layout costs much less than one for each text when
 * they are many and short, as a timeline's partners are. */
double
sf_chart_widest_text (GPtrArray *texts,
                      double     size,
                      gboolean   italic)
{
  g_autoptr(GString) joined = g_string_new (NULL);
  g_autoptr(PangoLayout) layout = NULL;
  PangoLayoutIter *iter;
  double widest = 0;

  for (guint i = 0; i < texts->len; i++)
    g_string_append_printf (joined, "%s%s", i ? "\n" : "", (char *) g_ptr_array_index (texts, i));
  layout = sf_chart_make_layout (joined->str, size, FALSE, italic, -1, 0);
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoRectangle logical;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      widest = MAX (widest, (double) logical.width / PANGO_SCALE);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  return widest;
}

double
sf_chart_text_title_height (const char *title,
                            double      width)
{
  g_autoptr(PangoLayout) layout = NULL;

  if (title == NULL || *title == '\0')
    return 0;
  layout = sf_chart_make_layout (title, SF_CHART_TITLE_SIZE, TRUE, FALSE, width, 3);
  return sf_chart_layout_height (layout) + SF_CHART_PADDING;
}

void
sf_chart_show_title (cairo_t    *cr,
                     const char *title,
                     double      width)
{
  g_autoptr(PangoLayout) layout = NULL;

  if (title == NULL || *title == '\0')
    return;
  layout = sf_chart_make_layout (title, SF_CHART_TITLE_SIZE, TRUE, FALSE, width, 3);
  sf_chart_set_grey (cr, 0.1);
  sf_chart_show_layout (cr, layout, 0, 0);
}

double
sf_chart_title_height (SfChart *chart,
                       double   width)
{
  return sf_chart_text_title_height (chart->title, width);
}

void
sf_chart_draw_title (SfChart *chart,
                     cairo_t *cr,
                     double   width)
{
  sf_chart_show_title (cr, chart->title, width);
}

/* What a chart without bars or slices says instead. */
void
sf_chart_draw_empty (SfChart *chart,
                     cairo_t *cr)
{
  g_autoptr(PangoLayout) layout = sf_chart_make_layout (chart->empty_text, SF_CHART_TEXT_SIZE,
                                                        FALSE, FALSE, chart->last_width, 2);

  sf_chart_set_grey (cr, 0.45);
  sf_chart_show_layout (cr, layout, 0, chart->body_y + SF_CHART_TEXT_SIZE * 0.2);
}
