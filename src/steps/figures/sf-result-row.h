/* sf-result-row.h: a row of what step 3's figures come to for the flat shown: a derived
 * figure, or whether a requirement is met
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SF_TYPE_RESULT_ROW (sf_result_row_get_type ())
G_DECLARE_FINAL_TYPE (SfResultRow, sf_result_row, SF, RESULT_ROW, AdwActionRow)

/* @name: the row's widget name, for the tests; @marker: a word that marks the result (an
 * estimate), or NULL; @dim: the result is not known. */
GtkWidget *sf_result_row_new (const char *name,
                              const char *title,
                              const char *value,
                              const char *marker,
                              gboolean    dim);

G_END_DECLS
