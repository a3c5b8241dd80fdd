/* sf-test-sessions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "sf-test-sessions.h"
#include "sf-test-store.h"

void
sf_test_sessions_set_up (SfTestSessions *f,
                         gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  SfProjectFields fields = { "Welthuisflat Noord", "Leiden", "Noord", NULL };

  f->dir = g_dir_make_tmp ("startfoto-sessions-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->path = g_build_filename (f->dir, "project.startfoto", NULL);
  f->project = sf_project_create (f->path, &fields, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->project);
}

void
sf_test_sessions_tear_down (SfTestSessions *f,
                            gconstpointer   data)
{
  g_clear_object (&f->project);
  g_unlink (f->path);
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

char *
sf_test_add_session (SfProject *project)
{
  g_autoptr(GError) error = NULL;
  char *id = sf_project_add_session (project, "2026-03-12", " Buurthuis De Ster ", NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (id);
  return id;
}

char *
sf_test_add_participant (SfProject  *project,
                         const char *session_id,
                         const char *name,
                         const char *role)
{
  g_autoptr(GError) error = NULL;
  char *id = sf_project_add_participant (project, session_id, name, "Welzijn Leiden", role,
                                         &error);

  g_assert_no_error (error);
  g_assert_nonnull (id);
  return id;
}

char *
sf_test_add_statement (SfProject  *project,
                       const char *session_id,
                       const char *question_id,
                       const char *participant_id,
                       const char *text)
{
  g_autoptr(GError) error = NULL;
  char *id = sf_project_add_statement (project, session_id, question_id, participant_id, text,
                                       &error);

  g_assert_no_error (error);
  g_assert_nonnull (id);
  return id;
}

const char *
sf_test_session_question (SfProject *project,
                          guint      index)
{
  return sf_record_get_id (sf_test_item (sf_project_get_questions (project, 2), index));
}

void
sf_test_undo (SfProject *project)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_assert_true (sf_project_can_undo (project));
  ok = sf_project_undo (project, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
}

void
sf_test_redo (SfProject *project)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_assert_true (sf_project_can_redo (project));
  ok = sf_project_redo (project, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
}
