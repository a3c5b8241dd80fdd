/* sf-minutes-export.h: step 5's "Verslag bestuurdersoverleg" saved as a PDF from the page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sf-project.h"

G_BEGIN_DECLS

/* Asks where (and whether people are named or shown by their role), then writes the minutes
 * of @project's board meeting there, saying so on @widget's window when done. */
void sf_minutes_export_run (GtkWidget *widget,
                            SfProject *project);
/* Writes the minutes to @file without asking (the chooser's answer, and tests). */
void sf_minutes_export_to  (GtkWidget *widget,
                            SfProject *project,
                            GFile     *file,
                            gboolean   names_as_roles);

G_END_DECLS
