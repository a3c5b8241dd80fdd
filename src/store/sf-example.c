/* sf-example.c: the bundled example project, clearly fictional
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built through the same store API a user's actions go through, so it always matches the
 * current schema. Its people, organisations and flat are made up; the texts are Dutch because
 * the method and its users are.
 */
#include "config.h"

#include "sf-example.h"
#include "sf-interviews.h"
#include "sf-project.h"
#include "sf-sessions.h"
#include "sf-themes.h"

static const SfFlatFields flats[] = {
  { "De Zilverreiger (fictief)", "Voorbeeldlaan 1-99, Leiden", "Woonstichting Voorbeeld", 96 },
  { "Het Kwikstaartje (fictief)", "Proefstraat 2, Leiden", "Woonstichting Voorbeeld", -1 },
};

static const SfPartnerFields partners[] = {
  { "Woonstichting Voorbeeld", "housing", "manager woningcorporatie", "Fatma Yılmaz",
    "Eigenaar van beide flats; wil de ontmoetingsruimte opknappen." },
  { "Zorggroep De Linde (fictief)", "care",
    "manager(s) zorgorganisaties (inclusief huishoudelijke hulp)", "Jan de Vries",
    "Levert wijkverpleging en huishoudelijke hulp in De Zilverreiger." },
  { "Welzijn Voorbeeldstad", "welfare", "manager welzijnsorganisatie", "Noor El Amrani",
    "Wijkwerker is twee ochtenden per week in de flat." },
  { "Gemeente (voorbeeld)", "municipality", "beleidsadviseur gemeente", "Pieter Bakker",
    "Wmo-beleid; vraagt naar de businesscase." },
  { "Activiteitencommissie De Zilverreiger", "residents",
    "vertegenwoordiger(s) van de activiteitencommissie", "Mevr. Ans Koster",
    "Organiseert de koffieochtend op dinsdag." },
};

/* ---- step 1: interviews and key points ------------------------------------------------ */

typedef struct
{
  guint       partner;     /* index in partners[] */
  guint       interviewer; /* the contact person of this partner interviews */
  const char *date;
  const char *place;
  SfInterviewStatus status;
  const char *answers[9];  /* per standard question of step 1, NULL: not answered */
  const char *key_points[3];
  const char *themes[3];   /* one per key point */
} Interview;

static const Interview interviews[] = {
  { 0, 2, "2026-09-08", "Kantoor Woonstichting Voorbeeld", SF_INTERVIEW_WORKED_OUT,
    { "We willen dat onze oudere huurders langer prettig thuis kunnen blijven wonen.",
      "Betaalbare, veilige woningen en tevreden huurders.",
      "Een levendige flat waar bewoners elkaar kennen en helpen.",
      "De Zilverreiger ligt het meest voor de hand; het Kwikstaartje misschien later.",
      "Een huismeester is drie ochtenden per week in de flat.",
      "Meldingen over eenzaamheid komen laat bij ons binnen.",
      "Met de wijkverpleging en Welzijn Voorbeeldstad.",
      "Een ontmoetingsruimte die echt van de bewoners is.",
      NULL },
    { "Ontmoetingsruimte opknappen en samen met bewoners inrichten",
      "Signalen van eenzaamheid eerder delen met zorg en welzijn",
      NULL },
    { "Ontmoeting", "Eenzaamheid", NULL } },
  { 1, 0, "2026-09-15", "Buurtkamer De Zilverreiger", SF_INTERVIEW_HELD,
    { "Onze cliënten willen zo lang mogelijk zelfstandig blijven.",
      "Goede zorg dicht bij huis, zonder lange reistijden voor het team.",
      NULL, NULL,
      "Wijkverpleging en huishoudelijke hulp bij ongeveer dertig bewoners.",
      "Het team wisselt vaak; bewoners missen vaste gezichten.",
      NULL, NULL, NULL },
    { NULL }, { NULL } },
  { 2, 3, "2026-10-02", "", SF_INTERVIEW_PLANNED, { NULL }, { NULL }, { NULL } },
};

static const char *
find_person (SfProject  *project,
             const char *name)
{
  GListModel *people = sf_project_get_people (project);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(SfPerson) person = g_list_model_get_item (people, i);

      if (g_strcmp0 (sf_person_get_name (person), name) == 0)
        return sf_record_get_id (SF_RECORD (person));
    }
  return NULL;
}

static gboolean
write_interviews (SfProject  *project,
                  GError    **error)
{
  GListModel *partner_list = sf_project_get_partners (project);
  GListModel *questions = sf_project_get_questions (project, 1);

  for (guint i = 0; i < G_N_ELEMENTS (interviews); i++)
    {
      const Interview *iv = &interviews[i];
      g_autoptr(SfPartner) partner = g_list_model_get_item (partner_list, iv->partner);
      const char *partner_id = sf_record_get_id (SF_RECORD (partner));
      const char *interviewer = find_person (project, partners[iv->interviewer].contact);
      g_autofree char *id = sf_project_plan_interview (project, partner_id, interviewer,
                                                       iv->date, iv->place, error);
      g_autoptr(GPtrArray) answer_ids = g_ptr_array_new_with_free_func (g_free);

      if (id == NULL || !sf_project_set_interview_status (project, id, iv->status, error))
        return FALSE;
      for (guint q = 0; q < G_N_ELEMENTS (iv->answers); q++)
        {
          g_autoptr(SfQuestion) question = g_list_model_get_item (questions, q);
          SfAnswer *answer;

          if (iv->answers[q] == NULL || question == NULL)
            continue;
          if (!sf_project_set_answer (project, id, sf_record_get_id (SF_RECORD (question)),
                                      iv->answers[q], error))
            return FALSE;
          answer = sf_project_find_answer (project, id, sf_record_get_id (SF_RECORD (question)));
          if (answer != NULL) /* owned by the project's list */
            g_ptr_array_add (answer_ids, g_strdup (sf_record_get_id (SF_RECORD (answer))));
        }
      g_ptr_array_add (answer_ids, NULL);
      for (guint k = 0; iv->key_points[k] != NULL; k++)
        {
          g_autofree char *point = sf_project_add_key_point (project, partner_id,
                                                             iv->key_points[k], error);
          g_autofree char *theme = NULL;
          /* Each point comes from the answer to question 6 (what goes well, what not). */
          const char *sources[] = { g_ptr_array_index (answer_ids, MIN (5, answer_ids->len - 2)),
                                    NULL };

          if (point == NULL ||
              (theme = sf_project_tag_key_point_by_name (project, point, iv->themes[k],
                                                         error)) == NULL ||
              !sf_project_set_key_point_sources (project, point, sources, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* ---- step 2: the session with key figures ----------------------------------------------- */

typedef struct
{
  const char *name;
  const char *organisation;
  const char *role;
  SfStance    stance;
  const char *note;
} Participant;

static const Participant participants[] = {
  { "Sanne Visser", "Zorggroep De Linde (fictief)", "wijkverpleegkundige", SF_STANCE_POSITIVE,
    "Ziet kansen voor een vast team." },
  { "Kees Jansen", "Welzijn Voorbeeldstad", "ouderenadviseur", SF_STANCE_POSITIVE, "" },
  { "Erik de Boer", "Politie (voorbeeld)", "wijkagent", SF_STANCE_HESITANT,
    "Vraagt zich af wie het aanspreekpunt wordt." },
  { "Mevr. Ans Koster", "Activiteitencommissie De Zilverreiger", "betrokken bewoners",
    SF_STANCE_POSITIVE, "" },
};

typedef struct
{
  guint       question;    /* index among step 2's questions */
  int         participant; /* index in participants[], -1: anonymous */
  const char *text;
  const char *theme;
  gboolean    confidential;
} Statement;

static const Statement statements[] = {
  { 0, 0, "Twee keer per week, voor wondzorg en medicatie.", NULL, FALSE },
  { 0, 3, "Ik woon hier al negentien jaar en zit in de activiteitencommissie.", NULL, FALSE },
  { 1, 1, "De koffieochtend op dinsdag loopt goed, maar trekt steeds dezelfde mensen.",
    "Ontmoeting", FALSE },
  { 1, 0, "Bewoners voelen zich eenzaam als hun partner is overleden.", "Eenzaamheid", FALSE },
  { 1, 2, "In de bergingen wordt 's avonds ingebroken.", "Veiligheid", FALSE },
  { 1, 3, "Mevrouw op de vierde verdieping komt de deur niet meer uit.", "Eenzaamheid", TRUE },
  { 2, -1, "Eenzaamheid, veiligheid en de toegankelijkheid van de entree.", "Veiligheid",
    FALSE },
  { 4, 1, "Eén signaleringsoverleg per maand met zorg, welzijn en de huismeester.",
    "Samenwerking", FALSE },
  { 5, 3, "Een burenhulp-lijst bij de ingang, per verdieping.", "Ontmoeting", FALSE },
};

static const char * const session_key_points[] = {
  "Eenzaamheid is het thema dat iedereen noemt",
  "Maandelijks signaleringsoverleg opzetten",
  NULL
};

static gboolean
write_session (SfProject  *project,
               GError    **error)
{
  GListModel *questions = sf_project_get_questions (project, 2);
  const char *facilitator = find_person (project, partners[3].contact);
  g_autofree char *session = sf_project_add_session (project, "2026-10-14",
                                                     "Buurtkamer De Zilverreiger", facilitator,
                                                     error);
  char *participant_ids[G_N_ELEMENTS (participants)] = { NULL };
  gboolean ok = session != NULL && sf_project_set_session_held (project, session, TRUE, error);

  for (guint i = 0; ok && i < G_N_ELEMENTS (participants); i++)
    {
      const Participant *p = &participants[i];
      const char *known = find_person (project, p->name);

      participant_ids[i] = known
        ? sf_project_add_participant_person (project, session, known, p->role, error)
        : sf_project_add_participant (project, session, p->name, p->organisation, p->role,
                                      error);
      ok = participant_ids[i] != NULL &&
           sf_project_set_participant_attended (project, participant_ids[i], TRUE, error) &&
           sf_project_set_participant_stance (project, participant_ids[i], p->stance, p->note,
                                              error);
    }
  for (guint i = 0; ok && i < G_N_ELEMENTS (statements); i++)
    {
      const Statement *st = &statements[i];
      g_autoptr(SfQuestion) question = g_list_model_get_item (questions, st->question);
      g_autofree char *id = sf_project_add_statement (
        project, session, sf_record_get_id (SF_RECORD (question)),
        st->participant >= 0 ? participant_ids[st->participant] : NULL, st->text, error);
      g_autofree char *theme = NULL;

      ok = id != NULL &&
           (st->theme == NULL ||
            (theme = sf_project_tag_statement_by_name (project, id, st->theme, error))) &&
           (!st->confidential || sf_project_set_statement_confidential (project, id, TRUE,
                                                                          error));
    }
  for (guint i = 0; ok && session_key_points[i] != NULL; i++)
    {
      g_autofree char *id = sf_project_add_session_key_point (project, session,
                                                              session_key_points[i], error);
      g_autofree char *theme = NULL;

      ok = id != NULL && (theme = sf_project_tag_key_point_by_name (
                            project, id, i == 0 ? "Eenzaamheid" : "Samenwerking", error));
    }
  for (guint i = 0; i < G_N_ELEMENTS (participants); i++)
    g_free (participant_ids[i]);
  return ok;
}

static void
add (GChecksum  *sum,
     const char *text)
{
  if (text != NULL)
    g_checksum_update (sum, (const guchar *) text, -1);
  g_checksum_update (sum, (const guchar *) "|", 1);
}

/* Changes whenever the example's content does, so that a cached copy of an older example is
 * not used (see sf-library.c). */
char *
sf_example_stamp (void)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA1);

  for (guint i = 0; i < G_N_ELEMENTS (flats); i++)
    {
      add (sum, flats[i].name);
      add (sum, flats[i].address);
    }
  for (guint i = 0; i < G_N_ELEMENTS (partners); i++)
    {
      add (sum, partners[i].organisation);
      add (sum, partners[i].contact);
      add (sum, partners[i].notes);
    }
  for (guint i = 0; i < G_N_ELEMENTS (interviews); i++)
    {
      for (guint q = 0; q < G_N_ELEMENTS (interviews[i].answers); q++)
        add (sum, interviews[i].answers[q]);
      for (guint k = 0; k < G_N_ELEMENTS (interviews[i].key_points); k++)
        {
          add (sum, interviews[i].key_points[k]);
          add (sum, interviews[i].themes[k]);
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (participants); i++)
    {
      add (sum, participants[i].name);
      add (sum, participants[i].note);
    }
  for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
    {
      add (sum, statements[i].text);
      add (sum, statements[i].theme);
    }
  for (guint i = 0; session_key_points[i] != NULL; i++)
    add (sum, session_key_points[i]);
  return g_strndup (g_checksum_get_string (sum), 12);
}

gboolean
sf_example_write (const char  *path,
                  GError     **error)
{
  SfProjectFields details = {
    "Voorbeeldproject De Zilverreiger", "Leiden", "Voorbeeldwijk (fictief)",
    SF_DEFAULT_CONCEPT_NAME,
  };
  g_autoptr(SfProject) project = sf_project_create (path, &details, error);
  g_autofree char *question = NULL;

  if (project == NULL)
    return FALSE;
  /* Written to a temporary file that is renamed into place when complete: a crash leaves
   * no half example behind, so there is no need to wait for the disk after each step. */
  if (!sf_db_exec (sf_project_get_db (project), "PRAGMA synchronous = OFF", error))
    return FALSE;
  if (!sf_project_set_example (project, TRUE, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (flats); i++)
    {
      g_autofree char *id = sf_project_add_flat (project, &flats[i], error);

      if (id == NULL)
        return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (partners); i++)
    {
      g_autofree char *id = sf_project_add_partner (project, &partners[i], error);

      if (id == NULL)
        return FALSE;
    }
  question = sf_project_add_question (project, 1,
                                      "Welke rol zien jullie voor mantelzorgers en vrijwilligers?",
                                      error);
  return question != NULL &&
         write_interviews (project, error) &&
         write_session (project, error) &&
         sf_project_set_step_status (project, 1, SF_STEP_IN_PROGRESS, error) &&
         sf_project_set_step_status (project, 2, SF_STEP_DONE, error) &&
         sf_project_set_step_status (project, 3, SF_STEP_IN_PROGRESS, error);
}
