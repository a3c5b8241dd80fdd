/* test-method.c: the method's content, its structure and its exact Dutch wording
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * /method/dutch needs the compiled Dutch catalogue: the environment variable
 * SF_TEST_LOCALEDIR names a directory holding nl/LC_MESSAGES/GETTEXT_PACKAGE.mo, and the
 * nl_NL.UTF-8 locale must be generated on the machine.
 */

#include "config.h"

#include <string.h>

#include <libintl.h>
#include <locale.h>

#include <glib.h>

#include "sf-method.h"

static const guint expected_n_questions[SF_METHOD_N_STEPS] = { 9, 6, 15, 13, 0 };

/* The Dutch wording of the handreiking "Van flat tot WelThuisflat" (Hogeschool Leiden),
 * which the Dutch translation must show exactly. Written out here on purpose, apart from
 * the translation, so that a mistake in the catalogue cannot also be a mistake in the test. */

typedef struct
{
  const char  *title;
  const char  *short_title;
  const char  *purpose;
  const char  *approach;
  const char  *result;
  const char  *roles_heading;
  const char  *roles[10];
  const char  *questions_heading;
  const char  *questions[16];
} ExpectedStep;

static const ExpectedStep dutch_steps[SF_METHOD_N_STEPS] = {
  {
    .title = "Interviews met alle relevante partners",
    .short_title = "Interviews",
    .purpose = "inzicht krijgen in elkaars perspectieven, mogelijkheden, wensen en beperkingen "
               "met betrekking tot de ontwikkeling van een Welthuisflat.",
    .approach = "partners interviewen elkaar en presenteren de uitkomsten tijdens een "
                "gezamenlijke bijeenkomst. Van elke partner wordt een beknopt overzicht gemaakt "
                "met de belangrijkste punten.",
    .result = NULL,
    .roles_heading = "Potentiële partners",
    .roles = {
      "projectleider/procesondersteuner",
      "manager(s) zorgorganisaties (inclusief huishoudelijke hulp)",
      "manager welzijnsorganisatie",
      "manager woningcorporatie",
      "beleidsadviseur gemeente",
      "vertegenwoordiger(s) van de activiteitencommissie",
      "eventuele initiatiefnemers/betrokken bewoners",
      NULL
    },
    .questions_heading = "Vragen voor de partners",
    .questions = {
      "Waarom doet jouw organisatie mee aan het ontwikkelen van een Welthuisflat?",
      "Wat is belangrijk voor jou(w) (organisatie)?",
      "Wat wil(len) je/jullie bereiken?",
      "Is al duidelijk welke flat(s) het wordt(en)?",
      "Wat doe je in de flat? Wat is er al?",
      "Wat gaat er goed en waar loop je tegenaan?",
      "Met wie werk je samen?",
      "Wat is er nodig om van de Welthuisflat een succes te maken?",
      "Heb je nog tips en adviezen?",
      NULL
    },
  },
  {
    .title = "Organiseren van een bijeenkomst met sleutelfiguren",
    .short_title = "Sleutelfiguren",
    .purpose = "inzicht krijgen in wat er speelt in de potentiële flat(s) en in wat nodig is om "
               "bewoners gelijkwaardig te betrekken bij de ontwikkeling van een Welthuisflat.",
    .approach = "organiseer een bijeenkomst met partners en sleutelfiguren en leg hun de vragen "
                "voor. Maak vervolgens een beknopt overzicht van de belangrijkste punten.",
    .result = NULL,
    .roles_heading = "Potentiële sleutelfiguren",
    .roles = {
      "wijkwerker",
      "ouderenadviseur",
      "medewerker sociaal wijkteam",
      "wijkverpleegkundige",
      "praktijkondersteuner huisarts (POH)",
      "woonconsulent",
      "wijkagent",
      "vertegenwoordiger(s) van de activiteitencommissie",
      "betrokken bewoners",
      NULL
    },
    .questions_heading = "Vragen voor de sleutelfiguren",
    .questions = {
      /* The handreiking's two versions of the first question (shown there as "... ? | ...")
       * are two lines, never a raw "|". */
      "Hoe vaak kom je in de flat en waarom?\n"
      "Hoelang woon je in de flat en/of ben je actief in de flat?",
      "Wat gaat goed en waar loop je tegenaan?",
      "Welke thema's er spelen in de flat?",
      "Hoe sta je ten opzichte van de ontwikkeling van een Welthuisflat?",
      "Heb je tips om de samenwerking met elkaar te versterken?",
      "Heb je tips om de samenredzaamheid tussen de bewoners te versterken?",
      NULL
    },
  },
  {
    .title = "Inventariseren relevante cijfers en feiten",
    .short_title = "Cijfers en feiten",
    .purpose = "relevante cijfers en feiten verzamelen, zoals het aantal flats en bewoners, het "
               "type bewoners (bijvoorbeeld ouderen of mensen met ggz-achtergrond), het "
               "zorggebruik in de flat(s), de inzet van welzijn en de aanwezigheid van "
               "bewonersactiviteiten.",
    .approach = "alle partners leveren informatie aan op basis van beschikbare bronnen. Niet "
                "alle cijfers en feiten zijn eenvoudig te achterhalen. Het mogen ook schattingen "
                "of gemiddelden zijn. Deze stap kan al bij de start van het proces worden "
                "ingezet, aangezien het verzamelen van informatie tijd kan kosten. Bundel "
                "vervolgens alle gegevens in een document.",
    .result = NULL,
    .roles_heading = NULL,
    .roles = { NULL },
    .questions_heading = "Cijfers",
    .questions = {
      "Hoeveel woningen en bewoners zijn er?",
      "Is er ook een activiteitenruimte in de flat(s)?",
      "Wat is de leeftijd van de bewoners?",
      "Wie wonen er in de flat? (alleen ouderen of gemengd)",
      "Hoeveel bewoners ontvangen huishoudelijke zorg in de flat?",
      "Hoeveel zorgorganisaties komen in de flat?",
      "Hoeveel bewoners ontvangen begeleiding in de flat?",
      "Hoeveel bewoners ontvangen WLZ-zorg?",
      "Hoeveel cliënten heeft het sociaal wijkteam in de flat?",
      "Hoeveel unieke vragen kreeg het sociaal wijkteam vanuit de flat?",
      "Hoeveel cliënten hebben de zorgorganisaties in de flat/wijk?",
      "Welke meldingen krijgt de woningcorporatie uit de flat(s)?",
      "Welke meldingen krijgt de politie uit de flat(s)?",
      "Welke activiteiten organiseert welzijn in de flat/wijk? Hoe worden die bezocht?",
      "Welke activiteiten organiseert de activiteitencommissie? Hoe worden die bezocht?",
      NULL
    },
  },
  {
    .title = "Bespreken van de uitkomsten",
    .short_title = "Uitkomsten bespreken",
    .purpose = "gezamenlijk inzicht krijgen in wat er al is en wat er nodig is om een "
               "Welthuisflat te realiseren. Vervolgens gaan partners met elkaar in gesprek over "
               "hoe zij de Welthuisflat lokaal willen ontwikkelen en welke stappen in het komend "
               "jaar nodig zijn om dit te bereiken.",
    .approach = "partners bespreken gezamenlijk de uitkomsten van de drie voorgaande stappen.",
    .result = "inzicht in de te nemen vervolgstappen, gebaseerd op de lokale situatie; bepalen "
              "welke stappen in het komend jaar gezet kunnen worden.",
    .roles_heading = NULL,
    .roles = { NULL },
    .questions_heading = "Vragen",
    .questions = {
      "Klopt de informatie voor de Startfoto? Mist er nog iets?",
      "Zijn alle partners in beeld? Zo nee, wie missen er nog?",
      "Aan welke randvoorwaarden (voor een Welthuisflat) wordt (al) voldaan? "
      "Vergelijk met opzet Thuisplusflat of Lang Leve Thuisflats",
      "Aan welke nog niet?",
      "Wat is onze visie op de randvoorwaarden? Nemen we alle randvoorwaarden over of willen "
      "we bepaalde punten anders invullen?",
      "Waar moeten we rekening mee houden? Denk aan belangen, aanbestedingen, lopende "
      "projecten, werkdruk, besluitvorming, enz.",
      "Wat zijn de te nemen stappen komend jaar?",
      "Wie doet wat en hoe?",
      "Hoe informeren we bestuurders, bewoners, partners, enz.?",
      "Wat hebben we nodig om duurzaam samen te werken? (een convenant o.i.d.?)",
      "Hoe wordt de input van partners, bewoners en sleutelfiguren meegenomen in de "
      "uiteindelijke besluiten?",
      "Hoe nemen we besluiten? Wie hakt de knopen door en hoe wordt dit vastgelegd?",
      "Hoe communiceren we over de Welthuisflat met bewoners en externe partijen?",
      NULL
    },
  },
  {
    .title = "Presenteren van de uitkomsten aan de bestuurders van de partners",
    .short_title = "Bestuurders",
    .purpose = "de inzichten en plannen delen met de bestuurders van de deelnemende partijen, "
               "draagvlak creëren voor het plan van aanpak en de plannen borgen binnen een "
               "breder kader.",
    .approach = "organiseer een bestuurdersoverleg met alle uitvoerende partners en hun "
                "bestuurder, inclusief de gemeente. Presenteer de uitkomsten van de verschillende "
                "stappen en de voorgenomen besluiten. Vraag de bestuurders om hun steun.",
    .result = NULL,
    .roles_heading = NULL,
    .roles = { NULL },
    .questions_heading = NULL,
    .questions = { NULL },
  },
};

static const char dutch_add_own_prompt[] = "Andere vragen? Voeg gerust toe!";

static guint
count_strings (const char * const *strings)
{
  guint n = 0;

  while (strings[n] != NULL)
    n++;

  return n;
}

static void
test_steps (void)
{
  g_assert_null (sf_method_get_step (0));
  g_assert_null (sf_method_get_step (SF_METHOD_N_STEPS + 1));
  g_assert_null (sf_method_get_step (G_MAXUINT));

  for (guint n = 1; n <= SF_METHOD_N_STEPS; n++)
    {
      const SfMethodStep *step = sf_method_get_step (n);

      g_assert_nonnull (step);
      g_assert_true (step == sf_method_get_step (n));
      g_assert_cmpuint (sf_method_step_get_number (step), ==, n);
      g_assert_cmpstr (sf_method_step_get_title (step), !=, "");
      g_assert_cmpstr (sf_method_step_get_short_title (step), !=, "");
      g_assert_cmpstr (sf_method_step_get_purpose (step), !=, "");
      g_assert_cmpstr (sf_method_step_get_approach (step), !=, "");
      g_assert_nonnull (sf_method_step_get_title (step));
      g_assert_nonnull (sf_method_step_get_short_title (step));
      g_assert_nonnull (sf_method_step_get_purpose (step));
      g_assert_nonnull (sf_method_step_get_approach (step));

      /* Only step 4 states a result; only steps 1 and 2 list roles; step 5 has no questions. */
      g_assert_true ((sf_method_step_get_result (step) != NULL) == (n == 4));
      g_assert_true ((sf_method_step_get_roles_heading (step) != NULL) == (n <= 2));
      g_assert_true ((sf_method_step_get_n_roles (step) > 0) == (n <= 2));
      g_assert_true ((sf_method_step_get_questions_heading (step) != NULL) == (n <= 4));
    }

  g_assert_cmpuint (sf_method_step_get_n_roles (sf_method_get_step (1)), ==, 7);
  g_assert_cmpuint (sf_method_step_get_n_roles (sf_method_get_step (2)), ==, 9);
  g_assert_cmpstr (sf_method_get_add_own_prompt (), !=, "");
}

/* Roles have stable keys ("s1r4") that project files keep; a role's words in English or in
 * the app's language, in any case and with stray space, find its key. */
static void
test_role_keys (void)
{
  const SfMethodStep *step = sf_method_get_step (1);

  for (guint n = 1; n <= 2; n++)
    for (guint i = 0; i < sf_method_step_get_n_roles (sf_method_get_step (n)); i++)
      {
        g_autofree char *key = g_strdup_printf ("s%ur%u", n, i + 1);

        g_assert_cmpstr (sf_method_step_get_role_key (sf_method_get_step (n), i), ==, key);
      }
  g_assert_cmpstr (sf_method_step_find_role (step, "manager of the housing corporation"), ==,
                   "s1r4");
  g_assert_cmpstr (sf_method_step_find_role (step, "  Manager of the Housing Corporation "),
                   ==, "s1r4");
  g_assert_cmpstr (sf_method_step_find_role (step, sf_method_step_get_role (step, 0)), ==,
                   "s1r1");
  g_assert_null (sf_method_step_find_role (step, "wijkagent"));
  g_assert_null (sf_method_step_find_role (step, ""));
  g_assert_null (sf_method_step_find_role (step, NULL));
  /* Step 2's roles are not step 1's. */
  g_assert_null (sf_method_step_find_role (step, "district nurse"));
}

static void
test_questions (void)
{
  g_autoptr(GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);
  guint total = 0;

  for (guint n = 1; n <= SF_METHOD_N_STEPS; n++)
    {
      const SfMethodStep *step = sf_method_get_step (n);
      guint n_questions = sf_method_step_get_n_questions (step);

      g_assert_cmpuint (n_questions, ==, expected_n_questions[n - 1]);

      for (guint i = 0; i < n_questions; i++)
        {
          const char *key = sf_method_step_get_question_key (step, i);
          g_autofree char *expected_key = g_strdup_printf ("s%uq%u", n, i + 1);
          const char *text = sf_method_step_get_question_text (step, i);
          guint found_step = 0;
          guint found_index = G_MAXUINT;

          /* The keys are stored in users' files: they must stay exactly these. */
          g_assert_cmpstr (key, ==, expected_key);
          g_assert_true (g_hash_table_add (keys, (gpointer) key));
          g_assert_nonnull (text);
          g_assert_cmpstr (text, !=, "");

          g_assert_cmpstr (sf_method_lookup_question (key, &found_step, &found_index), ==, text);
          g_assert_cmpuint (found_step, ==, n);
          g_assert_cmpuint (found_index, ==, i);
          g_assert_cmpstr (sf_method_lookup_question (key, NULL, NULL), ==, text);
          total++;
        }
    }

  g_assert_cmpuint (total, ==, 9 + 6 + 15 + 13);
  g_assert_cmpuint (g_hash_table_size (keys), ==, total);
}

static void
test_lookup_unknown (void)
{
  guint step_number = 42;
  guint index = 42;

  g_assert_null (sf_method_lookup_question ("s1q0", &step_number, &index));
  g_assert_null (sf_method_lookup_question ("s1q10", &step_number, &index));
  g_assert_null (sf_method_lookup_question ("s5q1", &step_number, &index));
  g_assert_null (sf_method_lookup_question ("S1Q1", &step_number, &index));
  g_assert_null (sf_method_lookup_question ("", &step_number, &index));
  g_assert_null (sf_method_lookup_question ("s1q1 ", NULL, NULL));
  g_assert_cmpuint (step_number, ==, 42);
  g_assert_cmpuint (index, ==, 42);
}

/* The method's preconditions: each from a concept, keyed for good, those about the building
 * judged per flat, and exactly step 3's five checks linked, once each. */
static void
test_preconditions (void)
{
  g_autoptr(GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) requirements = g_hash_table_new (g_str_hash, g_str_equal);
  SfConcepts all = 0;

  g_assert_cmpuint (sf_method_get_n_preconditions (), ==, 20);
  g_assert_cmpuint (sf_method_get_n_precondition_groups (), ==, 2);
  g_assert_cmpstr (sf_method_get_precondition_group_key (0), ==, "complex");
  for (guint i = 0; i < sf_method_get_n_preconditions (); i++)
    {
      const SfMethodPrecondition *precondition = sf_method_get_precondition (i);
      const char *key = sf_method_precondition_get_key (precondition);
      const char *requirement = sf_method_precondition_get_requirement (precondition);

      g_assert_true (g_str_has_prefix (key, "s4p"));
      g_assert_true (g_hash_table_add (keys, (gpointer) key));
      g_assert_true (sf_method_lookup_precondition (key) == precondition);
      g_assert_cmpuint (strlen (sf_method_precondition_get_text (precondition)), >, 5);
      g_assert_cmpint (sf_method_precondition_is_per_flat (precondition), ==,
                       g_str_equal (sf_method_precondition_get_group (precondition), "complex"));
      g_assert_cmpuint (sf_method_precondition_get_concepts (precondition), !=, 0);
      all |= sf_method_precondition_get_concepts (precondition);
      if (requirement != NULL)
        {
          g_assert_true (sf_method_precondition_is_per_flat (precondition));
          g_assert_true (g_hash_table_add (requirements, (gpointer) requirement));
        }
    }
  g_assert_cmpuint (all, ==, SF_CONCEPT_THUISPLUSFLAT | SF_CONCEPT_LANG_LEVEN);
  g_assert_cmpuint (g_hash_table_size (requirements), ==, 5);
  g_assert_null (sf_method_lookup_precondition ("s4p0"));
  g_assert_null (sf_method_lookup_precondition (NULL));
  g_assert_cmpstr (sf_concept_get_name (SF_CONCEPT_LANG_LEVEN), ==, "Lang Leven Thuisflat");
}

static void
assert_dutch_preconditions (void)
{
  const SfMethodPrecondition *dwellings = sf_method_lookup_precondition ("s4p3");

  g_assert_cmpstr (sf_method_get_preconditions_heading (), ==, "Randvoorwaarden");
  g_assert_cmpstr (sf_method_get_precondition_group_title (0), ==, "Het complex");
  g_assert_cmpstr (sf_method_get_precondition_group_title (1), ==, "Het aanbod");
  g_assert_cmpstr (sf_method_precondition_get_text (dwellings), ==,
                   "Minimaal 80 woningen (appartementen)");
  g_assert_cmpstr (sf_method_precondition_get_requirement (dwellings), ==, "min_dwellings");
  g_assert_cmpstr (sf_method_precondition_get_text (sf_method_lookup_precondition ("s4p15")), ==,
                   "Eén vast, herkenbaar Thuisplusflat-team voor zorg, ondersteuning, welzijn "
                   "en wonen");
  g_assert_cmpuint (sf_method_precondition_get_concepts (sf_method_lookup_precondition ("s4p13")),
                    ==, SF_CONCEPT_LANG_LEVEN);
}

static void
assert_dutch_step (const SfMethodStep *step, const ExpectedStep *expected)
{
  guint n_roles = count_strings (expected->roles);
  guint n_questions = count_strings (expected->questions);

  g_assert_cmpstr (sf_method_step_get_title (step), ==, expected->title);
  g_assert_cmpstr (sf_method_step_get_short_title (step), ==, expected->short_title);
  g_assert_cmpstr (sf_method_step_get_purpose (step), ==, expected->purpose);
  g_assert_cmpstr (sf_method_step_get_approach (step), ==, expected->approach);
  g_assert_cmpstr (sf_method_step_get_result (step), ==, expected->result);
  g_assert_cmpstr (sf_method_step_get_roles_heading (step), ==, expected->roles_heading);
  g_assert_cmpstr (sf_method_step_get_questions_heading (step), ==,
                   expected->questions_heading);

  g_assert_cmpuint (sf_method_step_get_n_roles (step), ==, n_roles);
  for (guint i = 0; i < n_roles; i++)
    g_assert_cmpstr (sf_method_step_get_role (step, i), ==, expected->roles[i]);

  g_assert_cmpuint (sf_method_step_get_n_questions (step), ==, n_questions);
  for (guint i = 0; i < n_questions; i++)
    {
      const char *key = sf_method_step_get_question_key (step, i);

      g_assert_cmpstr (sf_method_step_get_question_text (step, i), ==, expected->questions[i]);
      g_assert_cmpstr (sf_method_lookup_question (key, NULL, NULL), ==, expected->questions[i]);
    }
}

static void
test_dutch (void)
{
  const char *localedir = g_getenv ("SF_TEST_LOCALEDIR");

  if (localedir == NULL || *localedir == '\0')
    {
      g_test_fail_printf ("SF_TEST_LOCALEDIR must name the directory that holds "
                          "nl/LC_MESSAGES/%s.mo", GETTEXT_PACKAGE);
      return;
    }

  g_assert_nonnull (bindtextdomain (GETTEXT_PACKAGE, localedir));
  g_assert_nonnull (bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8"));
  g_setenv ("LANGUAGE", "nl", TRUE);
  if (setlocale (LC_ALL, "nl_NL.UTF-8") == NULL)
    {
      g_test_fail_printf ("The nl_NL.UTF-8 locale must be generated to test the Dutch texts "
                          "(Debian: enable it in /etc/locale.gen and run locale-gen)");
      return;
    }

  for (guint n = 1; n <= SF_METHOD_N_STEPS; n++)
    {
      g_test_message ("Step %u", n);
      assert_dutch_step (sf_method_get_step (n), &dutch_steps[n - 1]);
    }

  g_assert_cmpstr (sf_method_get_add_own_prompt (), ==, dutch_add_own_prompt);
  assert_dutch_preconditions ();
  /* Roles typed in Dutch find their key, and English ones still do. */
  g_assert_cmpstr (sf_method_step_find_role (sf_method_get_step (1), "Manager woningcorporatie"),
                   ==, "s1r4");
  g_assert_cmpstr (sf_method_step_find_role (sf_method_get_step (1),
                                             "manager of the housing corporation"), ==, "s1r4");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/method/steps", test_steps);
  g_test_add_func ("/method/questions", test_questions);
  g_test_add_func ("/method/role-keys", test_role_keys);
  g_test_add_func ("/method/lookup-unknown", test_lookup_unknown);
  g_test_add_func ("/method/preconditions", test_preconditions);
  /* Last: it switches the process to Dutch. */
  g_test_add_func ("/method/dutch", test_dutch);

  return g_test_run ();
}
