/* sf-project-considerations.h: what step 4's partners must take into account
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-consideration.h"
#include "sf-project.h"

G_BEGIN_DECLS

typedef struct {
  SfConsiderationKind  kind;
  const char          *note;         /* required */
  const char          *partner_id;   /* the partner it concerns, or NULL */
  gboolean             confidential; /* never leaves the app */
} SfConsiderationFields;

/* By kind, then as added (of SfConsideration). */
GListModel *sf_project_get_considerations   (SfProject                    *self);
char       *sf_project_add_consideration    (SfProject                    *self,
                                             const SfConsiderationFields  *fields,
                                             GError                      **error);
gboolean    sf_project_update_consideration (SfProject                    *self,
                                             const char                   *id,
                                             const SfConsiderationFields  *fields,
                                             GError                      **error);
gboolean    sf_project_remove_consideration (SfProject                    *self,
                                             const char                   *id,
                                             GError                      **error);

G_END_DECLS
