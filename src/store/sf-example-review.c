/* sf-example-review.c: the example's step 4, the partners' review of the outcomes (fictional)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a first review meeting of the example's five partners could have left: remarks on the
 * Startfoto and what was done with them, every precondition judged (per flat where it is about
 * the building, taking step 3's check where it has one), choices with the partners' vision,
 * what to take into account, a plan over the four quarters of 2027, decisions (some proposals
 * for the boards) and how everyone is told. Dutch, as the rest of the example.
 */
#include "config.h"

#include "sf-example-private.h"
#include "sf-project-communication.h"
#include "sf-project-considerations.h"
#include "sf-project-decisions.h"
#include "sf-project-figures.h"
#include "sf-project-preconditions.h"
#include "sf-project-remarks.h"
#include "sf-project-themes.h"

/* Partners by their index in the register (sf-example.c). */
enum { HOUSING, CARE, WELFARE, MUNICIPALITY, RESIDENTS, N_PARTNERS };

/* ---- the preconditions ------------------------------------------------------------------ */

/* STEP3: the status is step 3's suggestion, confirmed in the meeting with this basis. */
#define STEP3 SF_PRECONDITION_N_STATUSES
#define MET     SF_PRECONDITION_MET
#define PARTLY  SF_PRECONDITION_PARTLY
#define NOT_YET SF_PRECONDITION_NOT_YET

typedef struct
{
  SfPreconditionStatus status;
  const char          *basis;
} Judgement;

typedef struct
{
  const char *key;
  SfChoice    choice;
  const char *vision;
  Judgement   judged[2]; /* per flat (in the order of flats), or [0] for the whole project */
} Precondition;

static const Precondition preconditions[] = {
  { "s4p1", SF_CHOICE_DIFFER,
    "We beginnen in De Zilverreiger, een bestaand 55-pluscomplex. Het Kwikstaartje is een "
    "gemengde flat; daar kijken we eerst wat jongere bewoners voor hun oudere buren kunnen "
    "betekenen, in plaats van er een seniorencomplex van te maken.",
    { { MET, "55-pluscomplex sinds de bouw" },
      { PARTLY, "Gemengde flat: ouderen, starters en bewoners met begeleiding" } } },
  { "s4p2", SF_CHOICE_ADOPT, "",
    { { STEP3, "Alle woningen zijn sociale huur" },
      { STEP3, "Op vier vrije-sectorwoningen na sociale huur" } } },
  { "s4p3", SF_CHOICE_DIFFER,
    "Tachtig woningen is voor ons geen harde grens. Het Kwikstaartje (64 woningen) kan later "
    "aansluiten bij het team van De Zilverreiger: samen zijn het 160 woningen op vijf minuten "
    "lopen van elkaar.",
    { { STEP3, "96 woningen volgens de huurdersadministratie" },
      { STEP3, "64 woningen" } } },
  { "s4p4", SF_CHOICE_ADOPT,
    "Bewoners van het Kwikstaartje zijn welkom in de ontmoetingsruimte van De Zilverreiger.",
    { { STEP3, "Ontmoetingsruimte van ca. 60 m² met keukentje" },
      { STEP3, "Geen eigen ruimte" } } },
  { "s4p5", SF_CHOICE_ADOPT, "",
    { { STEP3, "Scootmobielen staan nu in de hal" },
      { NOT_YET, "Niet bekend in stap 3; volgens de huismeester is er geen stalling" } } },
  { "s4p6", SF_CHOICE_DIFFER,
    "Een supermarkt op 650 meter is te doen als er een boodschappenservice is. De afstand is "
    "voor ons geen reden om het Kwikstaartje af te laten vallen.",
    { { STEP3, "Bushalte op 150 m, supermarkt op 400 m" },
      { STEP3, "Supermarkt op 650 m" } } },
  { "s4p7", SF_CHOICE_ADOPT, "",
    { { PARTLY, "De liften zijn ruim, maar de entree heeft een drempel en een zware deur" },
      { PARTLY, "Geen lift naar de bergingen in de kelder" } } },
  { "s4p8", SF_CHOICE_ADOPT, "",
    { { MET, "Het dichtstbijzijnde verpleeghuis ligt op twee kilometer" },
      { MET, "Geen intramurale voorziening in de buurt" } } },
  { "s4p9", SF_CHOICE_ADOPT, "",
    { { PARTLY, "Liften aanwezig; de badkamers zijn nog niet aangepast" },
      { NOT_YET, "Drempels en smalle deuren; renovatie gepland voor 2029" } } },
  { "s4p10", SF_CHOICE_DIFFER,
    "Het Kwikstaartje heeft geen bewonerscommissie. Daar vragen we de bewoners in "
    "huiskamergesprekken per portiek wat zij willen, voordat we iets besluiten.",
    { { MET, "De activiteitencommissie zit aan tafel" },
      { NOT_YET, "Er is geen bewonerscommissie" } } },
  { "s4p11", SF_CHOICE_ADOPT,
    "Eerst van twee naar vier activiteiten per week, samen met de activiteitencommissie en "
    "open voor ouderen uit de wijk.",
    { { PARTLY, "Twee vaste activiteiten per week en een maandelijkse bingo" } } },
  { "s4p12", SF_CHOICE_DIFFER,
    "Zorggroep De Linde wordt het vaste aanspreekpunt in de flat, maar bewoners houden hun "
    "eigen zorgaanbieder. De Linde stemt af met de andere aanbieders.",
    { { PARTLY,
        "De Linde levert de meeste zorg; twee andere aanbieders komen ook in de flat" } } },
  { "s4p13", SF_CHOICE_ADOPT, "",
    { { MET, "Bewoners kiezen nu al zelf hun zorgaanbieder" } } },
  { "s4p14", SF_CHOICE_ADOPT, "",
    { { MET, "Wmo, Zvw en Wlz (vpt en mpt) worden al geleverd in de flat" } } },
  { "s4p15", SF_CHOICE_ADOPT,
    "Een vast team van vier gezichten: wijkverpleegkundige, huishoudelijke hulp, wijkwerker "
    "en huismeester.",
    { { NOT_YET, "Het team van de wijkverpleging wisselt vaak (interview De Linde)" } } },
  { "s4p16", SF_CHOICE_REJECT,
    "Een exclusief partnerschap past niet bij de Wmo-aanbesteding van de gemeente. We leggen "
    "de samenwerking vast in een convenant van alle partners.",
    { { NOT_YET, "Geen afspraken over exclusiviteit" } } },
  { "s4p17", SF_CHOICE_ADOPT,
    "Vanaf januari een maandelijks signaleringsoverleg van zorg, welzijn en de huismeester.",
    { { PARTLY, "Signalen van eenzaamheid komen laat binnen; er is nog geen vast overleg" } } },
  { "s4p18", SF_CHOICE_REJECT,
    "We leggen geen aantal vast. Bewoners bepalen samen met de wijkwerker welke activiteiten "
    "er nodig zijn.",
    { { NOT_YET, "Er zijn geen afspraken over aantallen" } } },
  { "s4p19", SF_CHOICE_DIFFER,
    "Geen aparte overeenkomst met alleen de woningcorporatie, maar één convenant van alle vijf "
    "partners.",
    { { NOT_YET, "Er is geen overeenkomst" } } },
  { "s4p20", SF_CHOICE_DIFFER,
    "De ouderenadviseur van Welzijn Voorbeeldstad krijgt deze rol, twee ochtenden per week in "
    "de flat.",
    { { NOT_YET, "Er zijn geen Langer Thuiscoaches in de wijk" } } },
};

static SfPrecondition *
find_precondition (SfProject  *project,
                   const char *key)
{
  GListModel *list = sf_project_get_preconditions (project);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SfPrecondition) precondition = g_list_model_get_item (list, i);

      if (g_strcmp0 (sf_precondition_get_method_key (precondition), key) == 0)
        return precondition; /* held by the list */
    }
  return NULL;
}

static gboolean
judge (SfProject       *project,
       SfPrecondition  *precondition,
       const char      *flat_id,
       const Judgement *judgement,
       GError         **error)
{
  SfPreconditionStatus status = judgement->status;

  if (status == STEP3)
    {
      SfPreconditionState state = { 0 };

      if (!sf_project_get_precondition_state (project, precondition, flat_id, &state, error))
        return FALSE;
      status = state.suggestion;
      sf_precondition_state_clear (&state);
    }
  return sf_project_judge_precondition (project, sf_record_get_id (SF_RECORD (precondition)),
                                        flat_id, status, judgement->basis, error);
}

static gboolean
write_preconditions (SfProject  *project,
                     GError    **error)
{
  GListModel *flats = sf_project_get_flats (project);

  for (guint i = 0; i < G_N_ELEMENTS (preconditions); i++)
    {
      const Precondition *p = &preconditions[i];
      SfPrecondition *precondition = find_precondition (project, p->key);

      g_return_val_if_fail (precondition != NULL, FALSE);
      if (!sf_precondition_is_per_flat (precondition))
        {
          if (!judge (project, precondition, NULL, &p->judged[0], error))
            return FALSE;
        }
      else
        for (guint f = 0; f < G_N_ELEMENTS (p->judged); f++)
          {
            g_autoptr(SfFlat) flat = g_list_model_get_item (flats, f);

            if (!judge (project, precondition, sf_record_get_id (SF_RECORD (flat)),
                        &p->judged[f], error))
              return FALSE;
          }
      if (!sf_project_choose_for_precondition (project,
                                               sf_record_get_id (SF_RECORD (precondition)),
                                               p->choice, p->vision, error))
        return FALSE;
    }
  return TRUE;
}

/* ---- the plan, and the remarks that led to it ------------------------------------------- */

typedef struct
{
  const char     *what;
  const char     *why;
  const char     *precondition; /* its key, or NULL */
  const char     *theme;        /* its name, or NULL */
  guint           responsible;
  int             others[4];    /* partners, -1 ending */
  const char     *due;
  SfActionStatus  status;
  gboolean        from_remark;  /* made from a remark (remarks[]), not added on its own */
} Action;

static const Action actions[] = {
  { "Procesbegeleider aanstellen die het project trekt",
    "Uit de bespreking: niemand heeft nu de rol van projectleider", NULL, NULL,
    MUNICIPALITY, { -1 }, "2027-01-31", SF_ACTION_DONE, TRUE },
  { "Maandelijks signaleringsoverleg starten",
    "Signalen van eenzaamheid komen nu laat binnen", "s4p17", "Samenwerking",
    WELFARE, { CARE, HOUSING, -1 }, "2027-Q1", SF_ACTION_UNDER_WAY, FALSE },
  { "Ontmoetingsruimte opknappen en samen met bewoners inrichten",
    "Een ruimte die echt van de bewoners is", "s4p4", "Ontmoeting",
    HOUSING, { RESIDENTS, WELFARE, -1 }, "2027-Q2", SF_ACTION_OPEN, FALSE },
  { "Vast team van vier gezichten samenstellen",
    "Bewoners missen vaste gezichten", "s4p15", NULL,
    CARE, { WELFARE, HOUSING, -1 }, "2027-Q2", SF_ACTION_OPEN, FALSE },
  { "Drempel en deur van de entree aanpassen",
    "De entree is met een rollator lastig", "s4p7", "Veiligheid",
    HOUSING, { -1 }, "2027-Q2", SF_ACTION_UNDER_WAY, FALSE },
  { "Scootmobielstalling met oplaadpunten ontwerpen",
    "Scootmobielen staan nu in de hal en blokkeren de vluchtweg", "s4p5", "Veiligheid",
    HOUSING, { MUNICIPALITY, -1 }, "2027-Q3", SF_ACTION_OPEN, FALSE },
  { "Activiteiten uitbreiden naar vier per week",
    "De koffieochtend trekt steeds dezelfde mensen", "s4p11", "Ontmoeting",
    WELFARE, { RESIDENTS, -1 }, "2027-Q3", SF_ACTION_OPEN, FALSE },
  { "Huiskamergesprekken per portiek in het Kwikstaartje",
    "Het Kwikstaartje heeft geen bewonerscommissie", "s4p10", NULL,
    WELFARE, { HOUSING, -1 }, "2027-Q4", SF_ACTION_OPEN, FALSE },
  { "Buurtbus naar de supermarkt onderzoeken",
    "De supermarkt ligt voor het Kwikstaartje op 650 m; vervallen sinds de supermarkt gratis "
    "bezorgt", "s4p6", NULL,
    MUNICIPALITY, { WELFARE, -1 }, "2027-Q2", SF_ACTION_DROPPED, FALSE },
  { "Convenant opstellen en laten tekenen door alle partners",
    "De samenwerking duurzaam vastleggen", "s4p19", "Samenwerking",
    MUNICIPALITY, { HOUSING, CARE, WELFARE, RESIDENTS }, "2027-Q4", SF_ACTION_OPEN, FALSE },
};

/* What a remark is on: a flat (by its index), a role of step 1 (by its key), or a figure of
 * step 3 (an indicator's key for a flat). */
typedef struct
{
  const char         *kind;
  const char         *ref;        /* a role's or an indicator's key; NULL for a flat */
  int                 flat;
  const char         *text;
  SfRemarkResolution  resolution;
  const char         *reason;     /* dismissed: why */
  int                 action;     /* turned into an action: its index in actions[] */
} Remark;

static const Remark remarks[] = {
  { "flat", NULL, 0, "Klopt niet: het adres is Voorbeeldlaan 1-99, niet 1-97",
    SF_REMARK_CORRECTED, NULL, -1 },
  { "role", "s1r1", -1, "Mist nog: een procesbegeleider die het project trekt",
    SF_REMARK_ACTION, NULL, 0 },
  { "role", "s1r7", -1, "Mist nog: betrokken bewoners die niet in de commissie zitten",
    SF_REMARK_DISMISSED,
    "De activiteitencommissie spreekt voor de bewoners; in het Kwikstaartje komen "
    "huiskamergesprekken", -1 },
  { "indicator_value", "s3q9", 0,
    "Mist nog: het sociaal wijkteam heeft zijn cijfers voor De Zilverreiger niet gestuurd",
    SF_REMARK_OPEN, NULL, -1 },
};

/* The ids of the partners, in the register's order. */
typedef struct
{
  char *ids[N_PARTNERS];
} Partners;

static void
partners_clear (Partners *partners)
{
  for (guint i = 0; i < N_PARTNERS; i++)
    g_free (partners->ids[i]);
}

static void
partners_read (SfProject *project,
               Partners  *partners)
{
  GListModel *list = sf_project_get_partners (project);

  for (guint i = 0; i < N_PARTNERS; i++)
    {
      g_autoptr(SfPartner) partner = g_list_model_get_item (list, i);

      partners->ids[i] = g_strdup (partner ? sf_record_get_id (SF_RECORD (partner)) : NULL);
    }
}

/* The action's other partners, and the fields to add it with (@theme_id owned by the caller). */
static void
action_fields (SfProject      *project,
               const Action   *a,
               const Partners *partners,
               SfActionFields *fields,
               char          **theme_id,
               const char    **others)
{
  SfPrecondition *precondition = a->precondition ? find_precondition (project, a->precondition)
                                                 : NULL;
  guint n = 0;

  *theme_id = a->theme ? sf_project_find_theme (project, a->theme) : NULL;
  *fields = (SfActionFields) {
    a->what, a->why, precondition ? sf_record_get_id (SF_RECORD (precondition)) : NULL,
    *theme_id, partners->ids[a->responsible], a->due, a->status,
  };
  for (guint i = 0; i < G_N_ELEMENTS (a->others) && a->others[i] >= 0; i++)
    others[n++] = partners->ids[a->others[i]];
  others[n] = NULL;
}

static gboolean
add_action (SfProject       *project,
            const Action    *a,
            const Partners  *partners,
            const char      *remark_id,
            GError         **error)
{
  SfActionFields fields;
  g_autofree char *theme_id = NULL;
  g_autofree char *id = NULL;
  const char *others[G_N_ELEMENTS (a->others) + 1];

  action_fields (project, a, partners, &fields, &theme_id, others);
  id = remark_id ? sf_project_remark_to_action (project, remark_id, &fields, error)
                 : sf_project_add_action (project, &fields, error);
  return id != NULL && sf_project_set_action_partners (project, id, others, error);
}

static char *
remark_ref (SfProject    *project,
            const Remark *r)
{
  g_autoptr(SfFlat) flat = r->flat >= 0 ? g_list_model_get_item (sf_project_get_flats (project),
                                                                 r->flat)
                                        : NULL;
  const char *flat_id = flat ? sf_record_get_id (SF_RECORD (flat)) : NULL;

  if (g_str_equal (r->kind, "flat"))
    return g_strdup (flat_id);
  if (g_str_equal (r->kind, "indicator_value"))
    {
      SfIndicator *indicator = sf_project_find_indicator_by_key (project, r->ref);
      SfIndicatorValue *value =
        indicator ? sf_project_find_indicator_value (project,
                                                     sf_record_get_id (SF_RECORD (indicator)),
                                                     flat_id)
                  : NULL;

      return value ? g_strdup (sf_record_get_id (SF_RECORD (value))) : NULL;
    }
  return g_strdup (r->ref);
}

static gboolean
write_remarks_and_plan (SfProject  *project,
                        GError    **error)
{
  Partners partners = { { NULL } };
  gboolean ok = TRUE;

  partners_read (project, &partners);
  for (guint i = 0; ok && i < G_N_ELEMENTS (remarks); i++)
    {
      const Remark *r = &remarks[i];
      g_autofree char *ref = remark_ref (project, r);
      g_autofree char *id = NULL;

      g_return_val_if_fail (ref != NULL, FALSE);
      id = sf_project_add_remark (project, r->kind, ref, r->text, FALSE, error);
      ok = id != NULL;
      if (ok && r->resolution == SF_REMARK_ACTION)
        ok = add_action (project, &actions[r->action], &partners, id, error);
      else if (ok && r->resolution != SF_REMARK_OPEN)
        ok = sf_project_resolve_remark (project, id, r->resolution, r->reason, error);
    }
  for (guint i = 0; ok && i < G_N_ELEMENTS (actions); i++)
    if (!actions[i].from_remark)
      ok = add_action (project, &actions[i], &partners, NULL, error);
  partners_clear (&partners);
  return ok;
}

/* ---- what to take into account, decisions, communication -------------------------------- */

typedef struct
{
  SfConsiderationKind  kind;
  const char          *note;
  int                  partner; /* -1: none */
  gboolean             confidential;
} Consideration;

static const Consideration considerations[] = {
  { SF_CONSIDERATION_INTERESTS,
    "De woningcorporatie wil de investering in de ontmoetingsruimte terugzien in minder "
    "verloop en minder meldingen.", HOUSING, FALSE },
  { SF_CONSIDERATION_TENDERS,
    "De Wmo-aanbesteding voor huishoudelijke hulp loopt tot eind 2027; daarna kan de "
    "zorgaanbieder veranderen.", MUNICIPALITY, FALSE },
  { SF_CONSIDERATION_PROJECTS,
    "De gemeente heeft al een aanpak tegen eenzaamheid in de Voorbeeldwijk: sluit daarop aan "
    "in plaats van ernaast.", MUNICIPALITY, FALSE },
  { SF_CONSIDERATION_WORKLOAD,
    "Het wijkverpleegteam heeft vacatures; extra overleg moet binnen de bestaande uren passen.",
    CARE, FALSE },
  { SF_CONSIDERATION_DECISION_MAKING,
    "De raad van bestuur van Zorggroep De Linde beslist pas in juni over deelname.", CARE,
    FALSE },
  { SF_CONSIDERATION_OTHER,
    "Zorggroep De Linde reorganiseert in het voorjaar van 2027; het team in de wijk kan worden "
    "samengevoegd. Dit weten de medewerkers nog niet.", CARE, TRUE },
};

typedef struct
{
  const char       *date;
  const char       *text;
  const char       *reasoning;
  const char       *how;
  SfDecisionStatus  status;
  int               agreed[N_PARTNERS + 1]; /* -1 ending */
} Decision;

static const Decision decisions[] = {
  { "2026-11-18", "We beginnen in De Zilverreiger; het Kwikstaartje sluit in 2028 aan",
    "De Zilverreiger voldoet al aan de meeste randvoorwaarden",
    "In het partneroverleg, vastgelegd in het verslag; Zorggroep De Linde stemde later per "
    "e-mail in", SF_DECISION_TAKEN,
    { HOUSING, CARE, WELFARE, MUNICIPALITY, RESIDENTS, -1 } },
  { "2026-11-18", "Vanaf januari 2027 één signaleringsoverleg per maand",
    "Signalen van eenzaamheid eerder delen", "Door de uitvoerende partners in het overleg",
    SF_DECISION_TAKEN, { HOUSING, CARE, WELFARE, -1 } },
  { "2026-11-18", "Een convenant voor vier jaar tussen de vijf partners",
    "De samenwerking duurzaam vastleggen zonder exclusief partnerschap",
    "Voorstel aan de bestuurders in het bestuurdersoverleg", SF_DECISION_PROPOSED,
    { HOUSING, CARE, WELFARE, MUNICIPALITY, RESIDENTS, -1 } },
  { "2026-11-18", "De gemeente financiert in 2027 een procesbegeleider (0,4 fte)",
    "Niemand trekt het project nu; dat vraagt vaste uren",
    "Voorstel aan de wethouder via het bestuurdersoverleg", SF_DECISION_PROPOSED,
    { HOUSING, CARE, WELFARE, -1 } },
  { "", "De woningcorporatie investeert in de ontmoetingsruimte en de scootmobielstalling",
    "De twee grootste gemiste randvoorwaarden van De Zilverreiger",
    "Voorstel aan de directie van Woonstichting Voorbeeld", SF_DECISION_PROPOSED,
    { HOUSING, MUNICIPALITY, -1 } },
};

typedef struct
{
  SfAudience  audience;
  const char *message;
  const char *means;
  int         partner; /* -1: none */
  const char *due;
} Message;

static const Message messages[] = {
  { SF_AUDIENCE_BOARDS, "De uitkomsten van de Startfoto en de voorstellen",
    "Presentatie in het bestuurdersoverleg", MUNICIPALITY, "2027-01-20" },
  { SF_AUDIENCE_RESIDENTS, "Wat er komend jaar verandert in de flat",
    "Bewonersavond in de ontmoetingsruimte en een brief in de bus", RESIDENTS, "2027-Q1" },
  { SF_AUDIENCE_RESIDENTS, "Hoe het staat met de acties", "Nieuwsbrief per kwartaal", HOUSING,
    "2027-Q2" },
  { SF_AUDIENCE_PARTNERS, "De besluitenlijst en de actielijst",
    "E-mail na elk partneroverleg", WELFARE, "" },
  { SF_AUDIENCE_EXTERNAL, "Kennismaking met het vaste team",
    "Brief aan de huisartsen en de apotheek in de wijk", CARE, "2027-Q2" },
};

static gboolean
write_agreements (SfProject  *project,
                  GError    **error)
{
  Partners partners = { { NULL } };
  gboolean ok = TRUE;

  partners_read (project, &partners);
  for (guint i = 0; ok && i < G_N_ELEMENTS (considerations); i++)
    {
      const Consideration *c = &considerations[i];
      SfConsiderationFields fields = {
        c->kind, c->note, c->partner >= 0 ? partners.ids[c->partner] : NULL, c->confidential,
      };
      g_autofree char *id = sf_project_add_consideration (project, &fields, error);

      ok = id != NULL;
    }
  for (guint i = 0; ok && i < G_N_ELEMENTS (decisions); i++)
    {
      const Decision *d = &decisions[i];
      SfDecisionFields fields = { d->date, d->text, d->reasoning, d->how, d->status };
      const char *agreed[N_PARTNERS + 1] = { NULL };
      g_autofree char *id = sf_project_add_decision (project, &fields, error);

      for (guint k = 0; d->agreed[k] >= 0; k++)
        agreed[k] = partners.ids[d->agreed[k]];
      ok = id != NULL && sf_project_set_decision_partners (project, id, agreed, error);
    }
  for (guint i = 0; ok && i < G_N_ELEMENTS (messages); i++)
    {
      const Message *m = &messages[i];
      SfCommunicationFields fields = {
        m->audience, m->message, m->means, m->partner >= 0 ? partners.ids[m->partner] : NULL,
        m->due,
      };
      g_autofree char *id = sf_project_add_communication (project, &fields, error);

      ok = id != NULL;
    }
  partners_clear (&partners);
  return ok;
}

gboolean
sf_example_write_review (SfProject  *project,
                         GError    **error)
{
  return write_preconditions (project, error) &&
         write_remarks_and_plan (project, error) &&
         write_agreements (project, error);
}

/* ---- the stamp -------------------------------------------------------------------------- */

void
sf_example_review_stamp (GChecksum *sum)
{
  sf_example_stamp_add (sum, "review 1");
  for (guint i = 0; i < G_N_ELEMENTS (preconditions); i++)
    {
      const Precondition *p = &preconditions[i];
      g_autofree char *line = g_strdup_printf ("%s %d %d %d", p->key, p->choice,
                                               p->judged[0].status, p->judged[1].status);

      sf_example_stamp_add (sum, line);
      sf_example_stamp_add (sum, p->vision);
      sf_example_stamp_add (sum, p->judged[0].basis);
      sf_example_stamp_add (sum, p->judged[1].basis);
    }
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      const Action *a = &actions[i];
      g_autofree char *line = g_strdup_printf ("%u %d %d %d %d %d %d", a->responsible,
                                               a->others[0], a->others[1], a->others[2],
                                               a->others[3], a->status, a->from_remark);

      sf_example_stamp_add (sum, line);
      sf_example_stamp_add (sum, a->what);
      sf_example_stamp_add (sum, a->why);
      sf_example_stamp_add (sum, a->precondition);
      sf_example_stamp_add (sum, a->theme);
      sf_example_stamp_add (sum, a->due);
    }
  for (guint i = 0; i < G_N_ELEMENTS (remarks); i++)
    {
      g_autofree char *line = g_strdup_printf ("%s %d %d %d", remarks[i].kind, remarks[i].flat,
                                               remarks[i].resolution, remarks[i].action);

      sf_example_stamp_add (sum, line);
      sf_example_stamp_add (sum, remarks[i].ref);
      sf_example_stamp_add (sum, remarks[i].text);
      sf_example_stamp_add (sum, remarks[i].reason);
    }
  for (guint i = 0; i < G_N_ELEMENTS (considerations); i++)
    {
      g_autofree char *line = g_strdup_printf ("%d %d %d", considerations[i].kind,
                                               considerations[i].partner,
                                               considerations[i].confidential);

      sf_example_stamp_add (sum, line);
      sf_example_stamp_add (sum, considerations[i].note);
    }
  for (guint i = 0; i < G_N_ELEMENTS (decisions); i++)
    {
      const Decision *d = &decisions[i];
      g_autofree char *line = g_strdup_printf ("%d", d->status);

      sf_example_stamp_add (sum, line);
      for (guint k = 0; d->agreed[k] >= 0; k++)
        {
          g_autofree char *agreed = g_strdup_printf ("%d", d->agreed[k]);

          sf_example_stamp_add (sum, agreed);
        }
      sf_example_stamp_add (sum, d->date);
      sf_example_stamp_add (sum, d->text);
      sf_example_stamp_add (sum, d->reasoning);
      sf_example_stamp_add (sum, d->how);
    }
  for (guint i = 0; i < G_N_ELEMENTS (messages); i++)
    {
      g_autofree char *line = g_strdup_printf ("%d %d", messages[i].audience,
                                               messages[i].partner);

      sf_example_stamp_add (sum, line);
      sf_example_stamp_add (sum, messages[i].message);
      sf_example_stamp_add (sum, messages[i].means);
      sf_example_stamp_add (sum, messages[i].due);
    }
}
