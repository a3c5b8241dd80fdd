/* sf-test-ui-session.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-test-ui-session.h"
#include "sf-test-ui.h"

const char *const sf_test_statements[10] = {
  "Ik kom er elke week voor het koffie-uur.",
  "De lift is vaak kapot.",
  "Veel ouderen zitten alleen thuis #Eenzaamheid",
  "Bewoners kennen elkaar nauwelijks.",
  "Ik woon er al twintig jaar.",
  "Het trapportaal is een ontmoetingsplek.",
  "Mantelzorgers zijn overbelast.",
  "De huismeester is belangrijk.",
  "Er is weinig groen rond de flat.",
  "Jongeren en ouderen mengen niet.",
};

SfSession *
sf_test_session (void)
{
  GListModel *sessions = sf_project_get_sessions (sf_test_project ());
  g_autoptr(SfSession) session = g_list_model_get_item (sessions, 0);

  /* The project keeps the list and its items alive. */
  return session;
}

const char *
sf_test_session_id (void)
{
  SfSession *session = sf_test_session ();

  g_assert_nonnull (session);
  return sf_record_get_id (SF_RECORD (session));
}

const char *
sf_test_session_question_id (guint index)
{
  GListModel *questions = sf_project_get_questions (sf_test_project (), 2);
  g_autoptr(SfQuestion) question = g_list_model_get_item (questions, index);

  /* The project keeps the list and its items alive. */
  return sf_record_get_id (SF_RECORD (question));
}

SfParticipant *
sf_test_participant_at (guint index)
{
  GListModel *participants = sf_project_get_participants (sf_test_project (),
                                                          sf_test_session_id ());
  g_autoptr(SfParticipant) participant = g_list_model_get_item (participants, index);

  return participant;
}

SfLiveSession *
sf_test_live_session (void)
{
  GtkWidget *live = sf_test_find_toplevel (SF_TYPE_LIVE_SESSION);

  g_assert_nonnull (live);
  return SF_LIVE_SESSION (live);
}

void
sf_test_apply_row (const char *name,
                   const char *text)
{
  sf_test_set_text (name, text);
  g_signal_emit_by_name (sf_test_find (name), "apply");
  sf_test_iterate ();
}

void
sf_test_remove_sessions (void)
{
  GListModel *sessions = sf_project_get_sessions (sf_test_project ());

  while (g_list_model_get_n_items (sessions) > 0)
    {
      g_autoptr(SfSession) old = g_list_model_get_item (sessions, 0);

      g_assert_true (sf_project_remove_session (sf_test_project (),
                                                sf_record_get_id (SF_RECORD (old)), NULL));
      sf_test_iterate ();
    }
}
