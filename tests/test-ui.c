/* test-ui.c: the real application, in-process under Xvfb, driven through actions and widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE /* memmem */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sf-application.h"
#include "sf-copy.h"
#include "sf-project-figures.h"
#include "sf-new-project-dialog.h"
#include "sf-partner-dialog.h"
#include "sf-project-view.h"
#include "sf-window.h"
#include "sf-test-ui.h"

/* ---- tests ------------------------------------------------------------------------------ */

static void
test_create_project (void)
{
  g_autoptr(SfFlat) flat = NULL;
  SfIndicatorValue *value;
  GtkWidget *dialog;

  g_assert_null (sf_test_project ());
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.new-project", NULL);
  SF_TEST_WAIT_FOR ((dialog = sf_test_find_toplevel (SF_TYPE_NEW_PROJECT_DIALOG)) != NULL);

  /* Create stays off until the project has a name. */
  g_assert_false (gtk_widget_activate_action (dialog, "dialog.create", NULL) && sf_test_project ());
  sf_test_set_text ("new-name", "Welthuisflat Leiden Zuidwest");
  sf_test_set_text ("new-municipality", "Leiden");
  sf_test_set_text ("new-neighbourhood", "Zuidwest");
  sf_test_set_text ("new-flat-name", "De Zilverreiger");
  sf_test_set_text ("new-flat-dwellings", "96");
  sf_test_activate (dialog, "dialog.create", NULL);

  SF_TEST_WAIT_FOR (sf_test_project () != NULL);
  g_assert_null (sf_test_find_toplevel (SF_TYPE_NEW_PROJECT_DIALOG));
  g_assert_cmpstr (sf_project_get_name (sf_test_project ()), ==, "Welthuisflat Leiden Zuidwest");
  g_assert_cmpstr (sf_project_get_concept_name (sf_test_project ()), ==, "Welthuisflat");
  g_assert_cmpuint (g_list_model_get_n_items (sf_project_get_flats (sf_test_project ())), ==, 1);
  /* The number of dwellings typed here is step 3's figure: one number, one place. */
  flat = g_list_model_get_item (sf_project_get_flats (sf_test_project ()), 0);
  value = sf_project_find_indicator_value (
    sf_test_project (),
    sf_record_get_id (SF_RECORD (sf_project_find_indicator_by_key (sf_test_project (), "s3q1a"))),
    sf_record_get_id (SF_RECORD (flat)));
  g_assert_nonnull (value);
  g_assert_cmpfloat (sf_indicator_value_get_number (value), ==, 96);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (sf_test_main_window ())), ==,
                   "Welthuisflat Leiden Zuidwest");
  /* Creating is not an action to undo. */
  g_assert_false (sf_project_can_undo (sf_test_project ()));
}

static void
test_partners (void)
{
  GListModel *partners = sf_project_get_partners (sf_test_project ());
  GtkWidget *dialog;
  g_autoptr(SfPartner) partner = NULL;

  sf_test_activate (sf_test_find ("project-view"), "view.show-page", g_variant_new_uint32 (1));
  sf_test_activate (sf_test_find ("add-partner"), "step.add-partner", NULL);
  SF_TEST_WAIT_FOR ((dialog = sf_test_find_toplevel (SF_TYPE_PARTNER_DIALOG)) != NULL);
  sf_test_set_text ("organisation", "Woonstichting Zuid");
  sf_test_set_text ("role", "manager woningcorporatie");
  sf_test_set_text ("contact", "Fatma Yılmaz");
  sf_test_set_text ("notes", "Eigenaar van de flat.");
  sf_test_activate (dialog, "dialog.save", NULL);
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (SF_TYPE_PARTNER_DIALOG) == NULL);

  g_assert_cmpuint (g_list_model_get_n_items (partners), ==, 1);
  partner = g_list_model_get_item (partners, 0);
  g_assert_cmpstr (sf_partner_get_organisation (partner), ==, "Woonstichting Zuid");
  g_assert_cmpstr (sf_partner_get_contact (partner), ==, "Fatma Yılmaz");
  g_assert_cmpstr (sf_partner_get_notes (partner), ==, "Eigenaar van de flat.");

  /* Edit it through its dialog. */
  dialog = sf_partner_dialog_new (GTK_WIDGET (sf_test_main_window ()), sf_test_project (), partner);
  gtk_window_present (GTK_WINDOW (dialog));
  sf_test_iterate ();
  sf_test_set_text ("organisation", "Woonstichting Zuid-Holland");
  sf_test_activate (dialog, "dialog.save", NULL);
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (SF_TYPE_PARTNER_DIALOG) == NULL);
  g_assert_cmpstr (sf_partner_get_organisation (partner), ==, "Woonstichting Zuid-Holland");

  /* Undo and redo through the window's actions (Ctrl+Z, Ctrl+Shift+Z). */
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  g_assert_cmpstr (sf_partner_get_organisation (partner), ==, "Woonstichting Zuid");
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.redo", NULL);
  g_assert_cmpstr (sf_partner_get_organisation (partner), ==, "Woonstichting Zuid-Holland");

  /* Remove with the row's button; a toast offers Undo. */
  sf_test_activate (sf_test_find ("remove-partner"), "partner.remove", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (partners), ==, 0);
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (partners), ==, 1);
}

static void
test_own_question (void)
{
  GListModel *questions = sf_project_get_questions (sf_test_project (), 1);
  GtkWidget *row = sf_test_find ("add-question");
  g_autoptr(SfQuestion) last = NULL;

  g_assert_nonnull (row);
  g_assert_cmpuint (g_list_model_get_n_items (questions), ==, 9);
  gtk_editable_set_text (GTK_EDITABLE (row), "Welke rol spelen mantelzorgers?");
  g_signal_emit_by_name (row, "apply");
  sf_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (questions), ==, 10);
  last = g_list_model_get_item (questions, 9);
  g_assert_cmpstr (sf_question_get_text (last), ==, "Welke rol spelen mantelzorgers?");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");
}

static void
test_close_and_reopen (void)
{
  g_autofree char *path = g_strdup (sf_project_get_path (sf_test_project ()));
  g_autofree char *id = g_strdup (sf_project_get_id (sf_test_project ()));
  GtkWidget *list;
  g_autoptr(SfPartner) partner = NULL;
  g_autoptr(SfQuestion) question = NULL;

  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.close-project", NULL);
  g_assert_null (sf_test_project ());
  list = sf_test_find ("projects");
  g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1));

  /* The welcome list row opens it again, with everything as it was. */
  g_assert_true (gtk_widget_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (
                                                    GTK_LIST_BOX (list), 0))));
  SF_TEST_WAIT_FOR (sf_test_project () != NULL);
  g_assert_cmpstr (sf_project_get_path (sf_test_project ()), ==, path);
  g_assert_cmpstr (sf_project_get_id (sf_test_project ()), ==, id);
  g_assert_cmpstr (sf_project_get_name (sf_test_project ()), ==, "Welthuisflat Leiden Zuidwest");
  g_assert_cmpuint (g_list_model_get_n_items (sf_project_get_flats (sf_test_project ())), ==, 1);
  partner = g_list_model_get_item (sf_project_get_partners (sf_test_project ()), 0);
  g_assert_cmpstr (sf_partner_get_organisation (partner), ==, "Woonstichting Zuid-Holland");
  question = g_list_model_get_item (sf_project_get_questions (sf_test_project (), 1), 9);
  g_assert_cmpstr (sf_question_get_text (question), ==, "Welke rol spelen mantelzorgers?");
}

/* Text typed into the overview is kept without Enter: there is no Save. */
static void
test_typed_text_kept (void)
{
  g_autofree char *path = g_strdup (sf_project_get_path (sf_test_project ()));

  sf_test_activate (sf_test_find ("project-view"), "view.show-page", g_variant_new_uint32 (0));
  sf_test_set_text ("project-municipality", "Leiden-Noord");
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.close-project", NULL);
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.open-path", g_variant_new_string (path));
  SF_TEST_WAIT_FOR (sf_test_project () != NULL);
  g_assert_cmpstr (sf_project_get_municipality (sf_test_project ()), ==, "Leiden-Noord");
}

static GtkWidget *
text_in (GtkWidget *widget)
{
  if (GTK_IS_TEXT (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = text_in (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Ctrl+Z in a field is the field's own undo (the window leaves the key to it): it undoes what
 * the user typed there, never the app's filling in what the project holds. */
static void
test_text_undo_keeps_loaded (void)
{
  GtkWidget *row, *text;

  sf_test_activate (sf_test_find ("project-view"), "view.show-page", g_variant_new_uint32 (0));
  row = sf_test_find ("project-name");
  text = text_in (row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==,
                   sf_project_get_name (sf_test_project ()));
  g_assert_true (gtk_widget_grab_focus (text));
  gtk_widget_activate_action (text, "text.undo", NULL);
  sf_test_iterate ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==,
                   sf_project_get_name (sf_test_project ()));

  /* What the user typed is undone. */
  gtk_editable_insert_text (GTK_EDITABLE (text), " Noord", -1, &(int) { -1 });
  gtk_widget_activate_action (text, "text.undo", NULL);
  sf_test_iterate ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==,
                   sf_project_get_name (sf_test_project ()));
  gtk_root_set_focus (GTK_ROOT (sf_test_main_window ()), NULL);
}

/* Ctrl+F: the search finds a partner by part of its name, and opens its step. */
static void
test_search (void)
{
  GtkWidget *view = sf_test_find ("project-view");
  gboolean dutch = sf_test_dutch ();

  g_assert_nonnull (view);
  g_assert_true (gtk_widget_activate_action (view, "view.show-page", "u", 3));
  sf_test_set_text ("search-entry", "linde");
  SF_TEST_WAIT_FOR (sf_test_find_label (view, dutch ? "Stap 1: Interviews" : "Step 1: Partner interviews"));
  g_assert_null (sf_test_find_label (view, dutch ? "Stap 2: Sleutelfiguren"
                                                 : "Step 2: Key figures"));
  /* A statement from the key-figure session, found without its accent-free spelling. */
  sf_test_set_text ("search-entry", "eenzaam");
  SF_TEST_WAIT_FOR (sf_test_find_label (view, dutch ? "Stap 2: Sleutelfiguren"
                                                    : "Step 2: Key figures") != NULL);
  sf_test_set_text ("search-entry", "geen-treffer-xyz");
  SF_TEST_WAIT_FOR (sf_test_find_label (view, dutch ? "Niets gevonden" : "Nothing Found") != NULL);
  sf_test_set_text ("search-entry", "");
}

static void
test_example (void)
{
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.close-project", NULL);
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.open-example", NULL);
  SF_TEST_WAIT_FOR (sf_test_project () != NULL);
  g_assert_true (sf_project_get_is_example (sf_test_project ()));
  g_assert_cmpuint (g_list_model_get_n_items (sf_project_get_partners (sf_test_project ())), ==, 5);
}

static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  /* As a click does: the response, then the dialog closes. */
  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
  sf_test_iterate ();
}

/* A colleague mails back a copy of a project the library already holds. */
static void
test_import_duplicate (void)
{
  SfLibrary *library = sf_application_get_library (sf_test_app);
  g_autofree char *copy = g_build_filename (sf_test_data_home, "van-collega.startfoto", NULL);
  g_autofree char *id = NULL;
  g_autofree char *original = NULL;
  g_autoptr(SfLibraryEntry) entry = NULL;
  GtkWidget *dialog;

  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.close-project", NULL);
  entry = g_list_model_get_item (sf_library_get_projects (library), 0);
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.open-path",
            g_variant_new_string (sf_library_entry_get_path (entry)));
  SF_TEST_WAIT_FOR (sf_test_project () != NULL);
  id = g_strdup (sf_project_get_id (sf_test_project ()));
  original = g_strdup (sf_project_get_path (sf_test_project ()));
  g_assert_true (sf_project_export_copy (sf_test_project (), copy, TRUE, NULL));
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.close-project", NULL);

  /* Open the one we have... */
  sf_application_open_file (sf_test_app, copy, GTK_WINDOW (sf_test_main_window ()));
  SF_TEST_WAIT_FOR ((dialog = sf_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL);
  respond (ADW_MESSAGE_DIALOG (dialog), "open");
  SF_TEST_WAIT_FOR (sf_test_project () != NULL);
  g_assert_cmpstr (sf_project_get_path (sf_test_project ()), ==, original);
  g_assert_cmpuint (g_list_model_get_n_items (sf_library_get_projects (library)), ==, 1);

  /* ...or keep both: a second library file with the same project identity. */
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.close-project", NULL);
  sf_application_open_file (sf_test_app, copy, GTK_WINDOW (sf_test_main_window ()));
  SF_TEST_WAIT_FOR ((dialog = sf_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL);
  respond (ADW_MESSAGE_DIALOG (dialog), "keep");
  SF_TEST_WAIT_FOR (sf_test_project () != NULL);
  g_assert_cmpstr (sf_project_get_path (sf_test_project ()), !=, original);
  g_assert_cmpstr (sf_project_get_id (sf_test_project ()), ==, id);
  g_assert_true (sf_library_contains (library, sf_project_get_path (sf_test_project ())));
  sf_library_refresh (library);
  g_assert_cmpuint (g_list_model_get_n_items (sf_library_get_projects (library)), ==, 2);
  /* The mailed file itself is left as it came. */
  g_assert_true (g_file_test (copy, G_FILE_TEST_EXISTS));
}

static gboolean
file_holds (const char *path,
            const char *text)
{
  g_autofree char *data = NULL;
  gsize size = 0;

  g_assert_true (g_file_get_contents (path, &data, &size, NULL));
  return memmem (data, size, text, strlen (text)) != NULL;
}

/* "Export a Copy…" through its question and the file chooser, as a user goes: the copy keeps the
 * example's confidential items out (a statement of step 2, a consideration and a meeting note of
 * step 4) unless the user ticks that they go along. */
static void
export_copy (gboolean    include,
             const char *name)
{
  g_autofree char *path = g_build_filename (sf_test_data_home, name, NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (sf_test_data_home);
  GtkWidget *dialog, *check, *chooser;

  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.export", NULL);
  SF_TEST_WAIT_FOR ((dialog = sf_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            sf_test_dutch ()
                            ? "heeft 3 vertrouwelijke onderdelen; die gaan niet mee"
                            : "has 3 confidential items; they are left out"));
  check = sf_test_find_in (dialog, "include-confidential", GTK_TYPE_CHECK_BUTTON);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), include);
  g_assert_cmpstr (adw_message_dialog_get_response_label (ADW_MESSAGE_DIALOG (dialog), "export"),
                   ==, include ? (sf_test_dutch () ? "Exporteren _met vertrouwelijke onderdelen…"
                                                   : "Export _with Confidential Items…")
                               : (sf_test_dutch () ? "_Exporteren…" : "_Export…"));
  respond (ADW_MESSAGE_DIALOG (dialog), "export");

  SF_TEST_WAIT_FOR ((chooser = sf_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG)) != NULL);
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  SF_TEST_WAIT_FOR (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (file_holds (path, "komt de deur niet meer uit") == include);
  g_assert_true (file_holds (path, "Dit weten de medewerkers nog niet") == include);
  g_assert_true (file_holds (path, "niet naar buiten brengen") == include);
  g_assert_true (file_holds (path, "Voorbeeldproject"));
}

static void
test_export_copy (void)
{
  g_assert_true (sf_project_get_is_example (sf_test_project ()));
  g_assert_true (file_holds (sf_project_get_path (sf_test_project ()),
                             "komt de deur niet meer uit"));
  export_copy (FALSE, "zonder.startfoto");
  export_copy (TRUE, "met.startfoto");
}

/* A damaged file gets a message in the window; the sf_test_app and the open project carry on. */
static void
test_open_bad_file (void)
{
  g_autofree char *bad = g_build_filename (sf_test_data_home, "kapot.startfoto", NULL);
  SfProject *before = sf_test_project ();
  GtkWidget *dialog;

  g_assert_nonnull (before);
  g_assert_true (g_file_set_contents (bad, "SQLite format 3", -1, NULL));
  sf_application_open_file (sf_test_app, bad, GTK_WINDOW (sf_test_main_window ()));
  SF_TEST_WAIT_FOR ((dialog = sf_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL);
  g_assert_nonnull (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)));
  g_assert_cmpuint (strlen (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog))), >, 10);
  respond (ADW_MESSAGE_DIALOG (dialog), "ok");
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL);
  g_assert_true (sf_test_project () == before);
}

static void
test_about_and_shortcuts (void)
{
  GtkWidget *window;

  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "app.about", NULL);
  SF_TEST_WAIT_FOR ((window = sf_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW)) != NULL);
  g_assert_cmpint (adw_about_window_get_license_type (ADW_ABOUT_WINDOW (window)), ==,
                   GTK_LICENSE_GPL_3_0);
  gtk_window_destroy (GTK_WINDOW (window));

  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.show-help-overlay", NULL);
  SF_TEST_WAIT_FOR ((window = sf_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW)) != NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  sf_test_iterate ();
}

/* The labels a user reads come in the system's language. */
static void
test_language (void)
{
  gboolean dutch = sf_test_dutch ();
  GtkWidget *window = GTK_WIDGET (sf_test_main_window ());

  sf_test_activate (window, "win.close-project", NULL);
  g_assert_nonnull (sf_test_find_label (window, dutch ? "Welkom bij Startfoto" : "Welcome to Startfoto"));
  g_assert_nonnull (sf_test_find_label (window, dutch ? "Jouw projecten" : "Your Projects"));

  sf_test_activate (window, "win.open-example", NULL);
  SF_TEST_WAIT_FOR (sf_test_project () != NULL);
  sf_test_activate (sf_test_find ("project-view"), "view.show-page", g_variant_new_uint32 (1));
  /* The method's own wording, exactly. */
  g_assert_nonnull (sf_test_find_label (window, dutch ? "Interviews met alle relevante partners"
                                              : "Interviews with all relevant partners"));
  g_assert_nonnull (sf_test_find_label (window, dutch ? "Doel" : "Purpose"));
  g_assert_nonnull (sf_test_find_label (window, dutch ? "Werkwijze" : "Way of working"));
}

/* The window comes back at the size it was closed at. */
static void
test_window_size (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWindow *window = GTK_WINDOW (sf_test_main_window ());
  int width, height;

  gtk_window_set_default_size (window, 900, 640);
  gtk_window_close (window);
  SF_TEST_WAIT_FOR (gtk_application_get_active_window (GTK_APPLICATION (sf_test_app)) == NULL);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);

  g_application_hold (G_APPLICATION (sf_test_app));
  g_application_activate (G_APPLICATION (sf_test_app));
  sf_test_iterate ();
  gtk_window_get_default_size (GTK_WINDOW (sf_test_main_window ()), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);
  g_application_release (G_APPLICATION (sf_test_app));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  sf_test_init (&argc, &argv);
  g_test_add_func ("/ui/create-project", test_create_project);
  g_test_add_func ("/ui/partners", test_partners);
  g_test_add_func ("/ui/own-question", test_own_question);
  g_test_add_func ("/ui/close-and-reopen", test_close_and_reopen);
  g_test_add_func ("/ui/typed-text-kept", test_typed_text_kept);
  g_test_add_func ("/ui/text-undo-keeps-loaded", test_text_undo_keeps_loaded);
  g_test_add_func ("/ui/example", test_example);
  g_test_add_func ("/ui/search", test_search);
  g_test_add_func ("/ui/export-copy", test_export_copy);
  g_test_add_func ("/ui/import-duplicate", test_import_duplicate);
  g_test_add_func ("/ui/open-bad-file", test_open_bad_file);
  g_test_add_func ("/ui/about-and-shortcuts", test_about_and_shortcuts);
  g_test_add_func ("/ui/language", test_language);
  g_test_add_func ("/ui/window-size", test_window_size);
  status = g_test_run ();

  g_application_quit (G_APPLICATION (sf_test_app));
  g_clear_object (&sf_test_app);
  return status;
}
