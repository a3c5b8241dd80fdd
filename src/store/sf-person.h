/* sf-person.h: one person (interviewer, contact, participant), stored once and referred to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-record.h"

G_BEGIN_DECLS

#define SF_TYPE_PERSON (sf_person_get_type ())
G_DECLARE_FINAL_TYPE (SfPerson, sf_person, SF, PERSON, SfRecord)

const char *sf_person_get_name         (SfPerson *self);
const char *sf_person_get_organisation (SfPerson *self);
const char *sf_person_get_role         (SfPerson *self);

/* Whether someone in @role takes part as a private person (a resident, a carer, a volunteer,
 * a residents' committee) rather than for an organisation: exports then name them by their
 * role unless asked otherwise. Knows the method's resident roles and the words for such
 * people, as whole words, in Dutch and English. */
gboolean    sf_person_role_is_private  (const char *role);

G_END_DECLS
