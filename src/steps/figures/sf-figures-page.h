/* sf-figures-page.h: the page of step 3, the inventory of facts and figures per flat
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-step-page.h"

G_BEGIN_DECLS

#define SF_TYPE_FIGURES_PAGE (sf_figures_page_get_type ())
G_DECLARE_FINAL_TYPE (SfFiguresPage, sf_figures_page, SF, FIGURES_PAGE, SfStepPage)

/* The flat the figures are shown for, or NULL for the whole neighbourhood. */
const char *sf_figures_page_get_flat_id (SfFiguresPage *self);
/* Shows the figures of @flat_id (NULL: the whole neighbourhood). */
void        sf_figures_page_set_flat_id (SfFiguresPage *self,
                                           const char      *flat_id);

G_END_DECLS
