/* sf-copy.h: a copy of a project to hand to someone else
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-project.h"

G_BEGIN_DECLS

/* How many items are marked confidential: answers, statements, key points, and interview and
 * session notes that hold text. */
guint    sf_project_count_confidential (SfProject   *self);

/* Writes a copy of the whole project to @dest_path (mode 0600, never half-written). Unless
 * @include_confidential, every confidential item is left out, so that not a word of it can be
 * read back from the file's bytes. The project itself is not changed. */
gboolean sf_project_export_copy        (SfProject   *self,
                                        const char  *dest_path,
                                        gboolean     include_confidential,
                                        GError     **error);

G_END_DECLS
