/* sf-check-screens.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built again whenever the walk is opened or the project changes: a project has a handful of
 * partners, sessions and flats, so this is a few short lists.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-check-screens.h"
#include "sf-figure-text.h"
#include "sf-method.h"
#include "sf-project-figures.h"
#include "sf-project-interviews.h"
#include "sf-project-key-figures.h"
#include "sf-project-themes.h"

static void
item_free (SfCheckItem *item)
{
  g_free (item->kind);
  g_free (item->ref);
  g_free (item->title);
  g_free (item->subtitle);
  g_free (item->role);
  g_free (item);
}

void
sf_check_screen_free (SfCheckScreen *screen)
{
  g_free (screen->title);
  g_free (screen->description);
  g_free (screen->empty);
  g_ptr_array_unref (screen->items);
  g_free (screen);
}

static SfCheckScreen *
add_screen (GPtrArray  *screens,
            const char *title,
            const char *description,
            const char *empty)
{
  SfCheckScreen *screen = g_new0 (SfCheckScreen, 1);

  screen->title = g_strdup (title);
  screen->description = g_strdup (description);
  screen->empty = g_strdup (empty);
  screen->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  g_ptr_array_add (screens, screen);
  return screen;
}

static SfCheckItem *
add_item (SfCheckScreen *screen,
          const char    *kind,
          const char    *ref,
          const char    *title,
          char          *subtitle)
{
  SfCheckItem *item = g_new0 (SfCheckItem, 1);

  item->kind = g_strdup (kind);
  item->ref = g_strdup (ref);
  item->title = g_strdup (title);
  item->subtitle = subtitle;
  g_ptr_array_add (screen->items, item);
  return item;
}

static void
add_key_points (SfCheckScreen *screen,
                GListModel    *points)
{
  for (guint i = 0; points != NULL && i < g_list_model_get_n_items (points); i++)
    {
      g_autoptr(SfKeyPoint) point = g_list_model_get_item (points, i);

      if (!sf_key_point_get_confidential (point))
        add_item (screen, "key_point", sf_record_get_id (SF_RECORD (point)),
                  sf_key_point_get_text (point), NULL);
    }
}

static void
add_partner_screens (SfProject *project,
                     GPtrArray *screens)
{
  GListModel *partners = sf_project_get_partners (project);

  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);
      GListModel *points = sf_project_get_key_points (project,
                                                      sf_record_get_id (SF_RECORD (partner)));
      SfCheckScreen *screen;

      if (points == NULL || g_list_model_get_n_items (points) == 0)
        continue;
      screen = add_screen (screens, sf_partner_get_organisation (partner),
                           _("The key points from the interview with this partner."),
                           _("No key points that can be shown to the room."));
      add_key_points (screen, points);
    }
}

static void
add_theme_screen (SfProject *project,
                  GPtrArray *screens)
{
  g_autoptr(GPtrArray) uses = sf_project_theme_counts (project, NULL);
  SfCheckScreen *screen = add_screen (screens, _("Themes"),
                                      _("The themes of the interviews and the session, and "
                                        "how often each came up."),
                                      _("No themes yet."));

  for (guint i = 0; uses != NULL && i < uses->len; i++)
    {
      SfThemeUse *use = g_ptr_array_index (uses, i);
      guint n = use->step1_points + use->step2_points;

      add_item (screen, "theme", use->theme_id, use->name,
                /* Translators: how often a theme came up in steps 1 and 2 */
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u key point",
                                              "%u key points", n), n));
    }
}

static void
add_session_screens (SfProject *project,
                     GPtrArray *screens)
{
  GListModel *sessions = sf_project_get_sessions (project);

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(SfSession) session = g_list_model_get_item (sessions, i);
      GListModel *points = sf_project_get_session_key_points (
                             project, sf_record_get_id (SF_RECORD (session)));
      SfCheckScreen *screen = add_screen (screens, _("Session with key figures"),
                                          _("The key points of the session."),
                                          _("No key points that can be shown to the room."));

      add_key_points (screen, points);
    }
}

static char *
figure_subtitle (SfIndicator      *indicator,
                 SfIndicatorValue *value)
{
  g_autofree char *text = NULL;

  if (value == NULL || !sf_indicator_value_is_filled (value))
    return g_strdup (_("Still missing"));
  text = sf_figure_text (indicator, value);
  if (sf_indicator_value_get_accuracy (value) != SF_ACCURACY_EXACT)
    return g_strdup_printf ("≈ %s", text);
  return g_steal_pointer (&text);
}

static void
add_flat_screens (SfProject *project,
                  GPtrArray *screens)
{
  GListModel *flats = sf_project_get_flats (project);
  GListModel *indicators = sf_project_get_indicators (project);

  for (guint i = 0; i < g_list_model_get_n_items (flats); i++)
    {
      g_autoptr(SfFlat) flat = g_list_model_get_item (flats, i);
      const char *flat_id = sf_record_get_id (SF_RECORD (flat));
      SfCheckScreen *screen = add_screen (screens, sf_flat_get_name (flat),
                                          _("The facts and figures of this flat: “≈” marks an "
                                            "estimate or an average."),
                                          _("No figures in this project."));

      for (guint j = 0; j < g_list_model_get_n_items (indicators); j++)
        {
          g_autoptr(SfIndicator) indicator = g_list_model_get_item (indicators, j);
          const char *indicator_id = sf_record_get_id (SF_RECORD (indicator));
          SfIndicatorValue *value;

          if (sf_indicator_get_hidden (indicator))
            continue;
          value = sf_project_find_indicator_value (project, indicator_id, flat_id);
          if (value != NULL && sf_indicator_value_is_filled (value))
            add_item (screen, "indicator_value", sf_record_get_id (SF_RECORD (value)),
                      sf_indicator_get_name (indicator), figure_subtitle (indicator, value));
          else
            add_item (screen, "indicator", indicator_id, sf_indicator_get_name (indicator),
                      figure_subtitle (indicator, NULL));
        }
    }
}

static void
add_missing_roles (SfProject *project,
                   GPtrArray *screens)
{
  const SfMethodStep *step1 = sf_method_get_step (1);
  g_auto(GStrv) missing = sf_project_missing_partner_roles (project);
  SfCheckScreen *screen = add_screen (screens, _("Partners still missing"),
                                      _("The roles of the method that no partner in the "
                                        "register has yet. Add one as a partner still to "
                                        "approach."),
                                      _("Every role of the method has a partner."));

  for (guint i = 0; i < sf_method_step_get_n_roles (step1); i++)
    {
      const char *role = sf_method_step_get_role (step1, i);
      SfCheckItem *item;

      if (missing == NULL || !g_strv_contains ((const char * const *) missing, role))
        continue;
      item = add_item (screen, "role", sf_method_step_get_role_key (step1, i), role, NULL);
      item->role = g_strdup (role);
    }
}

GPtrArray *
sf_check_screens_build (SfProject *project)
{
  GPtrArray *screens = g_ptr_array_new_with_free_func ((GDestroyNotify) sf_check_screen_free);

  g_return_val_if_fail (SF_IS_PROJECT (project), screens);

  add_partner_screens (project, screens);
  add_theme_screen (project, screens);
  add_session_screens (project, screens);
  add_flat_screens (project, screens);
  add_missing_roles (project, screens);
  return screens;
}
