/* sf-themes-page.c: the project's one theme list (codes), shared by steps 1 and 2, and an
 * overview of how the themes are used, with a bar chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Themes are mostly made while tagging key points and statements; this page is where they are
 * tidied up: renamed, merged, given a colour or removed, and where their use is seen. Every
 * change goes through a widget action (see the header) and can be undone. The rows are
 * SfThemeRows; the chart and the rows under it are the SfThemesOverview's.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-feedback.h"
#include "sf-method.h"
#include "sf-placeholder.h"
#include "sf-store-text.h"
#include "sf-text.h"
#include "sf-theme.h"
#include "sf-project-themes.h"
#include "sf-theme-row.h"
#include "sf-themes-page.h"
#include "themes-resources.h"

struct _SfThemesPage
{
  SfProjectPage parent_instance;

  GtkWidget *entry_row;
  GtkWidget *starter_button;
  GtkWidget *themes_group;
  GtkWidget *list_box;
  GtkWidget *overview;

  SfProject *project; /* the page's (SfProjectPage), for brevity */
};

G_DEFINE_FINAL_TYPE (SfThemesPage, sf_themes_page, SF_TYPE_PROJECT_PAGE)

/* The name of the theme with @id, or NULL. */
static char *
theme_name (SfThemesPage *self,
            const char   *id)
{
  GListModel *themes = sf_project_get_themes (self->project);

  for (guint i = 0; themes != NULL && i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(SfTheme) theme = g_list_model_get_item (themes, i);

      if (g_strcmp0 (sf_record_get_id (SF_RECORD (theme)), id) == 0)
        return g_strdup (sf_theme_get_name (theme));
    }
  return NULL;
}

SfChart *
sf_themes_page_get_chart (SfThemesPage *self)
{
  g_return_val_if_fail (SF_IS_THEMES_PAGE (self), NULL);

  return sf_themes_overview_get_chart (SF_THEMES_OVERVIEW (self->overview));
}

/* ---- the theme list --------------------------------------------------------------------- */

static GtkWidget *
create_theme_row (gpointer item,
                  gpointer user_data)
{
  SfThemesPage *self = user_data;

  return sf_theme_row_new (self->project, SF_THEME (item));
}

static void
update_themes_group (SfThemesPage *self)
{
  GListModel *themes = sf_project_get_themes (self->project);
  guint n = themes != NULL ? g_list_model_get_n_items (themes) : 0;
  gboolean all_starters = TRUE;
  g_autofree char *description = NULL;

  description = g_strdup_printf (ngettext ("%u theme", "%u themes", n), n);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->themes_group),
                                         description);

  for (guint i = 0; i < sf_method_get_n_starter_themes (); i++)
    {
      g_autofree char *id = sf_project_find_theme (self->project,
                                                   sf_method_get_starter_theme (i));

      all_starters = all_starters && id != NULL;
    }
  gtk_widget_set_visible (self->starter_button, !all_starters);
}

/* ---- actions ---------------------------------------------------------------------------- */

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SfThemesPage *self = SF_THEMES_PAGE (widget);
  const char *id, *name;
  g_autofree char *old_name = NULL;
  g_autofree char *other = NULL;
  g_autofree char *other_name = NULL;
  g_autoptr(GError) error = NULL;

  g_variant_get (parameter, "(&s&s)", &id, &name);
  old_name = theme_name (self, id);
  other = sf_project_find_theme (self->project, name);
  if (other != NULL && !g_str_equal (other, id))
    other_name = theme_name (self, other);
  if (!sf_project_rename_theme (self->project, id, name, &error))
    {
      sf_feedback_error (widget, _("The theme could not be renamed"), error);
      return;
    }
  if (other_name != NULL)
    {
      /* TRANSLATORS: renaming a theme onto another's name merges them: "“A” merged into “B”" */
      g_autofree char *title = g_strdup_printf (_("“%s” merged into “%s”"),
                                                old_name ? old_name : "", other_name);

      sf_feedback_undo_toast (widget, self->project, title);
    }
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SfThemesPage *self = SF_THEMES_PAGE (widget);
  g_autoptr(GError) error = NULL;
  const char *from_id, *into_id;

  g_variant_get (parameter, "(&s&s)", &from_id, &into_id);
  if (g_str_equal (from_id, into_id))
    return;
  if (!sf_project_merge_themes (self->project, from_id, into_id, &error))
    {
      sf_feedback_error (widget, _("The themes could not be merged"), error);
      return;
    }
  sf_feedback_undo_toast (widget, self->project, _("Themes merged"));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SfThemesPage *self = SF_THEMES_PAGE (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  g_autofree char *name = theme_name (self, id);
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;

  if (!sf_project_remove_theme (self->project, id, &error))
    {
      sf_feedback_error (widget, _("The theme could not be removed"), error);
      return;
    }
  /* TRANSLATORS: a toast after removing a theme; %s is its name */
  title = g_strdup_printf (_("“%s” removed"), name ? name : "");
  sf_feedback_undo_toast (widget, self->project, title);
}

static void
colour_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SfThemesPage *self = SF_THEMES_PAGE (widget);
  g_autoptr(GError) error = NULL;
  const char *id, *colour;

  g_variant_get (parameter, "(&s&s)", &id, &colour);
  if (!sf_project_set_theme_colour (self->project, id, colour, &error))
    sf_feedback_error (widget, _("The theme’s colour could not be changed"), error);
}

static void
add_starters_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SfThemesPage *self = SF_THEMES_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (!sf_project_add_starter_themes (self->project, &error))
    sf_feedback_error (widget, _("The themes could not be added"), error);
}

static void
entry_apply_cb (SfThemesPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry_row));
  g_autofree char *existing = NULL;
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;

  if (sf_store_text_is_blank (text))
    return;
  existing = sf_project_find_theme (self->project, text);
  id = sf_project_add_theme (self->project, text, &error);
  if (id == NULL)
    {
      sf_feedback_error (GTK_WIDGET (self), _("The theme could not be added"), error);
      return;
    }
  if (existing != NULL)
    {
      g_autofree char *name = theme_name (self, id);
      /* TRANSLATORS: adding a theme whose name is taken gives the existing one */
      g_autofree char *title = g_strdup_printf (_("“%s” is already a theme"),
                                                name ? name : text);

      sf_feedback_toast (GTK_WIDGET (self), title);
    }
  sf_text_set_loaded (GTK_EDITABLE (self->entry_row), "");
}

/* ---- the page --------------------------------------------------------------------------- */

static void
set_starter_tooltip (SfThemesPage *self)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  g_autofree char *starters = NULL;
  g_autofree char *tooltip = NULL;

  for (guint i = 0; i < sf_method_get_n_starter_themes (); i++)
    g_strv_builder_add (names, sf_method_get_starter_theme (i));
  strv = g_strv_builder_end (names);
  starters = g_strjoinv (", ", strv);
  /* TRANSLATORS: the tooltip of the starter themes button; %s lists the six dimensions */
  tooltip = g_strdup_printf (_("The six dimensions: %s"), starters);
  gtk_widget_set_tooltip_text (self->starter_button, tooltip);
}

static void
sf_themes_page_constructed (GObject *object)
{
  SfThemesPage *self = SF_THEMES_PAGE (object);

  G_OBJECT_CLASS (sf_themes_page_parent_class)->constructed (object);
  self->project = sf_project_page_get_project (SF_PROJECT_PAGE (self));
  g_return_if_fail (SF_IS_PROJECT (self->project));

  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->list_box),
                                sf_placeholder_new (_("No themes yet. Add one above, or while "
                                                      "tagging key points and statements.")));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list_box), sf_project_get_themes (self->project),
                           create_theme_row, self, NULL);
  update_themes_group (self);
  g_signal_connect_object (self->project, "changed::theme", G_CALLBACK (update_themes_group),
                           self, G_CONNECT_SWAPPED);
  sf_themes_overview_set_project (SF_THEMES_OVERVIEW (self->overview), self->project);
}

static void
sf_themes_page_dispose (GObject *object)
{
  SfThemesPage *self = SF_THEMES_PAGE (object);

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  /* AdwBin first, so it does not unparent again the child the template already dropped. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_THEMES_PAGE);
  G_OBJECT_CLASS (sf_themes_page_parent_class)->dispose (object);
}

static void
sf_themes_page_class_init (SfThemesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sf_themes_page_constructed;
  object_class->dispose = sf_themes_page_dispose;

  gtk_widget_class_install_action (widget_class, "themes.rename", "(ss)", rename_action);
  gtk_widget_class_install_action (widget_class, "themes.merge", "(ss)", merge_action);
  gtk_widget_class_install_action (widget_class, "themes.remove", "s", remove_action);
  gtk_widget_class_install_action (widget_class, "themes.colour", "(ss)", colour_action);
  gtk_widget_class_install_action (widget_class, "themes.add-starters", NULL,
                                   add_starters_action);

  g_type_ensure (SF_TYPE_THEMES_OVERVIEW);
  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_themes_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-themes-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SfThemesPage, entry_row);
  gtk_widget_class_bind_template_child (widget_class, SfThemesPage, starter_button);
  gtk_widget_class_bind_template_child (widget_class, SfThemesPage, themes_group);
  gtk_widget_class_bind_template_child (widget_class, SfThemesPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, SfThemesPage, overview);
  gtk_widget_class_bind_template_callback (widget_class, entry_apply_cb);
}

static void
sf_themes_page_init (SfThemesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  set_starter_tooltip (self);
}
