/* sf-one-line-row.h: rows whose title and subtitle are one line each, measured once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void sf_one_line_row_unwrap (GtkWidget *row);

G_END_DECLS
