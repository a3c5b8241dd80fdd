/* sf-presenter-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows the current question very large and, on request, the facilitator's details under it.
 * It holds no state of its own: the facilitator's window tells it what to show, and the keys
 * pressed here go to that window's actions, so one key moves both windows. What is put under
 * the question must leave out anything confidential: the beamer is for everyone in the room.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "steps-resources.h"
#include "sf-presenter-window.h"

struct _SfPresenterWindow
{
  AdwWindow parent_instance;

  GtkWidget *facilitator; /* weak */

  GtkWidget *position_label;
  GtkWidget *question_label;
  AdwBin    *details_bin;
};

G_DEFINE_FINAL_TYPE (SfPresenterWindow, sf_presenter_window, ADW_TYPE_WINDOW)

static void
set_scale (GtkWidget *label,
           double     scale)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (scale));
  pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  gtk_label_set_attributes (GTK_LABEL (label), attrs);
  pango_attr_list_unref (attrs);
}

/* Keys pressed on the beamer's window do what they do in the facilitator's. */
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
  if (self->facilitator != NULL)
    gtk_widget_activate_action (self->facilitator, action, NULL);
  return TRUE;
}

static void
add_forward (GtkShortcutController *controller,
             guint                  key,
             const char            *action)
{
  gtk_shortcut_controller_add_shortcut (controller,
    gtk_shortcut_new (gtk_keyval_trigger_new (key, 0),
                      gtk_callback_action_new (forward_cb, (gpointer) action, NULL)));
}

static void
sf_presenter_window_dispose (GObject *object)
{
  SfPresenterWindow *self = SF_PRESENTER_WINDOW (object);

  g_clear_weak_pointer (&self->facilitator);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_PRESENTER_WINDOW);
  G_OBJECT_CLASS (sf_presenter_window_parent_class)->dispose (object);
}

static void
sf_presenter_window_class_init (SfPresenterWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_presenter_window_dispose;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  /* Referring to the resource keeps its object file in a program's link. */
  (void) sf_steps_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-presenter-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SfPresenterWindow, position_label);
  gtk_widget_class_bind_template_child (widget_class, SfPresenterWindow, question_label);
  gtk_widget_class_bind_template_child (widget_class, SfPresenterWindow, details_bin);
}

static void
sf_presenter_window_init (SfPresenterWindow *self)
{
  GtkEventController *keys = gtk_shortcut_controller_new ();
  GtkShortcutController *forward = GTK_SHORTCUT_CONTROLLER (keys);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* In the capture phase: the keys move the meeting even when a list under the question has
   * the focus (it would take Page Down to scroll itself). */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  add_forward (forward, GDK_KEY_Page_Down, "live.next");
  add_forward (forward, GDK_KEY_Page_Up, "live.previous");
  add_forward (forward, GDK_KEY_space, "live.next");
  add_forward (forward, GDK_KEY_F6, "live.show-details");
  add_forward (forward, GDK_KEY_F11, "fullscreen");
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

GtkWidget *
sf_presenter_window_new (GtkWidget *facilitator)
{
  SfPresenterWindow *self;

  g_return_val_if_fail (GTK_IS_WIDGET (facilitator), NULL);

  self = g_object_new (SF_TYPE_PRESENTER_WINDOW, NULL);
  g_set_weak_pointer (&self->facilitator, facilitator);
  return GTK_WIDGET (self);
}

void
sf_presenter_window_show_question (SfPresenterWindow *self,
                                   const char        *text,
                                   guint              index,
                                   guint              n_questions)
{
  g_autofree char *position = NULL;

  g_return_if_fail (SF_IS_PRESENTER_WINDOW (self));

  /* Translators: the presenter's heading, as in "Question 2 of 6" */
  position = g_strdup_printf (_("Question %u of %u"), index + 1, n_questions);
  gtk_label_set_text (GTK_LABEL (self->position_label), n_questions > 0 ? position : "");
  gtk_label_set_text (GTK_LABEL (self->question_label), text != NULL ? text : "");
}

void
sf_presenter_window_set_details (SfPresenterWindow *self,
                                 GtkWidget         *details)
{
  g_return_if_fail (SF_IS_PRESENTER_WINDOW (self));
  g_return_if_fail (details == NULL || GTK_IS_WIDGET (details));

  adw_bin_set_child (self->details_bin, details);
}

GtkWidget *
sf_presenter_window_get_details (SfPresenterWindow *self)
{
  g_return_val_if_fail (SF_IS_PRESENTER_WINDOW (self), NULL);

  return adw_bin_get_child (self->details_bin);
}

void
sf_presenter_window_set_show_details (SfPresenterWindow *self,
                                      gboolean           show)
{
  g_return_if_fail (SF_IS_PRESENTER_WINDOW (self));

  gtk_widget_set_visible (GTK_WIDGET (self->details_bin), show);
  /* With the details shown the question moves up and gets smaller, to leave them room. */
  gtk_widget_set_vexpand (self->question_label, !show);
  set_scale (self->question_label, show ? 2.4 : 3.5);
}

const char *
sf_presenter_window_get_question_text (SfPresenterWindow *self)
{
  g_return_val_if_fail (SF_IS_PRESENTER_WINDOW (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->question_label));
}

/* The beamer or second screen: any monitor other than the one the facilitator's window is
 * on, or NULL when there is only one. */
static GdkMonitor *
other_monitor (GtkWindow *facilitator)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (facilitator));
  GListModel *monitors = gdk_display_get_monitors (display);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (facilitator));
  GdkMonitor *own = surface ? gdk_display_get_monitor_at_surface (display, surface) : NULL;

  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);

      if (monitor != own)
        return monitor; /* the display keeps it */
    }
  return NULL;
}

void
sf_presenter_toggle_fullscreen (GtkWindow *shown,
                                GtkWindow *facilitator)
{
  GdkMonitor *monitor;

  g_return_if_fail (GTK_IS_WINDOW (shown));

  if (gtk_window_is_fullscreen (shown))
    {
      gtk_window_unfullscreen (shown);
      return;
    }
  monitor = other_monitor (facilitator);
  if (monitor != NULL)
    gtk_window_fullscreen_on_monitor (shown, monitor);
  else
    gtk_window_fullscreen (shown);
}

/* ---- the facilitator's clock ------------------------------------------------------------- */

#define CLOCK_START "sf-clock-start"
#define CLOCK_SOURCE "sf-clock-source"

static gboolean
clock_tick_cb (gpointer user_data)
{
  GtkWidget *label = user_data;
  gint64 start = *(gint64 *) g_object_get_data (G_OBJECT (label), CLOCK_START);
  gint64 seconds = (g_get_monotonic_time () - start) / G_USEC_PER_SEC;
  g_autofree char *text = g_strdup_printf ("%02d:%02d", (int) (seconds / 60),
                                           (int) (seconds % 60));

  gtk_label_set_text (GTK_LABEL (label), text);
  return G_SOURCE_CONTINUE;
}

static void
remove_source (gpointer id)
{
  g_source_remove (GPOINTER_TO_UINT (id));
}

void
sf_presenter_restart_clock (GtkWidget *label)
{
  gint64 *start = g_new (gint64, 1);
  guint id;

  g_return_if_fail (GTK_IS_LABEL (label));

  *start = g_get_monotonic_time ();
  g_object_set_data_full (G_OBJECT (label), CLOCK_START, start, g_free);
  clock_tick_cb (label);
  /* The label holds the timeout: it ends when the label is finalized or the clock stops. */
  id = g_timeout_add_seconds (1, clock_tick_cb, label);
  g_object_set_data_full (G_OBJECT (label), CLOCK_SOURCE, GUINT_TO_POINTER (id), remove_source);
}

void
sf_presenter_stop_clock (GtkWidget *label)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  g_object_set_data (G_OBJECT (label), CLOCK_SOURCE, NULL);
}
