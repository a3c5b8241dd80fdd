/* sf-csv.h: the inventory's figures as a CSV file, for partners who answer in a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per flat and indicator (the whole neighbourhood: an empty flat), after a header row,
 * in English or in Dutch:
 *   flat;indicator;name;unit;value;text;accuracy;source;period;note;status
 *   flat;cijfer;naam;eenheid;waarde;beschrijving;nauwkeurigheid;bron;datum of periode;notitie;
 *   status
 * "indicator" is the method's key ("s3q1a"), or the name of the users' own indicators; "name"
 * and "unit" are there to read and are ignored on import. "value" is a number (a decimal
 * comma in a Dutch file with ';', else a point), yes or no (ja, nee), only older people or
 * mixed (alleen ouderen, gemengd), or a structured figure as text (see sf-csv-cells.h);
 * "text" the description of a yes/no or category answer. "accuracy" is exact, estimate or
 * average (exact, schatting, gemiddelde); "status" asked, received or checked (gevraagd,
 * ontvangen, gecontroleerd), empty when nothing was entered (such a row is skipped on
 * import). UTF-8 with a byte order mark, ';' between fields unless told otherwise.
 *
 * Importing reads either language, ';', ',' or tab between fields, and the files older
 * versions wrote (English, JSON for structured figures). It is two steps: a preview that reads
 * and checks the whole file without writing anything (every error names the line), then
 * applying it as one undoable action.
 */
#pragma once

#include "sf-project-figures.h"

G_BEGIN_DECLS

/* Larger files are refused before they are read. */
#define SF_CSV_MAX_SIZE (20 * 1024 * 1024)

typedef struct _SfCsvImport SfCsvImport;

typedef enum {
  SF_CSV_ENGLISH,
  SF_CSV_DUTCH,
} SfCsvLanguage;

/* One row of the file as it will be written. */
typedef struct {
  guint                   line;           /* where the row starts in the file, from 1 */
  const char             *flat_id;        /* NULL: the whole neighbourhood */
  const char             *flat_name;      /* "" for the neighbourhood */
  const char             *indicator_id;
  const char             *indicator_name;
  SfIndicatorValueFields  fields;
} SfCsvRow;

/* The language of the user interface (of its translation): what exports are written in. */
SfCsvLanguage   sf_csv_language_default       (void);

gboolean        sf_project_export_csv         (SfProject    *project,
                                               const char   *path,
                                               char          separator,
                                               SfCsvLanguage language,
                                               GError      **error);

gboolean        sf_project_import_csv_preview (SfProject    *project,
                                               const char   *path,
                                               SfCsvImport **out,
                                               GError      **error);
/* The same, from bytes in memory (@data need not be NUL-terminated). */
gboolean        sf_project_import_csv_data    (SfProject    *project,
                                               const char   *data,
                                               gsize         size,
                                               SfCsvImport **out,
                                               GError      **error);
/* Writes every row in one transaction, one undo step, or nothing. */
gboolean        sf_project_import_csv_apply   (SfProject    *project,
                                               SfCsvImport  *import,
                                               GError      **error);

char            sf_csv_import_get_separator   (SfCsvImport  *import);
guint           sf_csv_import_get_n_rows      (SfCsvImport  *import);
const SfCsvRow *sf_csv_import_get_row         (SfCsvImport  *import,
                                               guint         index);
/* The file's columns in order, and what each is read as: the column's English name in the
 * header above, or NULL when it is ignored. NULL-terminated, owned by @import. */
const char * const *sf_csv_import_get_columns (SfCsvImport  *import);
const char     *sf_csv_import_get_column_use  (SfCsvImport  *import,
                                               guint         column);
void            sf_csv_import_free            (SfCsvImport  *import);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfCsvImport, sf_csv_import_free)

G_END_DECLS
