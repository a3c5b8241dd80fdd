/* sf-csv-import.c: the figures' CSV file read back, checked and applied
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading uses libcsv in strict mode, fed one physical line at a time so that every row
 * knows the line it starts on (a quoted note may span lines). The whole file is read and
 * checked before anything is written; applying it is one action, so a refusal inside the
 * transaction (a flat removed since the preview) rolls every row back. The file's words come
 * in two languages; what a cell holds beyond one word or number is sf-csv-cells.c's.
 */
#include "config.h"

#include <string.h>

#include <csv.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sf-csv.h"
#include "sf-csv-cells.h"
#include "sf-csv-private.h"
#include "sf-file.h"
#include "sf-project-figures-private.h"
#include "sf-flat.h"
#include "sf-project-private.h"
#include "sf-store-error.h"
#include "sf-store-text.h"
#include "sf-store-util.h"

struct _SfCsvImport
{
  char          separator;
  GStrv         columns;
  const char  **uses;      /* per column: its English name, or NULL */
  GArray       *rows;      /* of SfCsvRow, strings in @strings */
  GStringChunk *strings;
};

/* ---- helpers ---------------------------------------------------------------------------- */

static int
find_key (const char * const *keys,
          const char         *text)
{
  for (int i = 0; keys[i] != NULL; i++)
    if (g_ascii_strcasecmp (keys[i], text) == 0)
      return i;
  return -1;
}

static int
find_either (const char * const *english,
             const char * const *dutch,
             const char         *text)
{
  int found = find_key (english, text);

  return found >= 0 ? found : find_key (dutch, text);
}

/* The word's place in @list (a member of SfCsvVocabulary) in either language; -1 when
 * neither has it. */
#define FIND_WORD(list, text) \
  find_either (sf_csv_vocabularies[SF_CSV_ENGLISH].list, \
               sf_csv_vocabularies[SF_CSV_DUTCH].list, text)

/* ---- reading ---------------------------------------------------------------------------- */

typedef struct
{
  guint      line;
  GPtrArray *fields; /* of char* */
} Record;

typedef struct
{
  GPtrArray    *fields;
  GArray       *records; /* of Record */
  guint         row_line;
  GStringChunk *strings; /* the fields' text, kept with the import's */
} Parse;

static void
record_clear (gpointer data)
{
  Record *record = data;

  g_clear_pointer (&record->fields, g_ptr_array_unref);
}

static void
on_field (void   *text,
          size_t  len,
          void   *data)
{
  Parse *parse = data;

  if (parse->fields == NULL)
    parse->fields = g_ptr_array_new ();
  g_ptr_array_add (parse->fields, g_string_chunk_insert_len (parse->strings, text, len));
}

static void
on_row (int   c,
        void *data)
{
  Parse *parse = data;
  Record record = { parse->row_line, parse->fields };

  (void) c;
  parse->fields = NULL;
  if (record.fields == NULL)
    return;
  g_array_append_val (parse->records, record);
}

/* What the first line holds most of (outside quotes): tabs, commas or semicolons, ';' when
 * it is a tie. */
static char
detect_separator (const char *data,
                  gsize       size)
{
  guint semicolons = 0;
  guint commas = 0;
  guint tabs = 0;
  gboolean quoted = FALSE;

  for (gsize i = 0; i < size && (quoted || (data[i] != '\n' && data[i] != '\r')); i++)
    {
      if (data[i] == '"')
        quoted = !quoted;
      else if (!quoted && data[i] == ';')
        semicolons++;
      else if (!quoted && data[i] == ',')
        commas++;
      else if (!quoted && data[i] == '\t')
        tabs++;
    }
  if (tabs > semicolons && tabs > commas)
    return '\t';
  return commas > semicolons ? ',' : ';';
}

/* Splits the file into records of fields, each knowing its line. */
static gboolean
parse_records (const char    *data,
               gsize          size,
               char           separator,
               GArray        *records,
               GStringChunk  *strings,
               GError       **error)
{
  struct csv_parser parser;
  Parse parse = { NULL, records, 1, strings };
  gsize start = 0;
  guint line = 1;
  gboolean ok = TRUE;

  if (csv_init (&parser, CSV_STRICT | CSV_STRICT_FINI) != 0)
    return sf_csv_invalid (error, "%s", _("Not enough memory to read the file."));
  csv_set_delim (&parser, (unsigned char) separator);
  while (ok && start < size)
    {
      gsize end = start;

      /* A line ends in LF, CR LF or a lone CR, as libcsv sees it. */
      while (end < size && data[end] != '\n' && data[end] != '\r')
        end++;
      if (end < size)
        end += data[end] == '\r' && end + 1 < size && data[end + 1] == '\n' ? 2 : 1;

      if (!g_utf8_validate_len (data + start, end - start, NULL))
        ok = sf_csv_invalid (error, _("Line %u is not UTF-8 text; save the file as “CSV UTF-8”."),
                             line);
      else
        {
          if (parser.pstate == 0) /* between rows */
            parse.row_line = line;
          if (csv_parse (&parser, data + start, end - start, on_field, on_row, &parse)
              != end - start)
            ok = sf_csv_invalid (error, _("Line %u: the quotes are not where they should be."),
                                 line);
        }
      start = end;
      line++;
    }
  if (ok && csv_fini (&parser, on_field, on_row, &parse) != 0)
    ok = sf_csv_invalid (error, _("Line %u: a quote is opened but never closed."), parse.row_line);
  csv_free (&parser);
  g_clear_pointer (&parse.fields, g_ptr_array_unref);
  return ok;
}

static const char *
keep (SfCsvImport *import,
      const char  *text)
{
  return text != NULL ? g_string_chunk_insert (import->strings, text) : NULL;
}

/* An indicator as the rows refer to it, its texts in the import's strings. */
typedef struct
{
  const char      *id;
  const char      *name;
  SfIndicatorType  type;
} Target;

typedef struct
{
  SfCsvImport *import;     /* where the values' text is kept */
  GHashTable  *flats;      /* name -> id in the import's strings, or "" when more than one
                            * flat has the name */
  GHashTable  *indicators; /* key (or own name) -> Target */
  GHashTable  *seen;       /* "indicator flat" -> line */
} Lookup;

static void
lookup_init (Lookup      *lookup,
             SfProject   *project,
             SfCsvImport *import)
{
  GListModel *flats = sf_project_get_flats (project);
  GListModel *indicators = sf_project_get_indicators (project);

  lookup->import = import;
  lookup->flats = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lookup->indicators = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  lookup->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (flats); i++)
    {
      g_autoptr(SfFlat) flat = g_list_model_get_item (flats, i);
      const char *name = sf_flat_get_name (flat);

      g_hash_table_insert (lookup->flats, g_strdup (name),
                           (gpointer) (g_hash_table_contains (lookup->flats, name)
                                       ? "" : keep (import, sf_record_get_id (SF_RECORD (flat)))));
    }
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(SfIndicator) indicator = g_list_model_get_item (indicators, i);
      const char *key = sf_indicator_get_key (indicator);
      Target *target = g_new (Target, 1);

      target->id = keep (import, sf_record_get_id (SF_RECORD (indicator)));
      target->name = keep (import, sf_indicator_get_name (indicator));
      target->type = sf_indicator_get_indicator_type (indicator);
      g_hash_table_replace (lookup->indicators, g_strdup (key != NULL ? key : target->name),
                            target);
    }
}

static void
lookup_clear (Lookup *lookup)
{
  g_hash_table_unref (lookup->flats);
  g_hash_table_unref (lookup->indicators);
  g_hash_table_unref (lookup->seen);
}

static gboolean
read_value (SfCsvImport   *import,
            const Target  *target,
            const char    *value,
            guint          line,
            SfCsvRow      *row,
            GError       **error)
{
  const SfCsvVocabulary *words = &sf_csv_vocabularies[sf_csv_language_default ()];
  const char *name = target->name;
  g_autoptr(GError) local = NULL;
  g_autofree char *json = NULL;
  double number = 0;
  int found;

  if (*value == '\0')
    return TRUE;
  switch (target->type)
    {
    case SF_INDICATOR_COUNT:
      if (!sf_csv_parse_number (value, &number))
        return sf_csv_invalid (error, _("Line %u: “%s” is not a number, as “%s” needs."),
                               line, value, name);
      if (number < 0)
        return sf_csv_invalid (error, _("Line %u: “%s” cannot be negative."), line, name);
      break;
    case SF_INDICATOR_YES_NO:
      /* Also 0 and 1, as older versions wrote them. */
      if ((found = FIND_WORD (yes_no, value)) < 0 &&
          (found = find_key ((const char *[]) { "0", "1", NULL }, value)) < 0)
        return sf_csv_invalid (error, _("Line %u: “%s” needs yes or no, not “%s”."),
                               line, name, value);
      number = found;
      break;
    case SF_INDICATOR_CATEGORY:
      if ((found = FIND_WORD (category, value)) < 0 &&
          (found = find_key ((const char *[]) { "0", "1", NULL }, value)) < 0)
        /* Translators: the second and third %s are the words for the two categories, as
         * the CSV file writes them ("only older people", "mixed"). */
        return sf_csv_invalid (error, _("Line %u: “%s” needs “%s” or “%s”, not “%s”."),
                               line, name, words->category[SF_CATEGORY_OLDER_ONLY],
                               words->category[SF_CATEGORY_MIXED], value);
      number = found;
      break;
    case SF_INDICATOR_DISTRIBUTION:
    case SF_INDICATOR_CATEGORY_COUNTS:
    case SF_INDICATOR_ACTIVITIES:
    case SF_INDICATOR_N_TYPES:
    default:
      json = sf_csv_parse_structured (target->type, value, name, &local);
      if (json == NULL)
        return sf_csv_invalid (error, _("Line %u: %s"), line, local->message);
      row->fields.json = keep (import, json);
      return TRUE;
    }
  row->fields.has_number = TRUE;
  row->fields.number = number;
  return TRUE;
}

static const char *
cell (Record    *record,
      const int *index,
      guint      column)
{
  return index[column] >= 0 ? g_ptr_array_index (record->fields, index[column]) : "";
}

/* A cell without the spaces around it: the field is the import's own copy, stripped in
 * place. */
static const char *
stripped_cell (Record    *record,
               const int *index,
               guint      column)
{
  char *text, *end;

  if (index[column] < 0)
    return "";
  text = g_ptr_array_index (record->fields, index[column]);
  while (g_ascii_isspace (*text))
    text++;
  end = text + strlen (text);
  while (end > text && g_ascii_isspace (end[-1]))
    end--;
  *end = '\0';
  return text;
}

/* Maps one record to a flat, an indicator and a value; FALSE with a message naming its
 * line; a row with nothing entered is skipped (@row->indicator_id stays NULL). */
static gboolean
read_row (Lookup      *lookup,
          Record      *record,
          const int   *index,
          SfCsvRow    *row,
          GError     **error)
{
  const char *flat = stripped_cell (record, index, SF_CSV_COL_FLAT);
  const char *key = stripped_cell (record, index, SF_CSV_COL_INDICATOR);
  const char *value = stripped_cell (record, index, SF_CSV_COL_VALUE);
  const char *accuracy = stripped_cell (record, index, SF_CSV_COL_ACCURACY);
  const char *status = stripped_cell (record, index, SF_CSV_COL_STATUS);
  const char *text = cell (record, index, SF_CSV_COL_TEXT);
  const Target *target;
  g_autofree char *pair = NULL;
  guint line = record->line;
  int found;

  if (flat[0] == '\0' && key[0] == '\0' && value[0] == '\0' && status[0] == '\0' &&
      sf_store_text_is_blank (text))
    return TRUE;
  target = g_hash_table_lookup (lookup->indicators, key);
  if (target == NULL)
    return sf_csv_invalid (error, _("Line %u: there is no indicator “%s” in this project."),
                           line, key);
  row->line = line;
  row->indicator_name = target->name;
  row->flat_name = flat;
  if (flat[0] != '\0')
    {
      const char *id = g_hash_table_lookup (lookup->flats, flat);

      if (id == NULL)
        return sf_csv_invalid (error, _("Line %u: there is no flat “%s” in this project."),
                               line, flat);
      if (id[0] == '\0')
        return sf_csv_invalid (error, _("Line %u: more than one flat is called “%s”."), line,
                               flat);
      row->flat_id = id;
    }
  if (value[0] == '\0' && status[0] == '\0' && sf_store_text_is_blank (text))
    return TRUE; /* asked of nobody yet: nothing to write */
  if (!read_value (lookup->import, target, value, line, row, error))
    return FALSE;
  /* The fields' own text is in the import's strings already. */
  row->fields.text = text;
  row->fields.source = cell (record, index, SF_CSV_COL_SOURCE);
  row->fields.period = cell (record, index, SF_CSV_COL_PERIOD);
  row->fields.note = cell (record, index, SF_CSV_COL_NOTE);
  found = accuracy[0] == '\0' ? SF_ACCURACY_EXACT : FIND_WORD (accuracy, accuracy);
  if (found < 0)
    return sf_csv_invalid (error,
                           _("Line %u: the accuracy “%s” is not exact, estimate or average."),
                           line, accuracy);
  row->fields.accuracy = found;
  found = status[0] == '\0' ? SF_VALUE_RECEIVED : FIND_WORD (status, status);
  if (found < 0)
    return sf_csv_invalid (error, _("Line %u: the status “%s” is not asked, received or checked."),
                           line, status);
  row->fields.status = found;
  pair = g_strconcat (target->id, " ", sf_store_or_empty (row->flat_id), NULL);
  if (g_hash_table_contains (lookup->seen, pair))
    return sf_csv_invalid (error, _("Line %u: “%s” for “%s” is already on line %u."), line,
                           row->indicator_name, flat[0] != '\0' ? flat : _("the neighbourhood"),
                           GPOINTER_TO_UINT (g_hash_table_lookup (lookup->seen, pair)));
  g_hash_table_insert (lookup->seen, g_steal_pointer (&pair), GUINT_TO_POINTER (line));
  row->indicator_id = target->id;
  return TRUE;
}

/* Which column holds what; the header must name at least flat, indicator and value. */
static gboolean
read_header (SfCsvImport *import,
             Record      *header,
             int         *index,
             GError     **error)
{
  guint n = header->fields->len;

  import->columns = g_new0 (char *, n + 1);
  import->uses = g_new0 (const char *, n + 1);
  for (guint c = 0; c < SF_CSV_N_COLS; c++)
    index[c] = -1;
  for (guint i = 0; i < n; i++)
    {
      const char *name = g_ptr_array_index (header->fields, i);
      int c = FIND_WORD (columns, name);

      import->columns[i] = g_strdup (name);
      if (c < 0)
        continue;
      if (index[c] >= 0)
        return sf_csv_invalid (error, _("Line %u: the column “%s” is there twice."),
                               header->line, name);
      index[c] = i;
      /* A column is reported by its English name, whatever the file's language. */
      import->uses[i] = sf_csv_vocabularies[SF_CSV_ENGLISH].columns[c];
    }
  if (index[SF_CSV_COL_FLAT] < 0 || index[SF_CSV_COL_INDICATOR] < 0 ||
      index[SF_CSV_COL_VALUE] < 0)
    return sf_csv_invalid (error, _("Line %u: the columns “flat”, “indicator” and “value” are "
                                    "needed; is this a file exported by Startfoto?"),
                           header->line);
  return TRUE;
}

gboolean
sf_project_import_csv_data (SfProject    *project,
                            const char   *data,
                            gsize         size,
                            SfCsvImport **out,
                            GError      **error)
{
  g_autoptr(SfCsvImport) import = NULL;
  g_autoptr(GArray) records = g_array_new (FALSE, TRUE, sizeof (Record));
  int index[SF_CSV_N_COLS];
  guint n_columns;
  Lookup lookup;
  gboolean ok = TRUE;

  g_return_val_if_fail (SF_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (data != NULL || size == 0, FALSE);
  g_return_val_if_fail (out != NULL && *out == NULL, FALSE);

  if (size > SF_CSV_MAX_SIZE)
    return sf_csv_invalid (error, _("The file is too large to import (more than %u MB)."),
                           (guint) (SF_CSV_MAX_SIZE / (1024 * 1024)));
  if (size >= 3 && memcmp (data, SF_CSV_BOM, 3) == 0)
    {
      data += 3;
      size -= 3;
    }
  g_array_set_clear_func (records, record_clear);
  import = g_new0 (SfCsvImport, 1);
  import->separator = detect_separator (data, size);
  import->rows = g_array_new (FALSE, TRUE, sizeof (SfCsvRow));
  import->strings = g_string_chunk_new (4096);
  if (!parse_records (data, size, import->separator, records, import->strings, error))
    return FALSE;
  if (records->len == 0)
    return sf_csv_invalid (error, "%s", _("The file is empty."));
  if (!read_header (import, &g_array_index (records, Record, 0), index, error))
    return FALSE;
  n_columns = g_strv_length (import->columns);
  lookup_init (&lookup, project, import);
  for (guint r = 1; ok && r < records->len; r++)
    {
      Record *record = &g_array_index (records, Record, r);
      SfCsvRow row = { 0 };

      if (record->fields->len == 1 &&
          sf_store_text_is_blank (g_ptr_array_index (record->fields, 0)))
        continue;
      if (record->fields->len != n_columns)
        ok = sf_csv_invalid (error, _("Line %u has %u fields instead of %u."), record->line,
                             record->fields->len, n_columns);
      else if ((ok = read_row (&lookup, record, index, &row, error)) &&
               row.indicator_id != NULL)
        g_array_append_val (import->rows, row);
    }
  lookup_clear (&lookup);
  if (!ok)
    return FALSE;
  *out = g_steal_pointer (&import);
  return TRUE;
}

gboolean
sf_project_import_csv_preview (SfProject    *project,
                               const char   *path,
                               SfCsvImport **out,
                               GError      **error)
{
  g_autofree char *data = NULL;
  GStatBuf info;
  gsize size = 0;

  g_return_val_if_fail (path != NULL, FALSE);
  if (g_stat (path, &info) == 0 && info.st_size > SF_CSV_MAX_SIZE)
    return sf_csv_invalid (error, _("The file is too large to import (more than %u MB)."),
                           (guint) (SF_CSV_MAX_SIZE / (1024 * 1024)));
  if (!g_file_get_contents (path, &data, &size, error))
    return FALSE;
  return sf_project_import_csv_data (project, data, size, out, error);
}

/* ---- applying --------------------------------------------------------------------------- */

/* Each flat and indicator is checked once per import. */
static gboolean
require_once (SfDb        *db,
              GHashTable  *checked,
              const char  *sql,
              const char  *id,
              GError     **error)
{
  if (id == NULL || g_hash_table_contains (checked, id))
    return TRUE;
  if (!sf_store_require_row (db, sql, id, error))
    return FALSE;
  g_hash_table_add (checked, (gpointer) id);
  return TRUE;
}

static const SfIndicatorValueFields *
row_value_at (gpointer     data,
              guint        index,
              const char **indicator_id,
              const char **flat_id)
{
  const SfCsvRow *row = &g_array_index ((GArray *) data, SfCsvRow, index);

  *indicator_id = row->indicator_id;
  *flat_id = row->flat_id;
  return &row->fields;
}

static gboolean
do_import (SfDb              *db,
           gpointer           data,
           SfChangesetWriter *changes,
           GError           **error)
{
  SfCsvImport *import = data;
  g_autoptr(GHashTable) checked = g_hash_table_new (g_str_hash, g_str_equal);

  /* The preview found every flat and indicator; one may have gone since. */
  for (guint i = 0; i < import->rows->len; i++)
    {
      const SfCsvRow *row = &g_array_index (import->rows, SfCsvRow, i);
      g_autoptr(GError) local = NULL;

      if (!require_once (db, checked, "SELECT 1 FROM indicator WHERE id = ?1",
                         row->indicator_id, &local) ||
          !require_once (db, checked, "SELECT 1 FROM flat WHERE id = ?1", row->flat_id,
                         &local))
        {
          g_set_error (error, local->domain, local->code, _("Line %u: %s"), row->line,
                       local->message);
          return FALSE;
        }
    }
  return sf_inventory_write_values (db, import->rows->len, row_value_at, import->rows, changes,
                                    error);
}

gboolean
sf_project_import_csv_apply (SfProject    *project,
                             SfCsvImport  *import,
                             GError      **error)
{
  g_return_val_if_fail (SF_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (import != NULL, FALSE);

  if (import->rows->len == 0)
    return sf_csv_invalid (error, "%s", _("The file holds no figures to import."));
  return sf_project_run_written_action (project, _("Import figures"), do_import, import, error);
}

/* ---- the preview ------------------------------------------------------------------------ */

char
sf_csv_import_get_separator (SfCsvImport *import)
{
  return import->separator;
}

guint
sf_csv_import_get_n_rows (SfCsvImport *import)
{
  return import->rows->len;
}

const SfCsvRow *
sf_csv_import_get_row (SfCsvImport *import,
                       guint        index)
{
  g_return_val_if_fail (index < import->rows->len, NULL);
  return &g_array_index (import->rows, SfCsvRow, index);
}

const char * const *
sf_csv_import_get_columns (SfCsvImport *import)
{
  return (const char * const *) import->columns;
}

const char *
sf_csv_import_get_column_use (SfCsvImport *import,
                              guint        column)
{
  g_return_val_if_fail (column < g_strv_length (import->columns), NULL);
  return import->uses[column];
}

void
sf_csv_import_free (SfCsvImport *import)
{
  if (import == NULL)
    return;
  g_strfreev (import->columns);
  g_free (import->uses);
  g_array_unref (import->rows);
  g_string_chunk_free (import->strings);
  g_free (import);
}
