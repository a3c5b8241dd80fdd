/* sf-search.h: finding text anywhere in a project, accent-insensitive (FTS5)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-db.h"

G_BEGIN_DECLS

typedef struct _SfProject SfProject;

typedef struct
{
  char *kind;    /* the table: answer, statement, key_point, interview, session, partner */
  char *ref;     /* the row's id */
  guint step;    /* the method step it belongs to (1 or 2) */
  char *snippet; /* the text around the match; matches between \x02 and \x03 */
} SfSearchHit;

void       sf_search_hit_free (SfSearchHit *hit);
gboolean   sf_search_sync     (SfDb        *db,
                               const void  *changeset,
                               int          size,
                               GHashTable  *tables,
                               GError     **error);
gboolean   sf_search_rebuild  (SfDb        *db,
                               GError     **error);
GPtrArray *sf_search_find     (SfProject   *project,
                               const char  *text,
                               guint        limit,
                               GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfSearchHit, sf_search_hit_free)

G_END_DECLS
