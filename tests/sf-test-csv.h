/* sf-test-csv.h: what a spreadsheet does to the figures' CSV file when a user opens it,
 * changes a cell and saves it again, and what that changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The cells of @text as a spreadsheet reads them: rows (GPtrArray) of fields (char *). */
GPtrArray *sf_test_csv_read              (const char *text,
                                          char        separator);
/* In the row of @flat (a name) and @key, the value cell's part @from becomes @to; asserts
 * that there is exactly one such row and part. */
void       sf_test_csv_edit              (GPtrArray  *rows,
                                          const char *flat,
                                          const char *key,
                                          const char *from,
                                          const char *to);
/* The cells as LibreOffice saves them with "Quote all text cells": no byte order mark, a line
 * feed after each row, numbers (with @decimal as their decimal sign) bare, every other cell
 * that holds something in quotes. */
char      *sf_test_csv_write_like_spreadsheet (GPtrArray *rows,
                                               char       separator,
                                               char       decimal);

/* Asserts that exactly one line of @after (a dump of the figures, a line each) differs from
 * @before, and that it holds @needle: a round trip changed that figure and no other. */
void       sf_test_assert_one_line_changed    (const char *before,
                                               const char *after,
                                               const char *needle);

G_END_DECLS
