/* sf-report-step2.c: the report's chapter on step 2, the session with key figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Per session: when and where, who took part (a chart by role), the key points by theme, what
 * was said per question and the participants' stance. Confidential statements and notes are
 * never copied into the document.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-project-interviews.h"
#include "sf-report-chapters.h"
#include "sf-project-key-figures.h"
#include "sf-project-themes.h"

static void
add_details (SfReportContext *ctx,
             SfSession       *session)
{
  const char *place = sf_session_get_place (session);
  const char *facilitator = sf_report_context_text (
    ctx, sf_report_context_person (ctx, sf_session_get_facilitator_name (session), NULL));
  g_autoptr(GString) line = g_string_new (sf_session_get_held (session) ? _("Held")
                                                                        : _("Planned"));

  if (place != NULL && *place != '\0')
    g_string_append_printf (line, " · %s", place);
  if (facilitator != NULL && *facilitator != '\0')
    /* Translators: in the report's line about a session; %s is who led it. */
    {
      g_string_append (line, " · ");
      g_string_append_printf (line, _("led by %s"), facilitator);
    }
  sf_report_document_add_caption (ctx->doc, line->str);
}

static void
add_roles (SfReportContext *ctx,
           GListModel      *participants)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  const char *series[] = { _("Participants") };
  SfChart *chart;

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(SfParticipant) p = g_list_model_get_item (participants, i);
      const char *role = sf_participant_get_role (p);
      g_autofree char *key = g_strdup (role && *role ? role : _("Role not known"));
      guint n;

      if (!sf_participant_get_attended (p))
        continue;
      n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key));
      if (n == 0)
        g_ptr_array_add (order, g_strdup (key));
      g_hash_table_insert (counts, g_steal_pointer (&key), GUINT_TO_POINTER (n + 1));
    }
  g_ptr_array_set_free_func (order, g_free);
  if (order->len == 0)
    return;
  chart = sf_chart_new (_("Who took part, by role"));
  sf_chart_set_series (chart, 1, series);
  sf_chart_set_format (chart, SF_CHART_FORMAT_NUMBER);
  for (guint i = 0; i < order->len; i++)
    {
      double value = GPOINTER_TO_UINT (g_hash_table_lookup (counts, order->pdata[i]));

      sf_chart_add_bar (chart, order->pdata[i], &value);
    }
  sf_report_document_add_chart (ctx->doc, chart);
}

static void
add_stances (SfReportContext *ctx,
             GListModel      *participants)
{
  static const SfStance stances[] = { SF_STANCE_POSITIVE, SF_STANCE_HESITANT,
                                      SF_STANCE_NEGATIVE, SF_STANCE_UNKNOWN };
  double counts[SF_N_STANCES] = { 0 };
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  const char *series[] = { _("Participants") };
  guint total = 0;
  SfChart *chart;

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(SfParticipant) p = g_list_model_get_item (participants, i);
      const char *note = sf_participant_get_stance_note (p);

      if (!sf_participant_get_attended (p))
        continue;
      counts[sf_participant_get_stance (p)]++;
      total++;
      if (note != NULL && *note != '\0')
        {
          const char *who = sf_report_context_person (ctx, sf_participant_get_name (p),
                                                      sf_participant_get_role (p));

          g_ptr_array_add (notes, g_strdup_printf ("%s (%s): %s", who,
                                                   sf_stance_get_label (
                                                     sf_participant_get_stance (p)),
                                                   sf_report_context_text (ctx, note)));
        }
    }
  if (total == 0)
    return;
  sf_report_document_add_section (ctx->doc, _("Stance toward the development"));
  chart = sf_chart_new (_("Participants by stance"));
  sf_chart_set_series (chart, 1, series);
  /* Shares of one group of people: a donut, in the stances' own order. */
  sf_chart_set_mode (chart, SF_CHART_DONUT);
  sf_chart_set_format (chart, SF_CHART_FORMAT_NUMBER);
  for (guint i = 0; i < G_N_ELEMENTS (stances); i++)
    if (stances[i] != SF_STANCE_UNKNOWN || counts[SF_STANCE_UNKNOWN] > 0)
      sf_chart_add_bar (chart, sf_stance_get_label (stances[i]), &counts[stances[i]]);
  sf_report_document_add_chart (ctx->doc, chart);
  if (notes->len > 0)
    {
      g_ptr_array_add (notes, NULL);
      sf_report_document_add_bullets (ctx->doc, (const char * const *) notes->pdata);
    }
}

/* The session's key points, grouped under their first theme; untagged ones last. */
static void
add_key_points (SfReportContext *ctx,
                SfSession       *session)
{
  GListModel *points = sf_project_get_session_key_points (ctx->project,
                                                          sf_record_get_id (SF_RECORD (session)));
  GListModel *themes = sf_project_get_themes (ctx->project);
  g_autoptr(GPtrArray) rest = g_ptr_array_new_with_free_func (g_free);
  gboolean heading = FALSE;

  for (guint t = 0; t <= g_list_model_get_n_items (themes); t++)
    {
      g_autoptr(SfTheme) theme = t < g_list_model_get_n_items (themes)
                                 ? g_list_model_get_item (themes, t) : NULL;
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < g_list_model_get_n_items (points); i++)
        {
          g_autoptr(SfKeyPoint) point = g_list_model_get_item (points, i);
          g_auto(GStrv) ids = NULL;
          const char *first;

          if (sf_key_point_get_confidential (point))
            continue;
          ids = sf_project_get_theme_ids_of (ctx->project, SF_TAGGED_KEY_POINT,
                                             sf_record_get_id (SF_RECORD (point)));
          first = ids != NULL ? ids[0] : NULL;
          if (theme != NULL && g_strcmp0 (first, sf_record_get_id (SF_RECORD (theme))) == 0)
            g_ptr_array_add (items, g_strdup (sf_report_context_text (
                                                ctx, sf_key_point_get_text (point))));
          else if (theme == NULL && first == NULL)
            g_ptr_array_add (items, g_strdup (sf_report_context_text (
                                                ctx, sf_key_point_get_text (point))));
        }
      if (items->len == 0)
        continue;
      if (!heading)
        {
          sf_report_document_add_section (ctx->doc, _("Key points by theme"));
          heading = TRUE;
        }
      {
        g_autofree char *markup = g_markup_printf_escaped (
          "<b>%s</b>", theme ? sf_theme_get_name (theme) : _("Without a theme"));

        sf_report_document_add_markup (ctx->doc, markup);
      }
      g_ptr_array_add (items, NULL);
      sf_report_document_add_bullets (ctx->doc, (const char * const *) items->pdata);
    }
}

static void
add_statements (SfReportContext *ctx,
                SfSession       *session)
{
  const char *session_id = sf_record_get_id (SF_RECORD (session));
  GListModel *questions = sf_project_get_questions (ctx->project, 2);
  gboolean heading = FALSE;

  for (guint q = 0; q < g_list_model_get_n_items (questions); q++)
    {
      g_autoptr(SfQuestion) question = g_list_model_get_item (questions, q);
      GListModel *statements = sf_project_get_statements (
        ctx->project, session_id, sf_record_get_id (SF_RECORD (question)));
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
        {
          g_autoptr(SfStatement) st = g_list_model_get_item (statements, i);
          const char *who = NULL;
          const char *text;

          if (sf_statement_get_confidential (st))
            continue;
          text = sf_report_context_text (ctx, sf_statement_get_text (st));
          if (sf_statement_get_participant_id (st) != NULL)
            {
              GListModel *participants = sf_project_get_participants (ctx->project,
                                                                      session_id);

              for (guint j = 0; j < g_list_model_get_n_items (participants) && !who; j++)
                {
                  g_autoptr(SfParticipant) p = g_list_model_get_item (participants, j);

                  if (g_strcmp0 (sf_record_get_id (SF_RECORD (p)),
                                 sf_statement_get_participant_id (st)) == 0)
                    who = sf_report_context_person (ctx, sf_participant_get_name (p),
                                                    sf_participant_get_role (p));
                }
            }
          g_ptr_array_add (items, who && *who ? g_strdup_printf ("%s — %s", text, who)
                                              : g_strdup (text));
        }
      if (items->len == 0)
        continue;
      if (!heading)
        {
          sf_report_document_add_section (ctx->doc, _("What was said"));
          heading = TRUE;
        }
      {
        g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>",
                                                           sf_question_get_text (question));

        sf_report_document_add_markup (ctx->doc, markup);
      }
      g_ptr_array_add (items, NULL);
      sf_report_document_add_bullets (ctx->doc, (const char * const *) items->pdata);
    }
}

static void
add_session (SfReportContext *ctx,
             SfSession       *session)
{
  GListModel *participants = sf_project_get_participants (ctx->project,
                                                          sf_record_get_id (SF_RECORD (session)));
  g_autofree char *date = sf_report_format_date (sf_session_get_date (session));
  g_autofree char *title = NULL;

  if (*date != '\0')
    /* Translators: a section of the report; %s is the session's date. */
    title = g_strdup_printf (_("The session of %s"), date);
  else
    title = g_strdup (_("The session"));
  sf_report_document_add_section (ctx->doc, title);
  add_details (ctx, session);
  add_roles (ctx, participants);
  add_key_points (ctx, session);
  add_statements (ctx, session);
  add_stances (ctx, participants);
}

void
sf_report_add_step2 (SfReportContext *ctx)
{
  GListModel *sessions = sf_project_get_sessions (ctx->project);
  guint n = g_list_model_get_n_items (sessions);

  sf_report_document_add_chapter (ctx->doc,
                                  sf_report_chapter_get_title (SF_REPORT_CHAPTER_STEP_2));
  sf_report_add_purpose (ctx, 2);
  if (n == 0)
    {
      sf_report_add_not_done (ctx, 2);
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfSession) session = g_list_model_get_item (sessions, i);

      add_session (ctx, session);
    }
}
