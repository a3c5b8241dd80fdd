/* sf-report-style.c: the report's type scale and text layouts in points
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A modular scale around an 11 pt body, so hierarchy is visible at a glance in print. Metrics
 * are not hinted, so a paragraph breaks into the same lines when measured for pagination, in
 * the PDF, in print and in a zoomed on-screen preview.
 */
#include "config.h"

#include "sf-report-style.h"

typedef struct
{
  double size;
  double spacing; /* line height as a factor of the font's height */
  int    weight;
  double grey;    /* < 0: the accent colour */
} StyleSpec;

static const StyleSpec specs[SF_REPORT_N_STYLES] = {
  [SF_REPORT_STYLE_TITLE]    = { 30.0, 1.05, PANGO_WEIGHT_BOLD, -1 },
  [SF_REPORT_STYLE_SUBTITLE] = { 16.0, 1.2, PANGO_WEIGHT_NORMAL, 0.25 },
  [SF_REPORT_STYLE_CHAPTER]  = { 22.0, 1.1, PANGO_WEIGHT_BOLD, -1 },
  [SF_REPORT_STYLE_SECTION]  = { 13.5, 1.15, PANGO_WEIGHT_BOLD, 0.12 },
  [SF_REPORT_STYLE_BODY]     = { 11.0, 1.3, PANGO_WEIGHT_NORMAL, 0.12 },
  [SF_REPORT_STYLE_STRONG]   = { 11.0, 1.3, PANGO_WEIGHT_BOLD, 0.12 },
  [SF_REPORT_STYLE_CAPTION]  = { 8.5, 1.25, PANGO_WEIGHT_NORMAL, 0.38 },
  [SF_REPORT_STYLE_TABLE]    = { 9.0, 1.2, PANGO_WEIGHT_NORMAL, 0.12 },
  [SF_REPORT_STYLE_TABLE_HEAD] = { 9.0, 1.2, PANGO_WEIGHT_BOLD, 0.12 },
  [SF_REPORT_STYLE_FIGURE]   = { 20.0, 1.1, PANGO_WEIGHT_BOLD, -1 },
};

/* A dark blue, calm on paper and still dark in grey-scale print. */
static const double accent[3] = { 0x1B / 255.0, 0x3F / 255.0, 0x66 / 255.0 };

double
sf_report_style_size (SfReportStyle style)
{
  return specs[style].size;
}

void
sf_report_style_colour (SfReportStyle  style,
                        double        *red,
                        double        *green,
                        double        *blue)
{
  double grey = specs[style].grey;

  *red = grey < 0 ? accent[0] : grey;
  *green = grey < 0 ? accent[1] : grey;
  *blue = grey < 0 ? accent[2] : grey;
}

static void
set_options (PangoContext *context)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (context, 72.0);
}

PangoContext *
sf_report_context_new (const char *language)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (map);

  set_options (context);
  pango_context_set_language (context, pango_language_from_string (language ? language : "nl"));
  pango_context_set_round_glyph_positions (context, FALSE);
  return context;
}

/* Takes the target's transformation (zoom, print scale) but keeps our own metrics. */
void
sf_report_context_update (PangoContext *context,
                          cairo_t      *cr)
{
  pango_cairo_update_context (cr, context);
  set_options (context);
}

/* Each style's font, made once: parsing the family list for every text shows in the time
 * a long report takes. Never changed after, so threads share them. */
static const PangoFontDescription *
style_font (SfReportStyle style)
{
  static PangoFontDescription *fonts[SF_REPORT_N_STYLES];
  static gsize made = 0;

  if (g_once_init_enter (&made))
    {
      for (guint i = 0; i < SF_REPORT_N_STYLES; i++)
        {
          fonts[i] = pango_font_description_from_string (SF_REPORT_FONT_FAMILY);
          pango_font_description_set_absolute_size (fonts[i], specs[i].size * PANGO_SCALE);
          pango_font_description_set_weight (fonts[i], specs[i].weight);
        }
      g_once_init_leave (&made, 1);
    }
  return fonts[style];
}

PangoLayout *
sf_report_layout_text (PangoContext  *context,
                       SfReportStyle  style,
                       const char    *text,
                       gboolean       markup,
                       double         width,
                       SfReportAlign  align)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoAttrList *attrs = pango_attr_list_new ();
  static const PangoAlignment aligns[] = {
    PANGO_ALIGN_LEFT, PANGO_ALIGN_CENTER, PANGO_ALIGN_RIGHT,
  };

  pango_layout_set_font_description (layout, style_font (style));
  pango_layout_set_line_spacing (layout, specs[style].spacing);
  /* Explicit, although on by default since pango 1.44: a word broken between characters
   * (only when it is longer than the line, or at a soft hyphen) gets a hyphen. */
  pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (TRUE));
  pango_attr_list_insert (attrs, pango_attr_language_new (pango_context_get_language (context)));
  if (markup)
    pango_layout_set_markup (layout, text ? text : "", -1);
  else
    pango_layout_set_text (layout, text ? text : "", -1);
  if (markup)
    {
      /* Markup brings its own list; our attributes go under it. */
      PangoAttrList *own = pango_layout_get_attributes (layout);

      if (own)
        pango_attr_list_splice (attrs, own, 0, 0);
    }
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_alignment (layout, aligns[align]);
  return layout;
}

double
sf_report_layout_width (PangoLayout *layout)
{
  PangoRectangle ink, logical;

  pango_layout_get_extents (layout, &ink, &logical);
  return (double) MAX (ink.x + ink.width, logical.x + logical.width) / PANGO_SCALE;
}

char *
sf_report_estimate_markup (const char *value)
{
  g_autofree char *escaped = g_markup_escape_text (value ? value : "", -1);

  return g_strdup_printf ("<i>≈\u00A0%s</i>", escaped);
}
