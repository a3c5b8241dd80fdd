/* sf-project-page.h: what every page of a project is, the overview, the steps and the themes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A page shows one part of a project (the construct-only "project"), under a title given by
 * the registry (sf-page-registry.h), and can show the user one row a search found. A step's
 * progress is the store's to tell (sf_project_describe_progress ()): the sidebar shows it
 * before the page is built.
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_PROJECT_PAGE (sf_project_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (SfProjectPage, sf_project_page, SF, PROJECT_PAGE, AdwBin)

struct _SfProjectPageClass
{
  AdwBinClass parent_class;

  /* Shows the user one row a search found (@kind: the table, as in SfSearchHit), e.g. by
   * opening the interview at that answer. Returns FALSE if the page cannot. */
  gboolean (*reveal) (SfProjectPage *self,
                      const char    *kind,
                      const char    *ref);

  gpointer padding[4];
};

SfProject  *sf_project_page_get_project (SfProjectPage *self);
const char *sf_project_page_get_title   (SfProjectPage *self);
gboolean    sf_project_page_reveal      (SfProjectPage *self,
                                         const char    *kind,
                                         const char    *ref);

G_END_DECLS
