/* sf-confidential-marker.h: the mark shown next to anything confidential
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A lock and the word, in the warning colour (widget name "confidential-marker"). In a
 * template: <object class="SfConfidentialMarker">.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SF_TYPE_CONFIDENTIAL_MARKER (sf_confidential_marker_get_type ())
G_DECLARE_FINAL_TYPE (SfConfidentialMarker, sf_confidential_marker, SF, CONFIDENTIAL_MARKER,
                      GtkBox)

GtkWidget *sf_confidential_marker_new (void);

G_END_DECLS
