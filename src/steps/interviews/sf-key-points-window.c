/* sf-key-points-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One expander row per key point: its title is the point, its subtitle the themes; opened it
 * edits the text, the confidential mark, the themes and the sources the point came from
 * (chosen in an SfSourceChooser).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-feedback.h"
#include "sf-icon-button.h"
#include "sf-key-points-window.h"
#include "sf-source-chooser.h"
#include "sf-text.h"
#include "sf-themes.h"
#include "sf-toplevel.h"

struct _SfKeyPointsWindow
{
  AdwWindow parent_instance;

  SfProject *project;
  SfPartner *partner;

  GtkWidget *toast_overlay;
  GtkWidget *header;
  GtkWidget *add_row;
  GtkWidget *list_box;
};

G_DEFINE_FINAL_TYPE (SfKeyPointsWindow, sf_key_points_window, ADW_TYPE_WINDOW)

/* ---- helpers ---------------------------------------------------------------------------- */

static SfKeyPoint *
row_get_point (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "sf-key-point");
}

static SfKeyPointsWindow *
row_get_window (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "sf-window");
}

static const char *
point_id (GtkWidget *row)
{
  return sf_record_get_id (SF_RECORD (row_get_point (row)));
}

static char *
theme_name (SfProject  *project,
            const char *theme_id)
{
  GListModel *themes = sf_project_get_themes (project);

  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(SfTheme) theme = g_list_model_get_item (themes, i);

      if (g_strcmp0 (sf_record_get_id (SF_RECORD (theme)), theme_id) == 0)
        return g_strdup (sf_theme_get_name (theme));
    }
  return NULL;
}

/* ---- a key point's row ------------------------------------------------------------------ */

static void
update_point (GtkWidget *row)
{
  SfKeyPoint *point = row_get_point (row);
  GtkWidget *pill = g_object_get_data (G_OBJECT (row), "sf-pill");
  GtkWidget *text_row = g_object_get_data (G_OBJECT (row), "sf-text-row");
  GActionGroup *actions = g_object_get_data (G_OBJECT (row), "sf-actions");
  const char *text = sf_key_point_get_text (point);
  gboolean confidential = sf_key_point_get_confidential (point);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text != NULL ? text : "");
  gtk_widget_set_visible (pill, confidential);
  if (!(gtk_widget_get_state_flags (text_row) & GTK_STATE_FLAG_FOCUS_WITHIN))
    gtk_editable_set_text (GTK_EDITABLE (text_row), text != NULL ? text : "");
  g_simple_action_set_state (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (actions),
                                                                          "confidential")),
                             g_variant_new_boolean (confidential));
}

/* A lock and the word, in the warning colour: readable without colour too. */
GtkWidget *
sf_confidential_marker_new (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *icon = gtk_image_new_from_icon_name ("changes-prevent-symbolic");
  GtkWidget *label = gtk_label_new (_("Confidential"));

  gtk_widget_set_name (box, "confidential-marker");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (box, GTK_ALIGN_START);
  gtk_widget_add_css_class (box, "warning");
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

static void
update_themes (GtkWidget *row)
{
  SfKeyPointsWindow *self = g_object_get_data (G_OBJECT (row), "sf-window");
  GtkWidget *flow = g_object_get_data (G_OBJECT (row), "sf-themes");
  GtkWidget *themes_row = g_object_get_data (G_OBJECT (row), "sf-themes-row");
  g_auto(GStrv) ids = sf_project_get_theme_ids_of (self->project, SF_TAGGED_KEY_POINT,
                                                   point_id (row));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (flow)) != NULL)
    gtk_flow_box_remove (GTK_FLOW_BOX (flow), child);
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      char *name = theme_name (self->project, ids[i]);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
      GtkWidget *label;
      GtkWidget *remove;
      g_autofree char *remove_label = NULL;

      if (name == NULL)
        continue;
      g_ptr_array_add (names, name);
      label = gtk_label_new (name);
      gtk_widget_set_margin_start (label, 8);
      /* Translators: %s is a theme's name, on the button that takes it off a key point. */
      remove_label = g_strdup_printf (_("Remove Theme “%s”"), name);
      remove = sf_icon_button_new ("window-close-symbolic", remove_label);
      gtk_widget_set_name (remove, "untag");
      gtk_widget_add_css_class (remove, "sf-pill-button");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "key-point.untag");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", ids[i]);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), remove);
      gtk_widget_add_css_class (box, "sf-theme-pill");
      gtk_widget_add_css_class (box, "card");
      gtk_flow_box_append (GTK_FLOW_BOX (flow), box);
    }
  gtk_widget_set_visible (themes_row, names->len > 0);
  if (names->len == 0)
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), _("No themes yet"));
  else
    {
      g_autofree char *joined = NULL;

      g_ptr_array_add (names, NULL);
      joined = g_strjoinv (", ", (char **) names->pdata);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), joined);
    }
}

static void
update_sources (GtkWidget *row)
{
  SfKeyPointsWindow *self = g_object_get_data (G_OBJECT (row), "sf-window");
  GtkWidget *sources_row = g_object_get_data (G_OBJECT (row), "sf-sources-row");
  g_autofree char *summary = sf_source_summary (self->project, point_id (row));

  adw_action_row_set_subtitle (ADW_ACTION_ROW (sources_row), summary);
}

static void
row_project_changed (GtkWidget  *row,
                     const char *table)
{
  if (g_strcmp0 (table, "tag") == 0 || g_strcmp0 (table, "theme") == 0)
    update_themes (row);
  else if (g_strcmp0 (table, "key_point_source") == 0 || g_strcmp0 (table, "answer") == 0 ||
           g_strcmp0 (table, "interview") == 0)
    update_sources (row);
}

static void
report_error (GtkWidget    *row,
              const char   *heading,
              const GError *error)
{
  sf_feedback_error (row, heading, error);
}

static void
remove_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       row)
{
  /* The row goes away with its point: keep hold of the window for the toast. */
  g_autoptr(SfKeyPointsWindow) self = g_object_ref (row_get_window (row));
  g_autofree char *id = g_strdup (point_id (row));
  g_autoptr(GError) error = NULL;

  if (!sf_project_remove_key_point (self->project, id, &error))
    report_error (GTK_WIDGET (self), _("The key point could not be removed"), error);
  else
    sf_feedback_undo_toast (self->toast_overlay, self->project, _("Key point removed"));
}

static void
move (GtkWidget *row,
      int        delta)
{
  SfKeyPointsWindow *self = row_get_window (row);
  int position = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) + delta;
  GListModel *points = sf_project_get_key_points (self->project,
                                                  sf_record_get_id (SF_RECORD (self->partner)));
  g_autofree char *id = g_strdup (point_id (row));
  g_autoptr(GError) error = NULL;

  if (position < 0 || position >= (int) g_list_model_get_n_items (points))
    return;
  if (!sf_project_move_key_point (self->project, id, position, &error))
    report_error (GTK_WIDGET (self), _("The key point could not be moved"), error);
}

static void
move_up_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       row)
{
  move (row, -1);
}

static void
move_down_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       row)
{
  move (row, 1);
}

static void
confidential_action (GSimpleAction *action,
                     GVariant      *state,
                     gpointer       row)
{
  SfKeyPointsWindow *self = row_get_window (row);
  gboolean on = g_variant_get_boolean (state);
  g_autoptr(GError) error = NULL;

  if (on == sf_key_point_get_confidential (row_get_point (row)))
    return;
  if (!sf_project_set_key_point_confidential (self->project, point_id (row), on, &error))
    report_error (row, _("The key point could not be saved"), error);
}

static void
tag_action (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       row)
{
  SfKeyPointsWindow *self = row_get_window (row);
  g_autofree char *name = g_strstrip (g_strdup (g_variant_get_string (parameter, NULL)));
  g_autofree char *theme_id = NULL;
  g_autoptr(GError) error = NULL;

  if (*name == '\0')
    return;
  theme_id = sf_project_tag_key_point_by_name (self->project, point_id (row), name, &error);
  if (theme_id == NULL)
    report_error (row, _("The theme could not be added"), error);
}

static void
untag_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       row)
{
  SfKeyPointsWindow *self = row_get_window (row);
  g_autoptr(GError) error = NULL;

  if (!sf_project_tag_key_point (self->project, point_id (row),
                                 g_variant_get_string (parameter, NULL), FALSE, &error))
    report_error (row, _("The theme could not be removed"), error);
  else
    sf_feedback_undo_toast (self->toast_overlay, self->project, _("Theme removed"));
}

static void
choose_sources_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       row)
{
  SfKeyPointsWindow *self = row_get_window (row);
  GtkWidget *chooser = sf_source_chooser_new (GTK_WIDGET (self), self->project,
                                              row_get_point (row));

  gtk_window_present (GTK_WINDOW (chooser));
}

static void
text_applied (AdwEntryRow *entry,
              GtkWidget   *row)
{
  SfKeyPointsWindow *self = row_get_window (row);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  g_autoptr(GError) error = NULL;

  if (*text == '\0' || g_strcmp0 (text, sf_key_point_get_text (row_get_point (row))) == 0)
    return;
  if (!sf_project_update_key_point (self->project, point_id (row), text, &error))
    report_error (row, _("The key point could not be saved"), error);
}

static void
theme_applied (AdwEntryRow *entry,
               GtkWidget   *row)
{
  g_autofree char *name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));

  if (sf_text_is_blank (name))
    return;
  gtk_widget_activate_action (row, "key-point.tag", "s", name);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static GtkWidget *
action_button_new (const char *name,
                   const char *icon_name,
                   const char *label,
                   const char *action)
{
  GtkWidget *button = sf_icon_button_new (icon_name, label);

  gtk_widget_set_name (button, name);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  return button;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  static const GActionEntry entries[] = {
    { .name = "remove", .activate = remove_action },
    { .name = "move-up", .activate = move_up_action },
    { .name = "move-down", .activate = move_down_action },
    { .name = "confidential", .state = "false", .change_state = confidential_action },
    { .name = "tag", .activate = tag_action, .parameter_type = "s" },
    { .name = "untag", .activate = untag_action, .parameter_type = "s" },
    { .name = "choose-sources", .activate = choose_sources_action },
  };
  SfKeyPointsWindow *self = user_data;
  SfKeyPoint *point = SF_KEY_POINT (item);
  GSimpleActionGroup *actions = g_simple_action_group_new ();
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *pill = sf_confidential_marker_new ();
  GtkWidget *text_row = adw_entry_row_new ();
  GtkWidget *confidential_row = adw_action_row_new ();
  GtkWidget *confidential_switch = gtk_switch_new ();
  GtkWidget *theme_row = adw_entry_row_new ();
  GtkWidget *themes_row = gtk_list_box_row_new ();
  GtkWidget *flow = gtk_flow_box_new ();
  GtkWidget *sources_row = adw_action_row_new ();
  GtkWidget *sources_button = gtk_button_new_with_mnemonic (_("_Choose…"));

  g_object_set_data_full (G_OBJECT (row), "sf-key-point", g_object_ref (point), g_object_unref);
  g_object_set_data_full (G_OBJECT (row), "sf-actions", actions, g_object_unref);
  g_object_set_data (G_OBJECT (row), "sf-window", self);
  g_object_set_data (G_OBJECT (row), "sf-pill", pill);
  g_object_set_data (G_OBJECT (row), "sf-text-row", text_row);
  g_object_set_data (G_OBJECT (row), "sf-themes", flow);
  g_object_set_data (G_OBJECT (row), "sf-themes-row", themes_row);
  g_object_set_data (G_OBJECT (row), "sf-sources-row", sources_row);
  g_action_map_add_action_entries (G_ACTION_MAP (actions), entries, G_N_ELEMENTS (entries), row);
  gtk_widget_insert_action_group (row, "key-point", G_ACTION_GROUP (actions));
  gtk_widget_set_name (row, "key-point-row");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  /* Actions come out last-added first: the mark ends up leftmost, removal rightmost. */
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                               action_button_new ("remove-key-point", "user-trash-symbolic",
                                                  _("Remove Key Point"), "key-point.remove"));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                               action_button_new ("move-down", "go-down-symbolic",
                                                  _("Move Down"), "key-point.move-down"));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                               action_button_new ("move-up", "go-up-symbolic", _("Move Up"),
                                                  "key-point.move-up"));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), pill);

  /* The text, edited in place. */
  gtk_widget_set_name (text_row, "key-point-text");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (text_row), _("Text"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (text_row), TRUE);
  g_signal_connect (text_row, "apply", G_CALLBACK (text_applied), row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), text_row);

  /* Confidential. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (confidential_row), _("Confidential"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (confidential_row),
                               _("Left out of anything shared or exported"));
  gtk_widget_set_name (confidential_switch, "key-point-confidential");
  gtk_widget_set_valign (confidential_switch, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (confidential_switch), "key-point.confidential");
  adw_action_row_add_suffix (ADW_ACTION_ROW (confidential_row), confidential_switch);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (confidential_row), confidential_switch);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), confidential_row);

  /* Themes: the tags as removable pills, and an entry that adds one by name. */
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 20);
  gtk_widget_set_name (flow, "key-point-themes");
  gtk_widget_set_margin_top (flow, 8);
  gtk_widget_set_margin_bottom (flow, 8);
  gtk_widget_set_margin_start (flow, 12);
  gtk_widget_set_margin_end (flow, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (themes_row), flow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (themes_row), FALSE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), themes_row);
  gtk_widget_set_name (theme_row, "theme-entry");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (theme_row), _("Add Theme"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (theme_row), TRUE);
  g_signal_connect (theme_row, "apply", G_CALLBACK (theme_applied), row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), theme_row);

  /* Sources: chosen in a window of their own, where long answers can be read whole. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (sources_row), _("Sources"));
  gtk_widget_set_name (sources_button, "choose-sources");
  gtk_widget_set_valign (sources_button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (sources_button), "key-point.choose-sources");
  adw_action_row_add_suffix (ADW_ACTION_ROW (sources_row), sources_button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (sources_row), sources_button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), sources_row);

  g_signal_connect_object (point, "notify", G_CALLBACK (update_point), row, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->project, "changed", G_CALLBACK (row_project_changed), row,
                           G_CONNECT_SWAPPED);
  update_point (row);
  update_themes (row);
  update_sources (row);
  return row;
}

/* ---- the window ------------------------------------------------------------------------- */

static void
add_applied (SfKeyPointsWindow *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (
                                                  GTK_EDITABLE (self->add_row))));
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;

  if (*text == '\0')
    return;
  id = sf_project_add_key_point (self->project, sf_record_get_id (SF_RECORD (self->partner)),
                                 text, &error);
  if (id == NULL)
    {
      sf_feedback_error (GTK_WIDGET (self), _("The key point could not be added"), error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->add_row), "");
}

static GtkWidget *
placeholder_new (void)
{
  GtkWidget *label = gtk_label_new (_("No key points yet"));

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  return label;
}

static void
sf_key_points_window_dispose (GObject *object)
{
  SfKeyPointsWindow *self = SF_KEY_POINTS_WINDOW (object);

  g_clear_object (&self->partner);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_key_points_window_parent_class)->dispose (object);
}

static void
sf_key_points_window_class_init (SfKeyPointsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_key_points_window_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
}

static void
sf_key_points_window_init (SfKeyPointsWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = self->header = adw_header_bar_new ();
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *add_group = adw_preferences_group_new ();
  GtkWidget *list_group = adw_preferences_group_new ();
  GtkWidget *add_list = gtk_list_box_new ();

  gtk_widget_set_name (GTK_WIDGET (self), "key-points-window");
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 720);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
  gtk_window_set_title (GTK_WINDOW (self), _("Key Points"));
  gtk_box_append (GTK_BOX (box), header);

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (add_group),
    _("A concise overview of what this partner said: short points, each with its themes and "
      "the answers or notes it came from."));
  self->add_row = adw_entry_row_new ();
  gtk_widget_set_name (self->add_row, "add-key-point");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->add_row), _("New Key Point"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self->add_row), TRUE);
  g_signal_connect_swapped (self->add_row, "apply", G_CALLBACK (add_applied), self);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (add_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (add_list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (add_list), self->add_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (add_group), add_list);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (add_group));

  self->list_box = gtk_list_box_new ();
  gtk_widget_set_name (self->list_box, "key-point-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list_box, "boxed-list");
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->list_box), placeholder_new ());
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (list_group), self->list_box);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (list_group));

  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  self->toast_overlay = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (self->toast_overlay), box);
  adw_window_set_content (ADW_WINDOW (self), self->toast_overlay);
}

GtkWidget *
sf_key_points_window_new (GtkWidget *parent,
                          SfProject *project,
                          SfPartner *partner)
{
  SfKeyPointsWindow *self;
  GtkWidget *title;
  GtkWindow *main_window;

  g_return_val_if_fail (parent == NULL || GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (SF_IS_PARTNER (partner), NULL);

  self = g_object_new (SF_TYPE_KEY_POINTS_WINDOW, NULL);
  self->project = g_object_ref (project);
  self->partner = g_object_ref (partner);
  main_window = sf_toplevel_of (parent);
  gtk_window_set_transient_for (GTK_WINDOW (self), main_window);
  /* Undo (the toasts' button, Ctrl+Z) is the main window's. */
  if (G_IS_ACTION_GROUP (main_window))
    gtk_widget_insert_action_group (GTK_WIDGET (self), "win", G_ACTION_GROUP (main_window));
  title = adw_window_title_new (_("Key Points"), sf_partner_get_organisation (partner));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (self->header), title);
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list_box),
                           sf_project_get_key_points (project,
                                                      sf_record_get_id (SF_RECORD (partner))),
                           create_row, self, NULL);
  return GTK_WIDGET (self);
}

SfPartner *
sf_key_points_window_get_partner (SfKeyPointsWindow *self)
{
  g_return_val_if_fail (SF_IS_KEY_POINTS_WINDOW (self), NULL);
  return self->partner;
}

gboolean
sf_key_points_window_show_point (SfKeyPointsWindow *self,
                                 const char        *key_point_id)
{
  g_return_val_if_fail (SF_IS_KEY_POINTS_WINDOW (self), FALSE);
  g_return_val_if_fail (key_point_id != NULL, FALSE);

  for (GtkWidget *row = gtk_widget_get_first_child (self->list_box); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (!ADW_IS_EXPANDER_ROW (row) || g_strcmp0 (point_id (row), key_point_id) != 0)
        continue;
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      /* The page scrolls to the focus. */
      gtk_window_set_focus (GTK_WINDOW (self), g_object_get_data (G_OBJECT (row), "sf-text-row"));
      return TRUE;
    }
  return FALSE;
}
