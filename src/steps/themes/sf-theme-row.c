/* sf-theme-row.c: a theme in the page's list, with its colour, rename button and menu
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-colour-swatch.h"
#include "sf-project-page.h"
#include "sf-project-themes.h"
#include "sf-theme-colour-popover.h"
#include "sf-theme-rename-dialog.h"
#include "sf-theme-row.h"
#include "sf-toplevel.h"
#include "themes-resources.h"

struct _SfThemeRow
{
  AdwActionRow parent_instance;

  GtkWidget *colour_button;
  GtkWidget *swatch;
  GtkWidget *rename_button;
  GtkWidget *more_button;

  SfProject *project;
  SfTheme   *theme;
};

G_DEFINE_FINAL_TYPE (SfThemeRow, sf_theme_row, ADW_TYPE_ACTION_ROW)

static const char *
theme_id (SfThemeRow *self)
{
  return sf_record_get_id (SF_RECORD (self->theme));
}

static char *
rename_label (SfThemeRow *self)
{
  /* TRANSLATORS: the accessible name of a theme's rename button; %s is the theme */
  return g_strdup_printf (_("Rename “%s”"), sf_theme_get_name (self->theme));
}

static void
update (SfThemeRow *self)
{
  const char *name = sf_theme_get_name (self->theme);
  g_autofree char *counts = NULL;
  g_autofree char *colour_label = NULL;
  g_autofree char *rename_text = NULL;
  g_autofree char *more_label = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), name);
  /* TRANSLATORS: how often a theme occurs: "3 in step 1 · 2 in step 2" */
  counts = g_strdup_printf (_("%u in step 1 · %u in step 2"),
                            sf_theme_get_step1_count (self->theme),
                            sf_theme_get_step2_count (self->theme));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), counts);
  sf_colour_swatch_set_colour (SF_COLOUR_SWATCH (self->swatch),
                               sf_theme_get_colour (self->theme));

  /* TRANSLATORS: the accessible name of a theme's colour button; %s is the theme */
  colour_label = g_strdup_printf (_("Colour of “%s”"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->colour_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, colour_label, -1);
  rename_text = rename_label (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->rename_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, rename_text, -1);
  /* TRANSLATORS: the accessible name of a theme's menu button; %s is the theme */
  more_label = g_strdup_printf (_("More actions for “%s”"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->more_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, more_label, -1);
}

/* The rename button's tooltip is its accessible name, made when it is asked for. */
static gboolean
rename_query_tooltip_cb (SfThemeRow *self,
                         int         x,
                         int         y,
                         gboolean    keyboard_mode,
                         GtkTooltip *tooltip)
{
  g_autofree char *label = rename_label (self);

  gtk_tooltip_set_text (tooltip, label);
  return TRUE;
}

/* The colour popover is made when first opened: a list of 80 themes needs none of them. */
static void
create_colour_popover (GtkMenuButton *menu_button,
                       gpointer       user_data)
{
  SfThemeRow *self = user_data;

  if (gtk_menu_button_get_popover (menu_button) == NULL)
    gtk_menu_button_set_popover (menu_button, sf_theme_colour_popover_new (theme_id (self)));
}

/* The menu is made each time it opens, so that it lists the themes there are now. A menu's
 * items are a GMenu's: the action's target says which theme. */
static void
create_more_menu (GtkMenuButton *menu_button,
                  gpointer       user_data)
{
  SfThemeRow *self = user_data;
  const char *id = theme_id (self);
  GListModel *themes = sf_project_get_themes (self->project);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) others = g_menu_new ();
  g_autoptr(GMenu) end = g_menu_new ();
  g_autoptr(GMenuItem) remove = NULL;

  for (guint i = 0; themes != NULL && i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(SfTheme) other = g_list_model_get_item (themes, i);
      const char *other_id = sf_record_get_id (SF_RECORD (other));
      g_autoptr(GMenuItem) item = NULL;

      if (g_str_equal (other_id, id))
        continue;
      item = g_menu_item_new (sf_theme_get_name (other), NULL);
      g_menu_item_set_action_and_target_value (item, "themes.merge",
                                               g_variant_new ("(ss)", id, other_id));
      g_menu_append_item (others, item);
    }
  if (g_menu_model_get_n_items (G_MENU_MODEL (others)) > 0)
    g_menu_append_submenu (menu, _("_Merge Into"), G_MENU_MODEL (others));

  remove = g_menu_item_new (_("_Remove"), NULL);
  g_menu_item_set_action_and_target_value (remove, "themes.remove", g_variant_new_string (id));
  g_menu_append_item (end, remove);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (end));
  gtk_menu_button_set_menu_model (menu_button, G_MENU_MODEL (menu));
}

static void
rename_response_cb (SfThemeRenameDialog *dialog,
                    const char          *response,
                    GtkWidget           *page)
{
  if (g_str_equal (response, "rename"))
    gtk_widget_activate_action (page, "themes.rename", "(ss)",
                                sf_theme_rename_dialog_get_theme_id (dialog),
                                sf_theme_rename_dialog_get_name (dialog));
}

static void
rename_clicked_cb (SfThemeRow *self)
{
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (self), SF_TYPE_PROJECT_PAGE);
  SfThemeRenameDialog *dialog;

  if (page == NULL)
    return;
  dialog = sf_theme_rename_dialog_new (sf_toplevel_of (GTK_WIDGET (self)), self->project,
                                       self->theme);
  /* The page renames, as it does for its "themes.rename" action. */
  g_signal_connect_object (dialog, "response", G_CALLBACK (rename_response_cb), page, 0);
  sf_theme_rename_dialog_present (dialog);
}

GtkWidget *
sf_theme_row_new (SfProject *project,
                  SfTheme   *theme)
{
  SfThemeRow *self;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (SF_IS_THEME (theme), NULL);

  self = g_object_new (SF_TYPE_THEME_ROW, NULL);
  self->project = g_object_ref (project);
  self->theme = g_object_ref (theme);
  /* The store updates the theme object in place after an edit, undo or redo. */
  g_signal_connect_object (theme, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
  return GTK_WIDGET (self);
}

SfTheme *
sf_theme_row_get_theme (SfThemeRow *self)
{
  g_return_val_if_fail (SF_IS_THEME_ROW (self), NULL);

  return self->theme;
}

static void
sf_theme_row_dispose (GObject *object)
{
  SfThemeRow *self = SF_THEME_ROW (object);

  g_clear_object (&self->theme);
  g_clear_object (&self->project);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_THEME_ROW);
  G_OBJECT_CLASS (sf_theme_row_parent_class)->dispose (object);
}

static void
sf_theme_row_class_init (SfThemeRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_theme_row_dispose;

  g_type_ensure (SF_TYPE_COLOUR_SWATCH);
  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_themes_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-theme-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SfThemeRow, colour_button);
  gtk_widget_class_bind_template_child (widget_class, SfThemeRow, swatch);
  gtk_widget_class_bind_template_child (widget_class, SfThemeRow, rename_button);
  gtk_widget_class_bind_template_child (widget_class, SfThemeRow, more_button);
  gtk_widget_class_bind_template_callback (widget_class, rename_query_tooltip_cb);
  gtk_widget_class_bind_template_callback (widget_class, rename_clicked_cb);
}

static void
sf_theme_row_init (SfThemeRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->colour_button),
                                         create_colour_popover, self, NULL);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->more_button),
                                         create_more_menu, self, NULL);
}
