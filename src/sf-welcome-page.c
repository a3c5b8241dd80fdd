/* sf-welcome-page.c: what a window shows before a project is open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each project in the list can be renamed or removed here. A rename goes through the store,
 * through the very project where a window has it open, so that Undo there takes it back too;
 * here a toast offers Undo. A removed project is set aside and goes to the trash when its
 * toast is gone, unless Undo brought it back.
 *
 * The list fills in as the library is read on its worker. A new row costs the frame it first
 * shows in a few milliseconds (its style, text and layout), and the worker may read fifty
 * files between two frames: the rows follow the library's list at once, but with no more new
 * rows per frame than a frame can take, top first; the rest come in the frames after. Rows
 * that go, go at once.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-feedback.h"
#include "sf-icon-button.h"
#include "sf-menu-button.h"
#include "sf-method.h"
#include "sf-project.h"
#include "sf-text.h"
#include "sf-welcome-page.h"
#include "sf-window.h"

struct _SfWelcomePage
{
  AdwBin      parent_instance;

  GtkListBox *projects;
  GtkWidget  *placeholder;
  GtkMenuButton *menu_button;
  GMenuModel *primary_menu;
  SfLibrary  *library;
  GListStore *rows;    /* the library's entries the rows show: in its order, some maybe not yet */
  guint       syncing; /* the tick callback bringing the rows up to date */
  gint64      frame;   /* the frame that lays out the new rows below */
  guint       new_rows;
};

/* New rows per frame: what a frame can take beside its own work with software rendering. */
#define NEW_ROWS_PER_FRAME 1

G_DEFINE_FINAL_TYPE (SfWelcomePage, sf_welcome_page, ADW_TYPE_BIN)

/* "22 november 2026, 14:03" in the reader's time zone and language. */
char *
sf_format_modified (const char *iso8601)
{
  g_autoptr(GDateTime) utc = iso8601 ? g_date_time_new_from_iso8601 (iso8601, NULL) : NULL;
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup ("");
  local = g_date_time_to_local (utc);
  /* Translators: date and time of a project's last change, see g_date_time_format() */
  return g_date_time_format (local, _("%-d %B %Y, %H:%M"));
}

static const char *
display_name (const char *name)
{
  return name && *name ? name : _("Untitled project");
}

static GtkWidget *
row_button (const char *icon_name,
            const char *label,
            const char *action,
            const char *path)
{
  GtkWidget *button = sf_icon_button_new (icon_name, label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", path);
  return button;
}

/* The row an entry shares whatever it is: opening it on activation (a file that cannot be
 * read then says why, and one a crash left mid-change is repaired), and moving it away. */
static GtkWidget *
entry_row (SfLibraryEntry *entry,
           const char     *title,
           const char     *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-path");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s",
                                    sf_library_entry_get_path (entry));
  return row;
}

static void
add_row_ends (GtkWidget  *row,
              const char *name,
              const char *path)
{
  /* TRANSLATORS: the accessible name of a project's remove button; %s is the project */
  g_autofree char *remove_label = g_strdup_printf (_("Move “%s” to the Trash"), name);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             row_button ("user-trash-symbolic", remove_label,
                                         "welcome.remove", path));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
}

/* A file in the library that cannot be read as a project: listed by its file name, with what
 * is wrong with it, never left out. */
static GtkWidget *
create_problem_row (SfLibraryEntry *entry)
{
  const char *name = sf_library_entry_get_name (entry);
  GtkWidget *row = entry_row (entry, name, sf_library_entry_get_problem (entry));
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  gtk_widget_add_css_class (icon, "warning");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Cannot be read"), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  add_row_ends (row, name, sf_library_entry_get_path (entry));
  return row;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  SfLibraryEntry *entry = item;
  const char *name = sf_library_entry_get_name (entry);
  const char *municipality = sf_library_entry_get_municipality (entry);
  g_autofree char *changed = sf_format_modified (sf_library_entry_get_modified (entry));
  g_autofree char *subtitle = NULL;
  g_autofree char *progress = NULL;
  GtkWidget *row;
  GtkWidget *label;
  guint done = sf_library_entry_get_steps_done (entry);
  const char *path = sf_library_entry_get_path (entry);
  g_autofree char *rename_label = NULL;

  if (sf_library_entry_get_problem (entry) != NULL)
    return create_problem_row (entry);
  if (municipality && *municipality)
    /* Translators: municipality · when the project was last changed */
    subtitle = g_strdup_printf (_("%s · changed %s"), municipality, changed);
  else
    subtitle = g_strdup_printf (_("Changed %s"), changed);
  /* Translators: "2 of 5 steps done"; the plural belongs to the five steps */
  progress = g_strdup_printf (_("%u of %u steps done"), done, SF_METHOD_N_STEPS);

  row = entry_row (entry, display_name (name), subtitle);
  label = gtk_label_new (progress);
  gtk_widget_add_css_class (label, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  rename_label = g_strdup_printf (_("Rename “%s”"), display_name (name));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             row_button ("document-edit-symbolic", rename_label,
                                         "welcome.rename", path));
  add_row_ends (row, display_name (name), path);
  return row;
}

/* The frame that will lay out a row made now: this one in its tick callback, else the next. */
static gint64
laying_out (SfWelcomePage *self,
            gboolean       in_frame)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (clock == NULL)
    return -1;
  return gdk_frame_clock_get_frame_counter (clock) + (in_frame ? 0 : 1);
}

/* How many more new rows @frame can take. */
static guint
room (SfWelcomePage *self,
      gint64         frame)
{
  if (frame != self->frame)
    {
      self->frame = frame;
      self->new_rows = 0;
    }
  return NEW_ROWS_PER_FRAME - self->new_rows;
}

/* Brings the rows closer to the library's list: every entry it no longer has goes, and the
 * entries it has and the rows do not show yet come, top first, as many as @frame can take.
 * An entry is never moved in the list (a changed project is a new entry), so the rows keep
 * its order. Returns whether the rows show the list. */
static gboolean
sync_rows (SfWelcomePage *self,
           gint64         frame)
{
  GListModel *all = sf_library_get_projects (self->library);
  GListModel *rows = G_LIST_MODEL (self->rows);
  g_autoptr(GHashTable) listed = g_hash_table_new (NULL, NULL);
  guint n = g_list_model_get_n_items (all);
  guint i = 0, j = 0;
  gboolean complete = TRUE;

  for (guint k = 0; k < n; k++)
    {
      g_autoptr(SfLibraryEntry) entry = g_list_model_get_item (all, k);

      g_hash_table_add (listed, entry); /* the list keeps it alive */
    }

  while (i < n || j < g_list_model_get_n_items (rows))
    {
      g_autoptr(SfLibraryEntry) shown = g_list_model_get_item (rows, j);
      g_autoptr(SfLibraryEntry) entry = i < n ? g_list_model_get_item (all, i) : NULL;

      if (shown != NULL && !g_hash_table_contains (listed, shown))
        g_list_store_remove (self->rows, j);
      else if (shown != NULL && shown == entry)
        i++, j++;
      else if (room (self, frame) > 0)
        {
          g_list_store_insert (self->rows, j, entry);
          self->new_rows++;
          i++, j++;
        }
      else
        {
          complete = FALSE;
          i++;
        }
    }
  return complete;
}

static gboolean
sync_rows_in_frame (GtkWidget     *widget,
                    GdkFrameClock *clock,
                    gpointer       user_data)
{
  SfWelcomePage *self = SF_WELCOME_PAGE (widget);

  if (!sync_rows (self, laying_out (self, TRUE)))
    return G_SOURCE_CONTINUE;
  self->syncing = 0;
  return G_SOURCE_REMOVE;
}

/* At once what the coming frame can take; the rest in the frames after, before each is laid
 * out. */
static void
on_projects_changed (SfWelcomePage *self)
{
  if (!sync_rows (self, laying_out (self, FALSE)) && self->syncing == 0)
    self->syncing = gtk_widget_add_tick_callback (GTK_WIDGET (self), sync_rows_in_frame, NULL,
                                                  NULL);
}

void
sf_welcome_page_set_library (SfWelcomePage *self,
                             SfLibrary     *library)
{
  g_return_if_fail (self->library == NULL);

  self->library = g_object_ref (library);
  g_signal_connect_object (sf_library_get_projects (library), "items-changed",
                           G_CALLBACK (on_projects_changed), self, G_CONNECT_SWAPPED);
  gtk_list_box_bind_model (self->projects, G_LIST_MODEL (self->rows), create_row, NULL, NULL);
  on_projects_changed (self);
  /* "No projects yet" only once the folder is read: until then, an empty list says nothing. */
  g_object_bind_property (library, "loaded", self->placeholder, "visible", G_BINDING_SYNC_CREATE);
}

/* ---- renaming and removing -------------------------------------------------------------- */

/* The project as a window of the app has it open, or NULL. */
static SfProject *
open_elsewhere (SfWelcomePage *self,
                const char    *path)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root))
                                             : NULL;

  for (GList *l = app ? gtk_application_get_windows (app) : NULL; l != NULL; l = l->next)
    if (SF_IS_WINDOW (l->data) && g_strcmp0 (sf_window_get_path (l->data), path) == 0)
      return sf_window_get_project (l->data);
  return NULL;
}

/* In the window's overlay, which the page is always shown in. */
static void
add_toast (SfWelcomePage *self,
           AdwToast      *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  g_return_if_fail (overlay != NULL);
  adw_toast_set_button_label (toast, _("_Undo"));
  /* Not in front of one still shown (high priority): libadwaita 1.2 aborts when the new one
   * goes before the old one has finished going. Each waits its turn, its Undo with it. */
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

typedef struct
{
  SfWelcomePage *self;
  char          *path;
  char          *name;    /* renamed: the name before */
  gboolean       undone;
} Change;

static void
change_free (Change   *change,
             GClosure *closure)
{
  g_object_unref (change->self);
  g_free (change->path);
  g_free (change->name);
  g_free (change);
}

static Change *
change_new (SfWelcomePage *self,
            const char    *path,
            const char    *name)
{
  Change *change = g_new0 (Change, 1);

  change->self = g_object_ref (self);
  change->path = g_strdup (path);
  change->name = g_strdup (name);
  return change;
}

static void rename_project (SfWelcomePage *self,
                            const char    *path,
                            const char    *name,
                            gboolean       offer_undo);

static void
on_rename_undo (AdwToast *toast,
                Change   *change)
{
  rename_project (change->self, change->path, change->name, FALSE);
}

/* Through the store: in the project a window has open, so that its Undo knows the change. */
static void
rename_project (SfWelcomePage *self,
                const char    *path,
                const char    *name,
                gboolean       offer_undo)
{
  SfProject *open = open_elsewhere (self, path);
  g_autoptr(SfProject) project = open ? g_object_ref (open) : NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (name));

  if (project == NULL)
    project = sf_project_open (path, SF_DB_OPEN_DEFAULT, &error);
  if (project != NULL)
    before = g_strdup (sf_project_get_name (project));
  if (project == NULL ||
      !sf_project_set_field (project, SF_PROJECT_FIELD_NAME, stripped, &error))
    {
      sf_feedback_error (GTK_WIDGET (self), _("The project could not be renamed"), error);
      return;
    }
  sf_library_update (self->library, path);
  if (offer_undo && g_strcmp0 (before, stripped) != 0)
    {
      /* TRANSLATORS: a toast on the welcome screen; %s is the project's new name */
      g_autofree char *title = g_strdup_printf (_("Project renamed to “%s”"), stripped);
      AdwToast *toast = adw_toast_new (title);

      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_rename_undo),
                             change_new (self, path, before), (GClosureNotify) change_free, 0);
      add_toast (self, toast);
    }
}

static void
rename_entry_changed_cb (GtkEditable      *entry,
                         AdwMessageDialog *dialog)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "rename", *name != '\0');
}

static void
rename_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    Change           *change)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));

  if (g_str_equal (response, "rename"))
    rename_project (change->self, change->path, gtk_editable_get_text (entry), TRUE);
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  SfWelcomePage *self = SF_WELCOME_PAGE (widget);
  const char *path = g_variant_get_string (param, NULL);
  SfLibraryEntry *entry = sf_library_get_entry (self->library, path);
  GtkWidget *dialog;
  GtkWidget *name;

  if (entry == NULL)
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _("Rename Project"), NULL);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "rename", _("_Rename"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "rename",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "rename");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  name = gtk_entry_new ();
  gtk_widget_set_name (name, "project-rename-entry");
  sf_text_set_loaded (GTK_EDITABLE (name), sf_library_entry_get_name (entry));
  /* Enter presses the default button, which renames and closes the dialog. */
  gtk_entry_set_activates_default (GTK_ENTRY (name), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (name), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Name"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), name);
  g_signal_connect_object (name, "changed", G_CALLBACK (rename_entry_changed_cb), dialog, 0);
  rename_entry_changed_cb (GTK_EDITABLE (name), ADW_MESSAGE_DIALOG (dialog));
  g_signal_connect_data (dialog, "response", G_CALLBACK (rename_response_cb),
                         change_new (self, path, NULL), (GClosureNotify) change_free, 0);
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (name);
}

static void
on_remove_undo (AdwToast *toast,
                Change   *change)
{
  g_autoptr(GError) error = NULL;

  change->undone = TRUE;
  if (!sf_library_restore (change->self->library, change->path, &error))
    sf_feedback_error (GTK_WIDGET (change->self), _("The project could not be brought back"),
                       error);
}

/* The toast is gone: to the trash, unless Undo took it back. */
static void
on_remove_dismissed (AdwToast *toast,
                     Change   *change)
{
  g_autoptr(GError) error = NULL;

  if (change->undone)
    return;
  if (!sf_library_trash (change->self->library, change->path, &error))
    sf_feedback_error (GTK_WIDGET (change->self),
                       _("The project could not be moved to the trash"), error);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  SfWelcomePage *self = SF_WELCOME_PAGE (widget);
  const char *path = g_variant_get_string (param, NULL);
  SfLibraryEntry *entry = sf_library_get_entry (self->library, path);
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;
  Change *change;

  if (entry == NULL)
    return;
  name = g_strdup (display_name (sf_library_entry_get_name (entry)));
  if (open_elsewhere (self, path) != NULL)
    {
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_BUSY,
                           _("It is open in another window. Close it there first."));
      sf_feedback_error (widget, _("The project could not be moved to the trash"), error);
      return;
    }
  if (!sf_library_remove (self->library, path, &error))
    {
      sf_feedback_error (widget, _("The project could not be moved to the trash"), error);
      return;
    }
  /* TRANSLATORS: a toast on the welcome screen; %s is the project's name */
  title = g_strdup_printf (_("“%s” moved to the trash"), name);
  toast = adw_toast_new (title);
  change = change_new (self, path, NULL);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (on_remove_undo), change);
  g_signal_connect_data (toast, "dismissed", G_CALLBACK (on_remove_dismissed), change,
                         (GClosureNotify) change_free, G_CONNECT_AFTER);
  add_toast (self, toast);
}

static void
sf_welcome_page_dispose (GObject *object)
{
  SfWelcomePage *self = SF_WELCOME_PAGE (object);

  g_clear_object (&self->library);
  g_clear_object (&self->rows);
  gtk_widget_dispose_template (GTK_WIDGET (object), SF_TYPE_WELCOME_PAGE);
  G_OBJECT_CLASS (sf_welcome_page_parent_class)->dispose (object);
}

static void
sf_welcome_page_class_init (SfWelcomePageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sf_welcome_page_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/startfoto/Startfoto/ui/"
                                               "sf-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SfWelcomePage, projects);
  gtk_widget_class_bind_template_child (widget_class, SfWelcomePage, placeholder);
  gtk_widget_class_bind_template_child (widget_class, SfWelcomePage, menu_button);
  gtk_widget_class_bind_template_child (widget_class, SfWelcomePage, primary_menu);
  gtk_widget_class_install_action (widget_class, "welcome.rename", "s", rename_action);
  gtk_widget_class_install_action (widget_class, "welcome.remove", "s", remove_action);
}

static void
sf_welcome_page_init (SfWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sf_menu_button_set_menu_later (self->menu_button, self->primary_menu);
  self->rows = g_list_store_new (SF_TYPE_LIBRARY_ENTRY);
  self->frame = G_MININT64;
}
