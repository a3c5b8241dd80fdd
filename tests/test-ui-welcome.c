/* test-ui-welcome.c: the welcome screen's list of projects: renaming and removing with Undo,
 * in-process under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-welcome-page.h"
#include "sf-test-ui.h"

static char *
library_project (const char *name)
{
  SfLibrary *library = sf_application_get_library (sf_test_app);
  SfProjectFields fields = { name, "Leiden", "", NULL };
  g_autofree char *path = sf_library_new_path (library, NULL);
  g_autoptr(SfProject) project = sf_project_create (path, &fields, NULL);

  g_assert_nonnull (project);
  sf_library_refresh (library);
  return g_steal_pointer (&path);
}

static SfLibraryEntry *
library_entry (const char *path)
{
  return sf_library_get_entry (sf_application_get_library (sf_test_app), path);
}

/* The mapped button showing @label (a toast's Undo), or one with @icon (its close button);
 * not in a toast on its way out, which takes no clicks. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label,
             const char *icon)
{
  if (!gtk_widget_get_mapped (widget) || !gtk_widget_get_can_target (widget))
    return NULL;
  if (GTK_IS_BUTTON (widget) &&
      ((label && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0) ||
       (icon && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), icon) == 0)))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label, icon);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* libadwaita 1.2 does not survive a toast dismissed, or its window closed, while the toast
 * is still coming in: a person cannot click that fast, a test can. */
static void
let_toasts_settle (void)
{
  gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC / 2;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static GtkWidget *
toast_button (GtkWidget  *window,
              const char *label,
              const char *icon)
{
  GtkWidget *button = NULL;

  SF_TEST_WAIT_FOR ((button = find_button (gtk_widget_get_ancestor (
                       sf_test_find_mapped (window, SF_TYPE_WELCOME_PAGE), ADW_TYPE_TOAST_OVERLAY),
                       label, icon)) != NULL);
  let_toasts_settle ();
  return button;
}

static void
rename_from (GtkWidget  *window,
             const char *path,
             const char *name)
{
  GtkWidget *dialog;
  GtkWidget *entry;

  sf_test_activate (sf_test_find_mapped (window, SF_TYPE_WELCOME_PAGE), "welcome.rename",
                    g_variant_new_string (path));
  SF_TEST_WAIT_FOR ((dialog = sf_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL);
  entry = sf_test_find ("project-rename-entry");
  gtk_editable_set_text (GTK_EDITABLE (entry), name);
  /* Enter renames and closes the dialog. */
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (entry)), "activate");
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL);
}

/* A window of its own showing the welcome screen: the main window's toasts (Undo after
 * Undo of the tests before) would keep this test's waiting in their queue. */
static GtkWidget *
welcome_window (void)
{
  GtkWidget *window = GTK_WIDGET (sf_window_new (sf_test_app));

  gtk_window_present (GTK_WINDOW (window));
  SF_TEST_WAIT_FOR (sf_test_find_mapped (window, SF_TYPE_WELCOME_PAGE) != NULL);
  return window;
}

static void
close_welcome_window (GtkWidget *window)
{
  let_toasts_settle ();
  gtk_window_destroy (GTK_WINDOW (window));
  sf_test_iterate ();
}

/* A project renamed from the welcome screen: in its file, undoable by the toast; one open in
 * another window is renamed there, and its Undo takes it back. */
static void
test_welcome_rename (void)
{
  GtkWidget *window = GTK_WIDGET (sf_test_main_window ());
  g_autofree char *path = library_project ("Zuidwest");
  GtkWidget *welcome = welcome_window ();

  g_assert_cmpstr (sf_library_entry_get_name (library_entry (path)), ==, "Zuidwest");
  rename_from (welcome, path, "  Zuidwest 2026 ");
  g_assert_cmpstr (sf_library_entry_get_name (library_entry (path)), ==, "Zuidwest 2026");
  SF_TEST_WAIT_FOR (sf_test_find_label (welcome, "Zuidwest 2026") != NULL);
  g_signal_emit_by_name (toast_button (welcome, _("_Undo"), NULL), "clicked");
  sf_test_iterate ();
  g_assert_cmpstr (sf_library_entry_get_name (library_entry (path)), ==, "Zuidwest");

  /* Open in the main window, renamed from the welcome screen. */
  sf_test_activate (window, "win.open-path", g_variant_new_string (path));
  SF_TEST_WAIT_FOR (sf_window_get_project (SF_WINDOW (window)) != NULL);
  rename_from (welcome, path, "Zuidwest, fase 2");
  g_assert_cmpstr (sf_project_get_name (sf_window_get_project (SF_WINDOW (window))), ==,
                   "Zuidwest, fase 2");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Zuidwest, fase 2");
  sf_test_activate (window, "win.undo", NULL);
  g_assert_cmpstr (sf_project_get_name (sf_window_get_project (SF_WINDOW (window))), ==,
                   "Zuidwest");
  close_welcome_window (welcome);
  sf_test_activate (window, "win.close-project", NULL);
  g_assert_cmpstr (sf_library_entry_get_name (library_entry (path)), ==, "Zuidwest");
}

/* Removed from the welcome screen: gone from the list, back with Undo; once the toast is gone,
 * in the trash. One open in another window stays. */
static void
test_welcome_remove (void)
{
  GtkWidget *window = GTK_WIDGET (sf_test_main_window ());
  g_autofree char *path = library_project ("Kooilaan");
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *trashed = g_build_filename (g_get_user_data_dir (), "Trash", "files", name,
                                               NULL);
  GtkWidget *welcome = welcome_window ();
  GtkWidget *page = sf_test_find_mapped (welcome, SF_TYPE_WELCOME_PAGE);
  GtkWidget *dialog;

  g_assert_nonnull (library_entry (path));
  sf_test_activate (page, "welcome.remove", g_variant_new_string (path));
  g_assert_null (library_entry (path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_signal_emit_by_name (toast_button (welcome, _("_Undo"), NULL), "clicked");
  SF_TEST_WAIT_FOR (library_entry (path) != NULL);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (trashed, G_FILE_TEST_EXISTS));

  /* Again, and the toast closes: to the trash. */
  sf_test_activate (page, "welcome.remove", g_variant_new_string (path));
  g_signal_emit_by_name (toast_button (welcome, NULL, "window-close-symbolic"), "clicked");
  SF_TEST_WAIT_FOR (g_file_test (trashed, G_FILE_TEST_IS_REGULAR));
  g_assert_null (library_entry (path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* Open in the main window: it stays where it is. */
  g_clear_pointer (&path, g_free);
  path = library_project ("Open elders");
  sf_test_activate (window, "win.open-path", g_variant_new_string (path));
  SF_TEST_WAIT_FOR (sf_window_get_project (SF_WINDOW (window)) != NULL);
  sf_test_activate (page, "welcome.remove", g_variant_new_string (path));
  SF_TEST_WAIT_FOR ((dialog = sf_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (library_entry (path));
  gtk_window_destroy (GTK_WINDOW (dialog));
  close_welcome_window (welcome);
  sf_test_activate (window, "win.close-project", NULL);
}

int
main (int   argc,
      char *argv[])
{
  /* Removed projects go to a trash of the test's own: GLib picks the one in the data folder
   * for a file on the home folder's disk. */
  g_setenv ("HOME", g_dir_make_tmp ("startfoto-home-XXXXXX", NULL), TRUE);
  sf_test_init (&argc, &argv);
  g_test_add_func ("/ui/welcome/rename", test_welcome_rename);
  g_test_add_func ("/ui/welcome/remove", test_welcome_remove);
  return g_test_run ();
}
