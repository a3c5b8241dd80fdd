/* sf-info.c: `startfoto --info FILE`: a project's summary on the terminal, no window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file is opened read-only and checked as a file from elsewhere: looking never changes it.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "sf-chart.h"
#include "sf-info.h"
#include "sf-info-mbc.h"
#include "sf-project-interviews.h"
#include "sf-project-board.h"
#include "sf-deck.h"
#include "sf-project-decisions.h"
#include "sf-project-figures.h"
#include "sf-method.h"
#include "sf-project-plan.h"
#include "sf-project-preconditions.h"
#include "sf-project.h"
#include "sf-project-key-figures.h"
#include "sf-step-status.h"
#include "sf-project-themes.h"

static const char * const status_keys[] = { "not-started", "in-progress", "done" };

static const char * const interview_keys[] = { "to-plan", "planned", "held", "worked-out" };

static const char * const derived_keys[] = {
  "residents-per-dwelling", "share-household-help", "share-guidance", "share-wlz",
  "share-district-nursing", "share-75-plus", "share-85-plus", "corporation-reports-per-100",
  "police-reports-per-100", "activity-attendance",
};
G_STATIC_ASSERT (G_N_ELEMENTS (derived_keys) == SF_DERIVED_N);

static const char * const requirement_keys[] = {
  "min-dwellings", "common-room", "social-rent", "near-transport-shop", "scooter-storage",
};
G_STATIC_ASSERT (G_N_ELEMENTS (requirement_keys) == SF_REQUIREMENT_N);

static const char * const requirement_states[] = { "unknown", "met", "not-met" };

/* Step 3 for one flat (or the neighbourhood): what is there, what is estimated, what is
 * missing, and what follows from it. */
typedef struct
{
  guint               filled;
  guint               total;
  double              completeness;
  GPtrArray          *estimated; /* of SfIndicator, visible ones with an estimate or average */
  GPtrArray          *missing;   /* of SfIndicator */
  SfDerivedFigure     derived[SF_DERIVED_N];
  SfRequirementResult requirements[SF_REQUIREMENT_N];
} Inventory;

static void
inventory_clear (Inventory *inv)
{
  g_clear_pointer (&inv->estimated, g_ptr_array_unref);
  g_clear_pointer (&inv->missing, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Inventory, inventory_clear)

static void
read_inventory (SfProject  *project,
                const char *flat_id,
                Inventory  *inv)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) missing = NULL;
  GListModel *values = sf_project_get_indicator_values (project, flat_id);

  inv->completeness = sf_project_get_completeness (project, flat_id, &inv->filled, &inv->total,
                                                   &missing);
  inv->missing = g_ptr_array_new ();
  for (guint i = 0; missing != NULL && missing[i] != NULL; i++)
    {
      SfIndicator *indicator = sf_project_find_indicator (project, missing[i]);

      if (indicator != NULL)
        g_ptr_array_add (inv->missing, indicator);
    }
  inv->estimated = g_ptr_array_new ();
  for (guint i = 0; i < g_list_model_get_n_items (values); i++)
    {
      g_autoptr(SfIndicatorValue) value = g_list_model_get_item (values, i);
      SfIndicator *indicator =
        sf_project_find_indicator (project, sf_indicator_value_get_indicator_id (value));

      if (indicator != NULL && !sf_indicator_get_hidden (indicator) &&
          sf_indicator_value_is_filled (value) &&
          sf_indicator_value_get_accuracy (value) != SF_ACCURACY_EXACT)
        g_ptr_array_add (inv->estimated, indicator);
    }
  if (!sf_project_compute_derived (project, flat_id, inv->derived, &error) ||
      !sf_project_check_requirements (project, flat_id, inv->requirements, &error))
    g_printerr ("%s\n", error->message);
}

/* The neighbourhood as a whole is shown only when something was entered for it. */
static gboolean
neighbourhood_has_values (SfProject *project)
{
  guint filled = 0;

  sf_project_get_completeness (project, NULL, &filled, NULL, NULL);
  return filled > 0;
}

static void
add_int (JsonBuilder *b,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_int_value (b, value);
}

/* Steps 1 and 2: interviews per status, answers, key points, the session, themes. */
static void
add_steps_one_and_two (JsonBuilder *b,
                       SfProject   *project)
{
  guint interviews[SF_INTERVIEW_N_STATUSES];
  g_autoptr(GPtrArray) themes = sf_project_theme_counts (project, NULL);

  sf_project_count_interviews (project, interviews);
  json_builder_set_member_name (b, "interviews");
  json_builder_begin_object (b);
  for (guint i = 0; i < SF_INTERVIEW_N_STATUSES; i++)
    add_int (b, interview_keys[i], interviews[i]);
  json_builder_end_object (b);
  add_int (b, "answers", sf_project_count_answers (project));
  json_builder_set_member_name (b, "key_points");
  json_builder_begin_object (b);
  add_int (b, "step_1", sf_project_count_key_points (project, 1));
  add_int (b, "step_2", sf_project_count_key_points (project, 2));
  json_builder_end_object (b);
  add_int (b, "sessions", sf_project_count_sessions (project));
  add_int (b, "session_participants", sf_project_count_participants (project));
  add_int (b, "statements", sf_project_count_statements (project));

  json_builder_set_member_name (b, "themes");
  json_builder_begin_array (b);
  for (guint i = 0; themes != NULL && i < themes->len; i++)
    {
      SfThemeUse *use = g_ptr_array_index (themes, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, use->name);
      add_int (b, "step_1", use->step1_points);
      add_int (b, "step_2", use->step2_points);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_indicators (JsonBuilder *b,
                const char  *name,
                GPtrArray   *indicators)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; i < indicators->len; i++)
    {
      SfIndicator *indicator = g_ptr_array_index (indicators, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "key");
      if (sf_indicator_get_key (indicator) != NULL)
        json_builder_add_string_value (b, sf_indicator_get_key (indicator));
      else
        json_builder_add_null_value (b);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, sf_indicator_get_name (indicator));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_inventory (JsonBuilder *b,
               SfProject   *project,
               const char  *flat_id)
{
  g_auto(Inventory) inv = { 0 };

  read_inventory (project, flat_id, &inv);
  add_int (b, "answered", inv.filled);
  add_int (b, "indicators", inv.total);
  json_builder_set_member_name (b, "completeness");
  json_builder_add_double_value (b, inv.completeness);
  add_int (b, "estimated", inv.estimated->len);
  add_indicators (b, "estimated_indicators", inv.estimated);
  add_int (b, "missing", inv.missing->len);
  add_indicators (b, "missing_indicators", inv.missing);

  json_builder_set_member_name (b, "derived");
  json_builder_begin_array (b);
  for (guint i = 0; i < SF_DERIVED_N; i++)
    {
      const SfDerivedFigure *figure = &inv.derived[i];

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "key");
      json_builder_add_string_value (b, derived_keys[i]);
      json_builder_set_member_name (b, "known");
      json_builder_add_boolean_value (b, figure->known);
      json_builder_set_member_name (b, "value");
      if (figure->known)
        json_builder_add_double_value (b, figure->value);
      else
        json_builder_add_null_value (b);
      if (sf_derived_is_share (i))
        {
          json_builder_set_member_name (b, "percent");
          if (figure->known)
            json_builder_add_double_value (b, figure->value * 100);
          else
            json_builder_add_null_value (b);
        }
      json_builder_set_member_name (b, "estimate");
      json_builder_add_boolean_value (b, figure->estimate);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "requirements");
  json_builder_begin_array (b);
  for (guint i = 0; i < SF_REQUIREMENT_N; i++)
    {
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "key");
      json_builder_add_string_value (b, requirement_keys[i]);
      json_builder_set_member_name (b, "state");
      json_builder_add_string_value (b, requirement_states[inv.requirements[i].state]);
      json_builder_set_member_name (b, "estimate");
      json_builder_add_boolean_value (b, inv.requirements[i].state != SF_REQUIREMENT_UNKNOWN &&
                                         inv.requirements[i].estimate);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

/* Step 3: per flat, and the neighbourhood when it has figures of its own. */
static void
add_step_three (JsonBuilder *b,
                SfProject   *project)
{
  GListModel *flats = sf_project_get_flats (project);

  json_builder_set_member_name (b, "inventory");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "flats");
  json_builder_begin_array (b);
  for (guint i = 0; i < g_list_model_get_n_items (flats); i++)
    {
      g_autoptr(SfFlat) flat = g_list_model_get_item (flats, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, sf_flat_get_name (flat));
      add_inventory (b, project, sf_record_get_id (SF_RECORD (flat)));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "neighbourhood");
  if (neighbourhood_has_values (project))
    {
      json_builder_begin_object (b);
      add_inventory (b, project, NULL);
      json_builder_end_object (b);
    }
  else
    json_builder_add_null_value (b);
  json_builder_end_object (b);
}

/* The neighbourhood's figures are few by nature: of it, only what is known is listed. */
static void
print_inventory (SfProject  *project,
                 const char *flat_id)
{
  g_auto(Inventory) inv = { 0 };
  gboolean all = flat_id != NULL;
  guint n_derived = 0;
  guint n_requirements = 0;

  read_inventory (project, flat_id, &inv);
  g_print (g_dngettext (GETTEXT_PACKAGE, "  Answered: %u of %u figure (%.0f %%)\n",
                        "  Answered: %u of %u figures (%.0f %%)\n", inv.total),
           inv.filled, inv.total, inv.completeness * 100);
  g_print (_("  Estimates or averages: %u\n"), inv.estimated->len);
  for (guint i = 0; i < inv.estimated->len; i++)
    g_print ("    - %s\n", sf_indicator_get_name (g_ptr_array_index (inv.estimated, i)));
  g_print (_("  Missing: %u\n"), inv.missing->len);
  for (guint i = 0; all && i < inv.missing->len; i++)
    g_print ("    - %s\n", sf_indicator_get_name (g_ptr_array_index (inv.missing, i)));
  for (guint i = 0; i < SF_DERIVED_N; i++)
    n_derived += all || inv.derived[i].known;
  for (guint i = 0; i < SF_REQUIREMENT_N; i++)
    n_requirements += all || inv.requirements[i].state != SF_REQUIREMENT_UNKNOWN;
  if (n_derived > 0)
    g_print (_("  Derived figures:\n"));
  for (guint i = 0; i < SF_DERIVED_N; i++)
    {
      const SfDerivedFigure *figure = &inv.derived[i];
      g_autofree char *value = NULL;

      if (!all && !figure->known)
        continue;
      if (!figure->known)
        value = g_strdup (_("unknown"));
      else
        value = sf_chart_format_figure (sf_derived_is_share (i) ? SF_CHART_FORMAT_PERCENT
                                                                : SF_CHART_FORMAT_NUMBER,
                                        figure->value);
      if (figure->known && figure->estimate)
        g_print ("    - %s: %s (%s)\n", sf_derived_get_label (i), value, _("estimate"));
      else
        g_print ("    - %s: %s\n", sf_derived_get_label (i), value);
    }
  if (n_requirements > 0)
    g_print (_("  Thuisplusflat requirements:\n"));
  for (guint i = 0; i < SF_REQUIREMENT_N; i++)
    {
      const SfRequirementResult *result = &inv.requirements[i];
      const char *state = result->state == SF_REQUIREMENT_MET ? _("met")
                          : result->state == SF_REQUIREMENT_NOT_MET ? _("not met")
                          : _("unknown");

      if (!all && result->state == SF_REQUIREMENT_UNKNOWN)
        continue;
      if (result->state != SF_REQUIREMENT_UNKNOWN && result->estimate)
        g_print ("    - %s: %s (%s)\n", sf_requirement_get_label (i), state, _("estimate"));
      else
        g_print ("    - %s: %s\n", sf_requirement_get_label (i), state);
    }
}

static void
print_step_three (SfProject *project)
{
  GListModel *flats = sf_project_get_flats (project);

  for (guint i = 0; i < g_list_model_get_n_items (flats); i++)
    {
      g_autoptr(SfFlat) flat = g_list_model_get_item (flats, i);

      g_print (_("Inventory of %s:\n"), sf_flat_get_name (flat));
      print_inventory (project, sf_record_get_id (SF_RECORD (flat)));
    }
  if (neighbourhood_has_values (project))
    {
      g_print (_("Inventory of the whole neighbourhood:\n"));
      print_inventory (project, NULL);
    }
}

static void
print_steps_one_and_two (SfProject *project)
{
  guint interviews[SF_INTERVIEW_N_STATUSES];
  g_autoptr(GPtrArray) themes = sf_project_theme_counts (project, NULL);

  sf_project_count_interviews (project, interviews);
  g_print (_("Interviews: %u to plan, %u planned, %u held, %u worked out\n"),
           interviews[0], interviews[1], interviews[2], interviews[3]);
  g_print (_("Answers: %u\n"), sf_project_count_answers (project));
  g_print (_("Key points: %u in step 1, %u in step 2\n"),
           sf_project_count_key_points (project, 1), sf_project_count_key_points (project, 2));
  g_print (_("Key-figure session participants: %u\n"),
           sf_project_count_participants (project));
  g_print (_("Statements: %u\n"), sf_project_count_statements (project));
  g_print (_("Themes: %u\n"), themes ? themes->len : 0);
  for (guint i = 0; themes != NULL && i < themes->len; i++)
    {
      SfThemeUse *use = g_ptr_array_index (themes, i);

      g_print (_("  - %s: %u in step 1, %u in step 2\n"), use->name, use->step1_points,
               use->step2_points);
    }
}

/* Step 4 so far: the preconditions (how many discussed), the plan (how many done) and the
 * decisions (how many proposed to the boards). */
static void
print_step_four (SfProject *project)
{
  guint total, done, proposed;
  guint discussed = sf_project_count_preconditions_discussed (project, &total);
  guint actions = sf_project_count_actions (project, &done);
  guint decisions = sf_project_count_decisions (project, &proposed);

  g_print (_("Preconditions: %u, %u discussed\n"), total, discussed);
  g_print (_("Actions: %u, %u done\n"), actions, done);
  g_print (_("Decisions: %u, %u proposed to the boards\n"), decisions, proposed);
}

/* The board members of step 5 and how many came. */
static guint
count_board_members (SfProject *project,
                     guint     *present)
{
  GListModel *members = sf_project_get_board_members (project);
  guint n = g_list_model_get_n_items (members);

  *present = 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfBoardMember) member = g_list_model_get_item (members, i);

      if (sf_board_member_get_attendance (member) == SF_ATTENDANCE_PRESENT)
        (*present)++;
    }
  return n;
}

/* Step 5 so far: the board members (how many present) and the boards that support every
 * decision put to them, with or without conditions. */
static void
print_step_five (SfProject *project)
{
  guint present, supporting;
  guint members = count_board_members (project, &present);
  guint boards = sf_project_count_supporting_boards (project, &supporting);

  g_print (_("Board members: %u, %u present\n"), members, present);
  g_print (_("Support: %u of %u boards support the intended decisions\n"), supporting, boards);
}

static void
add_step_five (JsonBuilder *b,
               SfProject   *project)
{
  guint present, supporting;
  guint members = count_board_members (project, &present);
  guint boards = sf_project_count_supporting_boards (project, &supporting);

  json_builder_set_member_name (b, "board_members");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "total");
  json_builder_add_int_value (b, members);
  json_builder_set_member_name (b, "present");
  json_builder_add_int_value (b, present);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "support");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "boards");
  json_builder_add_int_value (b, boards);
  json_builder_set_member_name (b, "supporting");
  json_builder_add_int_value (b, supporting);
  json_builder_end_object (b);
}

static void
add_step_four (JsonBuilder *b,
               SfProject   *project)
{
  guint total, done, proposed;
  guint discussed = sf_project_count_preconditions_discussed (project, &total);

  json_builder_set_member_name (b, "preconditions");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "total");
  json_builder_add_int_value (b, total);
  json_builder_set_member_name (b, "discussed");
  json_builder_add_int_value (b, discussed);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "actions");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "total");
  json_builder_add_int_value (b, sf_project_count_actions (project, &done));
  json_builder_set_member_name (b, "done");
  json_builder_add_int_value (b, done);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "decisions");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "total");
  json_builder_add_int_value (b, sf_project_count_decisions (project, &proposed));
  json_builder_set_member_name (b, "proposed");
  json_builder_add_int_value (b, proposed);
  json_builder_end_object (b);
}

/* Step 5's deck: its slides, how many hidden and how many the user's own. */
static void
count_slides (SfProject *project,
              guint      counts[3])
{
  g_autoptr(SfDeck) deck = sf_deck_new (project, NULL, NULL);

  counts[0] = counts[1] = counts[2] = 0;
  for (guint i = 0; deck != NULL && i < sf_deck_get_n_slides (deck); i++)
    {
      counts[0]++;
      counts[1] += sf_deck_get_hidden (deck, i);
      counts[2] += sf_deck_get_own (deck, i);
    }
}

static void
print_slides (SfProject *project)
{
  guint counts[3];

  count_slides (project, counts);
  g_print (_("Slides: %u, %u hidden, %u own\n"), counts[0], counts[1], counts[2]);
}

static void
add_slides (JsonBuilder *b,
            SfProject   *project)
{
  static const char * const names[] = { "total", "hidden", "own" };
  guint counts[3];

  count_slides (project, counts);
  json_builder_set_member_name (b, "slides");
  json_builder_begin_object (b);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      json_builder_set_member_name (b, names[i]);
      json_builder_add_int_value (b, counts[i]);
    }
  json_builder_end_object (b);
}

static JsonNode *
build_json (SfProject *project)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  GListModel *flats = sf_project_get_flats (project);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_string_value (b, sf_project_get_id (project));
  json_builder_set_member_name (b, "name");
  json_builder_add_string_value (b, sf_project_get_name (project));
  json_builder_set_member_name (b, "municipality");
  json_builder_add_string_value (b, sf_project_get_municipality (project));
  json_builder_set_member_name (b, "neighbourhood");
  json_builder_add_string_value (b, sf_project_get_neighbourhood (project));
  json_builder_set_member_name (b, "concept_name");
  json_builder_add_string_value (b, sf_project_get_concept_name (project));
  json_builder_set_member_name (b, "is_example");
  json_builder_add_boolean_value (b, sf_project_get_is_example (project));
  json_builder_set_member_name (b, "modified");
  json_builder_add_string_value (b, sf_project_get_modified (project));

  json_builder_set_member_name (b, "flats");
  json_builder_begin_array (b);
  for (guint i = 0; i < g_list_model_get_n_items (flats); i++)
    {
      g_autoptr(SfFlat) flat = g_list_model_get_item (flats, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, sf_flat_get_name (flat));
      json_builder_set_member_name (b, "address");
      json_builder_add_string_value (b, sf_flat_get_address (flat));
      json_builder_set_member_name (b, "corporation");
      json_builder_add_string_value (b, sf_flat_get_corporation (flat));
      json_builder_set_member_name (b, "dwellings");
      if (sf_flat_get_dwellings (flat) >= 0)
        json_builder_add_int_value (b, sf_flat_get_dwellings (flat));
      else
        json_builder_add_null_value (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "partners");
  json_builder_add_int_value (b, g_list_model_get_n_items (sf_project_get_partners (project)));

  json_builder_set_member_name (b, "steps");
  json_builder_begin_array (b);
  for (guint step = 1; step <= SF_METHOD_N_STEPS; step++)
    {
      GListModel *questions = sf_project_get_questions (project, step);
      guint hidden = 0;

      for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
        {
          g_autoptr(SfQuestion) q = g_list_model_get_item (questions, i);

          hidden += sf_question_get_hidden (q);
        }
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "number");
      json_builder_add_int_value (b, step);
      json_builder_set_member_name (b, "status");
      json_builder_add_string_value (b, status_keys[sf_project_get_step_status (project, step)]);
      json_builder_set_member_name (b, "status_set_by_hand");
      json_builder_add_boolean_value (b, sf_project_get_step_status_by_hand (project, step));
      json_builder_set_member_name (b, "questions");
      json_builder_add_int_value (b, g_list_model_get_n_items (questions) - hidden);
      json_builder_set_member_name (b, "hidden_questions");
      json_builder_add_int_value (b, hidden);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  add_steps_one_and_two (b, project);
  add_step_three (b, project);
  add_step_four (b, project);
  sf_info_add_mbc (b, project);
  add_step_five (b, project);
  add_slides (b, project);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

static void
print_text (SfProject *project)
{
  GListModel *flats = sf_project_get_flats (project);
  guint n_flats = g_list_model_get_n_items (flats);
  guint n_partners = g_list_model_get_n_items (sf_project_get_partners (project));

  g_print ("%s%s\n", sf_project_get_name (project),
           sf_project_get_is_example (project) ? _(" (example)") : "");
  g_print (_("Municipality: %s\n"), sf_project_get_municipality (project));
  g_print (_("Neighbourhood: %s\n"), sf_project_get_neighbourhood (project));
  g_print (_("Concept: %s\n"), sf_project_get_concept_name (project));
  g_print (_("Flats: %u\n"), n_flats);
  for (guint i = 0; i < n_flats; i++)
    {
      g_autoptr(SfFlat) flat = g_list_model_get_item (flats, i);

      if (sf_flat_get_dwellings (flat) >= 0)
        g_print (g_dngettext (GETTEXT_PACKAGE, "  - %s, %s (%d dwelling)\n",
                              "  - %s, %s (%d dwellings)\n", sf_flat_get_dwellings (flat)),
                 sf_flat_get_name (flat), sf_flat_get_address (flat),
                 sf_flat_get_dwellings (flat));
      else
        g_print ("  - %s, %s\n", sf_flat_get_name (flat), sf_flat_get_address (flat));
    }
  g_print (_("Partners: %u\n"), n_partners);
  for (guint step = 1; step <= SF_METHOD_N_STEPS; step++)
    {
      GListModel *questions = sf_project_get_questions (project, step);
      guint shown = 0;

      for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
        {
          g_autoptr(SfQuestion) q = g_list_model_get_item (questions, i);

          shown += !sf_question_get_hidden (q);
        }
      g_print (g_dngettext (GETTEXT_PACKAGE, "Step %u, %s: %s, %u question\n",
                            "Step %u, %s: %s, %u questions\n", shown),
               step, sf_method_step_get_short_title (sf_method_get_step (step)),
               sf_step_status_label (sf_project_get_step_status (project, step)), shown);
    }
  print_steps_one_and_two (project);
  print_step_three (project);
  print_step_four (project);
  sf_info_print_mbc (project);
  print_step_five (project);
  print_slides (project);
}

int
sf_info_print (const char *path,
               gboolean    as_json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfProject) project = sf_project_open (path, SF_DB_OPEN_READ_ONLY | SF_DB_OPEN_CHECK,
                                                  &error);

  if (project == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (as_json)
    {
      g_autoptr(JsonNode) root = build_json (project);
      g_autofree char *text = json_to_string (root, TRUE);

      g_print ("%s\n", text);
    }
  else
    print_text (project);
  return 0;
}
