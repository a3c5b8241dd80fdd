/* sf-review-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "review-resources.h"
#include "sf-placeholder.h"
#include "sf-list-more.h"
#include "sf-review-list.h"

struct _SfReviewList
{
  AdwPreferencesGroup     parent_instance;

  SfProject              *project;
  const SfReviewListKind *kind;

  GtkWidget              *add_button;
  AdwButtonContent       *add_content;
  GtkWidget              *list_box;
  GtkWidget              *more;
};

G_DEFINE_FINAL_TYPE (SfReviewList, sf_review_list, ADW_TYPE_PREFERENCES_GROUP)

/* Rows made before the page's first frame; the rest when asked for (sf-list-more.h). */
#define SF_REVIEW_LIST_FIRST 50

static GtkWidget *
create_row (gpointer item,
            gpointer data)
{
  SfReviewList *self = data;

  return self->kind->row_new (self->project, item);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  SfReviewList *self = SF_REVIEW_LIST (widget);

  gtk_window_present (GTK_WINDOW (self->kind->dialog_new (widget, self->project, NULL)));
}

static void
sf_review_list_dispose (GObject *object)
{
  SfReviewList *self = SF_REVIEW_LIST (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_REVIEW_LIST);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_review_list_parent_class)->dispose (object);
}

static void
sf_review_list_class_init (SfReviewListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_review_list_dispose;

  gtk_widget_class_install_action (widget_class, "list.add", NULL, add_action);

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_review_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-review-list.ui");
  gtk_widget_class_bind_template_child (widget_class, SfReviewList, add_button);
  gtk_widget_class_bind_template_child (widget_class, SfReviewList, add_content);
  gtk_widget_class_bind_template_child (widget_class, SfReviewList, list_box);
}

static void
sf_review_list_init (SfReviewList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
table_changed_cb (SfProject    *project,
                  const char   *table,
                  SfReviewList *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (self->list_box); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (G_TYPE_CHECK_INSTANCE_TYPE (row, self->kind->row_type ()))
      self->kind->row_table_changed (row, table);
}

GtkWidget *
sf_review_list_new (SfProject              *project,
                    const SfReviewListKind *kind,
                    const char             *title,
                    const char             *description,
                    const char             *add_label,
                    const char             *placeholder)
{
  SfReviewList *self;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (kind != NULL, NULL);

  self = g_object_new (SF_TYPE_REVIEW_LIST, "title", title, "description", description, NULL);
  self->project = g_object_ref (project);
  self->kind = kind;
  gtk_widget_set_name (self->add_button, kind->add_name);
  adw_button_content_set_label (self->add_content, add_label);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->list_box), sf_placeholder_new (placeholder));
  self->more = sf_list_more_bind (GTK_LIST_BOX (self->list_box), kind->get_model (project),
                                 SF_REVIEW_LIST_FIRST, create_row, self);
  gtk_widget_insert_after (self->more, gtk_widget_get_parent (self->list_box), self->list_box);
  if (kind->row_table_changed != NULL)
    g_signal_connect_object (project, "changed", G_CALLBACK (table_changed_cb), self, 0);
  return GTK_WIDGET (self);
}

SfProject *
sf_review_list_get_project (SfReviewList *self)
{
  g_return_val_if_fail (SF_IS_REVIEW_LIST (self), NULL);
  return self->project;
}

gboolean
sf_review_list_reveal (SfReviewList *self,
                       const char   *id)
{
  g_return_val_if_fail (SF_IS_REVIEW_LIST (self), FALSE);

  sf_list_more_show_all (self->more);
  for (GtkWidget *row = gtk_widget_get_first_child (self->list_box); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      SfRecord *item;

      if (!G_TYPE_CHECK_INSTANCE_TYPE (row, self->kind->row_type ()))
        continue;
      item = self->kind->row_get (row);
      if (item == NULL || g_strcmp0 (sf_record_get_id (item), id) != 0)
        continue;
      /* The page scrolls to its focus, which comes back here when the dialog closes. */
      gtk_widget_grab_focus (row);
      self->kind->row_edit (row);
      return TRUE;
    }
  return FALSE;
}
