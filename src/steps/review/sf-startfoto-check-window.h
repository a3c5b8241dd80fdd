/* sf-startfoto-check-window.h: checking the Startfoto together (step 4, questions 1-2): the
 * outcomes of steps 1-3 one screen at a time, with a remark on any item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_STARTFOTO_CHECK_WINDOW (sf_startfoto_check_window_get_type ())
G_DECLARE_FINAL_TYPE (SfStartfotoCheckWindow, sf_startfoto_check_window, SF,
                      STARTFOTO_CHECK_WINDOW, AdwWindow)

GtkWidget *sf_startfoto_check_window_new          (GtkWidget              *parent,
                                                   SfProject              *project);
guint      sf_startfoto_check_window_get_position (SfStartfotoCheckWindow *self);
guint      sf_startfoto_check_window_get_n_screens (SfStartfotoCheckWindow *self);

G_END_DECLS
