/* sf-report-step1.c: the report's chapter on step 1, the partner interviews
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The partners by domain, each partner's key points (and, when chosen, the interview's
 * answers), then the themes across partners. Confidential answers, notes and key points are
 * never copied into the document.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sf-project-interviews.h"
#include "sf-report-chapters.h"
#include "sf-project-themes.h"

static void
add_partners (SfReportContext *ctx)
{
  GListModel *partners = sf_project_get_partners (ctx->project);
  const char * const *domains = sf_partner_domains ();
  SfReportTable *table;

  sf_report_document_add_section (ctx->doc, _("The partners"));
  table = sf_report_document_add_table (ctx->doc, 4);
  sf_report_table_set_column (table, 0, _("Domain"), 0.18, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 1, _("Organisation"), 0.32, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 2, _("Role"), 0.26, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 3, _("Contact person"), 0.24, SF_REPORT_ALIGN_START);
  /* In the order of the domains, then of the register; "other" catches unknown domains. */
  for (guint d = 0; domains[d] != NULL; d++)
    for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
      {
        g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);
        const char *domain = sf_partner_get_domain (partner);
        gboolean known = g_strv_contains (domains, domain ? domain : "");
        const char *cells[4];

        if (known ? !g_str_equal (domain, domains[d]) : !g_str_equal (domains[d], "other"))
          continue;
        cells[0] = sf_partner_domain_get_label (domain);
        cells[1] = sf_partner_get_organisation (partner);
        cells[2] = sf_partner_get_role (partner);
        cells[3] = sf_report_context_person (ctx, sf_partner_get_contact (partner),
                                             sf_partner_get_role (partner));
        sf_report_table_add_row (table, cells);
      }
}

static char *
theme_names (SfReportContext *ctx,
             const char      *kind,
             const char      *id)
{
  g_auto(GStrv) ids = sf_project_get_theme_ids_of (ctx->project, kind, id);
  GListModel *themes = sf_project_get_themes (ctx->project);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    for (guint j = 0; j < g_list_model_get_n_items (themes); j++)
      {
        g_autoptr(SfTheme) theme = g_list_model_get_item (themes, j);

        if (!g_str_equal (sf_record_get_id (SF_RECORD (theme)), ids[i]))
          continue;
        if (names->len > 0)
          g_string_append (names, ", ");
        g_string_append (names, sf_theme_get_name (theme));
      }
  return g_string_free (g_steal_pointer (&names), names->len == 0);
}

/* "text (theme, theme)": the points a partner or a session agreed on, never confidential. */
GPtrArray *
sf_report_key_point_items (SfReportContext *ctx,
                           GListModel      *points)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (points); i++)
    {
      g_autoptr(SfKeyPoint) point = g_list_model_get_item (points, i);
      g_autofree char *themes = NULL;
      const char *text;

      if (sf_key_point_get_confidential (point))
        continue;
      text = sf_report_context_text (ctx, sf_key_point_get_text (point));
      themes = theme_names (ctx, SF_TAGGED_KEY_POINT, sf_record_get_id (SF_RECORD (point)));
      g_ptr_array_add (items, themes ? g_strdup_printf ("%s (%s)", text, themes)
                                     : g_strdup (text));
    }
  g_ptr_array_add (items, NULL);
  return items;
}

static void
add_answers (SfReportContext *ctx,
             SfInterview     *interview)
{
  GListModel *questions = sf_project_get_questions (ctx->project, 1);
  const char *interview_id = sf_record_get_id (SF_RECORD (interview));
  gboolean any = FALSE;

  for (guint q = 0; q < g_list_model_get_n_items (questions); q++)
    {
      g_autoptr(SfQuestion) question = g_list_model_get_item (questions, q);
      SfAnswer *answer = sf_project_find_answer (ctx->project, interview_id,
                                                 sf_record_get_id (SF_RECORD (question)));
      g_autofree char *markup = NULL;
      const char *text;

      if (answer == NULL || sf_answer_get_confidential (answer) ||
          sf_answer_get_not_asked (answer))
        continue;
      text = sf_answer_get_text (answer);
      if (text == NULL || text[strspn (text, " \t\n")] == '\0')
        continue;
      if (!any)
        {
          g_autofree char *heading = g_markup_printf_escaped ("<b>%s</b>", _("Answers"));

          sf_report_document_add_markup (ctx->doc, heading);
          any = TRUE;
        }
      markup = g_markup_printf_escaped ("<i>%s</i>\n%s", sf_question_get_text (question),
                                        sf_report_context_text (ctx, text));
      sf_report_document_add_markup (ctx->doc, markup);
    }
}

static void
add_partner (SfReportContext *ctx,
             SfPartner       *partner)
{
  const char *partner_id = sf_record_get_id (SF_RECORD (partner));
  SfInterview *interview = sf_project_find_interview (ctx->project, partner_id);
  g_autoptr(GPtrArray) items =
    sf_report_key_point_items (ctx, sf_project_get_key_points (ctx->project, partner_id));

  sf_report_document_add_section (ctx->doc, sf_partner_get_organisation (partner));
  if (interview != NULL)
    {
      const char *who = sf_report_context_person (ctx,
                                                  sf_interview_get_interviewer_name (interview),
                                                  NULL);
      g_autofree char *date = sf_report_format_date (sf_interview_get_date (interview));
      g_autofree char *line = NULL;

      who = sf_report_context_text (ctx, who);
      if (date != NULL && *date != '\0' && who != NULL && *who != '\0')
        /* Translators: under a partner in the report: the interview's date, its interviewer
         * and its status. */
        line = g_strdup_printf (_("Interview of %s by %s · %s"), date, who,
                                sf_interview_status_get_label (
                                  sf_interview_get_status (interview)));
      else if (date != NULL && *date != '\0')
        line = g_strdup_printf (_("Interview of %s · %s"), date,
                                sf_interview_status_get_label (
                                  sf_interview_get_status (interview)));
      else
        line = g_strdup_printf (_("Interview: %s"),
                                sf_interview_status_get_label (
                                  sf_interview_get_status (interview)));
      sf_report_document_add_caption (ctx->doc, line);
    }
  if (items->len > 1)
    sf_report_document_add_bullets (ctx->doc, (const char * const *) items->pdata);
  else
    sf_report_document_add_paragraph (ctx->doc, _("No key points have been written down yet."));
  if (ctx->options->with_answers && interview != NULL)
    add_answers (ctx, interview);
}

static void
add_themes (SfReportContext *ctx)
{
  g_autoptr(GPtrArray) uses = sf_project_theme_counts (ctx->project, NULL);
  SfReportTable *table = NULL;

  for (guint i = 0; uses != NULL && i < uses->len; i++)
    {
      SfThemeUse *use = g_ptr_array_index (uses, i);
      g_autofree char *points = NULL, *partners = NULL;
      const char *cells[3];

      if (use->step1_points == 0)
        continue;
      if (table == NULL)
        {
          sf_report_document_add_section (ctx->doc, _("Themes across partners"));
          table = sf_report_document_add_table (ctx->doc, 3);
          sf_report_table_set_column (table, 0, _("Theme"), 0.6, SF_REPORT_ALIGN_START);
          sf_report_table_set_column (table, 1, _("Key points"), 0.2, SF_REPORT_ALIGN_END);
          sf_report_table_set_column (table, 2, _("Partners"), 0.2, SF_REPORT_ALIGN_END);
        }
      points = g_strdup_printf ("%u", use->step1_points);
      partners = g_strdup_printf ("%u", use->partners);
      cells[0] = use->name, cells[1] = points, cells[2] = partners;
      sf_report_table_add_row (table, cells);
    }
}

void
sf_report_add_step1 (SfReportContext *ctx)
{
  GListModel *partners = sf_project_get_partners (ctx->project);
  guint n = g_list_model_get_n_items (partners);
  gboolean any_interview = g_list_model_get_n_items (sf_project_get_interviews (ctx->project))
                           > 0;

  sf_report_document_add_chapter (ctx->doc,
                                  sf_report_chapter_get_title (SF_REPORT_CHAPTER_STEP_1));
  sf_report_add_purpose (ctx, 1);
  if (n == 0 || (!any_interview && sf_project_count_key_points (ctx->project, 1) == 0))
    {
      sf_report_add_not_done (ctx, 1);
      if (n > 0)
        add_partners (ctx);
      return;
    }
  add_partners (ctx);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);

      add_partner (ctx, partner);
    }
  add_themes (ctx);
}
