/* sf-remark-dialog.h: asking for a remark on one item while the Startfoto is checked, or for
 * the reason a remark is dismissed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

/* Asks for a remark on @kind/@ref (described as @item) and adds it. */
void sf_remark_dialog_add     (GtkWidget  *parent,
                               SfProject  *project,
                               const char *kind,
                               const char *ref,
                               const char *item);
/* Asks why the remark @id is dismissed and dismisses it. */
void sf_remark_dialog_dismiss (GtkWidget  *parent,
                               SfProject  *project,
                               const char *id);

G_END_DECLS
