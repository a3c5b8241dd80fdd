/* sf-partner-links.h: the partners linked to a row (those involved in an action, those who
 * agreed to a decision), in a table of (id, <owner>_id, partner_id) rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-db.h"

G_BEGIN_DECLS

typedef struct {
  const char *table;        /* "plan_action_partner" */
  const char *owner_column; /* "action_id" */
  const char *owner_table;  /* "plan_action": the owner must exist */
} SfPartnerLinks;

/* Within an action: the links of @owner_id become @partner_ids (NULL-terminated), leaving out
 * @except (or NULL) and ids that are no partner. */
gboolean sf_partner_links_set (SfDb                  *db,
                               const SfPartnerLinks  *links,
                               const char            *owner_id,
                               const char * const    *partner_ids,
                               const char            *except,
                               GError               **error);
/* In the partners' order. */
GStrv    sf_partner_links_get (SfDb                  *db,
                               const SfPartnerLinks  *links,
                               const char            *owner_id);

G_END_DECLS
