/* test-interviews-roles.c: the method's partner roles still missing in step 1, in either
 * language, and step-1 files from an older version, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-method.h"
#include "sf-project-interviews.h"
#include "sf-project.h"
#include "sf-test-interviews.h"
#include "sf-test-store.h"

typedef SfTestDir Fixture;

/* ---- the roles still missing ------------------------------------------------------------ */

static void
test_missing_roles (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  const SfMethodStep *step = sf_method_get_step (1);
  guint n_roles = sf_method_step_get_n_roles (step);
  g_auto(GStrv) all = sf_project_missing_partner_roles (project);
  g_auto(GStrv) fewer = NULL, none = NULL;
  g_autofree char *housing = NULL, *shouting = NULL;

  g_assert_cmpuint (n_roles, ==, 7);
  g_assert_cmpuint (g_strv_length (all), ==, n_roles);
  g_assert_cmpstr (all[3], ==, sf_method_step_get_role (step, 3));

  /* A partner whose role is not the method's changes nothing. */
  g_free (sf_test_add_role_partner (project, "Apotheek", "apotheker"));
  fewer = sf_project_missing_partner_roles (project);
  g_assert_cmpuint (g_strv_length (fewer), ==, n_roles);
  g_clear_pointer (&fewer, g_strfreev);

  /* The housing corporation, as the dialog's menu gives it (sentence case) with stray space. */
  housing = g_strdup_printf ("  %s ", sf_method_step_get_role (step, 3));
  housing[2] = g_ascii_toupper (housing[2]);
  g_free (sf_test_add_role_partner (project, "Woonstede", housing));
  fewer = sf_project_missing_partner_roles (project);
  g_assert_cmpuint (g_strv_length (fewer), ==, n_roles - 1);
  g_assert_false (g_strv_contains ((const char * const *) fewer,
                                   sf_method_step_get_role (step, 3)));
  g_assert_true (g_strv_contains ((const char * const *) fewer,
                                  sf_method_step_get_role (step, 4)));

  /* Every other role, one in capitals: nothing is missing. */
  shouting = g_utf8_strup (sf_method_step_get_role (step, 0), -1);
  g_free (sf_test_add_role_partner (project, "Gemeente", shouting));
  for (guint i = 1; i < n_roles; i++)
    if (i != 3)
      g_free (sf_test_add_role_partner (project, "Partner", sf_method_step_get_role (step, i)));
  none = sf_project_missing_partner_roles (project);
  g_assert_nonnull (none);
  g_assert_cmpuint (g_strv_length (none), ==, 0);
}

/* A file made in one language and opened in the other lists the same roles as missing, in
 * the words of the language it is opened in: roles are compared by the method's keys. */
static void
made_in_opened_in (const char *path,
                   const char *made,
                   const char *opened)
{
  const SfMethodStep *step = sf_method_get_step (1);
  g_autoptr(SfProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) missing = NULL;
  g_autofree char *made_role = NULL, *woonstede = NULL;

  sf_test_set_language (made);
  project = sf_test_create_project (path);
  made_role = g_strdup (sf_method_step_get_role (step, 3));
  woonstede = sf_test_add_role_partner (project, "Woonstede", made_role);
  g_free (sf_test_add_role_partner (project, "Gemeente", sf_method_step_get_role (step, 4)));
  g_clear_object (&project);

  sf_test_set_language (opened);
  g_assert_cmpstr (made_role, !=, sf_method_step_get_role (step, 3));
  project = sf_project_open (path, SF_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  missing = sf_project_missing_partner_roles (project);
  g_assert_cmpuint (g_strv_length (missing), ==, 5);
  g_assert_cmpstr (missing[0], ==, sf_method_step_get_role (step, 0));
  g_assert_false (g_strv_contains ((const char * const *) missing,
                                   sf_method_step_get_role (step, 3)));
  g_assert_false (g_strv_contains ((const char * const *) missing,
                                   sf_method_step_get_role (step, 4)));

  /* A role of one's own in its place: that role is missing again. */
  g_assert_true (sf_project_update_partner (project, woonstede, &(SfPartnerFields) {
                                              "Woonstede", "care", "verhuurder", NULL, NULL },
                                            &error));
  g_assert_no_error (error);
  g_clear_pointer (&missing, g_strfreev);
  missing = sf_project_missing_partner_roles (project);
  g_assert_true (g_strv_contains ((const char * const *) missing,
                                  sf_method_step_get_role (step, 3)));
}

static void
test_missing_roles_languages (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *dutch = g_build_filename (f->dir, "gemaakt-in-het-nederlands.startfoto", NULL);
  g_autofree char *english = g_build_filename (f->dir, "made-in-english.startfoto", NULL);

  made_in_opened_in (dutch, "nl", "en");
  made_in_opened_in (english, "en", "nl");
  sf_test_set_language ("en");
}

/* ---- files from before (an older schema version) ---------------------------------------- */

static char *
copy_fixture (Fixture    *f,
              const char *name)
{
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (fixture, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (f->path, contents, length, NULL));
  return g_strdup (f->path);
}

static SfPartner *
partner_named (SfProject  *project,
               const char *organisation)
{
  GListModel *partners = sf_project_get_partners (project);

  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    if (g_str_equal (sf_partner_get_organisation (sf_test_item (partners, i)), organisation))
      return sf_test_item (partners, i);
  g_assert_not_reached ();
}

/* A file made before dates were read, before roles had keys and before notes could be a
 * source (made through the store of that version) opens with nothing lost: its roles count,
 * its dates are dates where they can be read, its sources are all there. */
static void
test_migrate_older_file (Fixture       *f,
                         gconstpointer  data)
{
  const SfMethodStep *step = sf_method_get_step (1);
  g_autofree char *path = copy_fixture (f, "v3-step1.startfoto");
  g_autoptr(GError) error = NULL;
  g_autoptr(SfProject) project = sf_project_open (path, SF_DB_OPEN_CHECK, &error);
  g_auto(GStrv) missing = NULL;
  g_autofree char *dates = NULL, *line = NULL;
  g_auto(GStrv) answers = NULL;
  SfPartner *housing;
  SfInterview *interview;
  GListModel *points;
  const char *point;

  g_assert_no_error (error);
  /* Dutch (picked, with stray space) and English roles of the method count; one's own not. */
  missing = sf_project_missing_partner_roles (project);
  g_assert_cmpuint (g_strv_length (missing), ==, 4);
  for (guint i = 0; i < 7; i++)
    g_assert_true (g_strv_contains ((const char * const *) missing,
                                    sf_method_step_get_role (step, i)) ==
                   (i != 2 && i != 3 && i != 4));

  /* Dates typed freely are dates now; what is no date is kept as it was typed. */
  dates = sf_test_dump_rows (project, "SELECT date FROM session ORDER BY created, rowid", FALSE);
  g_assert_cmpstr (dates, ==, "2027-01-14|\nna de zomervakantie|\n2026-03-03|\n");
  housing = partner_named (project, "Woonstichting Oud");
  interview = sf_project_find_interview (project, sf_record_get_id (SF_RECORD (housing)));
  g_assert_cmpstr (sf_interview_get_date (interview), ==, "2026-09-08");

  /* The key point keeps its two answers, and can now come from the notes as well. */
  points = sf_project_get_key_points (project, sf_record_get_id (SF_RECORD (housing)));
  g_assert_cmpuint (sf_test_n_items (points), ==, 1);
  point = sf_record_get_id (sf_test_item (points, 0));
  answers = sf_project_get_key_point_sources (project, point);
  g_assert_cmpuint (g_strv_length (answers), ==, 2);
  g_assert_true (sf_project_set_key_point_source (project, point, SF_SOURCE_INTERVIEW_NOTES,
                                                  sf_record_get_id (SF_RECORD (interview)),
                                                  TRUE, &error));
  g_assert_no_error (error);
  line = sf_test_candidates_line (project, point);
  g_assert_true (g_str_has_suffix (line, "*"));
  g_assert_cmpuint (sf_test_count_rows (project, "SELECT count (*) FROM key_point_source"), ==,
                    4);
  /* The session's key point keeps its statement. */
  g_assert_cmpuint (sf_test_count_rows (project, "SELECT count (*) FROM key_point_source "
                                                 "WHERE statement_id IS NOT NULL"), ==, 1);

  /* In Dutch the same roles are missing. */
  sf_test_set_language ("nl");
  g_clear_pointer (&missing, g_strfreev);
  missing = sf_project_missing_partner_roles (project);
  g_assert_cmpuint (g_strv_length (missing), ==, 4);
  g_assert_cmpstr (missing[0], ==, "projectleider/procesondersteuner");
  sf_test_set_language ("en");
}

/* The roles the migration recognises are every role of the method as people picked or typed
 * them in English or Dutch (its literal rows match method.json and po/nl.po). */
static void
test_migrate_role_words (Fixture       *f,
                         gconstpointer  data)
{
  const SfMethodStep *step = sf_method_get_step (1);
  const char * const languages[] = { "en", "nl" };
  g_autofree char *path = copy_fixture (f, "v3-step1.startfoto");
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autoptr(SfProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *found = NULL;

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      sf_test_set_language (languages[l]);
      for (guint i = 0; i < sf_method_step_get_n_roles (step); i++)
        {
          g_autofree char *role = g_strdup (sf_method_step_get_role (step, i));

          /* As the dialog's menu gives it: in sentence case. */
          role[0] = g_ascii_toupper (role[0]);
          g_string_append_printf (sql, "INSERT INTO partner (id, organisation, role, created) "
                                  "VALUES ('%s-%u', '%s-%u', '%s', '2026');",
                                  languages[l], i, languages[l], i, role);
          g_string_append_printf (expected, "%s-%u|%s|\n", languages[l], i,
                                  sf_method_step_get_role_key (step, i));
        }
    }
  sf_test_set_language ("en");
  sf_test_exec_on_file (path, sql->str);
  project = sf_project_open (path, SF_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  found = sf_test_dump_rows (project, "SELECT organisation, role_key FROM partner "
                                      "WHERE organisation GLOB '[en][ln]-*' "
                                      "ORDER BY organisation", FALSE);
  g_assert_cmpstr (found, ==, expected->str);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  SF_TEST_DIR_ADD ("/interviews/missing-roles", test_missing_roles);
  SF_TEST_DIR_ADD ("/interviews/missing-roles/other-language", test_missing_roles_languages);
  SF_TEST_DIR_ADD ("/interviews/migrate/older-file", test_migrate_older_file);
  SF_TEST_DIR_ADD ("/interviews/migrate/role-words", test_migrate_role_words);

  return g_test_run ();
}
