/* sf-welcome-page.h: what a window shows before a project is open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-library.h"

G_BEGIN_DECLS

#define SF_TYPE_WELCOME_PAGE (sf_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (SfWelcomePage, sf_welcome_page, SF, WELCOME_PAGE, AdwBin)

void sf_welcome_page_set_library (SfWelcomePage *self,
                                  SfLibrary     *library);
char *sf_format_modified (const char *iso8601);

G_END_DECLS
