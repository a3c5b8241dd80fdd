/* sf-odf-xml.c: an ODF part's XML, written through libxml2's writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/xmlwriter.h>

#include "sf-odf-xml.h"

struct _SfOdfXml
{
  xmlBufferPtr     buffer;
  xmlTextWriterPtr writer;
  gboolean         failed;
};

static const struct
{
  const char *prefix;
  const char *uri;
} namespaces[] = {
  { "office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0" },
  { "style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0" },
  { "text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0" },
  { "table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0" },
  { "draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" },
  { "presentation", "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" },
  { "fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" },
  { "xlink", "http://www.w3.org/1999/xlink" },
  { "dc", "http://purl.org/dc/elements/1.1/" },
  { "meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0" },
  { "svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" },
  { "manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" },
};

static void
check (SfOdfXml *xml,
       int       result)
{
  if (result < 0)
    xml->failed = TRUE;
}

SfOdfXml *
sf_odf_xml_new (const char *root)
{
  static gsize initialised = 0;
  SfOdfXml *xml = g_new0 (SfOdfXml, 1);
  gboolean manifest = g_str_has_prefix (root, "manifest:");

  /* libxml2 2.9 must be set up once before threads use it (an export runs on a worker). */
  if (g_once_init_enter (&initialised))
    {
      xmlInitParser ();
      g_once_init_leave (&initialised, 1);
    }

  xml->buffer = xmlBufferCreate ();
  xml->writer = xml->buffer ? xmlNewTextWriterMemory (xml->buffer, 0) : NULL;
  if (xml->writer == NULL)
    {
      xml->failed = TRUE;
      return xml;
    }
  check (xml, xmlTextWriterStartDocument (xml->writer, NULL, "UTF-8", NULL));
  sf_odf_xml_start (xml, root);
  /* The manifest has a namespace of its own and nothing else. */
  for (guint i = 0; i < G_N_ELEMENTS (namespaces); i++)
    if (manifest == (g_strcmp0 (namespaces[i].prefix, "manifest") == 0))
      {
        g_autofree char *name = g_strconcat ("xmlns:", namespaces[i].prefix, NULL);

        sf_odf_xml_attr (xml, name, namespaces[i].uri);
      }
  sf_odf_xml_attr (xml, manifest ? "manifest:version" : "office:version", "1.3");
  return xml;
}

void
sf_odf_xml_start (SfOdfXml   *xml,
                  const char *element)
{
  if (xml->writer)
    check (xml, xmlTextWriterStartElement (xml->writer, BAD_CAST element));
}

void
sf_odf_xml_attr (SfOdfXml   *xml,
                 const char *name,
                 const char *value)
{
  if (xml->writer)
    check (xml, xmlTextWriterWriteAttribute (xml->writer, BAD_CAST name,
                                             BAD_CAST (value ? value : "")));
}

void
sf_odf_xml_attr_printf (SfOdfXml   *xml,
                        const char *name,
                        const char *format,
                        ...)
{
  g_autofree char *value = NULL;
  va_list args;

  va_start (args, format);
  value = g_strdup_vprintf (format, args);
  va_end (args);
  sf_odf_xml_attr (xml, name, value);
}

void
sf_odf_xml_attr_pt (SfOdfXml   *xml,
                    const char *name,
                    double      points)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (number, sizeof number, "%.2f", points);
  sf_odf_xml_attr_printf (xml, name, "%spt", number);
}

void
sf_odf_xml_end (SfOdfXml *xml)
{
  if (xml->writer)
    check (xml, xmlTextWriterEndElement (xml->writer));
}


static void
write_run (SfOdfXml   *xml,
           GString    *run)
{
  if (run->len > 0 && xml->writer)
    check (xml, xmlTextWriterWriteString (xml->writer, BAD_CAST run->str));
  g_string_truncate (run, 0);
}

/* XML 1.0 holds no control characters but tab and newline, nor U+FFFE and U+FFFF. */
static gboolean
xml_char (gunichar c)
{
  return c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
}

void
sf_odf_xml_text (SfOdfXml   *xml,
                 const char *text,
                 gssize      length)
{
  g_autoptr(GString) run = g_string_new (NULL);
  const char *end, *p;

  if (text == NULL)
    return;
  end = text + (length < 0 ? (gssize) strlen (text) : length);
  for (p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      guint spaces = 0;

      if (c == ' ')
        {
          /* One space is text; a second and more are text:s, or they collapse. */
          while (p + spaces + 1 < end && p[spaces + 1] == ' ')
            spaces++;
          g_string_append_c (run, ' ');
          if (spaces == 0)
            continue;
          write_run (xml, run);
          sf_odf_xml_start (xml, "text:s");
          if (spaces > 1)
            sf_odf_xml_attr_printf (xml, "text:c", "%u", spaces);
          sf_odf_xml_end (xml);
          p += spaces;
          continue;
        }
      if (c == '\t' || c == '\n')
        {
          write_run (xml, run);
          sf_odf_xml_start (xml, c == '\t' ? "text:tab" : "text:line-break");
          sf_odf_xml_end (xml);
          continue;
        }
      if (xml_char (c) && c != '\r')
        g_string_append_unichar (run, c);
    }
  write_run (xml, run);
}

void
sf_odf_xml_element (SfOdfXml   *xml,
                    const char *element,
                    const char *text)
{
  g_autoptr(GString) run = g_string_new (NULL);

  for (const char *p = text ? text : ""; *p; p = g_utf8_next_char (p))
    if (xml_char (g_utf8_get_char (p)))
      g_string_append_unichar (run, g_utf8_get_char (p));
  sf_odf_xml_start (xml, element);
  write_run (xml, run);
  sf_odf_xml_end (xml);
}

GBytes *
sf_odf_xml_finish (SfOdfXml  *xml,
                   GError   **error)
{
  GBytes *bytes = NULL;

  if (xml->writer)
    {
      check (xml, xmlTextWriterEndDocument (xml->writer));
      check (xml, xmlTextWriterFlush (xml->writer));
    }
  if (!xml->failed)
    bytes = g_bytes_new (xmlBufferContent (xml->buffer), xmlBufferLength (xml->buffer));
  else
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                         _("The document’s XML could not be written"));
  sf_odf_xml_free (xml);
  return bytes;
}

void
sf_odf_xml_free (SfOdfXml *xml)
{
  if (xml == NULL)
    return;
  if (xml->writer)
    xmlFreeTextWriter (xml->writer);
  if (xml->buffer)
    xmlBufferFree (xml->buffer);
  g_free (xml);
}
