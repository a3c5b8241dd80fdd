/* sf-consideration.h: something step 4's partners must take into account
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-record.h"

G_BEGIN_DECLS

/* Stored as these numbers; the method's examples (question 6). */
typedef enum {
  SF_CONSIDERATION_INTERESTS       = 0, /* belangen */
  SF_CONSIDERATION_TENDERS         = 1, /* aanbestedingen */
  SF_CONSIDERATION_PROJECTS        = 2, /* lopende projecten */
  SF_CONSIDERATION_WORKLOAD        = 3, /* werkdruk */
  SF_CONSIDERATION_DECISION_MAKING = 4, /* besluitvorming */
  SF_CONSIDERATION_OTHER           = 5, /* anders */
  SF_CONSIDERATION_N_KINDS
} SfConsiderationKind;

#define SF_TYPE_CONSIDERATION (sf_consideration_get_type ())
G_DECLARE_FINAL_TYPE (SfConsideration, sf_consideration, SF, CONSIDERATION, SfRecord)

SfConsiderationKind  sf_consideration_get_kind         (SfConsideration *self);
const char          *sf_consideration_get_note         (SfConsideration *self);
/* The partner it concerns, or NULL; and its organisation ("" for none). */
const char          *sf_consideration_get_partner_id   (SfConsideration *self);
const char          *sf_consideration_get_partner      (SfConsideration *self);
gboolean             sf_consideration_get_confidential (SfConsideration *self);

G_END_DECLS
