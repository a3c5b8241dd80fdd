/* sf-figures-exchange.h: the inventory page's exchange of figures with partners: the request
 * letter per partner, and the figures exported to and imported from a CSV file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * @page is the widget in the main window that shows toasts and errors (the inventory page).
 */
#pragma once

#include <gtk/gtk.h>

#include "sf-project.h"

G_BEGIN_DECLS

/* Opens the request letter to @partner_id. */
void     sf_figures_exchange_show_request (GtkWidget  *page,
                                             SfProject  *project,
                                             const char *partner_id);

/* Asks where to save, and with which separator, then exports. */
void     sf_figures_exchange_export       (GtkWidget  *page,
                                             SfProject  *project);
/* Exports to @file: a toast when done, an error dialog when not. */
gboolean sf_figures_exchange_export_to    (GtkWidget  *page,
                                             SfProject  *project,
                                             GFile      *file,
                                             char        separator);

/* Asks for a CSV file, then previews it. */
void     sf_figures_exchange_import       (GtkWidget  *page,
                                             SfProject  *project);
/* Reads @file (off the main thread) and shows the preview, or an error naming the line. */
void     sf_figures_exchange_import_from  (GtkWidget  *page,
                                             SfProject  *project,
                                             GFile      *file);

G_END_DECLS
