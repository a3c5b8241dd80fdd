/* sf-communication-section.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-communication-dialog.h"
#include "sf-communication-row.h"
#include "sf-communication-section.h"
#include "sf-project-communication.h"
#include "sf-review-list.h"

static const SfReviewListKind communication = {
  .add_name = "add-communication",
  .row_type = sf_communication_row_get_type,
  .get_model = sf_project_get_communication,
  .row_new = SF_REVIEW_LIST_FUNC (sf_communication_row_new),
  .row_get = SF_REVIEW_LIST_FUNC (sf_communication_row_get),
  .row_edit = SF_REVIEW_LIST_FUNC (sf_communication_row_edit),
  .dialog_new = SF_REVIEW_LIST_FUNC (sf_communication_dialog_new),
};

GtkWidget *
sf_communication_section_new (SfProject *project)
{
  return sf_review_list_new (project, &communication, _("Communication plan"),
                             _("How boards, residents, partners and others outside are told "
                               "about the Welthuisflat: what, by what means, by whom and when."),
                             _("_Add Communication"), _("No communication planned yet"));
}

gboolean
sf_communication_section_reveal (GtkWidget  *section,
                                 const char *id)
{
  return sf_review_list_reveal (SF_REVIEW_LIST (section), id);
}
