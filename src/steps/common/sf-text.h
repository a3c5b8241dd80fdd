/* sf-text.h: small text helpers for rows and labels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

char     *sf_text_sentence_case (const char        *text);
/* Puts text the user did not type (what the project holds, or an emptied field) into
 * @editable without making it a step of the field's own undo: Ctrl+Z in a field undoes the
 * typing only, never the app's filling it in. */
void      sf_text_set_loaded    (GtkEditable       *editable,
                                 const char        *text);
/* "Undo: merge themes" from "Undo: %s" and "Merge themes": @text put for the one "%s" in
 * @format, its first letter lower-case unless the word is an abbreviation ("CSV"). */
char     *sf_text_after_colon   (const char        *format,
                                 const char        *text);
char     *sf_text_join_parts    (const char *const *parts,
                                 guint              n_parts);
/* @ids without @id if it is one of them, else with @id added at the end; never NULL. */
GStrv     sf_text_toggle_id     (const char *const *ids,
                                 const char        *id);
/* "12" for a whole number, "1.5" otherwise. */
char     *sf_text_format_number (double             number);
/* Accepts a decimal comma and a decimal point, with spaces around; FALSE when @text is no
 * finite number. */
gboolean  sf_text_parse_number  (const char        *text,
                                 double            *number);

G_END_DECLS
