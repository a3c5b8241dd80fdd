/* sf-field-row.h: an entry row for one field of a figure on the page of step 3, which shows
 * what is stored without ever overwriting what the user is typing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SF_TYPE_FIELD_ROW (sf_field_row_get_type ())
G_DECLARE_FINAL_TYPE (SfFieldRow, sf_field_row, SF, FIELD_ROW, AdwEntryRow)

/* The row emits "commit" when the user applies it, presses Enter in it or leaves it. */

/* Shows @text as stored, unless the user is typing in the row or it shows @text already;
 * TRUE when it did. */
gboolean  sf_field_row_show         (SfFieldRow *self,
                                     const char *text);
/* Shows @text as stored, whatever the row holds. */
void      sf_field_row_load         (SfFieldRow *self,
                                     const char *text);
/* Whether the user typed in the row since it last showed what is stored: only such text is
 * kept on the way out, never a field that a pending refresh has not reached yet. */
gboolean  sf_field_row_get_typed    (SfFieldRow *self);
void      sf_field_row_set_typed    (SfFieldRow *self,
                                     gboolean    typed);
/* Marks the row as holding what it cannot hold, or not. */
void      sf_field_row_mark         (SfFieldRow *self,
                                     gboolean    wrong);
/* What the user typed, without spaces at either end. */
char     *sf_field_row_get_stripped (SfFieldRow *self);

G_END_DECLS
