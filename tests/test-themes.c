/* test-themes.c: the project's theme list, tagging, merging and the overview, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "sf-method.h"
#include "sf-project-private.h"
#include "sf-project-key-figures.h"
#include "sf-store-error.h"
#include "sf-project-themes.h"
#include "sf-test-store.h"

typedef struct
{
  char      *dir;
  char      *path;
  SfProject *project;
  char      *session_id;
  char      *question_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SfProjectFields fields = { "Welthuisflat Oost", "Leiden", "Oost", NULL };
  g_autoptr(SfRecord) question = NULL;

  f->dir = g_dir_make_tmp ("startfoto-themes-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->path = g_build_filename (f->dir, "project.startfoto", NULL);
  f->project = sf_project_create (f->path, &fields, &error);
  g_assert_no_error (error);
  f->session_id = sf_project_add_session (f->project, "2026-04-02", "Ontmoetingsruimte", NULL,
                                          &error);
  g_assert_no_error (error);
  question = g_list_model_get_item (sf_project_get_questions (f->project, 2), 2);
  f->question_id = g_strdup (sf_record_get_id (question));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->project);
  g_unlink (f->path);
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->session_id);
  g_free (f->question_id);
}

static guint
n_tags (SfProject *project)
{
  return sf_test_count_rows (project, "SELECT count (*) FROM tag");
}

static void
undo (SfProject *project)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = sf_project_undo (project, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
}

static void
redo (SfProject *project)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = sf_project_redo (project, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
}

static char *
add_theme (SfProject  *project,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  char *id = sf_project_add_theme (project, name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (id);
  return id;
}

static char *
add_statement (Fixture    *f,
               const char *participant_id,
               const char *text)
{
  g_autoptr(GError) error = NULL;
  char *id = sf_project_add_statement (f->project, f->session_id, f->question_id,
                                       participant_id, text, &error);

  g_assert_no_error (error);
  return id;
}

typedef struct
{
  const char *id;
  const char *partner_id;
  const char *session_id;
  const char *text;
} KeyPoint;

static gboolean
insert_key_point (SfDb     *db,
                  gpointer  data,
                  GError  **error)
{
  KeyPoint *kp = data;

  return sf_db_run (db, error, "INSERT INTO key_point (id, partner_id, session_id, position, "
                    "text) VALUES (?1, ?2, ?3, 0, ?4)", "ssss",
                    kp->id, kp->partner_id, kp->session_id, kp->text);
}

/* Key points are written by the interviews module; here straight into the table, as one
 * action, so that these tests do not depend on it. */
static char *
add_key_point (SfProject  *project,
               const char *partner_id,
               const char *session_id,
               const char *text)
{
  g_autoptr(GError) error = NULL;
  char *id = g_uuid_string_random ();
  KeyPoint kp = { id, partner_id, session_id, text };

  g_assert_true (sf_project_run_action (project, "Add key point", insert_key_point, &kp,
                                        &error));
  g_assert_no_error (error);
  return id;
}

static char *
add_partner (SfProject  *project,
             const char *organisation)
{
  g_autoptr(GError) error = NULL;
  SfPartnerFields fields = { organisation, "care", "manager", "", "" };
  char *id = sf_project_add_partner (project, &fields, &error);

  g_assert_no_error (error);
  return id;
}

static void
tag (SfProject  *project,
     const char *kind,
     const char *item_id,
     const char *theme_id)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (kind, SF_TAGGED_KEY_POINT))
    g_assert_true (sf_project_tag_key_point (project, item_id, theme_id, TRUE, &error));
  else
    g_assert_true (sf_project_tag_statement (project, item_id, theme_id, TRUE, &error));
  g_assert_no_error (error);
}

static void
assert_themes_of (SfProject  *project,
                  const char *kind,
                  const char *item_id,
                  const char *first,
                  const char *second)
{
  g_auto(GStrv) ids = sf_project_get_theme_ids_of (project, kind, item_id);

  g_assert_nonnull (ids);
  g_assert_cmpuint (g_strv_length (ids), ==, (first != NULL) + (second != NULL));
  if (first != NULL)
    g_assert_true (g_strv_contains ((const char * const *) ids, first));
  if (second != NULL)
    g_assert_true (g_strv_contains ((const char * const *) ids, second));
}

/* ---- tests ------------------------------------------------------------------------------ */

static void
test_on_the_fly (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *s1 = add_statement (f, NULL, "Niemand komt meer bij elkaar op de koffie");
  GListModel *themes = sf_project_get_themes (f->project);
  GListModel *statements = sf_project_get_statements (f->project, f->session_id,
                                                      f->question_id);
  g_autofree char *theme_id = NULL;
  g_autofree char *again = NULL;
  g_autofree char *second = NULL;
  SfTheme *theme;

  g_assert_true (themes == sf_project_get_themes (f->project));
  g_assert_cmpuint (sf_test_n_items (themes), ==, 0);
  theme_id = sf_project_tag_statement_by_name (f->project, s1, "Eenzaamheid", &error);
  g_assert_no_error (error);
  g_assert_nonnull (theme_id);
  g_assert_cmpuint (sf_test_n_items (themes), ==, 1);
  theme = sf_test_item (themes, 0);
  g_assert_cmpstr (sf_record_get_id (SF_RECORD (theme)), ==, theme_id);
  g_assert_cmpstr (sf_theme_get_name (theme), ==, "Eenzaamheid");
  g_assert_cmpuint (sf_theme_get_step1_count (theme), ==, 0);
  g_assert_cmpuint (sf_theme_get_step2_count (theme), ==, 1);
  g_assert_cmpstr (sf_statement_get_themes (sf_test_item (statements, 0)), ==, "Eenzaamheid");
  g_assert_cmpstr (sf_project_get_undo_label (f->project), ==, "Tag with theme");

  /* The same name again, in another case: the same theme, nothing new to undo. */
  again = sf_project_tag_statement_by_name (f->project, s1, " eenzaamheid ", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again, ==, theme_id);
  g_assert_cmpuint (n_tags (f->project), ==, 1);

  second = sf_project_tag_statement_by_name (f->project, s1, "Armoede", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sf_test_n_items (themes), ==, 2);
  g_assert_cmpstr (sf_theme_get_name (sf_test_item (themes, 0)), ==, "Armoede"); /* by name */
  g_assert_cmpstr (sf_statement_get_themes (sf_test_item (statements, 0)), ==, "Armoede, Eenzaamheid");
  assert_themes_of (f->project, SF_TAGGED_STATEMENT, s1, theme_id, second);

  /* One undo step takes the tag and the theme made for it. */
  undo (f->project);
  g_assert_cmpuint (sf_test_n_items (themes), ==, 1);
  g_assert_cmpstr (sf_statement_get_themes (sf_test_item (statements, 0)), ==, "Eenzaamheid");
  undo (f->project);
  g_assert_cmpuint (sf_test_n_items (themes), ==, 0);
  g_assert_cmpuint (n_tags (f->project), ==, 0);
  g_assert_cmpstr (sf_statement_get_themes (sf_test_item (statements, 0)), ==, "");
  redo (f->project);
  g_assert_cmpuint (sf_test_n_items (themes), ==, 1);
  assert_themes_of (f->project, SF_TAGGED_STATEMENT, s1, theme_id, NULL);

  /* Untagging, and tagging something that does not exist. */
  g_assert_true (sf_project_tag_statement (f->project, s1, theme_id, FALSE, &error));
  assert_themes_of (f->project, SF_TAGGED_STATEMENT, s1, NULL, NULL);
  g_assert_false (sf_project_tag_statement (f->project, "no-such-statement", theme_id, TRUE,
                                            &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_clear_pointer (&again, g_free);
  again = sf_project_tag_key_point_by_name (f->project, "no-such-key-point", "Nieuw thema",
                                            &error);
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_assert_null (again);
  g_assert_cmpuint (sf_test_n_items (themes), ==, 1); /* the new theme went back with it */
}

static void
test_same_name (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = add_theme (f->project, "Eenzaamheid");
  const char *same[] = { " eenzaamheid ", "EENZAAMHEID", "Eenzaamheid\n", NULL };
  g_autofree char *cafe = add_theme (f->project, "Caf\xc3\xa9  ontmoeting");
  g_autofree char *blank = NULL;
  g_autofree char *found = NULL;

  for (guint i = 0; same[i] != NULL; i++)
    {
      g_autofree char *other = add_theme (f->project, same[i]);

      g_assert_cmpstr (other, ==, id);
    }
  /* Composed or decomposed é, upper or lower case, doubled spaces: one theme. */
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *other = add_theme (f->project, i ? "CAF\xc3\x89 ontmoeting"
                                                        : "cafe\xcc\x81 ontmoeting");

      g_assert_cmpstr (other, ==, cafe);
    }
  g_assert_cmpuint (sf_test_n_items (sf_project_get_themes (f->project)), ==, 2);
  g_assert_cmpstr (sf_theme_get_name (sf_test_item (sf_project_get_themes (f->project), 0)), ==,
                   "Caf\xc3\xa9 ontmoeting");
  g_assert_cmpuint (sf_test_count_rows (f->project, "SELECT count (*) FROM theme"), ==, 2);

  /* Finding the same theme is no change: the last undo step is still the second theme. */
  undo (f->project);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_themes (f->project)), ==, 1);
  g_assert_true (sf_project_can_redo (f->project));
  redo (f->project);

  blank = sf_project_add_theme (f->project, " \t ", &error);
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_assert_null (blank);
  g_clear_error (&error);
  blank = sf_project_tag_statement_by_name (f->project, "x", "", &error);
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_assert_null (blank);

  found = sf_project_find_theme (f->project, "eenzaamHEID");
  g_assert_cmpstr (found, ==, id);
  g_clear_pointer (&found, g_free);
  found = sf_project_find_theme (f->project, "Armoede");
  g_assert_null (found);
}

static void
test_rename_merges (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *lonely = add_theme (f->project, "Eenzaamheid");
  g_autofree char *alone = add_theme (f->project, "Alleen zijn");
  g_autofree char *s1 = add_statement (f, NULL, "Weinig contact met buren");
  g_autofree char *s2 = add_statement (f, NULL, "Niemand om mee te praten");
  GListModel *themes = sf_project_get_themes (f->project);

  tag (f->project, SF_TAGGED_STATEMENT, s1, lonely);
  tag (f->project, SF_TAGGED_STATEMENT, s1, alone);
  tag (f->project, SF_TAGGED_STATEMENT, s2, alone);
  g_assert_cmpuint (n_tags (f->project), ==, 3);

  /* Renaming within its own name (another case) is a rename. */
  g_assert_true (sf_project_rename_theme (f->project, alone, "alleen Zijn", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sf_project_get_undo_label (f->project), ==, "Rename theme");
  g_assert_cmpuint (sf_test_n_items (themes), ==, 2);
  g_assert_cmpstr (sf_theme_get_name (sf_test_item (themes, 0)), ==, "alleen Zijn");

  /* Onto an existing name: merged into that theme, which keeps its name. */
  g_assert_true (sf_project_rename_theme (f->project, alone, " EENZAAMHEID", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sf_project_get_undo_label (f->project), ==, "Merge themes");
  g_assert_cmpuint (sf_test_n_items (themes), ==, 1);
  g_assert_cmpstr (sf_theme_get_name (sf_test_item (themes, 0)), ==, "Eenzaamheid");
  g_assert_cmpuint (sf_theme_get_step2_count (sf_test_item (themes, 0)), ==, 2);
  g_assert_cmpuint (n_tags (f->project), ==, 2);
  assert_themes_of (f->project, SF_TAGGED_STATEMENT, s1, lonely, NULL);
  assert_themes_of (f->project, SF_TAGGED_STATEMENT, s2, lonely, NULL);

  undo (f->project);
  g_assert_cmpuint (sf_test_n_items (themes), ==, 2);
  g_assert_cmpuint (n_tags (f->project), ==, 3);
  assert_themes_of (f->project, SF_TAGGED_STATEMENT, s1, lonely, alone);
  assert_themes_of (f->project, SF_TAGGED_STATEMENT, s2, alone, NULL);

  g_assert_false (sf_project_rename_theme (f->project, alone, "  ", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sf_project_rename_theme (f->project, "no-such-theme", "Iets", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
}

static void
test_merge_keeps_tags (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *partner = add_partner (f->project, "Zorggroep Oost");
  g_autofree char *into = add_theme (f->project, "Veiligheid");
  g_autofree char *from = add_theme (f->project, "Onveilig gevoel");
  g_autofree char *kp1 = add_key_point (f->project, partner, NULL, "Slecht verlichte gang");
  g_autofree char *kp2 = add_key_point (f->project, partner, NULL, "Inbraken in de berging");
  g_autofree char *kp3 = add_key_point (f->project, NULL, f->session_id, "Onbekenden in de hal");
  g_autofree char *s1 = add_statement (f, NULL, "Ik durf 's avonds niet naar buiten");
  g_autofree char *s2 = add_statement (f, NULL, "De voordeur sluit niet goed");
  GListModel *themes = sf_project_get_themes (f->project);

  g_assert_true (sf_project_set_theme_colour (f->project, from, "#e01b24", &error));
  g_assert_no_error (error);
  tag (f->project, SF_TAGGED_KEY_POINT, kp1, into);
  tag (f->project, SF_TAGGED_KEY_POINT, kp2, into);
  tag (f->project, SF_TAGGED_STATEMENT, s1, into);
  tag (f->project, SF_TAGGED_KEY_POINT, kp2, from);
  tag (f->project, SF_TAGGED_KEY_POINT, kp3, from);
  tag (f->project, SF_TAGGED_STATEMENT, s2, from);
  tag (f->project, SF_TAGGED_STATEMENT, s1, from);
  g_assert_cmpuint (n_tags (f->project), ==, 7);

  g_assert_true (sf_project_merge_themes (f->project, from, into, &error));
  g_assert_no_error (error);
  /* Every item keeps its theme; the two tagged with both keep one tag. */
  g_assert_cmpuint (n_tags (f->project), ==, 5);
  g_assert_cmpuint (sf_test_n_items (themes), ==, 1);
  g_assert_cmpstr (sf_record_get_id (sf_test_item (themes, 0)), ==, into);
  g_assert_cmpuint (sf_theme_get_step1_count (sf_test_item (themes, 0)), ==, 2);
  g_assert_cmpuint (sf_theme_get_step2_count (sf_test_item (themes, 0)), ==, 3);
  g_assert_cmpstr (sf_theme_get_colour (sf_test_item (themes, 0)), ==, "#e01b24");
  assert_themes_of (f->project, SF_TAGGED_KEY_POINT, kp1, into, NULL);
  assert_themes_of (f->project, SF_TAGGED_KEY_POINT, kp2, into, NULL);
  assert_themes_of (f->project, SF_TAGGED_KEY_POINT, kp3, into, NULL);
  assert_themes_of (f->project, SF_TAGGED_STATEMENT, s1, into, NULL);
  assert_themes_of (f->project, SF_TAGGED_STATEMENT, s2, into, NULL);

  undo (f->project);
  g_assert_cmpuint (n_tags (f->project), ==, 7);
  g_assert_cmpuint (sf_test_n_items (themes), ==, 2);
  assert_themes_of (f->project, SF_TAGGED_KEY_POINT, kp2, into, from);
  assert_themes_of (f->project, SF_TAGGED_KEY_POINT, kp3, from, NULL);
  assert_themes_of (f->project, SF_TAGGED_STATEMENT, s1, into, from);
  g_assert_cmpstr (sf_theme_get_colour (sf_test_item (themes, 1)), ==, "");
  redo (f->project);
  g_assert_cmpuint (n_tags (f->project), ==, 5);
  g_assert_cmpuint (sf_test_n_items (themes), ==, 1);

  /* Merging into itself changes nothing; into a theme that is gone is refused. */
  g_assert_true (sf_project_merge_themes (f->project, into, into, &error));
  g_assert_cmpuint (n_tags (f->project), ==, 5);
  g_assert_false (sf_project_merge_themes (f->project, into, from, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_assert_cmpuint (n_tags (f->project), ==, 5);
}

static void
test_remove_undo (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *partner = add_partner (f->project, "Woonstichting");
  g_autofree char *theme = add_theme (f->project, "Toegankelijkheid");
  g_autofree char *other = add_theme (f->project, "Ontmoeten");
  g_autofree char *kp = add_key_point (f->project, partner, NULL, "Drempels bij de lift");
  g_autofree char *s1 = add_statement (f, NULL, "De scootmobiel past niet in de lift");
  g_autofree char *s2 = add_statement (f, NULL, "Geen hellingbaan");
  GListModel *statements = sf_project_get_statements (f->project, f->session_id,
                                                      f->question_id);

  tag (f->project, SF_TAGGED_KEY_POINT, kp, theme);
  tag (f->project, SF_TAGGED_STATEMENT, s1, theme);
  tag (f->project, SF_TAGGED_STATEMENT, s2, theme);
  tag (f->project, SF_TAGGED_STATEMENT, s2, other);
  g_assert_cmpstr (sf_statement_get_themes (sf_test_item (statements, 1)), ==,
                   "Ontmoeten, Toegankelijkheid");

  g_assert_true (sf_project_remove_theme (f->project, theme, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_tags (f->project), ==, 1);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_themes (f->project)), ==, 1);
  g_assert_cmpstr (sf_statement_get_themes (sf_test_item (statements, 1)), ==, "Ontmoeten");
  assert_themes_of (f->project, SF_TAGGED_KEY_POINT, kp, NULL, NULL);

  undo (f->project);
  g_assert_cmpuint (n_tags (f->project), ==, 4);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_themes (f->project)), ==, 2);
  assert_themes_of (f->project, SF_TAGGED_KEY_POINT, kp, theme, NULL);
  assert_themes_of (f->project, SF_TAGGED_STATEMENT, s1, theme, NULL);
  assert_themes_of (f->project, SF_TAGGED_STATEMENT, s2, theme, other);
  g_assert_cmpstr (sf_statement_get_themes (sf_test_item (statements, 1)), ==,
                   "Ontmoeten, Toegankelijkheid");
  redo (f->project);
  g_assert_cmpuint (n_tags (f->project), ==, 1);
  undo (f->project);
  g_assert_cmpuint (n_tags (f->project), ==, 4);

  /* A tagged statement removed and restored keeps its themes. */
  g_assert_true (sf_project_remove_statement (f->project, s2, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_tags (f->project), ==, 2);
  undo (f->project);
  g_assert_cmpstr (sf_statement_get_themes (sf_test_item (statements, 1)), ==,
                   "Ontmoeten, Toegankelijkheid");
  redo (f->project);
  g_assert_cmpuint (sf_test_n_items (statements), ==, 1);
  undo (f->project);
  g_assert_cmpuint (n_tags (f->project), ==, 4);

  g_assert_false (sf_project_remove_theme (f->project, "no-such-theme", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
}

static void
test_colour (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = add_theme (f->project, "Zingeving");
  SfTheme *theme = sf_test_item (sf_project_get_themes (f->project), 0);
  const char *bad[] = { "red", "#12345", "#1234567", "#12345g", "3584e4#", "#35 4e4", NULL };

  g_assert_cmpstr (sf_theme_get_colour (theme), ==, "");
  g_assert_true (sf_project_set_theme_colour (f->project, id, "#3584E4", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sf_theme_get_colour (theme), ==, "#3584e4");
  for (guint i = 0; bad[i] != NULL; i++)
    {
      g_assert_false (sf_project_set_theme_colour (f->project, id, bad[i], &error));
      g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
      g_clear_error (&error);
      g_assert_cmpstr (sf_theme_get_colour (theme), ==, "#3584e4");
    }
  g_assert_true (sf_project_set_theme_colour (f->project, id, "", &error));
  g_assert_cmpstr (sf_theme_get_colour (theme), ==, "");
  undo (f->project);
  g_assert_cmpstr (sf_theme_get_colour (theme), ==, "#3584e4");
  g_assert_false (sf_project_set_theme_colour (f->project, "no-such-theme", "#000000", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
}

static void
test_starter_themes (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *english[] = { "Bodily functions", "Mental well-being", "Meaningfulness",
                            "Quality of life", "Participation", "Daily functioning" };
  g_autofree char *own = add_theme (f->project, "quality of LIFE");
  g_autofree char *found = NULL;
  GListModel *themes = sf_project_get_themes (f->project);

  g_assert_cmpuint (sf_method_get_n_starter_themes (), ==, G_N_ELEMENTS (english));
  for (guint i = 0; i < G_N_ELEMENTS (english); i++)
    g_assert_cmpstr (sf_method_get_starter_theme (i), ==, english[i]); /* C locale */

  g_assert_true (sf_project_add_starter_themes (f->project, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sf_test_n_items (themes), ==, 6);
  g_assert_cmpstr (sf_project_get_undo_label (f->project), ==, "Add starter themes");
  for (guint i = 0; i < G_N_ELEMENTS (english); i++)
    {
      g_autofree char *english_id = sf_project_find_theme (f->project, english[i]);

      g_assert_nonnull (english_id);
    }
  /* The one the project had keeps its name and id. */
  found = sf_project_find_theme (f->project, "Quality of life");
  g_assert_cmpstr (found, ==, own);
  for (guint i = 0; i < sf_test_n_items (themes); i++)
    if (g_str_equal (sf_record_get_id (sf_test_item (themes, i)), own))
      g_assert_cmpstr (sf_theme_get_name (sf_test_item (themes, i)), ==, "quality of LIFE");

  /* Twice is once: no themes, no undo step. */
  g_assert_true (sf_project_add_starter_themes (f->project, &error));
  g_assert_cmpuint (sf_test_n_items (themes), ==, 6);
  undo (f->project);
  g_assert_cmpuint (sf_test_n_items (themes), ==, 1);
  undo (f->project);
  g_assert_cmpuint (sf_test_n_items (themes), ==, 0);
  g_assert_cmpstr (sf_project_get_undo_label (f->project), ==, "Add session");
}

static SfThemeUse *
use_of (GPtrArray  *uses,
        const char *theme_id)
{
  for (guint i = 0; i < uses->len; i++)
    {
      SfThemeUse *use = g_ptr_array_index (uses, i);

      if (g_str_equal (use->theme_id, theme_id))
        return use;
    }
  g_assert_not_reached ();
}

static void
test_overview (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *care = add_partner (f->project, "Zorggroep Oost");
  g_autofree char *housing = add_partner (f->project, "Woonstichting");
  g_autofree char *lonely = add_theme (f->project, "Eenzaamheid");
  g_autofree char *safety = add_theme (f->project, "Veiligheid");
  g_autofree char *unused = add_theme (f->project, "Wonen");
  g_autofree char *anna = sf_project_add_participant (f->project, f->session_id, "Anna",
                                                      "Welzijn", "wijkwerker", &error);
  g_autofree char *bram = sf_project_add_participant (f->project, f->session_id, "Bram",
                                                      "Politie", "wijkagent", &error);
  g_autofree char *kp1 = add_key_point (f->project, care, NULL, "Veel alleenstaanden");
  g_autofree char *kp2 = add_key_point (f->project, care, NULL, "Weinig bezoek");
  g_autofree char *kp3 = add_key_point (f->project, housing, NULL, "Lege ontmoetingsruimte");
  g_autofree char *kp4 = add_key_point (f->project, NULL, f->session_id, "Donkere ingang");
  g_autofree char *s1 = add_statement (f, anna, "Mensen komen de deur niet uit");
  g_autofree char *s2 = add_statement (f, bram, "Oudere mannen vooral alleen");
  g_autofree char *s3 = add_statement (f, anna, "Alleen en bang in het donker");
  g_autofree char *s4 = add_statement (f, NULL, "De hal is onveilig");
  g_autofree char *s5 = add_statement (f, anna, "Ook over eenzaamheid");
  g_autoptr(GPtrArray) uses = NULL;
  SfThemeUse *use;

  g_assert_no_error (error);
  tag (f->project, SF_TAGGED_KEY_POINT, kp1, lonely);
  tag (f->project, SF_TAGGED_KEY_POINT, kp1, safety);
  tag (f->project, SF_TAGGED_KEY_POINT, kp2, lonely);
  tag (f->project, SF_TAGGED_KEY_POINT, kp3, lonely);
  tag (f->project, SF_TAGGED_KEY_POINT, kp4, safety);
  tag (f->project, SF_TAGGED_STATEMENT, s1, lonely);
  tag (f->project, SF_TAGGED_STATEMENT, s2, lonely);
  tag (f->project, SF_TAGGED_STATEMENT, s3, lonely);
  tag (f->project, SF_TAGGED_STATEMENT, s3, safety);
  tag (f->project, SF_TAGGED_STATEMENT, s4, safety);
  tag (f->project, SF_TAGGED_STATEMENT, s5, lonely);

  uses = sf_project_theme_overview (f->project, &error);
  g_assert_no_error (error);
  g_assert_nonnull (uses);
  g_assert_cmpuint (uses->len, ==, 3);

  /* Most used first. */
  g_assert_cmpstr (((SfThemeUse *) g_ptr_array_index (uses, 0))->theme_id, ==, lonely);
  g_assert_cmpstr (((SfThemeUse *) g_ptr_array_index (uses, 2))->theme_id, ==, unused);

  use = use_of (uses, lonely);
  g_assert_cmpstr (use->name, ==, "Eenzaamheid");
  g_assert_cmpuint (use->step1_points, ==, 3);
  g_assert_cmpuint (use->step2_points, ==, 4);
  g_assert_cmpuint (use->partners, ==, 2);
  g_assert_cmpuint (g_strv_length (use->key_figures), ==, 2);
  g_assert_cmpstr (use->key_figures[0], ==, "Anna"); /* once, though with two statements */
  g_assert_cmpstr (use->key_figures[1], ==, "Bram");

  use = use_of (uses, safety);
  g_assert_cmpuint (use->step1_points, ==, 1);
  g_assert_cmpuint (use->step2_points, ==, 3);
  g_assert_cmpuint (use->partners, ==, 1);
  g_assert_cmpuint (g_strv_length (use->key_figures), ==, 1);
  g_assert_cmpstr (use->key_figures[0], ==, "Anna");

  use = use_of (uses, unused);
  g_assert_cmpuint (use->step1_points + use->step2_points + use->partners, ==, 0);
  g_assert_nonnull (use->key_figures);
  g_assert_cmpuint (g_strv_length (use->key_figures), ==, 0);

  /* The counts alone, as the report reads them: the same, in the same order, no names. */
  {
    g_autoptr(GPtrArray) counts = sf_project_theme_counts (f->project, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (counts->len, ==, uses->len);
    for (guint i = 0; i < counts->len; i++)
      {
        SfThemeUse *count = g_ptr_array_index (counts, i);
        SfThemeUse *full = g_ptr_array_index (uses, i);

        g_assert_cmpstr (count->theme_id, ==, full->theme_id);
        g_assert_cmpuint (count->step1_points, ==, full->step1_points);
        g_assert_cmpuint (count->step2_points, ==, full->step2_points);
        g_assert_cmpuint (count->partners, ==, full->partners);
        g_assert_cmpuint (g_strv_length (count->key_figures), ==, 0);
      }
  }

  /* The list shows the same counts. */
  g_assert_cmpuint (sf_theme_get_step1_count (sf_test_item (sf_project_get_themes (f->project), 0)),
                    ==, 3);
  g_assert_cmpuint (sf_theme_get_step2_count (sf_test_item (sf_project_get_themes (f->project), 0)),
                    ==, 4);

  /* Counted again once a tag is added: the counts kept by the project follow. */
  tag (f->project, SF_TAGGED_STATEMENT, s4, lonely);
  {
    g_autoptr(GPtrArray) counts = sf_project_theme_counts (f->project, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (use_of (counts, lonely)->step2_points, ==, 5);
  }
  g_assert_true (sf_project_undo (f->project, &error));

  /* A statement made anonymous no longer names its speaker. */
  g_assert_true (sf_project_attribute_statement (f->project, s2, NULL, &error));
  g_clear_pointer (&uses, g_ptr_array_unref);
  uses = sf_project_theme_overview (f->project, &error);
  g_assert_no_error (error);
  use = use_of (uses, lonely);
  g_assert_cmpuint (g_strv_length (use->key_figures), ==, 1);
  g_assert_cmpstr (use->key_figures[0], ==, "Anna");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/themes/tag-on-the-fly", test_on_the_fly);
  ADD ("/themes/same-name", test_same_name);
  ADD ("/themes/rename-merges", test_rename_merges);
  ADD ("/themes/merge-keeps-tags", test_merge_keeps_tags);
  ADD ("/themes/remove-undo", test_remove_undo);
  ADD ("/themes/colour", test_colour);
  ADD ("/themes/starter-themes", test_starter_themes);
  ADD ("/themes/overview", test_overview);

  return g_test_run ();
}
