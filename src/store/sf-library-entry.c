/* sf-library-entry.c: what the welcome screen shows of one project file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Read without changing the file, on whichever thread asks: the library reads its folder on a
 * worker, each entry through a connection of its own.
 */
#include "config.h"

#include "sf-db.h"
#include "sf-library-entry.h"
#include "sf-progress.h"
#include "sf-store-util.h"

struct _SfLibraryEntry
{
  GObject  parent_instance;

  char    *path;
  char    *project_id;
  char    *name;
  char    *municipality;
  char    *modified;
  guint    steps_done;
  gboolean is_example;
  char    *problem;
};

G_DEFINE_FINAL_TYPE (SfLibraryEntry, sf_library_entry, G_TYPE_OBJECT)

static void
sf_library_entry_finalize (GObject *object)
{
  SfLibraryEntry *self = SF_LIBRARY_ENTRY (object);

  g_free (self->path);
  g_free (self->project_id);
  g_free (self->name);
  g_free (self->municipality);
  g_free (self->modified);
  g_free (self->problem);
  G_OBJECT_CLASS (sf_library_entry_parent_class)->finalize (object);
}

static void
sf_library_entry_class_init (SfLibraryEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sf_library_entry_finalize;
}

static void
sf_library_entry_init (SfLibraryEntry *self)
{
}

const char *
sf_library_entry_get_path (SfLibraryEntry *self)
{
  return self->path;
}

const char *
sf_library_entry_get_project_id (SfLibraryEntry *self)
{
  return self->project_id;
}

const char *
sf_library_entry_get_name (SfLibraryEntry *self)
{
  return self->name;
}

const char *
sf_library_entry_get_municipality (SfLibraryEntry *self)
{
  return self->municipality;
}

const char *
sf_library_entry_get_modified (SfLibraryEntry *self)
{
  return self->modified;
}

guint
sf_library_entry_get_steps_done (SfLibraryEntry *self)
{
  return self->steps_done;
}

gboolean
sf_library_entry_get_is_example (SfLibraryEntry *self)
{
  return self->is_example;
}

/* Reads what the welcome screen shows without changing the file; a file from elsewhere is
 * checked for damage first. */
SfLibraryEntry *
sf_library_entry_read (const char  *path,
                       gboolean     from_elsewhere,
                       GError     **error)
{
  g_autoptr(SfDb) db = NULL;
  g_autoptr(SfLibraryEntry) self = NULL;
  sqlite3_stmt *stmt;

  db = sf_db_open (path, SF_DB_OPEN_READ_ONLY |
                         (from_elsewhere ? SF_DB_OPEN_CHECK : SF_DB_OPEN_REPAIR), error);
  if (db == NULL)
    return NULL;
  stmt = sf_store_read_project_row (db, "SELECT id, name, municipality, "
                                        "coalesce ((SELECT modified FROM last_change), ''), "
                                        "is_example "
                                        "FROM project", error);
  if (stmt == NULL)
    return NULL;

  self = g_object_new (SF_TYPE_LIBRARY_ENTRY, NULL);
  self->path = g_strdup (path);
  self->project_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  self->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  self->municipality = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  self->modified = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  self->is_example = sqlite3_column_int (stmt, 4) != 0;
  sqlite3_reset (stmt);
  self->steps_done = sf_progress_count_done (db);
  return g_steal_pointer (&self);
}

const char *
sf_library_entry_get_problem (SfLibraryEntry *self)
{
  return self->problem;
}

SfLibraryEntry *
sf_library_entry_new_unreadable (const char *path,
                                 const char *problem)
{
  SfLibraryEntry *self = g_object_new (SF_TYPE_LIBRARY_ENTRY, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);
  g_autoptr(GDateTime) changed = info ? g_file_info_get_modification_date_time (info) : NULL;

  self->path = g_strdup (path);
  self->name = g_path_get_basename (path);
  self->municipality = g_strdup ("");
  /* Ordered among the projects by when the file last changed, as theirs is. */
  self->modified = changed ? sf_db_format_time (changed) : g_strdup ("");
  self->problem = g_strdup (problem);
  return self;
}

/* What a row shows is the same: the list keeps the row it has. */
gboolean
sf_library_entry_equal (SfLibraryEntry *a,
                        SfLibraryEntry *b)
{
  return g_strcmp0 (a->path, b->path) == 0 && g_strcmp0 (a->project_id, b->project_id) == 0 &&
         g_strcmp0 (a->name, b->name) == 0 && g_strcmp0 (a->municipality, b->municipality) == 0 &&
         g_strcmp0 (a->modified, b->modified) == 0 && a->steps_done == b->steps_done &&
         a->is_example == b->is_example && g_strcmp0 (a->problem, b->problem) == 0;
}

/* The welcome screen's order: the most recently changed first. */
int
sf_library_entry_compare_newest (SfLibraryEntry *a,
                                 SfLibraryEntry *b)
{
  return -g_strcmp0 (a->modified, b->modified);
}
