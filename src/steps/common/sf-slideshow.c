/* sf-slideshow.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The speaker view is the window the presenter works in; the beamer's is a plain black window
 * with the slide, full screen on the other monitor (as the meetings' presenter windows are,
 * common/sf-presenter-window.h). Both views draw through sf-slide-view.h, which keeps the
 * slides as images and draws the next one ahead.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "steps-resources.h"
#include "sf-presenter-window.h"
#include "sf-slideshow.h"
#include "sf-toplevel.h"

struct _SfSlideshow
{
  AdwWindow parent_instance;

  gpointer                 source;
  const SfSlideSourceKind *kind;
  guint                    position;
  gboolean                 black;
  gint64                   started;   /* monotonic */
  guint                    minutes;
  guint                    tick_id;

  GtkWidget *screen;       /* the beamer's window (owned here) */
  GtkWidget *screen_view;

  AdwWindowTitle *window_title;
  GtkWidget *current_box;
  GtkWidget *current_view;
  GtkWidget *next_box;
  GtkWidget *next_view;
  GtkWidget *next_label;
  GtkWidget *notes_label;
  GtkWidget *elapsed_label;
  GtkWidget *left_label;
};

G_DEFINE_FINAL_TYPE (SfSlideshow, sf_slideshow, ADW_TYPE_WINDOW)

static guint
n_slides (SfSlideshow *self)
{
  return self->kind->get_n_slides (self->source);
}

static void
show_position (SfSlideshow *self)
{
  guint n = n_slides (self);
  g_autofree char *subtitle = NULL;
  g_autofree char *notes = NULL;
  gboolean last = self->position + 1 >= n;

  /* Translators: the speaker view's subtitle, as in "Slide 3 of 11" */
  subtitle = g_strdup_printf (_("Slide %u of %u"), MIN (self->position + 1, n), n);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  sf_slide_view_set_index (SF_SLIDE_VIEW (self->current_view), self->position);
  sf_slide_view_set_index (SF_SLIDE_VIEW (self->next_view), last ? G_MAXUINT : self->position + 1);
  gtk_label_set_text (GTK_LABEL (self->next_label), last ? _("This is the last slide")
                                                         : _("Next"));
  sf_slide_view_set_index (SF_SLIDE_VIEW (self->screen_view),
                           self->black ? G_MAXUINT : self->position);
  notes = self->position < n && self->kind->get_notes != NULL
          ? self->kind->get_notes (self->source, self->position) : NULL;
  gtk_label_set_text (GTK_LABEL (self->notes_label),
                      notes != NULL && *notes != '\0' ? notes : _("No notes for this slide."));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "show.previous", self->position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "show.next", !last);
}

/* ---- the time --------------------------------------------------------------------------- */

static char *
minutes_seconds (gint64 seconds)
{
  return g_strdup_printf ("%d:%02d", (int) (seconds / 60), (int) (seconds % 60));
}

static gboolean
tick_cb (gpointer data)
{
  SfSlideshow *self = data;
  gint64 elapsed = (g_get_monotonic_time () - self->started) / G_USEC_PER_SEC;
  gint64 left = (gint64) self->minutes * 60 - elapsed;
  g_autofree char *spent = minutes_seconds (elapsed);
  g_autofree char *rest = minutes_seconds (ABS (left));
  g_autofree char *text = NULL;

  gtk_label_set_text (GTK_LABEL (self->elapsed_label), spent);
  /* Translators: the time left, as in "12:30 left"; and the time over, "+1:30 over time" */
  text = left >= 0 ? g_strdup_printf (_("%s left"), rest)
                   : g_strdup_printf (_("+%s over time"), rest);
  gtk_label_set_text (GTK_LABEL (self->left_label), text);
  if (left < 0)
    gtk_widget_add_css_class (self->left_label, "error");
  return G_SOURCE_CONTINUE;
}

/* ---- moving ----------------------------------------------------------------------------- */

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SfSlideshow *self = SF_SLIDESHOW (widget);
  guint n = n_slides (self);
  guint position = self->position;

  if (g_str_equal (action_name, "show.next"))
    position = MIN (position + 1, n > 0 ? n - 1 : 0);
  else if (g_str_equal (action_name, "show.previous"))
    position = position > 0 ? position - 1 : 0;
  else if (g_str_equal (action_name, "show.first"))
    position = 0;
  else
    position = n > 0 ? n - 1 : 0;
  /* Moving on from a black screen shows the slides again. */
  self->black = FALSE;
  self->position = position;
  show_position (self);
}

static void
black_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SfSlideshow *self = SF_SLIDESHOW (widget);

  self->black = !self->black;
  show_position (self);
}

static void
stop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static const struct { guint key; const char *action; } keys[] = {
  { GDK_KEY_Right, "show.next" }, { GDK_KEY_space, "show.next" },
  { GDK_KEY_Page_Down, "show.next" }, { GDK_KEY_Left, "show.previous" },
  { GDK_KEY_Page_Up, "show.previous" }, { GDK_KEY_Home, "show.first" },
  { GDK_KEY_End, "show.last" }, { GDK_KEY_b, "show.black" }, { GDK_KEY_B, "show.black" },
  { GDK_KEY_Escape, "show.stop" },
};

/* On the beamer's window the keys do what they do in the speaker view. */
static gboolean
forward_cb (GtkWidget *widget,
            GVariant  *args,
            gpointer   data)
{
  SfSlideshow *self = g_object_get_data (G_OBJECT (widget), "sf-slideshow");

  return self != NULL && gtk_widget_activate_action (GTK_WIDGET (self), data, NULL);
}

/* The keys on @window, caught before any widget takes them: the slideshow's actions, or on
 * the beamer's window forwarded to them. */
static void
add_keys (GtkWidget *window,
          gboolean   forward)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GtkShortcutAction *action = forward
        ? gtk_callback_action_new (forward_cb, (gpointer) keys[i].action, NULL)
        : gtk_named_action_new (keys[i].action);

      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
        gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key, 0), action));
    }
  gtk_widget_add_controller (window, controller);
}

/* ---- the windows ------------------------------------------------------------------------ */

static gboolean
sf_slideshow_close_request (GtkWindow *window)
{
  SfSlideshow *self = SF_SLIDESHOW (window);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (self->screen != NULL)
    gtk_window_destroy (GTK_WINDOW (self->screen));
  self->screen = NULL;
  return GTK_WINDOW_CLASS (sf_slideshow_parent_class)->close_request (window);
}

static void
sf_slideshow_dispose (GObject *object)
{
  SfSlideshow *self = SF_SLIDESHOW (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (self->screen != NULL)
    gtk_window_destroy (GTK_WINDOW (self->screen));
  self->screen = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_SLIDESHOW);
  G_OBJECT_CLASS (sf_slideshow_parent_class)->dispose (object);
}

static void
sf_slideshow_class_init (SfSlideshowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_slideshow_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = sf_slideshow_close_request;

  gtk_widget_class_install_action (widget_class, "show.next", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "show.previous", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "show.first", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "show.last", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "show.black", NULL, black_action);
  gtk_widget_class_install_action (widget_class, "show.stop", NULL, stop_action);

  /* Referring to the resource keeps its object file in a program's link. */
  (void) sf_steps_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-slideshow.ui");
  gtk_widget_class_bind_template_child (widget_class, SfSlideshow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SfSlideshow, current_box);
  gtk_widget_class_bind_template_child (widget_class, SfSlideshow, next_box);
  gtk_widget_class_bind_template_child (widget_class, SfSlideshow, next_label);
  gtk_widget_class_bind_template_child (widget_class, SfSlideshow, notes_label);
  gtk_widget_class_bind_template_child (widget_class, SfSlideshow, elapsed_label);
  gtk_widget_class_bind_template_child (widget_class, SfSlideshow, left_label);
}

static void
sf_slideshow_init (SfSlideshow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_keys (GTK_WIDGET (self), FALSE);
}

static GtkWidget *
make_screen (SfSlideshow *self)
{
  GtkWidget *screen = gtk_window_new ();

  gtk_widget_set_name (screen, "slideshow-screen");
  gtk_window_set_title (GTK_WINDOW (screen), _("Presentation"));
  gtk_window_set_default_size (GTK_WINDOW (screen), 1024, 576);
  gtk_widget_add_css_class (screen, "slideshow-screen");
  self->screen_view = sf_slide_view_new (self->source, self->kind);
  gtk_window_set_child (GTK_WINDOW (screen), self->screen_view);
  /* The slideshow owns the screen and destroys it first: the pointer never dangles. */
  g_object_set_data (G_OBJECT (screen), "sf-slideshow", self);
  add_keys (screen, TRUE);
  return screen;
}

GtkWidget *
sf_slideshow_new (GtkWidget               *parent,
                  gpointer                 source,
                  const SfSlideSourceKind *kind,
                  guint                    minutes)
{
  SfSlideshow *self;

  g_return_val_if_fail (kind != NULL, NULL);

  self = g_object_new (SF_TYPE_SLIDESHOW, NULL);
  self->source = source;
  self->kind = kind;
  self->minutes = minutes;
  gtk_window_set_transient_for (GTK_WINDOW (self), sf_toplevel_of (parent));
  self->current_view = sf_slide_view_new (source, kind);
  gtk_widget_set_name (self->current_view, "slideshow-current");
  self->next_view = sf_slide_view_new (source, kind);
  gtk_widget_set_name (self->next_view, "slideshow-next");
  gtk_box_append (GTK_BOX (self->current_box), self->current_view);
  gtk_box_append (GTK_BOX (self->next_box), self->next_view);
  self->screen = make_screen (self);
  show_position (self);
  return GTK_WIDGET (self);
}

void
sf_slideshow_start (SfSlideshow *self)
{
  g_return_if_fail (SF_IS_SLIDESHOW (self));

  self->started = g_get_monotonic_time ();
  tick_cb (self);
  g_clear_handle_id (&self->tick_id, g_source_remove);
  self->tick_id = g_timeout_add_seconds (1, tick_cb, self);
  gtk_window_present (GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (self->screen));
  sf_presenter_toggle_fullscreen (GTK_WINDOW (self->screen), GTK_WINDOW (self));
}

guint
sf_slideshow_get_position (SfSlideshow *self)
{
  g_return_val_if_fail (SF_IS_SLIDESHOW (self), 0);

  return self->position;
}

gboolean
sf_slideshow_get_black (SfSlideshow *self)
{
  g_return_val_if_fail (SF_IS_SLIDESHOW (self), FALSE);

  return self->black;
}

GtkWidget *
sf_slideshow_get_screen (SfSlideshow *self)
{
  g_return_val_if_fail (SF_IS_SLIDESHOW (self), NULL);

  return self->screen;
}

void
sf_slideshow_refresh (SfSlideshow *self)
{
  g_return_if_fail (SF_IS_SLIDESHOW (self));

  if (self->position >= n_slides (self) && n_slides (self) > 0)
    self->position = n_slides (self) - 1;
  sf_slide_view_invalidate (SF_SLIDE_VIEW (self->current_view));
  sf_slide_view_invalidate (SF_SLIDE_VIEW (self->next_view));
  sf_slide_view_invalidate (SF_SLIDE_VIEW (self->screen_view));
  show_position (self);
}
