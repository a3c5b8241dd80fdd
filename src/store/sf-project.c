/* sf-project.c: an open Startfoto project: its details, lists and every change to them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every change a user makes is one action: one transaction, committed at once (there is no
 * Save), recorded as a changeset for undo. After each action, undo or redo the lists whose
 * tables changed are re-read; their objects are updated in place.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sf-project-figures-private.h"
#include "sf-method.h"
#include "sf-progress.h"
#include "sf-project-private.h"
#include "sf-record-list.h"
#include "sf-search.h"
#include "sf-store-error.h"
#include "sf-store-util.h"
#include "sf-undo.h"

struct _SfProject
{
  GObject       parent_instance;

  SfDb         *db;
  SfUndoStack  *undo;

  char         *id;
  char         *name;
  char         *municipality;
  char         *neighbourhood;
  char         *concept_name;
  char         *modified;
  gboolean      is_example;

  /* Borrowed from watches, which owns every list. */
  SfRecordList *flats;
  SfRecordList *partners;
  SfRecordList *questions[SF_METHOD_N_STEPS];
  SfRecordList *steps;

  GPtrArray    *watches; /* of Watch: lists re-read when one of their tables changes */
};

typedef struct
{
  SfRecordList *list;
  GStrv         tables;
} Watch;

static void
watch_free (gpointer data)
{
  Watch *watch = data;

  g_object_unref (watch->list);
  g_strfreev (watch->tables);
  g_free (watch);
}

G_DEFINE_FINAL_TYPE (SfProject, sf_project, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_NAME,
  PROP_MUNICIPALITY,
  PROP_NEIGHBOURHOOD,
  PROP_CONCEPT_NAME,
  PROP_MODIFIED,
  PROP_IS_EXAMPLE,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_STEPS_DONE,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static const char * const domains[] = {
  "housing", "care", "welfare", "municipality", "residents", "other", NULL
};

const char * const *
sf_partner_domains (void)
{
  return domains;
}

/* ---- reading ---------------------------------------------------------------------------- */

static void
set_string (SfProject   *self,
            char       **field,
            const char  *value,
            int          prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static gboolean
load_details (SfProject  *self,
              GError    **error)
{
  sqlite3_stmt *stmt = sf_db_prepare (self->db,
                                      "SELECT id, name, municipality, neighbourhood, "
                                      "concept_name, modified, is_example FROM project",
                                      error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_PROJECT,
                             _("The project file holds no project."));
      else
        sf_store_set_sqlite_error (error, sf_db_get_handle (self->db), rc,
                                   sf_db_get_path (self->db));
      sqlite3_reset (stmt);
      return FALSE;
    }

  g_object_freeze_notify (G_OBJECT (self));
  if (self->id == NULL)
    self->id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  set_string (self, &self->name, (const char *) sqlite3_column_text (stmt, 1), PROP_NAME);
  set_string (self, &self->municipality, (const char *) sqlite3_column_text (stmt, 2),
              PROP_MUNICIPALITY);
  set_string (self, &self->neighbourhood, (const char *) sqlite3_column_text (stmt, 3),
              PROP_NEIGHBOURHOOD);
  set_string (self, &self->concept_name, (const char *) sqlite3_column_text (stmt, 4),
              PROP_CONCEPT_NAME);
  set_string (self, &self->modified, (const char *) sqlite3_column_text (stmt, 5),
              PROP_MODIFIED);
  if (self->is_example != (sqlite3_column_int (stmt, 6) != 0))
    {
      self->is_example = !self->is_example;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_EXAMPLE]);
    }
  g_object_thaw_notify (G_OBJECT (self));
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
changed_any (GHashTable         *tables,
             const char * const *names)
{
  if (tables == NULL)
    return TRUE;
  for (guint i = 0; names[i] != NULL; i++)
    if (g_hash_table_contains (tables, names[i]))
      return TRUE;
  return FALSE;
}

/* Re-reads what the changed tables show (all of it when @tables is NULL). A list that shows
 * rows joined from other tables is watched for those as well. */
static gboolean
refresh (SfProject   *self,
         GHashTable  *tables,
         GError     **error)
{
  if (changed_any (tables, (const char *[]) { "project", NULL }) && !load_details (self, error))
    return FALSE;
  for (guint i = 0; i < self->watches->len; i++)
    {
      Watch *watch = g_ptr_array_index (self->watches, i);

      if (changed_any (tables, (const char * const *) watch->tables) &&
          !sf_record_list_refresh (watch->list, error))
        return FALSE;
    }
  /* What the work suggests follows these too (sf-progress.c). */
  if (changed_any (tables, (const char *[]) { "step", "partner", "interview", "key_point",
                                              "session", "indicator", "indicator_value", "flat",
                                              NULL }))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEPS_DONE]);
  return TRUE;
}

static SfRecordList *
watch (SfProject          *self,
       SfRecordList       *list,
       const char * const *tables,
       GError            **error)
{
  Watch *watch = g_new0 (Watch, 1);

  watch->list = list;
  watch->tables = g_strdupv ((char **) tables);
  g_ptr_array_add (self->watches, watch);
  if (!sf_record_list_refresh (watch->list, error))
    return NULL;
  return watch->list;
}

SfRecordList *
sf_project_watch_list (SfProject          *self,
                       GType               item_type,
                       const char         *sql,
                       int                 parameter,
                       const char * const *tables,
                       GError            **error)
{
  return watch (self, sf_record_list_new (item_type, self->db, sql, parameter), tables, error);
}

SfRecordList *
sf_project_watch_list_for_id (SfProject          *self,
                              GType               item_type,
                              const char         *sql,
                              const char         *id,
                              const char * const *tables,
                              GError            **error)
{
  return sf_project_watch_list_for_ids (self, item_type, sql, 1, &id, tables, error);
}

SfRecordList *
sf_project_watch_list_for_ids (SfProject          *self,
                               GType               item_type,
                               const char         *sql,
                               guint               n_ids,
                               const char * const *ids,
                               const char * const *tables,
                               GError            **error)
{
  return watch (self, sf_record_list_new_for_ids (item_type, self->db, sql, n_ids, ids), tables,
                error);
}

GListModel *
sf_project_watch_or_empty (SfProject          *self,
                           GType               item_type,
                           const char         *sql,
                           guint               n_ids,
                           const char * const *ids,
                           const char * const *tables)
{
  g_autoptr(GError) error = NULL;
  SfRecordList *list = n_ids > 0
                       ? sf_project_watch_list_for_ids (self, item_type, sql, n_ids, ids,
                                                        tables, &error)
                       : sf_project_watch_list (self, item_type, sql, -1, tables, &error);

  if (list == NULL)
    {
      g_warning ("Cannot read a list of the project: %s", error->message);
      return G_LIST_MODEL (g_list_store_new (item_type));
    }
  return G_LIST_MODEL (g_object_ref (list));
}

static void
announce (SfProject  *self,
          GHashTable *tables)
{
  GHashTableIter iter;
  gpointer table;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_hash_table_iter_init (&iter, tables);
  while (g_hash_table_iter_next (&iter, &table, NULL))
    g_signal_emit (self, signals[CHANGED], g_quark_from_string (table), table);
}

/* ---- the object ------------------------------------------------------------------------- */

static void
sf_project_finalize (GObject *object)
{
  SfProject *self = SF_PROJECT (object);

  g_clear_pointer (&self->watches, g_ptr_array_unref);
  sf_undo_stack_free (self->undo);
  sf_db_free (self->db);
  g_free (self->id);
  g_free (self->name);
  g_free (self->municipality);
  g_free (self->neighbourhood);
  g_free (self->concept_name);
  g_free (self->modified);
  G_OBJECT_CLASS (sf_project_parent_class)->finalize (object);
}

static void
sf_project_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SfProject *self = SF_PROJECT (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, sf_project_get_path (self));
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_MUNICIPALITY:
      g_value_set_string (value, self->municipality);
      break;
    case PROP_NEIGHBOURHOOD:
      g_value_set_string (value, self->neighbourhood);
      break;
    case PROP_CONCEPT_NAME:
      g_value_set_string (value, self->concept_name);
      break;
    case PROP_MODIFIED:
      g_value_set_string (value, self->modified);
      break;
    case PROP_IS_EXAMPLE:
      g_value_set_boolean (value, self->is_example);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, sf_project_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, sf_project_can_redo (self));
      break;
    case PROP_STEPS_DONE:
      g_value_set_uint (value, sf_project_count_steps_done (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_project_class_init (SfProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sf_project_finalize;
  object_class->get_property = sf_project_get_property;

  properties[PROP_PATH] = g_param_spec_string ("path", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_MUNICIPALITY] = g_param_spec_string ("municipality", NULL, NULL, NULL, flags);
  properties[PROP_NEIGHBOURHOOD] = g_param_spec_string ("neighbourhood", NULL, NULL, NULL,
                                                        flags);
  properties[PROP_CONCEPT_NAME] = g_param_spec_string ("concept-name", NULL, NULL, NULL, flags);
  properties[PROP_MODIFIED] = g_param_spec_string ("modified", NULL, NULL, NULL, flags);
  properties[PROP_IS_EXAMPLE] = g_param_spec_boolean ("is-example", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, flags);
  properties[PROP_STEPS_DONE] = g_param_spec_uint ("steps-done", NULL, NULL, 0,
                                                   SF_METHOD_N_STEPS, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted after an action, undo or redo changed a table; the detail is the table's name. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
sf_project_init (SfProject *self)
{
  self->undo = sf_undo_stack_new (sf_search_sync);
  self->watches = g_ptr_array_new_with_free_func (watch_free);
}

static SfProject *
project_new (SfDb    *db,
             GError **error)
{
  g_autoptr(SfProject) self = g_object_new (SF_TYPE_PROJECT, NULL);
  g_autoptr(GError) local_error = NULL;

  self->db = db;
  /* The lists every project shows; modules add their own with sf_project_watch_list (). */
  if (!load_details (self, &local_error) ||
      !(self->flats = sf_project_watch_list (
          self, SF_TYPE_FLAT,
          "SELECT flat.id, position, name, address, corporation, value.value_number, "
          "value.accuracy FROM flat LEFT JOIN indicator_value AS value "
          "ON value.flat_id = flat.id AND value.indicator_id = "
          "(SELECT id FROM indicator WHERE key = 's3q1a') ORDER BY position, flat.id", -1,
          (const char *[]) { "flat", "indicator_value", NULL }, &local_error)) ||
      !(self->partners = sf_project_watch_list (
          self, SF_TYPE_PARTNER,
          "SELECT partner.id, partner.organisation, domain, partner.role, "
          "coalesce (person.name, ''), notes FROM partner "
          "LEFT JOIN person ON person.id = partner.contact_id ORDER BY created, partner.rowid",
          -1, (const char *[]) { "partner", "person", NULL }, &local_error)) ||
      !(self->steps = sf_project_watch_list (
          self, SF_TYPE_STEP_STATE, "SELECT id, number, status, by_hand FROM step ORDER BY number", -1,
          (const char *[]) { "step", NULL }, &local_error)))
    goto fail;
  for (guint i = 0; i < SF_METHOD_N_STEPS; i++)
    if (!(self->questions[i] = sf_project_watch_list (
            self, SF_TYPE_QUESTION,
            "SELECT id, step, position, method_key, text, hidden FROM question WHERE step = ?1 "
            "ORDER BY position, id", (int) i + 1, (const char *[]) { "question", NULL },
            &local_error)))
      goto fail;
  return g_steal_pointer (&self);

fail:
  self->db = NULL; /* still the caller's on failure */
  /* Ours by its identity, yet its tables cannot be read: to a user, a damaged file. */
  if (g_error_matches (local_error, SF_STORE_ERROR, SF_STORE_ERROR_FAILED))
    {
      g_autofree char *name = g_filename_display_basename (sf_db_get_path (db));

      g_clear_error (&local_error);
      g_set_error (&local_error, SF_STORE_ERROR, SF_STORE_ERROR_DAMAGED,
                   _("“%s”: The project file is damaged and cannot be used."), name);
    }
  g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

/* ---- statements ------------------------------------------------------------------------- */

static gboolean
touch (SfDb     *db,
       gpointer  user_data,
       GError  **error)
{
  g_autofree char *now = sf_db_now ();

  return sf_db_run (db, error, "UPDATE project SET modified = ?1", "s", now);
}

/* After an action, undo or redo: the lists reread, then everyone told what changed. */
static gboolean
after_action (SfProject  *self,
              GHashTable *tables,
              GError    **error)
{
  if (!refresh (self, tables, error))
    return FALSE;
  announce (self, tables);
  return TRUE;
}

gboolean
sf_project_run_action (SfProject     *self,
                       const char    *label,
                       SfActionFunc   func,
                       gpointer       data,
                       GError       **error)
{
  g_autoptr(GHashTable) tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  return sf_undo_stack_record (self->undo, self->db, label, func, data, touch, tables, error) &&
         after_action (self, tables, error);
}

/* For a bulk write that records its own changes (see sf-changeset-writer.h). */
gboolean
sf_project_run_written_action (SfProject           *self,
                               const char          *label,
                               SfWrittenActionFunc  func,
                               gpointer             data,
                               GError             **error)
{
  g_autoptr(GHashTable) tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  return sf_undo_stack_record_written (self->undo, self->db, label, func, data, touch, tables,
                                       error) &&
         after_action (self, tables, error);
}

/* ---- creating and opening --------------------------------------------------------------- */

static gboolean
insert_method_questions (SfDb    *db,
                         GError **error)
{
  for (guint step = 1; step <= SF_METHOD_N_STEPS; step++)
    {
      const SfMethodStep *method_step = sf_method_get_step (step);
      g_autofree char *step_id = g_uuid_string_random ();

      if (!sf_db_run (db, error, "INSERT INTO step (id, number, status) VALUES (?1, ?2, 0)",
                    "si", step_id, (int) step))
        return FALSE;
      for (guint i = 0; i < sf_method_step_get_n_questions (method_step); i++)
        {
          g_autofree char *id = g_uuid_string_random ();

          if (!sf_db_run (db, error,
                        "INSERT INTO question (id, step, position, method_key) "
                        "VALUES (?1, ?2, ?3, ?4)",
                        "siis", id, (int) step, (int) i,
                        sf_method_step_get_question_key (method_step, i)))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
fill_new_project (SfDb                   *db,
                  const SfProjectFields  *fields,
                  GError                **error)
{
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *now = sf_db_now ();
  const char *concept = fields->concept_name && *fields->concept_name
                        ? fields->concept_name : SF_DEFAULT_CONCEPT_NAME;

  if (!sf_db_exec (db, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (!sf_db_run (db, error,
                "INSERT INTO project (id, name, municipality, neighbourhood, concept_name, "
                "created, modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                "ssssss", id, fields->name ? fields->name : "",
                fields->municipality ? fields->municipality : "",
                fields->neighbourhood ? fields->neighbourhood : "", concept, now) ||
      !insert_method_questions (db, error) ||
      !sf_db_exec (db, "COMMIT", error))
    {
      sqlite3_exec (sf_db_get_handle (db), "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

SfProject *
sf_project_create (const char             *path,
                   const SfProjectFields  *fields,
                   GError                **error)
{
  SfDb *db = sf_db_open (path, SF_DB_OPEN_CREATE, error);
  SfProject *self;

  if (db == NULL)
    return NULL;
  if (!fill_new_project (db, fields, error) || (self = project_new (db, error)) == NULL)
    {
      sf_db_free (db);
      g_unlink (path);
      return NULL;
    }
  return self;
}

SfProject *
sf_project_open (const char     *path,
                 SfDbOpenFlags   flags,
                 GError        **error)
{
  SfDb *db = sf_db_open (path, flags, error);
  SfProject *self;

  if (db == NULL)
    return NULL;
  self = project_new (db, error);
  if (self == NULL)
    sf_db_free (db);
  return self;
}

/* ---- getters ---------------------------------------------------------------------------- */

const char *
sf_project_get_path (SfProject *self)
{
  return sf_db_get_path (self->db);
}

const char *
sf_project_get_id (SfProject *self)
{
  return self->id;
}

const char *
sf_project_get_name (SfProject *self)
{
  return self->name;
}

const char *
sf_project_get_municipality (SfProject *self)
{
  return self->municipality;
}

const char *
sf_project_get_neighbourhood (SfProject *self)
{
  return self->neighbourhood;
}

const char *
sf_project_get_concept_name (SfProject *self)
{
  return self->concept_name;
}

const char *
sf_project_get_modified (SfProject *self)
{
  return self->modified;
}

gboolean
sf_project_get_is_example (SfProject *self)
{
  return self->is_example;
}

SfDb *
sf_project_get_db (SfProject *self)
{
  return self->db;
}

GListModel *
sf_project_get_flats (SfProject *self)
{
  return G_LIST_MODEL (self->flats);
}

GListModel *
sf_project_get_partners (SfProject *self)
{
  return G_LIST_MODEL (self->partners);
}

GListModel *
sf_project_get_questions (SfProject *self,
                          guint      step)
{
  g_return_val_if_fail (step >= 1 && step <= SF_METHOD_N_STEPS, NULL);
  return G_LIST_MODEL (self->questions[step - 1]);
}

GListModel *
sf_project_get_steps (SfProject *self)
{
  return G_LIST_MODEL (self->steps);
}

SfStepStatus
sf_project_get_step_status (SfProject *self,
                            guint      step)
{
  g_autoptr(SfStepState) state = g_list_model_get_item (G_LIST_MODEL (self->steps), step - 1);

  if (state != NULL && sf_step_state_get_by_hand (state))
    return (SfStepStatus) sf_step_state_get_status (state);
  return sf_progress_suggest_status (self->db, step);
}

gboolean
sf_project_get_step_status_by_hand (SfProject *self,
                                    guint      step)
{
  g_autoptr(SfStepState) state = g_list_model_get_item (G_LIST_MODEL (self->steps), step - 1);

  return state != NULL && sf_step_state_get_by_hand (state);
}

SfStepStatus
sf_project_get_suggested_step_status (SfProject *self,
                                      guint      step)
{
  return sf_progress_suggest_status (self->db, step);
}

guint
sf_project_count_steps_done (SfProject *self)
{
  return sf_progress_count_done (self->db);
}

/* ---- project details -------------------------------------------------------------------- */

typedef struct
{
  const char *sql;
  const char *value;
} SetText;

static gboolean
do_set_text (SfDb     *db,
             gpointer  data,
             GError  **error)
{
  SetText *set = data;

  return sf_db_run (db, error, set->sql, "s", set->value);
}

gboolean
sf_project_set_field (SfProject       *self,
                      SfProjectField   field,
                      const char      *value,
                      GError         **error)
{
  static const char * const sql[] = {
    [SF_PROJECT_FIELD_NAME] = "UPDATE project SET name = ?1",
    [SF_PROJECT_FIELD_MUNICIPALITY] = "UPDATE project SET municipality = ?1",
    [SF_PROJECT_FIELD_NEIGHBOURHOOD] = "UPDATE project SET neighbourhood = ?1",
    [SF_PROJECT_FIELD_CONCEPT_NAME] = "UPDATE project SET concept_name = ?1",
  };
  SetText set = { sql[field], value ? value : "" };

  g_return_val_if_fail (field <= SF_PROJECT_FIELD_CONCEPT_NAME, FALSE);
  if (field == SF_PROJECT_FIELD_CONCEPT_NAME && *set.value == '\0')
    set.value = SF_DEFAULT_CONCEPT_NAME;
  return sf_project_run_action (self, _("Change project details"), do_set_text, &set, error);
}

static gboolean
do_set_example (SfDb     *db,
                gpointer  data,
                GError  **error)
{
  return sf_db_run (db, error, "UPDATE project SET is_example = ?1", "i",
                  GPOINTER_TO_INT (data));
}

gboolean
sf_project_set_example (SfProject  *self,
                        gboolean    is_example,
                        GError    **error)
{
  return sf_project_run_action (self, _("Mark as example"), do_set_example,
                     GINT_TO_POINTER (is_example ? 1 : 0), error);
}

/* ---- flats ------------------------------------------------------------------------------ */

typedef struct
{
  const char         *id;
  const SfFlatFields *fields;
} FlatChange;

static gboolean
do_add_flat (SfDb     *db,
             gpointer  data,
             GError  **error)
{
  FlatChange *change = data;
  const SfFlatFields *f = change->fields;

  return sf_db_run (db, error,
                  "INSERT INTO flat (id, position, name, address, corporation) "
                  "VALUES (?1, (SELECT coalesce (max (position) + 1, 0) FROM flat), "
                  "?2, ?3, ?4)",
                  "ssss", change->id, sf_store_or_empty (f->name), sf_store_or_empty (f->address),
                  sf_store_or_empty (f->corporation)) &&
         sf_inventory_write_dwellings (db, change->id, f->dwellings, error);
}

static gboolean
do_update_flat (SfDb     *db,
                gpointer  data,
                GError  **error)
{
  FlatChange *change = data;
  const SfFlatFields *f = change->fields;

  return sf_db_run (db, error,
                  "UPDATE flat SET name = ?2, address = ?3, corporation = ?4 WHERE id = ?1",
                  "ssss", change->id, sf_store_or_empty (f->name), sf_store_or_empty (f->address),
                  sf_store_or_empty (f->corporation)) &&
         sf_store_require_change (db, error) &&
         sf_inventory_write_dwellings (db, change->id, f->dwellings, error);
}

static gboolean
do_delete (SfDb     *db,
           gpointer  data,
           GError  **error)
{
  SetText *del = data;

  return sf_db_run (db, error, del->sql, "s", del->value) && sf_store_require_change (db, error);
}

char *
sf_project_add_flat (SfProject           *self,
                     const SfFlatFields  *fields,
                     GError             **error)
{
  g_autofree char *id = g_uuid_string_random ();
  FlatChange change = { id, fields };

  if (!sf_project_run_action (self, _("Add flat"), do_add_flat, &change, error))
    return NULL;
  return g_steal_pointer (&id);
}

gboolean
sf_project_update_flat (SfProject           *self,
                        const char          *id,
                        const SfFlatFields  *fields,
                        GError             **error)
{
  FlatChange change = { id, fields };

  return sf_project_run_action (self, _("Edit flat"), do_update_flat, &change, error);
}

gboolean
sf_project_remove_flat (SfProject   *self,
                        const char  *id,
                        GError     **error)
{
  SetText del = { "DELETE FROM flat WHERE id = ?1", id };

  return sf_project_run_action (self, _("Remove flat"), do_delete, &del, error);
}

/* ---- partners --------------------------------------------------------------------------- */

typedef struct
{
  const char            *id;
  const SfPartnerFields *fields;
} PartnerChange;

static gboolean
valid_domain (const char  *domain,
              GError     **error)
{
  if (domain != NULL && g_strv_contains (domains, domain))
    return TRUE;
  g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                       _("Choose a domain for the partner."));
  return FALSE;
}

/* The contact is a person, stored once: other steps refer to the same row. Emptying the
 * contact unlinks the person, who may be an interviewer or participant elsewhere. */
static gboolean
set_contact (SfDb                  *db,
             const char            *partner_id,
             const SfPartnerFields *f,
             GError               **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *person_id = NULL;

  if (sf_store_is_blank (f->contact))
    return sf_db_run (db, error, "UPDATE partner SET contact_id = NULL WHERE id = ?1", "s",
                      partner_id);

  stmt = sf_db_prepare (db, "SELECT contact_id FROM partner WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, partner_id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    person_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (person_id != NULL)
    return sf_db_run (db, error, "UPDATE person SET name = ?2 WHERE id = ?1", "ss", person_id,
                      f->contact);
  person_id = g_uuid_string_random ();
  return sf_db_run (db, error, "INSERT INTO person (id, name, organisation) VALUES (?1, ?2, ?3)",
                    "sss", person_id, f->contact, sf_store_or_empty (f->organisation)) &&
         sf_db_run (db, error, "UPDATE partner SET contact_id = ?2 WHERE id = ?1", "ss",
                    partner_id, person_id);
}

/* The key of the method's role the partner has, kept beside the words so that the roles
 * still missing are right whatever language the file is opened in; NULL for one's own. */
static const char *
partner_role_key (const SfPartnerFields *fields)
{
  return sf_method_step_find_role (sf_method_get_step (1), fields->role);
}

static gboolean
do_add_partner (SfDb     *db,
                gpointer  data,
                GError  **error)
{
  PartnerChange *change = data;
  const SfPartnerFields *f = change->fields;
  g_autofree char *now = sf_db_now ();

  return sf_db_run (db, error,
                    "INSERT INTO partner (id, organisation, domain, role, notes, created, "
                    "role_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    "sssssss", change->id, sf_store_or_empty (f->organisation), f->domain,
                    sf_store_or_empty (f->role), sf_store_or_empty (f->notes), now,
                    partner_role_key (f)) &&
         set_contact (db, change->id, f, error);
}

static gboolean
do_update_partner (SfDb     *db,
                   gpointer  data,
                   GError  **error)
{
  PartnerChange *change = data;
  const SfPartnerFields *f = change->fields;

  return sf_db_run (db, error,
                    "UPDATE partner SET organisation = ?2, domain = ?3, role = ?4, notes = ?5, "
                    "role_key = ?6 WHERE id = ?1",
                    "ssssss", change->id, sf_store_or_empty (f->organisation), f->domain,
                    sf_store_or_empty (f->role), sf_store_or_empty (f->notes),
                    partner_role_key (f)) &&
         sf_store_require_change (db, error) &&
         set_contact (db, change->id, f, error);
}

char *
sf_project_add_partner (SfProject              *self,
                        const SfPartnerFields  *fields,
                        GError                **error)
{
  g_autofree char *id = g_uuid_string_random ();
  PartnerChange change = { id, fields };

  if (!valid_domain (fields->domain, error) ||
      !sf_project_run_action (self, _("Add partner"), do_add_partner, &change, error))
    return NULL;
  return g_steal_pointer (&id);
}

gboolean
sf_project_update_partner (SfProject              *self,
                           const char             *id,
                           const SfPartnerFields  *fields,
                           GError                **error)
{
  PartnerChange change = { id, fields };

  return valid_domain (fields->domain, error) &&
         sf_project_run_action (self, _("Edit partner"), do_update_partner, &change, error);
}

gboolean
sf_project_remove_partner (SfProject   *self,
                           const char  *id,
                           GError     **error)
{
  SetText del = { "DELETE FROM partner WHERE id = ?1", id };

  return sf_project_run_action (self, _("Remove partner"), do_delete, &del, error);
}

/* ---- questions -------------------------------------------------------------------------- */

typedef struct
{
  const char *id;
  int         step;
  const char *text;
} QuestionChange;

static gboolean
do_add_question (SfDb     *db,
                 gpointer  data,
                 GError  **error)
{
  QuestionChange *change = data;

  return sf_db_run (db, error,
                  "INSERT INTO question (id, step, position, text) VALUES (?1, ?2, "
                  "(SELECT coalesce (max (position) + 1, 0) FROM question WHERE step = ?2), ?3)",
                  "sis", change->id, change->step, change->text);
}

static gboolean
check_text (const char  *text,
            GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));

  if (*stripped != '\0')
    return TRUE;
  g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                       _("A question cannot be empty."));
  return FALSE;
}

char *
sf_project_add_question (SfProject   *self,
                         guint        step,
                         const char  *text,
                         GError     **error)
{
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));
  QuestionChange change = { id, (int) step, stripped };

  g_return_val_if_fail (step >= 1 && step <= SF_METHOD_N_STEPS, NULL);
  if (!check_text (stripped, error) ||
      !sf_project_run_action (self, _("Add question"), do_add_question, &change, error))
    return NULL;
  return g_steal_pointer (&id);
}

static gboolean
do_reword_question (SfDb     *db,
                    gpointer  data,
                    GError  **error)
{
  QuestionChange *change = data;

  /* Giving a standard question back its method wording stores NULL, so that it follows the
   * reader's language again. */
  return sf_db_run (db, error, "UPDATE question SET text = ?2 WHERE id = ?1", "ss",
                  change->id, change->text) &&
         sf_store_require_change (db, error);
}

static SfQuestion *
find_question (SfProject  *self,
               const char *id)
{
  for (guint i = 0; i < SF_METHOD_N_STEPS; i++)
    {
      SfRecord *record = sf_record_list_lookup (self->questions[i], id);

      if (record != NULL)
        return SF_QUESTION (record);
    }
  return NULL;
}

gboolean
sf_project_reword_question (SfProject   *self,
                            const char  *id,
                            const char  *text,
                            GError     **error)
{
  SfQuestion *question = find_question (self, id);
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));
  QuestionChange change = { id, 0, stripped };
  const char *key;

  if (question == NULL)
    return sf_store_not_found (error);
  if (!check_text (stripped, error))
    return FALSE;
  key = sf_question_get_method_key (question);
  if (key != NULL && g_strcmp0 (sf_method_lookup_question (key, NULL, NULL), stripped) == 0)
    change.text = NULL;
  return sf_project_run_action (self, _("Reword question"), do_reword_question, &change, error);
}

static gboolean
do_hide_question (SfDb     *db,
                  gpointer  data,
                  GError  **error)
{
  QuestionChange *change = data;

  return sf_db_run (db, error, "UPDATE question SET hidden = ?2 WHERE id = ?1", "si",
                  change->id, change->step) &&
         sf_store_require_change (db, error);
}

gboolean
sf_project_set_question_hidden (SfProject   *self,
                                const char  *id,
                                gboolean     hidden,
                                GError     **error)
{
  QuestionChange change = { id, hidden ? 1 : 0, NULL };

  return sf_project_run_action (self, hidden ? _("Hide question") : _("Show question"),
                     do_hide_question, &change, error);
}

typedef struct
{
  GPtrArray *ids; /* in their new order */
} Reorder;

static gboolean
do_reorder (SfDb     *db,
            gpointer  data,
            GError  **error)
{
  Reorder *reorder = data;

  for (guint i = 0; i < reorder->ids->len; i++)
    if (!sf_db_run (db, error, "UPDATE question SET position = ?2 WHERE id = ?1 AND position != ?2",
                  "si", (const char *) g_ptr_array_index (reorder->ids, i), (int) i))
      return FALSE;
  return TRUE;
}

static GPtrArray *
question_ids (SfProject *self,
              guint      step)
{
  GListModel *list = G_LIST_MODEL (self->questions[step - 1]);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SfRecord) record = g_list_model_get_item (list, i);

      g_ptr_array_add (ids, g_strdup (sf_record_get_id (record)));
    }
  return ids;
}

gboolean
sf_project_move_question (SfProject   *self,
                          const char  *id,
                          guint        new_position,
                          GError     **error)
{
  SfQuestion *question = find_question (self, id);
  g_autoptr(GPtrArray) ids = NULL;
  Reorder reorder;
  guint old_position;
  gpointer moved;

  if (question == NULL)
    return sf_store_not_found (error);
  ids = question_ids (self, (guint) sf_question_get_step (question));
  if (!g_ptr_array_find_with_equal_func (ids, id, g_str_equal, &old_position))
    return sf_store_not_found (error);
  new_position = MIN (new_position, ids->len - 1);
  if (new_position == old_position)
    return TRUE;

  moved = g_ptr_array_steal_index (ids, old_position);
  g_ptr_array_insert (ids, (int) new_position, moved);
  reorder.ids = ids;
  return sf_project_run_action (self, _("Move question"), do_reorder, &reorder, error);
}

gboolean
sf_project_remove_question (SfProject   *self,
                            const char  *id,
                            GError     **error)
{
  SfQuestion *question = find_question (self, id);
  SetText del = { "DELETE FROM question WHERE id = ?1", id };

  if (question == NULL)
    return sf_store_not_found (error);
  if (sf_question_is_standard (question))
    {
      /* The method's questions stay in the list so they can always be restored; hide them. */
      g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                           _("A question from the method can be hidden, not removed."));
      return FALSE;
    }
  return sf_project_run_action (self, _("Remove question"), do_delete, &del, error);
}

typedef struct
{
  SfProject *self;
  guint      step;
} Restore;

/* The method's questions get back their wording, visibility and method order, in the places
 * the standard questions hold now; the user's own questions keep theirs. */
static gboolean
do_restore (SfDb     *db,
            gpointer  data,
            GError  **error)
{
  Restore *restore = data;
  const SfMethodStep *step = sf_method_get_step (restore->step);
  GListModel *list = G_LIST_MODEL (restore->self->questions[restore->step - 1]);
  guint n = g_list_model_get_n_items (list);
  guint n_method = sf_method_step_get_n_questions (step);
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  guint next_method = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfQuestion) q = g_list_model_get_item (list, i);

      if (sf_question_is_standard (q))
        g_hash_table_insert (by_key, g_strdup (sf_question_get_method_key (q)),
                             g_strdup (sf_record_get_id (SF_RECORD (q))));
    }

  for (guint i = 0; i < n_method; i++)
    {
      const char *key = sf_method_step_get_question_key (step, i);

      if (!g_hash_table_contains (by_key, key))
        {
          char *id = g_uuid_string_random ();

          if (!sf_db_run (db, error, "INSERT INTO question (id, step, position, method_key) "
                        "VALUES (?1, ?2, ?3, ?4)", "siis", id, (int) restore->step,
                        (int) (n + i), key))
            {
              g_free (id);
              return FALSE;
            }
          g_hash_table_insert (by_key, g_strdup (key), id);
        }
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfQuestion) q = g_list_model_get_item (list, i);
      const char *key = sf_question_get_method_key (q);

      if (key == NULL || sf_method_lookup_question (key, NULL, NULL) == NULL)
        g_ptr_array_add (order, g_strdup (sf_record_get_id (SF_RECORD (q))));
      else if (next_method < n_method)
        g_ptr_array_add (order, g_strdup (g_hash_table_lookup (
                           by_key, sf_method_step_get_question_key (step, next_method++))));
    }
  while (next_method < n_method)
    g_ptr_array_add (order, g_strdup (g_hash_table_lookup (
                       by_key, sf_method_step_get_question_key (step, next_method++))));

  if (!sf_db_run (db, error, "UPDATE question SET text = NULL, hidden = 0 "
                "WHERE step = ?1 AND method_key IS NOT NULL AND (text IS NOT NULL OR hidden)",
                "i", (int) restore->step))
    return FALSE;
  return do_reorder (db, &(Reorder) { order }, error);
}

gboolean
sf_project_restore_questions (SfProject  *self,
                              guint       step,
                              GError    **error)
{
  Restore restore = { self, step };

  g_return_val_if_fail (step >= 1 && step <= SF_METHOD_N_STEPS, FALSE);
  return sf_project_run_action (self, _("Restore standard questions"), do_restore, &restore, error);
}

/* ---- steps ------------------------------------------------------------------------------ */

static gboolean
do_set_step_status (SfDb     *db,
                    gpointer  data,
                    GError  **error)
{
  int *values = data;

  return sf_db_run (db, error, "UPDATE step SET status = ?2, by_hand = ?3 WHERE number = ?1",
                    "iii", values[0], values[1], values[2]);
}

gboolean
sf_project_set_step_status (SfProject     *self,
                            guint          step,
                            SfStepStatus   status,
                            GError       **error)
{
  int values[3] = { (int) step, (int) status, 1 };

  g_return_val_if_fail (step >= 1 && step <= SF_METHOD_N_STEPS, FALSE);
  g_return_val_if_fail (status <= SF_STEP_DONE, FALSE);
  /* Choosing what the step shows already changes nothing. */
  if (sf_project_get_step_status (self, step) == status)
    return TRUE;
  return sf_project_run_action (self, _("Change step status"), do_set_step_status, values, error);
}

gboolean
sf_project_follow_work_step_status (SfProject  *self,
                                    guint       step,
                                    GError    **error)
{
  int values[3] = { (int) step, SF_STEP_NOT_STARTED, 0 };

  g_return_val_if_fail (step >= 1 && step <= SF_METHOD_N_STEPS, FALSE);
  if (!sf_project_get_step_status_by_hand (self, step))
    return TRUE;
  return sf_project_run_action (self, _("Let the status follow the work"), do_set_step_status,
                                values, error);
}

/* ---- undo and redo ---------------------------------------------------------------------- */

gboolean
sf_project_can_undo (SfProject *self)
{
  return sf_undo_stack_get_undo_label (self->undo) != NULL;
}

gboolean
sf_project_can_redo (SfProject *self)
{
  return sf_undo_stack_get_redo_label (self->undo) != NULL;
}

const char *
sf_project_get_undo_label (SfProject *self)
{
  return sf_undo_stack_get_undo_label (self->undo);
}

const char *
sf_project_get_redo_label (SfProject *self)
{
  return sf_undo_stack_get_redo_label (self->undo);
}

static gboolean
undo_or_redo (SfProject  *self,
              gboolean    undo,
              GError    **error)
{
  g_autoptr(GHashTable) tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean ok = undo ? sf_undo_stack_undo (self->undo, self->db, tables, error)
                     : sf_undo_stack_redo (self->undo, self->db, tables, error);

  return ok && after_action (self, tables, error);
}

gboolean
sf_project_undo (SfProject  *self,
                 GError    **error)
{
  return undo_or_redo (self, TRUE, error);
}

gboolean
sf_project_redo (SfProject  *self,
                 GError    **error)
{
  return undo_or_redo (self, FALSE, error);
}

