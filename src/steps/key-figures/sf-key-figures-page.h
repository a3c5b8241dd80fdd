/* sf-key-figures-page.h: the page of step 2, the session with key figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-step-page.h"

G_BEGIN_DECLS

#define SF_TYPE_KEY_FIGURES_PAGE (sf_key_figures_page_get_type ())
G_DECLARE_FINAL_TYPE (SfKeyFiguresPage, sf_key_figures_page, SF, KEY_FIGURES_PAGE, SfStepPage)

/* The session the page shows (the first of the project), or NULL before there is one. */
const char *sf_key_figures_page_get_session_id (SfKeyFiguresPage *self);

G_END_DECLS
