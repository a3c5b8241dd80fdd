/* sf-value-editor.h: the editor of a structured value (age distribution, counts per kind,
 * activities) inside an indicator's row on the page of step 3
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-method.h"

G_BEGIN_DECLS

#define SF_TYPE_VALUE_EDITOR (sf_value_editor_get_type ())
G_DECLARE_FINAL_TYPE (SfValueEditor, sf_value_editor, SF, VALUE_EDITOR, GtkListBoxRow)

/* The editor emits "commit" (a JSON text, or NULL for nothing) when the user finishes an edit
 * that changes the value; fields with bad input are marked and nothing is committed. */

/* @type: SF_INDICATOR_DISTRIBUTION, _CATEGORY_COUNTS or _ACTIVITIES; builds the fields. Once,
 * before anything is shown. */
void       sf_value_editor_set_indicator_type (SfValueEditor   *self,
                                               SfIndicatorType  type);
/* Shows @json (NULL: nothing) unless it is what the editor already shows; a field the user
 * is typing in keeps its text. */
void       sf_value_editor_update             (SfValueEditor   *self,
                                               const char      *json);
/* What is typed but not committed, for keeping it on the way out: see the .c file. */
gboolean   sf_value_editor_get_typed          (SfValueEditor   *self,
                                               char           **json);

G_END_DECLS
