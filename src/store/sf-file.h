/* sf-file.h: writing a file the user chose, privately and whole
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Writes @data to @path with mode 0600: a temporary file beside it, synced and renamed over
 * it, so that @path is never half-written. Where only @path itself may be written (a file the
 * document portal granted inside Flatpak), it is rewritten in place and synced. The error's
 * message is the system's wording of the cause, never a temporary name. */
gboolean sf_file_write_private (const char  *path,
                                const char  *data,
                                gsize        size,
                                GError     **error);

G_END_DECLS
