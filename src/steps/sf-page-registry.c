/* sf-page-registry.c: the pages of a project, in the order of the sidebar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per page, as GNOME Initial Setup's page table: the overview, the method's five steps
 * (a step page's index is its number), and the themes shared by steps 1 and 2. A new page is
 * a folder with its SfProjectPage subclass and one row here.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-board-page.h"
#include "sf-figures-page.h"
#include "sf-interviews-page.h"
#include "sf-key-figures-page.h"
#include "sf-method.h"
#include "sf-overview-page.h"
#include "sf-page-registry.h"
#include "sf-review-page.h"
#include "sf-themes-page.h"

typedef struct
{
  guint        step;      /* the method's step, 0 for a page of the project as a whole */
  const char  *title;     /* for those, translated when asked; a step's comes from the method */
  const char  *icon_name; /* for those: a step shows its number */
  GType      (*get_type) (void);
  const char  *kind;      /* the items it shows that no step's page does, as search names them */
} PageEntry;

static const PageEntry page_table[] = {
  { 0, N_("Overview"), "view-grid-symbolic",        sf_overview_page_get_type },
  { 1, NULL,           NULL,                        sf_interviews_page_get_type },
  { 2, NULL,           NULL,                        sf_key_figures_page_get_type },
  { 3, NULL,           NULL,                        sf_figures_page_get_type },
  { 4, NULL,           NULL,                        sf_review_page_get_type },
  { 5, NULL,           NULL,                        sf_board_page_get_type },
  { 0, N_("Themes"),   "view-list-bullet-symbolic", sf_themes_page_get_type, "theme" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (page_table) == SF_METHOD_N_STEPS + 2);

guint
sf_page_registry_get_n_pages (void)
{
  return G_N_ELEMENTS (page_table);
}

guint
sf_page_registry_get_step (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (page_table), 0);
  return page_table[index].step;
}

guint
sf_page_registry_find_page (guint       step,
                            const char *kind)
{
  for (guint i = 0; kind != NULL && i < G_N_ELEMENTS (page_table); i++)
    if (g_strcmp0 (page_table[i].kind, kind) == 0)
      return i;
  for (guint i = 0; i < G_N_ELEMENTS (page_table); i++)
    if (page_table[i].step == step)
      return i;
  return 0;
}

const char *
sf_page_registry_get_icon_name (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (page_table), NULL);
  return page_table[index].icon_name;
}

const char *
sf_page_registry_get_page_title (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (page_table), NULL);

  if (page_table[index].step == 0)
    return _(page_table[index].title);
  return sf_method_step_get_short_title (sf_method_get_step (page_table[index].step));
}

GtkWidget *
sf_page_registry_create_page (guint      index,
                              SfProject *project)
{
  const PageEntry *entry;

  g_return_val_if_fail (index < G_N_ELEMENTS (page_table), NULL);
  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  entry = &page_table[index];
  if (entry->step == 0)
    return g_object_new (entry->get_type (), "project", project,
                         "title", sf_page_registry_get_page_title (index), NULL);
  return g_object_new (entry->get_type (), "project", project,
                       "title", sf_page_registry_get_page_title (index),
                       "number", entry->step, NULL);
}
