/* sf-themes-page.c: the project's one theme list (codes), shared by steps 1 and 2, and an
 * overview of how the themes are used, with a bar chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Themes are mostly made while tagging key points and statements; this page is where they are
 * tidied up: renamed, merged, given a colour or removed, and where their use is seen. Every
 * change goes through a widget action (see the header) and can be undone.
 *
 * The overview is read again only while the page is on screen, on an idle after the project
 * changed: capturing statements in the live session must not pay for it.
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sf-feedback.h"
#include "sf-icon-button.h"
#include "sf-method.h"
#include "sf-placeholder.h"
#include "sf-text.h"
#include "sf-theme.h"
#include "sf-project-themes.h"
#include "sf-themes-page.h"
#include "sf-toplevel.h"

#define SWATCH_SIZE 16
#define CHART_FALLBACK_WIDTH 600.0

struct _SfThemesPage
{
  SfProjectPage parent_instance;

  SfProject *project; /* the page's (SfProjectPage), for brevity */

  GtkWidget *entry_row;
  GtkWidget *starter_button;
  GtkWidget *themes_group;
  GtkWidget *list_box;
  GtkWidget *chart_area;
  GtkWidget *uses_list;

  SfChart   *chart;
  gboolean   overview_dirty;
  guint      overview_idle;
};

G_DEFINE_FINAL_TYPE (SfThemesPage, sf_themes_page, SF_TYPE_PROJECT_PAGE)

/* Eight colours from the GNOME palette, dark enough to tell apart on a light row and named,
 * so that no one has to tell them apart by colour alone. */
static const struct
{
  const char *hex;
  const char *name;
} palette[] = {
  { "#3584e4", N_("Blue") },
  { "#2ec27e", N_("Green") },
  { "#f5c211", N_("Yellow") },
  { "#ff7800", N_("Orange") },
  { "#e01b24", N_("Red") },
  { "#9141ac", N_("Purple") },
  { "#986a44", N_("Brown") },
  { "#77767b", N_("Grey") },
};

/* ---- helpers ---------------------------------------------------------------------------- */

static void
plain_toast (GtkWidget  *widget,
             const char *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
}

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

static gboolean
parse_colour (const char *text,
              GdkRGBA    *rgba)
{
  return text != NULL && *text != '\0' && gdk_rgba_parse (rgba, text);
}

/* A filled circle in @colour; without one, a thin ring in the text colour. */
static void
draw_swatch (GtkWidget  *area,
             cairo_t    *cr,
             int         width,
             int         height,
             const char *colour)
{
  double radius = MIN (width, height) / 2.0 - 1.0;
  GdkRGBA rgba;

  cairo_arc (cr, width / 2.0, height / 2.0, radius, 0, 2 * G_PI);
  if (parse_colour (colour, &rgba))
    {
      gdk_cairo_set_source_rgba (cr, &rgba);
      cairo_fill (cr);
      return;
    }
  gtk_style_context_get_color (gtk_widget_get_style_context (area), &rgba);
  rgba.alpha *= 0.5;
  gdk_cairo_set_source_rgba (cr, &rgba);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
}

static void
draw_theme_swatch (GtkDrawingArea *area,
                   cairo_t        *cr,
                   int             width,
                   int             height,
                   gpointer        theme)
{
  draw_swatch (GTK_WIDGET (area), cr, width, height, sf_theme_get_colour (theme));
}

static void
draw_palette_swatch (GtkDrawingArea *area,
                     cairo_t        *cr,
                     int             width,
                     int             height,
                     gpointer        colour)
{
  draw_swatch (GTK_WIDGET (area), cr, width, height, colour);
}

static GtkWidget *
swatch_new (void)
{
  GtkWidget *area = gtk_drawing_area_new ();

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), SWATCH_SIZE);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), SWATCH_SIZE);
  gtk_widget_set_valign (area, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (area, GTK_ALIGN_CENTER);
  gtk_accessible_update_state (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  return area;
}

/* ---- the chart -------------------------------------------------------------------------- */

SfChart *
sf_themes_chart_new (SfProject *project)
{
  g_autoptr(GPtrArray) uses = NULL;
  g_autoptr(GError) error = NULL;
  const char *series[] = { _("Step 1"), _("Step 2") };
  SfChart *chart;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  chart = sf_chart_new (_("Themes per step"));
  sf_chart_set_series (chart, G_N_ELEMENTS (series), series);
  sf_chart_set_empty_text (chart, _("No themes yet"));
  uses = sf_project_theme_overview (project, &error);
  if (uses == NULL)
    {
      g_warning ("Cannot read the theme overview: %s", error->message);
      return chart;
    }
  for (guint i = 0; i < uses->len; i++)
    {
      SfThemeUse *use = g_ptr_array_index (uses, i);
      double values[] = { use->step1_points, use->step2_points };

      sf_chart_add_bar (chart, use->name, values);
    }
  return chart;
}

static void
draw_chart (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  SfThemesPage *self = user_data;

  if (self->chart == NULL)
    return;
  /* The chart is laid out in points, as in the PDF; on screen a point is 4/3 of a pixel. */
  cairo_scale (cr, SF_THEMES_CHART_SCALE, SF_THEMES_CHART_SCALE);
  sf_chart_draw (self->chart, cr, width / SF_THEMES_CHART_SCALE);
}

/* ---- the overview ----------------------------------------------------------------------- */

static GtkWidget *
use_row_new (SfThemeUse *use)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *swatch = swatch_new ();
  g_autofree char *partners = NULL;
  g_autofree char *figures = NULL;
  g_autofree char *subtitle = NULL;
  const char *parts[2];

  gtk_widget_set_name (row, "theme-use-row");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), use->name);

  if (use->partners > 0)
    partners = g_strdup_printf (ngettext ("In the key points of %u partner",
                                          "In the key points of %u partners", use->partners),
                                use->partners);
  else
    partners = g_strdup (_("Not in the partners’ key points"));
  if (use->key_figures != NULL && use->key_figures[0] != NULL)
    {
      g_autofree char *names = g_strjoinv (", ", use->key_figures);

      /* TRANSLATORS: the key figures in the session whose statements carry a theme */
      figures = g_strdup_printf (_("Raised by %s"), names);
    }
  else
    figures = g_strdup (_("Not raised by a key figure"));
  parts[0] = partners;
  parts[1] = figures;
  subtitle = sf_text_join_parts (parts, G_N_ELEMENTS (parts));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);

  g_object_set_data_full (G_OBJECT (swatch), "sf-colour", g_strdup (use->colour), g_free);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_palette_swatch,
                                  g_object_get_data (G_OBJECT (swatch), "sf-colour"), NULL);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), swatch);
  return row;
}

static void
rebuild_overview (SfThemesPage *self)
{
  g_autoptr(GPtrArray) uses = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  g_clear_handle_id (&self->overview_idle, g_source_remove);
  self->overview_dirty = FALSE;

  g_clear_pointer (&self->chart, sf_chart_free);
  self->chart = sf_themes_chart_new (self->project);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->chart_area),
                                       (int) ceil (SF_THEMES_CHART_SCALE *
                                                   sf_chart_get_height (self->chart,
                                                                        CHART_FALLBACK_WIDTH)));
  gtk_widget_queue_draw (self->chart_area);

  while ((child = gtk_widget_get_first_child (self->uses_list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->uses_list), child);
  uses = sf_project_theme_overview (self->project, &error);
  if (uses == NULL)
    {
      g_warning ("Cannot read the theme overview: %s", error->message);
      return;
    }
  for (guint i = 0; i < uses->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (self->uses_list), use_row_new (g_ptr_array_index (uses, i)));
  gtk_widget_set_visible (self->uses_list, uses->len > 0);
}

static gboolean
overview_idle_cb (gpointer user_data)
{
  SfThemesPage *self = user_data;

  self->overview_idle = 0;
  rebuild_overview (self);
  return G_SOURCE_REMOVE;
}

static void
overview_changed_cb (SfThemesPage *self)
{
  self->overview_dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && self->overview_idle == 0)
    self->overview_idle = g_idle_add (overview_idle_cb, self);
}

static void
page_map_cb (SfThemesPage *self)
{
  if (self->overview_dirty)
    rebuild_overview (self);
}

SfChart *
sf_themes_page_get_chart (SfThemesPage *self)
{
  g_return_val_if_fail (SF_IS_THEMES_PAGE (self), NULL);

  if (self->overview_dirty || self->chart == NULL)
    rebuild_overview (self);
  return self->chart;
}

/* ---- the theme list --------------------------------------------------------------------- */

static SfTheme *
row_get_theme (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "sf-theme");
}

static const char *
row_get_theme_id (GtkWidget *row)
{
  return sf_record_get_id (SF_RECORD (row_get_theme (row)));
}

static void
update_theme_row (GtkWidget *row)
{
  SfTheme *theme = row_get_theme (row);
  GtkWidget *swatch = g_object_get_data (G_OBJECT (row), "sf-swatch");
  GtkWidget *colour_button = g_object_get_data (G_OBJECT (row), "sf-colour-button");
  GtkWidget *rename_button = g_object_get_data (G_OBJECT (row), "sf-rename-button");
  GtkWidget *more_button = g_object_get_data (G_OBJECT (row), "sf-more-button");
  const char *name = sf_theme_get_name (theme);
  g_autofree char *counts = NULL;
  g_autofree char *colour_label = NULL;
  g_autofree char *rename_label = NULL;
  g_autofree char *more_label = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  /* TRANSLATORS: how often a theme occurs: "3 in step 1 · 2 in step 2" */
  counts = g_strdup_printf (_("%u in step 1 · %u in step 2"), sf_theme_get_step1_count (theme),
                            sf_theme_get_step2_count (theme));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), counts);
  gtk_widget_queue_draw (swatch);

  /* TRANSLATORS: the accessible name of a theme's colour button; %s is the theme */
  colour_label = g_strdup_printf (_("Colour of “%s”"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (colour_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, colour_label, -1);
  gtk_widget_set_tooltip_text (colour_button, _("Colour"));
  /* TRANSLATORS: the accessible name of a theme's rename button; %s is the theme */
  rename_label = g_strdup_printf (_("Rename “%s”"), name);
  sf_icon_button_set (rename_button, "document-edit-symbolic", rename_label);
  /* TRANSLATORS: the accessible name of a theme's menu button; %s is the theme */
  more_label = g_strdup_printf (_("More actions for “%s”"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (more_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, more_label, -1);
}

static void
palette_clicked_cb (GtkWidget *button)
{
  GtkWidget *popover = gtk_widget_get_ancestor (button, GTK_TYPE_POPOVER);

  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

static GtkWidget *
palette_button_new (const char *id,
                    const char *hex,
                    const char *name)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *swatch = swatch_new ();

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 20);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 20);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_palette_swatch,
                                  (gpointer) hex, NULL);
  gtk_button_set_child (GTK_BUTTON (button), swatch);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "themes.colour");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(ss)", id, hex);
  g_signal_connect (button, "clicked", G_CALLBACK (palette_clicked_cb), NULL);
  return button;
}

/* The colour popover is made when first opened: a list of 80 themes needs none of them. */
static void
create_colour_popover (GtkMenuButton *menu_button,
                       gpointer       user_data)
{
  GtkWidget *row = user_data;
  const char *id = row_get_theme_id (row);
  GtkWidget *popover, *box, *grid, *none;

  if (gtk_menu_button_get_popover (menu_button) != NULL)
    return;

  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  for (guint i = 0; i < G_N_ELEMENTS (palette); i++)
    gtk_grid_attach (GTK_GRID (grid),
                     palette_button_new (id, palette[i].hex, _(palette[i].name)),
                     (int) (i % 4), (int) (i / 4), 1, 1);

  none = gtk_button_new_with_mnemonic (_("_No Colour"));
  gtk_widget_add_css_class (none, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (none), "themes.colour");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (none), "(ss)", id, "");
  g_signal_connect (none, "clicked", G_CALLBACK (palette_clicked_cb), NULL);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (box), grid);
  gtk_box_append (GTK_BOX (box), none);
  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (menu_button, popover);
}

/* The menu is made each time it opens, so that it lists the themes there are now. */
static void
create_more_menu (GtkMenuButton *menu_button,
                  gpointer       user_data)
{
  GtkWidget *row = user_data;
  const char *id = row_get_theme_id (row);
  SfThemesPage *self = SF_THEMES_PAGE (gtk_widget_get_ancestor (row, SF_TYPE_THEMES_PAGE));
  GListModel *themes;
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) others = g_menu_new ();
  g_autoptr(GMenu) end = g_menu_new ();
  g_autoptr(GMenuItem) remove = NULL;

  if (self == NULL)
    return;
  themes = sf_project_get_themes (self->project);
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

static void rename_clicked_cb (GtkWidget *row);

static GtkWidget *
create_theme_row (gpointer item,
                  gpointer user_data)
{
  SfTheme *theme = SF_THEME (item);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *colour_button = gtk_menu_button_new ();
  GtkWidget *swatch = swatch_new ();
  GtkWidget *rename_button = sf_icon_button_new ("document-edit-symbolic", _("Rename"));
  GtkWidget *more_button = gtk_menu_button_new ();

  gtk_widget_set_name (row, "theme-row");
  g_object_set_data_full (G_OBJECT (row), "sf-theme", g_object_ref (theme), g_object_unref);
  /* Names are the user's own text: never read them as markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);

  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_theme_swatch, theme, NULL);
  gtk_menu_button_set_child (GTK_MENU_BUTTON (colour_button), swatch);
  gtk_widget_set_valign (colour_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (colour_button, "flat");
  gtk_widget_add_css_class (colour_button, "circular");
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (colour_button),
                                         create_colour_popover, row, NULL);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), colour_button);

  g_signal_connect_swapped (rename_button, "clicked", G_CALLBACK (rename_clicked_cb), row);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), rename_button);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (more_button), "view-more-symbolic");
  gtk_widget_set_valign (more_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (more_button, "flat");
  gtk_widget_add_css_class (more_button, "circular");
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (more_button), create_more_menu, row,
                                         NULL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), more_button);

  g_object_set_data (G_OBJECT (row), "sf-swatch", swatch);
  g_object_set_data (G_OBJECT (row), "sf-colour-button", colour_button);
  g_object_set_data (G_OBJECT (row), "sf-rename-button", rename_button);
  g_object_set_data (G_OBJECT (row), "sf-more-button", more_button);

  /* The store updates the theme object in place after an edit, undo or redo. */
  g_signal_connect_object (theme, "notify", G_CALLBACK (update_theme_row), row,
                           G_CONNECT_SWAPPED);
  update_theme_row (row);
  return row;
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

/* ---- renaming --------------------------------------------------------------------------- */

static void
rename_theme (SfThemesPage *self,
              const char   *id,
              const char   *name)
{
  g_autofree char *old_name = theme_name (self, id);
  g_autofree char *other = sf_project_find_theme (self->project, name);
  g_autofree char *other_name = NULL;
  g_autoptr(GError) error = NULL;

  if (other != NULL && !g_str_equal (other, id))
    other_name = theme_name (self, other);
  if (!sf_project_rename_theme (self->project, id, name, &error))
    {
      sf_feedback_error (GTK_WIDGET (self), _("The theme could not be renamed"), error);
      return;
    }
  if (other_name != NULL)
    {
      /* TRANSLATORS: renaming a theme onto another's name merges them: "“A” merged into “B”" */
      g_autofree char *title = g_strdup_printf (_("“%s” merged into “%s”"),
                                                old_name ? old_name : "", other_name);

      sf_feedback_undo_toast (GTK_WIDGET (self), self->project, title);
    }
}

static void
rename_entry_changed_cb (GtkEditable      *entry,
                         AdwMessageDialog *dialog)
{
  const char *text = gtk_editable_get_text (entry);
  g_autofree char *other = NULL;
  const char *id = g_object_get_data (G_OBJECT (dialog), "sf-theme-id");
  SfThemesPage *self = g_object_get_data (G_OBJECT (dialog), "sf-page");

  adw_message_dialog_set_response_enabled (dialog, "rename", !sf_text_is_blank (text));
  other = sf_text_is_blank (text) ? NULL : sf_project_find_theme (self->project, text);
  if (other != NULL && !g_str_equal (other, id))
    {
      adw_message_dialog_set_body (dialog, _("A theme with this name exists: the two will be "
                                             "merged into one, with all their tags."));
      adw_message_dialog_set_response_label (dialog, "rename", _("_Merge"));
    }
  else
    {
      adw_message_dialog_set_body (dialog, "");
      adw_message_dialog_set_response_label (dialog, "rename", _("_Rename"));
    }
}

static void
rename_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    SfThemesPage     *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "sf-entry");
  const char *id = g_object_get_data (G_OBJECT (dialog), "sf-theme-id");

  if (g_str_equal (response, "rename"))
    rename_theme (self, id, gtk_editable_get_text (entry));
}

static void
rename_clicked_cb (GtkWidget *row)
{
  SfThemesPage *self = SF_THEMES_PAGE (gtk_widget_get_ancestor (row, SF_TYPE_THEMES_PAGE));
  GtkWidget *dialog;
  GtkWidget *entry;

  if (self == NULL)
    return;
  dialog = adw_message_dialog_new (sf_toplevel_of (row),
                                   _("Rename Theme"), NULL);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "rename", _("_Rename"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "rename",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "rename");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  entry = gtk_entry_new ();
  gtk_widget_set_name (entry, "theme-rename-entry");
  sf_text_set_loaded (GTK_EDITABLE (entry), sf_theme_get_name (row_get_theme (row)));
  /* Enter presses the default button, as a click does: it renames and closes the dialog (a
   * bare response would leave it open, its Cancel then undoing nothing). */
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);

  g_object_set_data (G_OBJECT (dialog), "sf-entry", entry);
  g_object_set_data (G_OBJECT (dialog), "sf-page", self);
  g_object_set_data_full (G_OBJECT (dialog), "sf-theme-id", g_strdup (row_get_theme_id (row)),
                          g_free);
  g_signal_connect_object (entry, "changed", G_CALLBACK (rename_entry_changed_cb), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (rename_response_cb), self, 0);
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* ---- actions ---------------------------------------------------------------------------- */

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  const char *id, *name;

  g_variant_get (parameter, "(&s&s)", &id, &name);
  rename_theme (SF_THEMES_PAGE (widget), id, name);
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

  if (sf_text_is_blank (text))
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

      plain_toast (GTK_WIDGET (self), title);
    }
  sf_text_set_loaded (GTK_EDITABLE (self->entry_row), "");
}

/* ---- the page --------------------------------------------------------------------------- */

static GtkWidget *
header_new (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (_("Themes"));
  GtkWidget *text = gtk_label_new (_("Themes are the codes you tag key points and statements "
                                     "with, one list shared by step 1 and step 2. You usually "
                                     "create them while tagging; here you rename, merge, colour "
                                     "and remove them, and see how often each one comes up."));

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "title-1");
  gtk_accessible_update_property (GTK_ACCESSIBLE (title), GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), text);
  return box;
}

static GtkWidget *
add_group_new (SfThemesPage *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *list = gtk_list_box_new ();
  g_autofree char *starters = NULL;
  GStrvBuilder *names = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  g_autofree char *tooltip = NULL;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("New Theme"));

  self->entry_row = adw_entry_row_new ();
  gtk_widget_set_name (self->entry_row, "theme-entry");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->entry_row), _("Name of the theme"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self->entry_row), TRUE);
  g_signal_connect_swapped (self->entry_row, "apply", G_CALLBACK (entry_apply_cb), self);
  g_signal_connect_swapped (self->entry_row, "entry-activated", G_CALLBACK (entry_apply_cb),
                            self);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), self->entry_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);

  for (guint i = 0; i < sf_method_get_n_starter_themes (); i++)
    g_strv_builder_add (names, sf_method_get_starter_theme (i));
  strv = g_strv_builder_end (names);
  g_strv_builder_unref (names);
  starters = g_strjoinv (", ", strv);
  self->starter_button = gtk_button_new_with_mnemonic (_("Add the _Positieve Gezondheid Themes"));
  gtk_widget_set_name (self->starter_button, "add-starter-themes");
  gtk_widget_set_halign (self->starter_button, GTK_ALIGN_START);
  gtk_widget_set_margin_top (self->starter_button, 12);
  gtk_widget_add_css_class (self->starter_button, "pill");
  /* TRANSLATORS: the tooltip of the starter themes button; %s lists the six dimensions */
  tooltip = g_strdup_printf (_("The six dimensions: %s"), starters);
  gtk_widget_set_tooltip_text (self->starter_button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->starter_button), "themes.add-starters");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->starter_button);
  return group;
}

static GtkWidget *
themes_group_new (SfThemesPage *self)
{
  self->themes_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->themes_group), _("All Themes"));

  self->list_box = gtk_list_box_new ();
  gtk_widget_set_name (self->list_box, "theme-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list_box, "boxed-list");
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->list_box),
                                sf_placeholder_new (_("No themes yet. Add one above, or while "
                                                      "tagging key points and statements.")));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list_box), sf_project_get_themes (self->project),
                           create_theme_row, NULL, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->themes_group), self->list_box);
  return self->themes_group;
}

static GtkWidget *
overview_group_new (SfThemesPage *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("How Often"));
  adw_preferences_group_set_description (
    ADW_PREFERENCES_GROUP (group),
    _("Step 1 counts the partners’ key points; step 2 the sessions’ key points and "
      "statements."));

  self->chart_area = gtk_drawing_area_new ();
  gtk_widget_set_name (self->chart_area, "theme-chart");
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->chart_area), draw_chart, self, NULL);
  gtk_widget_set_hexpand (self->chart_area, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart_area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Bar chart of the themes per step"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("The same numbers are listed below the chart."),
                                  -1);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "sf-theme-chart");
  gtk_widget_set_margin_bottom (card, 12);
  gtk_widget_set_margin_top (self->chart_area, 12);
  gtk_widget_set_margin_bottom (self->chart_area, 12);
  gtk_widget_set_margin_start (self->chart_area, 12);
  gtk_widget_set_margin_end (self->chart_area, 12);
  gtk_box_append (GTK_BOX (card), self->chart_area);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), card);

  self->uses_list = gtk_list_box_new ();
  gtk_widget_set_name (self->uses_list, "theme-uses");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->uses_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->uses_list, "boxed-list");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->uses_list);
  return group;
}

static void
sf_themes_page_constructed (GObject *object)
{
  SfThemesPage *self = SF_THEMES_PAGE (object);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  const char *tables[] = { "tag", "theme", "key_point", "statement" };

  G_OBJECT_CLASS (sf_themes_page_parent_class)->constructed (object);
  self->project = sf_project_page_get_project (SF_PROJECT_PAGE (self));
  g_return_if_fail (SF_IS_PROJECT (self->project));

  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), header_new ());
  gtk_box_append (GTK_BOX (box), add_group_new (self));
  gtk_box_append (GTK_BOX (box), themes_group_new (self));
  gtk_box_append (GTK_BOX (box), overview_group_new (self));

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 760);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 560);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  adw_bin_set_child (ADW_BIN (self), scrolled);

  update_themes_group (self);
  g_signal_connect_object (self->project, "changed::theme", G_CALLBACK (update_themes_group),
                           self, G_CONNECT_SWAPPED);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *signal = g_strdup_printf ("changed::%s", tables[i]);

      g_signal_connect_object (self->project, signal, G_CALLBACK (overview_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  g_signal_connect (self, "map", G_CALLBACK (page_map_cb), NULL);
  rebuild_overview (self);
}

static void
sf_themes_page_dispose (GObject *object)
{
  SfThemesPage *self = SF_THEMES_PAGE (object);

  g_clear_handle_id (&self->overview_idle, g_source_remove);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_pointer (&self->chart, sf_chart_free);
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
}

static void
sf_themes_page_init (SfThemesPage *self)
{
  gtk_widget_set_name (GTK_WIDGET (self), "themes-page");
}

