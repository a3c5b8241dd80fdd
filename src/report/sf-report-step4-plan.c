/* sf-report-step4-plan.c: the report's plan for the coming year (step 4): a table of the
 * actions and their timeline by quarter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-partner.h"
#include "sf-plan-timeline.h"
#include "sf-project-plan.h"
#include "sf-record-list.h"
#include "sf-report-step4.h"

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
  SfReportTable *table;

  if (g_list_model_get_n_items (plan) == 0)
    return;
  sf_report_document_add_section (ctx->doc, _("The plan for the coming year"));
  table = sf_report_document_add_table (ctx->doc, 5);
  sf_report_table_set_column (table, 0, _("What"), 0.34, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 1, _("Responsible"), 0.19, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 2, _("Others involved"), 0.19, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 3, _("When"), 0.15, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 4, _("Status"), 0.13, SF_REPORT_ALIGN_START);
  for (guint i = 0; i < g_list_model_get_n_items (plan); i++)
    {
      g_autoptr(SfPlanAction) action = g_list_model_get_item (plan, i);
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
