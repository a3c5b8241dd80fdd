/* test-store.c: the project file, without a display: creating and reopening it, undo and
 * redo, questions and steps (test-store-files.c: files that cannot be used and older files;
 * test-store-library.c: the library)
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
  g_assert_cmpint (sf_test_user_version (f->path), ==, sf_db_current_version ());
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
next_second (SfProject *project)
{
  for (gboolean later = FALSE; !later; )
    {
      g_autofree char *now = sf_db_now ();

      later = g_strcmp0 (now, sf_project_get_modified (project)) != 0;
      if (!later)
        g_usleep (G_USEC_PER_SEC / 50);
    }
}

/* The time of the last change is set with every action, undo and redo, but is no part of what
 * undo records: a second writer's edit (which sets it too) cannot make an undo conflict, and
 * undoing is a change of its own. */
static void
test_undo_modified_time (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(SfProject) a = sf_test_create_project (f->path);
  g_autoptr(SfProject) b = NULL;
  SfFlatFields zilver = { "De Zilverreiger", "Laan 1", "Woonstichting", 96 };
  SfFlatFields reiger = { "De Reiger", "Laan 2", "Woonstichting", 40 };
  g_autofree char *first = sf_project_add_flat (a, &zilver, NULL);
  g_autofree char *second = sf_project_add_flat (a, &reiger, NULL);
  g_autofree char *before_undo = NULL;
  g_autoptr(GError) error = NULL;

  b = sf_project_open (f->path, SF_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  /* Each edit comes in a later second than the one before, with a time of its own. */
  next_second (a);
  zilver.name = "De Zilverreiger (hoog)";
  g_assert_true (sf_project_update_flat (a, first, &zilver, &error));
  next_second (a);
  reiger.dwellings = 44;
  g_assert_true (sf_project_update_flat (b, second, &reiger, &error));
  g_assert_no_error (error);

  before_undo = g_strdup (sf_project_get_modified (a));
  g_assert_true (sf_project_undo (a, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sf_flat_get_name (sf_test_item (sf_project_get_flats (a), 0)), ==,
                   "De Zilverreiger");
  g_assert_cmpstr (sf_project_get_modified (a), >=, before_undo);
  g_clear_object (&b);
  a = sf_test_reopen (a, f->path);
  g_assert_cmpint (sf_flat_get_dwellings (sf_test_item (sf_project_get_flats (a), 1)), ==, 44);
}

/* A second writer's change is seen before the next edit: the lists are read again, so that
 * the edit is made on what the file holds now (a partner removed elsewhere is no longer
 * shown). */
static void
test_catch_up_before_edit (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(SfProject) a = sf_test_create_project (f->path);
  g_autoptr(SfProject) b = NULL;
  SfPartnerFields partner = { "Zorggroep", "care", "manager zorg", "Jan", "" };
  SfFlatFields flat = { "De Reiger", "Laan 2", "Woonstichting", 40 };
  g_autofree char *partner_id = sf_project_add_partner (a, &partner, NULL);
  g_autofree char *flat_id = sf_project_add_flat (a, &flat, NULL);
  g_autoptr(GError) error = NULL;

  b = sf_project_open (f->path, SF_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_partners (b)), ==, 1);
  g_assert_true (sf_project_remove_partner (a, partner_id, &error));
  g_assert_no_error (error);

  flat.dwellings = 44;
  g_assert_true (sf_project_update_flat (b, flat_id, &flat, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_partners (b)), ==, 0);
}

static void
test_undo_no_op (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  SfPartnerFields fields = { "Woonstichting", "housing", "manager", "Fatma", "" };
  g_autofree char *id = sf_project_add_partner (project, &fields, NULL);
  g_autofree char *modified = NULL;

  g_assert_true (sf_project_undo (project, NULL));
  g_assert_true (sf_project_redo (project, NULL));
  /* Undo and redo are changes (with a time); saving what is there is none. */
  next_second (project);
  modified = g_strdup (sf_project_get_modified (project));
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  SF_TEST_DIR_ADD ("/store/create/reopen", test_create_and_reopen);
  SF_TEST_DIR_ADD ("/store/create/refuses-existing-file", test_create_refuses_existing);
  SF_TEST_DIR_ADD ("/store/unicode", test_unicode);
  SF_TEST_DIR_ADD ("/store/undo/insert-edit-delete", test_undo_insert_edit_delete);
  SF_TEST_DIR_ADD ("/store/undo/chain-of-50", test_undo_chain);
  SF_TEST_DIR_ADD ("/store/undo/no-op-edit", test_undo_no_op);
  SF_TEST_DIR_ADD ("/store/undo/modified-time", test_undo_modified_time);
  SF_TEST_DIR_ADD ("/store/two-writers/catch-up", test_catch_up_before_edit);
  SF_TEST_DIR_ADD ("/store/questions", test_questions);
  SF_TEST_DIR_ADD ("/store/steps/status", test_step_status);

  return g_test_run ();
}
