/* sf-report-step5.c: the report's chapter on step 5, presenting to the boards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The board meeting (when, where, the question put to the boards, who of each partner's board
 * attended), the intended decisions and the support matrix: each board's stance per decision
 * in words, its conditions, commitment, mandate and date written under the matrix, where long
 * texts break across pages. People are named through the context ("names as roles").
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-partner.h"
#include "sf-project-board.h"
#include "sf-project-decisions.h"
#include "sf-record-list.h"
#include "sf-report-step4.h"
#include "sf-report-step5.h"
#include "sf-store-text.h"

const char *
sf_report_stance_label (SfBoardStance stance)
{
  switch (stance)
    {
    case SF_BOARD_STANCE_SUPPORTS:
      return C_("board", "Supports");
    case SF_BOARD_STANCE_CONDITIONAL:
      return C_("board", "Supports on conditions");
    case SF_BOARD_STANCE_AGAINST:
      return C_("board", "Does not support");
    case SF_BOARD_STANCE_UNDECIDED:
    case SF_BOARD_STANCE_N_VALUES:
    default:
      return C_("board", "No decision yet");
    }
}

const char *
sf_report_board_form_label (SfBoardFormKind form)
{
  switch (form)
    {
    case SF_BOARD_FORM_STATEMENT:
      return _("Statement of support");
    case SF_BOARD_FORM_INTENT:
      return _("Letter of intent");
    case SF_BOARD_FORM_AGREEMENT:
      return _("Administrative agreement");
    case SF_BOARD_FORM_NONE:
    case SF_BOARD_FORM_N_VALUES:
    default:
      return C_("board form", "Not yet");
    }
}

GPtrArray *
sf_report_board_decisions (SfReportContext *ctx)
{
  GListModel *decisions = sf_project_get_decisions (ctx->project);
  GListModel *supports = sf_project_get_board_supports (ctx->project);
  g_autoptr(GHashTable) answered = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *put = g_ptr_array_new_with_free_func (g_object_unref);

  /* A decision marked taken after the boards answered stays one put to them. */
  for (guint i = 0; i < g_list_model_get_n_items (supports); i++)
    {
      g_autoptr(SfBoardSupport) support = g_list_model_get_item (supports, i);

      g_hash_table_add (answered, (gpointer) sf_board_support_get_decision_id (support));
    }
  for (guint i = 0; i < g_list_model_get_n_items (decisions); i++)
    {
      SfDecision *decision = g_list_model_get_item (decisions, i);

      if (sf_decision_get_status (decision) == SF_DECISION_PROPOSED ||
          g_hash_table_contains (answered, sf_record_get_id (SF_RECORD (decision))))
        g_ptr_array_add (put, decision);
      else
        g_object_unref (decision);
    }
  return put;
}

GPtrArray *
sf_report_board_partners (SfReportContext *ctx)
{
  GListModel *partners = sf_project_get_partners (ctx->project);
  g_auto(GStrv) ids = sf_project_get_board_partners (ctx->project);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      SfRecord *partner = sf_record_list_lookup (SF_RECORD_LIST (partners), ids[i]);

      if (partner != NULL)
        g_ptr_array_add (found, g_object_ref (partner));
    }
  return found;
}

/* ---- the meeting ---------------------------------------------------------------------------- */

void
sf_report_add_board_meeting_line (SfReportContext *ctx,
                                  SfBoardMeeting  *meeting)
{
  g_autofree char *date = sf_report_format_date (sf_board_meeting_get_date (meeting));
  const char *place = sf_board_meeting_get_place (meeting);
  g_autoptr(GString) line = g_string_new (sf_board_meeting_get_held (meeting) ? _("Held")
                                                                            : _("Planned"));

  if (!sf_store_text_is_blank (date))
    g_string_append_printf (line, " · %s", date);
  if (!sf_store_text_is_blank (place))
    g_string_append_printf (line, " · %s", sf_report_context_text (ctx, place));
  sf_report_document_add_paragraph (ctx->doc, line->str);
}

void
sf_report_add_board_attendance (SfReportContext *ctx)
{
  GListModel *members = sf_project_get_board_members (ctx->project);
  SfReportTable *table;

  if (g_list_model_get_n_items (members) == 0)
    return;
  table = sf_report_document_add_table (ctx->doc, 3);
  sf_report_table_set_column (table, 0, _("Partner"), 0.4, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 1, _("Board member"), 0.4, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 2, _("Attendance"), 0.2, SF_REPORT_ALIGN_START);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(SfBoardMember) member = g_list_model_get_item (members, i);
      const char *function = sf_board_member_get_function (member);
      const char *person = sf_report_context_person (ctx, sf_board_member_get_name (member),
                                                     function);
      /* With the name given, the function follows it; named by role, it is the role. */
      g_autofree char *who = g_strcmp0 (person, sf_board_member_get_name (member)) == 0 &&
                             !sf_store_text_is_blank (function)
                               ? g_strdup_printf ("%s (%s)", person, function)
                               : g_strdup (person);
      const char *cells[3] = {
        sf_board_member_get_organisation (member),
        who,
        sf_report_attendance_label (sf_board_member_get_attendance (member)),
      };

      sf_report_table_add_row (table, cells);
    }
}

static void
add_meeting (SfReportContext *ctx)
{
  SfBoardMeeting *meeting = sf_project_get_board_meeting (ctx->project);
  const char *question = meeting ? sf_board_meeting_get_question (meeting) : NULL;

  if (meeting == NULL && g_list_model_get_n_items (sf_project_get_board_members (ctx->project))
                         == 0)
    return;
  sf_report_document_add_section (ctx->doc, _("The board meeting"));
  if (meeting != NULL)
    sf_report_add_board_meeting_line (ctx, meeting);
  if (!sf_store_text_is_blank (question))
    {
      sf_report_add_bold (ctx, _("The question put to the boards"));
      sf_report_document_add_paragraph (ctx->doc, sf_report_context_text (ctx, question));
    }
  if (g_list_model_get_n_items (sf_project_get_board_members (ctx->project)) > 0)
    sf_report_add_bold (ctx, _("Board members"));
  sf_report_add_board_attendance (ctx);
}

/* ---- the decisions and the support -------------------------------------------------------- */

static void
add_decisions (SfReportContext *ctx,
               GPtrArray       *decisions)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new ();

  if (decisions->len == 0)
    return;
  sf_report_document_add_section (ctx->doc, _("The intended decisions"));
  for (guint i = 0; i < decisions->len; i++)
    g_ptr_array_add (items, (gpointer) sf_report_context_text (
                              ctx, sf_decision_get_text (g_ptr_array_index (decisions, i))));
  g_ptr_array_add (items, NULL);
  sf_report_document_add_numbered (ctx->doc, (const char * const *) items->pdata);
}

/* "Conditions: …; mandate: …" of one answer, or NULL when it has none of these. */
char *
sf_report_support_details (SfReportContext *ctx,
                           SfBoardSupport  *support)
{
  g_autofree char *date = sf_report_format_date (sf_board_support_get_date (support));
  const char *parts[][2] = {
    { _("Conditions"), sf_board_support_get_conditions (support) },
    { _("Commitment"), sf_board_support_get_commitment (support) },
    { _("Mandate"), sf_board_support_get_mandate (support) },
    { _("Date"), date },
  };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (!sf_store_text_is_blank (parts[i][1]))
      {
        if (text->len > 0)
          g_string_append (text, "; ");
        /* Translators: in the report's support of the boards, "Conditions: …". */
        g_string_append_printf (text, _("%s: %s"), parts[i][0],
                                sf_report_context_text (ctx, parts[i][1]));
      }
  return g_string_free (text, text->len == 0);
}

/* What each board attached to its answers, per partner, under the matrix. */
static void
add_support_details (SfReportContext *ctx,
                     GPtrArray       *partners,
                     GPtrArray       *decisions)
{
  for (guint p = 0; p < partners->len; p++)
    {
      SfPartner *partner = g_ptr_array_index (partners, p);
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

      for (guint d = 0; d < decisions->len; d++)
        {
          SfBoardSupport *support = sf_project_find_board_support (
            ctx->project, sf_record_get_id (SF_RECORD (partner)),
            sf_record_get_id (SF_RECORD (g_ptr_array_index (decisions, d))));
          g_autofree char *details = support ? sf_report_support_details (ctx, support) : NULL;

          if (details != NULL)
            /* Translators: in the report, under the support matrix; %u is the decision's
             * number, %s what the board attached to its answer. */
            g_ptr_array_add (items, g_strdup_printf (_("Decision %u — %s"), d + 1, details));
        }
      if (items->len == 0)
        continue;
      sf_report_add_bold (ctx, sf_partner_get_organisation (partner));
      g_ptr_array_add (items, NULL);
      sf_report_document_add_bullets (ctx->doc, (const char * const *) items->pdata);
    }
}

static void
add_support (SfReportContext *ctx,
             GPtrArray       *decisions)
{
  g_autoptr(GPtrArray) partners = sf_report_board_partners (ctx);
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  SfReportTable *table;
  double share;

  if (partners->len == 0 || decisions->len == 0)
    return;
  sf_report_document_add_section (ctx->doc, _("Support of the boards"));
  table = sf_report_document_add_table (ctx->doc, decisions->len + 2);
  share = 0.5 / decisions->len;
  sf_report_table_set_column (table, 0, _("Partner"), 0.3, SF_REPORT_ALIGN_START);
  for (guint d = 0; d < decisions->len; d++)
    {
      /* Translators: a column of the report's support matrix; %u numbers the decision. */
      g_ptr_array_add (titles, g_strdup_printf (_("Decision %u"), d + 1));
      sf_report_table_set_column (table, d + 1, g_ptr_array_index (titles, d), share,
                                  SF_REPORT_ALIGN_START);
    }
  sf_report_table_set_column (table, decisions->len + 1, _("Form of support"), 0.2,
                              SF_REPORT_ALIGN_START);
  for (guint p = 0; p < partners->len; p++)
    {
      SfPartner *partner = g_ptr_array_index (partners, p);
      const char *partner_id = sf_record_get_id (SF_RECORD (partner));
      g_autofree const char **cells = g_new0 (const char *, decisions->len + 2);

      cells[0] = sf_partner_get_organisation (partner);
      for (guint d = 0; d < decisions->len; d++)
        {
          SfBoardSupport *support = sf_project_find_board_support (
            ctx->project, partner_id,
            sf_record_get_id (SF_RECORD (g_ptr_array_index (decisions, d))));

          cells[d + 1] = sf_report_stance_label (support ? sf_board_support_get_stance (support)
                                                         : SF_BOARD_STANCE_UNDECIDED);
        }
      cells[decisions->len + 1] =
        sf_report_board_form_label (sf_project_get_board_form (ctx->project, partner_id));
      sf_report_table_add_row (table, cells);
    }
  add_support_details (ctx, partners, decisions);
}

/* ---- the glance ------------------------------------------------------------------------- */

void
sf_report_add_support_counts (SfReportContext *ctx)
{
  g_autoptr(GPtrArray) decisions = sf_report_board_decisions (ctx);
  g_autoptr(GPtrArray) partners = sf_report_board_partners (ctx);
  SfReportTable *table;

  if (decisions->len == 0 || partners->len == 0)
    return;
  sf_report_add_bold (ctx, _("Support of the boards"));
  table = sf_report_document_add_table (ctx->doc, 2);
  sf_report_table_set_column (table, 0, _("Partner"), 0.6, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 1, _("Support"), 0.4, SF_REPORT_ALIGN_START);
  for (guint p = 0; p < partners->len; p++)
    {
      SfPartner *partner = g_ptr_array_index (partners, p);
      g_autofree char *count = NULL;
      const char *cells[2];
      guint supported = 0;

      for (guint d = 0; d < decisions->len; d++)
        {
          SfBoardSupport *support = sf_project_find_board_support (
            ctx->project, sf_record_get_id (SF_RECORD (partner)),
            sf_record_get_id (SF_RECORD (g_ptr_array_index (decisions, d))));
          SfBoardStance stance = support ? sf_board_support_get_stance (support)
                                         : SF_BOARD_STANCE_UNDECIDED;

          /* A yes on conditions is the board's yes; the conditions are in chapter 5. */
          supported += stance == SF_BOARD_STANCE_SUPPORTS ||
                       stance == SF_BOARD_STANCE_CONDITIONAL;
        }
      /* Translators: in the report's glance, e.g. "supports 3 of 3 decisions": how many of
       * the decisions put to the boards a partner's board supports. */
      count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "supports %u of %u decision",
                                            "supports %u of %u decisions", decisions->len),
                               supported, decisions->len);
      cells[0] = sf_partner_get_organisation (partner);
      cells[1] = count;
      sf_report_table_add_row (table, cells);
    }
}

/* ---- the chapter -------------------------------------------------------------------------- */

void
sf_report_add_step5 (SfReportContext *ctx)
{
  g_autoptr(GPtrArray) decisions = NULL;

  sf_report_document_add_chapter (ctx->doc,
                                  sf_report_chapter_get_title (SF_REPORT_CHAPTER_STEP_5));
  sf_report_add_purpose (ctx, 5);
  if (sf_project_get_board_meeting (ctx->project) == NULL &&
      g_list_model_get_n_items (sf_project_get_board_members (ctx->project)) == 0 &&
      g_list_model_get_n_items (sf_project_get_board_supports (ctx->project)) == 0)
    {
      sf_report_add_not_done (ctx, 5);
      return;
    }
  decisions = sf_report_board_decisions (ctx);
  add_meeting (ctx);
  add_decisions (ctx, decisions);
  add_support (ctx, decisions);
}
