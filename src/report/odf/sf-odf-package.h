/* sf-odf-package.h: an OpenDocument package (a zip file) in memory, by ODF's packaging rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The entry "mimetype" comes first and is stored uncompressed, so a reader knows the kind of
 * document from its first bytes; META-INF/manifest.xml lists every other part with its media
 * type. Written with libgsf, GNOME's library for structured files.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _SfOdfPackage SfOdfPackage;

/* @media_type: the document's, e.g. "application/vnd.oasis.opendocument.text". */
SfOdfPackage *sf_odf_package_new    (const char    *media_type,
                                     GError       **error);
/* Adds a part (e.g. "content.xml", "Pictures/1.svg"); compressed unless it is an image
 * format that is already compressed (PNG). FALSE with @error when it could not be written. */
gboolean      sf_odf_package_add    (SfOdfPackage  *package,
                                     const char    *path,
                                     const char    *media_type,
                                     GBytes        *data,
                                     GError       **error);
/* Adds an XML part (text/xml), taking @data; FALSE also when @data is NULL (its writer failed
 * and said why in @error). */
gboolean      sf_odf_package_add_xml (SfOdfPackage *package,
                                      const char   *path,
                                      GBytes       *data,
                                      GError      **error);
/* Writes the manifest and closes the zip; the package's bytes, or NULL with @error. Frees
 * @package. */
GBytes       *sf_odf_package_finish (SfOdfPackage  *package,
                                     GError       **error);
void          sf_odf_package_free   (SfOdfPackage  *package);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfOdfPackage, sf_odf_package_free)

G_END_DECLS
