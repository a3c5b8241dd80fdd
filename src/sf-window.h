/* sf-window.h: a window showing the welcome screen or one project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef struct _SfApplication SfApplication;

#define SF_TYPE_WINDOW (sf_window_get_type ())
G_DECLARE_FINAL_TYPE (SfWindow, sf_window, SF, WINDOW, AdwApplicationWindow)

SfWindow   *sf_window_new             (SfApplication *application);
const char *sf_window_get_path        (SfWindow      *self);
gpointer    sf_window_get_project     (SfWindow      *self);
gboolean    sf_window_shows_example   (SfWindow      *self);
void        sf_window_open_project    (SfWindow      *self,
                                       const char    *path);
/* Previews merging the copy @path into the project shown, then merges it. */
void        sf_window_merge_copy      (SfWindow      *self,
                                       const char    *path);
void        sf_window_set_loading     (SfWindow      *self,
                                       gboolean       loading);

G_END_DECLS
