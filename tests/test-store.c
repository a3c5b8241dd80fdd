/* test-store.c: the project file, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sys/stat.h>
#include <glib/gstdio.h>

#include "sf-copy.h"
#include "sf-db.h"
#include "sf-library.h"
#include "sf-method.h"
#include "sf-project-private.h"
#include "sf-project.h"
#include "sf-store-error.h"
#include "sf-test-store.h"

typedef SfTestDir Fixture;

static int
user_version (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int version = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return version;
}

static char *
file_digest (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/* ---- creating and reopening ------------------------------------------------------------- */

static void
test_create_and_reopen (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  SfFlatFields flat = { "De Zilverreiger", "Laan 1", "Woonstichting", 96 };
  SfPartnerFields partner = { "Zorggroep", "care", "manager zorg", "Jan", "notitie" };
  g_autofree char *flat_id = sf_project_add_flat (project, &flat, NULL);
  g_autofree char *partner_id = sf_project_add_partner (project, &partner, NULL);
  g_autofree char *project_id = g_strdup (sf_project_get_id (project));
  struct stat st;
  SfFlat *f0;
  SfPartner *p0;

  g_assert_nonnull (flat_id);
  g_assert_nonnull (partner_id);
  g_assert_true (g_uuid_string_is_valid (project_id));

  project = sf_test_reopen (project, f->path);
  g_assert_cmpstr (sf_project_get_id (project), ==, project_id);
  g_assert_cmpstr (sf_project_get_name (project), ==, "Welthuisflat Zuid");
  g_assert_cmpstr (sf_project_get_municipality (project), ==, "Leiden");
  g_assert_cmpstr (sf_project_get_neighbourhood (project), ==, "Zuidwest");
  g_assert_cmpstr (sf_project_get_concept_name (project), ==, "Welthuisflat");
  g_assert_cmpuint (sf_test_n_items (sf_project_get_flats (project)), ==, 1);
  f0 = sf_test_item (sf_project_get_flats (project), 0);
  g_assert_cmpstr (sf_record_get_id (SF_RECORD (f0)), ==, flat_id);
  g_assert_cmpstr (sf_flat_get_name (f0), ==, "De Zilverreiger");
  g_assert_cmpint (sf_flat_get_dwellings (f0), ==, 96);
  p0 = sf_test_item (sf_project_get_partners (project), 0);
  g_assert_cmpstr (sf_partner_get_domain (p0), ==, "care");
  g_assert_cmpstr (sf_partner_get_notes (p0), ==, "notitie");

  /* Every step's standard questions are copied in, in the method's order. */
  for (guint step = 1; step <= SF_METHOD_N_STEPS; step++)
    {
      const SfMethodStep *method_step = sf_method_get_step (step);
      GListModel *questions = sf_project_get_questions (project, step);

      g_assert_cmpuint (sf_test_n_items (questions), ==, sf_method_step_get_n_questions (method_step));
      for (guint i = 0; i < sf_test_n_items (questions); i++)
        g_assert_cmpstr (sf_question_get_method_key (sf_test_item (questions, i)), ==,
                         sf_method_step_get_question_key (method_step, i));
    }

  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (user_version (f->path), ==, sf_db_current_version ());
}

static void
test_create_refuses_existing (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfProject) project = NULL;
  SfProjectFields fields = { "x", "y", "z", NULL };

  g_assert_true (g_file_set_contents (f->path, "precious", -1, NULL));
  project = sf_project_create (f->path, &fields, &error);
  g_assert_null (project);
  g_assert_nonnull (error);
  g_assert_true (g_file_test (f->path, G_FILE_TEST_EXISTS));
}

static void
test_unicode (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GString) long_text = g_string_new (NULL);
  const char *names[] = {
    "Cliëntenraad Ôôst – café “de Brug”",
    "مؤسسة الرعاية في الحي",
    "Şişli Yaşlı Bakım Derneği İğdır",
    "Buurtkamer 🏠👵🏽❤️",
  };

  for (int i = 0; i < 20000; i++)
    g_string_append (long_text, "ëاş🏠 ");

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      SfPartnerFields partner = { names[i], "welfare", names[i], names[i], long_text->str };
      g_autofree char *id = sf_project_add_partner (project, &partner, NULL);

      g_assert_nonnull (id);
    }
  g_assert_true (sf_project_set_field (project, SF_PROJECT_FIELD_NAME, names[1], NULL));

  project = sf_test_reopen (project, f->path);
  g_assert_cmpstr (sf_project_get_name (project), ==, names[1]);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      SfPartner *partner = sf_test_item (sf_project_get_partners (project), i);

      g_assert_cmpstr (sf_partner_get_organisation (partner), ==, names[i]);
      g_assert_cmpstr (sf_partner_get_contact (partner), ==, names[i]);
      g_assert_cmpstr (sf_partner_get_notes (partner), ==, long_text->str);
    }
}

/* ---- undo and redo ---------------------------------------------------------------------- */

static void
test_undo_insert_edit_delete (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  GListModel *partners = sf_project_get_partners (project);
  SfPartnerFields first = { "Woonstichting", "housing", "", "", "" };
  SfPartnerFields edited = { "Woonstichting Leiden", "housing", "manager", "Fatma", "" };
  g_autofree char *id = NULL;

  g_assert_false (sf_project_can_undo (project));

  id = sf_project_add_partner (project, &first, NULL);
  g_assert_cmpuint (sf_test_n_items (partners), ==, 1);
  g_assert_true (sf_project_update_partner (project, id, &edited, NULL));
  g_assert_cmpstr (sf_partner_get_organisation (sf_test_item (partners, 0)), ==, "Woonstichting Leiden");
  g_assert_true (sf_project_remove_partner (project, id, NULL));
  g_assert_cmpuint (sf_test_n_items (partners), ==, 0);

  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Remove partner");
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_cmpuint (sf_test_n_items (partners), ==, 1);
  g_assert_cmpstr (sf_partner_get_contact (sf_test_item (partners, 0)), ==, "Fatma");
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_cmpstr (sf_partner_get_organisation (sf_test_item (partners, 0)), ==, "Woonstichting");
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_cmpuint (sf_test_n_items (partners), ==, 0);
  g_assert_false (sf_project_can_undo (project));

  g_assert_true (sf_project_redo (project, NULL));
  g_assert_true (sf_project_redo (project, NULL));
  g_assert_cmpstr (sf_partner_get_organisation (sf_test_item (partners, 0)), ==, "Woonstichting Leiden");
  g_assert_true (sf_project_can_redo (project));

  /* A new action forgets what could be redone. */
  g_assert_true (sf_project_set_field (project, SF_PROJECT_FIELD_MUNICIPALITY, "Rotterdam",
                                       NULL));
  g_assert_false (sf_project_can_redo (project));

  /* Undone changes are committed to the file, not just in memory. */
  g_assert_true (sf_project_undo (project, NULL));
  project = sf_test_reopen (project, f->path);
  g_assert_cmpstr (sf_project_get_municipality (project), ==, "Leiden");
  g_assert_cmpuint (sf_test_n_items (sf_project_get_partners (project)), ==, 1);
}

/* Saving a partner unchanged is no action: nothing to undo, the last change stays. */
static void
test_undo_no_op (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  SfPartnerFields fields = { "Woonstichting", "housing", "manager", "Fatma", "" };
  g_autofree char *id = sf_project_add_partner (project, &fields, NULL);
  g_autofree char *modified = g_strdup (sf_project_get_modified (project));

  g_assert_true (sf_project_undo (project, NULL));
  g_assert_true (sf_project_redo (project, NULL));
  g_assert_true (sf_project_update_partner (project, id, &fields, NULL));
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Add partner");
  g_assert_true (sf_project_set_field (project, SF_PROJECT_FIELD_NAME, "Welthuisflat Zuid",
                                       NULL));
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Add partner");
  g_assert_cmpstr (sf_project_get_modified (project), ==, modified);
  g_assert_false (sf_project_can_redo (project));
}

static void
test_undo_chain (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  GListModel *flats = sf_project_get_flats (project);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *before = NULL;

  /* 50 mixed actions: adds, edits and removals. */
  for (int i = 0; i < 50; i++)
    {
      g_autofree char *name = g_strdup_printf ("Flat %d", i);
      SfFlatFields fields = { name, "", "", i };

      if (i % 5 == 3)
        {
          g_assert_true (sf_project_remove_flat (project, g_ptr_array_index (ids, 0), NULL));
          g_ptr_array_remove_index (ids, 0);
        }
      else if (i % 5 == 4)
        g_assert_true (sf_project_update_flat (project, g_ptr_array_index (ids, ids->len - 1),
                                               &fields, NULL));
      else
        g_ptr_array_add (ids, sf_project_add_flat (project, &fields, NULL));
    }
  g_assert_cmpuint (sf_test_n_items (flats), ==, ids->len);

  for (int i = 0; i < 50; i++)
    g_assert_true (sf_project_undo (project, NULL));
  g_assert_false (sf_project_can_undo (project));
  g_assert_cmpuint (sf_test_n_items (flats), ==, 0);

  for (int i = 0; i < 50; i++)
    g_assert_true (sf_project_redo (project, NULL));
  g_assert_cmpuint (sf_test_n_items (flats), ==, ids->len);
  for (guint i = 0; i < ids->len; i++)
    g_assert_cmpstr (sf_record_get_id (sf_test_item (flats, i)), ==, g_ptr_array_index (ids, i));
  g_assert_cmpstr (sf_flat_get_name (sf_test_item (flats, ids->len - 1)), ==, "Flat 49");
}

/* ---- questions -------------------------------------------------------------------------- */

static void
test_questions (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  GListModel *questions = sf_project_get_questions (project, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *own = NULL;
  SfQuestion *first = sf_test_item (questions, 0);
  g_autofree char *first_id = g_strdup (sf_record_get_id (SF_RECORD (first)));
  const char *method_text = sf_method_lookup_question ("s1q1", NULL, NULL);

  /* An empty question is refused. */
  g_assert_null (sf_project_add_question (project, 1, "  \n ", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);

  own = sf_project_add_question (project, 1, "  Welke rol spelen mantelzorgers? ", NULL);
  g_assert_cmpuint (sf_test_n_items (questions), ==, 10);
  g_assert_cmpstr (sf_question_get_text (sf_test_item (questions, 9)), ==,
                   "Welke rol spelen mantelzorgers?");
  g_assert_false (sf_question_is_standard (sf_test_item (questions, 9)));

  g_assert_true (sf_project_move_question (project, own, 0, NULL));
  g_assert_cmpstr (sf_record_get_id (sf_test_item (questions, 0)), ==, own);
  g_assert_cmpstr (sf_record_get_id (sf_test_item (questions, 1)), ==, first_id);

  g_assert_true (sf_project_reword_question (project, first_id, "Waarom doen jullie mee?", NULL));
  g_assert_true (sf_question_is_reworded (first));
  g_assert_cmpstr (sf_question_get_text (first), ==, "Waarom doen jullie mee?");
  g_assert_true (sf_project_set_question_hidden (project, first_id, TRUE, NULL));
  g_assert_true (sf_question_get_hidden (first));

  /* A standard question can be hidden, not removed; an own one can be removed. */
  g_assert_false (sf_project_remove_question (project, first_id, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Move the last standard question to the top, then restore: wording, visibility and
   * method order come back; the own question keeps its place. */
  g_assert_true (sf_project_move_question (project, sf_record_get_id (sf_test_item (questions, 9)), 0,
                                           NULL));
  g_assert_true (sf_project_restore_questions (project, 1, NULL));
  g_assert_cmpuint (sf_test_n_items (questions), ==, 10);
  g_assert_false (sf_question_get_hidden (first));
  g_assert_false (sf_question_is_reworded (first));
  g_assert_cmpstr (sf_question_get_text (first), ==, method_text);
  g_assert_cmpstr (sf_record_get_id (sf_test_item (questions, 1)), ==, own);
  for (guint i = 0, m = 0; i < 10; i++)
    if (i != 1)
      {
        g_autofree char *key = g_strdup_printf ("s1q%u", ++m);

        g_assert_cmpstr (sf_question_get_method_key (sf_test_item (questions, i)), ==, key);
      }

  /* Rewording back to the method's text stores no own text. */
  g_assert_true (sf_project_reword_question (project, first_id, "Anders", NULL));
  g_assert_true (sf_project_reword_question (project, first_id, method_text, NULL));
  g_assert_false (sf_question_is_reworded (first));

  g_assert_true (sf_project_remove_question (project, own, NULL));
  g_assert_cmpuint (sf_test_n_items (questions), ==, 9);
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_cmpuint (sf_test_n_items (questions), ==, 10);

  /* Step 5 has no standard questions, but takes own ones. */
  g_free (own);
  own = sf_project_add_question (project, 5, "Wie nodigen we uit?", NULL);
  g_assert_nonnull (own);
  project = sf_test_reopen (project, f->path);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_questions (project, 5)), ==, 1);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_questions (project, 1)), ==, 10);
}

static void
test_step_status (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);

  g_assert_cmpint (sf_project_get_step_status (project, 2), ==, SF_STEP_NOT_STARTED);
  g_assert_true (sf_project_set_step_status (project, 2, SF_STEP_DONE, NULL));
  g_assert_true (sf_project_set_step_status (project, 1, SF_STEP_IN_PROGRESS, NULL));
  g_assert_cmpuint (sf_project_count_steps_done (project), ==, 1);
  project = sf_test_reopen (project, f->path);
  g_assert_cmpint (sf_project_get_step_status (project, 2), ==, SF_STEP_DONE);
  g_assert_cmpint (sf_project_get_step_status (project, 1), ==, SF_STEP_IN_PROGRESS);
  g_assert_true (sf_project_undo (project, NULL) || TRUE);
}

/* ---- bad files -------------------------------------------------------------------------- */

static void
assert_refused (const char *path,
                int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfProject) project = NULL;
  g_autofree char *before = file_digest (path);
  g_autofree char *after = NULL;

  project = sf_project_open (path, SF_DB_OPEN_CHECK, &error);
  g_assert_null (project);
  g_assert_error (error, SF_STORE_ERROR, code);
  g_assert_cmpuint (strlen (error->message), >, 10);
  after = file_digest (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_refuse_not_sqlite (Fixture       *f,
                        gconstpointer  data)
{
  g_assert_true (g_file_set_contents (f->path, "Dit is een Word-document, geen project.\n"
                                      "Lorem ipsum dolor sit amet, consectetur adipiscing elit, "
                                      "sed do eiusmod tempor incididunt ut labore.", -1, NULL));
  assert_refused (f->path, SF_STORE_ERROR_NOT_SQLITE);
}

static void
test_refuse_other_sqlite (Fixture       *f,
                          gconstpointer  data)
{
  sf_test_exec_on_file (f->path, "CREATE TABLE places (id INTEGER PRIMARY KEY, url TEXT);"
                                 "INSERT INTO places (url) VALUES ('https://example.org')");
  assert_refused (f->path, SF_STORE_ERROR_NOT_PROJECT);
}

static void
test_refuse_empty (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_true (g_file_set_contents (f->path, "", 0, NULL));
  assert_refused (f->path, SF_STORE_ERROR_NOT_PROJECT);
}

/* Our identity, but not the tables a project has: refused, never a crash. */
static void
test_refuse_missing_tables (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;"
                                          "CREATE TABLE project (id TEXT PRIMARY KEY);",
                                          SF_DB_APPLICATION_ID, sf_db_current_version ());
  g_autofree char *library_dir = g_build_filename (f->dir, "library", NULL);
  g_autoptr(SfLibrary) library = sf_library_new (library_dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *imported = NULL;

  sf_test_exec_on_file (f->path, sql);
  assert_refused (f->path, SF_STORE_ERROR_DAMAGED);

  /* Nor does it get into the library to fail there. */
  imported = sf_library_import (library, f->path, &error);
  g_assert_null (imported);
  g_assert_nonnull (error);
  sf_library_refresh (library);
  g_assert_cmpuint (sf_test_n_items (sf_library_get_projects (library)), ==, 0);
}

static void
test_refuse_too_new (Fixture       *f,
                     gconstpointer  data)
{
  g_object_unref (sf_test_create_project (f->path));
  sf_test_exec_on_file (f->path, "PRAGMA user_version = 999");
  assert_refused (f->path, SF_STORE_ERROR_TOO_NEW);
}

static void
test_refuse_truncated (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autofree char *contents = NULL;
  gsize length;

  /* Enough pages that cutting the file in half loses some of them. */
  for (int i = 0; i < 2000; i++)
    g_string_append (notes, "Aantekening over de flat. ");
  for (int i = 0; i < 20; i++)
    {
      SfPartnerFields partner = { "Partner", "care", "", "", notes->str };
      g_autofree char *id = sf_project_add_partner (project, &partner, NULL);
    }
  g_clear_object (&project);

  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (f->path, contents, length / 2, NULL));
  assert_refused (f->path, SF_STORE_ERROR_DAMAGED);
}

static void
test_refuse_corrupted (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_object_unref (sf_test_create_project (f->path));
  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  /* Scribble over the second page (a table's b-tree), keep the header intact. */
  for (gsize i = 4096 + 8; i < MIN (length, 4096 * 3); i++)
    contents[i] = (char) (i * 7);
  g_assert_true (g_file_set_contents (f->path, contents, length, NULL));
  assert_refused (f->path, SF_STORE_ERROR_DAMAGED);
}

static void
test_refuse_locked (Fixture       *f,
                    gconstpointer  data)
{
  sqlite3 *other = NULL;

  g_object_unref (sf_test_create_project (f->path));
  g_assert_cmpint (sqlite3_open (f->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
  assert_refused (f->path, SF_STORE_ERROR_LOCKED);
  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);
}

static void
test_edit_while_locked (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GError) error = NULL;
  sqlite3 *other = NULL;

  g_assert_cmpint (sqlite3_open (f->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_false (sf_project_set_field (project, SF_PROJECT_FIELD_NAME, "Nieuw", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_LOCKED);
  g_assert_cmpstr (sf_project_get_name (project), ==, "Welthuisflat Zuid");
  g_assert_false (sf_project_can_undo (project));
  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(SfProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_object_unref (sf_test_create_project (f->path));
  before = file_digest (f->path);
  project = sf_project_open (f->path, SF_DB_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_false (sf_project_set_field (project, SF_PROJECT_FIELD_NAME, "Nieuw", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_READ_ONLY);
  g_assert_cmpstr (sf_project_get_name (project), ==, "Welthuisflat Zuid");
  after = file_digest (f->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_export_to_missing_folder (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *dest = g_build_filename (f->dir, "no-such-folder", "copy.startfoto", NULL);

  g_assert_false (sf_project_export_copy (project, dest, FALSE, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
}

static void
test_disk_full (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) big = g_string_new (NULL);
  SfPartnerFields partner = { "Groot", "care", "", "", NULL };
  g_autofree char *id = NULL;
  sqlite3 *db = sf_db_get_handle (sf_project_get_db (project));

  /* The file may not grow: SQLite answers as it would on a full disk. */
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA max_page_count = 1", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  for (int i = 0; i < 10000; i++)
    g_string_append (big, "0123456789");
  partner.notes = big->str;
  id = sf_project_add_partner (project, &partner, &error);
  g_assert_null (id);
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_DISK_FULL);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_partners (project)), ==, 0);
  g_assert_false (sf_project_can_undo (project));

  /* With space again, the same edit works. */
  g_clear_error (&error);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA max_page_count = 1000000", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  g_free (id);
  id = sf_project_add_partner (project, &partner, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_partners (project)), ==, 1);
}

/* ---- migrations ------------------------------------------------------------------------- */

static const SfMigration test_migrations[] = {
  { 1, "CREATE TABLE thing (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL);" },
  { 2, "ALTER TABLE thing ADD COLUMN colour TEXT NOT NULL DEFAULT 'blue';" },
  { 3, "CREATE TABLE other (id TEXT PRIMARY KEY NOT NULL);" },
};

static const SfMigration failing_migrations[] = {
  { 1, "CREATE TABLE thing (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL);" },
  { 2, "ALTER TABLE thing ADD COLUMN colour TEXT NOT NULL DEFAULT 'blue';" },
  { 3, "CREATE TABLE other (id TEXT PRIMARY KEY NOT NULL); SELECT * FROM no_such_table;" },
};

static void
test_migrate_framework (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = g_strconcat (f->path, ".v1.bak", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  SfDb *db;
  struct stat st;

  /* A file at version 1 with a row in it. */
  db = sf_db_open_with (f->path, SF_DB_OPEN_CREATE, test_migrations, 1, &error);
  g_assert_no_error (error);
  g_assert_true (sf_db_exec (db, "INSERT INTO thing VALUES ('a', 'Eerste')", NULL));
  sf_db_free (db);
  before = file_digest (f->path);

  /* A failing migration leaves the file as it was: all or nothing. */
  db = sf_db_open_with (f->path, SF_DB_OPEN_DEFAULT, failing_migrations, 3, &error);
  g_assert_null (db);
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (user_version (f->path), ==, 1);
  g_unlink (backup);

  /* Looking at an older file read-only migrates a copy in memory, never the file. */
  db = sf_db_open_with (f->path, SF_DB_OPEN_READ_ONLY, test_migrations, 3, &error);
  g_assert_no_error (error);
  g_assert_true (sf_db_exec (db, "SELECT colour FROM thing", NULL));
  sf_db_free (db);
  after = file_digest (f->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));

  /* Opening it for writing keeps a backup of version 1, then migrates 1 -> 3. */
  db = sf_db_open_with (f->path, SF_DB_OPEN_DEFAULT, test_migrations, 3, &error);
  g_assert_no_error (error);
  sf_db_free (db);
  g_assert_cmpint (user_version (f->path), ==, 3);
  g_assert_cmpint (user_version (backup), ==, 1);
  g_assert_cmpint (g_stat (backup, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  sf_test_exec_on_file (f->path, "SELECT colour FROM thing WHERE id = 'a' AND name = 'Eerste'");
}

/* Every released schema version has a fixture file, made by that version; each must open
 * with its content intact at the current version. */
static void
test_migrate_fixtures (Fixture       *f,
                       gconstpointer  data)
{
  for (int version = 1; version <= sf_db_current_version (); version++)
    {
      g_autofree char *name = g_strdup_printf ("v%d.startfoto", version);
      g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
      g_autofree char *contents = NULL;
      g_autofree char *copy = g_build_filename (f->dir, name, NULL);
      g_autoptr(SfProject) project = NULL;
      g_autoptr(GError) error = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (fixture, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (copy, contents, length, NULL));
      g_assert_cmpint (user_version (copy), ==, version);

      project = sf_project_open (copy, SF_DB_OPEN_CHECK, &error);
      g_assert_no_error (error);
      g_assert_cmpint (user_version (copy), ==, sf_db_current_version ());
      /* The fixtures are copies of the example project of their version. */
      g_assert_cmpstr (sf_project_get_name (project), ==, "Voorbeeldproject De Zilverreiger");
      g_assert_cmpuint (sf_test_n_items (sf_project_get_flats (project)), ==, 2);
      g_assert_cmpuint (sf_test_n_items (sf_project_get_partners (project)), ==, 5);
      g_assert_cmpstr (sf_partner_get_contact (sf_test_item (sf_project_get_partners (project), 0)), ==,
                       "Fatma Yılmaz");
      g_assert_cmpuint (sf_test_n_items (sf_project_get_questions (project, 1)), ==, 10);
      g_assert_cmpint (sf_project_get_step_status (project, 1), ==, SF_STEP_IN_PROGRESS);
      if (version < sf_db_current_version ())
        {
          g_autofree char *backup = g_strdup_printf ("%s.v%d.bak", copy, version);

          g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
        }
    }
}

/* ---- the library ------------------------------------------------------------------------ */

static void
test_library_import_export (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *library_dir = g_build_filename (f->dir, "library", NULL);
  g_autoptr(SfLibrary) library = sf_library_new (library_dir);
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *exported = g_build_filename (f->dir, "voor-collega.startfoto", NULL);
  g_autofree char *imported = NULL;
  g_autofree char *second = NULL;
  g_autofree char *found = NULL;
  g_autoptr(SfLibraryEntry) peek = NULL;
  g_autoptr(SfProject) copy = NULL;
  g_autoptr(GError) error = NULL;
  SfFlatFields flat = { "De Zilverreiger", "", "", -1 };
  g_autofree char *flat_id = sf_project_add_flat (project, &flat, NULL);
  struct stat st;

  g_assert_true (sf_project_export_copy (project, exported, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (exported, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  peek = sf_library_entry_read (exported, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sf_library_entry_get_project_id (peek), ==, sf_project_get_id (project));
  g_assert_cmpstr (sf_library_entry_get_name (peek), ==, "Welthuisflat Zuid");

  sf_library_refresh (library);
  g_assert_null (sf_library_find_project (library, sf_project_get_id (project)));

  imported = sf_library_import (library, exported, &error);
  g_assert_no_error (error);
  g_assert_true (sf_library_contains (library, imported));
  g_assert_false (sf_library_contains (library, exported));
  g_assert_true (g_file_test (exported, G_FILE_TEST_EXISTS));
  found = sf_library_find_project (library, sf_project_get_id (project));
  g_assert_cmpstr (found, ==, imported);
  g_assert_cmpuint (sf_test_n_items (sf_library_get_projects (library)), ==, 1);

  /* Keeping both: a second file with the same project identity. */
  second = sf_library_import (library, exported, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (second, !=, imported);
  g_assert_cmpuint (sf_test_n_items (sf_library_get_projects (library)), ==, 2);

  copy = sf_project_open (imported, SF_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sf_project_get_id (copy), ==, sf_project_get_id (project));
  g_assert_cmpstr (sf_flat_get_name (sf_test_item (sf_project_get_flats (copy), 0)), ==,
                   "De Zilverreiger");
  g_assert_cmpint (g_stat (imported, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_library_import_bad (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *library_dir = g_build_filename (f->dir, "library", NULL);
  g_autoptr(SfLibrary) library = sf_library_new (library_dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  g_assert_true (g_file_set_contents (f->path, "%PDF-1.4 geen project", -1, NULL));
  path = sf_library_import (library, f->path, &error);
  g_assert_null (path);
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_SQLITE);
  sf_library_refresh (library);
  g_assert_cmpuint (sf_test_n_items (sf_library_get_projects (library)), ==, 0);
}

static void
test_library_example (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *library_dir = g_build_filename (f->dir, "library", NULL);
  g_autoptr(SfLibrary) library = sf_library_new (library_dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = sf_library_write_example (library, &error);
  g_autofree char *again = NULL;
  g_autoptr(SfProject) project = NULL;

  g_assert_no_error (error);
  project = sf_project_open (path, SF_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (sf_project_get_is_example (project));
  g_assert_false (sf_project_can_undo (project));
  g_assert_cmpuint (sf_test_n_items (sf_project_get_partners (project)), ==, 5);

  /* What was tried in the example is gone next time. */
  g_assert_true (sf_project_remove_partner (project,
                                            sf_record_get_id (sf_test_item (sf_project_get_partners (
                                                                      project), 0)), NULL));
  g_clear_object (&project);
  again = sf_library_write_example (library, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again, ==, path);
  project = sf_project_open (again, SF_DB_OPEN_DEFAULT, &error);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_partners (project)), ==, 5);

  /* The example is not listed among the user's projects. */
  sf_library_refresh (library);
  g_assert_cmpuint (sf_test_n_items (sf_library_get_projects (library)), ==, 0);
}

/* Removed, the project leaves the list but is kept aside with its write-ahead log, so that
 * Undo brings it back whole; then it goes to the trash, as one file. Nothing is deleted. */
static void
test_library_remove (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *library_dir = g_build_filename (f->dir, "library", NULL);
  g_autoptr(SfLibrary) library = sf_library_new (library_dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = sf_library_new_path (library, &error);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *backup = g_strconcat (path, ".v2.bak", NULL);
  g_autofree char *trashed = g_build_filename (g_get_user_data_dir (), "Trash", "files", name,
                                               NULL);
  g_autofree char *id = NULL;
  g_autofree char *other_wal = g_strconcat (f->path, "-wal", NULL);
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(SfProject) again = NULL;
  g_autoptr(SfLibraryEntry) entry = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  /* A project whose last change is still in its write-ahead log, as after a crash: a copy of
   * its files taken while it is open. */
  id = g_strdup (sf_project_get_id (project));
  g_assert_cmpint (sqlite3_exec (sf_db_get_handle (sf_project_get_db (project)),
                                 "PRAGMA journal_mode = WAL", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (sf_project_set_field (project, SF_PROJECT_FIELD_NAME, "Zuid, hernoemd", NULL));
  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, (gssize) length, NULL));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (other_wal, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (wal, contents, (gssize) length, NULL));
  g_clear_object (&project);
  g_assert_true (g_file_set_contents (backup, "an older copy", -1, NULL));
  sf_library_refresh (library);
  g_assert_cmpuint (sf_test_n_items (sf_library_get_projects (library)), ==, 1);

  g_assert_true (sf_library_remove (library, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sf_test_n_items (sf_library_get_projects (library)), ==, 0);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));

  /* Undo: back in the list, its last change with it. */
  g_assert_true (sf_library_restore (library, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sf_test_n_items (sf_library_get_projects (library)), ==, 1);
  entry = g_list_model_get_item (sf_library_get_projects (library), 0);
  g_assert_cmpstr (sf_library_entry_get_name (entry), ==, "Zuid, hernoemd");
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));

  /* Removed for good: to the trash, whole, its backup with it. */
  g_assert_true (sf_library_remove (library, path, &error));
  g_assert_true (sf_library_trash (library, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sf_test_n_items (sf_library_get_projects (library)), ==, 0);
  g_assert_true (g_file_test (trashed, G_FILE_TEST_IS_REGULAR));
  {
    g_autofree char *trashed_wal = g_strconcat (trashed, "-wal", NULL);
    g_autofree char *trashed_backup = g_strconcat (trashed, ".v2.bak", NULL);

    g_assert_false (g_file_test (trashed_wal, G_FILE_TEST_EXISTS));
    g_assert_true (g_file_test (trashed_backup, G_FILE_TEST_EXISTS));
  }
  again = sf_project_open (trashed, SF_DB_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sf_project_get_id (again), ==, id);
  g_assert_cmpstr (sf_project_get_name (again), ==, "Zuid, hernoemd");

  /* Nothing is left aside, and nothing to restore. */
  g_assert_true (sf_library_trash (library, NULL, &error));
  g_assert_false (sf_library_restore (library, path, &error));
  g_assert_nonnull (error);
}

/* A project removed when the app ended before its trashing goes to the trash next time. */
static void
test_library_trash_left_aside (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *library_dir = g_build_filename (f->dir, "library", NULL);
  g_autoptr(SfLibrary) library = sf_library_new (library_dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = sf_library_new_path (library, &error);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *aside = g_build_filename (library_dir, ".removed", name, NULL);
  g_autofree char *trashed = g_build_filename (g_get_user_data_dir (), "Trash", "files", name,
                                               NULL);

  g_object_unref (sf_test_create_project (path));
  g_assert_true (sf_library_remove (library, path, &error));
  g_assert_true (g_file_test (aside, G_FILE_TEST_IS_REGULAR));
  g_assert_true (sf_library_trash (library, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (aside, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (trashed, G_FILE_TEST_IS_REGULAR));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  /* The example's pristine copy is cached; keep it out of the user's cache. */
  g_setenv ("XDG_CACHE_HOME", g_dir_make_tmp ("startfoto-cache-XXXXXX", NULL), TRUE);
  /* And removed projects out of the user's trash: a home of its own, beside the test's
   * folders, so that GLib picks the trash in its data folder. */
  g_setenv ("HOME", g_dir_make_tmp ("startfoto-home-XXXXXX", NULL), TRUE);
  g_setenv ("XDG_DATA_HOME", g_getenv ("HOME"), TRUE);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, sf_test_dir_set_up, func, sf_test_dir_tear_down)

  ADD ("/store/create/reopen", test_create_and_reopen);
  ADD ("/store/create/refuses-existing-file", test_create_refuses_existing);
  ADD ("/store/unicode", test_unicode);
  ADD ("/store/undo/insert-edit-delete", test_undo_insert_edit_delete);
  ADD ("/store/undo/chain-of-50", test_undo_chain);
  ADD ("/store/undo/no-op-edit", test_undo_no_op);
  ADD ("/store/questions", test_questions);
  ADD ("/store/steps/status", test_step_status);
  ADD ("/store/refuse/not-sqlite", test_refuse_not_sqlite);
  ADD ("/store/refuse/other-sqlite", test_refuse_other_sqlite);
  ADD ("/store/refuse/empty", test_refuse_empty);
  ADD ("/store/refuse/too-new", test_refuse_too_new);
  ADD ("/store/refuse/missing-tables", test_refuse_missing_tables);
  ADD ("/store/refuse/truncated", test_refuse_truncated);
  ADD ("/store/refuse/corrupted", test_refuse_corrupted);
  ADD ("/store/refuse/locked", test_refuse_locked);
  ADD ("/store/edit/locked", test_edit_while_locked);
  ADD ("/store/edit/read-only", test_read_only);
  ADD ("/store/edit/disk-full", test_disk_full);
  ADD ("/store/export/missing-folder", test_export_to_missing_folder);
  ADD ("/store/migrate/framework", test_migrate_framework);
  ADD ("/store/migrate/fixtures", test_migrate_fixtures);
  ADD ("/store/library/import-export", test_library_import_export);
  ADD ("/store/library/import-bad", test_library_import_bad);
  ADD ("/store/library/example", test_library_example);
  ADD ("/store/library/remove", test_library_remove);
  ADD ("/store/library/trash-left-aside", test_library_trash_left_aside);

  status = g_test_run ();
  sf_test_remove_tree (g_getenv ("HOME"));
  return status;
}
