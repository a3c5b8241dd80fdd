/* sf-project.c: an open Startfoto project: the object, its details and the lists it keeps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every change a user makes is one action: one transaction, committed at once (there is no
 * Save), recorded as a changeset for undo (sf-project-actions.c). After each action, undo or
 * redo the lists whose tables changed are re-read; their objects are updated in place. The
 * project's flats and partners, questions and steps are changed in files of their own.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "sf-db-journal.h"
#include "sf-method.h"
#include "sf-project-parts.h"
#include "sf-watch-set.h"
#include "sf-project-private.h"
#include "sf-record-list.h"
#include "sf-search.h"
#include "sf-store-error.h"
#include "sf-store-util.h"
#include "sf-store-text.h"
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

  SfWatchSet   *watches; /* the lists, re-read when one of their tables changes */
  int           data_version; /* PRAGMA data_version when last caught up */
  /* A merge is being written on a connection of its own (sf-merge-apply.c): until it is
   * committed and taken in, no other action may start, or undo would get them out of order. */
  gboolean      busy;
};

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

/* ---- reading ---------------------------------------------------------------------------- */

static void
set_string (SfProject   *self,
            char       **field,
            char        *value, /* owned */
            int          prop)
{
  if (g_strcmp0 (*field, value) == 0)
    {
      g_free (value);
      return;
    }
  g_free (*field);
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static gboolean
load_details (SfProject  *self,
              GError    **error)
{
  sqlite3_stmt *stmt = sf_store_read_project_row (self->db,
                                                  "SELECT id, name, municipality, neighbourhood, "
                                                  "concept_name, is_example FROM project",
                                                  error);

  if (stmt == NULL)
    return FALSE;
  g_object_freeze_notify (G_OBJECT (self));
  if (self->id == NULL)
    self->id = sf_store_column_text (stmt, 0);
  set_string (self, &self->name, sf_store_column_text (stmt, 1), PROP_NAME);
  set_string (self, &self->municipality, sf_store_column_text (stmt, 2),
              PROP_MUNICIPALITY);
  set_string (self, &self->neighbourhood, sf_store_column_text (stmt, 3),
              PROP_NEIGHBOURHOOD);
  set_string (self, &self->concept_name, sf_store_column_text (stmt, 4),
              PROP_CONCEPT_NAME);
  if (self->is_example != (sqlite3_column_int (stmt, 5) != 0))
    {
      self->is_example = !self->is_example;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_EXAMPLE]);
    }
  g_object_thaw_notify (G_OBJECT (self));
  sqlite3_reset (stmt);
  return TRUE;
}

/* Apart from the project's row, so that an action reads back only the time it set. */
static gboolean
load_last_change (SfProject  *self,
                  GError    **error)
{
  sqlite3_stmt *stmt = sf_store_read_project_row (self->db, "SELECT modified FROM last_change",
                                                  error);

  if (stmt == NULL)
    return FALSE;
  set_string (self, &self->modified, sf_store_column_text (stmt, 0),
              PROP_MODIFIED);
  sqlite3_reset (stmt);
  return TRUE;
}

/* Re-reads what the changed tables show (all of it when @tables is NULL). A list that shows
 * rows joined from other tables is watched for those as well. */
static gboolean
refresh (SfProject        *self,
         GHashTable       *tables,
         SfChangeSummary  *summary,
         GError          **error)
{
  if (sf_watch_set_changed_any (tables, (const char *[]) { "project", NULL }) &&
      !load_details (self, error))
    return FALSE;
  if (sf_watch_set_changed_any (tables, (const char *[]) { "last_change", NULL }) &&
      !load_last_change (self, error))
    return FALSE;
  if (!sf_watch_set_refresh (self->watches, tables, summary, error))
    return FALSE;
  /* What the work suggests follows these too (sf-progress.c). */
  if (sf_watch_set_changed_any (tables,
                                (const char *[]) { "step", "partner", "interview", "key_point",
                                                   "session", "indicator", "indicator_value",
                                                   "flat", "precondition", "precondition_status",
                                                   "plan_action", "decision", "remark",
                                                   "review_meeting", "board_meeting",
                                                   "board_member", "board_support", NULL }))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEPS_DONE]);
  return TRUE;
}

static SfRecordList *
watch (SfProject          *self,
       SfRecordList       *list,
       const char * const *tables,
       GError            **error)
{
  return sf_watch_set_add (self->watches, list, tables, error);
}

GListModel *
sf_project_cached_list (SfProject          *self,
                        const char         *data_key,
                        GType               item_type,
                        const char         *sql,
                        const char * const *tables)
{
  GListModel *list = g_object_get_data (G_OBJECT (self), data_key);

  if (list == NULL)
    {
      list = sf_project_watch_or_empty (self, item_type, sql, 0, NULL, tables);
      g_object_set_data_full (G_OBJECT (self), data_key, list, g_object_unref);
    }
  return list;
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

void
sf_project_watch_rows (SfProject          *self,
                       SfRecordList       *list,
                       const char         *row_sql,
                       const char * const *moving_columns)
{
  sf_watch_set_add_rows (self->watches, list, sf_db_get_handle (self->db), row_sql,
                         moving_columns);
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

/* After an action, undo or redo: the lists reread, then everyone told what changed. */
gboolean
sf_project_take_changes (SfProject        *self,
                         GHashTable       *tables,
                         SfChangeSummary  *summary,
                         GError          **error)
{
  sf_project_cache_forget (self, tables);
  if (!refresh (self, tables, summary, error))
    return FALSE;
  announce (self, tables);
  return TRUE;
}

/* ---- changes made elsewhere --------------------------------------------------------------- */

/* Changes that other connections committed since the last look (SQLite counts them). */
static int
read_data_version (SfDb *db)
{
  sqlite3_stmt *stmt = sf_db_prepare (db, "PRAGMA data_version", NULL);
  int version = -1;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return version;
}

/* Another window, instance or the command line may have changed the file since: everything is
 * read again (and "changed" said for every table) before the next edit, so that it is made
 * on what the file holds now, not on what was shown. */
gboolean
sf_project_catch_up (SfProject  *self,
                     GError    **error)
{
  g_autoptr(GHashTable) tables = NULL;
  sqlite3_stmt *stmt;
  int version;

  if (self->busy)
    {
      g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_LOCKED,
                           _("A copy is being merged into the project. Try again in a "
                             "moment."));
      return FALSE;
    }
  version = read_data_version (self->db);
  if (version == self->data_version)
    return TRUE;
  tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  stmt = sf_db_prepare (self->db, "SELECT name FROM sqlite_schema WHERE type = 'table'", error);
  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  /* Caught up only once everything was read: a failure is tried again next time. */
  if (!sf_project_take_changes (self, tables, NULL, error))
    return FALSE;
  self->data_version = version;
  return TRUE;
}

gboolean
sf_project_begin_read (SfProject *self)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);

  return sf_db_begin_read (self->db);
}

void
sf_project_end_read (SfProject *self)
{
  g_return_if_fail (SF_IS_PROJECT (self));

  sf_db_end_read (self->db);
}

void
sf_project_set_busy (SfProject *self,
                     gboolean   busy)
{
  self->busy = busy;
}

/* ---- the object ------------------------------------------------------------------------- */

static void
sf_project_finalize (GObject *object)
{
  SfProject *self = SF_PROJECT (object);

  g_clear_pointer (&self->watches, sf_watch_set_free);
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
  self->undo = sf_undo_stack_new (sf_search_sync, sf_project_touch, "last_change");
  self->watches = sf_watch_set_new ();
}

/* The flats and partners, read whole or one row at a time (sf_project_watch_rows ()). */
#define FLATS_SQL \
  "SELECT flat.id, position, name, address, corporation, value.value_number, value.accuracy " \
  "FROM flat LEFT JOIN indicator_value AS value ON value.flat_id = flat.id " \
  "AND value.indicator_id = (SELECT id FROM indicator WHERE key = 's3q1a')"
#define PARTNERS_SQL \
  "SELECT partner.id, partner.organisation, domain, partner.role, " \
  "coalesce (person.name, ''), notes FROM partner " \
  "LEFT JOIN person ON person.id = partner.contact_id"

static SfProject *
project_new (SfDb    *db,
             GError **error)
{
  g_autoptr(SfProject) self = g_object_new (SF_TYPE_PROJECT, NULL);
  g_autoptr(GError) local_error = NULL;

  self->db = db;
  self->data_version = read_data_version (db);
  /* The lists every project shows; modules add their own with sf_project_watch_list (). */
  if (!load_details (self, &local_error) || !load_last_change (self, &local_error) ||
      !(self->flats = sf_project_watch_list (
          self, SF_TYPE_FLAT, FLATS_SQL " ORDER BY position, flat.id", -1,
          (const char *[]) { "flat", "indicator_value", NULL }, &local_error)) ||
      !(self->partners = sf_project_watch_list (
          self, SF_TYPE_PARTNER, PARTNERS_SQL " ORDER BY created, partner.rowid", -1,
          (const char *[]) { "partner", "person", NULL }, &local_error)) ||
      !(self->steps = sf_project_watch_list (
          self, SF_TYPE_STEP_STATE, "SELECT id, number, status, by_hand FROM step ORDER BY number", -1,
          (const char *[]) { "step", NULL }, &local_error)))
    goto fail;
  sf_project_watch_rows (self, self->flats, FLATS_SQL " WHERE flat.id = ?1",
                         (const char *[]) { "position", NULL });
  sf_project_watch_rows (self, self->partners, PARTNERS_SQL " WHERE partner.id = ?1",
                         (const char *[]) { "created", NULL });
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
                "created) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                "ssssss", id, fields->name ? fields->name : "",
                fields->municipality ? fields->municipality : "",
                fields->neighbourhood ? fields->neighbourhood : "", concept, now) ||
      !sf_db_run (db, error, "INSERT INTO last_change (id, modified) VALUES (1, ?1)", "s", now) ||
      !insert_method_questions (db, error) ||
      !sf_db_exec (db, "COMMIT", error))
    {
      sqlite3_exec (sf_db_get_handle (db), "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

/* Made whole under a hidden name beside @path, then linked into place: a crash while it is
 * made leaves no file under the project's name that can never be opened (the library clears
 * what is left, sf_library_trash ()). Linking, unlike renaming, refuses an existing file. */
SfProject *
sf_project_create (const char             *path,
                   const SfProjectFields  *fields,
                   GError                **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *tmp = g_build_filename (dir, SF_DB_NEW_PREFIX "XXXXXX", NULL);
  SfDb *db;
  int fd;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      sf_store_set_errno_error (error, EEXIST, path);
      return NULL;
    }
  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      sf_store_set_errno_error (error, errno, path);
      return NULL;
    }
  close (fd);
  g_unlink (tmp);
  db = sf_db_open (tmp, SF_DB_OPEN_CREATE, error);
  if (db == NULL)
    return NULL;
  if (!fill_new_project (db, fields, error))
    {
      sf_db_free (db);
      g_unlink (tmp);
      return NULL;
    }
  sf_db_free (db);
  sf_db_journal_remove_stale (path);
  /* A folder without hard links (a FAT stick) gets a rename, after the check above. */
  if (link (tmp, path) != 0 &&
      ((errno != EPERM && errno != ENOTSUP && errno != EOPNOTSUPP) || g_rename (tmp, path) != 0))
    {
      sf_store_set_errno_error (error, errno, path);
      g_unlink (tmp);
      return NULL;
    }
  g_unlink (tmp);
  return sf_project_open (path, SF_DB_OPEN_DEFAULT, error);
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
  else if (!(flags & SF_DB_OPEN_READ_ONLY))
    {
      if (!sf_db_start_log (db, error))
        g_clear_object (&self);
      /* The log opened changes what SQLite counts; reading now also opens the log at once. */
      else
        self->data_version = read_data_version (db);
    }
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

SfUndoStack *
sf_project_get_undo (SfProject *self)
{
  return self->undo;
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
