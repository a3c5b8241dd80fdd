/* sf-review-labels.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The words are the method's (question 6, questions 9 and 13); contexts keep "Other" apart
 * from the app's other "Other"s, which Dutch says differently.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-review-labels.h"

static const char *const kinds[] = {
  NC_("consideration", "Interests"),
  NC_("consideration", "Tenders"),
  NC_("consideration", "Ongoing projects"),
  NC_("consideration", "Workload"),
  NC_("consideration", "Decision-making"),
  NC_("consideration", "Other"),
};
G_STATIC_ASSERT (G_N_ELEMENTS (kinds) == SF_CONSIDERATION_N_KINDS);

static const char *const statuses[] = {
  NC_("decision", "Proposal"),
  NC_("decision", "Taken"),
  NC_("decision", "Revised"),
};
G_STATIC_ASSERT (G_N_ELEMENTS (statuses) == SF_DECISION_N_STATUSES);

static const char *const audiences[] = {
  NC_("audience", "Boards"),
  NC_("audience", "Residents"),
  NC_("audience", "Partners"),
  NC_("audience", "External parties"),
  NC_("audience", "Other"),
};
G_STATIC_ASSERT (G_N_ELEMENTS (audiences) == SF_AUDIENCE_N);

static const char *const action_statuses[] = {
  NC_("action status", "Open"),
  NC_("action status", "Under way"),
  NC_("action status", "Done"),
  NC_("action status", "Dropped"),
};
G_STATIC_ASSERT (G_N_ELEMENTS (action_statuses) == SF_ACTION_N_STATUSES);

static GtkStringList *
model_new (const char         *context,
           const char *const  *labels,
           guint               n)
{
  GtkStringList *model = gtk_string_list_new (NULL);

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (model, g_dpgettext2 (GETTEXT_PACKAGE, context, labels[i]));
  return model;
}

const char *
sf_consideration_kind_label (SfConsiderationKind kind)
{
  return g_dpgettext2 (GETTEXT_PACKAGE, "consideration",
                       kinds[MIN (kind, SF_CONSIDERATION_OTHER)]);
}

const char *
sf_decision_status_label (SfDecisionStatus status)
{
  return g_dpgettext2 (GETTEXT_PACKAGE, "decision", statuses[MIN (status, SF_DECISION_REVISED)]);
}

const char *
sf_audience_label (SfAudience audience)
{
  return g_dpgettext2 (GETTEXT_PACKAGE, "audience", audiences[MIN (audience, SF_AUDIENCE_OTHER)]);
}

const char *
sf_action_status_label (SfActionStatus status)
{
  return g_dpgettext2 (GETTEXT_PACKAGE, "action status",
                       action_statuses[MIN (status, SF_ACTION_DROPPED)]);
}

GtkStringList *
sf_consideration_kind_model (void)
{
  return model_new ("consideration", kinds, G_N_ELEMENTS (kinds));
}

GtkStringList *
sf_decision_status_model (void)
{
  return model_new ("decision", statuses, G_N_ELEMENTS (statuses));
}

GtkStringList *
sf_audience_model (void)
{
  return model_new ("audience", audiences, G_N_ELEMENTS (audiences));
}

GtkStringList *
sf_action_status_model (void)
{
  return model_new ("action status", action_statuses, G_N_ELEMENTS (action_statuses));
}
