/* sf-report-step4.c: the report's chapter on step 4, the joint review of the outcomes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The meeting and how the partners will work together, the remarks on the Startfoto and what
 * was done with them, the preconditions (sf-report-step4-preconditions.c), what to take into
 * account, the plan with its timeline (sf-report-step4-plan.c), the decisions and the
 * communication plan. Whatever is marked confidential stays out; people are named through
 * the context, so that "names as roles" holds. Long texts a user typed go into paragraphs,
 * which break across pages, rather than into table cells, which do not.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-partner.h"
#include "sf-project-communication.h"
#include "sf-project-considerations.h"
#include "sf-project-decisions.h"
#include "sf-project-items.h"
#include "sf-project-remarks.h"
#include "sf-project-review.h"
#include "sf-record-list.h"
#include "sf-report-step4.h"
#include "sf-store-text.h"

/* ---- the meeting ---------------------------------------------------------------------------- */

static void
add_meeting_line (SfReportContext *ctx,
                  SfReviewMeeting *meeting)
{
  const char *place = sf_review_meeting_get_place (meeting);
  g_autofree char *date = sf_report_format_date (sf_review_meeting_get_date (meeting));
  const char *chair = sf_report_context_text (
    ctx, sf_report_context_person (ctx, sf_review_meeting_get_chair_name (meeting), NULL));
  g_autoptr(GString) line = g_string_new (sf_review_meeting_get_held (meeting) ? _("Held")
                                                                             : _("Planned"));

  if (!sf_store_text_is_blank (date))
    g_string_append_printf (line, " · %s", date);
  if (!sf_store_text_is_blank (place))
    g_string_append_printf (line, " · %s", sf_report_context_text (ctx, place));
  if (!sf_store_text_is_blank (chair))
    {
      g_string_append (line, " · ");
      /* Translators: in the report's line about the review meeting; %s is its chair. */
      g_string_append_printf (line, _("chaired by %s"), chair);
    }
  sf_report_document_add_paragraph (ctx->doc, line->str);
}

static void
add_attendance (SfReportContext *ctx)
{
  GListModel *attendees = sf_project_get_review_attendees (ctx->project);
  SfReportTable *table;

  if (g_list_model_get_n_items (attendees) == 0)
    return;
  table = sf_report_document_add_table (ctx->doc, 2);
  sf_report_table_set_column (table, 0, _("Partner"), 0.7, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 1, _("Attendance"), 0.3, SF_REPORT_ALIGN_START);
  for (guint i = 0; i < g_list_model_get_n_items (attendees); i++)
    {
      g_autoptr(SfReviewAttendee) attendee = g_list_model_get_item (attendees, i);
      const char *cells[2] = {
        sf_review_attendee_get_organisation (attendee),
        sf_report_attendance_label (sf_review_attendee_get_attendance (attendee)),
      };

      sf_report_table_add_row (table, cells);
    }
}

/* The notes taken per question of the agenda, under the question; confidential ones left
 * out. The notes come in the agenda's order. */
static void
add_notes (SfReportContext *ctx)
{
  GListModel *notes = sf_project_get_review_notes (ctx->project);
  GListModel *questions = sf_project_get_questions (ctx->project, 4);
  g_autoptr(GHashTable) texts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);
  const char *current = NULL;
  gboolean heading = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      SfQuestion *question = g_list_model_get_item (questions, i);

      g_ptr_array_add (keep, question);
      g_hash_table_insert (texts, (gpointer) sf_record_get_id (SF_RECORD (question)),
                           (gpointer) sf_question_get_text (question));
    }
  for (guint i = 0; i <= g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(SfReviewNote) note = i < g_list_model_get_n_items (notes)
                                       ? g_list_model_get_item (notes, i) : NULL;
      const char *question = note ? sf_review_note_get_question_id (note) : NULL;

      if (note && sf_review_note_get_confidential (note))
        continue;
      if (g_strcmp0 (question, current) != 0 && items->len > 0)
        {
          const char *text = g_hash_table_lookup (texts, current);

          if (!heading)
            sf_report_document_add_section (ctx->doc, _("Notes per question"));
          heading = TRUE;
          sf_report_add_bold (ctx, text ? text : _("Another question"));
          g_ptr_array_add (items, NULL);
          sf_report_document_add_bullets (ctx->doc, (const char * const *) items->pdata);
          g_ptr_array_set_size (items, 0);
        }
      current = question;
      if (note && !sf_store_text_is_blank (sf_review_note_get_text (note)))
        g_ptr_array_add (items,
                         (gpointer) sf_report_context_text (ctx, sf_review_note_get_text (note)));
    }
}

static void
add_text (SfReportContext *ctx,
          const char      *label,
          const char      *text)
{
  if (sf_store_text_is_blank (text))
    return;
  sf_report_add_bold (ctx, label);
  sf_report_document_add_paragraph (ctx->doc, sf_report_context_text (ctx, text));
}

/* How decisions are made, how input is taken into account and the arrangement. */
static void
add_working_together (SfReportContext *ctx,
                      SfReviewMeeting *meeting)
{
  SfArrangement arrangement = sf_review_meeting_get_arrangement (meeting);
  const char *note = sf_review_meeting_get_arrangement_note (meeting);
  g_autofree char *form = NULL;

  if (sf_store_text_is_blank (sf_review_meeting_get_decision_making (meeting)) &&
      sf_store_text_is_blank (sf_review_meeting_get_input (meeting)) &&
      arrangement == SF_ARRANGEMENT_NONE_YET && sf_store_text_is_blank (note))
    return;
  sf_report_document_add_section (ctx->doc, _("Working together"));
  add_text (ctx, _("How decisions are made"), sf_review_meeting_get_decision_making (meeting));
  add_text (ctx, _("How the input of partners, residents and key figures is taken into "
                   "account"), sf_review_meeting_get_input (meeting));
  sf_report_add_bold (ctx, _("The collaboration arrangement"));
  /* Translators: in the report; %s is the form, e.g. "a covenant" or "not yet agreed". */
  form = g_strdup_printf (_("Form: %s."), sf_report_arrangement_label (arrangement));
  sf_report_document_add_paragraph (ctx->doc, form);
  if (!sf_store_text_is_blank (note))
    sf_report_document_add_paragraph (ctx->doc, sf_report_context_text (ctx, note));
}

static void
add_meeting (SfReportContext *ctx)
{
  SfReviewMeeting *meeting = sf_project_get_review_meeting (ctx->project);

  if (meeting == NULL)
    return;
  sf_report_document_add_section (ctx->doc, _("The review meeting"));
  add_meeting_line (ctx, meeting);
  add_attendance (ctx);
  add_notes (ctx);
  add_working_together (ctx, meeting);
}

/* ---- remarks -------------------------------------------------------------------------------- */

static const char *
action_what (SfReportContext *ctx,
             const char      *action_id)
{
  GListModel *plan = sf_project_get_plan (ctx->project);
  SfRecord *action = action_id ? sf_record_list_lookup (SF_RECORD_LIST (plan), action_id)
                                : NULL;

  return action ? sf_plan_action_get_what (SF_PLAN_ACTION (action)) : "";
}

static char *
remark_outcome (SfReportContext *ctx,
                SfRemark        *remark)
{
  switch (sf_remark_get_resolution (remark))
    {
    case SF_REMARK_CORRECTED:
      return g_strdup (_("Corrected"));
    case SF_REMARK_ACTION:
      /* Translators: what was done with a remark; %s is the action of the plan. */
      return g_strdup_printf (_("Turned into an action: %s"),
                              sf_report_context_text (
                                ctx, action_what (ctx, sf_remark_get_action_id (remark))));
    case SF_REMARK_DISMISSED:
      /* Translators: what was done with a remark; %s is the reason. */
      return g_strdup_printf (_("Dismissed: %s"),
                              sf_report_context_text (ctx, sf_remark_get_reason (remark)));
    case SF_REMARK_OPEN:
    case SF_REMARK_N_RESOLUTIONS:
    default:
      return g_strdup (C_("remark", "Open"));
    }
}

/* What a remark is about: the item by name where that cannot be confidential (a flat, a
 * figure, a theme, a partner, a missing role); else only its kind, since a key point's,
 * statement's or answer's description is its text, which may be. */
static char *
remark_about (SfReportContext *ctx,
              SfRemark        *remark)
{
  static const char * const named[] = { "flat", "indicator", "indicator_value", "theme",
                                        "partner", NULL };
  const char *kind = sf_remark_get_item_kind (remark);
  g_autofree char *name = NULL;

  if (g_strv_contains (named, kind) || g_strcmp0 (kind, "role") == 0)
    name = sf_project_describe_item (ctx->project, kind, sf_remark_get_item_ref (remark), NULL,
                                     NULL);
  if (name == NULL)
    return g_strdup (sf_report_remark_item_label (kind));
  if (g_strcmp0 (kind, "role") == 0)
    return g_steal_pointer (&name); /* "Missing partner: …" says what it is */
  return g_strdup_printf ("%s: %s", sf_report_remark_item_label (kind),
                          sf_report_context_text (ctx, name));
}

static void
add_remarks (SfReportContext *ctx)
{
  GListModel *remarks = sf_project_get_remarks (ctx->project);
  SfReportTable *table = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (remarks); i++)
    {
      g_autoptr(SfRemark) remark = g_list_model_get_item (remarks, i);
      g_autofree char *outcome = NULL, *about = NULL;
      const char *cells[3];

      if (sf_remark_get_confidential (remark))
        continue;
      if (table == NULL)
        {
          sf_report_document_add_section (ctx->doc, _("Remarks on the Startfoto"));
          table = sf_report_document_add_table (ctx->doc, 3);
          sf_report_table_set_column (table, 0, _("Remark"), 0.45, SF_REPORT_ALIGN_START);
          sf_report_table_set_column (table, 1, _("About"), 0.2, SF_REPORT_ALIGN_START);
          sf_report_table_set_column (table, 2, _("What was done"), 0.35,
                                      SF_REPORT_ALIGN_START);
        }
      outcome = remark_outcome (ctx, remark);
      about = remark_about (ctx, remark);
      cells[0] = sf_report_context_text (ctx, sf_remark_get_text (remark));
      cells[1] = about;
      cells[2] = outcome;
      sf_report_table_add_row (table, cells);
    }
}

/* ---- what to take into account ------------------------------------------------------------ */

static void
add_considerations (SfReportContext *ctx)
{
  GListModel *considerations = sf_project_get_considerations (ctx->project);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  gboolean heading = FALSE;

  for (guint kind = 0; kind < SF_CONSIDERATION_N_KINDS; kind++)
    {
      for (guint i = 0; i < g_list_model_get_n_items (considerations); i++)
        {
          g_autoptr(SfConsideration) item = g_list_model_get_item (considerations, i);
          const char *partner = sf_consideration_get_partner (item);
          const char *note;

          if (sf_consideration_get_kind (item) != kind || sf_consideration_get_confidential (item))
            continue;
          note = sf_report_context_text (ctx, sf_consideration_get_note (item));
          g_ptr_array_add (items, sf_store_text_is_blank (partner) ? g_strdup (note)
                                                     : g_strdup_printf ("%s (%s)", note, partner));
        }
      if (items->len == 0)
        continue;
      if (!heading)
        sf_report_document_add_section (ctx->doc, _("What to take into account"));
      heading = TRUE;
      sf_report_add_bold (ctx, sf_report_consideration_kind_label (kind));
      g_ptr_array_add (items, NULL);
      sf_report_document_add_bullets (ctx->doc, (const char * const *) items->pdata);
      g_ptr_array_set_size (items, 0);
    }
}

/* ---- decisions ---------------------------------------------------------------------------- */

static char *
partner_list (SfReportContext *ctx,
              GStrv            ids)
{
  GListModel *partners = sf_project_get_partners (ctx->project);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      SfRecord *partner = sf_record_list_lookup (SF_RECORD_LIST (partners), ids[i]);

      if (partner == NULL)
        continue;
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, sf_partner_get_organisation (SF_PARTNER (partner)));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* Each decision as a numbered heading line with its details and its reasoning under it:
 * a reasoning can be long, and paragraphs break across pages where table rows cannot. */
static void
add_decisions (SfReportContext *ctx)
{
  GListModel *decisions = sf_project_get_decisions (ctx->project);
  guint n = g_list_model_get_n_items (decisions);

  if (n == 0)
    return;
  sf_report_document_add_section (ctx->doc, _("Decisions"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfDecision) decision = g_list_model_get_item (decisions, i);
      g_auto(GStrv) ids = sf_project_get_decision_partners (
        ctx->project, sf_record_get_id (SF_RECORD (decision)));
      g_autofree char *agreed = partner_list (ctx, ids);
      g_autofree char *date = sf_report_format_date (sf_decision_get_date (decision));
      g_autofree char *markup = g_markup_printf_escaped (
        "<b>%u. %s</b>", i + 1, sf_report_context_text (ctx, sf_decision_get_text (decision)));
      g_autoptr(GString) details = g_string_new (
        sf_report_decision_status_label (sf_decision_get_status (decision)));
      const char *how = sf_decision_get_how (decision);

      if (!sf_store_text_is_blank (date))
        g_string_append_printf (details, " · %s", date);
      if (*agreed != '\0')
        {
          g_string_append (details, " · ");
          /* Translators: in the report's decisions list; %s lists partners. */
          g_string_append_printf (details, _("agreed by %s"), agreed);
        }
      if (!sf_store_text_is_blank (how))
        {
          g_string_append (details, " · ");
          /* Translators: in the report's decisions list; %s is how it was decided. */
          g_string_append_printf (details, _("how: %s"), sf_report_context_text (ctx, how));
        }
      sf_report_document_add_markup (ctx->doc, markup);
      sf_report_document_add_caption (ctx->doc, details->str);
      if (!sf_store_text_is_blank (sf_decision_get_reasoning (decision)))
        sf_report_document_add_paragraph (ctx->doc,
                                          sf_report_context_text (
                                            ctx, sf_decision_get_reasoning (decision)));
    }
  sf_report_document_add_caption (ctx->doc, _("A proposal is what goes before the partners’ "
                                               "boards in step 5."));
}

/* ---- communication ------------------------------------------------------------------------ */

static void
add_communication (SfReportContext *ctx)
{
  GListModel *plan = sf_project_get_communication (ctx->project);
  SfReportTable *table;

  if (g_list_model_get_n_items (plan) == 0)
    return;
  sf_report_document_add_section (ctx->doc, _("Communication plan"));
  table = sf_report_document_add_table (ctx->doc, 5);
  sf_report_table_set_column (table, 0, _("Audience"), 0.16, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 1, _("Message"), 0.34, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 2, _("Means"), 0.18, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 3, _("Who"), 0.18, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 4, _("When"), 0.14, SF_REPORT_ALIGN_START);
  for (guint i = 0; i < g_list_model_get_n_items (plan); i++)
    {
      g_autoptr(SfCommunication) item = g_list_model_get_item (plan, i);
      g_autofree char *when = sf_report_format_due (sf_communication_get_due (item));
      const char *cells[5] = {
        sf_report_audience_label (sf_communication_get_audience (item)),
        sf_report_context_text (ctx, sf_communication_get_message (item)),
        sf_report_context_text (ctx, sf_communication_get_means (item)),
        sf_communication_get_partner (item),
        when,
      };

      sf_report_table_add_row (table, cells);
    }
}

/* ---- the chapter -------------------------------------------------------------------------- */

static gboolean
anything_done (SfReportContext *ctx)
{
  SfProject *p = ctx->project;
  guint total;

  return sf_project_get_review_meeting (p) != NULL ||
         sf_project_count_preconditions_discussed (p, &total) > 0 ||
         g_list_model_get_n_items (sf_project_get_remarks (p)) > 0 ||
         g_list_model_get_n_items (sf_project_get_considerations (p)) > 0 ||
         g_list_model_get_n_items (sf_project_get_plan (p)) > 0 ||
         g_list_model_get_n_items (sf_project_get_decisions (p)) > 0 ||
         g_list_model_get_n_items (sf_project_get_communication (p)) > 0;
}

void
sf_report_add_step4 (SfReportContext *ctx)
{
  sf_report_document_add_chapter (ctx->doc,
                                  sf_report_chapter_get_title (SF_REPORT_CHAPTER_STEP_4));
  sf_report_add_purpose (ctx, 4);
  if (!anything_done (ctx))
    {
      sf_report_add_not_done (ctx, 4);
      return;
    }
  add_meeting (ctx);
  add_remarks (ctx);
  sf_report_step4_add_preconditions (ctx);
  add_considerations (ctx);
  sf_report_step4_add_plan (ctx);
  add_decisions (ctx);
  add_communication (ctx);
}
