/* sf-copy.c: a copy of a project to hand to someone else
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The copy is made in memory: the project is copied there, what is confidential is removed,
 * the search index is written anew, and VACUUM rebuilds the database from what is left, with
 * secure_delete on so that freshly written pages hold zeros where there is no data. Only then
 * is it written out, whole, through the same private writer as every other export. So neither
 * the removed items nor anything deleted in the project before leave a trace in the file.
 * (VACUUM INTO a file would need a temporary file beside the destination, which inside
 * Flatpak only the chosen file may be.)
 */
#include "config.h"

#include <errno.h>

#include <glib/gstdio.h>

#include "sf-copy-private.h"
#include "sf-file.h"
#include "sf-merge-private.h"
#include "sf-project-private.h"
#include "sf-search.h"
#include "sf-store-error.h"
#include "sf-store-util.h"

guint
sf_project_count_confidential (SfProject *self)
{
  return sf_store_count (sf_project_get_db (self),
                         "SELECT (SELECT count (*) FROM answer WHERE confidential AND text != '')"
                         " + (SELECT count (*) FROM statement WHERE confidential)"
                         " + (SELECT count (*) FROM key_point WHERE confidential)"
                         " + (SELECT count (*) FROM interview"
                         "    WHERE notes_confidential AND trim (notes) != '')"
                         " + (SELECT count (*) FROM session"
                         "    WHERE notes_confidential AND trim (notes) != '')"
                         " + (SELECT count (*) FROM consideration WHERE confidential)"
                         " + (SELECT count (*) FROM remark WHERE confidential)"
                         " + (SELECT count (*) FROM review_note WHERE confidential)", -1);
}

/* Their tags and the key points' links to them go with them (ON DELETE CASCADE); notes stay
 * as empty notes, so a link to them is removed by hand. */
gboolean
sf_copy_remove_confidential (SfDb    *copy,
                             GError **error)
{
  return sf_db_exec (copy,
                     "DELETE FROM statement WHERE confidential;"
                     "DELETE FROM key_point WHERE confidential;"
                     "DELETE FROM answer WHERE confidential;"
                     "DELETE FROM key_point_source WHERE interview_id IN "
                     "  (SELECT id FROM interview WHERE notes_confidential);"
                     "UPDATE interview SET notes = '' WHERE notes_confidential;"
                     "UPDATE session SET notes = '' WHERE notes_confidential;"
                     "DELETE FROM consideration WHERE confidential;"
                     "DELETE FROM remark WHERE confidential;"
                     "DELETE FROM review_note WHERE confidential;", error);
}

static GBytes *
vacuum_to_bytes (SfDb    *copy,
                 GError **error)
{
  sqlite3 *handle = sf_db_get_handle (copy);
  sqlite3_int64 size = 0;
  unsigned char *data;

  if (!sf_db_exec (copy, "VACUUM", error))
    return NULL;
  data = sqlite3_serialize (handle, "main", &size, 0);
  if (data == NULL)
    {
      sf_store_set_sqlite_error (error, handle, SQLITE_NOMEM, sf_db_get_path (copy));
      return NULL;
    }
  return g_bytes_new_with_free_func (data, (gsize) size, sqlite3_free, data);
}

/* Bases a copy may still come back to are kept; beyond the newest MAX_BASES of a project (the
 * new one among them), or older than a year, a copy is unlikely to come back, and its base
 * goes. The copies as merged (sf_merge_merged_path ()) are kept by the same rule. */
#define MAX_BASES     50
#define MAX_BASE_AGE  (G_TIME_SPAN_DAY * 365)

static gint
newest_first (gconstpointer a,
              gconstpointer b)
{
  GFileInfo *x = *(GFileInfo * const *) a, *y = *(GFileInfo * const *) b;
  g_autoptr(GDateTime) tx = g_file_info_get_modification_date_time (x);
  g_autoptr(GDateTime) ty = g_file_info_get_modification_date_time (y);

  return g_date_time_compare (ty, tx);
}

void
sf_merge_prune_kept (const char *dir)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GPtrArray) bases = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  GFileInfo *info;

  children = g_file_enumerate_children (folder, G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL &&
         (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    if (g_str_has_suffix (g_file_info_get_name (info), ".startfoto"))
      g_ptr_array_add (bases, info);
    else
      g_object_unref (info);
  g_ptr_array_sort (bases, newest_first);
  for (guint i = 0; i < bases->len; i++)
    {
      GFileInfo *base = g_ptr_array_index (bases, i);
      g_autoptr(GDateTime) made = g_file_info_get_modification_date_time (base);
      g_autofree char *path = g_build_filename (dir, g_file_info_get_name (base), NULL);

      if (i + 1 >= MAX_BASES || g_date_time_difference (now, made) > MAX_BASE_AGE)
        g_unlink (path);
    }
}

/* The copy's base is the copy itself as it leaves: kept under the library, so that merging
 * the copy back knows what it held then (sf-merge.h). Written before the copy, so that no
 * copy names a base that is not kept. */
static gboolean
write_base (SfProject   *self,
            const char  *base_id,
            GBytes      *bytes,
            char       **base_path,
            GError     **error)
{
  g_autofree char *dir = NULL;

  *base_path = sf_merge_base_path (NULL, sf_project_get_id (self), base_id);
  dir = g_path_get_dirname (*base_path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      sf_store_set_errno_error (error, errno, dir);
      return FALSE;
    }
  sf_merge_prune_kept (dir);
  return sf_file_write_private (*base_path, g_bytes_get_data (bytes, NULL),
                                g_bytes_get_size (bytes), error);
}

gboolean
sf_copy_write (SfProject     *self,
               const char    *dest_path,
               SfCopyFilter   filter,
               gpointer       data,
               GError       **error)
{
  g_autoptr(SfDb) copy = sf_db_copy_to_memory (sf_project_get_db (self), error);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *base_id = g_uuid_string_random ();
  g_autofree char *now = sf_db_now ();
  g_autofree char *base_path = NULL;

  if (copy == NULL || !sf_db_exec (copy, "PRAGMA secure_delete = ON", error))
    return FALSE;
  /* The index is written anew either way: words of rows deleted long ago can linger in it.
   * The copy names its base; a copy of a copy names its own, not its parent's. */
  if (!sf_db_exec (copy, "BEGIN", error) ||
      (filter != NULL && !filter (copy, data, error)) ||
      /* Merges' conflicts hold mine's values, confidential ones too: never in a copy. */
      !sf_db_exec (copy, "DELETE FROM merge_conflict; DELETE FROM merge_record;", error) ||
      !sf_db_exec (copy, "DELETE FROM copy_origin", error) ||
      !sf_db_run (copy, error, "INSERT INTO copy_origin (id, made) VALUES (?1, ?2)", "ss",
                  base_id, now) ||
      !sf_search_rebuild (copy, error) ||
      !sf_db_exec (copy, "COMMIT", error))
    return FALSE;
  bytes = vacuum_to_bytes (copy, error);
  if (bytes == NULL || !write_base (self, base_id, bytes, &base_path, error))
    return FALSE;
  if (sf_file_write_private (dest_path, g_bytes_get_data (bytes, NULL),
                             g_bytes_get_size (bytes), error))
    return TRUE;
  g_unlink (base_path); /* no copy names it */
  return FALSE;
}

static gboolean
remove_confidential (SfDb     *copy,
                     gpointer  data,
                     GError  **error)
{
  return sf_copy_remove_confidential (copy, error);
}

gboolean
sf_project_export_copy (SfProject   *self,
                        const char  *dest_path,
                        gboolean     include_confidential,
                        GError     **error)
{
  return sf_copy_write (self, dest_path, include_confidential ? NULL : remove_confidential, NULL,
                        error);
}
