/* sf-project-communication.h: step 4's communication plan: to whom, what, how, who, when
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-communication.h"
#include "sf-project.h"

G_BEGIN_DECLS

typedef struct {
  SfAudience  audience;
  const char *message;    /* required */
  const char *means;      /* NULL: "" */
  const char *partner_id; /* who does it, or NULL */
  const char *due;        /* "", an ISO date or a quarter ("2027-Q1") */
} SfCommunicationFields;

/* By when (none last), then as added (of SfCommunication). */
GListModel *sf_project_get_communication    (SfProject                    *self);
char       *sf_project_add_communication    (SfProject                    *self,
                                             const SfCommunicationFields  *fields,
                                             GError                      **error);
gboolean    sf_project_update_communication (SfProject                    *self,
                                             const char                   *id,
                                             const SfCommunicationFields  *fields,
                                             GError                      **error);
gboolean    sf_project_remove_communication (SfProject                    *self,
                                             const char                   *id,
                                             GError                      **error);

G_END_DECLS
