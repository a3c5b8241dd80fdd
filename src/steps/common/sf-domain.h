/* sf-domain.h: the partner domains (housing, care, ...) as the user reads them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

guint          sf_domain_get_index (const char *domain);
const char    *sf_domain_at_index  (guint       index);
GtkStringList *sf_domain_model_new (void);

G_END_DECLS
