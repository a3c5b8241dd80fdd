/* sf-rel-actions.c: the reliability driver's user actions, as lines of text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "sf-project-figures.h"
#include "sf-project-interviews.h"
#include "sf-project-key-figures.h"
#include "sf-project-themes.h"
#include "sf-record.h"
#include "sf-rel-actions.h"
#include "sf-store-error.h"

static const char * const words[] = {
  "flat", "buurt", "zorg", "welzijn", "bewoners", "lift", "ontmoeting", "koffie", "wijkteam",
  "huismeester", "eenzaamheid", "cliënt", "corporatie", "galerij", "scootmobiel", "mantelzorg",
  "Proefstraat", "Leiden", "avond", "veilig", "thuis", "gemeente", "overlast", "buren",
};
static const char * const colours[] = { "#1c71d8", "#2ec27e", "#f5c211", "#e66100", NULL };

/* A few words; now and then a long text, so that an action spans many pages. */
static char *
some_text (GRand *rand)
{
  GString *text = g_string_new (NULL);
  guint n = g_rand_int_range (rand, 0, 20) == 0 ? g_rand_int_range (rand, 400, 4000)
                                                 : g_rand_int_range (rand, 1, 7);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s%s", i ? " " : "",
                            words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
  g_string_append_printf (text, " %u", g_rand_int_range (rand, 0, 1000));
  return g_string_free (text, FALSE);
}

static const char *
pick (GRand              *rand,
      const char * const *list)
{
  return list[g_rand_int_range (rand, 0, g_strv_length ((char **) list))];
}

/* A list the store could not read is NULL (the file failed under a fault): nothing to pick. */
static guint
n_items (GListModel *list)
{
  return list ? g_list_model_get_n_items (list) : 0;
}

/* The id of item @i of @list, or NULL (then the line does not fit the project). */
static char *
item_id (GListModel *list,
         int         i)
{
  g_autoptr(SfRecord) item = NULL;

  if (i < 0 || (guint) i >= n_items (list))
    return NULL;
  item = g_list_model_get_item (list, i);
  return g_strdup (sf_record_get_id (item));
}

/* The indicators that take a count: their places in the list of indicators. */
static GArray *
count_indicators (SfProject *project)
{
  GListModel *list = sf_project_get_indicators (project);
  GArray *found = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; i < n_items (list); i++)
    {
      g_autoptr(SfIndicator) indicator = g_list_model_get_item (list, i);

      if (sf_indicator_get_indicator_type (indicator) == SF_INDICATOR_COUNT)
        g_array_append_val (found, i);
    }
  return found;
}

/* The id of an item of @list drawn from @rand, or NULL when it is empty. */
static char *
pick_id (GListModel *list,
         GRand      *rand)
{
  guint n = n_items (list);

  return n ? item_id (list, g_rand_int_range (rand, 0, n)) : NULL;
}

/* A partner without an interview, or NULL. */
static char *
partner_without_interview (SfProject *project,
                           GRand     *rand)
{
  GListModel *partners = sf_project_get_partners (project);
  guint n = n_items (partners);
  guint start = n ? g_rand_int_range (rand, 0, n) : 0;

  for (guint k = 0; k < n; k++)
    {
      g_autofree char *id = item_id (partners, (start + k) % n);

      if (sf_project_find_interview (project, id) == NULL)
        return g_steal_pointer (&id);
    }
  return NULL;
}

static char *
next_about_people (SfProject *project,
                   GRand     *rand,
                   guint      kind)
{
  g_autofree char *text = some_text (rand);
  g_autofree char *partner = pick_id (sf_project_get_partners (project), rand);
  g_autofree char *interview = pick_id (sf_project_get_interviews (project), rand);
  g_autofree char *free_partner = partner_without_interview (project, rand);
  guint partners = n_items (sf_project_get_partners (project));
  guint questions = n_items (sf_project_get_questions (project, 1));

  if (kind == 1 && partner != NULL)
    return g_strdup_printf ("partner~\t%s\torganisatie %u\t%s\t\t\t%s", partner,
                            g_rand_int_range (rand, 0, 99),
                            pick (rand, sf_partner_domains ()), text);
  if (kind == 2 && partners > 3)
    return g_strdup_printf ("partner-\t%s", partner);
  if (kind == 3 && free_partner != NULL)
    return g_strdup_printf ("interview+\t%s\t%s", free_partner,
                            words[g_rand_int_range (rand, 0, 8)]);
  if (kind == 4 && interview != NULL)
    return g_strdup_printf ("notes\t%s\t%s\t%d", interview, text, g_rand_boolean (rand));
  if (kind == 5 && interview != NULL && questions > 0)
    return g_strdup_printf ("answer\t%s\t%d\t%s", interview,
                            g_rand_int_range (rand, 0, questions), text);
  if (kind == 6 && partner != NULL)
    {
      g_autofree char *point = pick_id (sf_project_get_key_points (project, partner), rand);

      if (point != NULL && g_rand_boolean (rand))
        return g_strdup_printf ("point~\t%s\t%s", point, text);
      return g_strdup_printf ("point+\t%s\t%s", partner, text);
    }
  return g_strdup_printf ("partner+\t%s\t%s\t\tcontact %u\t%s",
                          words[g_rand_int_range (rand, 0, 8)],
                          pick (rand, sf_partner_domains ()), g_rand_int_range (rand, 0, 99),
                          text);
}

static char *
next_about_session (SfProject *project,
                    GRand     *rand)
{
  g_autofree char *text = some_text (rand);
  g_autofree char *session = pick_id (sf_project_get_sessions (project), rand);
  g_autofree char *question = NULL;
  g_autofree char *statement = NULL;
  int qi;

  if (session == NULL || g_rand_int_range (rand, 0, 12) == 0)
    return g_strdup_printf ("session+\t%s", words[g_rand_int_range (rand, 0, 8)]);
  qi = g_rand_int_range (rand, -1, n_items (sf_project_get_questions (project, 2)));
  question = item_id (sf_project_get_questions (project, 2), qi);
  statement = pick_id (sf_project_get_statements (project, session, question), rand);
  if (statement != NULL && g_rand_int_range (rand, 0, 3) == 0)
    return g_strdup_printf ("statement~\t%s\t%d\t%s\t%s", session, qi, statement, text);
  return g_strdup_printf ("statement+\t%s\t%d\t%s", session, qi, text);
}

static char *
next_about_figures_and_themes (SfProject *project,
                               GRand     *rand,
                               guint      kind)
{
  g_autofree char *flat = pick_id (sf_project_get_flats (project), rand);
  g_autofree char *theme = pick_id (sf_project_get_themes (project), rand);
  g_autoptr(GArray) counts = count_indicators (project);

  if (kind == 0 && counts->len > 0)
    return g_strdup_printf ("figure\t%d\t%s\t%u",
                            g_array_index (counts, int, g_rand_int_range (rand, 0, counts->len)),
                            flat ? flat : "-", g_rand_int_range (rand, 0, 500));
  if (kind == 1 && theme != NULL)
    return g_strdup_printf ("theme~\t%s\tthema %s %u", theme,
                            words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))],
                            g_rand_int_range (rand, 0, 50));
  if (kind == 2 && theme != NULL)
    return g_strdup_printf ("colour\t%s\t%s", theme, pick (rand, colours));
  return g_strdup_printf ("theme+\tthema %s %u",
                          words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))],
                          g_rand_int_range (rand, 0, 50));
}

char *
sf_rel_action_next (SfProject *project,
                    GRand     *rand)
{
  guint flats = n_items (sf_project_get_flats (project));
  g_autofree char *flat = pick_id (sf_project_get_flats (project), rand);
  guint r = g_rand_int_range (rand, 0, 100);
  g_autofree char *action = NULL;

  if (r < 8 && sf_project_can_undo (project))
    action = g_strdup ("undo");
  else if (r < 12 && sf_project_can_redo (project))
    action = g_strdup ("redo");
  else if (r < 15)
    action = g_strdup_printf ("name\tStartfoto %s %u", words[g_rand_int_range (rand, 0, 17)],
                              g_rand_int_range (rand, 0, 1000));
  else if (r < 22 || flat == NULL)
    action = g_strdup_printf ("flat+\tFlat %u\tProefstraat %u\tWoonstichting %s\t%d",
                              g_rand_int_range (rand, 0, 100), g_rand_int_range (rand, 1, 200),
                              words[g_rand_int_range (rand, 0, 8)],
                              g_rand_int_range (rand, -1, 300));
  else if (r < 27)
    action = g_strdup_printf ("flat~\t%s\tFlat %u\t\t\t%d", flat,
                              g_rand_int_range (rand, 0, 100), g_rand_int_range (rand, -1, 300));
  else if (r < 29 && flats > 2)
    action = g_strdup_printf ("flat-\t%s", flat);
  else if (r < 65)
    action = next_about_people (project, rand, g_rand_int_range (rand, 0, 7));
  else if (r < 80)
    action = next_about_session (project, rand);
  else
    action = next_about_figures_and_themes (project, rand, g_rand_int_range (rand, 0, 4));
  return g_strdup_printf ("%u\t%s", g_rand_int (rand), action);
}

/* ---- running a line --------------------------------------------------------------------- */

typedef struct
{
  SfProject  *project;
  char      **arg;
  guint       n;
} Line;

static int
num (Line *l,
     guint i)
{
  return i < l->n ? atoi (l->arg[i]) : -1;
}

static const char *
str (Line *l,
     guint i)
{
  return i < l->n ? l->arg[i] : "";
}

static gboolean
done (char    *id,
      GError **error)
{
  g_free (id);
  return error == NULL || *error == NULL;
}

/* The id of the method's item @i of @list (a question, an indicator: their ids differ from
 * project to project); FALSE (with an error) when there is none: the line does not fit. */
static gboolean
lookup (GListModel  *list,
        int          i,
        char       **id,
        GError     **error)
{
  *id = item_id (list, i);
  if (*id == NULL)
    g_set_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND,
                 "harness: no item %d of %u", i, n_items (list));
  return *id != NULL;
}

static gboolean
run_people (Line        *l,
            const char  *verb,
            GError     **error)
{
  SfProject *p = l->project;
  g_autofree char *question = NULL;
  SfPartnerFields partner = { str (l, 2), str (l, 3), str (l, 4), str (l, 5), str (l, 6) };

  if (g_str_equal (verb, "partner+"))
    return done (sf_project_add_partner (p, &partner, error), error);
  if (g_str_equal (verb, "partner~"))
    {
      partner = (SfPartnerFields) { str (l, 3), str (l, 4), str (l, 5), str (l, 6),
                                    str (l, 7) };
      return sf_project_update_partner (p, str (l, 2), &partner, error);
    }
  if (g_str_equal (verb, "partner-"))
    return sf_project_remove_partner (p, str (l, 2), error);
  if (g_str_equal (verb, "interview+"))
    return done (sf_project_plan_interview (p, str (l, 2), NULL, NULL, str (l, 3), error),
                 error);
  if (g_str_equal (verb, "point+"))
    return done (sf_project_add_key_point (p, str (l, 2), str (l, 3), error), error);
  if (g_str_equal (verb, "point~"))
    return sf_project_update_key_point (p, str (l, 2), str (l, 3), error);
  if (g_str_equal (verb, "notes"))
    return sf_project_set_interview_notes (p, str (l, 2), str (l, 3), num (l, 4), error);
  return lookup (sf_project_get_questions (p, 1), num (l, 3), &question, error) &&
         sf_project_set_answer (p, str (l, 2), question, str (l, 4), error);
}

static gboolean
run_session (Line        *l,
             const char  *verb,
             GError     **error)
{
  SfProject *p = l->project;
  g_autofree char *question = NULL;

  if (g_str_equal (verb, "session+"))
    return done (sf_project_add_session (p, NULL, str (l, 2), NULL, error), error);
  if (num (l, 3) >= 0 && !lookup (sf_project_get_questions (p, 2), num (l, 3), &question,
                                  error))
    return FALSE;
  if (g_str_equal (verb, "statement+"))
    return done (sf_project_add_statement (p, str (l, 2), question, NULL, str (l, 4), error),
                 error);
  return sf_project_update_statement (p, str (l, 4), str (l, 5), error);
}

static gboolean
run_other (Line        *l,
           const char  *verb,
           GError     **error)
{
  SfProject *p = l->project;
  g_autofree char *id = NULL;
  const char *flat = g_str_equal (str (l, 3), "-") ? NULL : str (l, 3);
  SfIndicatorValueFields value = { .has_number = TRUE, .number = num (l, 4),
                                   .accuracy = SF_ACCURACY_EXACT, .source = "corporatie",
                                   .status = SF_VALUE_RECEIVED };

  if (g_str_equal (verb, "theme+"))
    return done (sf_project_add_theme (p, str (l, 2), error), error);
  if (g_str_equal (verb, "theme~"))
    return sf_project_rename_theme (p, str (l, 2), str (l, 3), error);
  if (g_str_equal (verb, "colour"))
    return sf_project_set_theme_colour (p, str (l, 2), str (l, 3), error);
  if (g_str_equal (verb, "figure"))
    return lookup (sf_project_get_indicators (p), num (l, 2), &id, error) &&
           sf_project_set_indicator_value (p, id, flat, &value, error);
  g_set_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID, "harness: unknown action %s",
               verb);
  return FALSE;
}

static gboolean
run_flat (Line        *l,
          const char  *verb,
          GError     **error)
{
  SfProject *p = l->project;
  SfFlatFields fields = { str (l, 2), str (l, 3), str (l, 4), num (l, 5) };

  if (g_str_equal (verb, "flat+"))
    return done (sf_project_add_flat (p, &fields, error), error);
  if (g_str_equal (verb, "flat-"))
    return sf_project_remove_flat (p, str (l, 2), error);
  fields = (SfFlatFields) { str (l, 3), str (l, 4), str (l, 5), num (l, 6) };
  return sf_project_update_flat (p, str (l, 2), &fields, error);
}

gboolean
sf_rel_action_run (SfProject   *project,
                   const char  *line,
                   GError     **error)
{
  g_auto(GStrv) arg = g_strsplit (line, "\t", -1);
  Line l = { project, arg, g_strv_length (arg) };
  const char *verb = str (&l, 1);

  g_random_set_seed (strtoul (str (&l, 0), NULL, 10));
  if (g_str_equal (verb, "undo"))
    return sf_project_undo (project, error);
  if (g_str_equal (verb, "redo"))
    return sf_project_redo (project, error);
  if (g_str_equal (verb, "name"))
    return sf_project_set_field (project, SF_PROJECT_FIELD_NAME, str (&l, 2), error);
  if (g_str_has_prefix (verb, "flat"))
    return run_flat (&l, verb, error);
  if (g_str_has_prefix (verb, "partner") || g_str_has_prefix (verb, "point") ||
      g_str_equal (verb, "interview+") || g_str_equal (verb, "notes") ||
      g_str_equal (verb, "answer"))
    return run_people (&l, verb, error);
  if (g_str_has_prefix (verb, "session") || g_str_has_prefix (verb, "statement"))
    return run_session (&l, verb, error);
  return run_other (&l, verb, error);
}
