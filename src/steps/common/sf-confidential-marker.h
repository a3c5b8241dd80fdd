/* sf-confidential-marker.h: the mark shown next to anything confidential
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A lock and the word, in the warning colour (widget name "confidential-marker"). */
GtkWidget *sf_confidential_marker_new (void);

G_END_DECLS
