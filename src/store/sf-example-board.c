/* sf-example-board.c: the example's board meeting and each board's support (step 5, fictional)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Four partners have a board (the residents' committee has none); their answers to step 4's
 * three proposals, one on conditions and one not decided yet. Dutch, as the rest of the
 * example.
 */
#include "config.h"

#include "sf-example-private.h"
#include "sf-project-board.h"
#include "sf-project-decisions.h"

#define BOARD_DATE     "2027-01-20"
#define BOARD_PLACE    "Stadskantoor Voorbeeldstad, kamer 3.12"
#define BOARD_QUESTION "Wij vragen u de drie voorgestelde besluiten te steunen en aan te geven " \
                       "wat uw organisatie bijdraagt: mensen, geld of een plek."

/* By the partners' order in the register. */
enum { HOUSING, CARE, WELFARE, MUNICIPALITY };

typedef struct
{
  guint        partner;
  const char  *name;
  const char  *function;
  SfAttendance attendance;
} Member;

static const Member members[] = {
  { HOUSING, "Marleen Dekker", "directeur-bestuurder", SF_ATTENDANCE_PRESENT },
  { CARE, "Henk Smit", "voorzitter raad van bestuur", SF_ATTENDANCE_ABSENT },
  { WELFARE, "Ingrid Visser", "directeur", SF_ATTENDANCE_PRESENT },
  { MUNICIPALITY, "Rob Mulder", "wethouder Wonen en Zorg", SF_ATTENDANCE_PRESENT },
  { MUNICIPALITY, "Sanne de Boer", "beleidsadviseur Wmo", SF_ATTENDANCE_PRESENT },
};

typedef struct
{
  guint                partner;
  guint                proposal; /* index among step 4's proposals, in the list's order */
  SfBoardSupportFields answer;
} Answer;

static const Answer answers[] = {
  { HOUSING, 0, { SF_BOARD_STANCE_SUPPORTS, "", "", "Besluit directie", "2027-01-20" } },
  { CARE, 0, { SF_BOARD_STANCE_SUPPORTS, "", "", "", "2027-01-20" } },
  { WELFARE, 0, { SF_BOARD_STANCE_SUPPORTS, "", "", "", "2027-01-20" } },
  { MUNICIPALITY, 0, { SF_BOARD_STANCE_SUPPORTS, "", "", "collegebesluit d.d. 26 januari 2027",
                       "2027-01-26" } },
  { HOUSING, 1, { SF_BOARD_STANCE_SUPPORTS, "", "", "", "2027-01-20" } },
  { CARE, 1, { SF_BOARD_STANCE_UNDECIDED, "", "", "De raad van bestuur beslist in maart", "" } },
  { WELFARE, 1, { SF_BOARD_STANCE_SUPPORTS, "",
                  "Wijkwerker twee ochtenden per week in de flat", "", "2027-01-20" } },
  { MUNICIPALITY, 1, { SF_BOARD_STANCE_CONDITIONAL,
                       "Alleen als de partners samen nog 0,2 fte procesbegeleiding dragen",
                       "€ 30.000 voor de procesbegeleider in 2027",
                       "collegebesluit d.d. 26 januari 2027", "2027-01-26" } },
  { HOUSING, 2, { SF_BOARD_STANCE_SUPPORTS, "",
                  "De ontmoetingsruimte opgeknapt en huurvrij; € 60.000 voor de stalling",
                  "Besluit directie", "2027-01-20" } },
  { CARE, 2, { SF_BOARD_STANCE_SUPPORTS, "", "", "", "2027-01-20" } },
  { WELFARE, 2, { SF_BOARD_STANCE_SUPPORTS, "", "", "", "2027-01-20" } },
  { MUNICIPALITY, 2, { SF_BOARD_STANCE_SUPPORTS, "", "", "", "2027-01-26" } },
};

static const SfBoardFormKind forms[] = {
  SF_BOARD_FORM_AGREEMENT, SF_BOARD_FORM_NONE, SF_BOARD_FORM_STATEMENT, SF_BOARD_FORM_INTENT,
};

static const char *
partner_id (SfProject *project,
            guint      index)
{
  g_autoptr(SfPartner) partner = g_list_model_get_item (sf_project_get_partners (project),
                                                        index);

  g_return_val_if_fail (partner != NULL, NULL);
  return sf_record_get_id (SF_RECORD (partner)); /* the list keeps it */
}

static const char *
proposal_id (SfProject *project,
             guint      index)
{
  GListModel *decisions = sf_project_get_decisions (project);

  for (guint i = 0; i < g_list_model_get_n_items (decisions); i++)
    {
      g_autoptr(SfDecision) decision = g_list_model_get_item (decisions, i);

      if (sf_decision_get_status (decision) == SF_DECISION_PROPOSED && index-- == 0)
        return sf_record_get_id (SF_RECORD (decision)); /* the list keeps it */
    }
  g_return_val_if_reached (NULL);
}

gboolean
sf_example_write_board (SfProject  *project,
                        GError    **error)
{
  SfBoardMeetingFields details = { BOARD_DATE, BOARD_PLACE, BOARD_QUESTION };

  if (!sf_project_set_board_meeting (project, &details, error) ||
      !sf_project_set_board_held (project, TRUE, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      g_autofree char *id = sf_project_add_board_member (project,
                                                         partner_id (project,
                                                                     members[i].partner),
                                                         members[i].name, members[i].function,
                                                         error);

      if (id == NULL ||
          !sf_project_set_board_attendance (project, id, members[i].attendance, error))
        return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    if (!sf_project_set_board_support (project, partner_id (project, answers[i].partner),
                                       proposal_id (project, answers[i].proposal),
                                       &answers[i].answer, error))
      return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    if (!sf_project_set_board_form (project, partner_id (project, i), forms[i], error))
      return FALSE;
  return TRUE;
}

void
sf_example_board_stamp (GChecksum *sum)
{
  sf_example_stamp_add (sum, BOARD_DATE BOARD_PLACE BOARD_QUESTION);
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      g_autofree char *line = g_strdup_printf ("board %u %d", members[i].partner,
                                               members[i].attendance);

      sf_example_stamp_add (sum, line);
      sf_example_stamp_add (sum, members[i].name);
      sf_example_stamp_add (sum, members[i].function);
    }
  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    {
      const SfBoardSupportFields *a = &answers[i].answer;
      g_autofree char *line = g_strdup_printf ("support %u %u %d", answers[i].partner,
                                               answers[i].proposal, a->stance);

      sf_example_stamp_add (sum, line);
      sf_example_stamp_add (sum, a->conditions);
      sf_example_stamp_add (sum, a->commitment);
      sf_example_stamp_add (sum, a->mandate);
      sf_example_stamp_add (sum, a->date);
    }
  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autofree char *line = g_strdup_printf ("form %d", forms[i]);

      sf_example_stamp_add (sum, line);
    }
}
