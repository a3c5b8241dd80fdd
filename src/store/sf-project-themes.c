/* sf-themes.c: the project's one theme list (codes), shared by steps 1 and 2, and tagging
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A theme is found by its name key (sf_theme_name_key ()), which the schema keeps unique:
 * adding a name that exists gives the existing theme instead of a second one, and renaming
 * a theme onto another's name merges the two. A tag joins a theme to one key point or one
 * statement; merging moves the tags and drops those that would then be doubled.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sf-method.h"
#include "sf-project-private.h"
#include "sf-store-error.h"
#include "sf-store-text.h"
#include "sf-store-util.h"
#include "sf-project-themes.h"

/* How often a theme occurs in step 1 (partners' key points) and in step 2 (the sessions' key
 * points and statements), and with how many partners, as columns of n: in one pass over the
 * tags, half the time of a count per theme. */
#define THEME_COUNTS_JOIN \
  "LEFT JOIN (SELECT tag.theme_id AS theme_id, count (key_point.partner_id) AS step1, " \
  "sum (tag.statement_id IS NOT NULL OR key_point.session_id IS NOT NULL) AS step2, " \
  "count (DISTINCT key_point.partner_id) AS partners " \
  "FROM tag LEFT JOIN key_point ON key_point.id = tag.key_point_id " \
  "GROUP BY tag.theme_id) n ON n.theme_id = theme.id "

/* ---- helpers ---------------------------------------------------------------------------- */

/* The first column of the first row @sql finds with ?1 and ?2 bound to @a and @b (NULL: not
 * bound), or NULL. */
static char *
query_text (SfDb       *db,
            const char *sql,
            const char *a,
            const char *b)
{
  sqlite3_stmt *stmt = sf_db_prepare (db, sql, NULL);
  char *text = NULL;

  if (stmt == NULL)
    return NULL;
  if (a != NULL)
    sqlite3_bind_text (stmt, 1, a, -1, SQLITE_TRANSIENT);
  if (b != NULL)
    sqlite3_bind_text (stmt, 2, b, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return text;
}

/* Cleans @name for storing and gives its key, or fails when it is blank. */
static gboolean
check_name (const char  *name,
            char       **clean,
            char       **key,
            GError     **error)
{
  *clean = sf_theme_clean_name (name);
  if (*clean == NULL)
    {
      g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                           _("A theme needs a name."));
      return FALSE;
    }
  *key = sf_theme_name_key (*clean);
  return TRUE;
}

/* The theme with this key, made if there is none; its id goes to @id. */
static gboolean
ensure_theme (SfDb        *db,
              const char  *name,
              const char  *key,
              char       **id,
              GError     **error)
{
  g_autofree char *new_id = g_uuid_string_random ();
  g_autofree char *now = sf_db_now ();

  if (!sf_db_run (db, error,
                  "INSERT INTO theme (id, name, name_key, created) VALUES (?1, ?2, ?3, ?4) "
                  "ON CONFLICT (name_key) DO NOTHING",
                  "ssss", new_id, name, key, now))
    return FALSE;
  g_free (*id);
  *id = query_text (db, "SELECT id FROM theme WHERE name_key = ?1", key, NULL);
  return *id != NULL || sf_store_not_found (error);
}

typedef struct
{
  const char *id;     /* the theme, or the item tagged */
  const char *name;   /* cleaned */
  const char *key;
  const char *other;  /* the theme merged into, or the theme of a tag */
  const char *kind;   /* SF_TAGGED_KEY_POINT or SF_TAGGED_STATEMENT */
  gboolean    on;
  char       *result; /* a theme's id, out */
} ThemeChange;

/* ---- the list --------------------------------------------------------------------------- */

GListModel *
sf_project_get_themes (SfProject *self)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);

  /* Not watching statement: capturing one must not re-count the themes; a statement's tags
   * go with it as changes to tag. */
  return sf_project_cached_list (
    self, "sf-themes", SF_TYPE_THEME,
    "SELECT theme.id, name, colour, coalesce (n.step1, 0), coalesce (n.step2, 0) "
    "FROM theme " THEME_COUNTS_JOIN "ORDER BY name_key, theme.id",
    (const char *[]) { "theme", "tag", "key_point", NULL });
}

/* ---- adding, renaming, merging, removing ------------------------------------------------ */

/* The id of the theme called @name (as sf_theme_name_key () compares), or NULL. */
char *
sf_project_find_theme (SfProject  *self,
                       const char *name)
{
  g_autofree char *key = sf_theme_name_key (name);

  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);
  if (key == NULL)
    return NULL;
  return query_text (sf_project_get_db (self), "SELECT id FROM theme WHERE name_key = ?1", key,
                     NULL);
}

static gboolean
do_add_theme (SfDb     *db,
              gpointer  data,
              GError  **error)
{
  ThemeChange *change = data;

  return ensure_theme (db, change->name, change->key, &change->result, error);
}

/* Returns the id of the theme called @name: an existing one (no undo step) or a new one. */
char *
sf_project_add_theme (SfProject   *self,
                      const char  *name,
                      GError     **error)
{
  g_autofree char *clean = NULL;
  g_autofree char *key = NULL;
  ThemeChange change = { 0 };
  char *existing;

  if (!check_name (name, &clean, &key, error))
    return NULL;
  existing = sf_project_find_theme (self, clean);
  if (existing != NULL)
    return existing;
  change.name = clean;
  change.key = key;
  if (!sf_project_run_action (self, _("Add theme"), do_add_theme, &change, error))
    {
      g_free (change.result);
      return NULL;
    }
  return change.result;
}

static gboolean
merge_rows (SfDb        *db,
            const char  *from_id,
            const char  *into_id,
            GError     **error)
{
  g_autofree char *both = NULL;

  both = query_text (db, "SELECT count (*) FROM theme WHERE id IN (?1, ?2)", from_id, into_id);
  if (g_strcmp0 (both, "2") != 0)
    return sf_store_not_found (error);
  /* An item tagged with both keeps one tag: the one of the theme merged into. */
  return sf_db_run (db, error,
                    "DELETE FROM tag WHERE theme_id = ?1 AND ("
                    "(key_point_id IS NOT NULL AND key_point_id IN "
                    "(SELECT key_point_id FROM tag WHERE theme_id = ?2)) OR "
                    "(statement_id IS NOT NULL AND statement_id IN "
                    "(SELECT statement_id FROM tag WHERE theme_id = ?2)))",
                    "ss", from_id, into_id) &&
         sf_db_run (db, error, "UPDATE tag SET theme_id = ?2 WHERE theme_id = ?1", "ss",
                    from_id, into_id) &&
         sf_db_run (db, error,
                    "UPDATE theme SET colour = (SELECT colour FROM theme WHERE id = ?1) "
                    "WHERE id = ?2 AND colour = ''", "ss", from_id, into_id) &&
         sf_db_run (db, error, "DELETE FROM theme WHERE id = ?1", "s", from_id);
}

static gboolean
do_merge (SfDb     *db,
          gpointer  data,
          GError  **error)
{
  ThemeChange *change = data;

  return merge_rows (db, change->id, change->other, error);
}

gboolean
sf_project_merge_themes (SfProject   *self,
                         const char  *from_id,
                         const char  *into_id,
                         GError     **error)
{
  ThemeChange change = { .id = from_id, .other = into_id };

  g_return_val_if_fail (from_id != NULL && into_id != NULL, FALSE);
  if (g_str_equal (from_id, into_id))
    return TRUE;
  return sf_project_run_action (self, _("Merge themes"), do_merge, &change, error);
}

static gboolean
do_rename (SfDb     *db,
           gpointer  data,
           GError  **error)
{
  ThemeChange *change = data;

  return sf_db_run (db, error, "UPDATE theme SET name = ?2, name_key = ?3 WHERE id = ?1", "sss",
                    change->id, change->name, change->key) &&
         sf_store_require_change (db, error);
}

/* Renaming a theme onto another theme's name merges it into that one, which keeps its name. */
gboolean
sf_project_rename_theme (SfProject   *self,
                         const char  *id,
                         const char  *name,
                         GError     **error)
{
  g_autofree char *clean = NULL;
  g_autofree char *key = NULL;
  g_autofree char *other = NULL;
  ThemeChange change = { .id = id };

  if (!check_name (name, &clean, &key, error))
    return FALSE;
  other = query_text (sf_project_get_db (self),
                      "SELECT id FROM theme WHERE name_key = ?1 AND id != ?2", key, id);
  if (other != NULL)
    {
      change.other = other;
      return sf_project_run_action (self, _("Merge themes"), do_merge, &change, error);
    }
  change.name = clean;
  change.key = key;
  return sf_project_run_action (self, _("Rename theme"), do_rename, &change, error);
}

static gboolean
do_remove (SfDb     *db,
           gpointer  data,
           GError  **error)
{
  ThemeChange *change = data;

  /* Its tags go with it, first and by hand rather than by ON DELETE CASCADE: redo replays
   * the changeset table by table, and would fail on tags the cascade had already removed.
   * Undo restores them all. */
  return sf_db_run (db, error, "DELETE FROM tag WHERE theme_id = ?1", "s", change->id) &&
         sf_db_run (db, error, "DELETE FROM theme WHERE id = ?1", "s", change->id) &&
         sf_store_require_change (db, error);
}

gboolean
sf_project_remove_theme (SfProject   *self,
                         const char  *id,
                         GError     **error)
{
  ThemeChange change = { .id = id };

  return sf_project_run_action (self, _("Remove theme"), do_remove, &change, error);
}

static gboolean
do_set_colour (SfDb     *db,
               gpointer  data,
               GError  **error)
{
  ThemeChange *change = data;

  return sf_db_run (db, error, "UPDATE theme SET colour = ?2 WHERE id = ?1", "ss",
                    change->id, change->name) &&
         sf_store_require_change (db, error);
}

/* @colour: "#rrggbb", or "" (or NULL) for none. */
gboolean
sf_project_set_theme_colour (SfProject   *self,
                             const char  *id,
                             const char  *colour,
                             GError     **error)
{
  g_autofree char *lower = g_ascii_strdown (colour ? colour : "", -1);
  gboolean valid = *lower == '\0';
  ThemeChange change = { .id = id, .name = lower };

  if (strlen (lower) == 7 && lower[0] == '#')
    {
      valid = TRUE;
      for (guint i = 1; i < 7; i++)
        valid = valid && g_ascii_isxdigit (lower[i]);
    }
  if (!valid)
    {
      g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                           _("A colour is written as #rrggbb, for example #3584e4."));
      return FALSE;
    }
  return sf_project_run_action (self, _("Change theme colour"), do_set_colour, &change, error);
}

static gboolean
do_add_starters (SfDb     *db,
                 gpointer  data,
                 GError  **error)
{
  for (guint i = 0; i < sf_method_get_n_starter_themes (); i++)
    {
      g_autofree char *clean = sf_theme_clean_name (sf_method_get_starter_theme (i));
      g_autofree char *key = sf_theme_name_key (clean);
      g_autofree char *id = NULL;

      if (!ensure_theme (db, clean, key, &id, error))
        return FALSE;
    }
  return TRUE;
}

/* The six dimensions of Positieve Gezondheid, in the reader's language; those the project
 * has already are left as they are (with all present, nothing changes: no undo step). */
gboolean
sf_project_add_starter_themes (SfProject  *self,
                               GError    **error)
{
  return sf_project_run_action (self, _("Add starter themes"), do_add_starters, NULL, error);
}

/* ---- tagging ---------------------------------------------------------------------------- */

static gboolean
is_key_point (const char *kind)
{
  return g_str_equal (kind, SF_TAGGED_KEY_POINT);
}

static gboolean
tag_rows (SfDb        *db,
          const char  *kind,
          const char  *item_id,
          const char  *theme_id,
          gboolean     on,
          GError     **error)
{
  g_autofree char *tag_id = g_uuid_string_random ();
  g_autofree char *existing = NULL;

  if (!on)
    return sf_db_run (db, error, is_key_point (kind)
                      ? "DELETE FROM tag WHERE theme_id = ?1 AND key_point_id = ?2"
                      : "DELETE FROM tag WHERE theme_id = ?1 AND statement_id = ?2",
                      "ss", theme_id, item_id);

  /* Only an item and a theme that exist are tagged; tagging twice changes nothing. */
  if (!sf_db_run (db, error, is_key_point (kind)
                  ? "INSERT INTO tag (id, theme_id, key_point_id) "
                    "SELECT ?1, theme.id, key_point.id FROM theme, key_point "
                    "WHERE theme.id = ?2 AND key_point.id = ?3 ON CONFLICT DO NOTHING"
                  : "INSERT INTO tag (id, theme_id, statement_id) "
                    "SELECT ?1, theme.id, statement.id FROM theme, statement "
                    "WHERE theme.id = ?2 AND statement.id = ?3 ON CONFLICT DO NOTHING",
                  "sss", tag_id, theme_id, item_id))
    return FALSE;
  if (sqlite3_changes (sf_db_get_handle (db)) > 0)
    return TRUE;
  existing = query_text (db, is_key_point (kind)
                         ? "SELECT id FROM tag WHERE theme_id = ?1 AND key_point_id = ?2"
                         : "SELECT id FROM tag WHERE theme_id = ?1 AND statement_id = ?2",
                         theme_id, item_id);
  return existing != NULL || sf_store_not_found (error);
}

/* Tags an item with a theme that does not exist yet (foreign keys deferred). */
static gboolean
tag_rows_unchecked (SfDb        *db,
                    const char  *kind,
                    const char  *item_id,
                    const char  *theme_id,
                    GError     **error)
{
  g_autofree char *tag_id = g_uuid_string_random ();

  return sf_db_run (db, error, is_key_point (kind)
                    ? "INSERT INTO tag (id, theme_id, key_point_id) VALUES (?1, ?2, ?3)"
                    : "INSERT INTO tag (id, theme_id, statement_id) VALUES (?1, ?2, ?3)",
                    "sss", tag_id, theme_id, item_id);
}

static gboolean
do_tag (SfDb     *db,
        gpointer  data,
        GError  **error)
{
  ThemeChange *change = data;

  return tag_rows (db, change->kind, change->id, change->other, change->on, error);
}

static gboolean
tag_item (SfProject   *self,
          const char  *kind,
          const char  *item_id,
          const char  *theme_id,
          gboolean     on,
          GError     **error)
{
  ThemeChange change = { .id = item_id, .other = theme_id, .kind = kind, .on = on };

  g_return_val_if_fail (item_id != NULL && theme_id != NULL, FALSE);
  return sf_project_run_action (self, on ? _("Tag with theme") : _("Remove theme tag"),
                                do_tag, &change, error);
}

gboolean
sf_project_tag_key_point (SfProject   *self,
                          const char  *key_point_id,
                          const char  *theme_id,
                          gboolean     on,
                          GError     **error)
{
  return tag_item (self, SF_TAGGED_KEY_POINT, key_point_id, theme_id, on, error);
}

gboolean
sf_project_tag_statement (SfProject   *self,
                          const char  *statement_id,
                          const char  *theme_id,
                          gboolean     on,
                          GError     **error)
{
  return tag_item (self, SF_TAGGED_STATEMENT, statement_id, theme_id, on, error);
}

static gboolean
do_tag_by_name (SfDb     *db,
                gpointer  data,
                GError  **error)
{
  ThemeChange *change = data;
  g_autofree char *now = NULL;
  g_autofree char *found = NULL;

  change->result = query_text (db, "SELECT id FROM theme WHERE name_key = ?1", change->key,
                               NULL);
  if (change->result != NULL)
    return tag_rows (db, change->kind, change->id, change->result, TRUE, error);

  found = query_text (db, is_key_point (change->kind)
                      ? "SELECT id FROM key_point WHERE id = ?1"
                      : "SELECT id FROM statement WHERE id = ?1", change->id, NULL);
  if (found == NULL)
    return sf_store_not_found (error);
  /* A new theme: its tag first. A changeset lists its tables in the order they were first
   * changed and undo deletes in that order; deleting the theme first would take the tag
   * with it (ON DELETE CASCADE) and undo would fail. */
  change->result = g_uuid_string_random ();
  now = sf_db_now ();
  return sf_db_exec (db, "PRAGMA defer_foreign_keys = ON", error) &&
         tag_rows_unchecked (db, change->kind, change->id, change->result, error) &&
         sf_db_run (db, error,
                    "INSERT INTO theme (id, name, name_key, created) VALUES (?1, ?2, ?3, ?4)",
                    "ssss", change->result, change->name, change->key, now);
}

/* Tags with the theme called @name, made on the fly in the same undo step if it is new.
 * Returns the theme's id. */
static char *
tag_item_by_name (SfProject   *self,
                  const char  *kind,
                  const char  *item_id,
                  const char  *name,
                  GError     **error)
{
  g_autofree char *clean = NULL;
  g_autofree char *key = NULL;
  ThemeChange change = { .id = item_id, .kind = kind, .on = TRUE };

  g_return_val_if_fail (item_id != NULL, NULL);
  if (!check_name (name, &clean, &key, error))
    return NULL;
  change.name = clean;
  change.key = key;
  if (!sf_project_run_action (self, _("Tag with theme"), do_tag_by_name, &change, error))
    {
      g_free (change.result);
      return NULL;
    }
  return change.result;
}

char *
sf_project_tag_key_point_by_name (SfProject   *self,
                                  const char  *key_point_id,
                                  const char  *name,
                                  GError     **error)
{
  return tag_item_by_name (self, SF_TAGGED_KEY_POINT, key_point_id, name, error);
}

char *
sf_project_tag_statement_by_name (SfProject   *self,
                                  const char  *statement_id,
                                  const char  *name,
                                  GError     **error)
{
  return tag_item_by_name (self, SF_TAGGED_STATEMENT, statement_id, name, error);
}

/* The ids of the themes of one key point or statement (@kind: SF_TAGGED_*), in name order. */
GStrv
sf_project_get_theme_ids_of (SfProject  *self,
                             const char *kind,
                             const char *id)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);
  g_return_val_if_fail (kind != NULL && id != NULL, NULL);
  g_return_val_if_fail (is_key_point (kind) || g_str_equal (kind, SF_TAGGED_STATEMENT), NULL);

  stmt = sf_db_prepare (sf_project_get_db (self), is_key_point (kind)
                        ? "SELECT tag.theme_id FROM tag JOIN theme ON theme.id = tag.theme_id "
                          "WHERE tag.key_point_id = ?1 ORDER BY theme.name_key"
                        : "SELECT tag.theme_id FROM tag JOIN theme ON theme.id = tag.theme_id "
                          "WHERE tag.statement_id = ?1 ORDER BY theme.name_key", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_strv_builder_add (ids, (const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }
  return g_strv_builder_end (ids);
}

/* ---- the overview ----------------------------------------------------------------------- */

void
sf_theme_use_free (SfThemeUse *use)
{
  if (use == NULL)
    return;
  g_free (use->theme_id);
  g_free (use->name);
  g_free (use->colour);
  g_strfreev (use->key_figures);
  g_free (use);
}

/* Which key figures raised each theme: into @figures, of a GStrvBuilder per theme id. */
static gboolean
read_key_figures (SfDb        *db,
                  GHashTable  *figures,
                  GError     **error)
{
  /* Each person once per theme, however many of their statements carry it. */
  sqlite3_stmt *stmt = sf_db_prepare (db,
                                      "SELECT tag.theme_id, person.name FROM tag "
                                      "JOIN statement ON statement.id = tag.statement_id "
                                      "JOIN participant ON participant.id = "
                                      "statement.participant_id "
                                      "JOIN person ON person.id = participant.person_id "
                                      "WHERE trim (person.name) != '' "
                                      "GROUP BY tag.theme_id, person.id "
                                      "ORDER BY person.name COLLATE NOCASE, person.id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *theme_id = (const char *) sqlite3_column_text (stmt, 0);
      g_autofree char *name = sf_store_column_text (stmt, 1);
      GStrvBuilder *names;

      if (theme_id == NULL)
        continue;
      names = g_hash_table_lookup (figures, theme_id);
      if (names == NULL)
        {
          names = g_strv_builder_new ();
          g_hash_table_insert (figures, g_strdup (theme_id), names);
        }
      g_strv_builder_add (names, name != NULL ? name : "");
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sf_store_set_sqlite_error (error, sf_db_get_handle (db), rc, sf_db_get_path (db));
      return FALSE;
    }
  return TRUE;
}

/* Per theme (most used first, then by name): how often it occurs in steps 1 and 2, in how
 * many partners' key points, and, @with_names, which key figures raised it. An array of
 * SfThemeUse. */
static GPtrArray *
overview (SfProject  *self,
          gboolean    with_names,
          GError    **error)
{
  SfDb *db = sf_project_get_db (self);
  g_autoptr(GPtrArray) uses = g_ptr_array_new_with_free_func ((GDestroyNotify) sf_theme_use_free);
  g_autoptr(GHashTable) figures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         (GDestroyNotify) g_strv_builder_unref);
  sqlite3_stmt *stmt;
  int rc;

  if (with_names && !read_key_figures (db, figures, error))
    return NULL;
  stmt = sf_db_prepare (db,
                        "SELECT theme.id, name, colour, coalesce (n.step1, 0) AS step1, "
                        "coalesce (n.step2, 0) AS step2, coalesce (n.partners, 0) "
                        "FROM theme " THEME_COUNTS_JOIN
                        "ORDER BY step1 + step2 DESC, name_key, theme.id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SfThemeUse *use = g_new0 (SfThemeUse, 1);
      GStrvBuilder *names;

      use->theme_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      use->name = sf_store_column_text (stmt, 1);
      use->colour = sf_store_column_text (stmt, 2);
      use->step1_points = (guint) sqlite3_column_int (stmt, 3);
      use->step2_points = (guint) sqlite3_column_int (stmt, 4);
      use->partners = (guint) sqlite3_column_int (stmt, 5);
      names = use->theme_id ? g_hash_table_lookup (figures, use->theme_id) : NULL;
      use->key_figures = names ? g_strv_builder_end (names) : g_new0 (char *, 1);
      g_ptr_array_add (uses, use);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sf_store_set_sqlite_error (error, sf_db_get_handle (db), rc, sf_db_get_path (db));
      return NULL;
    }
  return g_steal_pointer (&uses);
}

GPtrArray *
sf_project_theme_overview (SfProject  *self,
                           GError    **error)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);

  return overview (self, TRUE, error);
}

GPtrArray *
sf_project_theme_counts (SfProject  *self,
                         GError    **error)
{
  static const char * const tables[] = { "theme", "tag", "key_point", NULL };
  GPtrArray *counts;

  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);

  /* Kept until the tags change: the report and the deck count the same several times. */
  counts = sf_project_cache_lookup (self, "theme-counts");
  if (counts == NULL && (counts = overview (self, FALSE, error)) != NULL)
    sf_project_cache_insert (self, "theme-counts", counts, (GDestroyNotify) g_ptr_array_unref,
                             tables);
  return counts != NULL ? g_ptr_array_ref (counts) : NULL;
}
