/* sf-mbc-param-dialog.h: changing one assumption of the business case, for the whole project
 * or for one flat, saying who set it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A value the store refuses keeps the dialog open with the store's reason under the field.
 */
#pragma once

#include <adwaita.h>

#include "sf-mbc.h"
#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_MBC_PARAM_DIALOG (sf_mbc_param_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SfMbcParamDialog, sf_mbc_param_dialog, SF, MBC_PARAM_DIALOG, AdwWindow)

/* @parent: the widget whose toplevel it belongs to, told of the change; @flat_id, @flat_name:
 * the flat shown (NULL: the project only); @value: the value shown now. */
GtkWidget *sf_mbc_param_dialog_new (GtkWidget  *parent,
                                    SfProject  *project,
                                    SfMbcParam  param,
                                    const char *flat_id,
                                    const char *flat_name,
                                    double      value);

G_END_DECLS
