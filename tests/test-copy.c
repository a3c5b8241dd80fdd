/* test-copy.c: a copy of a project for someone else keeps confidential items out, down to the
 * file's bytes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE /* memmem */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "sf-copy.h"
#include "sf-project-private.h"
#include "sf-project-interviews.h"
#include "sf-search.h"
#include "sf-project-key-figures.h"
#include "sf-project-themes.h"
#include "sf-test-store.h"

typedef SfTestDir Fixture;

/* Each confidential text holds one word that begins unlike any other word in the project, so
 * that the search index, which stores words lower-case and shares their common beginnings,
 * still holds it whole where it holds it at all. */
static const char *const secrets[] = {
  "Qqmantelzorg loopt vast",      /* a confidential answer */
  "Xxschulden bij de buurman",    /* confidential interview notes */
  "Zzruzie tussen twee bewoners", /* a confidential key point */
  "Jjdementie bij mevrouw",       /* a confidential statement */
  "Vvpolitie is langs geweest",   /* confidential session notes */
};
static const char *const public_texts[] = {
  "Wij willen een vast team in de flat", /* an answer */
  "Start met een pilot",                 /* a key point, from the confidential answer */
  "Meer ontmoeting in de hal",           /* a statement */
};
/* Typed into the project, then removed again. */
static const char removed_text[] = "Kkverwijderd bericht over de huisarts";

static gboolean
contains_word (GBytes     *bytes,
               const char *text)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  g_autofree char *word = g_ascii_strdown (text, (gssize) strcspn (text, " "));
  g_autofree char *lower = g_malloc (size);

  for (gsize i = 0; i < size; i++)
    lower[i] = g_ascii_tolower (data[i]);

  /* Both the stored text and the index's lower-case words count. */
  return memmem (data, size, text, strcspn (text, " ")) != NULL ||
         memmem (lower, size, word, strlen (word)) != NULL;
}

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

static void
fill (SfProject *project)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *partner = sf_test_add_partner (project, "Zorg Zuid", "care", NULL);
  g_autofree char *interview = sf_project_plan_interview (project, partner, NULL, "2026-03-02",
                                                          "", &error);
  const char *q0 = sf_record_get_id (sf_test_item (sf_project_get_questions (project, 1), 0));
  const char *q1 = sf_record_get_id (sf_test_item (sf_project_get_questions (project, 1), 1));
  g_autofree char *secret_point = NULL, *public_point = NULL, *removed_point = NULL;
  g_autofree char *session = NULL, *secret_statement = NULL, *public_statement = NULL;
  const char *secret_answer;

  g_assert_no_error (error);
  g_assert_true (sf_project_set_answer (project, interview, q0, public_texts[0], &error));
  g_assert_true (sf_project_set_answer (project, interview, q1, secrets[0], &error));
  g_assert_true (sf_project_set_answer_confidential (project, interview, q1, TRUE, &error));
  g_assert_true (sf_project_set_interview_notes (project, interview, secrets[1], TRUE, &error));
  secret_answer = sf_record_get_id (SF_RECORD (sf_project_find_answer (project, interview, q1)));

  secret_point = sf_project_add_key_point (project, partner, secrets[2], &error);
  g_assert_true (sf_project_set_key_point_confidential (project, secret_point, TRUE, &error));
  g_assert_nonnull (sf_project_tag_key_point_by_name (project, secret_point, "Veiligheid",
                                                      &error));
  public_point = sf_project_add_key_point (project, partner, public_texts[1], &error);
  g_assert_true (sf_project_set_key_point_sources (project, public_point,
                                                   (const char *[]) { secret_answer, NULL },
                                                   &error));
  g_assert_true (sf_project_set_key_point_source (project, public_point,
                                                  SF_SOURCE_INTERVIEW_NOTES, interview, TRUE,
                                                  &error));
  removed_point = sf_project_add_key_point (project, partner, removed_text, &error);
  g_assert_true (sf_project_remove_key_point (project, removed_point, &error));

  session = sf_project_add_session (project, "2026-04-01", "Buurthuis", NULL, &error);
  g_assert_true (sf_project_set_session_notes (project, session, secrets[4], TRUE, &error));
  secret_statement = sf_project_add_statement (project, session, NULL, NULL, secrets[3], &error);
  g_assert_true (sf_project_set_statement_confidential (project, secret_statement, TRUE,
                                                        &error));
  g_assert_nonnull (sf_project_tag_statement_by_name (project, secret_statement, "Gezondheid",
                                                      &error));
  public_statement = sf_project_add_statement (project, session, NULL, NULL, public_texts[2],
                                               &error);
  g_assert_no_error (error);
}

static SfProject *
export_and_open (SfProject  *project,
                 const char *path,
                 gboolean    include_confidential)
{
  g_autoptr(GError) error = NULL;
  SfProject *copy;
  struct stat st;

  g_assert_true (sf_project_export_copy (project, path, include_confidential, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  /* A whole, sound project file, as a colleague's import checks it. */
  copy = sf_project_open (path, SF_DB_OPEN_READ_ONLY | SF_DB_OPEN_CHECK, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sf_project_get_id (copy), ==, sf_project_get_id (project));
  return copy;
}

static guint
n_hits (SfProject  *project,
        const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = sf_search_find (project, text, 50, &error);

  g_assert_no_error (error);
  return hits->len;
}

static void
test_copy_leaves_confidential_out (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *dest = g_build_filename (f->dir, "voor-een-collega.startfoto", NULL);
  g_autoptr(SfProject) copy = NULL;
  g_autoptr(GBytes) original = NULL, copied = NULL;

  fill (project);
  g_assert_cmpuint (sf_project_count_confidential (project), ==, G_N_ELEMENTS (secrets));
  /* The test means something: the project file holds every secret, and a trace of the text
   * removed from it (in its search index), once its log is folded in. */
  g_assert_cmpint (sqlite3_exec (sf_db_get_handle (sf_project_get_db (project)),
                                 "PRAGMA wal_checkpoint (TRUNCATE)", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  original = file_bytes (f->path);
  for (guint i = 0; i < G_N_ELEMENTS (secrets); i++)
    g_assert_true (contains_word (original, secrets[i]));
  g_assert_true (contains_word (original, removed_text));

  copy = export_and_open (project, dest, FALSE);
  copied = file_bytes (dest);
  for (guint i = 0; i < G_N_ELEMENTS (secrets); i++)
    {
      g_autofree char *word = g_strndup (secrets[i], strcspn (secrets[i], " "));

      if (contains_word (copied, secrets[i]))
        g_error ("The copy holds “%s”", secrets[i]);
      g_assert_cmpuint (n_hits (copy, word), ==, 0);
    }
  g_assert_false (contains_word (copied, removed_text));
  for (guint i = 0; i < G_N_ELEMENTS (public_texts); i++)
    g_assert_true (contains_word (copied, public_texts[i]));
  g_assert_cmpuint (n_hits (copy, "pilot"), ==, 1);
  g_assert_cmpuint (n_hits (copy, "ontmoeting"), ==, 1);

  g_assert_cmpuint (sf_project_count_confidential (copy), ==, 0);
  /* What is left stands as it was; the key point lost only its confidential sources (the
   * answer, the notes). */
  g_assert_cmpuint (sf_test_count_rows (copy, "SELECT count (*) FROM key_point"), ==, 1);
  g_assert_cmpuint (sf_test_count_rows (copy, "SELECT count (*) FROM key_point_source"), ==, 0);
  g_assert_cmpuint (sf_test_count_rows (copy, "SELECT count (*) FROM statement"), ==, 1);
  g_assert_cmpuint (sf_test_count_rows (copy, "SELECT count (*) FROM tag"), ==, 0);
  g_assert_cmpuint (sf_test_count_rows (copy, "SELECT count (*) FROM answer"), ==, 1);
  g_assert_cmpuint (sf_test_count_rows (copy, "SELECT count (*) FROM interview "
                                              "WHERE notes = ''"), ==, 1);
  /* The project itself lost nothing. */
  g_assert_cmpuint (sf_project_count_confidential (project), ==, G_N_ELEMENTS (secrets));
}

static void
test_copy_with_confidential (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *dest = g_build_filename (f->dir, "met-vertrouwelijk.startfoto", NULL);
  g_autoptr(SfProject) copy = NULL;
  g_autoptr(GBytes) copied = NULL;

  fill (project);
  copy = export_and_open (project, dest, TRUE);
  copied = file_bytes (dest);
  for (guint i = 0; i < G_N_ELEMENTS (secrets); i++)
    g_assert_true (contains_word (copied, secrets[i]));
  g_assert_cmpuint (sf_project_count_confidential (copy), ==, G_N_ELEMENTS (secrets));
  g_assert_cmpuint (n_hits (copy, "Qqmantelzorg"), ==, 1);
  /* Only what was removed from the project stays out. */
  g_assert_false (contains_word (copied, removed_text));
  g_assert_cmpuint (n_hits (copy, "Kkverwijderd"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/copy/leaves-confidential-out", Fixture, NULL, sf_test_dir_set_up,
              test_copy_leaves_confidential_out, sf_test_dir_tear_down);
  g_test_add ("/copy/with-confidential", Fixture, NULL, sf_test_dir_set_up,
              test_copy_with_confidential, sf_test_dir_tear_down);
  return g_test_run ();
}
