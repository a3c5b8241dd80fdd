/* sf-presenter-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows the current question very large and, on request, the statements collected for it.
 * It holds no state of its own: the live session tells it what to show, and the keys pressed
 * here go to the live session's actions, so one key moves both windows.
 *
 * Confidential statements never reach the beamer: the list shows the statements through a
 * filter that leaves them out, and marking one confidential takes it off the screen at once.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "key-figures-resources.h"
#include "sf-placeholder.h"
#include "sf-presenter-window.h"
#include "sf-statement.h"

struct _SfPresenterWindow
{
  AdwWindow parent_instance;

  GtkWidget *live; /* weak */

  GtkWidget *position_label;
  GtkWidget *question_label;
  GtkWidget *statements_scroller;
  GtkWidget *statements_box;
  GtkFilter *public_filter;      /* lets through what is not confidential */
  GtkFilterListModel *public_statements;
};

G_DEFINE_FINAL_TYPE (SfPresenterWindow, sf_presenter_window, ADW_TYPE_WINDOW)

static void
set_scale (GtkWidget *label,
           double     scale,
           gboolean   bold)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (scale));
  if (bold)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  gtk_label_set_attributes (GTK_LABEL (label), attrs);
  pango_attr_list_unref (attrs);
}

static void
update_statement_row (GtkWidget   *label,
                      GParamSpec  *pspec,
                      SfStatement *statement)
{
  gtk_label_set_text (GTK_LABEL (label), sf_statement_get_text (statement));
}

static GtkWidget *
create_statement_row (gpointer item,
                      gpointer user_data)
{
  SfStatement *statement = SF_STATEMENT (item);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  set_scale (label, 1.8, FALSE);
  g_signal_connect_object (statement, "notify::text", G_CALLBACK (update_statement_row), label,
                           G_CONNECT_SWAPPED);
  update_statement_row (label, NULL, statement);
  return label;
}

static gboolean
is_public (gpointer item,
           gpointer user_data)
{
  return !sf_statement_get_confidential (SF_STATEMENT (item));
}

static void
refilter (GtkFilter  *filter,
          GParamSpec *pspec,
          gpointer    statement)
{
  gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
}

/* The filter is asked again whenever a statement is marked or unmarked (also by undo). */
static void
watch_statements (SfPresenterWindow *self,
                  GListModel        *statements,
                  guint              position,
                  guint              removed,
                  guint              added)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GObject) statement = g_list_model_get_item (statements, i);

      g_signal_handlers_disconnect_by_func (statement, refilter, self->public_filter);
      g_signal_connect_object (statement, "notify::confidential",
                               G_CALLBACK (refilter), self->public_filter,
                               G_CONNECT_SWAPPED);
    }
}

static void
statements_changed_cb (GListModel        *statements,
                       guint              position,
                       guint              removed,
                       guint              added,
                       SfPresenterWindow *self)
{
  watch_statements (self, statements, position, removed, added);
}

/* Keys pressed on the beamer's window do what they do in the live session. */
static gboolean
forward_cb (GtkWidget *widget,
            GVariant  *args,
            gpointer   user_data)
{
  SfPresenterWindow *self = SF_PRESENTER_WINDOW (widget);
  const char *action = user_data;

  if (g_str_equal (action, "fullscreen"))
    {
      if (gtk_window_is_fullscreen (GTK_WINDOW (self)))
        gtk_window_unfullscreen (GTK_WINDOW (self));
      else
        gtk_window_fullscreen (GTK_WINDOW (self));
      return TRUE;
    }
  if (self->live != NULL)
    gtk_widget_activate_action (self->live, action, NULL);
  return TRUE;
}

static void
add_forward (GtkWidgetClass  *widget_class,
             guint            key,
             const char      *action)
{
  gtk_widget_class_add_shortcut (widget_class,
    gtk_shortcut_new (gtk_keyval_trigger_new (key, 0),
                      gtk_callback_action_new (forward_cb, (gpointer) action, NULL)));
}

static void
sf_presenter_window_dispose (GObject *object)
{
  SfPresenterWindow *self = SF_PRESENTER_WINDOW (object);

  g_clear_weak_pointer (&self->live);
  if (self->public_statements != NULL)
    {
      GListModel *statements = gtk_filter_list_model_get_model (self->public_statements);

      if (statements != NULL)
        g_signal_handlers_disconnect_by_func (statements, statements_changed_cb, self);
    }
  g_clear_object (&self->public_statements);
  g_clear_object (&self->public_filter);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_PRESENTER_WINDOW);
  G_OBJECT_CLASS (sf_presenter_window_parent_class)->dispose (object);
}

static void
sf_presenter_window_class_init (SfPresenterWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_presenter_window_dispose;

  add_forward (widget_class, GDK_KEY_Page_Down, "live.next");
  add_forward (widget_class, GDK_KEY_Page_Up, "live.previous");
  add_forward (widget_class, GDK_KEY_space, "live.next");
  add_forward (widget_class, GDK_KEY_F6, "live.show-statements");
  add_forward (widget_class, GDK_KEY_F11, "fullscreen");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_key_figures_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-presenter-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SfPresenterWindow, position_label);
  gtk_widget_class_bind_template_child (widget_class, SfPresenterWindow, question_label);
  gtk_widget_class_bind_template_child (widget_class, SfPresenterWindow, statements_scroller);
  gtk_widget_class_bind_template_child (widget_class, SfPresenterWindow, statements_box);
}

static void
sf_presenter_window_init (SfPresenterWindow *self)
{
  GtkWidget *placeholder = sf_placeholder_new (_("No statements on this question yet."));

  gtk_widget_init_template (GTK_WIDGET (self));
  set_scale (placeholder, 1.6, FALSE);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->statements_box), placeholder);
  self->public_filter = GTK_FILTER (gtk_custom_filter_new (is_public, NULL, NULL));
  self->public_statements = gtk_filter_list_model_new (NULL, g_object_ref (self->public_filter));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->statements_box),
                           G_LIST_MODEL (self->public_statements), create_statement_row, NULL,
                           NULL);
}

GtkWidget *
sf_presenter_window_new (GtkWidget *live)
{
  SfPresenterWindow *self;

  g_return_val_if_fail (GTK_IS_WIDGET (live), NULL);

  self = g_object_new (SF_TYPE_PRESENTER_WINDOW, NULL);
  g_set_weak_pointer (&self->live, live);
  return GTK_WIDGET (self);
}

void
sf_presenter_window_show_question (SfPresenterWindow *self,
                                   const char        *text,
                                   guint              index,
                                   guint              n_questions,
                                   GListModel        *statements)
{
  g_autofree char *position = NULL;
  GListModel *old;

  g_return_if_fail (SF_IS_PRESENTER_WINDOW (self));
  g_return_if_fail (statements == NULL || G_IS_LIST_MODEL (statements));

  /* Translators: the presenter's heading, as in "Question 2 of 6" */
  position = g_strdup_printf (_("Question %u of %u"), index + 1, n_questions);
  gtk_label_set_text (GTK_LABEL (self->position_label), n_questions > 0 ? position : "");
  gtk_label_set_text (GTK_LABEL (self->question_label), text != NULL ? text : "");
  old = gtk_filter_list_model_get_model (self->public_statements);
  if (old == statements)
    return;
  if (old != NULL)
    g_signal_handlers_disconnect_by_func (old, statements_changed_cb, self);
  if (statements != NULL)
    {
      watch_statements (self, statements, 0, 0, g_list_model_get_n_items (statements));
      g_signal_connect_object (statements, "items-changed", G_CALLBACK (statements_changed_cb),
                               self, 0);
    }
  gtk_filter_list_model_set_model (self->public_statements, statements);
}

void
sf_presenter_window_set_show_statements (SfPresenterWindow *self,
                                         gboolean           show)
{
  g_return_if_fail (SF_IS_PRESENTER_WINDOW (self));

  gtk_widget_set_visible (self->statements_scroller, show);
  /* With the statements shown the question moves up and gets smaller, to leave them room. */
  gtk_widget_set_vexpand (self->question_label, !show);
  set_scale (self->question_label, show ? 2.4 : 3.5, TRUE);
}

const char *
sf_presenter_window_get_question_text (SfPresenterWindow *self)
{
  g_return_val_if_fail (SF_IS_PRESENTER_WINDOW (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->question_label));
}
