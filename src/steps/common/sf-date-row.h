/* sf-date-row.h: an entry row for a date, typed the Dutch or English way or picked from a
 * calendar, that says in words why what is typed is not a date
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SF_TYPE_DATE_ROW (sf_date_row_get_type ())
G_DECLARE_FINAL_TYPE (SfDateRow, sf_date_row, SF, DATE_ROW, AdwEntryRow)

GtkWidget *sf_date_row_new             (const char  *title);
/* Shows a stored date the locale's way; free text from before dates were checked is shown
 * as it is, and kept as long as it is left alone. */
void       sf_date_row_set_date        (SfDateRow   *self,
                                        const char  *stored);
/* What to store: ISO 8601, "" for none, or the free text left alone; NULL with the refusal
 * (SF_STORE_ERROR_INVALID) when what is typed is no date. */
char      *sf_date_row_get_date        (SfDateRow   *self,
                                        GError     **error);
/* FALSE while what is typed is no date (the "valid" property follows). */
gboolean   sf_date_row_is_valid        (SfDateRow   *self);
/* A row to add to the list right under this one: it shows why a date is refused, or the
 * message given here (NULL: none), and is hidden when there is nothing to say. */
GtkWidget *sf_date_row_get_message_row (SfDateRow   *self);
/* Puts that row right under this one, in the list this row is in (a template's preferences
 * group, say). */
void       sf_date_row_add_message_row (SfDateRow   *self);
void       sf_date_row_set_message     (SfDateRow   *self,
                                        const char  *message);

G_END_DECLS
