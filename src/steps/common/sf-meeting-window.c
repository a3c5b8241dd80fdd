/* sf-meeting-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the two meetings share, once: walking the questions, the clock, the presenter and its
 * full screen on the other monitor, and closing both windows together. A subclass shows the
 * question in its own parts and says what the room sees under it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-meeting-window.h"
#include "sf-presenter-window.h"

typedef struct
{
  GPtrArray      *questions;    /* of SfQuestion, the visible questions of the step */
  guint           position;
  gboolean        show_details;
  GtkWidget      *presenter;    /* weak */
  AdwWindowTitle *title;
  GtkWidget      *clock;
  GtkWidget      *entry;
} SfMeetingWindowPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (SfMeetingWindow, sf_meeting_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_SHOW_DETAILS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define PRIV(self) ((SfMeetingWindowPrivate *) sf_meeting_window_get_instance_private (self))

static void
show_current (SfMeetingWindow *self)
{
  SfMeetingWindowPrivate *priv = PRIV (self);
  SfMeetingWindowClass *klass = SF_MEETING_WINDOW_GET_CLASS (self);
  SfQuestion *question = sf_meeting_window_get_question (self);
  g_autofree char *subtitle = NULL;
  guint n = priv->questions->len;

  if (n > 0)
    /* Translators: a meeting window's subtitle, as in "Question 2 of 6" */
    subtitle = g_strdup_printf (_("Question %u of %u"), priv->position + 1, n);
  if (priv->title != NULL)
    adw_window_title_set_subtitle (priv->title, subtitle != NULL ? subtitle : "");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "live.previous", priv->position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "live.next", priv->position + 1 < n);
  if (priv->clock != NULL)
    sf_presenter_restart_clock (priv->clock);
  klass->show_question (self);

  if (priv->presenter != NULL)
    {
      SfPresenterWindow *presenter = SF_PRESENTER_WINDOW (priv->presenter);

      sf_presenter_window_show_question (presenter,
                                         question != NULL ? sf_question_get_text (question) : "",
                                         priv->position, n);
      sf_presenter_window_set_details (presenter, klass->create_details (self));
    }
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SfMeetingWindow *self = SF_MEETING_WINDOW (widget);
  guint position = PRIV (self)->position;

  if (g_str_equal (action_name, "live.next"))
    sf_meeting_window_move_to (self, position + 1);
  else if (position > 0)
    sf_meeting_window_move_to (self, position - 1);
}

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SfMeetingWindow *self = SF_MEETING_WINDOW (widget);
  SfMeetingWindowPrivate *priv = PRIV (self);

  if (priv->presenter == NULL)
    {
      g_set_weak_pointer (&priv->presenter, sf_presenter_window_new (widget));
      sf_presenter_window_set_show_details (SF_PRESENTER_WINDOW (priv->presenter),
                                            priv->show_details);
      show_current (self);
    }
  gtk_window_present (GTK_WINDOW (priv->presenter));
}

static void
fullscreen_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SfMeetingWindow *self = SF_MEETING_WINDOW (widget);

  if (PRIV (self)->presenter == NULL)
    present_action (widget, NULL, NULL);
  sf_presenter_toggle_fullscreen (GTK_WINDOW (PRIV (self)->presenter), GTK_WINDOW (self));
}

/* The clock stops and the presenter goes with the window. */
static void
close_presenter (SfMeetingWindow *self)
{
  SfMeetingWindowPrivate *priv = PRIV (self);

  if (priv->clock != NULL)
    sf_presenter_stop_clock (priv->clock);
  if (priv->presenter != NULL)
    gtk_window_destroy (GTK_WINDOW (priv->presenter));
  g_clear_weak_pointer (&priv->presenter);
}

static gboolean
sf_meeting_window_close_request (GtkWindow *window)
{
  close_presenter (SF_MEETING_WINDOW (window));
  return GTK_WINDOW_CLASS (sf_meeting_window_parent_class)->close_request (window);
}

static void
sf_meeting_window_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SHOW_DETAILS:
      g_value_set_boolean (value, PRIV (SF_MEETING_WINDOW (object))->show_details);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_meeting_window_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SfMeetingWindowPrivate *priv = PRIV (SF_MEETING_WINDOW (object));

  switch (prop_id)
    {
    case PROP_SHOW_DETAILS:
      if (priv->show_details == g_value_get_boolean (value))
        break;
      priv->show_details = g_value_get_boolean (value);
      if (priv->presenter != NULL)
        sf_presenter_window_set_show_details (SF_PRESENTER_WINDOW (priv->presenter),
                                              priv->show_details);
      g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_meeting_window_dispose (GObject *object)
{
  SfMeetingWindow *self = SF_MEETING_WINDOW (object);
  SfMeetingWindowPrivate *priv = PRIV (self);

  close_presenter (self);
  priv->clock = NULL;
  priv->entry = NULL;
  priv->title = NULL;
  G_OBJECT_CLASS (sf_meeting_window_parent_class)->dispose (object);
}

static void
sf_meeting_window_finalize (GObject *object)
{
  g_ptr_array_unref (PRIV (SF_MEETING_WINDOW (object))->questions);
  G_OBJECT_CLASS (sf_meeting_window_parent_class)->finalize (object);
}

static void
add_key (GtkShortcutController *keys,
         guint                  key,
         const char            *action)
{
  gtk_shortcut_controller_add_shortcut (keys,
    gtk_shortcut_new (gtk_keyval_trigger_new (key, 0), gtk_named_action_new (action)));
}

static void
sf_meeting_window_class_init (SfMeetingWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sf_meeting_window_get_property;
  object_class->set_property = sf_meeting_window_set_property;
  object_class->dispose = sf_meeting_window_dispose;
  object_class->finalize = sf_meeting_window_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = sf_meeting_window_close_request;

  properties[PROP_SHOW_DETAILS] =
    g_param_spec_boolean ("show-details", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "live.next", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "live.previous", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "live.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "live.fullscreen-presenter", NULL,
                                   fullscreen_action);
  gtk_widget_class_install_property_action (widget_class, "live.show-details", "show-details");
}

static void
sf_meeting_window_init (SfMeetingWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *keys = GTK_SHORTCUT_CONTROLLER (controller);

  PRIV (self)->questions = g_ptr_array_new_with_free_func (g_object_unref);
  /* In the capture phase: the keys work while the entry has the focus. */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  add_key (keys, GDK_KEY_Page_Down, "live.next");
  add_key (keys, GDK_KEY_Page_Up, "live.previous");
  add_key (keys, GDK_KEY_F5, "live.present");
  add_key (keys, GDK_KEY_F6, "live.show-details");
  add_key (keys, GDK_KEY_F11, "live.fullscreen-presenter");
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

void
sf_meeting_window_set_parts (SfMeetingWindow *self,
                             AdwWindowTitle  *title,
                             GtkWidget       *clock,
                             GtkWidget       *entry)
{
  SfMeetingWindowPrivate *priv;

  g_return_if_fail (SF_IS_MEETING_WINDOW (self));

  priv = PRIV (self);
  priv->title = title;
  priv->clock = clock;
  priv->entry = entry;
}

void
sf_meeting_window_start (SfMeetingWindow *self,
                         SfProject       *project,
                         guint            step)
{
  SfMeetingWindowPrivate *priv;
  GListModel *questions;

  g_return_if_fail (SF_IS_MEETING_WINDOW (self));
  g_return_if_fail (SF_IS_PROJECT (project));

  priv = PRIV (self);
  questions = sf_project_get_questions (project, step);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      SfQuestion *question = g_list_model_get_item (questions, i);

      if (sf_question_get_hidden (question))
        g_object_unref (question);
      else
        g_ptr_array_add (priv->questions, question);
    }
  show_current (self);
  /* Ready for the first words: typing goes to the entry, never to a header button. */
  if (priv->entry != NULL)
    gtk_widget_grab_focus (priv->entry);
}

void
sf_meeting_window_refresh (SfMeetingWindow *self)
{
  g_return_if_fail (SF_IS_MEETING_WINDOW (self));

  show_current (self);
}

SfQuestion *
sf_meeting_window_get_question (SfMeetingWindow *self)
{
  SfMeetingWindowPrivate *priv;

  g_return_val_if_fail (SF_IS_MEETING_WINDOW (self), NULL);

  priv = PRIV (self);
  return priv->position < priv->questions->len
         ? g_ptr_array_index (priv->questions, priv->position) : NULL;
}

guint
sf_meeting_window_get_position (SfMeetingWindow *self)
{
  g_return_val_if_fail (SF_IS_MEETING_WINDOW (self), 0);

  return PRIV (self)->position;
}

guint
sf_meeting_window_get_n_questions (SfMeetingWindow *self)
{
  g_return_val_if_fail (SF_IS_MEETING_WINDOW (self), 0);

  return PRIV (self)->questions->len;
}

gboolean
sf_meeting_window_move_to (SfMeetingWindow *self,
                           guint            position)
{
  SfMeetingWindowPrivate *priv;
  SfMeetingWindowClass *klass;

  g_return_val_if_fail (SF_IS_MEETING_WINDOW (self), FALSE);

  priv = PRIV (self);
  klass = SF_MEETING_WINDOW_GET_CLASS (self);
  if (position >= priv->questions->len)
    return FALSE;
  if (position != priv->position)
    {
      if (klass->leave_question != NULL)
        klass->leave_question (self);
      priv->position = position;
      show_current (self);
    }
  if (priv->entry != NULL)
    gtk_widget_grab_focus (priv->entry);
  return TRUE;
}

gboolean
sf_meeting_window_go_to_question (SfMeetingWindow *self,
                                  const char      *question_id)
{
  SfMeetingWindowPrivate *priv;

  g_return_val_if_fail (SF_IS_MEETING_WINDOW (self), FALSE);

  priv = PRIV (self);
  for (guint i = 0; i < priv->questions->len; i++)
    if (g_strcmp0 (sf_record_get_id (g_ptr_array_index (priv->questions, i)), question_id) == 0)
      return sf_meeting_window_move_to (self, i);
  return FALSE;
}

GtkWidget *
sf_meeting_window_get_presenter (SfMeetingWindow *self)
{
  g_return_val_if_fail (SF_IS_MEETING_WINDOW (self), NULL);

  return PRIV (self)->presenter;
}
