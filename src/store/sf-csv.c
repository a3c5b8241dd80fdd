/* sf-csv.c: the inventory's figures written as a CSV file, in the file's two languages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading the file back is sf-csv-import.c's; what a cell holds beyond one word or number is
 * sf-csv-cells.c's.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-csv.h"
#include "sf-csv-cells.h"
#include "sf-csv-private.h"
#include "sf-csv-write.h"
#include "sf-file.h"
#include "sf-flat.h"
#include "sf-project-private.h"

const SfCsvVocabulary sf_csv_vocabularies[] = {
  [SF_CSV_ENGLISH] = {
    { "flat", "indicator", "name", "unit", "value", "text", "accuracy", "source", "period",
      "note", "status", NULL },
    { "exact", "estimate", "average", NULL },
    { "asked", "received", "checked", NULL },
    { "no", "yes", NULL },
    { "only older people", "mixed", NULL },
  },
  [SF_CSV_DUTCH] = {
    { "flat", "cijfer", "naam", "eenheid", "waarde", "beschrijving", "nauwkeurigheid", "bron",
      "datum of periode", "notitie", "status", NULL },
    { "exact", "schatting", "gemiddelde", NULL },
    { "gevraagd", "ontvangen", "gecontroleerd", NULL },
    { "nee", "ja", NULL },
    { "alleen ouderen", "gemengd", NULL },
  },
};

SfCsvLanguage
sf_csv_language_default (void)
{
  /* Translators: the language of exported CSV files (their column names and words): "nl"
   * writes them in Dutch, "en" in English. Startfoto reads either. */
  return g_str_equal (C_("CSV language", "en"), "nl") ? SF_CSV_DUTCH : SF_CSV_ENGLISH;
}

/* ---- writing ---------------------------------------------------------------------------- */

typedef struct
{
  GString               *out;
  char                   separator;
  const SfCsvVocabulary *words;
  SfCsvLanguage          language;
  gboolean               decimal_comma;
} Writer;

/* The value cell: a number, a word, or a structured figure as text (JSON as it is stored when
 * it has another form, which the import reads as well). */
static char *
format_value (Writer           *writer,
              SfIndicator      *indicator,
              SfIndicatorValue *value)
{
  SfIndicatorType type = sf_indicator_get_indicator_type (indicator);
  const char *json = sf_indicator_value_get_json (value);
  double number = sf_indicator_value_get_number (value);

  if (json != NULL)
    {
      char *text = sf_csv_format_structured (type, json, writer->language,
                                             writer->decimal_comma);

      return text != NULL ? text : g_strdup (json);
    }
  if (!sf_indicator_value_has_number (value))
    return NULL;
  if (type == SF_INDICATOR_YES_NO && (number == 0 || number == 1))
    return g_strdup (writer->words->yes_no[(int) number]);
  if (type == SF_INDICATOR_CATEGORY &&
      (number == SF_CATEGORY_OLDER_ONLY || number == SF_CATEGORY_MIXED))
    return g_strdup (writer->words->category[(int) number]);
  return sf_csv_format_number (number, writer->decimal_comma);
}

static void
append_row (Writer           *writer,
            const char       *flat_name,
            SfIndicator      *indicator,
            SfIndicatorValue *value)
{
  g_autofree char *cell = NULL;
  const char *fields[SF_CSV_N_COLS] = { NULL };
  const char *key = sf_indicator_get_key (indicator);

  fields[SF_CSV_COL_FLAT] = flat_name;
  fields[SF_CSV_COL_INDICATOR] = key != NULL ? key : sf_indicator_get_name (indicator);
  fields[SF_CSV_COL_NAME] = sf_indicator_get_name (indicator);
  fields[SF_CSV_COL_UNIT] = sf_indicator_get_unit (indicator);
  if (value != NULL)
    {
      fields[SF_CSV_COL_VALUE] = cell = format_value (writer, indicator, value);
      fields[SF_CSV_COL_TEXT] = sf_indicator_value_get_text (value);
      fields[SF_CSV_COL_ACCURACY] =
        writer->words->accuracy[CLAMP (sf_indicator_value_get_accuracy (value), 0,
                                       SF_ACCURACY_AVERAGE)];
      fields[SF_CSV_COL_SOURCE] = sf_indicator_value_get_source (value);
      fields[SF_CSV_COL_PERIOD] = sf_indicator_value_get_period (value);
      fields[SF_CSV_COL_NOTE] = sf_indicator_value_get_note (value);
      fields[SF_CSV_COL_STATUS] =
        writer->words->status[CLAMP (sf_indicator_value_get_status (value), 0,
                                     SF_VALUE_CHECKED)];
    }
  sf_csv_append_row (writer->out, fields, SF_CSV_N_COLS, writer->separator);
}

static void
append_target (Writer     *writer,
               SfProject  *project,
               const char *flat_id,
               const char *flat_name)
{
  GListModel *indicators = sf_project_get_indicators (project);

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(SfIndicator) indicator = g_list_model_get_item (indicators, i);
      SfIndicatorValue *value =
        sf_project_find_indicator_value (project, sf_record_get_id (SF_RECORD (indicator)),
                                         flat_id);

      if (value != NULL || !sf_indicator_get_hidden (indicator))
        append_row (writer, flat_name, indicator, value);
    }
}

gboolean
sf_project_export_csv (SfProject      *project,
                       const char     *path,
                       char            separator,
                       SfCsvLanguage   language,
                       GError        **error)
{
  g_autoptr(GString) out = g_string_new (SF_CSV_BOM);
  Writer writer = { out, separator };
  GListModel *flats;
  guint n_flats;

  g_return_val_if_fail (SF_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (separator == ';' || separator == ',' || separator == '\t', FALSE);
  g_return_val_if_fail (language == SF_CSV_ENGLISH || language == SF_CSV_DUTCH, FALSE);

  writer.language = language;
  writer.words = &sf_csv_vocabularies[language];
  /* Dutch spreadsheets read a decimal comma; with ',' between fields it would split them. */
  writer.decimal_comma = language == SF_CSV_DUTCH && separator == ';';
  flats = sf_project_get_flats (project);
  n_flats = g_list_model_get_n_items (flats);
  sf_csv_append_row (out, writer.words->columns, SF_CSV_N_COLS, separator);
  for (guint f = 0; f < n_flats; f++)
    {
      g_autoptr(SfFlat) flat = g_list_model_get_item (flats, f);

      append_target (&writer, project, sf_record_get_id (SF_RECORD (flat)),
                     sf_flat_get_name (flat));
    }
  if (n_flats == 0 ||
      g_list_model_get_n_items (sf_project_get_indicator_values (project, NULL)) > 0)
    append_target (&writer, project, NULL, "");
  return sf_file_write_private (path, out->str, out->len, error);
}
