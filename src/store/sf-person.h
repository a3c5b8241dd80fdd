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

G_END_DECLS
