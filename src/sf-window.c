/* sf-window.c: a window showing the welcome screen or one project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-application.h"
#include "sf-copy-dialog.h"
#include "sf-feedback.h"
#include "sf-merge-dialog.h"
#include "sf-merge-history.h"
#include "sf-new-project-dialog.h"
#include "sf-project.h"
#include "sf-project-view.h"
#include "sf-report-window.h"
#include "sf-store-error.h"
#include "sf-text.h"
#include "sf-welcome-page.h"
#include "sf-window.h"

struct _SfWindow
{
  AdwApplicationWindow parent_instance;

  AdwToastOverlay     *toast_overlay;
  GtkStack            *stack;
  GtkWidget           *loading; /* while a project is being made */
  GtkSpinner          *spinner;
  guint                loading_unseen; /* until a frame shows the loading page */
  GtkWidget           *welcome; /* built when first needed: --example never shows it */

  GSettings           *settings;
  SfProject           *project;
  GtkWidget           *view;
  GBinding            *title_binding;
  GtkWidget           *report;  /* the report's preview while it is open (weak) */
  AdwToast            *undo_toast; /* what undo or redo did, while it is shown */
  gulong               undo_toast_watch; /* on the project: a change of the user's ends it */
};

G_DEFINE_FINAL_TYPE (SfWindow, sf_window, ADW_TYPE_APPLICATION_WINDOW)

static SfLibrary *
library (SfWindow *self)
{
  return sf_application_get_library (
    SF_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
}

static void
set_enabled (SfWindow   *self,
             const char *name,
             gboolean    enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
update_undo_actions (SfWindow *self)
{
  set_enabled (self, "undo", self->project && sf_project_can_undo (self->project));
  set_enabled (self, "redo", self->project && sf_project_can_redo (self->project));
  set_enabled (self, "export", self->project != NULL);
  set_enabled (self, "merges", self->project != NULL);
  set_enabled (self, "report", self->project != NULL);
  set_enabled (self, "close-project", self->project != NULL);
}

static void
show_welcome (SfWindow *self)
{
  if (self->welcome == NULL)
    {
      self->welcome = g_object_new (SF_TYPE_WELCOME_PAGE, NULL);
      sf_welcome_page_set_library (SF_WELCOME_PAGE (self->welcome), library (self));
      gtk_stack_add_named (self->stack, self->welcome, "welcome");
    }
  /* Read on a worker: the list fills in as the files are read. */
  sf_library_refresh_async (library (self), NULL, NULL, NULL);
  gtk_stack_set_visible_child (self->stack, self->welcome);
}

/* Shows @page, the loading page no longer. A loading page that no frame has shown yet is left
 * at once: the window shows the page from its first frame, as if it had never waited. */
static void
show_page (SfWindow  *self,
           GtkWidget *page)
{
  GtkStackTransitionType transition = gtk_stack_get_transition_type (self->stack);

  if (self->loading_unseen != 0)
    {
      gtk_widget_remove_tick_callback (self->loading, self->loading_unseen);
      self->loading_unseen = 0;
      transition = GTK_STACK_TRANSITION_TYPE_NONE;
    }
  gtk_stack_set_visible_child_full (self->stack,
                                    gtk_stack_page_get_name (gtk_stack_get_page (self->stack,
                                                                                 page)),
                                    transition);
  gtk_spinner_stop (self->spinner);
  gtk_widget_set_visible (self->loading, FALSE);
}

/* A frame is about to show the loading page. */
static gboolean
on_loading_seen (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       user_data)
{
  SF_WINDOW (user_data)->loading_unseen = 0;
  return G_SOURCE_REMOVE;
}

/* While a project is being made and that takes a while: the window says it is busy, and goes
 * back to what it showed when it is not made after all. */
void
sf_window_set_loading (SfWindow *self,
                       gboolean  loading)
{
  if (loading)
    {
      gtk_widget_set_visible (self->loading, TRUE);
      gtk_spinner_start (self->spinner);
      gtk_stack_set_visible_child (self->stack, self->loading);
      if (self->loading_unseen == 0)
        self->loading_unseen = gtk_widget_add_tick_callback (self->loading, on_loading_seen, self,
                                                             NULL);
    }
  else if (gtk_widget_get_visible (self->loading))
    {
      if (self->project == NULL)
        show_welcome (self);
      show_page (self, self->project ? self->view : self->welcome);
    }
}

static void on_change_after_undo (SfWindow *self);
static void stop_watching_for_undo_toast (SfWindow *self);

static void
close_project (SfWindow *self)
{
  g_autofree char *path = NULL;

  if (self->project == NULL)
    return;
  on_change_after_undo (self);
  g_clear_pointer (&self->title_binding, g_binding_unbind);
  g_signal_handlers_disconnect_by_data (self->project, self);
  if (self->report != NULL)
    gtk_window_destroy (GTK_WINDOW (self->report));
  path = g_strdup (sf_project_get_path (self->project));
  show_welcome (self);
  gtk_stack_remove (self->stack, self->view);
  self->view = NULL;
  g_clear_object (&self->project);
  /* Closed first, so that the file is one file again when the list reads it; what changed in
   * it is in the list at once, the rest is read on the worker. */
  sf_library_update (library (self), path);
  gtk_window_set_title (GTK_WINDOW (self), _("Startfoto"));
  update_undo_actions (self);
}

/* Back in the window after working elsewhere: what another window, instance or the command
 * line changed in the project is shown at once, not only at the next edit. */
static void
on_active_changed (SfWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->project == NULL || !gtk_window_is_active (GTK_WINDOW (self)))
    return;
  /* A file held for a moment elsewhere (a merge under way, another program writing) is read
   * at the next look or edit, which catches up first: no reason to stop the user here. */
  if (!sf_project_catch_up (self->project, &error) &&
      !g_error_matches (error, SF_STORE_ERROR, SF_STORE_ERROR_LOCKED))
    sf_feedback_error (GTK_WIDGET (self), _("The project’s latest changes could not be read"),
                       error);
}

static void
show_project (SfWindow  *self,
              SfProject *project)
{
  close_project (self);
  self->project = g_object_ref (project);
  self->view = sf_project_view_new (project);
  gtk_stack_add_named (self->stack, self->view, "project");
  show_page (self, self->view);
  self->title_binding = g_object_bind_property (project, "name", self, "title",
                                                G_BINDING_SYNC_CREATE);
  g_signal_connect_object (project, "notify::can-undo", G_CALLBACK (update_undo_actions), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "notify::can-redo", G_CALLBACK (update_undo_actions), self,
                           G_CONNECT_SWAPPED);
  update_undo_actions (self);
}

const char *
sf_window_get_path (SfWindow *self)
{
  return self->project ? sf_project_get_path (self->project) : NULL;
}

gpointer
sf_window_get_project (SfWindow *self)
{
  return self->project;
}

gboolean
sf_window_shows_example (SfWindow *self)
{
  return self->project != NULL && sf_project_get_is_example (self->project);
}

void
sf_window_open_project (SfWindow   *self,
                        const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfProject) project = sf_project_open (path, SF_DB_OPEN_DEFAULT, &error);

  if (project == NULL)
    {
      sf_feedback_error (GTK_WIDGET (self), _("The project could not be opened"), error);
      return;
    }
  show_project (self, project);
}

void
sf_window_merge_copy (SfWindow   *self,
                      const char *path)
{
  g_return_if_fail (self->project != NULL);
  sf_merge_dialog_present (self->view, self->project, path);
}

/* ---- actions ---------------------------------------------------------------------------- */

static void
on_import_response (GtkNativeDialog *chooser,
                    int              response,
                    SfWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        sf_application_open_file (SF_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))),
                                  path, GTK_WINDOW (self));
    }
  g_object_unref (chooser);
}

static void
import_action (GSimpleAction *action,
               GVariant      *param,
               gpointer       user_data)
{
  SfWindow *self = user_data;
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = sf_copy_dialog_project_filter ();

  chooser = gtk_file_chooser_native_new (_("Import a Project File"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"),
                                         _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_action (GSimpleAction *action,
               GVariant      *param,
               gpointer       user_data)
{
  SfWindow *self = user_data;

  if (self->project != NULL)
    sf_copy_dialog_present (self->view, self->project);
}

static void
merges_action (GSimpleAction *action,
               GVariant      *param,
               gpointer       user_data)
{
  SfWindow *self = user_data;

  if (self->project != NULL)
    sf_merge_history_present (self->view, self->project);
}

static void
forget_report (SfWindow *self)
{
  self->report = NULL;
}

/* One preview per window: asking again brings it to the front. */
static void
report_action (GSimpleAction *action,
               GVariant      *param,
               gpointer       user_data)
{
  SfWindow *self = user_data;

  if (self->project == NULL)
    return;
  if (self->report == NULL)
    {
      self->report = sf_report_window_new (GTK_WINDOW (self), self->project);
      /* Forgotten when destroyed, not when finalized: an export may still hold it. */
      g_signal_connect_object (self->report, "destroy", G_CALLBACK (forget_report), self,
                               G_CONNECT_SWAPPED);
    }
  gtk_window_present (GTK_WINDOW (self->report));
}

static void
on_project_created (SfNewProjectDialog *dialog,
                    const char         *path,
                    SfWindow           *self)
{
  sf_window_open_project (self, path);
}

static void
new_project_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  SfWindow *self = user_data;
  GtkWidget *dialog = sf_new_project_dialog_new (GTK_WINDOW (self), library (self));

  g_signal_connect_object (dialog, "created", G_CALLBACK (on_project_created), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_example_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  SfWindow *self = user_data;

  sf_application_open_example (SF_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))),
                               GTK_WINDOW (self));
}

static void
open_path_action (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  SfWindow *self = user_data;

  sf_application_open_file (SF_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))),
                            g_variant_get_string (param, NULL), GTK_WINDOW (self));
}

static void
close_project_action (GSimpleAction *action,
                      GVariant      *param,
                      gpointer       user_data)
{
  close_project (user_data);
}

static void
stop_watching_for_undo_toast (SfWindow *self)
{
  if (self->undo_toast_watch != 0 && self->project != NULL)
    g_signal_handler_disconnect (self->project, self->undo_toast_watch);
  self->undo_toast_watch = 0;
}

static void
forget_undo_toast (SfWindow *self)
{
  stop_watching_for_undo_toast (self);
  self->undo_toast = NULL;
}

/* Once the project changes again, the toast's way back would undo something else: the button
 * goes, and the next undo gets a toast of its own. */
static void
on_change_after_undo (SfWindow *self)
{
  if (self->undo_toast != NULL)
    {
      adw_toast_set_action_name (self->undo_toast, NULL);
      adw_toast_set_button_label (self->undo_toast, NULL);
    }
  forget_undo_toast (self);
}

/* Says what was undone or redone, with the way back: the change may be on another page. */
static void
undo_redo (SfWindow *self,
           gboolean  undo)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (self->project == NULL)
    return;
  label = g_strdup (undo ? sf_project_get_undo_label (self->project)
                         : sf_project_get_redo_label (self->project));
  if (label == NULL)
    return;
  stop_watching_for_undo_toast (self);
  if (!(undo ? sf_project_undo (self->project, &error) : sf_project_redo (self->project, &error)))
    {
      sf_feedback_error (GTK_WIDGET (self),
                         undo ? _("The change could not be undone")
                              : _("The change could not be redone"), error);
      return;
    }
  /* Translators: a toast after undo; %s is what was undone, e.g. "merge themes". */
  title = sf_text_after_colon (undo ? _("Undone: %s")
                               /* Translators: a toast after redo; %s is what was redone. */
                                    : _("Redone: %s"), label);
  /* One toast, kept up to date, rather than a queue of them for a run of Ctrl+Z. */
  toast = self->undo_toast;
  if (toast == NULL)
    {
      toast = adw_toast_new (title);
      g_signal_connect_object (toast, "dismissed", G_CALLBACK (forget_undo_toast), self,
                               G_CONNECT_SWAPPED);
      self->undo_toast = toast;
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
  adw_toast_set_title (toast, title);
  adw_toast_set_button_label (toast, undo ? _("_Redo") : _("_Undo"));
  adw_toast_set_action_name (toast, undo ? "win.redo" : "win.undo");
  self->undo_toast_watch = g_signal_connect_swapped (self->project, "changed",
                                                     G_CALLBACK (on_change_after_undo), self);
}

static gboolean
in_text_field (SfWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  return (GTK_IS_TEXT (focus) && gtk_editable_get_editable (GTK_EDITABLE (focus))) ||
         (GTK_IS_TEXT_VIEW (focus) && gtk_text_view_get_editable (GTK_TEXT_VIEW (focus)));
}

/* Ctrl+Z and Ctrl+Shift+Z: in a text field they are GTK's own undo of the typing, which the
 * field handles once the key passes on; elsewhere they undo the project's last change. The
 * buttons and toasts always act on the project. */
static gboolean
undo_shortcut (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  SfWindow *self = SF_WINDOW (widget);

  if (in_text_field (self))
    return FALSE;
  g_action_group_activate_action (G_ACTION_GROUP (self),
                                  g_variant_get_boolean (args) ? "undo" : "redo", NULL);
  return TRUE;
}

static void
add_undo_shortcuts (SfWindow *self)
{
  static const struct { const char *trigger; gboolean undo; } keys[] = {
    { "<Control>z", TRUE }, { "<Control><Shift>z", FALSE }, { "<Control>y", FALSE },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  /* Seen before the focused field, so that it can decide who acts. */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GtkShortcut *shortcut = gtk_shortcut_new (gtk_shortcut_trigger_parse_string (keys[i].trigger),
                                                gtk_callback_action_new (undo_shortcut, NULL,
                                                                         NULL));

      gtk_shortcut_set_arguments (shortcut, g_variant_new_boolean (keys[i].undo));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
    }
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
undo_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  undo_redo (user_data, TRUE);
}

static void
redo_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  undo_redo (user_data, FALSE);
}

/* Built when asked for, not with every window as GtkApplicationWindow's help overlay is. */
static void
shortcuts_action (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource ("/io/github/startfoto/Startfoto/ui/sf-shortcuts-window.ui");
  GtkWindow *window = GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));

  /* As the help overlay, its shortcuts show the application's accelerators; this also
   * replaces this action with GtkApplicationWindow's own for next time. */
  gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (user_data),
                                           GTK_SHORTCUTS_WINDOW (window));
  gtk_window_present (window);
}

static const GActionEntry win_actions[] = {
  { "new-project", new_project_action },
  { "import", import_action },
  { "export", export_action },
  { "merges", merges_action },
  { "report", report_action },
  { "open-example", open_example_action },
  { "open-path", open_path_action, "s" },
  { "close-project", close_project_action },
  { "undo", undo_action },
  { "redo", redo_action },
  { "show-help-overlay", shortcuts_action },
};

/* ---- the object ------------------------------------------------------------------------- */

static void
sf_window_show (GtkWidget *widget)
{
  SfWindow *self = SF_WINDOW (widget);

  if (self->project == NULL && !gtk_widget_get_visible (self->loading))
    show_welcome (self);
  GTK_WIDGET_CLASS (sf_window_parent_class)->show (widget);
}

static gboolean
sf_window_close_request (GtkWindow *window)
{
  SfWindow *self = SF_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  return GTK_WINDOW_CLASS (sf_window_parent_class)->close_request (window);
}

static void
sf_window_dispose (GObject *object)
{
  SfWindow *self = SF_WINDOW (object);

  g_clear_pointer (&self->title_binding, g_binding_unbind);
  if (self->report != NULL)
    gtk_window_destroy (GTK_WINDOW (self->report));
  stop_watching_for_undo_toast (self);
  g_clear_object (&self->project);
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (object), SF_TYPE_WINDOW);
  G_OBJECT_CLASS (sf_window_parent_class)->dispose (object);
}

static void
sf_window_class_init (SfWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sf_window_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = sf_window_close_request;
  widget_class->show = sf_window_show;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/startfoto/Startfoto/ui/sf-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SfWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SfWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SfWindow, loading);
  gtk_widget_class_bind_template_child (widget_class, SfWindow, spinner);
}

static void
sf_window_init (SfWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions, G_N_ELEMENTS (win_actions),
                                   self);
  add_undo_shortcuts (self);
  update_undo_actions (self);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (on_active_changed), NULL);

  self->settings = g_settings_new (APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

SfWindow *
sf_window_new (SfApplication *application)
{
  return g_object_new (SF_TYPE_WINDOW, "application", application, NULL);
}
