/* sf-text.h: small text helpers for rows and labels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *sf_text_sentence_case (const char        *text);
char     *sf_text_join_parts    (const char *const *parts,
                                 guint              n_parts);
gboolean  sf_text_is_blank      (const char        *text);

G_END_DECLS
