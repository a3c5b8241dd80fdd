/* sf-project-items.h: what an item of steps 1-3, named by its kind and id as search names it,
 * is called, and where it is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Step 4's remarks point at such items; the app shows what they are about and opens them.
 */
#pragma once

#include "sf-project.h"

G_BEGIN_DECLS

/* A short description ("Kernpunt van Welzijn Leiden: …", "Aantal woningen · De
 * Zilverreiger"), or NULL when the item is gone. @step: the method step whose page shows it,
 * 0 for the overview; @themes: TRUE for a theme (the themes page). The kinds: key_point,
 * statement, answer, theme, partner, flat, indicator, indicator_value, and role (a role's key
 * in the method's step 1: a partner still missing). */
char *sf_project_describe_item (SfProject  *self,
                                const char *kind,
                                const char *ref,
                                guint      *step,
                                gboolean   *themes);

G_END_DECLS
