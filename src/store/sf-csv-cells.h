/* sf-csv-cells.h: the cells of the figures' CSV file that hold more than a word: numbers, and
 * the structured figures (age bands, counts per kind, activities) as text a person can read
 * and fill in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The forms, in English and Dutch (reading takes either, whatever the file's language):
 *   age bands       <55: 10; 55-64: 12; 65-74: 30; 75-84: 20; 85+: 5; average age: 77.5
 *                   (gemiddelde leeftijd), each part optional
 *   counts per kind Noise: 4; Litter: 2           a kind without a number: Noise
 *   activities      one per line: Coffee morning; organiser: De Brug; how often: weekly;
 *                   participants: 12  (organisator, hoe vaak, deelnemers; the name may be
 *                   labelled too: activity, activiteit), each part optional
 * A text holding ; : or " (or spaces at either end, or nothing) is put in double quotes, a
 * quote in it doubled. Numbers take a decimal comma or point. A cell that starts with { or [
 * is read as the JSON that older versions wrote.
 */
#pragma once

#include "sf-csv.h"
#include "sf-indicator.h"

G_BEGIN_DECLS

/* Sets @error to SF_STORE_ERROR_INVALID with the message; returns FALSE. */
gboolean  sf_csv_invalid           (GError          **error,
                                    const char       *format,
                                    ...) G_GNUC_PRINTF (2, 3);

/* @text between double quotes, a quote in it doubled: the same for a field and for a text in
 * a cell. */
void      sf_csv_append_quoted     (GString          *out,
                                    const char       *text);

/* The shortest text that reads back as the same number, with a decimal comma when asked. */
char     *sf_csv_format_number     (double            number,
                                    gboolean          decimal_comma);
/* "12", "1.5", "1,5", "-0"; FALSE when @text is not one finite number. */
gboolean  sf_csv_parse_number      (const char       *text,
                                    double           *number);

/* @json, a structured value of a @type indicator, as the text of its cell; NULL when it is
 * not of that form. */
char     *sf_csv_format_structured (SfIndicatorType   type,
                                    const char       *json,
                                    SfCsvLanguage     language,
                                    gboolean          decimal_comma);
/* The JSON of the cell's @text, for a @type indicator called @name; NULL with @error when it
 * is not of the type's form (the message names neither file nor line). */
char     *sf_csv_parse_structured  (SfIndicatorType   type,
                                    const char       *text,
                                    const char       *name,
                                    GError          **error);

G_END_DECLS
