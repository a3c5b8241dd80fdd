/* sf-themes.h: the project's one theme list (codes), shared by steps 1 and 2, and tagging
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Theme names are unique as sf_theme_name_key () compares them: adding a name that exists
 * gives the existing theme, renaming onto one merges the two.
 */
#pragma once

#include "sf-project.h"
#include "sf-theme.h"

G_BEGIN_DECLS

/* What can carry themes: a key point (step 1 or 2) or a statement (step 2). */
#define SF_TAGGED_KEY_POINT "key_point"
#define SF_TAGGED_STATEMENT "statement"

/* One theme in the overview: how often it occurs in steps 1 and 2, in how many partners'
 * key points, and which key figures raised it (names of the participants to whom statements
 * with it are attributed, sorted). */
typedef struct
{
  char  *theme_id;
  char  *name;
  char  *colour;
  guint  step1_points;
  guint  step2_points;
  guint  partners;
  GStrv  key_figures;
} SfThemeUse;

void        sf_theme_use_free                  (SfThemeUse  *use);

GListModel *sf_project_get_themes              (SfProject   *self);
char       *sf_project_add_theme               (SfProject   *self,
                                                const char  *name,
                                                GError     **error);
char       *sf_project_find_theme              (SfProject   *self,
                                                const char  *name);
gboolean    sf_project_rename_theme            (SfProject   *self,
                                                const char  *id,
                                                const char  *name,
                                                GError     **error);
gboolean    sf_project_merge_themes            (SfProject   *self,
                                                const char  *from_id,
                                                const char  *into_id,
                                                GError     **error);
gboolean    sf_project_remove_theme            (SfProject   *self,
                                                const char  *id,
                                                GError     **error);
gboolean    sf_project_set_theme_colour        (SfProject   *self,
                                                const char  *id,
                                                const char  *colour,
                                                GError     **error);
gboolean    sf_project_add_starter_themes      (SfProject   *self,
                                                GError     **error);

gboolean    sf_project_tag_key_point           (SfProject   *self,
                                                const char  *key_point_id,
                                                const char  *theme_id,
                                                gboolean     on,
                                                GError     **error);
gboolean    sf_project_tag_statement           (SfProject   *self,
                                                const char  *statement_id,
                                                const char  *theme_id,
                                                gboolean     on,
                                                GError     **error);
char       *sf_project_tag_key_point_by_name   (SfProject   *self,
                                                const char  *key_point_id,
                                                const char  *name,
                                                GError     **error);
char       *sf_project_tag_statement_by_name   (SfProject   *self,
                                                const char  *statement_id,
                                                const char  *name,
                                                GError     **error);
GStrv       sf_project_get_theme_ids_of        (SfProject   *self,
                                                const char  *kind,
                                                const char  *id);

/* Per theme (most used first, then by name), an array of SfThemeUse. */
GPtrArray  *sf_project_theme_overview          (SfProject   *self,
                                                GError     **error);
/* The same without the key figures (key_figures empty), for what only counts; not to be
 * changed (the project keeps it until the tags change). */
GPtrArray  *sf_project_theme_counts            (SfProject   *self,
                                                GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfThemeUse, sf_theme_use_free)

G_END_DECLS
