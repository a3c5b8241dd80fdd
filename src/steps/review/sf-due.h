/* sf-due.h: when something is due, a date or a quarter, as people type and read it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Stored as the plan stores it (sf-project-plan.h): "", an ISO date or "2027-Q1".
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What to store for @text: "" for blank, a date typed the Dutch or English way, or a quarter
 * ("2027-Q1", "Q1 2027", "K1 2027"); NULL with the refusal (SF_STORE_ERROR_INVALID). */
char *sf_due_parse  (const char  *text,
                     GError     **error);
/* A stored due as the user reads it ("14 januari 2027", "Q1 2027"); "" for none. */
char *sf_due_format (const char  *due);

G_END_DECLS
