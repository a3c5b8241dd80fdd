/* sf-outstanding-row.h: a partner's row in step 3's list of what each partner still has to
 * deliver, with the button to ask for it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SF_TYPE_OUTSTANDING_ROW (sf_outstanding_row_get_type ())
G_DECLARE_FINAL_TYPE (SfOutstandingRow, sf_outstanding_row, SF, OUTSTANDING_ROW, AdwActionRow)

/* @gaps: the figures outstanding, in words ("" when none), @n_gaps how many; the button
 * ("step.request-figures" with the partner's id) shows only when there is something to ask. */
GtkWidget  *sf_outstanding_row_new            (const char       *partner_id,
                                               const char       *organisation,
                                               const char       *gaps,
                                               guint             n_gaps);
const char *sf_outstanding_row_get_partner_id (SfOutstandingRow *self);

G_END_DECLS
