/* sf-bench-project.c: generated projects for the benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each issue grows this generator with its own data, so that "opening the large project"
 * keeps meaning a project as large as a busy one could get.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "sf-bench-project.h"
#include "sf-project-interviews.h"
#include "sf-project-figures.h"
#include "sf-project-private.h"
#include "sf-project.h"
#include "sf-project-key-figures.h"
#include "sf-project-themes.h"
#include "sf-project-communication.h"
#include "sf-project-considerations.h"
#include "sf-project-decisions.h"
#include "sf-project-preconditions.h"
#include "sf-project-remarks.h"
#include "sf-project-review.h"

static const char * const domains[] = {
  "housing", "care", "welfare", "municipality", "residents", "other"
};

/* Issue 3: 100 interviews x 12 answers, 2 sessions x 300 statements, 80 themes. */
static gboolean
write_steps_one_and_two (SfProject  *project,
                         GError    **error)
{
  GListModel *partners = sf_project_get_partners (project);
  GListModel *questions1 = sf_project_get_questions (project, 1);
  GListModel *questions2 = sf_project_get_questions (project, 2);

  for (int t = 0; t < 80; t++)
    {
      g_autofree char *name = g_strdup_printf ("Thema %d", t + 1);
      g_autofree char *id = sf_project_add_theme (project, name, error);

      if (id == NULL)
        return FALSE;
    }
  for (guint i = 0; i < 100; i++)
    {
      g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);
      const char *partner_id = sf_record_get_id (SF_RECORD (partner));
      g_autofree char *id = sf_project_plan_interview (project, partner_id, NULL, "2026-10-01",
                                                       "Buurtkamer", error);
      g_autofree char *point = NULL;
      g_autofree char *theme_name = g_strdup_printf ("Thema %u", i % 80 + 1);
      g_autofree char *theme = NULL;

      if (id == NULL)
        return FALSE;
      for (guint q = 0; q < 12; q++)
        {
          g_autoptr(SfQuestion) question = g_list_model_get_item (questions1, q);
          g_autofree char *text = g_strdup_printf ("Antwoord %u op vraag %u: de cliënten in de "
                                                   "flat willen graag blijven wonen.", i, q);

          if (!sf_project_set_answer (project, id, sf_record_get_id (SF_RECORD (question)),
                                      text, error))
            return FALSE;
        }
      point = sf_project_add_key_point (project, partner_id, "Ontmoeting organiseren", error);
      if (point == NULL ||
          (theme = sf_project_tag_key_point_by_name (project, point, theme_name, error)) == NULL)
        return FALSE;
    }
  for (int s = 0; s < 2; s++)
    {
      g_autofree char *session = sf_project_add_session (project, "2026-10-14", "Buurtkamer",
                                                         NULL, error);

      if (session == NULL)
        return FALSE;
      for (guint n = 0; n < 300; n++)
        {
          g_autoptr(SfQuestion) question = g_list_model_get_item (questions2, n % 6);
          g_autofree char *text = g_strdup_printf ("Uitspraak %u: bewoners voelen zich soms "
                                                   "eenzaam in de flat.", n);
          g_autofree char *statement = sf_project_add_statement (
            project, session, sf_record_get_id (SF_RECORD (question)), NULL, text, error);
          g_autofree char *theme_name = g_strdup_printf ("Thema %u", n % 80 + 1);
          g_autofree char *theme = NULL;

          if (statement == NULL ||
              (theme = sf_project_tag_statement_by_name (project, statement, theme_name,
                                                         error)) == NULL)
            return FALSE;
        }
    }
  return TRUE;
}

char *
sf_bench_value (SfIndicatorType  type,
                guint            seed,
                double          *number)
{
  switch (type)
    {
    case SF_INDICATOR_COUNT:
      *number = 20 + seed % 120;
      return NULL;
    case SF_INDICATOR_YES_NO:
    case SF_INDICATOR_CATEGORY:
      *number = seed % 2;
      return NULL;
    case SF_INDICATOR_DISTRIBUTION:
      return g_strdup_printf ("{\"bands\": {\"<55\": %u, \"55-64\": %u, \"65-74\": %u, "
                              "\"75-84\": %u, \"85+\": %u}, \"average\": %u}", seed % 7,
                              10 + seed % 9, 30 + seed % 11, 25 + seed % 13, 8 + seed % 5,
                              70 + seed % 10);
    case SF_INDICATOR_CATEGORY_COUNTS:
      return g_strdup_printf ("[{\"kind\": \"Reparatieverzoek\", \"count\": %u}, "
                              "{\"kind\": \"Overlast\", \"count\": %u}]", 20 + seed % 40,
                              seed % 9);
    case SF_INDICATOR_ACTIVITIES:
    case SF_INDICATOR_N_TYPES:
    default:
      return g_strdup_printf ("[{\"name\": \"Koffieochtend\", \"organiser\": \"Welzijn\", "
                              "\"frequency\": \"wekelijks\", \"attendance\": %u}, "
                              "{\"name\": \"Bingo\", \"organiser\": \"Bewoners\", "
                              "\"frequency\": \"maandelijks\", \"attendance\": %u}]",
                              10 + seed % 15, 15 + seed % 20);
    }
}

/* Issue 4: 20 own indicators beside the 20 standard ones, a value of each for every flat. */
static gboolean
write_inventory (SfProject  *project,
                 GError    **error)
{
  static const SfIndicatorType own_types[] = {
    SF_INDICATOR_COUNT, SF_INDICATOR_COUNT, SF_INDICATOR_COUNT, SF_INDICATOR_YES_NO,
    SF_INDICATOR_CATEGORY_COUNTS,
  };
  GListModel *flats = sf_project_get_flats (project);
  GListModel *indicators = sf_project_get_indicators (project);

  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *name = g_strdup_printf ("Eigen cijfer %u", i + 1);
      g_autofree char *id = sf_project_add_indicator (project, name,
                                                      own_types[i % G_N_ELEMENTS (own_types)],
                                                      "", error);

      if (id == NULL)
        return FALSE;
    }
  for (guint f = 0; f < g_list_model_get_n_items (flats); f++)
    {
      g_autoptr(SfFlat) flat = g_list_model_get_item (flats, f);

      for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
        {
          g_autoptr(SfIndicator) indicator = g_list_model_get_item (indicators, i);
          SfIndicatorValueFields fields = {
            FALSE, 0, "", NULL, (f + i) % 5 == 0 ? SF_ACCURACY_ESTIMATE : SF_ACCURACY_EXACT,
            "Woonstichting Voorbeeld, huurdersadministratie", "peildatum 1 januari 2026", "",
            SF_VALUE_RECEIVED,
          };
          g_autofree char *json = sf_bench_value (sf_indicator_get_indicator_type (indicator),
                                                  f * 41 + i, &fields.number);

          fields.has_number = json == NULL;
          fields.json = json;
          if (!sf_project_set_indicator_value (project, sf_record_get_id (SF_RECORD (indicator)),
                                               sf_record_get_id (SF_RECORD (flat)), &fields,
                                               error))
            return FALSE;
        }
    }
  return TRUE;
}

/* Issue 13: 40 preconditions (the method's 20 and 20 own) judged for all 20 flats (or the
 * whole project) with a choice and a vision, 300 actions, 100 decisions, 400 remarks; a
 * meeting with notes, considerations and a communication plan. */
static gboolean
write_step_four (SfProject  *project,
                 GError    **error)
{
  GListModel *flats = sf_project_get_flats (project);
  GListModel *partners = sf_project_get_partners (project);
  GListModel *preconditions = sf_project_get_preconditions (project);
  GListModel *questions = sf_project_get_questions (project, 4);
  SfReviewMeetingFields meeting = { "2027-03-02", "Buurtkamer Stevenshof", "Contactpersoon 1" };

  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *text = g_strdup_printf ("Eigen randvoorwaarde %u: een vaste plek voor "
                                               "ontmoeting in de flat", i + 1);
      g_autofree char *id = sf_project_add_precondition (project, i % 2 ? "offer" : "complex",
                                                         text, i % 2 == 0, error);

      if (id == NULL)
        return FALSE;
    }
  for (guint i = 0; i < g_list_model_get_n_items (preconditions); i++)
    {
      g_autoptr(SfPrecondition) precondition = g_list_model_get_item (preconditions, i);
      const char *id = sf_record_get_id (SF_RECORD (precondition));
      guint n = sf_precondition_is_per_flat (precondition) ? g_list_model_get_n_items (flats) : 1;
      g_autofree char *vision = g_strdup_printf ("Onze visie op randvoorwaarde %u: we nemen het "
                                                 "over, maar met de buurt erbij.", i + 1);

      for (guint f = 0; f < n; f++)
        {
          g_autoptr(SfFlat) flat = sf_precondition_is_per_flat (precondition)
                                     ? g_list_model_get_item (flats, f) : NULL;
          g_autofree char *basis = g_strdup_printf ("Gezien bij bezoek %u", f + 1);

          if (!sf_project_judge_precondition (project, id,
                                              flat ? sf_record_get_id (SF_RECORD (flat)) : NULL,
                                              (i + f) % SF_PRECONDITION_N_STATUSES, basis, error))
            return FALSE;
        }
      if (!sf_project_choose_for_precondition (project, id, i % 3 + 1, vision, error))
        return FALSE;
    }
  for (guint i = 0; i < 300; i++)
    {
      g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i % 40);
      g_autofree char *what = g_strdup_printf ("Actie %u: bewonersavond voorbereiden met de "
                                               "partners", i + 1);
      g_autofree char *due = i % 10 == 9 ? g_strdup ("")
                             : i % 2 ? g_strdup_printf ("%u-Q%u", 2027 + i % 3, i % 4 + 1)
                                     : g_strdup_printf ("%u-%02u-15", 2027 + i % 3, i % 12 + 1);
      SfActionFields action = { what, "Uit het overleg", NULL, NULL,
                                sf_record_get_id (SF_RECORD (partner)), due, i % 4 };
      g_autofree char *id = sf_project_add_action (project, &action, error);

      if (id == NULL)
        return FALSE;
    }
  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *text = g_strdup_printf ("Besluit %u: de stuurgroep neemt dit over.",
                                               i + 1);
      SfDecisionFields decision = { "2027-03-02", text, "Zo blijft het overzichtelijk.",
                                    "In de stuurgroep", i % 3 };
      g_autofree char *id = sf_project_add_decision (project, &decision, error);

      if (id == NULL)
        return FALSE;
    }
  for (guint i = 0; i < 400; i++)
    {
      g_autoptr(SfFlat) flat = g_list_model_get_item (flats, i % 20);
      g_autofree char *text = g_strdup_printf ("Opmerking %u: dit cijfer klopt niet helemaal.",
                                               i + 1);
      g_autofree char *id = sf_project_add_remark (project, "flat",
                                                   sf_record_get_id (SF_RECORD (flat)), text,
                                                   i % 10 == 0, error);

      if (id == NULL || (i % 3 == 1 &&
                         !sf_project_resolve_remark (project, id, SF_REMARK_DISMISSED,
                                                     "Het cijfer komt van de corporatie.",
                                                     error)))
        return FALSE;
    }
  for (guint i = 0; i < 30; i++)
    {
      g_autoptr(SfQuestion) question = g_list_model_get_item (questions, i % 13);
      g_autofree char *text = g_strdup_printf ("Aantekening %u uit het overleg.", i + 1);
      g_autofree char *note = sf_project_add_review_note (project,
                                                          sf_record_get_id (SF_RECORD (question)),
                                                          text, error);
      SfConsiderationFields consideration = { i % SF_CONSIDERATION_N_KINDS, text, NULL, FALSE };
      SfCommunicationFields message = { i % SF_AUDIENCE_N, text, "Nieuwsbrief", NULL, "2027-Q2" };
      g_autofree char *considered = sf_project_add_consideration (project, &consideration, error);
      g_autofree char *told = considered ? sf_project_add_communication (project, &message, error)
                                         : NULL;

      if (note == NULL || told == NULL)
        return FALSE;
    }
  return sf_project_set_review_meeting (project, &meeting, error);
}

gboolean
sf_bench_write_large_project (const char  *path,
                              GError     **error)
{
  SfProjectFields details = { "Groot project", "Leiden", "Stevenshof", NULL };
  g_autoptr(SfProject) project = sf_project_create (path, &details, error);

  if (project == NULL)
    return FALSE;
  /* Generated in one go: no need to wait for the disk after each of thousands of actions. */
  if (!sf_db_exec (sf_project_get_db (project), "PRAGMA synchronous = OFF", error))
    return FALSE;
  for (int i = 0; i < 20; i++)
    {
      g_autofree char *name = g_strdup_printf ("Flat %d", i + 1);
      g_autofree char *address = g_strdup_printf ("Voorbeeldlaan %d, Leiden", i + 1);
      SfFlatFields flat = { name, address, "Woonstichting Voorbeeld", 80 + i };
      g_autofree char *id = sf_project_add_flat (project, &flat, error);

      if (id == NULL)
        return FALSE;
    }
  for (int i = 0; i < 200; i++)
    {
      g_autofree char *organisation = g_strdup_printf ("Organisatie %d", i + 1);
      g_autofree char *contact = g_strdup_printf ("Contactpersoon %d", i + 1);
      g_autofree char *notes = g_strdup_printf ("Aantekeningen bij partner %d: werkt in de "
                                                "wijk en kent de bewoners goed.", i + 1);
      SfPartnerFields partner = { organisation, domains[i % G_N_ELEMENTS (domains)],
                                  "manager", contact, notes };
      g_autofree char *id = sf_project_add_partner (project, &partner, error);

      if (id == NULL)
        return FALSE;
    }
  for (int i = 0; i < 500; i++)
    {
      g_autofree char *text = g_strdup_printf ("Eigen vraag %d: wat betekent dit voor de "
                                               "bewoners van de flat?", i + 1);
      g_autofree char *id = sf_project_add_question (project, (guint) (i % 5) + 1, text, error);

      if (id == NULL)
        return FALSE;
    }
  return write_steps_one_and_two (project, error) && write_inventory (project, error) &&
         write_step_four (project, error);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

double
sf_bench_percentile (GArray *samples_ms,
                     double  percentile)
{
  guint index;

  g_array_sort (samples_ms, compare_doubles);
  index = (guint) (percentile / 100.0 * (samples_ms->len - 1) + 0.5);
  return g_array_index (samples_ms, double, index);
}

double
sf_bench_best (GArray *samples_ms)
{
  return sf_bench_percentile (samples_ms, 0);
}

gint64
sf_bench_file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? st.st_size : -1;
}

double
sf_bench_ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

char *
sf_bench_dir (int    argc,
              char **argv)
{
  char *dir = argc > 1 ? g_strdup (argv[1]) : g_dir_make_tmp ("startfoto-bench-XXXXXX", NULL);

  if (dir == NULL || (argc > 1 && g_mkdir_with_parents (dir, 0700) != 0))
    g_error ("no directory for the files");
  return dir;
}

SfProject *
sf_bench_open_large_project (const char *path)
{
  g_autoptr(GError) error = NULL;
  SfProject *project = NULL;

  g_unlink (path); /* from an earlier run in the same directory */
  if (!sf_bench_write_large_project (path, &error) ||
      (project = sf_project_open (path, SF_DB_OPEN_DEFAULT, &error)) == NULL)
    g_error ("%s", error->message);
  return project;
}
