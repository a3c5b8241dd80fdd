/* test-copy-partner.c: a copy of the example for one partner holds that partner's part and
 * nothing of the others, nothing confidential, down to the file's bytes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE /* memmem */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "sf-copy.h"
#include "sf-example.h"
#include "sf-project-interviews.h"
#include "sf-project-private.h"
#include "sf-project-themes.h"
#include "sf-store-error.h"
#include "sf-test-store.h"

typedef SfTestDir Fixture;

/* The partner the copy is for: it has an interview with answers and figures asked of it. */
static const char organisation[] = "Zorggroep De Linde (fictief)";
/* Added to its interview by the test: the example has no confidential item of step 1. */
static const char secret_answer[] = "Qqpersoneelstekort is geheim";
static const char secret_point[] = "Zzreorganisatie volgt in het voorjaar";
static const char public_point[] = "Een vast team voor de flat";

/* Everything of other partners, of steps 2, 4 and 5, and what is confidential, as the
 * project holds it (?1 is the partner the copy is for). A flat's corporation is a detail of
 * the flat, which the copy keeps; the housing partner's organisation is one (and a figure's
 * source), so its name is checked by its partner row instead. */
static const char *const others_sql[] = {
  "SELECT organisation FROM partner WHERE id != ?1"
  "  AND organisation NOT IN (SELECT corporation FROM flat)",
  "SELECT notes FROM partner WHERE id != ?1 AND notes != ''",
  "SELECT name FROM person WHERE id IS NOT (SELECT contact_id FROM partner WHERE id = ?1)",
  "SELECT a.text FROM answer a JOIN interview i ON i.id = a.interview_id"
  "  WHERE (i.partner_id != ?1 OR a.confidential) AND a.text != ''",
  "SELECT place FROM interview WHERE partner_id != ?1 AND place != ''",
  "SELECT text FROM key_point WHERE partner_id IS NOT ?1 OR confidential",
  "SELECT text FROM statement",
  "SELECT stance_note FROM participant WHERE stance_note != ''",
  "SELECT note FROM consideration",
  "SELECT text FROM review_note",
  "SELECT text FROM decision",
  "SELECT what FROM plan_action",
  "SELECT conditions FROM board_support WHERE conditions != ''",
  /* The figures not asked of it; a source that names the partner itself may stay. */
  "SELECT source FROM indicator_value WHERE source != ''"
  "  AND source NOT IN (SELECT corporation FROM flat)"
  "  AND instr ((SELECT organisation FROM partner WHERE id = ?1), source) = 0"
  "  AND indicator_id NOT IN"
  "  (SELECT indicator_id FROM indicator_assignment WHERE partner_id = ?1)"
  "  AND source NOT IN (SELECT source FROM indicator_value WHERE indicator_id IN"
  "    (SELECT indicator_id FROM indicator_assignment WHERE partner_id = ?1))",
  "SELECT note FROM indicator_value WHERE note != '' AND indicator_id NOT IN"
  "  (SELECT indicator_id FROM indicator_assignment WHERE partner_id = ?1)",
};

/* Tables of steps 2, 4 and 5: empty in a partner's copy. */
static const char *const emptied[] = {
  "session", "participant", "statement", "precondition_status", "plan_action",
  "plan_action_partner", "remark", "decision", "decision_partner", "consideration",
  "communication", "review_meeting", "review_attendance", "review_note", "board_meeting",
  "board_member", "board_form", "board_support", "slide", "mbc_parameter",
};

static GBytes *
file_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize size = 0;

  g_assert_true (g_file_get_contents (path, &data, &size, &error));
  g_assert_no_error (error);
  return g_bytes_new_take (data, size);
}

static gboolean
holds (GBytes     *bytes,
       const char *text)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return memmem (data, size, text, strlen (text)) != NULL;
}

/* The first column of every row of @sql, with @id as ?1. */
static GPtrArray *
texts (SfProject  *project,
       const char *sql,
       const char *id)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *found = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = sf_db_prepare (sf_project_get_db (project), sql, &error);

  g_assert_no_error (error);
  if (strstr (sql, "?1") != NULL)
    sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (found, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  return found;
}

static char *
text (SfProject  *project,
      const char *sql,
      const char *id)
{
  g_autoptr(GPtrArray) found = texts (project, sql, id);

  g_assert_cmpuint (found->len, ==, 1);
  return g_strdup (g_ptr_array_index (found, 0));
}

static guint
count (SfProject  *project,
       const char *sql,
       const char *id)
{
  g_autofree char *n = text (project, sql, id);

  return (guint) g_ascii_strtoull (n, NULL, 10);
}

/* The example, with a confidential answer and key point and a public key point added to the
 * partner's interview; returns the partner's id. */
static char *
make_project (const char  *path,
              SfProject  **out)
{
  g_autoptr(GError) error = NULL;
  SfProject *project;
  char *partner;
  g_autofree char *interview = NULL, *question = NULL, *secret = NULL, *point = NULL;
  g_autofree char *theme = NULL;

  g_assert_true (sf_example_write (path, &error));
  g_assert_no_error (error);
  project = sf_project_open (path, SF_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  partner = text (project, "SELECT id FROM partner WHERE organisation = ?1", organisation);
  interview = text (project, "SELECT id FROM interview WHERE partner_id = ?1", partner);
  /* A question of step 1 the example left unanswered. */
  question = text (project, "SELECT id FROM question WHERE step = 1 AND id NOT IN"
                            " (SELECT question_id FROM answer WHERE interview_id = ?1)"
                            " ORDER BY position LIMIT 1", interview);
  g_assert_true (sf_project_set_answer (project, interview, question, secret_answer, &error));
  g_assert_true (sf_project_set_answer_confidential (project, interview, question, TRUE,
                                                     &error));
  secret = sf_project_add_key_point (project, partner, secret_point, &error);
  g_assert_true (sf_project_set_key_point_confidential (project, secret, TRUE, &error));
  point = sf_project_add_key_point (project, partner, public_point, &error);
  theme = sf_project_tag_key_point_by_name (project, point, "Samenwerking", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (sf_db_get_handle (sf_project_get_db (project)),
                                 "PRAGMA wal_checkpoint (TRUNCATE)", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  *out = project;
  return partner;
}

static void
test_partner_copy (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfProject) project = NULL;
  g_autoptr(SfProject) copy = NULL;
  g_autoptr(GBytes) original = NULL, copied = NULL;
  g_autofree char *partner = make_project (f->path, &project);
  g_autofree char *dest = g_build_filename (f->dir, "voor-de-linde.startfoto", NULL);
  g_autofree char *interview = NULL;
  SfPartnerCopyContents contents = { 0 };
  guint n_checked = 0;
  guint n_figures, n_values, n_answers;
  struct stat st;

  n_figures = count (project, "SELECT count (*) FROM indicator_assignment WHERE partner_id = ?1",
                     partner);
  n_values = count (project, "SELECT count (*) FROM indicator_value WHERE indicator_id IN"
                             " (SELECT indicator_id FROM indicator_assignment"
                             "  WHERE partner_id = ?1)", partner);
  n_answers = count (project, "SELECT count (*) FROM answer a JOIN interview i"
                              " ON i.id = a.interview_id"
                              " WHERE i.partner_id = ?1 AND NOT a.confidential", partner);
  /* The test means something: there are figures asked of it, values, answers, and other
   * partners' figures. */
  g_assert_cmpuint (n_figures, >, 0);
  g_assert_cmpuint (n_values, >, 0);
  g_assert_cmpuint (n_answers, >, 0);
  g_assert_cmpuint (count (project, "SELECT count (*) FROM indicator_assignment"
                                    " WHERE partner_id != ?1", partner), >, 0);

  g_assert_true (sf_project_export_partner_copy (project, dest, partner, &contents, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (dest, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  copy = sf_project_open (dest, SF_DB_OPEN_READ_ONLY | SF_DB_OPEN_CHECK, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sf_project_get_id (copy), ==, sf_project_get_id (project));

  /* Not a word of the others, of steps 2, 4 and 5 or of anything confidential in the bytes. */
  original = file_bytes (f->path);
  copied = file_bytes (dest);
  for (guint i = 0; i < G_N_ELEMENTS (others_sql); i++)
    {
      g_autoptr(GPtrArray) found = texts (project, others_sql[i], partner);

      g_assert_cmpuint (found->len, >, 0);
      for (guint j = 0; j < found->len; j++)
        {
          const char *t = g_ptr_array_index (found, j);

          g_assert_true (holds (original, t));
          if (holds (copied, t))
            g_error ("The copy holds “%s” (%s)", t, others_sql[i]);
          n_checked++;
        }
    }
  g_assert_cmpuint (n_checked, >, 40);
  g_assert_false (holds (copied, secret_answer));
  g_assert_false (holds (copied, secret_point));
  g_assert_cmpuint (sf_project_count_confidential (copy), ==, 0);

  /* The partner, its contact, its interview, its answers and its public key point. */
  g_assert_cmpuint (count (copy, "SELECT count (*) FROM partner", NULL), ==, 1);
  g_assert_cmpuint (count (copy, "SELECT count (*) FROM partner WHERE id = ?1 AND"
                                 " organisation = 'Zorggroep De Linde (fictief)'", partner),
                    ==, 1);
  g_assert_cmpuint (count (copy, "SELECT count (*) FROM person WHERE id ="
                                 " (SELECT contact_id FROM partner)", NULL), ==, 1);
  g_assert_cmpuint (count (copy, "SELECT count (*) FROM person", NULL), ==, 1);
  interview = text (copy, "SELECT id FROM interview WHERE partner_id = ?1", partner);
  g_assert_cmpuint (count (copy, "SELECT count (*) FROM answer WHERE interview_id = ?1",
                           interview), ==, n_answers);
  g_assert_cmpuint (count (copy, "SELECT count (*) FROM answer", NULL), ==, n_answers);
  g_assert_true (holds (copied, "Het team wisselt vaak; bewoners missen vaste gezichten."));
  g_assert_true (holds (copied, public_point));
  g_assert_cmpuint (count (copy, "SELECT count (*) FROM key_point WHERE partner_id = ?1",
                           partner), ==, 1);
  g_assert_cmpuint (count (copy, "SELECT count (*) FROM tag t JOIN theme h ON h.id = t.theme_id"
                                 " WHERE h.name = 'Samenwerking'", NULL), ==, 1);

  /* The figures asked of it, with their values, and no one else's. */
  g_assert_cmpuint (count (copy, "SELECT count (*) FROM indicator_assignment", NULL), ==,
                    n_figures);
  g_assert_cmpuint (count (copy, "SELECT count (*) FROM indicator_assignment"
                                 " WHERE partner_id = ?1", partner), ==, n_figures);
  g_assert_cmpuint (count (copy, "SELECT count (*) FROM indicator_value", NULL), ==, n_values);
  g_assert_true (holds (copied, "Zorggroep De Linde, schatting teamleider"));
  g_assert_cmpuint (count (copy, "SELECT count (*) FROM flat", NULL), ==, 2);

  for (guint i = 0; i < G_N_ELEMENTS (emptied); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM %s", emptied[i]);

      g_assert_cmpuint (count (project, sql, NULL), >, 0);
      if (count (copy, sql, NULL) != 0)
        g_error ("The copy holds rows of %s", emptied[i]);
    }
  g_assert_cmpuint (count (copy, "SELECT count (*) FROM pragma_foreign_key_check", NULL), ==, 0);
  /* Step 4's preconditions as the method's list, without the choices made about them. */
  g_assert_cmpuint (count (project, "SELECT count (*) FROM precondition WHERE vision != ''",
                           NULL), >, 0);
  g_assert_cmpuint (count (copy, "SELECT count (*) FROM precondition", NULL), ==,
                    count (project, "SELECT count (*) FROM precondition", NULL));
  g_assert_cmpuint (count (copy, "SELECT count (*) FROM precondition"
                                 " WHERE vision != '' OR choice != 0", NULL), ==, 0);

  /* It says what it holds. */
  g_assert_cmpuint (contents.n_flats, ==, 2);
  g_assert_cmpuint (contents.n_figures, ==, n_figures);
  g_assert_true (contents.has_interview);
  g_assert_cmpuint (contents.n_answers, ==, n_answers);
  g_assert_cmpuint (contents.n_key_points, ==, 1);
  /* The project itself lost nothing. */
  g_assert_cmpuint (count (project, "SELECT count (*) FROM partner", NULL), ==, 5);
  g_assert_cmpuint (sf_project_count_confidential (project), >, 2);
}

static void
test_unknown_partner (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfProject) project = NULL;
  g_autofree char *partner = make_project (f->path, &project);
  g_autofree char *dest = g_build_filename (f->dir, "niemand.startfoto", NULL);

  g_assert_false (sf_project_export_partner_copy (project, dest, "geen-partner", NULL, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (dest, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  SF_TEST_DIR_ADD ("/copy-partner/only-the-partner", test_partner_copy);
  SF_TEST_DIR_ADD ("/copy-partner/unknown-partner", test_unknown_partner);
  return g_test_run ();
}
