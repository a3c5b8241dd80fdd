/* sf-rel-replay.h: a project the reliability runs replay acknowledged actions on, to compare
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-project.h"

G_BEGIN_DECLS

typedef struct _SfRelReplay SfRelReplay;

/* A copy of the project file @base at @path; not open yet. */
SfRelReplay *sf_rel_replay_new    (const char   *base,
                                   const char   *path,
                                   GError      **error);
void         sf_rel_replay_free   (SfRelReplay  *replay);
/* Opens it (again): as a new run of the app does, with no undo history. */
gboolean     sf_rel_replay_open   (SfRelReplay  *replay,
                                   GError      **error);
gboolean     sf_rel_replay_apply  (SfRelReplay  *replay,
                                   const char   *line,
                                   GError      **error);
/* Takes back the action @line just applied (an undo's by redo, anything else's by undo). */
gboolean     sf_rel_replay_revert (SfRelReplay  *replay,
                                   const char   *line,
                                   GError      **error);
char        *sf_rel_replay_dump   (SfRelReplay  *replay,
                                   gboolean      mask_ids);

/* A run's output: "open", then "try\tACTION" before each action and "ok" after it returned
 * success. @acked gets the acknowledged actions, @pending the one under way (or NULL);
 * returns whether the run had opened the project. */
gboolean     sf_rel_parse_run     (const char   *output,
                                   GPtrArray    *acked,
                                   char        **pending);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfRelReplay, sf_rel_replay_free)

G_END_DECLS
