/* sf-key-points-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per key point (sf-key-point-row.h: the text, the confidential mark, the themes,
 * and the sources the point came from: answers, the interview's notes).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-feedback.h"
#include "sf-key-points-window.h"
#include "sf-key-point-row.h"
#include "sf-placeholder.h"
#include "sf-tagged-row.h"
#include "sf-toplevel.h"
#include "sf-text.h"
#include "interviews-resources.h"

struct _SfKeyPointsWindow
{
  AdwWindow parent_instance;

  SfProject      *project;
  SfPartner      *partner;

  AdwWindowTitle *window_title;
  GtkWidget      *add_row;
  GtkWidget      *list_box;
};

G_DEFINE_FINAL_TYPE (SfKeyPointsWindow, sf_key_points_window, ADW_TYPE_WINDOW)

static GtkWidget *
create_row (gpointer item,
            gpointer project)
{
  return sf_key_point_row_new (project, SF_KEY_POINT (item));
}

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
  sf_text_set_loaded (GTK_EDITABLE (self->add_row), "");
}

static void
sf_key_points_window_dispose (GObject *object)
{
  SfKeyPointsWindow *self = SF_KEY_POINTS_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_KEY_POINTS_WINDOW);
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

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_interviews_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-key-points-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SfKeyPointsWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SfKeyPointsWindow, add_row);
  gtk_widget_class_bind_template_child (widget_class, SfKeyPointsWindow, list_box);
  gtk_widget_class_bind_template_callback (widget_class, add_applied);
}

static void
sf_key_points_window_init (SfKeyPointsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->list_box),
                                sf_placeholder_new (_("No key points yet")));
}

GtkWidget *
sf_key_points_window_new (GtkWidget *parent,
                          SfProject *project,
                          SfPartner *partner)
{
  SfKeyPointsWindow *self;
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
  adw_window_title_set_subtitle (self->window_title, sf_partner_get_organisation (partner));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list_box),
                           sf_project_get_key_points (project,
                                                      sf_record_get_id (SF_RECORD (partner))),
                           create_row, project, NULL);
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
  GtkWidget *row;

  g_return_val_if_fail (SF_IS_KEY_POINTS_WINDOW (self), FALSE);
  g_return_val_if_fail (key_point_id != NULL, FALSE);

  row = sf_tagged_row_find (self->list_box, key_point_id);
  if (row == NULL)
    return FALSE;
  sf_tagged_row_show (row);
  return TRUE;
}
