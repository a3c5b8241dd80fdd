/* sf-plan-csv.h: step 4's plan for the coming year as a CSV file, for a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per action in the plan's order, after a header row, in English or in Dutch:
 *   what;why;responsible;others involved;due;quarter;status;precondition;theme
 *   wat;waarom;verantwoordelijk;betrokken;wanneer;kwartaal;status;randvoorwaarde;thema
 * "due" is as written (an ISO date, a quarter "2027-Q1", or empty), "quarter" the quarter it
 * falls in ("2027-Q1", empty when there is no date), "others involved" the other partners'
 * organisations separated by ", ", "status" open, in progress, done or dropped (open, bezig,
 * gedaan, vervallen), "precondition" and "theme" the text of what the action is for. The same
 * rules as the figures' file (sf-csv.h): UTF-8 with a byte order mark, fields quoted only
 * where needed. Nothing in the plan is confidential.
 */
#pragma once

#include "sf-csv.h"

G_BEGIN_DECLS

/* Written privately and whole (sf_file_write_private ()): @path is never half-written, and on
 * failure it is as it was. @separator: ';', ',' or '\t'. The user interface calls it as
 *   sf_project_export_actions_csv (project, path, ';', sf_csv_language_default (), &error) */
gboolean sf_project_export_actions_csv (SfProject     *project,
                                        const char    *path,
                                        char           separator,
                                        SfCsvLanguage  language,
                                        GError       **error);

G_END_DECLS
