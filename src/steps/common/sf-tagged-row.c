/* sf-tagged-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What differs between a key point and a statement is in a Kind: the store's functions and
 * the words. The row keeps its item, project and parts in a RowData on the row.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-confidential-marker.h"
#include "sf-feedback.h"
#include "sf-icon-button.h"
#include "sf-project-interviews.h"
#include "sf-project-key-figures.h"
#include "sf-tagged-row.h"
#include "sf-text.h"
#include "sf-project-themes.h"

typedef struct
{
  const char *name;     /* the action group, and the first part of the widget names */
  const char *data_key; /* where the row also keeps its item, for the windows' lookups */
  const char *tagged;   /* SF_TAGGED_*: whose themes sf_project_get_theme_ids_of () reads */
  gboolean  (*update)           (SfProject *, const char *, const char *, GError **);
  gboolean  (*set_confidential) (SfProject *, const char *, gboolean, GError **);
  gboolean  (*tag)              (SfProject *, const char *, const char *, gboolean, GError **);
  char     *(*tag_by_name)      (SfProject *, const char *, const char *, GError **);
  gboolean  (*remove)           (SfProject *, const char *, GError **);
  const char *remove_label;     /* N_(): translated when shown */
  const char *removed;
  const char *not_saved;
  const char *not_removed;
} Kind;

static const Kind key_point_kind = {
  "key-point", "sf-key-point", SF_TAGGED_KEY_POINT,
  sf_project_update_key_point, sf_project_set_key_point_confidential,
  sf_project_tag_key_point, sf_project_tag_key_point_by_name, sf_project_remove_key_point,
  N_("Remove Key Point"), N_("Key point removed"), N_("The key point could not be saved"),
  N_("The key point could not be removed"),
};

static const Kind statement_kind = {
  "statement", "sf-statement", SF_TAGGED_STATEMENT,
  sf_project_update_statement, sf_project_set_statement_confidential,
  sf_project_tag_statement, sf_project_tag_statement_by_name, sf_project_remove_statement,
  N_("Remove Statement"), N_("Statement removed"), N_("The statement could not be changed"),
  N_("The statement could not be removed"),
};

typedef struct
{
  SfProject          *project;
  SfRecord           *item;
  const Kind         *kind;
  GSimpleActionGroup *actions;
  GtkWidget          *marker;
  GtkWidget          *text_row;
  GtkWidget          *themes_row;
  GtkWidget          *flow;
} RowData;

static void
row_data_free (gpointer data)
{
  RowData *rd = data;

  g_clear_object (&rd->project);
  g_clear_object (&rd->item);
  g_clear_object (&rd->actions);
  g_free (rd);
}

static RowData *
row_data (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "sf-tagged-row");
}

static const char *
item_id (RowData *rd)
{
  return sf_record_get_id (rd->item);
}

static char *
item_text (RowData *rd)
{
  char *text = NULL;

  g_object_get (rd->item, "text", &text, NULL);
  return text;
}

static gboolean
item_confidential (RowData *rd)
{
  gboolean confidential = FALSE;

  g_object_get (rd->item, "confidential", &confidential, NULL);
  return confidential;
}

static char *
widget_name (RowData    *rd,
             const char *part)
{
  return g_strdup_printf ("%s-%s", rd->kind->name, part);
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

/* ---- showing the item ------------------------------------------------------------------- */

/* The subtitle: for a statement who said it, then the themes. */
static void
update_subtitle (GtkWidget *row,
                 GPtrArray *theme_names)
{
  RowData *rd = row_data (row);
  g_autofree char *themes = NULL;
  g_autofree char *subtitle = NULL;
  const char *speaker = NULL;

  if (theme_names->len > 0)
    {
      g_ptr_array_add (theme_names, NULL);
      themes = g_strjoinv (", ", (char **) theme_names->pdata);
      g_ptr_array_remove_index (theme_names, theme_names->len - 1);
    }
  if (SF_IS_STATEMENT (rd->item))
    {
      speaker = sf_statement_get_participant_name (SF_STATEMENT (rd->item));
      if (sf_text_is_blank (speaker))
        speaker = _("Anonymous");
    }
  if (speaker != NULL)
    {
      const char *parts[] = { speaker, themes };

      subtitle = sf_text_join_parts (parts, G_N_ELEMENTS (parts));
    }
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row),
                                 subtitle ? subtitle : themes ? themes : _("No themes yet"));
}

static void
update_themes (GtkWidget *row)
{
  RowData *rd = row_data (row);
  g_auto(GStrv) ids = sf_project_get_theme_ids_of (rd->project, rd->kind->tagged, item_id (rd));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *untag = g_strdup_printf ("%s.untag", rd->kind->name);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (rd->flow)) != NULL)
    gtk_flow_box_remove (GTK_FLOW_BOX (rd->flow), child);
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      char *name = theme_name (rd->project, ids[i]);
      GtkWidget *box, *label, *remove;
      g_autofree char *remove_label = NULL;

      if (name == NULL)
        continue;
      g_ptr_array_add (names, name);
      box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
      label = gtk_label_new (name);
      gtk_widget_set_margin_start (label, 8);
      /* Translators: %s is a theme's name, on the button that takes it off a key point or
       * a statement. */
      remove_label = g_strdup_printf (_("Remove Theme “%s”"), name);
      remove = sf_icon_button_new ("window-close-symbolic", remove_label);
      gtk_widget_set_name (remove, "untag");
      gtk_widget_add_css_class (remove, "sf-pill-button");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), untag);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", ids[i]);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), remove);
      gtk_widget_add_css_class (box, "sf-theme-pill");
      gtk_widget_add_css_class (box, "card");
      gtk_flow_box_append (GTK_FLOW_BOX (rd->flow), box);
    }
  gtk_widget_set_visible (rd->themes_row, names->len > 0);
  update_subtitle (row, names);
}

static void
update_item (GtkWidget *row)
{
  RowData *rd = row_data (row);
  g_autofree char *text = item_text (rd);
  gboolean confidential = item_confidential (rd);
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (rd->actions), "confidential");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text != NULL ? text : "");
  gtk_widget_set_visible (rd->marker, confidential);
  /* Do not take text out from under the user's fingers. */
  if (!(gtk_widget_get_state_flags (rd->text_row) & GTK_STATE_FLAG_FOCUS_WITHIN))
    sf_text_set_loaded (GTK_EDITABLE (rd->text_row), text != NULL ? text : "");
  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (confidential));
}

static void
item_changed (GtkWidget  *row,
              GParamSpec *pspec)
{
  update_item (row);
  /* Who said a statement is in the subtitle, with the themes. */
  if (g_strcmp0 (g_param_spec_get_name (pspec), "participant-name") == 0)
    update_themes (row);
}

static void
project_changed (GtkWidget  *row,
                 const char *table)
{
  if (g_strcmp0 (table, "tag") == 0 || g_strcmp0 (table, "theme") == 0)
    update_themes (row);
}

/* ---- the actions ------------------------------------------------------------------------ */

static void
remove_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       row)
{
  RowData *rd = row_data (row);
  /* The row goes away with its item: keep hold of what the toast needs. */
  g_autoptr(SfProject) project = g_object_ref (rd->project);
  const Kind *kind = rd->kind;
  g_autofree char *id = g_strdup (item_id (rd));
  GtkWidget *overlay = gtk_widget_get_ancestor (row, ADW_TYPE_TOAST_OVERLAY);
  g_autoptr(GtkWidget) anchor = overlay != NULL ? g_object_ref (overlay) : NULL;
  g_autoptr(GError) error = NULL;

  if (!kind->remove (project, id, &error))
    sf_feedback_error (row, _(kind->not_removed), error);
  else if (anchor != NULL)
    sf_feedback_undo_toast (anchor, project, _(kind->removed));
}

/* Key points only: their partner's or session's, among which they move. */
static GListModel *
siblings (RowData *rd)
{
  SfKeyPoint *point = SF_KEY_POINT (rd->item);

  return sf_key_point_get_step (point) == 1
    ? sf_project_get_key_points (rd->project, sf_key_point_get_partner_id (point))
    : sf_project_get_session_key_points (rd->project, sf_key_point_get_session_id (point));
}

static int
position_of (RowData *rd)
{
  GListModel *points = siblings (rd);

  for (guint i = 0; i < g_list_model_get_n_items (points); i++)
    {
      g_autoptr(GObject) point = g_list_model_get_item (points, i);

      if (point == G_OBJECT (rd->item))
        return (int) i;
    }
  return -1;
}

/* The first cannot go up, the last not down. */
static void
update_moves (GtkWidget *row)
{
  RowData *rd = row_data (row);
  int position = position_of (rd);
  int n = (int) g_list_model_get_n_items (siblings (rd));

  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (
                                 G_ACTION_MAP (rd->actions), "move-up")), position > 0);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (
                                 G_ACTION_MAP (rd->actions), "move-down")),
                               position >= 0 && position + 1 < n);
}

static void
move (GtkWidget *row,
      int        delta)
{
  RowData *rd = row_data (row);
  int position = position_of (rd) + delta;
  g_autofree char *id = g_strdup (item_id (rd));
  g_autoptr(GError) error = NULL;

  if (position < 0 || position >= (int) g_list_model_get_n_items (siblings (rd)))
    return;
  if (!sf_project_move_key_point (rd->project, id, position, &error))
    sf_feedback_error (row, _("The key point could not be moved"), error);
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
  RowData *rd = row_data (row);
  gboolean on = g_variant_get_boolean (state);
  g_autoptr(GError) error = NULL;

  if (on == item_confidential (rd))
    return;
  if (!rd->kind->set_confidential (rd->project, item_id (rd), on, &error))
    sf_feedback_error (row, _(rd->kind->not_saved), error);
}

static void
tag_action (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       row)
{
  RowData *rd = row_data (row);
  g_autofree char *name = g_strstrip (g_strdup (g_variant_get_string (parameter, NULL)));
  g_autofree char *theme_id = NULL;
  g_autoptr(GError) error = NULL;

  if (*name == '\0')
    return;
  theme_id = rd->kind->tag_by_name (rd->project, item_id (rd), name, &error);
  if (theme_id == NULL)
    sf_feedback_error (row, _("The theme could not be added"), error);
}

static void
untag_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       row)
{
  RowData *rd = row_data (row);
  g_autoptr(GError) error = NULL;

  if (!rd->kind->tag (rd->project, item_id (rd), g_variant_get_string (parameter, NULL), FALSE,
                      &error))
    sf_feedback_error (row, _("The theme could not be removed"), error);
  else
    sf_feedback_undo_toast (row, rd->project, _("Theme removed"));
}

static void
text_applied (AdwEntryRow *entry,
              GtkWidget   *row)
{
  RowData *rd = row_data (row);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  g_autofree char *old = item_text (rd);
  g_autoptr(GError) error = NULL;

  if (*text == '\0' || g_strcmp0 (text, old) == 0)
    return;
  if (!rd->kind->update (rd->project, item_id (rd), text, &error))
    sf_feedback_error (row, _(rd->kind->not_saved), error);
}

static void
theme_applied (AdwEntryRow *entry,
               GtkWidget   *row)
{
  g_autofree char *name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));
  g_autofree char *tag = g_strdup_printf ("%s.tag", row_data (row)->kind->name);

  if (sf_text_is_blank (name))
    return;
  gtk_widget_activate_action (row, tag, "s", name);
  sf_text_set_loaded (GTK_EDITABLE (entry), "");
}

/* ---- building the row ------------------------------------------------------------------- */

static GtkWidget *
action_button_new (RowData    *rd,
                   const char *name,
                   const char *icon_name,
                   const char *label,
                   const char *action)
{
  GtkWidget *button = sf_icon_button_new (icon_name, label);
  g_autofree char *detailed = g_strdup_printf ("%s.%s", rd->kind->name, action);

  gtk_widget_set_name (button, name);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), detailed);
  return button;
}

static void
add_text_row (GtkWidget *row,
              RowData   *rd)
{
  g_autofree char *name = widget_name (rd, "text");

  rd->text_row = adw_entry_row_new ();
  gtk_widget_set_name (rd->text_row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rd->text_row), _("Text"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (rd->text_row), TRUE);
  g_signal_connect (rd->text_row, "apply", G_CALLBACK (text_applied), row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), rd->text_row);
}

static void
add_confidential_row (GtkWidget *row,
                      RowData   *rd)
{
  GtkWidget *confidential_row = adw_action_row_new ();
  GtkWidget *confidential_switch = gtk_switch_new ();
  g_autofree char *name = widget_name (rd, "confidential");
  g_autofree char *action = g_strdup_printf ("%s.confidential", rd->kind->name);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (confidential_row), _("Confidential"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (confidential_row),
                               _("Left out of anything shared or exported"));
  gtk_widget_set_name (confidential_switch, name);
  gtk_widget_set_valign (confidential_switch, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (confidential_switch), action);
  adw_action_row_add_suffix (ADW_ACTION_ROW (confidential_row), confidential_switch);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (confidential_row), confidential_switch);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), confidential_row);
}

/* The tags as removable pills, and an entry that adds one by name. */
static void
add_theme_rows (GtkWidget *row,
                RowData   *rd)
{
  GtkWidget *theme_row = adw_entry_row_new ();
  g_autofree char *name = widget_name (rd, "themes");

  rd->flow = gtk_flow_box_new ();
  rd->themes_row = gtk_list_box_row_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (rd->flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (rd->flow), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (rd->flow), 6);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (rd->flow), 20);
  gtk_widget_set_name (rd->flow, name);
  gtk_widget_set_margin_top (rd->flow, 8);
  gtk_widget_set_margin_bottom (rd->flow, 8);
  gtk_widget_set_margin_start (rd->flow, 12);
  gtk_widget_set_margin_end (rd->flow, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (rd->themes_row), rd->flow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (rd->themes_row), FALSE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), rd->themes_row);

  gtk_widget_set_name (theme_row, "theme-entry");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (theme_row), _("Add Theme"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (theme_row), TRUE);
  g_signal_connect (theme_row, "apply", G_CALLBACK (theme_applied), row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), theme_row);
}

GtkWidget *
sf_tagged_row_new (SfProject *project,
                   SfRecord  *item,
                   GtkWidget *after_text)
{
  static const GActionEntry entries[] = {
    { .name = "remove", .activate = remove_action },
    { .name = "confidential", .state = "false", .change_state = confidential_action },
    { .name = "tag", .activate = tag_action, .parameter_type = "s" },
    { .name = "untag", .activate = untag_action, .parameter_type = "s" },
  };
  static const GActionEntry move_entries[] = {
    { .name = "move-up", .activate = move_up_action },
    { .name = "move-down", .activate = move_down_action },
  };
  GtkWidget *row;
  RowData *rd;
  g_autofree char *row_name = NULL;
  g_autofree char *remove_name = NULL;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (SF_IS_KEY_POINT (item) || SF_IS_STATEMENT (item), NULL);

  row = adw_expander_row_new ();
  rd = g_new0 (RowData, 1);
  rd->project = g_object_ref (project);
  rd->item = g_object_ref (item);
  rd->kind = SF_IS_KEY_POINT (item) ? &key_point_kind : &statement_kind;
  rd->actions = g_simple_action_group_new ();
  rd->marker = sf_confidential_marker_new ();
  g_object_set_data_full (G_OBJECT (row), "sf-tagged-row", rd, row_data_free);
  g_object_set_data (G_OBJECT (row), rd->kind->data_key, item);

  g_action_map_add_action_entries (G_ACTION_MAP (rd->actions), entries, G_N_ELEMENTS (entries),
                                   row);
  if (SF_IS_KEY_POINT (item))
    g_action_map_add_action_entries (G_ACTION_MAP (rd->actions), move_entries,
                                     G_N_ELEMENTS (move_entries), row);
  gtk_widget_insert_action_group (row, rd->kind->name, G_ACTION_GROUP (rd->actions));
  row_name = widget_name (rd, "row");
  gtk_widget_set_name (row, row_name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  /* Actions come out last-added first: the mark ends up leftmost, removal rightmost. */
  remove_name = g_strdup_printf ("remove-%s", rd->kind->name);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                               action_button_new (rd, remove_name, "user-trash-symbolic",
                                                  _(rd->kind->remove_label), "remove"));
  if (SF_IS_KEY_POINT (item))
    {
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                                   action_button_new (rd, "move-down", "go-down-symbolic",
                                                      _("Move Down"), "move-down"));
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                                   action_button_new (rd, "move-up", "go-up-symbolic",
                                                      _("Move Up"), "move-up"));
    }
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), rd->marker);

  add_text_row (row, rd);
  if (after_text != NULL)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row), after_text);
  add_confidential_row (row, rd);
  add_theme_rows (row, rd);

  /* The store updates the item in place after an edit, undo or redo. */
  g_signal_connect_object (item, "notify", G_CALLBACK (item_changed), row, G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "changed", G_CALLBACK (project_changed), row,
                           G_CONNECT_SWAPPED);
  if (SF_IS_KEY_POINT (item))
    {
      g_signal_connect_object (siblings (rd), "items-changed", G_CALLBACK (update_moves), row,
                               G_CONNECT_SWAPPED);
      update_moves (row);
    }
  update_item (row);
  update_themes (row);
  return row;
}

SfRecord *
sf_tagged_row_get_item (GtkWidget *row)
{
  RowData *rd = row_data (row);

  g_return_val_if_fail (rd != NULL, NULL);
  return rd->item;
}

SfProject *
sf_tagged_row_get_project (GtkWidget *row)
{
  RowData *rd = row_data (row);

  g_return_val_if_fail (rd != NULL, NULL);
  return rd->project;
}

GActionMap *
sf_tagged_row_get_actions (GtkWidget *row)
{
  RowData *rd = row_data (row);

  g_return_val_if_fail (rd != NULL, NULL);
  return G_ACTION_MAP (rd->actions);
}

static void
focus_when_revealed (GtkRevealer *revealer,
                     GParamSpec  *pspec,
                     GtkWidget   *text_row)
{
  if (!gtk_revealer_get_child_revealed (revealer))
    return;
  g_signal_handlers_disconnect_by_func (revealer, focus_when_revealed, text_row);
  gtk_widget_grab_focus (text_row);
}

void
sf_tagged_row_show (GtkWidget *row)
{
  RowData *rd = row_data (row);
  GtkWidget *revealer;

  g_return_if_fail (rd != NULL);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  /* The focus once the row is open: the page scrolls to the focus, and only then is it
   * known where the text is. */
  revealer = gtk_widget_get_ancestor (rd->text_row, GTK_TYPE_REVEALER);
  if (revealer == NULL || gtk_revealer_get_child_revealed (GTK_REVEALER (revealer)))
    gtk_widget_grab_focus (rd->text_row);
  else
    g_signal_connect_object (revealer, "notify::child-revealed",
                             G_CALLBACK (focus_when_revealed), rd->text_row, 0);
}

GtkWidget *
sf_tagged_row_find (GtkWidget  *list_box,
                    const char *id)
{
  for (GtkWidget *row = gtk_widget_get_first_child (list_box); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      RowData *rd = row_data (row);

      if (rd != NULL && g_strcmp0 (item_id (rd), id) == 0)
        return row;
    }
  return NULL;
}
