/* sf-export-csv.h: `startfoto --export-csv OUT.csv FILE`: a project's figures as CSV, no window,
 * and `--export-actions OUT.csv FILE`: its plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @separator: ";", ",", "tab" or a tab character; NULL: ";". Returns the exit status. */
int sf_export_csv_run (const char *out_path,
                       const char *project_path,
                       const char *separator);
/* The same for the plan for the coming year (step 4's actions). */
int sf_export_actions_run (const char *out_path,
                           const char *project_path,
                           const char *separator);
/* The same for the business case of every flat (issue 16). */
int sf_export_mbc_run (const char *out_path,
                       const char *project_path,
                       const char *separator);

G_END_DECLS
