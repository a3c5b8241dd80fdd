/* sf-joint-meeting-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One card per partner (their key points in order) or per theme (the points tagged with
 * it, each naming its partner; untagged points last). Rebuilt whenever partners, key points,
 * themes or tags change.
 *
 * The window is shown to the group (on a beamer): confidential key points are left out, as
 * they are from everything shared or exported. The cards flow onto as many lines as the
 * window needs, so nothing is out of sight sideways.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-project-interviews.h"
#include "sf-joint-meeting-window.h"
#include "sf-project-themes.h"
#include "sf-toplevel.h"

struct _SfJointMeetingWindow
{
  AdwWindow parent_instance;

  SfProject *project;
  char      *group_by;  /* "partner" or "theme" */

  AdwWindowTitle *window_title;
  GtkWidget      *columns;
  GtkWidget      *stack;
};

enum {
  PROP_0,
  PROP_GROUP_BY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SfJointMeetingWindow, sf_joint_meeting_window, ADW_TYPE_WINDOW)

static GtkWidget *
column_new (const char *title,
            const char *subtitle)
{
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *heading = gtk_label_new (title);

  gtk_widget_add_css_class (column, "card");
  gtk_widget_set_size_request (column, 260, -1);
  gtk_widget_set_valign (column, GTK_ALIGN_START);
  gtk_widget_set_name (column, "meeting-column");
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (heading), 28);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_top (heading, 12);
  gtk_widget_set_margin_start (heading, 12);
  gtk_widget_set_margin_end (heading, 12);
  gtk_box_append (GTK_BOX (column), heading);
  if (subtitle != NULL)
    {
      GtkWidget *label = gtk_label_new (subtitle);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      gtk_box_append (GTK_BOX (column), label);
    }
  return column;
}

/* One point: its text, and a line naming its partner or themes. */
static void
column_add_point (GtkWidget  *column,
                  SfKeyPoint *point,
                  const char *caption)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *text = gtk_label_new (sf_key_point_get_text (point));

  gtk_widget_set_name (box, "meeting-point");
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 28);
  gtk_label_set_selectable (GTK_LABEL (text), TRUE);
  gtk_box_append (GTK_BOX (box), text);
  if (caption != NULL && *caption != '\0')
    {
      GtkWidget *label = gtk_label_new (caption);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_insert_child_after (GTK_BOX (column), box, gtk_widget_get_last_child (column));
}

static void
column_finish (GtkWidget *column,
               guint      n_points)
{
  GtkWidget *spacer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  /* The same words whether there are none or only confidential ones: the group is not told
   * that a partner said something confidential. */
  if (n_points == 0)
    {
      GtkWidget *label = gtk_label_new (_("No key points to show yet"));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_margin_start (label, 12);
      gtk_box_append (GTK_BOX (column), label);
    }
  gtk_widget_set_size_request (spacer, -1, 4);
  gtk_box_append (GTK_BOX (column), spacer);
}

static char *
theme_names (SfProject  *project,
             GHashTable *names_by_id,
             const char *point_id)
{
  g_auto(GStrv) ids = sf_project_get_theme_ids_of (project, SF_TAGGED_KEY_POINT, point_id);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      const char *name = g_hash_table_lookup (names_by_id, ids[i]);

      if (name != NULL)
        g_strv_builder_add (builder, name);
    }
  names = g_strv_builder_end (builder);
  return g_strjoinv (", ", names);
}

static void
rebuild (SfJointMeetingWindow *self)
{
  GListModel *partners = sf_project_get_partners (self->project);
  GListModel *themes = sf_project_get_themes (self->project);
  g_autoptr(GHashTable) names_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean by_theme = g_strcmp0 (self->group_by, "theme") == 0;
  guint total = 0;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->columns)) != NULL)
    gtk_flow_box_remove (GTK_FLOW_BOX (self->columns), child);
  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(SfTheme) theme = g_list_model_get_item (themes, i);

      g_hash_table_insert (names_by_id, (gpointer) sf_record_get_id (SF_RECORD (theme)),
                           (gpointer) sf_theme_get_name (theme));
    }

  if (!by_theme)
    {
      for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
        {
          g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);
          GListModel *points = sf_project_get_key_points (self->project,
                                                          sf_record_get_id (SF_RECORD (partner)));
          guint n = 0;
          GtkWidget *column = column_new (sf_partner_get_organisation (partner),
                                          sf_partner_get_role (partner));

          for (guint j = 0; j < g_list_model_get_n_items (points); j++)
            {
              g_autoptr(SfKeyPoint) point = g_list_model_get_item (points, j);
              g_autofree char *caption = NULL;

              if (sf_key_point_get_confidential (point))
                continue;
              caption = theme_names (self->project, names_by_id,
                                     sf_record_get_id (SF_RECORD (point)));
              column_add_point (column, point, caption);
              n++;
            }
          column_finish (column, n);
          gtk_flow_box_append (GTK_FLOW_BOX (self->columns), column);
          total += n;
        }
    }
  else
    {
      /* theme id (or "" for none) → array of (point, partner name) */
      g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                           (GDestroyNotify) g_ptr_array_unref);
      GPtrArray *untagged = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GHashTable) partner_names = g_hash_table_new (g_direct_hash, g_direct_equal);

      for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
        {
          g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);
          GListModel *points = sf_project_get_key_points (self->project,
                                                          sf_record_get_id (SF_RECORD (partner)));

          for (guint j = 0; j < g_list_model_get_n_items (points); j++)
            {
              g_autoptr(SfKeyPoint) point = g_list_model_get_item (points, j);
              g_auto(GStrv) ids = NULL;

              if (sf_key_point_get_confidential (point))
                continue;
              ids = sf_project_get_theme_ids_of (self->project, SF_TAGGED_KEY_POINT,
                                                 sf_record_get_id (SF_RECORD (point)));
              g_hash_table_insert (partner_names, point,
                                   (gpointer) sf_partner_get_organisation (partner));
              if (ids == NULL || ids[0] == NULL)
                g_ptr_array_add (untagged, g_object_ref (point));
              for (guint k = 0; ids != NULL && ids[k] != NULL; k++)
                {
                  GPtrArray *list = g_hash_table_lookup (by_id, ids[k]);

                  if (list == NULL)
                    {
                      list = g_ptr_array_new_with_free_func (g_object_unref);
                      g_hash_table_insert (by_id, g_strdup (ids[k]), list);
                    }
                  g_ptr_array_add (list, g_object_ref (point));
                }
              total++;
            }
        }
      for (guint i = 0; i < g_list_model_get_n_items (themes) + 1; i++)
        {
          g_autoptr(SfTheme) theme = i < g_list_model_get_n_items (themes)
                                     ? g_list_model_get_item (themes, i) : NULL;
          GPtrArray *list = theme != NULL
                            ? g_hash_table_lookup (by_id, sf_record_get_id (SF_RECORD (theme)))
                            : untagged;
          GtkWidget *column;
          g_autofree char *count = NULL;

          if (list == NULL || list->len == 0)
            continue;
          count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u key point",
                                                "%u key points", list->len), list->len);
          column = column_new (theme != NULL ? sf_theme_get_name (theme) : _("No Theme"),
                               count);
          for (guint j = 0; j < list->len; j++)
            {
              SfKeyPoint *point = g_ptr_array_index (list, j);

              column_add_point (column, point, g_hash_table_lookup (partner_names, point));
            }
          column_finish (column, list->len);
          gtk_flow_box_append (GTK_FLOW_BOX (self->columns), column);
        }
      g_ptr_array_unref (untagged);
    }
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack),
                                    gtk_widget_get_first_child (self->columns) != NULL
                                    ? "columns" : "empty");
  {
    g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "%u key point",
                                                              "%u key points", total), total);

    adw_window_title_set_subtitle (self->window_title, subtitle);
  }
}

static void
project_changed_cb (SfJointMeetingWindow *self,
                    const char           *table)
{
  static const char *const tables[] = { "partner", "key_point", "tag", "theme", NULL };

  if (g_strv_contains (tables, table))
    rebuild (self);
}

static void
sf_joint_meeting_window_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  SfJointMeetingWindow *self = SF_JOINT_MEETING_WINDOW (object);

  switch (prop_id)
    {
    case PROP_GROUP_BY:
      g_value_set_string (value, self->group_by);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_joint_meeting_window_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  SfJointMeetingWindow *self = SF_JOINT_MEETING_WINDOW (object);

  switch (prop_id)
    {
    case PROP_GROUP_BY:
      {
        const char *group_by = g_strcmp0 (g_value_get_string (value), "theme") == 0
                               ? "theme" : "partner";

        if (g_strcmp0 (self->group_by, group_by) == 0)
          return;
        g_free (self->group_by);
        self->group_by = g_strdup (group_by);
        if (self->project != NULL)
          rebuild (self);
        g_object_notify_by_pspec (object, pspec);
      }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_joint_meeting_window_dispose (GObject *object)
{
  SfJointMeetingWindow *self = SF_JOINT_MEETING_WINDOW (object);

  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_joint_meeting_window_parent_class)->dispose (object);
}

static void
sf_joint_meeting_window_finalize (GObject *object)
{
  SfJointMeetingWindow *self = SF_JOINT_MEETING_WINDOW (object);

  g_free (self->group_by);
  G_OBJECT_CLASS (sf_joint_meeting_window_parent_class)->finalize (object);
}

static void
sf_joint_meeting_window_class_init (SfJointMeetingWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sf_joint_meeting_window_get_property;
  object_class->set_property = sf_joint_meeting_window_set_property;
  object_class->dispose = sf_joint_meeting_window_dispose;
  object_class->finalize = sf_joint_meeting_window_finalize;

  properties[PROP_GROUP_BY] = g_param_spec_string ("group-by", NULL, NULL, "partner",
                                                   G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS |
                                                   G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_property_action (widget_class, "meeting.group-by", "group-by");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static GtkWidget *
group_button_new (const char *name,
                  const char *label,
                  const char *target)
{
  GtkWidget *button = gtk_toggle_button_new_with_mnemonic (label);

  gtk_widget_set_name (button, name);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "meeting.group-by");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", target);
  return button;
}

static void
sf_joint_meeting_window_init (SfJointMeetingWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *switcher = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *note;
  GtkWidget *empty = adw_status_page_new ();

  self->group_by = g_strdup ("partner");
  gtk_widget_set_name (GTK_WIDGET (self), "joint-meeting-window");
  gtk_window_set_title (GTK_WINDOW (self), _("Prepare the Joint Meeting"));
  gtk_window_set_default_size (GTK_WINDOW (self), 1100, 720);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);

  /* Short: the title has to fit beside the switcher in a narrow window. */
  self->window_title = ADW_WINDOW_TITLE (adw_window_title_new (_("Joint Meeting"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->window_title));
  gtk_widget_add_css_class (switcher, "linked");
  gtk_box_append (GTK_BOX (switcher), group_button_new ("group-by-partner", _("By _Partner"),
                                                        "partner"));
  gtk_box_append (GTK_BOX (switcher), group_button_new ("group-by-theme", _("By _Theme"),
                                                        "theme"));
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), switcher);
  gtk_box_append (GTK_BOX (box), header);

  note = gtk_label_new (_("For the group: confidential key points are not shown here."));
  gtk_widget_set_name (note, "meeting-note");
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_widget_add_css_class (note, "dim-label");
  gtk_widget_set_margin_top (note, 12);
  gtk_widget_set_margin_start (note, 18);
  gtk_widget_set_margin_end (note, 18);
  gtk_box_append (GTK_BOX (page), note);

  self->columns = gtk_flow_box_new ();
  gtk_widget_set_name (self->columns, "meeting-columns");
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (self->columns), GTK_SELECTION_NONE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (self->columns), 1);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->columns), 8);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (self->columns), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (self->columns), 12);
  gtk_widget_set_valign (self->columns, GTK_ALIGN_START);
  gtk_widget_set_margin_top (self->columns, 12);
  gtk_widget_set_margin_bottom (self->columns, 18);
  gtk_widget_set_margin_start (self->columns, 18);
  gtk_widget_set_margin_end (self->columns, 18);
  gtk_box_append (GTK_BOX (page), self->columns);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), page);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "view-list-bullet-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Key Points Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
    _("Work out the interviews into each partner's key points to see them side by side."));

  self->stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (self->stack), scrolled, "columns");
  gtk_stack_add_named (GTK_STACK (self->stack), empty, "empty");
  gtk_widget_set_vexpand (self->stack, TRUE);
  gtk_box_append (GTK_BOX (box), self->stack);
  adw_window_set_content (ADW_WINDOW (self), box);
}

GtkWidget *
sf_joint_meeting_window_new (GtkWidget *parent,
                             SfProject *project)
{
  SfJointMeetingWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  self = g_object_new (SF_TYPE_JOINT_MEETING_WINDOW, NULL);
  self->project = g_object_ref (project);
  gtk_window_set_transient_for (GTK_WINDOW (self), sf_toplevel_of (parent));
  g_signal_connect_object (project, "changed", G_CALLBACK (project_changed_cb), self,
                           G_CONNECT_SWAPPED);
  rebuild (self);
  return GTK_WIDGET (self);
}
