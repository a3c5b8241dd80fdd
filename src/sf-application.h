/* sf-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-library.h"

G_BEGIN_DECLS

#define SF_TYPE_APPLICATION (sf_application_get_type ())
G_DECLARE_FINAL_TYPE (SfApplication, sf_application, SF, APPLICATION, AdwApplication)

SfApplication *sf_application_new         (void);
SfLibrary     *sf_application_get_library (SfApplication *self);
void           sf_application_open_file   (SfApplication *self,
                                           const char    *path,
                                           GtkWindow     *from);
void           sf_application_open_example (SfApplication *self,
                                            GtkWindow     *from);

G_END_DECLS
