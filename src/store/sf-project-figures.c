/* sf-project-figures.c: step 3 of a project, facts and figures: the indicators and their
 * values per flat
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The method's indicators are copied into every file by migration 3 (sf-migrations.c), so a
 * new project and an older file opened alike have them without any code run on open.
 * Checks that need the file (does the indicator still exist, what is its type?) run inside
 * the action, so that a refusal rolls everything back. Who is asked for what and how complete
 * the figures are: sf-project-figures-progress.c; derived figures and the requirements:
 * sf-project-figures-derived.c.
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "sf-project-figures.h"
#include "sf-project-figures-private.h"
#include "sf-project-private.h"
#include "sf-store-error.h"
#include "sf-store-text.h"
#include "sf-store-util.h"

#define INDICATOR_COLUMNS "id, key, name, type, unit, position, hidden"
#define VALUE_COLUMNS \
  "v.id, v.indicator_id, v.flat_id, v.value_number, v.value_text, v.value_json, v.accuracy, " \
  "v.source, v.period, v.note, v.status"

/* ---- helpers ---------------------------------------------------------------------------- */

static gboolean
invalid (GError    **error,
         const char *message)
{
  g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
read_failed (SfDb    *db,
             int      rc,
             GError **error)
{
  sf_store_set_sqlite_error (error, sf_db_get_handle (db), rc, sf_db_get_path (db));
  return FALSE;
}

/* The type of indicator @id, or a not-found error. */
static gboolean
lookup_type (SfDb             *db,
             const char       *id,
             SfIndicatorType  *type,
             GError          **error)
{
  sqlite3_stmt *stmt = sf_db_prepare (db, "SELECT type FROM indicator WHERE id = ?1", error);
  int rc;
  gboolean known = FALSE;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    known = sf_indicator_type_from_string ((const char *) sqlite3_column_text (stmt, 0), type);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return read_failed (db, rc, error);
  return known || sf_store_not_found (error);
}

/* ---- indicators ------------------------------------------------------------------------- */

GListModel *
sf_project_get_indicators (SfProject *self)
{
  GListModel *list = g_object_get_data (G_OBJECT (self), "sf-inventory-indicators");

  if (list == NULL)
    {
      list = sf_project_watch_or_empty (self, SF_TYPE_INDICATOR,
                                        "SELECT " INDICATOR_COLUMNS " FROM indicator "
                                        "ORDER BY position, id", 0, NULL,
                                        (const char *[]) { "indicator", NULL });
      g_object_set_data_full (G_OBJECT (self), "sf-inventory-indicators", list,
                              g_object_unref);
    }
  return list;
}

SfIndicator *
sf_project_find_indicator (SfProject  *self,
                           const char *id)
{
  GListModel *list = sf_project_get_indicators (self);

  for (guint i = 0; id != NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SfIndicator) indicator = g_list_model_get_item (list, i);

      if (g_strcmp0 (sf_record_get_id (SF_RECORD (indicator)), id) == 0)
        return indicator;
    }
  return NULL;
}

SfIndicator *
sf_project_find_indicator_by_key (SfProject  *self,
                                  const char *key)
{
  GListModel *list = sf_project_get_indicators (self);

  for (guint i = 0; key != NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SfIndicator) indicator = g_list_model_get_item (list, i);

      if (g_strcmp0 (sf_indicator_get_key (indicator), key) == 0)
        return indicator;
    }
  return NULL;
}

typedef struct
{
  const char *id;
  const char *name;
  const char *type;
  const char *unit;
  gboolean    hidden;
} IndicatorChange;

static gboolean
do_add_indicator (SfDb     *db,
                  gpointer  data,
                  GError  **error)
{
  IndicatorChange *change = data;

  return sf_db_run (db, error,
                    "INSERT INTO indicator (id, name, type, unit, position) "
                    "VALUES (?1, ?2, ?3, ?4, "
                    "(SELECT coalesce (max (position) + 1, 0) FROM indicator))",
                    "ssss", change->id, change->name, change->type, change->unit);
}

char *
sf_project_add_indicator (SfProject        *self,
                          const char       *name,
                          SfIndicatorType   type,
                          const char       *unit,
                          GError          **error)
{
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *clean_name = sf_store_text_clean (name, TRUE);
  g_autofree char *clean_unit = sf_store_text_clean (unit, TRUE);
  IndicatorChange change = { id, clean_name, NULL, clean_unit, FALSE };

  g_return_val_if_fail (type < SF_INDICATOR_N_TYPES, NULL);
  if (*clean_name == '\0')
    {
      invalid (error, _("An indicator needs a name."));
      return NULL;
    }
  change.type = sf_indicator_type_to_string (type);
  if (!sf_project_run_action (self, _("Add indicator"), do_add_indicator, &change, error))
    return NULL;
  return g_steal_pointer (&id);
}

static gboolean
do_rename_indicator (SfDb     *db,
                     gpointer  data,
                     GError  **error)
{
  IndicatorChange *change = data;
  gboolean own = FALSE;

  /* Only a standard indicator can do without a name of its own: it has the method's. */
  if (!sf_store_require_row (db, "SELECT 1 FROM indicator WHERE id = ?1", change->id, error) ||
      !sf_store_row_exists (db, "SELECT 1 FROM indicator WHERE id = ?1 AND key IS NULL",
                            change->id, NULL, &own, error))
    return FALSE;
  if (change->name == NULL && own)
    return invalid (error, _("An indicator needs a name."));
  return sf_db_run (db, error, "UPDATE indicator SET name = ?2 WHERE id = ?1", "ss",
                    change->id, change->name) &&
         sf_store_require_change (db, error);
}

gboolean
sf_project_rename_indicator (SfProject   *self,
                             const char  *id,
                             const char  *name,
                             GError     **error)
{
  g_autofree char *clean_name = sf_store_text_clean (name, TRUE);
  IndicatorChange change = { id, *clean_name ? clean_name : NULL, NULL, NULL, FALSE };

  g_return_val_if_fail (id != NULL, FALSE);
  return sf_project_run_action (self, _("Rename indicator"), do_rename_indicator, &change,
                                error);
}

static gboolean
do_set_hidden (SfDb     *db,
               gpointer  data,
               GError  **error)
{
  IndicatorChange *change = data;

  return sf_db_run (db, error, "UPDATE indicator SET hidden = ?2 WHERE id = ?1", "si",
                    change->id, change->hidden ? 1 : 0) &&
         sf_store_require_change (db, error);
}

gboolean
sf_project_set_indicator_hidden (SfProject   *self,
                                 const char  *id,
                                 gboolean     hidden,
                                 GError     **error)
{
  IndicatorChange change = { id, NULL, NULL, NULL, hidden };

  g_return_val_if_fail (id != NULL, FALSE);
  return sf_project_run_action (self, hidden ? _("Hide indicator") : _("Show indicator"),
                                do_set_hidden, &change, error);
}

/* ---- values ----------------------------------------------------------------------------- */

GListModel *
sf_project_get_indicator_values (SfProject  *self,
                                 const char *flat_id)
{
  GHashTable *lists = g_object_get_data (G_OBJECT (self), "sf-inventory-values");
  const char *ref = sf_store_or_empty (flat_id);
  GListModel *list;

  if (lists == NULL)
    {
      lists = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
      g_object_set_data_full (G_OBJECT (self), "sf-inventory-values", lists,
                              (GDestroyNotify) g_hash_table_unref);
    }
  list = g_hash_table_lookup (lists, ref);
  if (list == NULL)
    {
      const char *ids[] = { sf_store_or_null (flat_id) };

      list = sf_project_watch_or_empty (
        self, SF_TYPE_INDICATOR_VALUE,
        "SELECT " VALUE_COLUMNS " FROM indicator_value v "
        "JOIN indicator i ON i.id = v.indicator_id "
        "WHERE v.flat_id IS ?1 ORDER BY i.position, v.id", 1, ids,
        (const char *[]) { "indicator_value", "indicator", NULL });
      g_hash_table_insert (lists, g_strdup (ref), list);
    }
  return list;
}

SfIndicatorValue *
sf_project_find_indicator_value (SfProject  *self,
                                 const char *indicator_id,
                                 const char *flat_id)
{
  GListModel *list = sf_project_get_indicator_values (self, flat_id);

  for (guint i = 0; indicator_id != NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SfIndicatorValue) value = g_list_model_get_item (list, i);

      if (g_strcmp0 (sf_indicator_value_get_indicator_id (value), indicator_id) == 0)
        return value;
    }
  return NULL;
}

/* Refuses a value that does not fit the indicator's type (see sf-inventory.h). */
static gboolean
check_value (SfIndicatorType               type,
             const SfIndicatorValueFields *fields,
             GError                      **error)
{
  gboolean structured = type == SF_INDICATOR_DISTRIBUTION ||
                        type == SF_INDICATOR_CATEGORY_COUNTS ||
                        type == SF_INDICATOR_ACTIVITIES;

  if (fields->has_number && !isfinite (fields->number))
    return invalid (error, _("The figure is not a valid number."));
  if ((guint) fields->accuracy > SF_ACCURACY_AVERAGE || (guint) fields->status > SF_VALUE_CHECKED)
    return invalid (error, _("The figure is not a valid number."));
  if (fields->json != NULL && !structured)
    return invalid (error, _("The figures of this indicator are not in the expected form."));
  switch (type)
    {
    case SF_INDICATOR_COUNT:
      if (fields->has_number && fields->number < 0)
        return invalid (error, _("A count cannot be negative."));
      return TRUE;
    case SF_INDICATOR_YES_NO:
      if (fields->has_number && fields->number != 0 && fields->number != 1)
        return invalid (error, _("Choose yes or no."));
      return TRUE;
    case SF_INDICATOR_CATEGORY:
      if (fields->has_number && fields->number != SF_CATEGORY_OLDER_ONLY &&
          fields->number != SF_CATEGORY_MIXED)
        return invalid (error, _("Choose “only older people” or “mixed”."));
      return TRUE;
    case SF_INDICATOR_DISTRIBUTION:
    case SF_INDICATOR_CATEGORY_COUNTS:
    case SF_INDICATOR_ACTIVITIES:
    case SF_INDICATOR_N_TYPES:
    default:
      break;
    }
  if (fields->has_number)
    return invalid (error, _("The figures of this indicator are not in the expected form."));
  if (fields->json == NULL)
    return TRUE;
  return sf_inventory_json_fits (type, fields->json) ||
         invalid (error, _("The figures of this indicator are not in the expected form."));
}

typedef struct
{
  const char                   *indicator_id;
  const char                   *flat_id;
  const SfIndicatorValueFields *fields;
  SfValueStatus                 status;
} ValueChange;

static gboolean
check_target (SfDb        *db,
              ValueChange *change,
              GError     **error)
{
  return change->flat_id == NULL ||
         sf_store_require_row (db, "SELECT 1 FROM flat WHERE id = ?1", change->flat_id, error);
}

/* indicator_value's columns in the order of its CREATE TABLE (migration 3), which is the
 * order a changeset gives them in. */
enum
{
  COLUMN_ID,
  COLUMN_INDICATOR,
  COLUMN_FLAT,
  COLUMN_NUMBER,
  COLUMN_TEXT,
  COLUMN_JSON,
  COLUMN_ACCURACY,
  COLUMN_SOURCE,
  COLUMN_PERIOD,
  COLUMN_NOTE,
  COLUMN_STATUS,
  N_VALUE_COLUMNS
};

static void
bind_change (sqlite3_stmt        *stmt,
             int                  parameter,
             const SfChangeValue *value)
{
  switch (value->type)
    {
    case SQLITE_INTEGER:
      sqlite3_bind_int64 (stmt, parameter, value->v.integer);
      break;
    case SQLITE_FLOAT:
      sqlite3_bind_double (stmt, parameter, value->v.real);
      break;
    case SQLITE_TEXT:
      sqlite3_bind_text (stmt, parameter, value->v.text, -1, SQLITE_STATIC);
      break;
    case SQLITE_NULL:
    default:
      sqlite3_bind_null (stmt, parameter);
      break;
    }
}

typedef struct
{
  sqlite3_stmt  *insert;
  sqlite3_stmt  *find;
  sqlite3_stmt  *update;
  sqlite3_int64  last_rowid;  /* the highest row id before this write */
  GHashTable    *found;       /* row ids (gint64) of the values there before, seen so far */
  GRand         *rand;        /* for the ids of new rows */
} ValueWriter;

/* Whether this write met the row before: the same figure twice would give two records of
 * one row, and undo, which applies them in order, would find the second value where it
 * expects the first. Rows are numbered upwards, so one above the last number from before is
 * this write's own. */
static gboolean
seen_before (ValueWriter   *w,
             sqlite3_int64  rowid)
{
  if (rowid > w->last_rowid || g_hash_table_contains (w->found, &rowid))
    return TRUE;
  g_hash_table_add (w->found, g_memdup2 (&rowid, sizeof rowid));
  return FALSE;
}

/* Writes one value, given as the row it should become, and records the change. Most values
 * of an import are new: the insert comes first, and finds out whether the value is there. */
static gboolean
write_value (SfDb                *db,
             ValueWriter         *w,
             const SfChangeValue *row,
             SfChangesetWriter   *changes,
             GError             **error)
{
  SfChangeValue old_row[N_VALUE_COLUMNS];
  SfChangeValue new_row[N_VALUE_COLUMNS];
  g_autofree char *kept_json = NULL;
  sqlite3_int64 rowid;
  gboolean changed;
  int rc;

  for (int i = 0; i < N_VALUE_COLUMNS; i++)
    bind_change (w->insert, i + 1, &row[i]);
  if (!sf_db_step_done (db, w->insert, error))
    return FALSE;
  if (sqlite3_changes (sf_db_get_handle (db)) > 0)
    {
      sf_changeset_writer_insert (changes, row);
      return TRUE;
    }

  sqlite3_bind_text (w->find, 1, row[COLUMN_INDICATOR].v.text, -1, SQLITE_STATIC);
  bind_change (w->find, 2, &row[COLUMN_FLAT]);
  rc = sqlite3_step (w->find);
  if (rc != SQLITE_ROW)
    {
      /* Not there, yet not inserted: only a new id that is taken already does that. */
      sqlite3_reset (w->find);
      return rc == SQLITE_DONE ? invalid (error, _("The figure could not be saved."))
                               : read_failed (db, rc, error);
    }
  rowid = sqlite3_column_int64 (w->find, 0);
  if (seen_before (w, rowid))
    {
      sqlite3_reset (w->find);
      return invalid (error, _("The same figure is given twice."));
    }
  /* The row keeps its id, and its structured value's text when the new one means the same
   * (written otherwise, as a CSV file gives it back); the old values point into the result,
   * until the reset below. */
  for (int i = 0; i < N_VALUE_COLUMNS; i++)
    {
      old_row[i] = sf_change_from_column (w->find, i + 1);
      new_row[i] = i == COLUMN_ID ? old_row[i] : row[i];
    }
  if (old_row[COLUMN_JSON].type == SQLITE_TEXT && row[COLUMN_JSON].type == SQLITE_TEXT &&
      sf_inventory_json_equal (old_row[COLUMN_JSON].v.text, row[COLUMN_JSON].v.text))
    new_row[COLUMN_JSON] = sf_change_text (kept_json = g_strdup (old_row[COLUMN_JSON].v.text));
  /* Saving what is there already writes nothing. */
  changed = sf_changeset_writer_update (changes, old_row, new_row);
  sqlite3_reset (w->find);
  if (!changed)
    return TRUE;
  for (int i = COLUMN_NUMBER; i < N_VALUE_COLUMNS; i++)
    bind_change (w->update, i + 1, &new_row[i]);
  sqlite3_bind_int64 (w->update, N_VALUE_COLUMNS + 1, rowid);
  return sf_db_step_done (db, w->update, error);
}

static gboolean
last_value_rowid (SfDb           *db,
                  sqlite3_int64  *rowid,
                  GError        **error)
{
  sqlite3_stmt *stmt = sf_db_prepare (db, "SELECT ifnull (max (rowid), 0) FROM indicator_value",
                                      error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  *rowid = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW || read_failed (db, rc, error);
}

/* Writes @n_values values (each kept per flat, or for the neighbourhood when the flat is
 * NULL) and records them in @changes: one that exists is updated in place, keeping its id, so
 * that undo sees an update. The caller has checked them (check_value ()). */
gboolean
sf_inventory_write_values (SfDb                *db,
                           guint                n_values,
                           SfInventoryValueAt   value_at,
                           gpointer             data,
                           SfChangesetWriter   *changes,
                           GError             **error)
{
  g_autoptr(GRand) rand = g_rand_new ();
  g_autoptr(GHashTable) found = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                       NULL);
  ValueWriter w = { .found = found, .rand = rand };

  /* A value that is there already (for the flat, or the neighbourhood's) leaves the insert
   * undone, and is updated in place. */
  w.insert = sf_db_prepare (
    db, "INSERT INTO indicator_value (id, indicator_id, flat_id, value_number, value_text, "
        "value_json, accuracy, source, period, note, status) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT DO NOTHING", error);
  w.find = w.insert == NULL ? NULL : sf_db_prepare (
    db, "SELECT rowid, id, indicator_id, flat_id, value_number, value_text, value_json, "
        "accuracy, source, period, note, status "
        "FROM indicator_value WHERE indicator_id = ?1 AND flat_id IS ?2", error);
  w.update = w.find == NULL ? NULL : sf_db_prepare (
    db, "UPDATE indicator_value SET value_number = ?4, value_text = ?5, value_json = ?6, "
        "accuracy = ?7, source = ?8, period = ?9, note = ?10, status = ?11 WHERE rowid = ?12",
    error);
  if (w.update == NULL || !last_value_rowid (db, &w.last_rowid, error))
    return FALSE;

  sf_changeset_writer_set_table (changes, "indicator_value", N_VALUE_COLUMNS, COLUMN_ID);
  for (guint i = 0; i < n_values; i++)
    {
      const char *indicator_id, *flat_id;
      const SfIndicatorValueFields *fields = value_at (data, i, &indicator_id, &flat_id);
      g_autofree char *text = sf_store_text_clean (fields->text, TRUE);
      g_autofree char *source = sf_store_text_clean (fields->source, TRUE);
      g_autofree char *period = sf_store_text_clean (fields->period, TRUE);
      g_autofree char *note = g_utf8_make_valid (sf_store_or_empty (fields->note), -1);
      char id[37];
      /* A REAL column stores -0 as 0: "-0" over a 0 is no change, and the record is exact. */
      double number = fields->number == 0 ? 0 : fields->number;
      SfChangeValue row[N_VALUE_COLUMNS] = {
        [COLUMN_ID] = sf_change_text (id),
        [COLUMN_INDICATOR] = sf_change_text (indicator_id),
        [COLUMN_FLAT] = sf_change_text (flat_id),
        [COLUMN_NUMBER] = fields->has_number ? sf_change_real (number) : sf_change_null (),
        [COLUMN_TEXT] = sf_change_text (text),
        [COLUMN_JSON] = sf_change_text (fields->json),
        [COLUMN_ACCURACY] = sf_change_integer (fields->accuracy),
        [COLUMN_SOURCE] = sf_change_text (source),
        [COLUMN_PERIOD] = sf_change_text (period),
        [COLUMN_NOTE] = sf_change_text (note),
        [COLUMN_STATUS] = sf_change_integer (fields->status),
      };

      sf_store_random_id (w.rand, id);
      if (!write_value (db, &w, row, changes, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
sf_indicator_value_matches (SfIndicatorValue             *value,
                            const SfIndicatorValueFields *fields)
{
  g_autofree char *text = sf_store_text_clean (fields->text, TRUE);
  g_autofree char *source = sf_store_text_clean (fields->source, TRUE);
  g_autofree char *period = sf_store_text_clean (fields->period, TRUE);
  g_autofree char *note = g_utf8_make_valid (sf_store_or_empty (fields->note), -1);

  g_return_val_if_fail (value != NULL && fields != NULL, FALSE);

  return sf_indicator_value_has_number (value) == fields->has_number &&
         (!fields->has_number || sf_indicator_value_get_number (value) == fields->number) &&
         g_strcmp0 (sf_store_or_empty (sf_indicator_value_get_text (value)), text) == 0 &&
         sf_inventory_json_equal (sf_indicator_value_get_json (value), fields->json) &&
         sf_indicator_value_get_accuracy (value) == fields->accuracy &&
         g_strcmp0 (sf_store_or_empty (sf_indicator_value_get_source (value)), source) == 0 &&
         g_strcmp0 (sf_store_or_empty (sf_indicator_value_get_period (value)), period) == 0 &&
         g_strcmp0 (sf_store_or_empty (sf_indicator_value_get_note (value)), note) == 0 &&
         sf_indicator_value_get_status (value) == fields->status;
}

static const SfIndicatorValueFields *
single_value_at (gpointer     data,
                 guint        index,
                 const char **indicator_id,
                 const char **flat_id)
{
  const ValueChange *change = data;

  *indicator_id = change->indicator_id;
  *flat_id = change->flat_id;
  return change->fields;
}

static gboolean
do_set_value (SfDb              *db,
              gpointer           data,
              SfChangesetWriter *changes,
              GError           **error)
{
  ValueChange *change = data;
  SfIndicatorType type;

  return lookup_type (db, change->indicator_id, &type, error) &&
         check_target (db, change, error) &&
         check_value (type, change->fields, error) &&
         sf_inventory_write_values (db, 1, single_value_at, change, changes, error);
}

gboolean
sf_project_set_indicator_value (SfProject                    *self,
                                const char                   *indicator_id,
                                const char                   *flat_id,
                                const SfIndicatorValueFields *fields,
                                GError                      **error)
{
  ValueChange change = { indicator_id, sf_store_or_null (flat_id), fields, 0 };

  g_return_val_if_fail (indicator_id != NULL && fields != NULL, FALSE);
  return sf_project_run_written_action (self, _("Enter figure"), do_set_value, &change, error);
}

static gboolean
do_set_status (SfDb     *db,
               gpointer  data,
               GError  **error)
{
  ValueChange change = *(ValueChange *) data;
  g_autofree char *id = g_uuid_string_random ();
  SfIndicatorType type;

  if ((guint) change.status > SF_VALUE_CHECKED)
    return invalid (error, _("The figure is not a valid number."));
  if (!lookup_type (db, change.indicator_id, &type, error) ||
      !check_target (db, &change, error) ||
      !sf_db_run (db, error,
                  "UPDATE indicator_value SET status = ?3 "
                  "WHERE indicator_id = ?1 AND flat_id IS ?2", "ssi",
                  change.indicator_id, change.flat_id, (int) change.status))
    return FALSE;
  if (sqlite3_changes (sf_db_get_handle (db)) > 0)
    return TRUE;
  return sf_db_run (db, error,
                    "INSERT INTO indicator_value (id, indicator_id, flat_id, status) "
                    "VALUES (?1, ?2, ?3, ?4)", "sssi", id, change.indicator_id,
                    change.flat_id, (int) change.status);
}

gboolean
sf_project_set_indicator_status (SfProject      *self,
                                 const char     *indicator_id,
                                 const char     *flat_id,
                                 SfValueStatus   status,
                                 GError        **error)
{
  ValueChange change = { indicator_id, sf_store_or_null (flat_id), NULL, status };

  g_return_val_if_fail (indicator_id != NULL, FALSE);
  return sf_project_run_action (self, _("Set the status of a figure"), do_set_status, &change,
                                error);
}

static gboolean
do_clear_value (SfDb     *db,
                gpointer  data,
                GError  **error)
{
  ValueChange *change = data;

  return sf_db_run (db, error,
                    "DELETE FROM indicator_value WHERE indicator_id = ?1 AND flat_id IS ?2",
                    "ss", change->indicator_id, change->flat_id) &&
         sf_store_require_change (db, error);
}

gboolean
sf_project_clear_indicator_value (SfProject   *self,
                                  const char  *indicator_id,
                                  const char  *flat_id,
                                  GError     **error)
{
  ValueChange change = { indicator_id, sf_store_or_null (flat_id), NULL, 0 };

  g_return_val_if_fail (indicator_id != NULL, FALSE);
  return sf_project_run_action (self, _("Clear figure"), do_clear_value, &change, error);
}

gboolean
sf_inventory_write_dwellings (SfDb        *db,
                              const char  *flat_id,
                              int          dwellings,
                              GError     **error)
{
  g_autofree char *id = g_uuid_string_random ();

  if (dwellings < 0)
    return sf_db_run (db, error,
                      "UPDATE indicator_value SET value_number = NULL, status = 0 "
                      "WHERE flat_id = ?1 AND value_number IS NOT NULL AND indicator_id = "
                      "(SELECT id FROM indicator WHERE key = 's3q1a')", "s", flat_id);
  /* Only a different number is a change: saving the flat as it was leaves no trace here. A
   * new number is received, not yet checked. */
  return sf_db_run (db, error,
                    "INSERT INTO indicator_value (id, indicator_id, flat_id, value_number, status) "
                    "VALUES (?1, (SELECT id FROM indicator WHERE key = 's3q1a'), ?2, ?3, 1) "
                    "ON CONFLICT (indicator_id, flat_id) DO UPDATE "
                    "SET value_number = excluded.value_number, status = 1 "
                    "WHERE value_number IS NOT excluded.value_number",
                    "ssi", id, flat_id, dwellings);
}

/* ---- labels ----------------------------------------------------------------------------- */

const char *
sf_accuracy_get_label (SfAccuracy accuracy)
{
  switch (accuracy)
    {
    case SF_ACCURACY_EXACT:
      return _("exact");
    case SF_ACCURACY_ESTIMATE:
      return _("estimate");
    case SF_ACCURACY_AVERAGE:
      return _("average");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
sf_value_status_get_label (SfValueStatus status)
{
  switch (status)
    {
    case SF_VALUE_ASKED:
      return _("asked");
    case SF_VALUE_RECEIVED:
      return _("received");
    case SF_VALUE_CHECKED:
      return _("checked");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
sf_resident_category_get_label (SfResidentCategory category)
{
  switch (category)
    {
    case SF_CATEGORY_OLDER_ONLY:
      return _("Only older people");
    case SF_CATEGORY_MIXED:
      return _("Mixed");
    default:
      g_return_val_if_reached (NULL);
    }
}
