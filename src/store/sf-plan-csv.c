/* sf-plan-csv.c: step 4's plan for the coming year written as a CSV file (issue 13)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For a spreadsheet, one way: nothing reads it back, so the words are for people.
 */
#include "config.h"

#include "sf-csv-write.h"
#include "sf-file.h"
#include "sf-partner.h"
#include "sf-plan-csv.h"
#include "sf-precondition.h"
#include "sf-project-plan.h"
#include "sf-project-preconditions.h"
#include "sf-project-themes.h"
#include "sf-record-list.h"
#include "sf-theme.h"

enum {
  COL_WHAT,
  COL_WHY,
  COL_RESPONSIBLE,
  COL_OTHERS,
  COL_DUE,
  COL_QUARTER,
  COL_STATUS,
  COL_PRECONDITION,
  COL_THEME,
  N_COLS
};

typedef struct
{
  const char *columns[N_COLS];
  const char *status[SF_ACTION_N_STATUSES];
} Vocabulary;

/* By SfCsvLanguage, as the figures' file has its words (sf-csv.c). */
static const Vocabulary vocabularies[] = {
  [SF_CSV_ENGLISH] = {
    { "what", "why", "responsible", "others involved", "due", "quarter", "status",
      "precondition", "theme" },
    { "open", "in progress", "done", "dropped" },
  },
  [SF_CSV_DUTCH] = {
    { "wat", "waarom", "verantwoordelijk", "betrokken", "wanneer", "kwartaal", "status",
      "randvoorwaarde", "thema" },
    { "open", "bezig", "gedaan", "vervallen" },
  },
};

static SfRecord *
lookup (GListModel *list,
        const char *id)
{
  return id != NULL ? sf_record_list_lookup (SF_RECORD_LIST (list), id) : NULL;
}

/* The organisations of the other partners involved, in the register's order. */
static char *
others_involved (SfProject    *project,
                 SfPlanAction *action)
{
  g_auto(GStrv) ids = sf_project_get_action_partners (project,
                                                      sf_record_get_id (SF_RECORD (action)));
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      SfRecord *partner = lookup (sf_project_get_partners (project), ids[i]);

      if (partner == NULL)
        continue;
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, sf_partner_get_organisation (SF_PARTNER (partner)));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
append_action (GString          *out,
               SfProject        *project,
               SfPlanAction     *action,
               const Vocabulary *words,
               char              separator)
{
  const char *fields[N_COLS] = { NULL };
  g_autofree char *others = others_involved (project, action);
  g_autofree char *quarter = NULL;
  SfRecord *precondition =
    lookup (sf_project_get_preconditions (project),
            sf_plan_action_get_precondition_id (action));
  SfRecord *theme = lookup (sf_project_get_themes (project),
                            sf_plan_action_get_theme_id (action));
  int year, q;

  if (sf_plan_due_quarter (sf_plan_action_get_due (action), &year, &q))
    quarter = g_strdup_printf ("%d-Q%d", year, q);
  fields[COL_WHAT] = sf_plan_action_get_what (action);
  fields[COL_WHY] = sf_plan_action_get_why (action);
  fields[COL_RESPONSIBLE] = sf_plan_action_get_responsible (action);
  fields[COL_OTHERS] = others;
  fields[COL_DUE] = sf_plan_action_get_due (action);
  fields[COL_QUARTER] = quarter;
  fields[COL_STATUS] = words->status[CLAMP (sf_plan_action_get_status (action), 0,
                                            SF_ACTION_N_STATUSES - 1)];
  if (precondition != NULL)
    fields[COL_PRECONDITION] = sf_precondition_get_text (SF_PRECONDITION (precondition));
  if (theme != NULL)
    fields[COL_THEME] = sf_theme_get_name (SF_THEME (theme));
  sf_csv_append_row (out, fields, N_COLS, separator);
}

gboolean
sf_project_export_actions_csv (SfProject      *project,
                               const char     *path,
                               char            separator,
                               SfCsvLanguage   language,
                               GError        **error)
{
  g_autoptr(GString) out = g_string_new (SF_CSV_BOM);
  GListModel *plan;
  const Vocabulary *words;

  g_return_val_if_fail (SF_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (separator == ';' || separator == ',' || separator == '\t', FALSE);
  g_return_val_if_fail (language == SF_CSV_ENGLISH || language == SF_CSV_DUTCH, FALSE);

  words = &vocabularies[language];
  plan = sf_project_get_plan (project);
  sf_csv_append_row (out, words->columns, N_COLS, separator);
  for (guint i = 0; i < g_list_model_get_n_items (plan); i++)
    {
      g_autoptr(SfPlanAction) action = g_list_model_get_item (plan, i);

      append_action (out, project, action, words, separator);
    }
  return sf_file_write_private (path, out->str, out->len, error);
}
