/* sf-rel-check.c: what the reliability runs check of a project file after a crash or a fault
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <time.h>
#include <utime.h>
#include <glib/gstdio.h>

#include "sf-library.h"
#include "sf-project-private.h"
#include "sf-rel-check.h"

/* ---- the data, as one string ------------------------------------------------------------ */

static GRegex *
time_regex (void)
{
  static GRegex *regex = NULL;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new ("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"
                                            "(\\.\\d+)?Z$", G_REGEX_OPTIMIZE, 0, NULL));
  return regex;
}

static GRegex *
id_regex (void)
{
  static GRegex *regex = NULL;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new ("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-"
                                            "[0-9a-f]{12}", G_REGEX_OPTIMIZE, 0, NULL));
  return regex;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The rows of @sql, sorted, one a line; NULL when it cannot be read. A cell that is a key of
 * @names is written as its value. */
static char *
dump_rows (sqlite3    *db,
           const char *sql,
           GHashTable *names,
           gboolean    mask_ids)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  GString *out = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return g_string_free (out, TRUE);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GString *row = g_string_new (NULL);

      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, c);

          if (text != NULL && names != NULL && g_hash_table_contains (names, text))
            text = g_hash_table_lookup (names, text);
          if (text == NULL)
            g_string_append (row, "∅|");
          else if (g_regex_match (time_regex (), text, 0, NULL))
            g_string_append (row, "TIME|");
          else if (mask_ids)
            {
              g_autofree char *masked = g_regex_replace_literal (id_regex (), text, -1, 0,
                                                                 "ID", 0, NULL);
              g_string_append_printf (row, "%s|", masked);
            }
          else
            g_string_append_printf (row, "%s|", text);
        }
      g_ptr_array_add (rows, g_string_free (row, FALSE));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return g_string_free (out, TRUE);
  g_ptr_array_sort (rows, compare_rows);
  for (guint i = 0; i < rows->len; i++)
    g_string_append_printf (out, "%s\n", (char *) g_ptr_array_index (rows, i));
  return g_string_free (out, FALSE);
}

/* A figure's id is drawn from a GRand of its own (sf_inventory_write_values ()), so it differs
 * in a replay: it is named by what identifies it, its indicator and flat. */
static GHashTable *
figure_names (sqlite3 *db)
{
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT id, 'figure ' || indicator_id || ' ' || "
                              "coalesce (flat_id, '-') FROM indicator_value", -1, &stmt,
                          NULL) == SQLITE_OK)
    while (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
      g_hash_table_insert (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                           g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_finalize (stmt);
  return names;
}

char *
sf_rel_dump (sqlite3  *db,
             gboolean  mask_ids)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GHashTable) names = figure_names (db);
  g_autofree char *tables = dump_rows (db, "SELECT name FROM sqlite_schema WHERE type = 'table'"
                                           " AND name NOT LIKE 'sqlite%' AND name NOT LIKE "
                                           "'search_fts%'", NULL, FALSE);
  g_auto(GStrv) table_names = g_strsplit (tables ? tables : "", "\n", -1);

  for (guint i = 0; table_names[i] != NULL && table_names[i][0] != '\0'; i++)
    {
      g_autofree char *name = g_strndup (table_names[i], strlen (table_names[i]) - 1); /* "|" */
      /* The last change's time and the count of changes move with undo too: bookkeeping. */
      g_autofree char *sql = g_str_equal (name, "last_change")
                               ? g_strdup ("SELECT id FROM last_change")
                               : g_strdup_printf ("SELECT * FROM \"%s\"", name);
      g_autofree char *rows = dump_rows (db, sql, names, mask_ids);

      g_string_append_printf (out, "== %s\n%s", name, rows ? rows : "UNREADABLE\n");
    }
  /* The search index as the search reads it: its text per row, and whether it is to be built
   * anew at the next search. */
  {
    g_autofree char *index = dump_rows (db, "SELECT kind, ref, text FROM search_fts", names,
                                       mask_ids);
    g_autofree char *stale = dump_rows (db, "SELECT count (*) FROM search_fts_ref "
                                            "WHERE ref = ''", NULL, FALSE);

    g_string_append_printf (out, "== search (stale %s)\n%s", stale ? stale : "?",
                            index ? index : "UNREADABLE\n");
  }
  return g_string_free (out, FALSE);
}

char *
sf_rel_dump_project (SfProject *project)
{
  return sf_rel_dump (sf_db_get_handle (sf_project_get_db (project)), FALSE);
}

/* ---- integrity -------------------------------------------------------------------------- */

/* The first row's first column of @sql, as text ("" for none). */
static char *
first_value (sqlite3    *db,
             const char *sql,
             int        *rc)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  *rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (*rc == SQLITE_OK && (*rc = sqlite3_step (stmt)) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  if (*rc == SQLITE_ROW || *rc == SQLITE_DONE)
    *rc = SQLITE_OK;
  sqlite3_finalize (stmt);
  return value ? value : g_strdup ("");
}

gboolean
sf_rel_check_integrity (SfProject  *project,
                        GError    **error)
{
  sqlite3 *db = sf_db_get_handle (sf_project_get_db (project));
  static const struct { const char *sql; const char *want; } checks[] = {
    { "PRAGMA integrity_check", "ok" },
    { "PRAGMA foreign_key_check", "" },
    /* FTS5 compares its index with the text it holds; it returns no row when they agree. */
    { "INSERT INTO search_fts (search_fts) VALUES ('integrity-check')", "" },
    /* Each entry of the store's map links the index's row of the same row. */
    { "SELECT count (*) FROM search_fts_ref AS r LEFT JOIN search_fts AS f ON f.rowid = r.doc "
      "WHERE r.ref != '' AND f.ref IS NOT r.ref", "0" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    {
      int rc;
      g_autofree char *value = first_value (db, checks[i].sql, &rc);

      if (rc != SQLITE_OK || !g_str_equal (value, checks[i].want))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s (%s)", checks[i].sql,
                       rc != SQLITE_OK ? sqlite3_errstr (rc) : value, sqlite3_errmsg (db));
          return FALSE;
        }
    }
  return TRUE;
}

/* ---- the next start --------------------------------------------------------------------- */

static int
find_expected (const char         *dump,
               const char * const *expected)
{
  for (int i = 0; expected[i] != NULL; i++)
    if (g_str_equal (dump, expected[i]))
      return i;
  return -1;
}

/* An edit and its undo: the flat is there, then gone, and nothing else changed. */
static gboolean
check_edit_and_undo (SfProject *project,
                     GString   *report)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = sf_rel_dump_project (project);
  g_autofree char *after = NULL;
  g_autofree char *id = NULL;
  guint n = g_list_model_get_n_items (sf_project_get_flats (project));
  SfFlatFields fields = { "Controleflat", "Controlestraat 1", NULL, 12 };

  id = sf_project_add_flat (project, &fields, &error);
  if (id == NULL || g_list_model_get_n_items (sf_project_get_flats (project)) != n + 1 ||
      !sf_project_undo (project, &error))
    {
      g_string_append_printf (report, "  an edit or its undo failed: %s\n",
                              error ? error->message : "the flat is not listed");
      return FALSE;
    }
  after = sf_rel_dump_project (project);
  if (!g_str_equal (before, after))
    {
      g_string_append (report, "  the undo of an edit did not bring the project back\n");
      return FALSE;
    }
  return TRUE;
}

static SfRelVerdict
check_listed (const char *dir,
              const char *path,
              GString    *report)
{
  g_autoptr(SfLibrary) library = sf_library_new (dir);
  SfLibraryEntry *entry;

  sf_library_refresh (library);
  entry = sf_library_get_entry (library, path);
  if (entry == NULL || sf_library_entry_get_problem (entry) != NULL)
    {
      g_string_append_printf (report, "  the welcome list %s\n", entry == NULL
                              ? "leaves it out" : sf_library_entry_get_problem (entry));
      return SF_REL_HIDDEN;
    }
  return SF_REL_OK;
}

/* For a closer look with diff: SF_REL_DUMPS=DIR keeps what was found and what was expected. */
static void
write_dumps (const char         *found,
             const char * const *expected)
{
  const char *dir = g_getenv ("SF_REL_DUMPS");
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  path = g_build_filename (dir, "found.txt", NULL);
  g_file_set_contents (path, found, -1, NULL);
  for (guint i = 0; expected[i] != NULL; i++)
    {
      g_autofree char *name = g_strdup_printf ("expected-%u.txt", i);

      g_free (path);
      path = g_build_filename (dir, name, NULL);
      g_file_set_contents (path, expected[i], -1, NULL);
    }
}

SfRelVerdict
sf_rel_verify (const char          *dir,
               const char          *path,
               const char * const  *expected,
               gboolean             mask_ids,
               int                 *which,
               GString             *report)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfProject) info = NULL;
  g_autoptr(SfProject) project = NULL;
  g_autofree char *seen = NULL;
  g_autofree char *dump = NULL;
  SfRelVerdict verdict = SF_REL_OK;

  *which = -1;
  /* Read-only first, as --info and the welcome list meet a file a crash left behind. */
  info = sf_project_open (path, SF_DB_OPEN_READ_ONLY | SF_DB_OPEN_CHECK, &error);
  if (info == NULL)
    {
      g_string_append_printf (report, "  --info cannot open it: %s\n", error->message);
      verdict = SF_REL_HIDDEN;
      g_clear_error (&error);
    }
  else
    seen = sf_rel_dump (sf_db_get_handle (sf_project_get_db (info)), mask_ids);
  g_clear_object (&info);
  verdict = MAX (verdict, check_listed (dir, path, report));

  project = sf_project_open (path, SF_DB_OPEN_DEFAULT, &error);
  if (project == NULL || !sf_rel_check_integrity (project, &error))
    {
      g_string_append_printf (report, "  damaged: %s\n", error->message);
      return SF_REL_CORRUPT;
    }
  dump = sf_rel_dump (sf_db_get_handle (sf_project_get_db (project)), mask_ids);
  *which = find_expected (dump, expected);
  if (*which < 0)
    {
      g_string_append (report, "  its data are not what was acknowledged\n");
      verdict = SF_REL_LOST;
      write_dumps (dump, expected);
    }
  if (seen != NULL && !g_str_equal (seen, dump))
    {
      g_string_append (report, "  --info reads other data than the project holds\n");
      verdict = MAX (verdict, SF_REL_HIDDEN);
    }
  if (!check_edit_and_undo (project, report))
    return SF_REL_CORRUPT;
  return verdict;
}

gboolean
sf_rel_check_library (const char *dir,
                      guint      *cleared,
                      GString    *report)
{
  g_autoptr(SfLibrary) library = sf_library_new (dir);
  g_autoptr(GDir) d = NULL;
  GListModel *projects;
  const char *name;
  gboolean ok = TRUE;
  guint n;

  d = g_dir_open (dir, 0, NULL);
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      struct utimbuf aged = { time (NULL) - 2 * 3600, time (NULL) - 2 * 3600 };

      if (g_str_has_prefix (name, SF_DB_TEMP_PREFIX))
        g_utime (path, &aged);
    }
  g_clear_pointer (&d, g_dir_close);
  n = sf_library_clear_leftovers (library, G_TIME_SPAN_HOUR);
  if (cleared != NULL)
    *cleared += n;

  d = g_dir_open (dir, 0, NULL);
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, SF_DB_TEMP_PREFIX))
      {
        g_string_append_printf (report, "  a leftover survives the start: %s\n", name);
        ok = FALSE;
      }

  sf_library_refresh (library);
  projects = sf_library_get_projects (library);
  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(SfLibraryEntry) entry = g_list_model_get_item (projects, i);

      if (sf_library_entry_get_problem (entry) != NULL)
        {
          g_string_append_printf (report, "  listed as unreadable: %s: %s\n",
                                  sf_library_entry_get_path (entry),
                                  sf_library_entry_get_problem (entry));
          ok = FALSE;
        }
    }
  return ok;
}
