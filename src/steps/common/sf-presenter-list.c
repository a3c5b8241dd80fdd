/* sf-presenter-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Confidential items never reach the beamer: the list shows them through a filter that
 * leaves them out, and marking one confidential takes it off the screen at once. Items are
 * records with the properties "text" and "confidential" (items, notes).
 */
#include "config.h"

#include "sf-placeholder.h"
#include "sf-presenter-list.h"

struct _SfPresenterList
{
  GtkWidget parent_instance;

  GtkWidget          *scroller;
  GtkWidget          *list_box;
  GtkFilter          *public_filter; /* lets through what is not confidential */
  GtkFilterListModel *public_items;
};

G_DEFINE_FINAL_TYPE (SfPresenterList, sf_presenter_list, GTK_TYPE_WIDGET)

static void
set_scale (GtkWidget *label,
           double     scale)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (scale));
  gtk_label_set_attributes (GTK_LABEL (label), attrs);
  pango_attr_list_unref (attrs);
}

static void
update_row (GtkWidget  *label,
            GParamSpec *pspec,
            GObject    *item)
{
  g_autofree char *text = NULL;

  g_object_get (item, "text", &text, NULL);
  gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "");
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  set_scale (label, 1.8);
  g_signal_connect_object (item, "notify::text", G_CALLBACK (update_row), label,
                           G_CONNECT_SWAPPED);
  update_row (label, NULL, item);
  return label;
}

static gboolean
is_public (gpointer item,
           gpointer user_data)
{
  gboolean confidential = TRUE;

  g_object_get (item, "confidential", &confidential, NULL);
  return !confidential;
}

static void
refilter (GtkFilter  *filter,
          GParamSpec *pspec,
          gpointer    item)
{
  gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
}

/* The filter is asked again whenever an item is marked or unmarked (also by undo). */
static void
watch_items (SfPresenterList *self,
             GListModel      *items,
             guint            position,
             guint            removed,
             guint            added)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      g_signal_handlers_disconnect_by_func (item, refilter, self->public_filter);
      g_signal_connect_object (item, "notify::confidential",
                               G_CALLBACK (refilter), self->public_filter,
                               G_CONNECT_SWAPPED);
    }
}

static void
items_changed_cb (GListModel      *items,
                  guint            position,
                  guint            removed,
                  guint            added,
                  SfPresenterList *self)
{
  watch_items (self, items, position, removed, added);
}

static void
sf_presenter_list_dispose (GObject *object)
{
  SfPresenterList *self = SF_PRESENTER_LIST (object);

  sf_presenter_list_set_model (self, NULL);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->public_items);
  g_clear_object (&self->public_filter);
  G_OBJECT_CLASS (sf_presenter_list_parent_class)->dispose (object);
}

static void
sf_presenter_list_class_init (SfPresenterListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sf_presenter_list_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
sf_presenter_list_init (SfPresenterList *self)
{
  self->list_box = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list_box), GTK_SELECTION_NONE);
  gtk_widget_set_valign (self->list_box, GTK_ALIGN_START);
  gtk_widget_add_css_class (self->list_box, "boxed-list");

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), self->list_box);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

  self->public_filter = GTK_FILTER (gtk_custom_filter_new (is_public, NULL, NULL));
  self->public_items = gtk_filter_list_model_new (NULL, g_object_ref (self->public_filter));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list_box),
                           G_LIST_MODEL (self->public_items), create_row, NULL,
                           NULL);
}

GtkWidget *
sf_presenter_list_new (const char *placeholder)
{
  SfPresenterList *self = g_object_new (SF_TYPE_PRESENTER_LIST, NULL);
  GtkWidget *label = sf_placeholder_new (placeholder);

  set_scale (label, 1.6);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->list_box), label);
  return GTK_WIDGET (self);
}

void
sf_presenter_list_set_model (SfPresenterList *self,
                             GListModel      *items)
{
  GListModel *old;

  g_return_if_fail (SF_IS_PRESENTER_LIST (self));
  g_return_if_fail (items == NULL || G_IS_LIST_MODEL (items));

  if (self->public_items == NULL)
    return;
  old = gtk_filter_list_model_get_model (self->public_items);
  if (old == items)
    return;
  if (old != NULL)
    g_signal_handlers_disconnect_by_func (old, items_changed_cb, self);
  if (items != NULL)
    {
      watch_items (self, items, 0, 0, g_list_model_get_n_items (items));
      g_signal_connect_object (items, "items-changed", G_CALLBACK (items_changed_cb),
                               self, 0);
    }
  gtk_filter_list_model_set_model (self->public_items, items);
}
