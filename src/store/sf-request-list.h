/* sf-request-list.h: the letter that asks one partner for the figures it still has to deliver
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-project.h"

G_BEGIN_DECLS

/* A friendly plain text, ready to paste into an e-mail, in the user's language: addressed to
 * the partner's contact person (else its organisation), naming the project, listing per flat
 * the indicators outstanding for @partner_id (see sf_project_get_outstanding ()) with their
 * unit and the form of the answer, and asking to mark estimates and averages and to give
 * each figure's source and reference date. NULL when there is no such partner. */
char *sf_project_format_request_list (SfProject  *self,
                                      const char *partner_id);

G_END_DECLS
