/* sf-odt-markup.c: a report paragraph's Pango markup as ODF text with bold and italic spans
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pango parses the markup (it is the markup the PDF draws), so the text is exactly the PDF's;
 * its weight and style become the named character styles, nested for bold italics.
 */
#include "config.h"

#include <pango/pango.h>

#include "sf-odt-private.h"

static void
write_run (SfOdfXml       *xml,
           const char     *text,
           gsize           length,
           PangoAttrIterator *iter)
{
  PangoAttribute *weight = pango_attr_iterator_get (iter, PANGO_ATTR_WEIGHT);
  PangoAttribute *style = pango_attr_iterator_get (iter, PANGO_ATTR_STYLE);
  gboolean bold = weight && ((PangoAttrInt *) weight)->value >= PANGO_WEIGHT_SEMIBOLD;
  gboolean italic = style && ((PangoAttrInt *) style)->value != PANGO_STYLE_NORMAL;

  if (bold)
    {
      sf_odf_xml_start (xml, "text:span");
      sf_odf_xml_attr (xml, "text:style-name", SF_ODT_STRONG);
    }
  if (italic)
    {
      sf_odf_xml_start (xml, "text:span");
      /* The PDF's italics are its estimates ("≈ 12"): named so a template can mark them. */
      sf_odf_xml_attr (xml, "text:style-name",
                       g_utf8_strchr (text, length, 0x2248) ? SF_ODT_ESTIMATE
                                                            : SF_ODT_EMPHASIS);
    }
  sf_odf_xml_text (xml, text, length);
  if (italic)
    sf_odf_xml_end (xml);
  if (bold)
    sf_odf_xml_end (xml);
}

void
sf_odt_markup_write (SfOdfXml   *xml,
                     const char *markup)
{
  PangoAttrList *attrs = NULL;
  PangoAttrIterator *iter;
  g_autofree char *text = NULL;
  gsize length;

  if (!pango_parse_markup (markup, -1, 0, &attrs, &text, NULL, NULL))
    {
      sf_odf_xml_text (xml, markup, -1);
      return;
    }
  length = strlen (text);
  iter = pango_attr_list_get_iterator (attrs);
  do
    {
      int start, end;

      pango_attr_iterator_range (iter, &start, &end);
      end = MIN ((gsize) end, length);
      if (start < end)
        write_run (xml, text + start, end - start, iter);
    }
  while (pango_attr_iterator_next (iter));
  pango_attr_iterator_destroy (iter);
  pango_attr_list_unref (attrs);
}
