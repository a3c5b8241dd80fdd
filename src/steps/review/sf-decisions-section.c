/* sf-decisions-section.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A proposal is what step 5 puts before the partners' boards: the list says so, and counts
 * them, so that no one is surprised to find a decision there.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-decision-dialog.h"
#include "sf-decision-row.h"
#include "sf-decisions-section.h"
#include "sf-project-decisions.h"
#include "sf-review-list.h"

static const SfReviewListKind decisions = {
  .add_name = "add-decision",
  .row_type = sf_decision_row_get_type,
  .get_model = sf_project_get_decisions,
  .row_new = SF_REVIEW_LIST_FUNC (sf_decision_row_new),
  .row_get = SF_REVIEW_LIST_FUNC (sf_decision_row_get),
  .row_edit = SF_REVIEW_LIST_FUNC (sf_decision_row_edit),
  .dialog_new = SF_REVIEW_LIST_FUNC (sf_decision_dialog_new),
};

static void
update_proposed (GtkWidget *label,
                 SfProject *project)
{
  guint proposed = 0;
  g_autofree char *text = NULL;

  sf_project_count_decisions (project, &proposed);
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u proposal goes to the partners’ boards in step 5",
                                       "%u proposals go to the partners’ boards in step 5",
                                       proposed), proposed);
  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_set_visible (label, proposed > 0);
}

static void
decisions_changed_cb (GtkWidget *label)
{
  update_proposed (label, g_object_get_data (G_OBJECT (label), "project"));
}

GtkWidget *
sf_decisions_section_new (SfProject *project)
{
  GtkWidget *section = sf_review_list_new (
    project, &decisions, _("Decisions"),
    _("What the partners decide, why and how, and who agreed. A decision with the status "
      "Proposal is put before the partners’ boards in step 5."),
    _("_Add Decision"), _("No decisions yet"));
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_name (label, "decisions-proposed");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_add_css_class (label, "accent");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (section), label);
  /* The label lives in the section, which lives no longer than the page and its project. */
  g_object_set_data (G_OBJECT (label), "project", project);
  g_signal_connect_object (project, "changed::decision", G_CALLBACK (decisions_changed_cb),
                           label, G_CONNECT_SWAPPED);
  update_proposed (label, project);
  return section;
}

gboolean
sf_decisions_section_reveal (GtkWidget  *section,
                             const char *id)
{
  return sf_review_list_reveal (SF_REVIEW_LIST (section), id);
}
