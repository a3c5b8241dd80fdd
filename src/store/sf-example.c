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
#include "sf-example-private.h"
#include "sf-project-interviews.h"
#include "sf-project-figures.h"
#include "sf-method.h"
#include "sf-project-private.h"
#include "sf-project.h"
#include "sf-project-key-figures.h"
#include "sf-project-themes.h"

static const SfFlatFields flats[] = {
  { "De Zilverreiger (fictief)", "Voorbeeldlaan 1-99, Leiden", "Woonstichting Voorbeeld", 96 },
  { "Het Kwikstaartje (fictief)", "Proefstraat 2-128, Leiden", "Woonstichting Voorbeeld", 64 },
};

/* Each partner has one of the method's roles, named by its key: the example shows it in the
 * app's language, as the method's questions are. */
static const SfPartnerFields partners[] = {
  { "Woonstichting Voorbeeld", "housing", "s1r4", "Fatma Yılmaz",
    "Eigenaar van beide flats; wil de ontmoetingsruimte opknappen." },
  { "Zorggroep De Linde (fictief)", "care", "s1r2", "Jan de Vries",
    "Levert wijkverpleging en huishoudelijke hulp in De Zilverreiger." },
  { "Welzijn Voorbeeldstad", "welfare", "s1r3", "Noor El Amrani",
    "Wijkwerker is twee ochtenden per week in de flat." },
  { "Gemeente (voorbeeld)", "municipality", "s1r5", "Pieter Bakker",
    "Wmo-beleid; vraagt naar de businesscase." },
  { "Activiteitencommissie De Zilverreiger", "residents", "s1r6", "Mevr. Ans Koster",
    "Organiseert de koffieochtend op dinsdag." },
};

static const char *
method_role (const char *key)
{
  const SfMethodStep *step = sf_method_get_step (1);

  for (guint i = 0; i < sf_method_step_get_n_roles (step); i++)
    if (g_str_equal (sf_method_step_get_role_key (step, i), key))
      return sf_method_step_get_role (step, i);
  g_return_val_if_reached (NULL);
}

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

/* The statements (indexes in statements[]) each key point came from, -1 ending the list. */
static const int session_key_point_sources[][3] = {
  { 3, 6, -1 },
  { 7, -1 },
};
G_STATIC_ASSERT (G_N_ELEMENTS (session_key_point_sources) ==
                 G_N_ELEMENTS (session_key_points) - 1);

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
  char *statement_ids[G_N_ELEMENTS (statements)] = { NULL };
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
      statement_ids[i] = g_steal_pointer (&id);
    }
  for (guint i = 0; ok && session_key_points[i] != NULL; i++)
    {
      g_autofree char *id = sf_project_add_session_key_point (project, session,
                                                              session_key_points[i], error);
      g_autofree char *theme = NULL;

      const char *sources[3] = { NULL };

      for (guint k = 0; session_key_point_sources[i][k] >= 0; k++)
        sources[k] = statement_ids[session_key_point_sources[i][k]];
      ok = id != NULL && (theme = sf_project_tag_key_point_by_name (
                            project, id, i == 0 ? "Eenzaamheid" : "Samenwerking", error)) &&
           sf_project_set_key_point_statements (project, id, sources, error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (participants); i++)
    g_free (participant_ids[i]);
  for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
    g_free (statement_ids[i]);
  return ok;
}

/* ---- step 3: the inventory -------------------------------------------------------------- */

#define A_EXACT    SF_ACCURACY_EXACT
#define A_ESTIMATE SF_ACCURACY_ESTIMATE
#define A_AVERAGE  SF_ACCURACY_AVERAGE
#define NUMBER(n)  TRUE, (n), NULL /* no JSON */
#define NO_NUMBER  FALSE, 0

/* The example's own indicator, as a municipality would add it (seen in the method's fact
 * sheets). */
#define OWN_INDICATOR      "Huismeester in de flat"
#define OWN_INDICATOR_UNIT "uur per week"

typedef struct
{
  const char   *key;        /* the method's key, or NULL: OWN_INDICATOR */
  int           flat;       /* index in flats[], -1: the whole neighbourhood */
  gboolean      has_number;
  double        number;
  const char   *json;
  const char   *text;
  SfAccuracy    accuracy;
  const char   *source;
  const char   *period;
  const char   *note;
  SfValueStatus status;
} Value;

static const Value values[] = {
  /* De Zilverreiger: nearly complete; the social district team's figures are outstanding. */
  { "s3q1a", 0, NUMBER (96), NULL, A_EXACT, "Woonstichting Voorbeeld, huurdersadministratie",
    "peildatum 1 januari 2026", "", SF_VALUE_CHECKED },
  { "s3q1b", 0, NUMBER (118), NULL, A_EXACT, "Woonstichting Voorbeeld, huurdersadministratie",
    "peildatum 1 januari 2026", "", SF_VALUE_CHECKED },
  { "s3q2", 0, NUMBER (1), "Ontmoetingsruimte op de begane grond (ca. 60 m²) met keukentje",
    A_EXACT, "Woonstichting Voorbeeld, plattegrond", "", "", SF_VALUE_CHECKED },
  { "s3q3", 0, NO_NUMBER,
    "{\"bands\": {\"<55\": 6, \"55-64\": 14, \"65-74\": 38, \"75-84\": 41, \"85+\": 19}, "
    "\"average\": 76}", "", A_EXACT, "Woonstichting Voorbeeld, huurdersadministratie",
    "peildatum 1 januari 2026", "", SF_VALUE_CHECKED },
  { "s3q4", 0, NUMBER (SF_CATEGORY_OLDER_ONLY), "55-pluscomplex; nieuwe huurders met voorrang "
    "als zij 65 jaar of ouder zijn", A_EXACT, "Woonstichting Voorbeeld, toewijzingsbeleid", "",
    "", SF_VALUE_RECEIVED },
  { "s3q5", 0, NUMBER (31), NULL, A_ESTIMATE, "Zorggroep De Linde, schatting teamleider",
    "september 2026", "Alleen de eigen cliënten; andere aanbieders niet meegeteld.",
    SF_VALUE_RECEIVED },
  { "s3q6", 0, NUMBER (4), NULL, A_EXACT, "Zorggroep De Linde, navraag bij de huismeester",
    "september 2026", "", SF_VALUE_RECEIVED },
  { "s3q7", 0, NUMBER (9), NULL, A_EXACT, "Gemeente (voorbeeld), Wmo-registratie",
    "peildatum 1 juli 2026", "", SF_VALUE_CHECKED },
  { "s3q8", 0, NUMBER (6), NULL, A_AVERAGE, "Zorggroep De Linde, cliëntregistratie",
    "gemiddelde over 2025", "Wlz-zorg thuis (vpt en mpt).", SF_VALUE_RECEIVED },
  { "s3q9", 0, NO_NUMBER, NULL, NULL, A_EXACT, "", "", "", SF_VALUE_ASKED },
  { "s3q11a", 0, NUMBER (42), NULL, A_ESTIMATE, "Zorggroep De Linde, schatting teamleider",
    "september 2026", "", SF_VALUE_RECEIVED },
  { "s3q11b", 0, NUMBER (24), NULL, A_EXACT, "Zorggroep De Linde, cliëntregistratie",
    "peildatum 1 september 2026", "", SF_VALUE_CHECKED },
  { "s3q12", 0, NO_NUMBER,
    "[{\"kind\": \"Reparatieverzoek\", \"count\": 48}, {\"kind\": \"Overlast\", \"count\": 6}, "
    "{\"kind\": \"Zorgen om een bewoner\", \"count\": 5}]", "", A_EXACT,
    "Woonstichting Voorbeeld, meldingensysteem", "2025", "", SF_VALUE_RECEIVED },
  { "s3q13", 0, NO_NUMBER,
    "[{\"kind\": \"Inbraak in bergingen\", \"count\": 4}, {\"kind\": \"Burenruzie\", "
    "\"count\": 2}]", "", A_EXACT, "Politie (voorbeeld), wijkagent", "2025", "",
    SF_VALUE_RECEIVED },
  { "s3q14", 0, NO_NUMBER,
    "[{\"name\": \"Koffieochtend\", \"organiser\": \"Welzijn Voorbeeldstad\", "
    "\"frequency\": \"wekelijks, dinsdag\", \"attendance\": 18}, "
    "{\"name\": \"Bewegen voor ouderen\", \"organiser\": \"Welzijn Voorbeeldstad\", "
    "\"frequency\": \"wekelijks, donderdag\", \"attendance\": 11}]", "", A_AVERAGE,
    "Welzijn Voorbeeldstad, presentielijsten", "gemiddelde januari tot en met juni 2026", "",
    SF_VALUE_CHECKED },
  { "s3q15", 0, NO_NUMBER,
    "[{\"name\": \"Bingo\", \"organiser\": \"Activiteitencommissie De Zilverreiger\", "
    "\"frequency\": \"maandelijks\", \"attendance\": 26}, "
    "{\"name\": \"Samen eten\", \"organiser\": \"Activiteitencommissie De Zilverreiger\", "
    "\"frequency\": \"eens per maand\", \"attendance\": 22}]", "", A_ESTIMATE,
    "Activiteitencommissie De Zilverreiger", "2026", "", SF_VALUE_RECEIVED },
  { "req_social_rent", 0, NUMBER (1), "Alle woningen zijn sociale huur", A_EXACT,
    "Woonstichting Voorbeeld", "", "", SF_VALUE_CHECKED },
  { "req_near_transport_shop", 0, NUMBER (1),
    "Bushalte op 150 m, supermarkt op 400 m", A_EXACT, "Woonstichting Voorbeeld", "", "",
    SF_VALUE_RECEIVED },
  { "req_scooter_storage", 0, NUMBER (0),
    "Scootmobielen staan nu in de hal; er is geen stalling met oplaadpunten", A_EXACT,
    "Woonstichting Voorbeeld, huismeester", "", "", SF_VALUE_RECEIVED },
  { NULL, 0, NUMBER (12), NULL, A_EXACT, "Woonstichting Voorbeeld", "2026",
    "Drie ochtenden per week.", SF_VALUE_CHECKED },

  /* Het Kwikstaartje: a mixed flat with more gaps. */
  { "s3q1a", 1, NUMBER (64), NULL, A_EXACT, "Woonstichting Voorbeeld, huurdersadministratie",
    "peildatum 1 januari 2026", "", SF_VALUE_CHECKED },
  { "s3q1b", 1, NUMBER (81), NULL, A_ESTIMATE,
    "Woonstichting Voorbeeld, schatting op basis van huishoudens", "januari 2026", "",
    SF_VALUE_RECEIVED },
  { "s3q2", 1, NUMBER (0), "Geen eigen ruimte; bewoners gaan naar de buurtkamer om de hoek",
    A_EXACT, "Woonstichting Voorbeeld", "", "", SF_VALUE_RECEIVED },
  { "s3q3", 1, NO_NUMBER, "{\"average\": 63}", "", A_AVERAGE,
    "Woonstichting Voorbeeld, huurdersadministratie", "peildatum 1 januari 2026",
    "Alleen de gemiddelde leeftijd is bekend.", SF_VALUE_RECEIVED },
  { "s3q4", 1, NUMBER (SF_CATEGORY_MIXED), "Ouderen, jonge starters en enkele "
    "bewoners met begeleiding vanuit de ggz", A_EXACT, "Woonstichting Voorbeeld", "", "",
    SF_VALUE_RECEIVED },
  { "s3q5", 1, NUMBER (12), NULL, A_EXACT, "Zorggroep De Linde, cliëntregistratie",
    "september 2026", "", SF_VALUE_RECEIVED },
  { "s3q6", 1, NUMBER (2), NULL, A_EXACT, "Zorggroep De Linde", "september 2026", "",
    SF_VALUE_RECEIVED },
  { "s3q7", 1, NUMBER (8), NULL, A_EXACT, "Gemeente (voorbeeld), Wmo-registratie",
    "peildatum 1 juli 2026", "", SF_VALUE_CHECKED },
  { "s3q8", 1, NO_NUMBER, NULL, NULL, A_EXACT, "", "", "", SF_VALUE_ASKED },
  { "s3q9", 1, NUMBER (6), NULL, A_EXACT, "Gemeente (voorbeeld), sociaal wijkteam",
    "eerste helft 2026", "", SF_VALUE_RECEIVED },
  { "s3q11b", 1, NUMBER (9), NULL, A_ESTIMATE, "Zorggroep De Linde, schatting wijkverpleging",
    "september 2026", "", SF_VALUE_RECEIVED },
  { "s3q12", 1, NO_NUMBER,
    "[{\"kind\": \"Reparatieverzoek\", \"count\": 31}, {\"kind\": \"Overlast\", \"count\": 9}, "
    "{\"kind\": \"Vervuiling\", \"count\": 3}]", "", A_EXACT,
    "Woonstichting Voorbeeld, meldingensysteem", "2025", "", SF_VALUE_RECEIVED },
  { "s3q14", 1, NO_NUMBER,
    "[{\"name\": \"Spreekuur ouderenadviseur\", \"organiser\": \"Welzijn Voorbeeldstad\", "
    "\"frequency\": \"om de week\", \"attendance\": 5}]", "", A_AVERAGE,
    "Welzijn Voorbeeldstad, presentielijsten", "gemiddelde januari tot en met juni 2026", "",
    SF_VALUE_RECEIVED },
  { "req_social_rent", 1, NUMBER (1), "Op vier vrije-sectorwoningen na sociale huur", A_EXACT,
    "Woonstichting Voorbeeld", "", "", SF_VALUE_CHECKED },
  { "req_near_transport_shop", 1, NUMBER (0),
    "Tramhalte op 300 m, maar de supermarkt ligt op 650 m", A_EXACT,
    "Gemeente (voorbeeld), kaart", "", "", SF_VALUE_RECEIVED },
  { NULL, 1, NUMBER (4), NULL, A_ESTIMATE, "Woonstichting Voorbeeld", "2026", "",
    SF_VALUE_RECEIVED },

  /* The whole neighbourhood: what the care organisation counts only per district. */
  { "s3q11a", -1, NUMBER (310), NULL, A_ESTIMATE, "Zorggroep De Linde, schatting regiomanager",
    "2025", "Cliënten in de hele Voorbeeldwijk.", SF_VALUE_RECEIVED },
};

typedef struct
{
  const char *key;     /* NULL: OWN_INDICATOR */
  guint       partner; /* index in partners[] */
} Assigned;

static const Assigned assigned[] = {
  { "s3q1a", 0 }, { "s3q1b", 0 }, { "s3q3", 0 }, { "s3q12", 0 }, { "req_scooter_storage", 0 },
  { "s3q5", 1 }, { "s3q8", 1 }, { "s3q11a", 1 }, { "s3q11b", 1 },
  { "s3q14", 2 },
  { "s3q7", 3 }, { "s3q9", 3 }, { "s3q10", 3 },
  { "s3q15", 4 }, { NULL, 0 },
};

static gboolean
write_inventory (SfProject  *project,
                 GError    **error)
{
  GListModel *flat_list = sf_project_get_flats (project);
  GListModel *partner_list = sf_project_get_partners (project);
  g_autofree char *own = sf_project_add_indicator (project, OWN_INDICATOR, SF_INDICATOR_COUNT,
                                                   OWN_INDICATOR_UNIT, error);

  if (own == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      const Value *v = &values[i];
      SfIndicator *indicator = v->key ? sf_project_find_indicator_by_key (project, v->key)
                                      : sf_project_find_indicator (project, own);
      g_autoptr(SfFlat) flat = v->flat >= 0 ? g_list_model_get_item (flat_list, v->flat) : NULL;
      const char *flat_id = flat ? sf_record_get_id (SF_RECORD (flat)) : NULL;
      const char *indicator_id;
      SfIndicatorValueFields fields = {
        v->has_number, v->number, v->text, v->json, v->accuracy, v->source, v->period, v->note,
        v->status,
      };

      g_return_val_if_fail (indicator != NULL, FALSE);
      indicator_id = sf_record_get_id (SF_RECORD (indicator));
      if (!v->has_number && v->json == NULL
          ? !sf_project_set_indicator_status (project, indicator_id, flat_id, v->status, error)
          : !sf_project_set_indicator_value (project, indicator_id, flat_id, &fields, error))
        return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (assigned); i++)
    {
      SfIndicator *indicator = assigned[i].key
                               ? sf_project_find_indicator_by_key (project, assigned[i].key)
                               : sf_project_find_indicator (project, own);
      g_autoptr(SfPartner) partner = g_list_model_get_item (partner_list, assigned[i].partner);

      g_return_val_if_fail (indicator != NULL && partner != NULL, FALSE);
      if (!sf_project_assign_indicator (project, sf_record_get_id (SF_RECORD (indicator)),
                                        sf_record_get_id (SF_RECORD (partner)), error))
        return FALSE;
    }
  return TRUE;
}

void
sf_example_stamp_add (GChecksum  *sum,
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
      g_autofree char *dwellings = g_strdup_printf ("%d", flats[i].dwellings);

      sf_example_stamp_add (sum, flats[i].name);
      sf_example_stamp_add (sum, flats[i].address);
      sf_example_stamp_add (sum, dwellings);
    }
  for (guint i = 0; i < G_N_ELEMENTS (partners); i++)
    {
      sf_example_stamp_add (sum, partners[i].organisation);
      sf_example_stamp_add (sum, partners[i].contact);
      sf_example_stamp_add (sum, partners[i].notes);
    }
  for (guint i = 0; i < G_N_ELEMENTS (interviews); i++)
    {
      for (guint q = 0; q < G_N_ELEMENTS (interviews[i].answers); q++)
        sf_example_stamp_add (sum, interviews[i].answers[q]);
      for (guint k = 0; k < G_N_ELEMENTS (interviews[i].key_points); k++)
        {
          sf_example_stamp_add (sum, interviews[i].key_points[k]);
          sf_example_stamp_add (sum, interviews[i].themes[k]);
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (participants); i++)
    {
      sf_example_stamp_add (sum, participants[i].name);
      sf_example_stamp_add (sum, participants[i].note);
    }
  for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
    {
      sf_example_stamp_add (sum, statements[i].text);
      sf_example_stamp_add (sum, statements[i].theme);
    }
  for (guint i = 0; session_key_points[i] != NULL; i++)
    {
      sf_example_stamp_add (sum, session_key_points[i]);
      for (guint k = 0; session_key_point_sources[i][k] >= 0; k++)
        {
          g_autofree char *source = g_strdup_printf ("%d", session_key_point_sources[i][k]);

          sf_example_stamp_add (sum, source);
        }
    }
  /* The inventory's numbers count in by their printed form. */
  sf_example_stamp_add (sum, "inventory 1");
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      const Value *v = &values[i];
      g_autofree char *line = g_strdup_printf ("%s %d %g %d %d", v->key ? v->key : OWN_INDICATOR,
                                               v->flat, v->number, v->accuracy, v->status);

      sf_example_stamp_add (sum, line);
      sf_example_stamp_add (sum, v->json);
      sf_example_stamp_add (sum, v->text);
      sf_example_stamp_add (sum, v->source);
      sf_example_stamp_add (sum, v->period);
      sf_example_stamp_add (sum, v->note);
    }
  for (guint i = 0; i < G_N_ELEMENTS (assigned); i++)
    {
      const Assigned *a = &assigned[i];
      g_autofree char *line = g_strdup_printf ("%s %u", a->key ? a->key : OWN_INDICATOR,
                                               a->partner);

      sf_example_stamp_add (sum, line);
    }
  sf_example_review_stamp (sum);
  sf_example_meeting_stamp (sum);
  sf_example_board_stamp (sum);
  sf_example_slides_stamp (sum);
  sf_example_mbc_stamp (sum);
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
      SfPartnerFields fields = partners[i];
      g_autofree char *id = NULL;

      fields.role = method_role (partners[i].role);
      id = sf_project_add_partner (project, &fields, error);

      if (id == NULL)
        return FALSE;
    }
  question = sf_project_add_question (project, 1,
                                      "Welke rol zien jullie voor mantelzorgers en vrijwilligers?",
                                      error);
  return question != NULL &&
         write_interviews (project, error) &&
         write_session (project, error) &&
         write_inventory (project, error) &&
         sf_example_write_meeting (project, error) &&
         sf_example_write_review (project, error) &&
         sf_example_write_board (project, error) &&
         sf_example_write_slides (project, error) &&
         sf_example_write_mbc (project, error);
}
