/* sf-rel-replay.c: a project the reliability runs replay acknowledged actions on, to compare
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sf-project-private.h"
#include "sf-rel-actions.h"
#include "sf-rel-check.h"
#include "sf-rel-replay.h"

struct _SfRelReplay
{
  char      *path;
  SfProject *project;
};

SfRelReplay *
sf_rel_replay_new (const char  *base,
                   const char  *path,
                   GError     **error)
{
  g_autoptr(GFile) from = g_file_new_for_path (base);
  g_autoptr(GFile) to = g_file_new_for_path (path);
  SfRelReplay *replay;

  if (!g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
    return NULL;
  replay = g_new0 (SfRelReplay, 1);
  replay->path = g_strdup (path);
  return replay;
}

void
sf_rel_replay_free (SfRelReplay *replay)
{
  if (replay == NULL)
    return;
  g_clear_object (&replay->project);
  g_free (replay->path);
  g_free (replay);
}

gboolean
sf_rel_replay_open (SfRelReplay  *replay,
                    GError      **error)
{
  g_clear_object (&replay->project);
  replay->project = sf_project_open (replay->path, SF_DB_OPEN_DEFAULT, error);
  return replay->project != NULL;
}

gboolean
sf_rel_replay_apply (SfRelReplay  *replay,
                     const char   *line,
                     GError      **error)
{
  if (g_str_equal (line, "open"))
    return sf_rel_replay_open (replay, error);
  if (replay->project == NULL && !sf_rel_replay_open (replay, error))
    return FALSE;
  return sf_rel_action_run (replay->project, line, error);
}

gboolean
sf_rel_replay_revert (SfRelReplay  *replay,
                      const char   *line,
                      GError      **error)
{
  const char *verb = strchr (line, '\t');

  if (g_strcmp0 (verb, "\tundo") == 0)
    return sf_project_redo (replay->project, error);
  return sf_project_undo (replay->project, error);
}

char *
sf_rel_replay_dump (SfRelReplay *replay,
                    gboolean     mask_ids)
{
  if (replay->project == NULL && !sf_rel_replay_open (replay, NULL))
    return g_strdup ("");
  return sf_rel_dump (sf_db_get_handle (sf_project_get_db (replay->project)), mask_ids);
}

gboolean
sf_rel_parse_run (const char  *output,
                  GPtrArray   *acked,
                  char       **pending)
{
  g_auto(GStrv) lines = g_strsplit (output, "\n", -1);
  gboolean opened = FALSE;

  *pending = NULL;
  for (guint i = 0; lines[i] != NULL; i++)
    {
      /* The last line may be cut off by the kill: only a whole line counts. */
      gboolean whole = lines[i + 1] != NULL;

      if (whole && g_str_equal (lines[i], "open"))
        opened = TRUE;
      else if (whole && g_str_has_prefix (lines[i], "try\t"))
        {
          g_free (*pending);
          *pending = g_strdup (lines[i] + 4);
        }
      else if (whole && g_str_equal (lines[i], "ok") && *pending != NULL)
        g_ptr_array_add (acked, g_steal_pointer (pending));
    }
  return opened;
}
