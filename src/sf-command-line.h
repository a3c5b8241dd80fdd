/* sf-command-line.h: what startfoto does without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The options, for g_application_add_main_option_entries (). */
const GOptionEntry *sf_command_line_options (void);
/* Does what the options in @dict ask (--info, --merge, the exports, --version), with @rest
 * what is left of the command line after them (the program, then the project FILE). Returns
 * the exit status, or -1 when they ask for a window. */
int                 sf_command_line_run     (GVariantDict       *dict,
                                             const char * const *rest);

G_END_DECLS
