/* sf-odt-figures.c: the report's charts and timelines as pictures in the ODF text document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each is a frame in a paragraph of its own, with the SVG first and the PNG as the fallback a
 * reader takes when it cannot show SVG, then a caption numbered as the office suite numbers
 * its illustrations, so a list of figures can be made from them.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-odf-picture.h"
#include "sf-odt-content.h"
#include "sf-odt-private.h"

static void
write_image (SfOdtWriter *w,
             const char  *path,
             const char  *media_type)
{
  sf_odf_xml_start (w->xml, "draw:image");
  sf_odf_xml_attr (w->xml, "xlink:href", path);
  sf_odf_xml_attr (w->xml, "xlink:type", "simple");
  sf_odf_xml_attr (w->xml, "xlink:show", "embed");
  sf_odf_xml_attr (w->xml, "xlink:actuate", "onLoad");
  sf_odf_xml_attr (w->xml, "draw:mime-type", media_type);
  sf_odf_xml_end (w->xml);
}

static void
write_caption (SfOdtWriter *w,
               const char  *title)
{
  g_autofree char *number = g_strdup_printf ("%u", w->n_pictures);

  sf_odt_start_paragraph (w, SF_ODT_FIGURE);
  /* Translators: before a picture's number in its caption: "Figure 3: …". */
  sf_odf_xml_text (w->xml, C_("picture caption", "Figure"), -1);
  sf_odf_xml_text (w->xml, " ", -1);
  sf_odf_xml_start (w->xml, "text:sequence");
  sf_odf_xml_attr_printf (w->xml, "text:ref-name", "ref%s%u", SF_ODT_FIGURE_SEQUENCE,
                          w->n_pictures - 1);
  sf_odf_xml_attr (w->xml, "text:name", SF_ODT_FIGURE_SEQUENCE);
  sf_odf_xml_attr (w->xml, "text:formula", "ooow:" SF_ODT_FIGURE_SEQUENCE "+1");
  sf_odf_xml_attr (w->xml, "style:num-format", "1");
  sf_odf_xml_text (w->xml, number, -1);
  sf_odf_xml_end (w->xml);
  if (title && *title)
    {
      sf_odf_xml_text (w->xml, ": ", -1);
      sf_odf_xml_text (w->xml, title, -1);
    }
  sf_odf_xml_end (w->xml);
}

static gboolean
add_pictures (SfOdtWriter  *w,
              SfOdfPicture *picture,
              const char   *svg,
              const char   *png)
{
  return sf_odf_package_add (w->package, svg, "image/svg+xml", picture->svg, &w->error) &&
         sf_odf_package_add (w->package, png, "image/png", picture->png, &w->error);
}

static void
write_chart (gpointer    data,
             SfChart    *chart,
             SfTimeline *timeline)
{
  SfOdtWriter *w = data;
  SfOdfPicture picture = { 0 };
  const char *title = chart ? sf_chart_get_title (chart) : sf_timeline_get_title (timeline);
  g_autofree char *svg = NULL, *png = NULL, *name = NULL;

  if (w->error != NULL ||
      !sf_odf_picture_draw (&picture, chart, timeline, w->width, &w->error))
    {
      sf_odf_picture_clear (&picture);
      return;
    }
  w->n_pictures++;
  svg = g_strdup_printf ("Pictures/chart-%u.svg", w->n_pictures);
  png = g_strdup_printf ("Pictures/chart-%u.png", w->n_pictures);
  if (add_pictures (w, &picture, svg, png))
    {
      sf_odt_start_paragraph (w, SF_ODT_PICTURE);
      sf_odf_xml_start (w->xml, "draw:frame");
      sf_odf_xml_attr (w->xml, "draw:style-name", "Chart");
      /* Translators: the name of the document's n-th picture, as a navigator lists it. */
      name = g_strdup_printf (_("Figure %u"), w->n_pictures);
      sf_odf_xml_attr (w->xml, "draw:name", name);
      sf_odf_xml_attr (w->xml, "text:anchor-type", "as-char");
      sf_odf_xml_attr_pt (w->xml, "svg:width", picture.width);
      sf_odf_xml_attr_pt (w->xml, "svg:height", picture.height);
      sf_odf_xml_attr (w->xml, "draw:z-index", "0");
      write_image (w, svg, "image/svg+xml");
      write_image (w, png, "image/png");
      if (title && *title)
        sf_odf_xml_element (w->xml, "svg:title", title);
      sf_odf_xml_end (w->xml);
      sf_odf_xml_end (w->xml);
      write_caption (w, title);
    }
  sf_odf_picture_clear (&picture);
}

void
sf_odt_figures_init_walk (SfReportVisitor *visitor)
{
  visitor->chart = write_chart;
}
