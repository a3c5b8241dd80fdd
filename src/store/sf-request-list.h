/* sf-request-list.h: the letter that asks one partner for the figures it still has to deliver
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-project.h"

G_BEGIN_DECLS

/* What a letter is signed with and asks for; the sender is the user's, the date chosen per
 * letter. */
typedef struct
{
  const char *sender_name;          /* NULL or blank: none */
  const char *sender_organisation;  /* NULL or blank: none */
  GDateTime  *reply_by;             /* the date to answer by; NULL: none asked */
} SfRequestLetter;

/* A friendly plain text, ready to paste into an e-mail, in the user's language: addressed to
 * the partner's contact person (else its organisation), naming the project, listing per flat
 * the indicators outstanding for @partner_id (see sf_project_get_outstanding ()) with their
 * unit and the form of the answer, asking to mark estimates and averages, to give each
 * figure's source and reference date, and to answer by @letter's date; signed with @letter's
 * sender (@letter may be NULL: neither). NULL when there is no such partner. */
char *sf_project_format_request_list (SfProject             *self,
                                      const char            *partner_id,
                                      const SfRequestLetter *letter);

/* The parts of the letter that follow @letter's fields, as the letter has them, so that a
 * letter being edited can have them replaced: the sentence asking for an answer by @reply_by,
 * and the closing with which the letter ends (its greeting and the sender). */
char *sf_request_format_reply_by     (GDateTime             *reply_by);
char *sf_request_format_closing      (const char            *sender_name,
                                      const char            *sender_organisation);
/* A date as a letter in the user's language writes it: "Friday, March 13, 2026",
 * "vrijdag 13 maart 2026". */
char *sf_request_format_date         (GDateTime             *date);

G_END_DECLS
