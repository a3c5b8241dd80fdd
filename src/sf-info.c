/* sf-info.c: `startfoto --info FILE`: a project's summary on the terminal, no window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file is opened read-only and checked as a file from elsewhere: looking never changes it.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "sf-info.h"
#include "sf-interviews.h"
#include "sf-method.h"
#include "sf-project.h"
#include "sf-sessions.h"
#include "sf-step-status.h"
#include "sf-themes.h"

static const char * const status_keys[] = { "not-started", "in-progress", "done" };

static const char * const interview_keys[] = { "to-plan", "planned", "held", "worked-out" };

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
  g_autoptr(GPtrArray) themes = sf_project_theme_overview (project, NULL);

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
print_steps_one_and_two (SfProject *project)
{
  guint interviews[SF_INTERVIEW_N_STATUSES];
  g_autoptr(GPtrArray) themes = sf_project_theme_overview (project, NULL);

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
      json_builder_set_member_name (b, "questions");
      json_builder_add_int_value (b, g_list_model_get_n_items (questions) - hidden);
      json_builder_set_member_name (b, "hidden_questions");
      json_builder_add_int_value (b, hidden);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  add_steps_one_and_two (b, project);
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
