/* sf-check-screens.h: the outcomes of steps 1-3 as screens to check together (step 4,
 * questions 1-2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-project.h"

G_BEGIN_DECLS

typedef struct {
  char *kind;      /* what a remark on it points at, as sf_project_describe_item () names it */
  char *ref;
  char *title;
  char *subtitle;  /* or NULL */
  char *role;      /* a missing partner's role (translated), to add to the register; or NULL */
} SfCheckItem;

typedef struct {
  char      *title;
  char      *description;
  char      *empty;    /* what the screen says when it has no items */
  GPtrArray *items;    /* of SfCheckItem */
} SfCheckScreen;

void       sf_check_screen_free    (SfCheckScreen *screen);
/* In order: each partner's key points, the themes, each session's key points, each flat's
 * figures (estimates marked, those still missing said so), the partners still missing.
 * Nothing confidential: the screens are for the whole room. */
GPtrArray *sf_check_screens_build  (SfProject     *project);

G_END_DECLS
