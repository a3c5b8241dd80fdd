/* sf-report-minutes.c: the minutes of step 5's board meeting as a document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Who attended, what was presented (the titles of the deck's shown slides), each decision
 * put to the boards with each board's answer and what it attached, and the follow-up agreed:
 * the decisions marked taken and the conditions the boards set. People are named as in the
 * report ("names as roles"); nothing confidential is in any of these.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-deck.h"
#include "sf-partner.h"
#include "sf-project-board.h"
#include "sf-project-decisions.h"
#include "sf-report-step4.h"
#include "sf-report-step5.h"
#include "sf-store-text.h"

static void
add_presented (SfReportContext *ctx)
{
  SfDeckOptions options = { ctx->options->names_as_roles, ctx->options->resident_names };
  g_autoptr(SfDeck) deck = sf_deck_new (ctx->project, &options, NULL);
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();

  if (deck == NULL || sf_deck_get_n_shown (deck) == 0)
    return;
  sf_report_document_add_section (ctx->doc, _("What was presented"));
  for (guint page = 0; page < sf_deck_get_n_shown (deck); page++)
    g_ptr_array_add (titles, (gpointer) sf_report_context_text (
                               ctx, sf_deck_get_title (deck, sf_deck_shown_to_index (deck,
                                                                                     page))));
  g_ptr_array_add (titles, NULL);
  /* The deck is freed before the list is laid out: the document copies its items. */
  sf_report_document_add_numbered (ctx->doc, (const char * const *) titles->pdata);
}

/* Each decision with each board's answer and what it attached. */
static void
add_answers (SfReportContext *ctx,
             GPtrArray       *decisions,
             GPtrArray       *partners)
{
  if (decisions->len == 0)
    return;
  sf_report_document_add_section (ctx->doc, _("The decisions and the boards’ answers"));
  for (guint d = 0; d < decisions->len; d++)
    {
      SfDecision *decision = g_ptr_array_index (decisions, d);
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *markup = g_markup_printf_escaped (
        "<b>%u. %s</b>", d + 1, sf_report_context_text (ctx, sf_decision_get_text (decision)));

      sf_report_document_add_markup (ctx->doc, markup);
      for (guint p = 0; p < partners->len; p++)
        {
          SfPartner *partner = g_ptr_array_index (partners, p);
          SfBoardSupport *support = sf_project_find_board_support (
            ctx->project, sf_record_get_id (SF_RECORD (partner)),
            sf_record_get_id (SF_RECORD (decision)));
          g_autofree char *details = support ? sf_report_support_details (ctx, support) : NULL;
          const char *stance = sf_report_stance_label (
            support ? sf_board_support_get_stance (support) : SF_BOARD_STANCE_UNDECIDED);

          g_ptr_array_add (items, details
                                    ? g_strdup_printf ("%s: %s — %s",
                                                       sf_partner_get_organisation (partner),
                                                       stance, details)
                                    : g_strdup_printf ("%s: %s",
                                                       sf_partner_get_organisation (partner),
                                                       stance));
        }
      g_ptr_array_add (items, NULL);
      if (items->len > 1)
        sf_report_document_add_bullets (ctx->doc, (const char * const *) items->pdata);
    }
}

/* The decisions marked taken, then the conditions each board set. */
static void
add_follow_up (SfReportContext *ctx,
               GPtrArray       *decisions,
               GPtrArray       *partners)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

  for (guint d = 0; d < decisions->len; d++)
    if (sf_decision_get_status (g_ptr_array_index (decisions, d)) == SF_DECISION_TAKEN)
      /* Translators: in the minutes' follow-up; %u numbers the decision, %s is its text. */
      g_ptr_array_add (items, g_strdup_printf (
                                _("Decision %u is taken: %s"), d + 1,
                                sf_report_context_text (
                                  ctx, sf_decision_get_text (g_ptr_array_index (decisions, d)))));
  for (guint p = 0; p < partners->len; p++)
    for (guint d = 0; d < decisions->len; d++)
      {
        SfPartner *partner = g_ptr_array_index (partners, p);
        SfBoardSupport *support = sf_project_find_board_support (
          ctx->project, sf_record_get_id (SF_RECORD (partner)),
          sf_record_get_id (SF_RECORD (g_ptr_array_index (decisions, d))));
        const char *conditions = support ? sf_board_support_get_conditions (support) : NULL;

        if (!sf_store_text_is_blank (conditions))
          /* Translators: in the minutes' follow-up; %1$s is a partner, %2$u numbers the
           * decision, %3$s is the condition its board set. */
          g_ptr_array_add (items, g_strdup_printf (
                                    _("%1$s, on decision %2$u: %3$s"),
                                    sf_partner_get_organisation (partner), d + 1,
                                    sf_report_context_text (ctx, conditions)));
      }
  sf_report_document_add_section (ctx->doc, _("Agreed follow-up"));
  if (items->len == 0)
    {
      sf_report_document_add_paragraph (ctx->doc, _("No decision was taken and no board set "
                                                    "conditions yet."));
      return;
    }
  g_ptr_array_add (items, NULL);
  sf_report_document_add_bullets (ctx->doc, (const char * const *) items->pdata);
}

SfReportDocument *
sf_report_build_minutes (SfProject             *project,
                         const SfReportOptions *options,
                         GError               **error)
{
  SfReportDocument *doc;
  SfReportContext ctx;
  SfBoardMeeting *meeting;
  g_autoptr(GPtrArray) decisions = NULL, partners = NULL;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  doc = sf_report_document_new (sf_project_get_name (project));
  sf_report_document_set_subject (doc, _("Minutes of the board meeting"));
  sf_report_context_init (&ctx, project, options, doc);
  sf_report_document_add_chapter (doc, _("Minutes of the board meeting"));
  sf_report_document_add_paragraph (doc, sf_project_get_name (project));
  meeting = sf_project_get_board_meeting (project);
  if (meeting != NULL)
    {
      const char *question = sf_board_meeting_get_question (meeting);

      sf_report_add_board_meeting_line (&ctx, meeting);
      if (!sf_store_text_is_blank (question))
        {
          sf_report_add_bold (&ctx, _("The question put to the boards"));
          sf_report_document_add_paragraph (doc, sf_report_context_text (&ctx, question));
        }
    }
  if (g_list_model_get_n_items (sf_project_get_board_members (project)) > 0)
    {
      sf_report_document_add_section (doc, _("Who attended"));
      sf_report_add_board_attendance (&ctx);
    }
  add_presented (&ctx);
  decisions = sf_report_board_decisions (&ctx);
  partners = sf_report_board_partners (&ctx);
  add_answers (&ctx, decisions, partners);
  add_follow_up (&ctx, decisions, partners);
  sf_report_context_clear (&ctx);
  return doc;
}
