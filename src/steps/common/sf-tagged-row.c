/* sf-tagged-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What differs between a key point and a statement is in a Kind: the store's functions and
 * the words. The template has the move buttons for every row (an expander row shows its
 * actions last-added first, so they cannot come later from SfKeyPointRow's template); only a
 * key point's row shows them.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-confidential-marker.h"
#include "sf-feedback.h"
#include "sf-icon-button.h"
#include "sf-project-interviews.h"
#include "sf-project-key-figures.h"
#include "sf-project-themes.h"
#include "sf-store-text.h"
#include "sf-tagged-row.h"
#include "sf-text.h"
#include "sf-theme-pill.h"
#include "steps-resources.h"

typedef struct
{
  const char *name;     /* the action group, and the first part of the widget names */
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
  "key-point", SF_TAGGED_KEY_POINT,
  sf_project_update_key_point, sf_project_set_key_point_confidential,
  sf_project_tag_key_point, sf_project_tag_key_point_by_name, sf_project_remove_key_point,
  N_("Remove Key Point"), N_("Key point removed"), N_("The key point could not be saved"),
  N_("The key point could not be removed"),
};

static const Kind statement_kind = {
  "statement", SF_TAGGED_STATEMENT,
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

  GtkWidget          *remove_button;
  GtkWidget          *move_down_button;
  GtkWidget          *move_up_button;
  GtkWidget          *marker;
  GtkWidget          *text_row;
  GtkWidget          *confidential_switch;
  GtkWidget          *themes_row;
  GtkWidget          *flow;
} SfTaggedRowPrivate;

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_TYPE_WITH_PRIVATE (SfTaggedRow, sf_tagged_row, ADW_TYPE_EXPANDER_ROW)

#define PRIV(row) ((SfTaggedRowPrivate *) sf_tagged_row_get_instance_private (SF_TAGGED_ROW (row)))

static const char *
item_id (SfTaggedRowPrivate *priv)
{
  return sf_record_get_id (priv->item);
}

static char *
item_text (SfTaggedRowPrivate *priv)
{
  char *text = NULL;

  g_object_get (priv->item, "text", &text, NULL);
  return text;
}

static gboolean
item_confidential (SfTaggedRowPrivate *priv)
{
  gboolean confidential = FALSE;

  g_object_get (priv->item, "confidential", &confidential, NULL);
  return confidential;
}

/* "key-point-text", "statement.tag": the kind's name, @separator, @part. */
static char *
kind_name (SfTaggedRowPrivate *priv,
           const char         *separator,
           const char         *part)
{
  return g_strconcat (priv->kind->name, separator, part, NULL);
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
update_subtitle (SfTaggedRow *self,
                 GPtrArray   *theme_names)
{
  SfTaggedRowPrivate *priv = PRIV (self);
  g_autofree char *themes = NULL;
  g_autofree char *subtitle = NULL;
  const char *speaker = NULL;

  if (theme_names->len > 0)
    {
      g_ptr_array_add (theme_names, NULL);
      themes = g_strjoinv (", ", (char **) theme_names->pdata);
      g_ptr_array_remove_index (theme_names, theme_names->len - 1);
    }
  if (SF_IS_STATEMENT (priv->item))
    {
      speaker = sf_statement_get_participant_name (SF_STATEMENT (priv->item));
      if (sf_store_text_is_blank (speaker))
        speaker = _("Anonymous");
    }
  if (speaker != NULL)
    {
      const char *parts[] = { speaker, themes };

      subtitle = sf_text_join_parts (parts, G_N_ELEMENTS (parts));
    }
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self),
                                 subtitle ? subtitle : themes ? themes : _("No themes yet"));
}

static void
update_themes (SfTaggedRow *self)
{
  SfTaggedRowPrivate *priv = PRIV (self);
  g_auto(GStrv) ids = sf_project_get_theme_ids_of (priv->project, priv->kind->tagged,
                                                   item_id (priv));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *untag = kind_name (priv, ".", "untag");
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (priv->flow)) != NULL)
    gtk_flow_box_remove (GTK_FLOW_BOX (priv->flow), child);
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      char *name = theme_name (priv->project, ids[i]);

      if (name == NULL)
        continue;
      g_ptr_array_add (names, name);
      gtk_flow_box_append (GTK_FLOW_BOX (priv->flow), sf_theme_pill_new (name, ids[i], untag));
    }
  gtk_widget_set_visible (priv->themes_row, names->len > 0);
  update_subtitle (self, names);
}

static void
update_item (SfTaggedRow *self)
{
  SfTaggedRowPrivate *priv = PRIV (self);
  g_autofree char *text = item_text (priv);
  gboolean confidential = item_confidential (priv);
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (priv->actions), "confidential");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), text != NULL ? text : "");
  gtk_widget_set_visible (priv->marker, confidential);
  /* Do not take text out from under the user's fingers. */
  if (!(gtk_widget_get_state_flags (priv->text_row) & GTK_STATE_FLAG_FOCUS_WITHIN))
    sf_text_set_loaded (GTK_EDITABLE (priv->text_row), text != NULL ? text : "");
  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (confidential));
}

static void
item_changed (SfTaggedRow *self,
              GParamSpec  *pspec)
{
  update_item (self);
  /* Who said a statement is in the subtitle, with the themes. */
  if (g_strcmp0 (g_param_spec_get_name (pspec), "participant-name") == 0)
    update_themes (self);
}

static void
project_changed (SfTaggedRow *self,
                 const char  *table)
{
  if (g_strcmp0 (table, "tag") == 0 || g_strcmp0 (table, "theme") == 0)
    update_themes (self);
}

/* ---- the actions ------------------------------------------------------------------------ */

static void
remove_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       self)
{
  SfTaggedRowPrivate *priv = PRIV (self);

  sf_feedback_remove (self, priv->project, priv->kind->remove, item_id (priv),
                      _(priv->kind->removed), _(priv->kind->not_removed));
}

/* Key points only: their partner's or session's, among which they move. */
static GListModel *
siblings (SfTaggedRowPrivate *priv)
{
  SfKeyPoint *point = SF_KEY_POINT (priv->item);

  return sf_key_point_get_step (point) == 1
    ? sf_project_get_key_points (priv->project, sf_key_point_get_partner_id (point))
    : sf_project_get_session_key_points (priv->project, sf_key_point_get_session_id (point));
}

static int
position_of (SfTaggedRowPrivate *priv)
{
  GListModel *points = siblings (priv);

  for (guint i = 0; i < g_list_model_get_n_items (points); i++)
    {
      g_autoptr(GObject) point = g_list_model_get_item (points, i);

      if (point == G_OBJECT (priv->item))
        return (int) i;
    }
  return -1;
}

/* The first cannot go up, the last not down. */
static void
update_moves (SfTaggedRow *self)
{
  SfTaggedRowPrivate *priv = PRIV (self);
  int position = position_of (priv);
  int n = (int) g_list_model_get_n_items (siblings (priv));

  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (
                                 G_ACTION_MAP (priv->actions), "move-up")), position > 0);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (
                                 G_ACTION_MAP (priv->actions), "move-down")),
                               position >= 0 && position + 1 < n);
}

static void
move (SfTaggedRow *self,
      int          delta)
{
  SfTaggedRowPrivate *priv = PRIV (self);
  int position = position_of (priv) + delta;
  g_autofree char *id = g_strdup (item_id (priv));
  g_autoptr(GError) error = NULL;

  if (position < 0 || position >= (int) g_list_model_get_n_items (siblings (priv)))
    return;
  if (!sf_project_move_key_point (priv->project, id, position, &error))
    sf_feedback_error (GTK_WIDGET (self), _("The key point could not be moved"), error);
}

static void
move_up_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       self)
{
  move (self, -1);
}

static void
move_down_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       self)
{
  move (self, 1);
}

static void
confidential_action (GSimpleAction *action,
                     GVariant      *state,
                     gpointer       self)
{
  SfTaggedRowPrivate *priv = PRIV (self);
  gboolean on = g_variant_get_boolean (state);
  g_autoptr(GError) error = NULL;

  if (on == item_confidential (priv))
    return;
  if (!priv->kind->set_confidential (priv->project, item_id (priv), on, &error))
    sf_feedback_error (self, _(priv->kind->not_saved), error);
}

static void
tag_action (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       self)
{
  SfTaggedRowPrivate *priv = PRIV (self);
  g_autofree char *name = g_strstrip (g_strdup (g_variant_get_string (parameter, NULL)));
  g_autofree char *theme_id = NULL;
  g_autoptr(GError) error = NULL;

  if (*name == '\0')
    return;
  theme_id = priv->kind->tag_by_name (priv->project, item_id (priv), name, &error);
  if (theme_id == NULL)
    sf_feedback_error (self, _("The theme could not be added"), error);
}

static void
untag_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       self)
{
  SfTaggedRowPrivate *priv = PRIV (self);
  g_autoptr(GError) error = NULL;

  if (!priv->kind->tag (priv->project, item_id (priv), g_variant_get_string (parameter, NULL),
                        FALSE, &error))
    sf_feedback_error (self, _("The theme could not be removed"), error);
  else
    sf_feedback_undo_toast (self, priv->project, _("Theme removed"));
}

static void
text_applied (SfTaggedRow *self,
              AdwEntryRow *entry)
{
  SfTaggedRowPrivate *priv = PRIV (self);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  g_autofree char *old = item_text (priv);
  g_autoptr(GError) error = NULL;

  if (*text == '\0' || g_strcmp0 (text, old) == 0)
    return;
  if (!priv->kind->update (priv->project, item_id (priv), text, &error))
    sf_feedback_error (GTK_WIDGET (self), _(priv->kind->not_saved), error);
}

static void
theme_applied (SfTaggedRow *self,
               AdwEntryRow *entry)
{
  g_autofree char *name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));
  g_autofree char *tag = kind_name (PRIV (self), ".", "tag");

  if (sf_store_text_is_blank (name))
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), tag, "s", name);
  sf_text_set_loaded (GTK_EDITABLE (entry), "");
}

/* ---- the row ---------------------------------------------------------------------------- */

/* Names and action names by kind: "key-point-text" and "key-point.confidential". */
static void
name_parts (SfTaggedRow *self)
{
  SfTaggedRowPrivate *priv = PRIV (self);
  const struct { GtkWidget *widget; const char *part; } names[] = {
    { GTK_WIDGET (self), "row" },
    { priv->text_row, "text" },
    { priv->confidential_switch, "confidential" },
    { priv->flow, "themes" },
  };
  const struct { GtkWidget *button; const char *action; } buttons[] = {
    { priv->remove_button, "remove" },
    { priv->confidential_switch, "confidential" },
    { priv->move_up_button, "move-up" },
    { priv->move_down_button, "move-down" },
  };
  g_autofree char *remove_name = g_strconcat ("remove-", priv->kind->name, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *name = kind_name (priv, "-", names[i].part);

      gtk_widget_set_name (names[i].widget, name);
    }
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      g_autofree char *action = kind_name (priv, ".", buttons[i].action);

      gtk_actionable_set_action_name (GTK_ACTIONABLE (buttons[i].button), action);
    }
  gtk_widget_set_name (priv->remove_button, remove_name);
  sf_icon_button_set_tip (SF_ICON_BUTTON (priv->remove_button), _(priv->kind->remove_label));
}

static void
sf_tagged_row_constructed (GObject *object)
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
  SfTaggedRow *self = SF_TAGGED_ROW (object);
  SfTaggedRowPrivate *priv = PRIV (self);
  gboolean is_point = SF_IS_KEY_POINT (priv->item);

  G_OBJECT_CLASS (sf_tagged_row_parent_class)->constructed (object);
  g_return_if_fail (SF_IS_PROJECT (priv->project));
  g_return_if_fail (is_point || SF_IS_STATEMENT (priv->item));

  priv->kind = is_point ? &key_point_kind : &statement_kind;
  g_action_map_add_action_entries (G_ACTION_MAP (priv->actions), entries,
                                   G_N_ELEMENTS (entries), self);
  if (is_point)
    g_action_map_add_action_entries (G_ACTION_MAP (priv->actions), move_entries,
                                     G_N_ELEMENTS (move_entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), priv->kind->name,
                                  G_ACTION_GROUP (priv->actions));
  name_parts (self);
  gtk_widget_set_visible (priv->move_up_button, is_point);
  gtk_widget_set_visible (priv->move_down_button, is_point);

  /* The store updates the item in place after an edit, undo or redo. */
  g_signal_connect_object (priv->item, "notify", G_CALLBACK (item_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (priv->project, "changed", G_CALLBACK (project_changed), self,
                           G_CONNECT_SWAPPED);
  if (is_point)
    {
      g_signal_connect_object (siblings (priv), "items-changed", G_CALLBACK (update_moves),
                               self, G_CONNECT_SWAPPED);
      update_moves (self);
    }
  update_item (self);
  update_themes (self);
}

static void
sf_tagged_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SfTaggedRowPrivate *priv = PRIV (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, priv->project);
      break;
    case PROP_ITEM:
      g_value_set_object (value, priv->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_tagged_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SfTaggedRowPrivate *priv = PRIV (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      priv->project = g_value_dup_object (value);
      break;
    case PROP_ITEM:
      priv->item = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_tagged_row_dispose (GObject *object)
{
  SfTaggedRowPrivate *priv = PRIV (object);

  /* No gtk_widget_dispose_template (): the expander row disposes of its rows itself, and GTK
   * 4.8 aborts when a parent class disposes of its template in a subclass's instance
   * (SfKeyPointRow). */
  g_clear_object (&priv->actions);
  g_clear_object (&priv->item);
  g_clear_object (&priv->project);
  G_OBJECT_CLASS (sf_tagged_row_parent_class)->dispose (object);
}

static void
sf_tagged_row_class_init (SfTaggedRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sf_tagged_row_constructed;
  object_class->get_property = sf_tagged_row_get_property;
  object_class->set_property = sf_tagged_row_set_property;
  object_class->dispose = sf_tagged_row_dispose;

  properties[PROP_PROJECT] = g_param_spec_object ("project", NULL, NULL, SF_TYPE_PROJECT,
                                                  G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                  G_PARAM_STATIC_STRINGS);
  /* An SfKeyPoint or an SfStatement. */
  properties[PROP_ITEM] = g_param_spec_object ("item", NULL, NULL, SF_TYPE_RECORD,
                                               G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                               G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SF_TYPE_ICON_BUTTON);
  g_type_ensure (SF_TYPE_CONFIDENTIAL_MARKER);
  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_steps_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-tagged-row.ui");
  gtk_widget_class_bind_template_child_private (widget_class, SfTaggedRow, remove_button);
  gtk_widget_class_bind_template_child_private (widget_class, SfTaggedRow, move_down_button);
  gtk_widget_class_bind_template_child_private (widget_class, SfTaggedRow, move_up_button);
  gtk_widget_class_bind_template_child_private (widget_class, SfTaggedRow, marker);
  gtk_widget_class_bind_template_child_private (widget_class, SfTaggedRow, text_row);
  gtk_widget_class_bind_template_child_private (widget_class, SfTaggedRow,
                                                confidential_switch);
  gtk_widget_class_bind_template_child_private (widget_class, SfTaggedRow, themes_row);
  gtk_widget_class_bind_template_child_private (widget_class, SfTaggedRow, flow);
  gtk_widget_class_bind_template_callback (widget_class, text_applied);
  gtk_widget_class_bind_template_callback (widget_class, theme_applied);
}

static void
sf_tagged_row_init (SfTaggedRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  PRIV (self)->actions = g_simple_action_group_new ();
}

GtkWidget *
sf_tagged_row_new (SfProject *project,
                   SfRecord  *item,
                   GtkWidget *after_text)
{
  GtkWidget *row;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (SF_IS_KEY_POINT (item) || SF_IS_STATEMENT (item), NULL);

  row = g_object_new (SF_TYPE_TAGGED_ROW, "project", project, "item", item, NULL);
  /* Right under the text: the rows are in the expander's list, the text first. */
  if (after_text != NULL)
    gtk_list_box_insert (GTK_LIST_BOX (gtk_widget_get_parent (PRIV (row)->text_row)),
                         after_text, 1);
  return row;
}

SfRecord *
sf_tagged_row_get_item (GtkWidget *row)
{
  g_return_val_if_fail (SF_IS_TAGGED_ROW (row), NULL);
  return PRIV (row)->item;
}

SfProject *
sf_tagged_row_get_project (GtkWidget *row)
{
  g_return_val_if_fail (SF_IS_TAGGED_ROW (row), NULL);
  return PRIV (row)->project;
}

GActionMap *
sf_tagged_row_get_actions (GtkWidget *row)
{
  g_return_val_if_fail (SF_IS_TAGGED_ROW (row), NULL);
  return G_ACTION_MAP (PRIV (row)->actions);
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
  GtkWidget *text_row;
  GtkWidget *revealer;

  g_return_if_fail (SF_IS_TAGGED_ROW (row));
  text_row = PRIV (row)->text_row;
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  /* The focus once the row is open: the page scrolls to the focus, and only then is it
   * known where the text is. */
  revealer = gtk_widget_get_ancestor (text_row, GTK_TYPE_REVEALER);
  if (revealer == NULL || gtk_revealer_get_child_revealed (GTK_REVEALER (revealer)))
    gtk_widget_grab_focus (text_row);
  else
    g_signal_connect_object (revealer, "notify::child-revealed",
                             G_CALLBACK (focus_when_revealed), text_row, 0);
}

GtkWidget *
sf_tagged_row_find (GtkWidget  *list_box,
                    const char *id)
{
  for (GtkWidget *row = gtk_widget_get_first_child (list_box); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (SF_IS_TAGGED_ROW (row) && g_strcmp0 (item_id (PRIV (row)), id) == 0)
      return row;
  return NULL;
}
