/* sf-odp-private.h: what the ODF presentation's parts share (private to the writer)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A slide's text boxes take their size, weight and colour from an automatic paragraph style
 * per report style and alignment (Impress has no named paragraph styles), named by
 * sf_odp_paragraph_style ().
 */
#pragma once

#include "sf-odf-xml.h"
#include "sf-report-layout.h"

G_BEGIN_DECLS

#define SF_ODP_MASTER        "Startfoto"
#define SF_ODP_TEXT_FRAME    "gr-text"     /* a text box: no line, no fill, grows with its text */
#define SF_ODP_PICTURE_FRAME "gr-picture"
#define SF_ODP_TITLE_FRAME   "pr-title"
#define SF_ODP_NOTES_FRAME   "pr-notes"
#define SF_ODP_ACCENT        "gr-accent"   /* a rule in the accent colour */
#define SF_ODP_BULLETS       "L-bullets"
#define SF_ODP_NOTES_TEXT    "P-notes"

/* The notes page (A4 portrait, as Impress prints notes): where the slide and the notes go. */
#define SF_ODP_NOTES_WIDTH   595.276
#define SF_ODP_NOTES_HEIGHT  841.89
#define SF_ODP_NOTES_MARGIN  56.0

/* styles.xml: the slide's page (@setup) and the notes page, the master page, the default
 * style in @language. */
GBytes *sf_odp_styles_write          (const SfReportPageSetup *setup,
                                      const char              *language,
                                      GError                 **error);
/* content.xml's office:automatic-styles, whole; the text in @language. */
void    sf_odp_automatic_styles      (SfOdfXml                *xml,
                                      const char              *language);
/* The automatic paragraph style for @style aligned @align (static text). */
const char *sf_odp_paragraph_style   (SfReportStyle            style,
                                      SfReportAlign            align);

G_END_DECLS
