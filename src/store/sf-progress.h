/* sf-progress.h: how far a step really is, from what the project holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-project.h"

G_BEGIN_DECLS

char *sf_project_describe_progress (SfProject *self,
                                    guint      step);

G_END_DECLS
