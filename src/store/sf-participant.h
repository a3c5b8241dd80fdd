/* sf-participant.h: one person invited to a key-figure session, with their stance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-record.h"

G_BEGIN_DECLS

/* How a key figure stands toward developing the flat (step 2, question 4). Stored as is. */
typedef enum {
  SF_STANCE_UNKNOWN  = 0,
  SF_STANCE_POSITIVE = 1,
  SF_STANCE_HESITANT = 2,
  SF_STANCE_NEGATIVE = 3,
} SfStance;

#define SF_N_STANCES 4

#define SF_TYPE_PARTICIPANT (sf_participant_get_type ())
G_DECLARE_FINAL_TYPE (SfParticipant, sf_participant, SF, PARTICIPANT, SfRecord)

const char *sf_participant_get_session_id   (SfParticipant *self);
const char *sf_participant_get_person_id    (SfParticipant *self);
const char *sf_participant_get_name         (SfParticipant *self);
const char *sf_participant_get_organisation (SfParticipant *self);
const char *sf_participant_get_role         (SfParticipant *self);
gboolean    sf_participant_get_attended     (SfParticipant *self);
SfStance    sf_participant_get_stance       (SfParticipant *self);
const char *sf_participant_get_stance_note  (SfParticipant *self);

const char *sf_stance_get_label             (SfStance       stance);

G_END_DECLS
