/* sf-communication.h: one line of step 4's communication plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-record.h"

G_BEGIN_DECLS

/* Stored as these numbers; the method's audiences (questions 9 and 13). */
typedef enum {
  SF_AUDIENCE_BOARDS    = 0, /* bestuurders */
  SF_AUDIENCE_RESIDENTS = 1, /* bewoners */
  SF_AUDIENCE_PARTNERS  = 2, /* partners */
  SF_AUDIENCE_EXTERNAL  = 3, /* externe partijen */
  SF_AUDIENCE_OTHER     = 4, /* anders */
  SF_AUDIENCE_N
} SfAudience;

#define SF_TYPE_COMMUNICATION (sf_communication_get_type ())
G_DECLARE_FINAL_TYPE (SfCommunication, sf_communication, SF, COMMUNICATION, SfRecord)

SfAudience   sf_communication_get_audience   (SfCommunication *self);
const char  *sf_communication_get_message    (SfCommunication *self);
const char  *sf_communication_get_means      (SfCommunication *self);
/* The partner who does it, or NULL; and its organisation ("" for none). */
const char  *sf_communication_get_partner_id (SfCommunication *self);
const char  *sf_communication_get_partner    (SfCommunication *self);
/* An ISO date, a quarter ("2027-Q1"), or "". */
const char  *sf_communication_get_due        (SfCommunication *self);

G_END_DECLS
