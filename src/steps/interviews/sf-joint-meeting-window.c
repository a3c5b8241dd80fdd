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
#include "sf-meeting-card.h"
#include "sf-project-themes.h"
#include "sf-toplevel.h"
#include "interviews-resources.h"

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

/* A card for each partner, their points in order. */
static guint
add_partner_cards (SfJointMeetingWindow *self,
                   GHashTable           *names_by_id)
{
  GListModel *partners = sf_project_get_partners (self->project);
  guint total = 0;

  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);
      GListModel *points = sf_project_get_key_points (self->project,
                                                      sf_record_get_id (SF_RECORD (partner)));
      GtkWidget *card = sf_meeting_card_new (sf_partner_get_organisation (partner),
                                             sf_partner_get_role (partner));

      for (guint j = 0; j < g_list_model_get_n_items (points); j++)
        {
          g_autoptr(SfKeyPoint) point = g_list_model_get_item (points, j);
          g_autofree char *caption = NULL;

          if (sf_key_point_get_confidential (point))
            continue;
          caption = theme_names (self->project, names_by_id,
                                 sf_record_get_id (SF_RECORD (point)));
          sf_meeting_card_add_point (SF_MEETING_CARD (card), sf_key_point_get_text (point),
                                     caption);
          total++;
        }
      gtk_flow_box_append (GTK_FLOW_BOX (self->columns), card);
    }
  return total;
}

/* The points that are not confidential, by theme id ("" for none), each an array of points;
 * @partner_names: point → its partner's name. */
static GHashTable *
points_by_theme (SfJointMeetingWindow *self,
                 GHashTable           *partner_names,
                 guint                *total)
{
  GListModel *partners = sf_project_get_partners (self->project);
  GHashTable *by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);
      GListModel *points = sf_project_get_key_points (self->project,
                                                      sf_record_get_id (SF_RECORD (partner)));

      for (guint j = 0; j < g_list_model_get_n_items (points); j++)
        {
          g_autoptr(SfKeyPoint) point = g_list_model_get_item (points, j);
          g_auto(GStrv) ids = NULL;
          const char *none[] = { "", NULL };

          if (sf_key_point_get_confidential (point))
            continue;
          ids = sf_project_get_theme_ids_of (self->project, SF_TAGGED_KEY_POINT,
                                             sf_record_get_id (SF_RECORD (point)));
          g_hash_table_insert (partner_names, point,
                               (gpointer) sf_partner_get_organisation (partner));
          for (const char * const *id = ids != NULL && ids[0] != NULL
                                        ? (const char * const *) ids : none;
               *id != NULL; id++)
            {
              GPtrArray *list = g_hash_table_lookup (by_id, *id);

              if (list == NULL)
                {
                  list = g_ptr_array_new_with_free_func (g_object_unref);
                  g_hash_table_insert (by_id, g_strdup (*id), list);
                }
              g_ptr_array_add (list, g_object_ref (point));
            }
          (*total)++;
        }
    }
  return by_id;
}

/* A card for each theme in the project's order with the points tagged with it, each naming
 * its partner; the untagged points last. */
static guint
add_theme_cards (SfJointMeetingWindow *self)
{
  GListModel *themes = sf_project_get_themes (self->project);
  g_autoptr(GHashTable) partner_names = g_hash_table_new (g_direct_hash, g_direct_equal);
  guint total = 0;
  g_autoptr(GHashTable) by_id = points_by_theme (self, partner_names, &total);

  for (guint i = 0; i < g_list_model_get_n_items (themes) + 1; i++)
    {
      g_autoptr(SfTheme) theme = i < g_list_model_get_n_items (themes)
                                 ? g_list_model_get_item (themes, i) : NULL;
      GPtrArray *list = g_hash_table_lookup (by_id, theme != NULL
                                             ? sf_record_get_id (SF_RECORD (theme)) : "");
      GtkWidget *card;
      g_autofree char *count = NULL;

      if (list == NULL || list->len == 0)
        continue;
      count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u key point",
                                            "%u key points", list->len), list->len);
      card = sf_meeting_card_new (theme != NULL ? sf_theme_get_name (theme) : _("No Theme"),
                                  count);
      for (guint j = 0; j < list->len; j++)
        {
          SfKeyPoint *point = g_ptr_array_index (list, j);

          sf_meeting_card_add_point (SF_MEETING_CARD (card), sf_key_point_get_text (point),
                                     g_hash_table_lookup (partner_names, point));
        }
      gtk_flow_box_append (GTK_FLOW_BOX (self->columns), card);
    }
  return total;
}

static void
rebuild (SfJointMeetingWindow *self)
{
  GListModel *themes = sf_project_get_themes (self->project);
  g_autoptr(GHashTable) names_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *subtitle = NULL;
  guint total;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->columns)) != NULL)
    gtk_flow_box_remove (GTK_FLOW_BOX (self->columns), child);
  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(SfTheme) theme = g_list_model_get_item (themes, i);

      g_hash_table_insert (names_by_id, (gpointer) sf_record_get_id (SF_RECORD (theme)),
                           (gpointer) sf_theme_get_name (theme));
    }
  total = g_strcmp0 (self->group_by, "theme") == 0 ? add_theme_cards (self)
                                                   : add_partner_cards (self, names_by_id);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack),
                                    gtk_widget_get_first_child (self->columns) != NULL
                                    ? "columns" : "empty");
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u key point", "%u key points",
                                           total), total);
  adw_window_title_set_subtitle (self->window_title, subtitle);
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

  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_JOINT_MEETING_WINDOW);
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

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_interviews_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-joint-meeting-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SfJointMeetingWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SfJointMeetingWindow, columns);
  gtk_widget_class_bind_template_child (widget_class, SfJointMeetingWindow, stack);
}

static void
sf_joint_meeting_window_init (SfJointMeetingWindow *self)
{
  self->group_by = g_strdup ("partner");
  gtk_widget_init_template (GTK_WIDGET (self));
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
