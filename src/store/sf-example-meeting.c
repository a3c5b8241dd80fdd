/* sf-example-meeting.c: the example's review meeting (step 4), held, with its notes (fictional)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Who came, the short notes taken per question of the agenda (one confidential), and what the
 * partners agreed on working together. Dutch, as the rest of the example.
 */
#include "config.h"

#include "sf-example-private.h"
#include "sf-project-review.h"

#define MEETING_DATE  "2026-11-18"
#define MEETING_PLACE "Ontmoetingsruimte De Zilverreiger"
/* The welfare organisation's contact person (sf-example.c): no project leader yet. */
#define MEETING_CHAIR "Noor El Amrani"

/* By the partners' order in the register: the care organisation sent its apologies. */
static const SfAttendance attendance[] = {
  SF_ATTENDANCE_PRESENT, SF_ATTENDANCE_ABSENT, SF_ATTENDANCE_PRESENT, SF_ATTENDANCE_PRESENT,
  SF_ATTENDANCE_PRESENT,
};

typedef struct
{
  guint       question; /* index among step 4's questions */
  const char *text;
  gboolean    confidential;
} Note;

static const Note notes[] = {
  { 0, "Adres van De Zilverreiger gecorrigeerd: Voorbeeldlaan 1-99.", FALSE },
  { 0, "De cijfers van het sociaal wijkteam ontbreken nog.", FALSE },
  { 1, "Er is geen procesbegeleider; de gemeente zoekt iemand.", FALSE },
  { 1, "De huisartsen in de wijk zijn nog niet betrokken.", FALSE },
  { 2, "De Zilverreiger voldoet aan de meeste eisen voor het gebouw.", FALSE },
  { 3, "Een scootmobielstalling en een vast team ontbreken nog.", FALSE },
  { 4, "Geen exclusief partnerschap, wel een convenant van alle partners.", FALSE },
  { 4, "Tachtig woningen is geen harde grens: het Kwikstaartje kan later aansluiten.", FALSE },
  { 5, "De Wmo-aanbesteding voor huishoudelijke hulp loopt eind 2027 af.", FALSE },
  { 5, "De Linde verwacht een reorganisatie van het wijkteam; niet naar buiten brengen.",
    TRUE },
  { 6, "Tien acties, verdeeld over de vier kwartalen van 2027.", FALSE },
  { 7, "Elke actie heeft één trekker; de procesbegeleider bewaakt de planning.", FALSE },
  { 8, "Bestuurdersoverleg in januari, bewonersavond in februari.", FALSE },
  { 9, "Een convenant voor vier jaar.", FALSE },
  { 10, "Bewoners denken mee via de activiteitencommissie en huiskamergesprekken.", FALSE },
  { 11, "Het partneroverleg besluit; voorstellen met geld gaan naar de bestuurders.", FALSE },
  { 12, "Een nieuwsbrief per kwartaal voor bewoners en partners.", FALSE },
};

static const SfReviewArrangements arrangements = {
  "Het partneroverleg besluit over de uitvoering; voorstellen die geld of mensen kosten, gaan "
  "naar de bestuurders. De procesbegeleider legt elk besluit binnen een week vast in de "
  "besluitenlijst.",
  "Bewoners denken mee via de activiteitencommissie en, in het Kwikstaartje, via "
  "huiskamergesprekken per portiek. Wat de sleutelfiguren zeiden, komt terug op de agenda van "
  "elk partneroverleg.",
  SF_ARRANGEMENT_COVENANT,
  "Een convenant voor vier jaar, ter ondertekening voorgelegd aan de bestuurders (stap 5).",
};

static gboolean
write_attendance (SfProject  *project,
                  GError    **error)
{
  GListModel *partners = sf_project_get_partners (project);

  for (guint i = 0; i < G_N_ELEMENTS (attendance); i++)
    {
      g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);

      g_return_val_if_fail (partner != NULL, FALSE);
      if (!sf_project_set_review_attendance (project, sf_record_get_id (SF_RECORD (partner)),
                                             attendance[i], error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_notes (SfProject  *project,
             GError    **error)
{
  GListModel *questions = sf_project_get_questions (project, 4);

  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      g_autoptr(SfQuestion) question = g_list_model_get_item (questions, notes[i].question);
      g_autofree char *id = NULL;

      g_return_val_if_fail (question != NULL, FALSE);
      id = sf_project_add_review_note (project, sf_record_get_id (SF_RECORD (question)),
                                       notes[i].text, error);
      if (id == NULL ||
          (notes[i].confidential &&
           !sf_project_set_review_note_confidential (project, id, TRUE, error)))
        return FALSE;
    }
  return TRUE;
}

gboolean
sf_example_write_meeting (SfProject  *project,
                          GError    **error)
{
  SfReviewMeetingFields details = { MEETING_DATE, MEETING_PLACE, MEETING_CHAIR };

  return sf_project_set_review_meeting (project, &details, error) &&
         write_attendance (project, error) &&
         write_notes (project, error) &&
         sf_project_set_review_arrangements (project, &arrangements, error) &&
         sf_project_set_review_held (project, TRUE, error);
}

void
sf_example_meeting_stamp (GChecksum *sum)
{
  g_autofree char *line = g_strdup_printf ("meeting 1 %d", arrangements.arrangement);

  sf_example_stamp_add (sum, line);
  sf_example_stamp_add (sum, MEETING_DATE MEETING_PLACE MEETING_CHAIR);
  for (guint i = 0; i < G_N_ELEMENTS (attendance); i++)
    {
      g_autofree char *who = g_strdup_printf ("%d", attendance[i]);

      sf_example_stamp_add (sum, who);
    }
  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      g_autofree char *where = g_strdup_printf ("%u %d", notes[i].question,
                                                notes[i].confidential);

      sf_example_stamp_add (sum, where);
      sf_example_stamp_add (sum, notes[i].text);
    }
  sf_example_stamp_add (sum, arrangements.decision_making);
  sf_example_stamp_add (sum, arrangements.input);
  sf_example_stamp_add (sum, arrangements.arrangement_note);
}
