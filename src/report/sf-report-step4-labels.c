/* sf-report-step4-labels.c: the words the report uses for step 4's statuses and kinds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Dutch follows the method's own words (voldaan / deels / nog niet, overnemen / anders
 * invullen / niet overnemen, voorstel / genomen / herzien).
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sf-chart-timeline.h"
#include "sf-project-plan.h"
#include "sf-report-step4.h"

const char *
sf_report_precondition_status_label (SfPreconditionStatus status)
{
  switch (status)
    {
    case SF_PRECONDITION_MET:
      return C_("precondition", "met");
    case SF_PRECONDITION_PARTLY:
      return C_("precondition", "partly");
    case SF_PRECONDITION_NOT_YET:
      return C_("precondition", "not yet");
    case SF_PRECONDITION_UNKNOWN:
    case SF_PRECONDITION_N_STATUSES:
    default:
      return C_("precondition", "unknown");
    }
}

const char *
sf_report_choice_label (SfChoice choice)
{
  switch (choice)
    {
    case SF_CHOICE_ADOPT:
      return C_("precondition choice", "adopt");
    case SF_CHOICE_DIFFER:
      return C_("precondition choice", "fill in differently");
    case SF_CHOICE_REJECT:
      return C_("precondition choice", "do not adopt");
    case SF_CHOICE_NONE:
    case SF_CHOICE_N:
    default:
      return C_("precondition choice", "not discussed yet");
    }
}

const char *
sf_report_decision_status_label (SfDecisionStatus status)
{
  switch (status)
    {
    case SF_DECISION_TAKEN:
      return C_("decision status", "taken");
    case SF_DECISION_REVISED:
      return C_("decision status", "revised");
    case SF_DECISION_PROPOSED:
    case SF_DECISION_N_STATUSES:
    default:
      return C_("decision status", "proposal");
    }
}

const char *
sf_report_consideration_kind_label (SfConsiderationKind kind)
{
  switch (kind)
    {
    case SF_CONSIDERATION_INTERESTS:
      return C_("consideration", "Interests");
    case SF_CONSIDERATION_TENDERS:
      return C_("consideration", "Tenders");
    case SF_CONSIDERATION_PROJECTS:
      return C_("consideration", "Ongoing projects");
    case SF_CONSIDERATION_WORKLOAD:
      return C_("consideration", "Workload");
    case SF_CONSIDERATION_DECISION_MAKING:
      return C_("consideration", "Decision-making");
    case SF_CONSIDERATION_OTHER:
    case SF_CONSIDERATION_N_KINDS:
    default:
      return C_("consideration", "Other");
    }
}

const char *
sf_report_audience_label (SfAudience audience)
{
  switch (audience)
    {
    case SF_AUDIENCE_BOARDS:
      return C_("audience", "Boards");
    case SF_AUDIENCE_RESIDENTS:
      return C_("audience", "Residents");
    case SF_AUDIENCE_PARTNERS:
      return C_("audience", "Partners");
    case SF_AUDIENCE_EXTERNAL:
      return C_("audience", "External parties");
    case SF_AUDIENCE_OTHER:
    case SF_AUDIENCE_N:
    default:
      return C_("audience", "Other");
    }
}

const char *
sf_report_attendance_label (SfAttendance attendance)
{
  switch (attendance)
    {
    case SF_ATTENDANCE_PRESENT:
      return C_("attendance", "present");
    case SF_ATTENDANCE_ABSENT:
      return C_("attendance", "sent apologies");
    case SF_ATTENDANCE_INVITED:
    case SF_ATTENDANCE_N_VALUES:
    default:
      return C_("attendance", "invited");
    }
}

const char *
sf_report_arrangement_label (SfArrangement arrangement)
{
  switch (arrangement)
    {
    case SF_ARRANGEMENT_COVENANT:
      return C_("arrangement", "a covenant");
    case SF_ARRANGEMENT_AGREEMENT:
      return C_("arrangement", "a collaboration agreement");
    case SF_ARRANGEMENT_LETTER_OF_INTENT:
      return C_("arrangement", "a letter of intent");
    case SF_ARRANGEMENT_OTHER:
      return C_("arrangement", "another form");
    case SF_ARRANGEMENT_NONE_YET:
    case SF_ARRANGEMENT_N_FORMS:
    default:
      return C_("arrangement", "not yet agreed");
    }
}

static const struct
{
  const char *kind;
  const char *label;
} item_labels[] = {
  { "answer", NC_("remark about", "an answer") },
  { "interview", NC_("remark about", "an interview") },
  { "statement", NC_("remark about", "a statement") },
  { "key_point", NC_("remark about", "a key point") },
  { "session", NC_("remark about", "the session") },
  { "theme", NC_("remark about", "a theme") },
  { "partner", NC_("remark about", "a partner") },
  { "flat", NC_("remark about", "a flat") },
  { "indicator_value", NC_("remark about", "a figure") },
  { "indicator", NC_("remark about", "a figure") },
  { "role", NC_("remark about", "a partner still missing") },
};

const char *
sf_report_remark_item_label (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (item_labels); i++)
    if (g_strcmp0 (item_labels[i].kind, kind) == 0)
      return g_dpgettext2 (GETTEXT_PACKAGE, "remark about", item_labels[i].label);
  return C_("remark about", "the Startfoto");
}

char *
sf_report_format_due (const char *due)
{
  int year, quarter;

  if (due == NULL || *due == '\0')
    return g_strdup ("");
  if (strlen (due) != 10 && sf_plan_due_quarter (due, &year, &quarter))
    return sf_timeline_quarter_label (year, quarter);
  return sf_report_format_date (due);
}

void
sf_report_add_bold (SfReportContext *ctx,
                    const char      *text)
{
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", text);

  sf_report_document_add_markup (ctx->doc, markup);
}
