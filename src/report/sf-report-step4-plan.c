/* sf-report-step4-plan.c: the report's plan for the coming year (step 4): a table of the
 * actions and their timeline by quarter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sf-partner.h"
#include "sf-plan-timeline.h"
#include "sf-project-plan.h"
#include "sf-record-list.h"
#include "sf-report-step4.h"

/* When @due ends, to sort by: a date as it is, a quarter after every date in its last month,
 * no date after all. The store sorts the text, which puts "2027-Q1" after "2027-11-30". */
static char *
due_key (const char *due)
{
  int year, quarter;

  if (due == NULL || *due == '\0')
    return g_strdup ("~");
  if (strlen (due) != 10 && sf_plan_due_quarter (due, &year, &quarter))
    return g_strdup_printf ("%04d-%02d-99", year, quarter * 3);
  return g_strdup (due);
}

typedef struct
{
  char         *key;
  SfPlanAction *action;
} Due;

static int
compare_due (gconstpointer a,
             gconstpointer b)
{
  return strcmp (((const Due *) a)->key, ((const Due *) b)->key);
}

GPtrArray *
sf_report_plan_by_due (SfReportContext *ctx,
                       gboolean         next_only)
{
  GListModel *plan = sf_project_get_plan (ctx->project);
  guint n = g_list_model_get_n_items (plan);
  g_autoptr(GArray) dues = g_array_sized_new (FALSE, FALSE, sizeof (Due), n);
  GPtrArray *out = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      SfPlanAction *action = g_list_model_get_item (plan, i);
      SfActionStatus status = sf_plan_action_get_status (action);
      Due due = { due_key (sf_plan_action_get_due (action)), action };

      if (next_only && status != SF_ACTION_OPEN && status != SF_ACTION_UNDER_WAY)
        {
          g_free (due.key);
          g_object_unref (action);
          continue;
        }
      g_array_append_val (dues, due);
    }
  /* Stable: as the plan lists them among equals. */
  g_array_sort (dues, compare_due);
  for (guint i = 0; i < dues->len; i++)
    {
      Due *due = &g_array_index (dues, Due, i);

      g_ptr_array_add (out, due->action);
      g_free (due->key);
    }
  return out;
}

/* The other partners involved in @action, by name. */
static char *
others_of (SfReportContext *ctx,
           SfPlanAction    *action)
{
  GListModel *partners = sf_project_get_partners (ctx->project);
  g_auto(GStrv) ids = sf_project_get_action_partners (ctx->project,
                                                      sf_record_get_id (SF_RECORD (action)));
  GString *names = g_string_new (NULL);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      SfRecord *partner = sf_record_list_lookup (SF_RECORD_LIST (partners), ids[i]);

      if (partner != NULL)
        g_string_append_printf (names, "%s%s", names->len ? ", " : "",
                                sf_partner_get_organisation (SF_PARTNER (partner)));
    }
  return g_string_free (names, FALSE);
}

void
sf_report_step4_add_plan (SfReportContext *ctx)
{
  GListModel *plan = sf_project_get_plan (ctx->project);
  g_autoptr(GPtrArray) actions = sf_report_plan_by_due (ctx, FALSE);
  SfReportTable *table;

  if (actions->len == 0)
    return;
  sf_report_document_add_section (ctx->doc, _("The plan for the coming year"));
  table = sf_report_document_add_table (ctx->doc, 5);
  sf_report_table_set_column (table, 0, _("What"), 0.34, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 1, _("Responsible"), 0.19, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 2, _("Others involved"), 0.19, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 3, _("When"), 0.15, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 4, _("Status"), 0.13, SF_REPORT_ALIGN_START);
  for (guint i = 0; i < actions->len; i++)
    {
      SfPlanAction *action = g_ptr_array_index (actions, i);
      g_autofree char *others = others_of (ctx, action);
      g_autofree char *when = sf_report_format_due (sf_plan_action_get_due (action));
      const char *cells[5] = {
        sf_report_context_text (ctx, sf_plan_action_get_what (action)),
        sf_plan_action_get_responsible (action),
        others,
        when,
        sf_plan_status_label (sf_plan_action_get_status (action)),
      };

      sf_report_table_add_row (table, cells);
    }
  sf_report_document_add_timeline (ctx->doc, sf_plan_timeline_new_for (plan));
  sf_report_document_add_caption (ctx->doc, _("Each action in the quarter it is due, in the "
                                              "row of the partner responsible."));
}
