/* sf-save-chooser.h: the file chooser every export saves through
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sf-project.h"

G_BEGIN_DECLS

/* A modal chooser to save a file, over the window @widget is in, with "_Export" and
 * "_Cancel"; the suggested name is @name_pattern with its "%s" (if any) the project's name,
 * and no character a file name cannot hold. Not yet shown; the caller owns it. */
GtkFileChooserNative *sf_save_chooser_new (GtkWidget  *widget,
                                           const char *title,
                                           SfProject  *project,
                                           const char *name_pattern);

G_END_DECLS
