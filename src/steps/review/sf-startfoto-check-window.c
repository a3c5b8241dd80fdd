/* sf-startfoto-check-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Big enough for the beamer, one screen per partner, the themes, each session, each flat and
 * the partners still missing (sf-check-screens.h). Page Down/Up or the header's arrows move
 * through them. Every item has a button for a remark; an item shows how many remarks it has,
 * and a missing role can be added to the register as a partner still to approach. The
 * screens are built again when the project changes, so a remark or a correction shows at once.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "review-resources.h"
#include "sf-check-screens.h"
#include "sf-feedback.h"
#include "sf-project-remarks.h"
#include "sf-remark-dialog.h"
#include "sf-startfoto-check-window.h"
#include "sf-toplevel.h"

struct _SfStartfotoCheckWindow
{
  AdwWindow parent_instance;

  SfProject *project;
  GPtrArray *screens;   /* of SfCheckScreen */
  guint      position;

  AdwWindowTitle *window_title;
  GtkWidget *title_label;
  GtkWidget *description_label;
  GtkWidget *list_box;
  GtkWidget *scroller;
};

G_DEFINE_FINAL_TYPE (SfStartfotoCheckWindow, sf_startfoto_check_window, ADW_TYPE_WINDOW)

/* How many remarks each item has, by "kind\x1fref". */
static GHashTable *
count_remarks (SfStartfotoCheckWindow *self)
{
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *remarks = sf_project_get_remarks (self->project);

  for (guint i = 0; i < g_list_model_get_n_items (remarks); i++)
    {
      g_autoptr(SfRemark) remark = g_list_model_get_item (remarks, i);
      char *key = g_strdup_printf ("%s\x1f%s", sf_remark_get_item_kind (remark),
                                   sf_remark_get_item_ref (remark));

      g_hash_table_insert (counts, key,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key))
                                             + 1));
    }
  return counts;
}

static GtkWidget *
item_button (const char *label,
             const char *action,
             GVariant   *target)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  return button;
}

static GtkWidget *
create_item_row (SfCheckItem *item,
                 guint        index,
                 guint        n_remarks)
{
  GtkWidget *row = adw_action_row_new ();

  gtk_widget_set_name (row, "check-item");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (item->subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), item->subtitle);
  if (n_remarks > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u remark",
                                                            "%u remarks", n_remarks),
                                               n_remarks);
      GtkWidget *count = gtk_label_new (text);

      gtk_widget_add_css_class (count, "accent");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), count);
    }
  if (item->role != NULL)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               item_button (_("Add to _Register"), "check.add-partner",
                                            g_variant_new_uint32 (index)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             item_button (_("_Remark…"), "check.add-remark",
                                          g_variant_new_uint32 (index)));
  return row;
}

static SfCheckScreen *
current_screen (SfStartfotoCheckWindow *self)
{
  return self->position < self->screens->len ? g_ptr_array_index (self->screens, self->position)
                                             : NULL;
}

static void
show_screen (SfStartfotoCheckWindow *self)
{
  SfCheckScreen *screen = current_screen (self);
  g_autoptr(GHashTable) counts = count_remarks (self);
  g_autofree char *subtitle = NULL;
  GtkWidget *child;
  guint n = self->screens->len;

  /* Translators: the walk through the Startfoto, as in "Screen 2 of 9" */
  subtitle = g_strdup_printf (_("Screen %u of %u"), self->position + 1, n);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_label_set_text (GTK_LABEL (self->title_label), screen->title);
  gtk_label_set_text (GTK_LABEL (self->description_label), screen->description);
  while ((child = gtk_widget_get_first_child (self->list_box)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list_box), child);
  for (guint i = 0; i < screen->items->len; i++)
    {
      SfCheckItem *item = g_ptr_array_index (screen->items, i);
      g_autofree char *key = g_strdup_printf ("%s\x1f%s", item->kind, item->ref);

      gtk_list_box_append (GTK_LIST_BOX (self->list_box),
                           create_item_row (item, i, GPOINTER_TO_UINT (
                                              g_hash_table_lookup (counts, key))));
    }
  if (screen->items->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), screen->empty);
      gtk_list_box_append (GTK_LIST_BOX (self->list_box), row);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "check.previous", self->position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "check.next", self->position + 1 < n);
}

static void
rebuild (SfStartfotoCheckWindow *self)
{
  g_clear_pointer (&self->screens, g_ptr_array_unref);
  self->screens = sf_check_screens_build (self->project);
  /* There is always the screen of the missing partners. */
  self->position = MIN (self->position, self->screens->len - 1);
  show_screen (self);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SfStartfotoCheckWindow *self = SF_STARTFOTO_CHECK_WINDOW (widget);
  gboolean next = g_str_equal (action_name, "check.next");

  if (next && self->position + 1 < self->screens->len)
    self->position++;
  else if (!next && self->position > 0)
    self->position--;
  else
    return;
  show_screen (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (
                              GTK_SCROLLED_WINDOW (self->scroller)), 0);
}

static SfCheckItem *
item_at (SfStartfotoCheckWindow *self,
         GVariant               *parameter)
{
  SfCheckScreen *screen = current_screen (self);
  guint index = g_variant_get_uint32 (parameter);

  return index < screen->items->len ? g_ptr_array_index (screen->items, index) : NULL;
}

static void
add_remark_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SfStartfotoCheckWindow *self = SF_STARTFOTO_CHECK_WINDOW (widget);
  SfCheckItem *item = item_at (self, parameter);
  g_autofree char *about = NULL;

  if (item == NULL)
    return;
  about = item->subtitle != NULL ? g_strdup_printf ("%s: %s", item->title, item->subtitle)
                                 : g_strdup (item->title);
  sf_remark_dialog_add (widget, self->project, item->kind, item->ref, about);
}

static void
add_partner_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SfStartfotoCheckWindow *self = SF_STARTFOTO_CHECK_WINDOW (widget);
  SfCheckItem *item = item_at (self, parameter);
  SfPartnerFields fields = { NULL };
  g_autofree char *role = NULL;
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;

  if (item == NULL || item->role == NULL)
    return;
  /* Adding it builds the screens again, the item with them. */
  role = g_strdup (item->role);
  fields.organisation = role;
  fields.domain = "other";
  fields.role = role;
  fields.notes = _("Still to approach: found missing while checking the Startfoto.");
  id = sf_project_add_partner (self->project, &fields, &error);
  if (id == NULL)
    sf_feedback_error (widget, _("The partner could not be added"), error);
  else
    {
      /* Translators: %s is a partner role, as in "General practitioner added to the
       * register" */
      g_autofree char *done = g_strdup_printf (_("%s added to the register"), role);

      sf_feedback_undo_toast (widget, self->project, done);
    }
}

static void
sf_startfoto_check_window_dispose (GObject *object)
{
  SfStartfotoCheckWindow *self = SF_STARTFOTO_CHECK_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_STARTFOTO_CHECK_WINDOW);
  g_clear_pointer (&self->screens, g_ptr_array_unref);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_startfoto_check_window_parent_class)->dispose (object);
}

static void
sf_startfoto_check_window_class_init (SfStartfotoCheckWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_startfoto_check_window_dispose;

  gtk_widget_class_install_action (widget_class, "check.next", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "check.previous", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "check.add-remark", "u", add_remark_action);
  gtk_widget_class_install_action (widget_class, "check.add-partner", "u", add_partner_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "check.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "check.previous",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  (void) sf_review_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-startfoto-check-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SfStartfotoCheckWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SfStartfotoCheckWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SfStartfotoCheckWindow,
                                        description_label);
  gtk_widget_class_bind_template_child (widget_class, SfStartfotoCheckWindow, list_box);
  gtk_widget_class_bind_template_child (widget_class, SfStartfotoCheckWindow, scroller);
}

static void
sf_startfoto_check_window_init (SfStartfotoCheckWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sf_startfoto_check_window_new (GtkWidget *parent,
                               SfProject *project)
{
  SfStartfotoCheckWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  self = g_object_new (SF_TYPE_STARTFOTO_CHECK_WINDOW, NULL);
  self->project = g_object_ref (project);
  gtk_window_set_transient_for (GTK_WINDOW (self), sf_toplevel_of (parent));
  g_signal_connect_object (project, "changed", G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
  rebuild (self);
  return GTK_WIDGET (self);
}

guint
sf_startfoto_check_window_get_position (SfStartfotoCheckWindow *self)
{
  g_return_val_if_fail (SF_IS_STARTFOTO_CHECK_WINDOW (self), 0);

  return self->position;
}

guint
sf_startfoto_check_window_get_n_screens (SfStartfotoCheckWindow *self)
{
  g_return_val_if_fail (SF_IS_STARTFOTO_CHECK_WINDOW (self), 0);

  return self->screens->len;
}
