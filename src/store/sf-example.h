/* sf-example.h: the bundled example project, clearly fictional
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean sf_example_write (const char  *path,
                           GError     **error);

char    *sf_example_stamp (void);

G_END_DECLS
