/* sf-odf-xml.h: an ODF part's XML, written through libxml2's writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every text goes through the writer, which escapes it: user text is never pasted into XML.
 * A failure (out of memory) is remembered and reported once, by sf_odf_xml_finish ().
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _SfOdfXml SfOdfXml;

/* Starts the document with the root element @root and the ODF namespaces it uses. */
SfOdfXml *sf_odf_xml_new          (const char *root);
void      sf_odf_xml_start        (SfOdfXml   *xml,
                                   const char *element);
void      sf_odf_xml_attr         (SfOdfXml   *xml,
                                   const char *name,
                                   const char *value);
void      sf_odf_xml_attr_printf  (SfOdfXml   *xml,
                                   const char *name,
                                   const char *format,
                                   ...) G_GNUC_PRINTF (3, 4);
/* A length in points, written the same in every locale ("12.5pt"). */
void      sf_odf_xml_attr_pt      (SfOdfXml   *xml,
                                   const char *name,
                                   double      points);
void      sf_odf_xml_end          (SfOdfXml   *xml);
/* An element holding @text only, as it is (no ODF white-space elements: metadata, titles). */
void      sf_odf_xml_element      (SfOdfXml   *xml,
                                   const char *element,
                                   const char *text);
/* Paragraph text: tabs, line breaks and runs of spaces become ODF's elements so nothing is
 * collapsed; characters XML cannot hold are left out. */
void      sf_odf_xml_text         (SfOdfXml   *xml,
                                   const char *text,
                                   gssize      length);
/* Closes every open element; the part's bytes, or NULL with @error. Frees @xml. */
GBytes   *sf_odf_xml_finish       (SfOdfXml   *xml,
                                   GError    **error);
void      sf_odf_xml_free         (SfOdfXml   *xml);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfOdfXml, sf_odf_xml_free)

G_END_DECLS
