/* sf-rel-actions.h: the reliability driver's user actions, as lines of text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An action is one line: a seed, a verb and its arguments, separated by tabs. Items are named
 * by their ids (the method's questions and indicators by their place in its lists), so that
 * a line does the same thing in a replay, whatever the order of a list (two sessions made in
 * the same second are listed by id). Before each action the global GRand is seeded from the
 * line, so the new rows' ids (g_uuid_string_random) are the same in a replay, whatever ran in
 * between.
 */
#pragma once

#include "sf-project.h"

G_BEGIN_DECLS

/* A new action for @project as it is now, drawn from @rand. */
char     *sf_rel_action_next (SfProject   *project,
                              GRand       *rand);
/* Runs @line (as sf_rel_action_next () made it) on @project. */
gboolean  sf_rel_action_run  (SfProject   *project,
                              const char  *line,
                              GError     **error);

G_END_DECLS
