/* sf-plan-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-due.h"
#include "sf-partner.h"
#include "sf-plan-format.h"
#include "sf-plan-timeline.h"
#include "sf-record-list.h"

char *
sf_plan_format_heading (const char *due)
{
  g_autofree char *in_quarter = NULL;
  int year, quarter;

  if (!sf_plan_due_quarter (due, &year, &quarter))
    return g_strdup (_("No date yet"));
  in_quarter = g_strdup_printf ("%d-Q%d", year, quarter);
  return sf_due_format (in_quarter);
}

/* ---- what one partner agreed to do ------------------------------------------------------ */

static const char *
organisation_of (GListModel *partners,
                 const char *id)
{
  SfRecord *partner = sf_record_list_lookup (SF_RECORD_LIST (partners), id);
  const char *name = partner != NULL ? sf_partner_get_organisation (SF_PARTNER (partner)) : NULL;

  return name != NULL ? name : "";
}

/* One action as a paragraph: "- Q2 2027: what (status)", why and who else takes part. */
static void
append_action (GString      *text,
               SfProject    *project,
               SfPlanAction *action,
               const char   *partner_id,
               gboolean      responsible)
{
  GListModel *partners = sf_project_get_partners (project);
  const char *id = sf_record_get_id (SF_RECORD (action));
  g_autofree char *due = sf_due_format (sf_plan_action_get_due (action));
  g_auto(GStrv) involved = sf_project_get_action_partners (project, id);
  g_autoptr(GPtrArray) others = g_ptr_array_new ();
  const char *why = sf_plan_action_get_why (action);

  g_string_append (text, "- ");
  if (*due != '\0')
    g_string_append_printf (text, "%s: ", due);
  g_string_append (text, sf_plan_action_get_what (action));
  if (sf_plan_action_get_status (action) != SF_ACTION_OPEN)
    g_string_append_printf (text, " (%s)",
                            sf_plan_status_label (sf_plan_action_get_status (action)));
  g_string_append_c (text, '\n');
  if (why != NULL && *why != '\0')
    /* Translators: under an action in the list a partner copies or prints. */
    g_string_append_printf (text, "  %s %s\n", _("Why:"), why);
  if (!responsible)
    {
      const char *who = sf_plan_action_get_responsible (action);

      /* Translators: under an action a partner is involved in; %s is an organisation. */
      g_string_append_printf (text, _("  Responsible: %s\n"), *who != '\0' ? who : "—");
    }
  for (guint i = 0; involved != NULL && involved[i] != NULL; i++)
    if (g_strcmp0 (involved[i], partner_id) != 0)
      g_ptr_array_add (others, (gpointer) organisation_of (partners, involved[i]));
  if (others->len > 0)
    {
      g_autofree char *list = NULL;

      g_ptr_array_add (others, NULL);
      list = g_strjoinv (", ", (char **) others->pdata);
      /* Translators: under an action; %s lists the other organisations involved. */
      g_string_append_printf (text, _("  Together with: %s\n"), list);
    }
}

/* The actions @partner_id is responsible for (@responsible) or involved in. */
static guint
append_part (GString    *text,
             SfProject  *project,
             const char *partner_id,
             gboolean    responsible,
             const char *heading)
{
  GListModel *plan = sf_project_get_plan (project);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (plan); i++)
    {
      g_autoptr(SfPlanAction) action = g_list_model_get_item (plan, i);
      const char *id = sf_record_get_id (SF_RECORD (action));
      gboolean is_responsible = g_strcmp0 (sf_plan_action_get_responsible_id (action),
                                           partner_id) == 0;
      g_auto(GStrv) involved = NULL;

      if (sf_plan_action_get_status (action) == SF_ACTION_DROPPED)
        continue;
      if (!responsible)
        {
          involved = sf_project_get_action_partners (project, id);
          if (is_responsible || involved == NULL ||
              !g_strv_contains ((const char * const *) involved, partner_id))
            continue;
        }
      else if (!is_responsible)
        continue;
      if (n++ == 0)
        g_string_append_printf (text, "\n%s\n", heading);
      append_action (text, project, action, partner_id, responsible);
    }
  return n;
}

char *
sf_plan_format_agreed (SfProject  *project,
                       const char *partner_id)
{
  SfRecord *partner;
  const char *name = sf_project_get_name (project);
  GString *text;
  guint n;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  partner = sf_record_list_lookup (SF_RECORD_LIST (sf_project_get_partners (project)),
                                   partner_id);
  if (partner == NULL)
    return NULL;
  text = g_string_new (NULL);
  /* Translators: the heading of the list a partner copies or prints; %s is the partner. */
  g_string_append_printf (text, _("What %s agreed to do"),
                          organisation_of (sf_project_get_partners (project), partner_id));
  g_string_append_c (text, '\n');
  if (name != NULL && *name != '\0')
    {
      /* Translators: under the heading; %s is the project's name. */
      g_string_append_printf (text, _("The plan for the coming year, %s"), name);
      g_string_append_c (text, '\n');
    }
  n = append_part (text, project, partner_id, TRUE, _("Responsible for:"));
  n += append_part (text, project, partner_id, FALSE, _("Involved in:"));
  if (n == 0)
    g_string_append_printf (text, "\n%s\n", _("No actions in the plan yet."));
  return g_string_free (text, FALSE);
}
