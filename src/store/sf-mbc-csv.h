/* sf-mbc-csv.h: the business case of every flat of a project as a CSV file (issue 16)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per figure, after a header row, in English or in Dutch:
 *   flat;part;item;key;value;unit;mark;source
 *   flat;onderdeel;post;sleutel;waarde;eenheid;markering;bron
 * Every parameter with its value, unit, where it came from (Rotterdam, the project or the
 * flat, and who set it) and its source in the seed; then the flat's inputs, the care costs,
 * the effects, each year and the sensitivity, as the calculation made them. "key" is a stable
 * name for a program, once per flat (a parameter's is sf-mbc.h's; the flat's figures are
 * "care_…", "effect_…", "year1_…", "sensitivity_…"); "value" a number (a decimal comma in
 * a Dutch file with ';'), empty when unknown, and then "mark" says what is missing. Amounts
 * are euros to the cent.
 */
#pragma once

#include "sf-csv.h"

G_BEGIN_DECLS

/* Written privately and whole (sf_file_write_private ()). @separator: ';', ',' or '\t'. */
gboolean sf_project_export_mbc_csv (SfProject     *project,
                                    const char    *path,
                                    char           separator,
                                    SfCsvLanguage  language,
                                    GError       **error);

G_END_DECLS
