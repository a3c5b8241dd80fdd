/* sf-key-points-window.h: "de belangrijkste punten" of one partner, to work out an interview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Widget name "key-points-window". New points come from the entry row "add-key-point". Each
 * point's row carries an action group "key-point": remove, move-up, move-down, confidential
 * (boolean state), tag (s: a theme name), untag (s: a theme id), source (s: an answer id, on
 * or off).
 */
#pragma once

#include <adwaita.h>

#include "sf-project-interviews.h"

G_BEGIN_DECLS

#define SF_TYPE_KEY_POINTS_WINDOW (sf_key_points_window_get_type ())
G_DECLARE_FINAL_TYPE (SfKeyPointsWindow, sf_key_points_window, SF, KEY_POINTS_WINDOW, AdwWindow)

GtkWidget *sf_key_points_window_new (GtkWidget *parent,
                                     SfProject *project,
                                     SfPartner *partner);
SfPartner *sf_key_points_window_get_partner (SfKeyPointsWindow *self);
/* Opens the row of the key point @key_point_id and focuses its text; FALSE if it is not
 * one of this partner's. */
gboolean   sf_key_points_window_show_point  (SfKeyPointsWindow *self,
                                             const char        *key_point_id);

G_END_DECLS
