/* sf-odt-content.h: the ODF text document's content.xml, walked from the report's blocks
 * (private to the writer)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-odf-package.h"
#include "sf-odf-xml.h"
#include "sf-report-walk.h"

G_BEGIN_DECLS

typedef struct
{
  SfOdfXml     *xml;
  SfOdfPackage *package;
  double        width;       /* of the text, in points */
  GPtrArray    *headings;    /* gathered: "1" or "2", then the text */
  guint         n_tables;
  guint         n_tiles;
  guint         n_pictures;
  gboolean      break_next;  /* the next paragraph starts a page (after the cover) */
  GError       *error;       /* the first failure; the walk goes on, writing nothing more */
} SfOdtWriter;

/* content.xml for @doc, @width points of text wide; its pictures go into @package. */
GBytes *sf_odt_content_write     (SfReportDocument *doc,
                                  SfOdfPackage     *package,
                                  double            width,
                                  GError          **error);

/* The parts of the walk in files of their own: tables and tiles, charts. */
void    sf_odt_tables_init_walk  (SfReportVisitor  *visitor);
void    sf_odt_figures_init_walk (SfReportVisitor  *visitor);
/* A paragraph of @style started in @w's XML. */
void    sf_odt_start_paragraph   (SfOdtWriter      *w,
                                  const char       *style);

G_END_DECLS
