/* test-ui.c: the real application, in-process under Xvfb, driven through actions and widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sf-application.h"
#include "sf-new-project-dialog.h"
#include "sf-partner-dialog.h"
#include "sf-project-view.h"
#include "sf-window.h"

static SfApplication *app;
static char *data_home;

/* ---- helpers ---------------------------------------------------------------------------- */

static void
iterate (void)
{
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

#define WAIT_FOR(cond)                                                     \
  G_STMT_START {                                                           \
    gint64 _end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;           \
    while (!(cond) && g_get_monotonic_time () < _end)                      \
      g_main_context_iteration (NULL, FALSE);                              \
    g_assert_true (cond);                                                  \
  } G_STMT_END

static GtkWidget *
find_in (GtkWidget  *widget,
         const char *name,
         GType       type)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0 &&
      (type == G_TYPE_INVALID || g_type_is_a (G_OBJECT_TYPE (widget), type)))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_in (child, name, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A widget by the name the templates give it, in any open window. */
static GtkWidget *
find (const char *name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);
      GtkWidget *found;

      if (!gtk_widget_get_visible (window))
        continue;
      found = find_in (window, name, G_TYPE_INVALID);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (g_type_is_a (G_OBJECT_TYPE (window), type) && gtk_widget_get_visible (window))
        return window;
    }
  return NULL;
}

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
set_text (const char *name,
          const char *text)
{
  GtkWidget *widget = find (name);

  g_assert_nonnull (widget);
  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

static SfWindow *
main_window (void)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_assert_true (SF_IS_WINDOW (window));
  return SF_WINDOW (window);
}

static SfProject *
project (void)
{
  return sf_window_get_project (main_window ());
}

static void
activate (GtkWidget  *widget,
          const char *action,
          GVariant   *param)
{
  g_assert_true (gtk_widget_activate_action_variant (widget, action, param));
  iterate ();
}

/* ---- tests ------------------------------------------------------------------------------ */

static void
test_create_project (void)
{
  GtkWidget *dialog;

  g_assert_null (project ());
  activate (GTK_WIDGET (main_window ()), "win.new-project", NULL);
  WAIT_FOR ((dialog = find_toplevel (SF_TYPE_NEW_PROJECT_DIALOG)) != NULL);

  /* Create stays off until the project has a name. */
  g_assert_false (gtk_widget_activate_action (dialog, "dialog.create", NULL) && project ());
  set_text ("new-name", "Welthuisflat Leiden Zuidwest");
  set_text ("new-municipality", "Leiden");
  set_text ("new-neighbourhood", "Zuidwest");
  set_text ("new-flat-name", "De Zilverreiger");
  set_text ("new-flat-dwellings", "96");
  activate (dialog, "dialog.create", NULL);

  WAIT_FOR (project () != NULL);
  g_assert_null (find_toplevel (SF_TYPE_NEW_PROJECT_DIALOG));
  g_assert_cmpstr (sf_project_get_name (project ()), ==, "Welthuisflat Leiden Zuidwest");
  g_assert_cmpstr (sf_project_get_concept_name (project ()), ==, "Welthuisflat");
  g_assert_cmpuint (g_list_model_get_n_items (sf_project_get_flats (project ())), ==, 1);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (main_window ())), ==,
                   "Welthuisflat Leiden Zuidwest");
  /* Creating is not an action to undo. */
  g_assert_false (sf_project_can_undo (project ()));
}

static void
test_partners (void)
{
  GListModel *partners = sf_project_get_partners (project ());
  GtkWidget *dialog;
  g_autoptr(SfPartner) partner = NULL;

  activate (find ("project-view"), "view.show-page", g_variant_new_uint32 (1));
  activate (find ("add-partner"), "step.add-partner", NULL);
  WAIT_FOR ((dialog = find_toplevel (SF_TYPE_PARTNER_DIALOG)) != NULL);
  set_text ("organisation", "Woonstichting Zuid");
  set_text ("role", "manager woningcorporatie");
  set_text ("contact", "Fatma Yılmaz");
  set_text ("notes", "Eigenaar van de flat.");
  activate (dialog, "dialog.save", NULL);
  WAIT_FOR (find_toplevel (SF_TYPE_PARTNER_DIALOG) == NULL);

  g_assert_cmpuint (g_list_model_get_n_items (partners), ==, 1);
  partner = g_list_model_get_item (partners, 0);
  g_assert_cmpstr (sf_partner_get_organisation (partner), ==, "Woonstichting Zuid");
  g_assert_cmpstr (sf_partner_get_contact (partner), ==, "Fatma Yılmaz");
  g_assert_cmpstr (sf_partner_get_notes (partner), ==, "Eigenaar van de flat.");

  /* Edit it through its dialog. */
  dialog = sf_partner_dialog_new (GTK_WIDGET (main_window ()), project (), partner);
  gtk_window_present (GTK_WINDOW (dialog));
  iterate ();
  set_text ("organisation", "Woonstichting Zuid-Holland");
  activate (dialog, "dialog.save", NULL);
  WAIT_FOR (find_toplevel (SF_TYPE_PARTNER_DIALOG) == NULL);
  g_assert_cmpstr (sf_partner_get_organisation (partner), ==, "Woonstichting Zuid-Holland");

  /* Undo and redo through the window's actions (Ctrl+Z, Ctrl+Shift+Z). */
  activate (GTK_WIDGET (main_window ()), "win.undo", NULL);
  g_assert_cmpstr (sf_partner_get_organisation (partner), ==, "Woonstichting Zuid");
  activate (GTK_WIDGET (main_window ()), "win.redo", NULL);
  g_assert_cmpstr (sf_partner_get_organisation (partner), ==, "Woonstichting Zuid-Holland");

  /* Remove with the row's button; a toast offers Undo. */
  activate (find ("remove-partner"), "partner.remove", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (partners), ==, 0);
  activate (GTK_WIDGET (main_window ()), "win.undo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (partners), ==, 1);
}

static void
test_own_question (void)
{
  GListModel *questions = sf_project_get_questions (project (), 1);
  GtkWidget *row = find ("add-question");
  g_autoptr(SfQuestion) last = NULL;

  g_assert_nonnull (row);
  g_assert_cmpuint (g_list_model_get_n_items (questions), ==, 9);
  gtk_editable_set_text (GTK_EDITABLE (row), "Welke rol spelen mantelzorgers?");
  g_signal_emit_by_name (row, "apply");
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (questions), ==, 10);
  last = g_list_model_get_item (questions, 9);
  g_assert_cmpstr (sf_question_get_text (last), ==, "Welke rol spelen mantelzorgers?");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");
}

static void
test_close_and_reopen (void)
{
  g_autofree char *path = g_strdup (sf_project_get_path (project ()));
  g_autofree char *id = g_strdup (sf_project_get_id (project ()));
  GtkWidget *list;
  g_autoptr(SfPartner) partner = NULL;
  g_autoptr(SfQuestion) question = NULL;

  activate (GTK_WIDGET (main_window ()), "win.close-project", NULL);
  g_assert_null (project ());
  list = find ("projects");
  g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1));

  /* The welcome list row opens it again, with everything as it was. */
  g_assert_true (gtk_widget_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (
                                                    GTK_LIST_BOX (list), 0))));
  WAIT_FOR (project () != NULL);
  g_assert_cmpstr (sf_project_get_path (project ()), ==, path);
  g_assert_cmpstr (sf_project_get_id (project ()), ==, id);
  g_assert_cmpstr (sf_project_get_name (project ()), ==, "Welthuisflat Leiden Zuidwest");
  g_assert_cmpuint (g_list_model_get_n_items (sf_project_get_flats (project ())), ==, 1);
  partner = g_list_model_get_item (sf_project_get_partners (project ()), 0);
  g_assert_cmpstr (sf_partner_get_organisation (partner), ==, "Woonstichting Zuid-Holland");
  question = g_list_model_get_item (sf_project_get_questions (project (), 1), 9);
  g_assert_cmpstr (sf_question_get_text (question), ==, "Welke rol spelen mantelzorgers?");
}

/* Text typed into the overview is kept without Enter: there is no Save. */
static void
test_typed_text_kept (void)
{
  g_autofree char *path = g_strdup (sf_project_get_path (project ()));

  activate (find ("project-view"), "view.show-page", g_variant_new_uint32 (0));
  set_text ("project-municipality", "Leiden-Noord");
  activate (GTK_WIDGET (main_window ()), "win.close-project", NULL);
  activate (GTK_WIDGET (main_window ()), "win.open-path", g_variant_new_string (path));
  WAIT_FOR (project () != NULL);
  g_assert_cmpstr (sf_project_get_municipality (project ()), ==, "Leiden-Noord");
}

/* Ctrl+F: the search finds a partner by part of its name, and opens its step. */
static void
test_search (void)
{
  GtkWidget *view = find ("project-view");
  gboolean dutch = g_str_has_prefix (setlocale (LC_MESSAGES, NULL), "nl");

  g_assert_nonnull (view);
  g_assert_true (gtk_widget_activate_action (view, "view.show-page", "u", 3));
  set_text ("search-entry", "linde");
  WAIT_FOR (find_label (view, dutch ? "Stap 1: Interviews" : "Step 1: Partner interviews"));
  g_assert_null (find_label (view, dutch ? "Stap 2: Sleutelfiguren" : "Step 2: Key figures"));
  set_text ("search-entry", "geen-treffer-xyz");
  WAIT_FOR (find_label (view, dutch ? "Niets gevonden" : "Nothing Found") != NULL);
  set_text ("search-entry", "");
}

static void
test_example (void)
{
  activate (GTK_WIDGET (main_window ()), "win.close-project", NULL);
  activate (GTK_WIDGET (main_window ()), "win.open-example", NULL);
  WAIT_FOR (project () != NULL);
  g_assert_true (sf_project_get_is_example (project ()));
  g_assert_cmpuint (g_list_model_get_n_items (sf_project_get_partners (project ())), ==, 5);
}

static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  /* As a click does: the response, then the dialog closes. */
  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
  iterate ();
}

/* A colleague mails back a copy of a project the library already holds. */
static void
test_import_duplicate (void)
{
  SfLibrary *library = sf_application_get_library (app);
  g_autofree char *copy = g_build_filename (data_home, "van-collega.startfoto", NULL);
  g_autofree char *id = NULL;
  g_autofree char *original = NULL;
  g_autoptr(SfLibraryEntry) entry = NULL;
  GtkWidget *dialog;

  activate (GTK_WIDGET (main_window ()), "win.close-project", NULL);
  entry = g_list_model_get_item (sf_library_get_projects (library), 0);
  activate (GTK_WIDGET (main_window ()), "win.open-path",
            g_variant_new_string (sf_library_entry_get_path (entry)));
  WAIT_FOR (project () != NULL);
  id = g_strdup (sf_project_get_id (project ()));
  original = g_strdup (sf_project_get_path (project ()));
  g_assert_true (sf_project_export (project (), copy, NULL));
  activate (GTK_WIDGET (main_window ()), "win.close-project", NULL);

  /* Open the one we have... */
  sf_application_open_file (app, copy, GTK_WINDOW (main_window ()));
  WAIT_FOR ((dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL);
  respond (ADW_MESSAGE_DIALOG (dialog), "open");
  WAIT_FOR (project () != NULL);
  g_assert_cmpstr (sf_project_get_path (project ()), ==, original);
  g_assert_cmpuint (g_list_model_get_n_items (sf_library_get_projects (library)), ==, 1);

  /* ...or keep both: a second library file with the same project identity. */
  activate (GTK_WIDGET (main_window ()), "win.close-project", NULL);
  sf_application_open_file (app, copy, GTK_WINDOW (main_window ()));
  WAIT_FOR ((dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL);
  respond (ADW_MESSAGE_DIALOG (dialog), "keep");
  WAIT_FOR (project () != NULL);
  g_assert_cmpstr (sf_project_get_path (project ()), !=, original);
  g_assert_cmpstr (sf_project_get_id (project ()), ==, id);
  g_assert_true (sf_library_contains (library, sf_project_get_path (project ())));
  sf_library_refresh (library);
  g_assert_cmpuint (g_list_model_get_n_items (sf_library_get_projects (library)), ==, 2);
  /* The mailed file itself is left as it came. */
  g_assert_true (g_file_test (copy, G_FILE_TEST_EXISTS));
}

/* A damaged file gets a message in the window; the app and the open project carry on. */
static void
test_open_bad_file (void)
{
  g_autofree char *bad = g_build_filename (data_home, "kapot.startfoto", NULL);
  SfProject *before = project ();
  GtkWidget *dialog;

  g_assert_nonnull (before);
  g_assert_true (g_file_set_contents (bad, "SQLite format 3", -1, NULL));
  sf_application_open_file (app, bad, GTK_WINDOW (main_window ()));
  WAIT_FOR ((dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL);
  g_assert_nonnull (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)));
  g_assert_cmpuint (strlen (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog))), >, 10);
  respond (ADW_MESSAGE_DIALOG (dialog), "ok");
  WAIT_FOR (find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL);
  g_assert_true (project () == before);
}

static void
test_about_and_shortcuts (void)
{
  GtkWidget *window;

  activate (GTK_WIDGET (main_window ()), "app.about", NULL);
  WAIT_FOR ((window = find_toplevel (ADW_TYPE_ABOUT_WINDOW)) != NULL);
  g_assert_cmpint (adw_about_window_get_license_type (ADW_ABOUT_WINDOW (window)), ==,
                   GTK_LICENSE_GPL_3_0);
  gtk_window_destroy (GTK_WINDOW (window));

  activate (GTK_WIDGET (main_window ()), "win.show-help-overlay", NULL);
  WAIT_FOR ((window = find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW)) != NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
}

/* The labels a user reads come in the system's language. */
static void
test_language (void)
{
  gboolean dutch = g_str_has_prefix (setlocale (LC_MESSAGES, NULL), "nl");
  GtkWidget *window = GTK_WIDGET (main_window ());

  activate (window, "win.close-project", NULL);
  g_assert_nonnull (find_label (window, dutch ? "Welkom bij Startfoto" : "Welcome to Startfoto"));
  g_assert_nonnull (find_label (window, dutch ? "Jouw projecten" : "Your Projects"));

  activate (window, "win.open-example", NULL);
  WAIT_FOR (project () != NULL);
  activate (find ("project-view"), "view.show-page", g_variant_new_uint32 (1));
  /* The method's own wording, exactly. */
  g_assert_nonnull (find_label (window, dutch ? "Interviews met alle relevante partners"
                                              : "Interviews with all relevant partners"));
  g_assert_nonnull (find_label (window, dutch ? "Doel" : "Purpose"));
  g_assert_nonnull (find_label (window, dutch ? "Werkwijze" : "Way of working"));
}

/* The window comes back at the size it was closed at. */
static void
test_window_size (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWindow *window = GTK_WINDOW (main_window ());
  int width, height;

  gtk_window_set_default_size (window, 900, 640);
  gtk_window_close (window);
  WAIT_FOR (gtk_application_get_active_window (GTK_APPLICATION (app)) == NULL);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);

  g_application_hold (G_APPLICATION (app));
  g_application_activate (G_APPLICATION (app));
  iterate ();
  gtk_window_get_default_size (GTK_WINDOW (main_window ()), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);
  g_application_release (G_APPLICATION (app));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* A private library and settings, before GLib reads the environment. */
  data_home = g_dir_make_tmp ("startfoto-ui-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SF_TEST_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  app = sf_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  g_application_activate (G_APPLICATION (app));
  iterate ();

  g_test_add_func ("/ui/create-project", test_create_project);
  g_test_add_func ("/ui/partners", test_partners);
  g_test_add_func ("/ui/own-question", test_own_question);
  g_test_add_func ("/ui/close-and-reopen", test_close_and_reopen);
  g_test_add_func ("/ui/typed-text-kept", test_typed_text_kept);
  g_test_add_func ("/ui/example", test_example);
  g_test_add_func ("/ui/search", test_search);
  g_test_add_func ("/ui/import-duplicate", test_import_duplicate);
  g_test_add_func ("/ui/open-bad-file", test_open_bad_file);
  g_test_add_func ("/ui/about-and-shortcuts", test_about_and_shortcuts);
  g_test_add_func ("/ui/language", test_language);
  g_test_add_func ("/ui/window-size", test_window_size);
  status = g_test_run ();

  g_application_quit (G_APPLICATION (app));
  g_clear_object (&app);
  return status;
}
