/* sf-report-mbc-notes.c: the business case chapter's closing parts: every assumption with its
 * source, the effects not valued (P.M.), and where the seed contradicts itself
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Who changed a parameter is a person: named through the context, so "names as roles" holds.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-flat.h"
#include "sf-project-mbc.h"
#include "sf-record-list.h"
#include "sf-report-mbc.h"
#include "sf-store-text.h"

static const char *
keep (SfReportContext *ctx,
      char            *text)
{
  g_ptr_array_add (ctx->strings, text);
  return text;
}

/* "Own assumption (set by the project leader)", or Rotterdam's source. */
static const char *
source_of (SfReportContext *ctx,
           SfMbcParam       param,
           SfMbcSetting    *setting)
{
  const char *who;

  if (setting == NULL)
    return keep (ctx, g_strdup (sf_mbc_param_info (param).source));
  who = sf_report_context_person (ctx, sf_mbc_setting_get_set_by (setting), NULL);
  if (sf_store_text_is_blank (who))
    return _("Own assumption");
  /* Translators: the source of a changed parameter; %s is who set it (a name or a role) */
  return keep (ctx, g_strdup_printf (_("Own assumption, set by %s"), who));
}

static void
add_row (SfReportContext *ctx,
         SfReportTable   *table,
         SfMbcParam       param,
         SfMbcSetting    *setting,
         const char      *changed)
{
  SfMbcParamInfo info = sf_mbc_param_info (param);
  double value = setting ? sf_mbc_setting_get_value (setting) : info.value;
  const char *cells[4] = {
    info.label,
    keep (ctx, sf_report_mbc_param_value (param, value)),
    source_of (ctx, param, setting),
    changed,
  };

  sf_report_table_add_row (table, cells);
}

/* The flat a setting is for, by name. */
static const char *
flat_name (SfReportContext *ctx,
           const char      *flat_id)
{
  GListModel *flats = sf_project_get_flats (ctx->project);
  SfRecord *flat = sf_record_list_lookup (SF_RECORD_LIST (flats), flat_id);
  const char *name = flat ? sf_flat_get_name (SF_FLAT (flat)) : NULL;

  return name && *name ? name : _("Unnamed flat");
}

void
sf_report_add_mbc_assumptions (SfReportContext *ctx)
{
  GListModel *settings = sf_project_get_mbc_settings (ctx->project);
  SfReportTable *table;

  sf_report_document_add_section (ctx->doc, _("Assumptions"));
  sf_report_document_add_paragraph (ctx->doc,
    _("Every assumption of the calculation, with its source in Rotterdam's business case, "
      "or changed for this project or one flat. A flat's own value counts for that flat."));
  table = sf_report_document_add_table (ctx->doc, 4);
  sf_report_table_set_column (table, 0, _("Assumption"), 0.34, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 1, _("Value"), 0.16, SF_REPORT_ALIGN_END);
  sf_report_table_set_column (table, 2, _("Source"), 0.34, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 3, _("Changed"), 0.16, SF_REPORT_ALIGN_START);
  for (SfMbcParam p = 0; p < SF_MBC_N_PARAMS; p++)
    {
      SfMbcSetting *own = sf_project_find_mbc_setting (ctx->project, NULL, p);

      add_row (ctx, table, p, own, own ? _("For the project") : NULL);
      for (guint i = 0; i < g_list_model_get_n_items (settings); i++)
        {
          g_autoptr(SfMbcSetting) setting = g_list_model_get_item (settings, i);
          const char *flat_id = sf_mbc_setting_get_flat_id (setting);

          if (flat_id != NULL && sf_mbc_setting_get_param (setting) == p &&
              sf_mbc_setting_get_value (setting) >= 0)
            /* Translators: in the assumptions table: changed for one flat, %s its name */
            add_row (ctx, table, p, setting, keep (ctx, g_strdup_printf (
              _("For %s"), flat_name (ctx, flat_id))));
        }
    }
}

void
sf_report_add_mbc_pm_items (SfReportContext *ctx)
{
  sf_report_document_add_section (ctx->doc, _("Effects not valued (P.M.)"));
  sf_report_document_add_paragraph (ctx->doc,
    _("Rotterdam's business case names these effects but does not value them: they are not "
      "in the amounts above, and may well be worth more than nothing."));
  for (guint i = 0; i < sf_mbc_n_pm_items (); i++)
    {
      SfMbcPmItem item = sf_mbc_pm_item (i);
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b> (§ %s) %s", item.title,
                                                         item.section, item.text);

      sf_report_document_add_markup (ctx->doc, markup);
    }
}

void
sf_report_add_mbc_inconsistencies (SfReportContext *ctx)
{
  SfReportTable *table;

  sf_report_document_add_section (ctx->doc, _("Where the source contradicts itself"));
  sf_report_document_add_paragraph (ctx->doc,
    _("Where Rotterdam's business case differs from itself, and which number Startfoto's "
      "one consistent calculation follows."));
  /* The numbers are in the text: not all are amounts (Table 7 counts residents). */
  table = sf_report_document_add_table (ctx->doc, 2);
  sf_report_table_set_column (table, 0, _("Where"), 0.25, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 1, _("What differs, and what Startfoto follows"), 0.75,
                              SF_REPORT_ALIGN_START);
  for (guint i = 0; i < sf_mbc_n_inconsistencies (); i++)
    {
      SfMbcInconsistency item = sf_mbc_inconsistency (i);
      const char *cells[2] = { item.where, item.text };

      sf_report_table_add_row (table, cells);
    }
}
