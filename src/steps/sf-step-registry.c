/* sf-step-registry.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Page 0 is the overview; page n (1..5) is step n; page 6 is the themes shared by steps 1 and
 * 2. A step with parts of its own gets its own SfStepPage subclass here; the others are plain
 * step pages.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-inventory-step.h"
#include "sf-method.h"
#include "sf-overview-page.h"
#include "sf-partners-step.h"
#include "sf-session-step.h"
#include "sf-step-page.h"
#include "sf-step-registry.h"
#include "sf-themes-page.h"

#define THEMES_PAGE (SF_METHOD_N_STEPS + 1)

guint
sf_step_registry_get_n_pages (void)
{
  return THEMES_PAGE + 1;
}

/* The page's name in the sidebar. */
const char *
sf_step_registry_get_page_title (guint index)
{
  g_return_val_if_fail (index < sf_step_registry_get_n_pages (), NULL);

  if (index == 0)
    return _("Overview");
  if (index == THEMES_PAGE)
    return _("Themes");
  return sf_method_step_get_short_title (sf_method_get_step (index));
}

GtkWidget *
sf_step_registry_create_page (guint      index,
                              SfProject *project)
{
  g_return_val_if_fail (index < sf_step_registry_get_n_pages (), NULL);
  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  switch (index)
    {
    case 0:
      return sf_overview_page_new (project);
    case 1:
      return sf_partners_step_new (project);
    case 2:
      return sf_session_step_new (project);
    case 3:
      return sf_inventory_step_new (project);
    case THEMES_PAGE:
      return sf_themes_page_new (project);
    default:
      return sf_step_page_new (project, index);
    }
}
