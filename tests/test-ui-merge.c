/* test-ui-merge.c: a copy of a project merged back through the window: the offer on import,
 * the preview, the conflicts view and its decisions with undo, in-process under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sf-copy.h"
#include "sf-merge-record.h"
#include "sf-partner.h"
#include "sf-project-conflicts.h"
#include "sf-test-ui.h"
#include "sf-welcome-page.h"

static char *copy_dir;
static char *copy_path;
static char *flat_id;

static const char *
label_text (const char *name)
{
  GtkWidget *label = sf_test_find (name);

  g_assert_nonnull (label);
  return gtk_label_get_label (GTK_LABEL (label));
}

static SfFlat *
first_flat (void)
{
  g_autoptr(SfFlat) flat = g_list_model_get_item (sf_project_get_flats (sf_test_project ()), 0);

  g_assert_nonnull (flat);
  return flat;
}

static char *
mine_name (void)
{
  return g_strdup (sf_flat_get_name (first_flat ()));
}

static void
exec_on_copy (const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (copy_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* The message dialog named @name (NULL: any), once it is up. */
static AdwMessageDialog *
message_dialog (const char *name)
{
  GtkWidget *dialog = NULL;

  SF_TEST_WAIT_FOR ((dialog = sf_test_find (name)) != NULL ||
                    (name == NULL &&
                     (dialog = sf_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL));
  return ADW_MESSAGE_DIALOG (dialog);
}

/* The sidebar's count of open conflicts on the overview's row: @count, or hidden (NULL). */
static void
badge (const char *count)
{
  GtkWidget *label = sf_test_find_in (GTK_WIDGET (sf_test_main_window ()), "conflict-badge",
                                      G_TYPE_INVALID);

  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_visible (label) == (count != NULL));
  if (count != NULL)
    g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, count);
}

/* "Merged Copies…" from the project's menu; the caller closes it. */
static AdwMessageDialog *
open_history (void)
{
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.merges", NULL);
  return message_dialog ("merge-history");
}

static void
close_dialog (AdwMessageDialog *dialog,
              const char       *response)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  GtkWidget *left;

  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
  while ((left = sf_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL &&
         g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  /* Which dialog stayed says why: this one, or another that came up meanwhile. */
  if (left != NULL)
    g_error ("a dialog stayed open: “%s”, “%s” (%s)",
             adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (left)),
             adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (left)),
             (gpointer) left == (gpointer) dialog ? "the one closed" : "another");
}

/* ---- tests ------------------------------------------------------------------------------ */

/* The example as a project of the library, a copy of it outside the library with its first
 * flat renamed, and the same flat renamed differently here: one conflict waits in the copy. */
static void
test_set_up (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  SfFlat *flat;
  SfFlatFields fields;
  AdwMessageDialog *history;

  SfLibrary *library = sf_application_get_library (sf_test_app);
  g_autofree char *mine = NULL;

  /* The example is not listed in the library; its import is, as an ordinary project. */
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.open-example", NULL);
  SF_TEST_WAIT_FOR (sf_test_project () != NULL);
  mine = sf_library_import (library, sf_project_get_path (sf_test_project ()), &error);
  g_assert_no_error (error);
  sf_library_refresh (library);
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.close-project", NULL);
  SF_TEST_WAIT_FOR (sf_test_project () == NULL);
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.open-path",
                    g_variant_new_string (mine));
  SF_TEST_WAIT_FOR (g_strcmp0 (sf_window_get_path (sf_test_main_window ()), mine) == 0);
  g_assert_cmpuint (sf_project_count_open_conflicts (sf_test_project ()), ==, 0);
  g_assert_false (gtk_revealer_get_reveal_child (
                    GTK_REVEALER (sf_test_find ("conflicts-banner"))));

  copy_dir = g_dir_make_tmp ("startfoto-merge-XXXXXX", &error);
  g_assert_no_error (error);
  copy_path = g_build_filename (copy_dir, "kopie.startfoto", NULL);
  g_assert_true (sf_project_export_copy (sf_test_project (), copy_path, TRUE, &error));
  g_assert_no_error (error);

  flat = first_flat ();
  flat_id = g_strdup (sf_record_get_id (SF_RECORD (flat)));
  sql = g_strdup_printf ("UPDATE flat SET name = 'Kopie-naam' WHERE id = '%s'", flat_id);
  exec_on_copy (sql);
  fields = (SfFlatFields) { "Mijn naam", sf_flat_get_address (flat),
                            sf_flat_get_corporation (flat), sf_flat_get_dwellings (flat) };
  g_assert_true (sf_project_update_flat (sf_test_project (), flat_id, &fields, &error));
  g_assert_no_error (error);

  /* Nothing merged yet: the history says so, and lists nothing. */
  history = open_history ();
  g_assert_nonnull (strstr (adw_message_dialog_get_body (history),
                            sf_test_dutch () ? "Er is nog geen kopie"
                                             : "No copy has been merged"));
  g_assert_false (gtk_widget_get_visible (adw_message_dialog_get_extra_child (history)));
  g_assert_null (sf_test_find ("merge-row"));
  close_dialog (history, "close");
}

/* Importing the copy finds its project in the library and offers, first, to merge it: the
 * preview counts the change per part and lists the conflict with its three values. */
static void
test_preview (void)
{
  AdwMessageDialog *offer;
  AdwMessageDialog *preview;
  GtkWidget *part, *conflict;

  sf_application_open_file (sf_test_app, copy_path, GTK_WINDOW (sf_test_main_window ()));
  offer = message_dialog (NULL);
  g_assert_true (adw_message_dialog_has_response (offer, "merge"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (offer), ==, "merge");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (offer, "merge"), ==,
                   ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_response (offer, "merge");
  gtk_window_close (GTK_WINDOW (offer));

  preview = message_dialog ("merge-dialog");
  SF_TEST_WAIT_FOR ((conflict = sf_test_find ("merge-conflict")) != NULL);
  g_assert_true (adw_message_dialog_get_response_enabled (preview, "merge"));
  /* Only the flat changed on both sides: no part has anything to take over, one conflict. */
  part = sf_test_find ("merge-part");
  g_assert_null (part);
  g_assert_nonnull (strstr (label_text ("merge-conflicts"), "1"));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (conflict)), "Kopie-naam"));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (conflict)), "Mijn naam"));
  /* The copy was made here: its base is known, removals can be told. */
  g_assert_null (sf_test_find ("merge-no-base"));
  /* Nothing is written while previewing. */
  g_assert_cmpuint (sf_project_count_open_conflicts (sf_test_project ()), ==, 0);
}

/* Merging keeps mine, records the conflict, and opens the conflicts view on it. */
static void
test_merge (void)
{
  AdwMessageDialog *preview = message_dialog ("merge-dialog");
  g_autofree char *name = NULL;
  GtkWidget *row;

  adw_message_dialog_response (preview, "merge");
  gtk_window_close (GTK_WINDOW (preview));
  SF_TEST_WAIT_FOR (sf_test_find ("conflicts-dialog") != NULL);
  SF_TEST_WAIT_FOR ((row = sf_test_find ("conflict-row")) != NULL);
  g_assert_cmpuint (sf_project_count_open_conflicts (sf_test_project ()), ==, 1);
  name = mine_name ();
  g_assert_cmpstr (name, ==, "Mijn naam");
  g_assert_cmpstr (label_text ("conflict-mine"), ==, "Mijn naam");
  g_assert_cmpstr (label_text ("conflict-theirs"), ==, "Kopie-naam");
  g_assert_cmpstr (label_text ("conflict-base"), !=, "—");
  g_assert_nonnull (sf_test_find ("edit"));
  g_assert_true (gtk_revealer_get_reveal_child (
                   GTK_REVEALER (sf_test_find ("conflicts-banner"))));
  badge ("1");
}

/* "The copy's version" writes the copy's name and takes the row away; undo in the conflicts'
 * window brings both back. */
static void
test_decide_and_undo (void)
{
  g_autofree char *taken = NULL;
  g_autofree char *undone = NULL;

  gtk_widget_activate (sf_test_find ("take-theirs"));
  SF_TEST_WAIT_FOR (sf_test_find ("conflict-row") == NULL);
  taken = mine_name ();
  g_assert_cmpstr (taken, ==, "Kopie-naam");
  g_assert_cmpuint (sf_project_count_open_conflicts (sf_test_project ()), ==, 0);
  badge (NULL);
  SF_TEST_WAIT_FOR (!gtk_revealer_get_reveal_child (
                      GTK_REVEALER (sf_test_find_in (GTK_WIDGET (sf_test_main_window ()),
                                                     "conflicts-banner", G_TYPE_INVALID))));

  /* Undo from the conflicts' window, as its toast and Ctrl+Z do. */
  sf_test_activate (sf_test_find ("conflicts-dialog"), "win.undo", NULL);
  SF_TEST_WAIT_FOR (sf_test_find ("conflict-row") != NULL);
  undone = mine_name ();
  g_assert_cmpstr (undone, ==, "Mijn naam");
  g_assert_cmpuint (sf_project_count_open_conflicts (sf_test_project ()), ==, 1);
}

/* "Decide later" closes the view and leaves the conflict open, also after reopening. */
static void
test_later_and_reopen (void)
{
  GtkWidget *window = GTK_WIDGET (sf_test_main_window ());
  g_autofree char *path = g_strdup (sf_project_get_path (sf_test_project ()));
  GtkWidget *banner;

  gtk_widget_activate (sf_test_find ("decide-later"));
  SF_TEST_WAIT_FOR (sf_test_find ("conflicts-dialog") == NULL);
  g_assert_cmpuint (sf_project_count_open_conflicts (sf_test_project ()), ==, 1);

  sf_test_activate (window, "win.close-project", NULL);
  SF_TEST_WAIT_FOR (sf_test_project () == NULL);
  sf_window_open_project (SF_WINDOW (window), path);
  SF_TEST_WAIT_FOR (sf_test_project () != NULL);
  g_assert_cmpuint (sf_project_count_open_conflicts (sf_test_project ()), ==, 1);
  banner = sf_test_find_in (window, "conflicts-banner", G_TYPE_INVALID);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (banner)));
  g_assert_nonnull (strstr (label_text ("conflicts-count"), "1"));
  badge ("1");

  /* The banner's button opens the view again, on the same conflict. */
  gtk_widget_activate (sf_test_find_in (banner, "show-conflicts", G_TYPE_INVALID));
  SF_TEST_WAIT_FOR (sf_test_find ("conflict-row") != NULL);
  gtk_widget_activate (sf_test_find ("keep-mine"));
  SF_TEST_WAIT_FOR (sf_test_find ("conflict-row") == NULL);
  g_assert_cmpuint (sf_project_count_open_conflicts (sf_test_project ()), ==, 0);
  gtk_widget_activate (sf_test_find ("decide-later"));
  SF_TEST_WAIT_FOR (sf_test_find ("conflicts-dialog") == NULL);

}

/* The project's history lists the merge: the copy's name and when, what it brought, and its
 * conflict, decided by now; after reopening, as the project was reopened above. */
static void
test_history (void)
{
  GListModel *merges = sf_project_get_merges (sf_test_project ());
  g_autoptr(SfMergeRecord) merge = g_list_model_get_item (merges, 0);
  AdwMessageDialog *history;
  GtkWidget *row, *next;
  g_autofree char *when = NULL;
  const char *title, *subtitle;

  g_assert_cmpuint (g_list_model_get_n_items (merges), ==, 1);
  history = open_history ();
  g_assert_true (gtk_widget_get_visible (adw_message_dialog_get_extra_child (history)));
  SF_TEST_WAIT_FOR ((row = sf_test_find ("merge-row")) != NULL);
  next = gtk_widget_get_next_sibling (row);
  g_assert_true (next == NULL || !ADW_IS_ACTION_ROW (next));
  when = sf_format_modified (sf_merge_record_get_merged (merge));
  g_assert_cmpuint (strlen (when), >, 10);
  title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
  g_assert_true (g_str_has_prefix (title, "kopie.startfoto · "));
  g_assert_nonnull (strstr (title, when));
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
  /* The flat's name was the only difference: a conflict, nothing taken over. */
  g_assert_cmpstr (subtitle, ==,
                   sf_test_dutch ()
                   ? "0 toegevoegd, 0 gewijzigd, 0 verwijderd · 1 conflict, beslist"
                   : "0 added, 0 changed, 0 removed · 1 conflict, decided");
  close_dialog (history, "close");

  g_remove (copy_path);
}

/* A copy for a partner from "Export a Copy…": the confidential question goes away, the file
 * holds that partner only, and the window says what the copy holds. */
static void
test_partner_copy (void)
{
  g_autofree char *name = g_strdup ("partner.startfoto");
  g_autofree char *path = g_build_filename (copy_dir, name, NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (copy_dir);
  GListModel *partners = sf_project_get_partners (sf_test_project ());
  g_autoptr(SfPartner) partner = g_list_model_get_item (partners, 1);
  g_autofree char *organisation = g_strdup (sf_partner_get_organisation (partner));
  g_autofree char *flats = NULL, *heading = NULL;
  AdwMessageDialog *dialog, *saved;
  GtkWidget *include, *chooser, *files;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n_flats;

  g_assert_cmpuint (g_list_model_get_n_items (partners), >, 2);
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.export", NULL);
  dialog = message_dialog ("export-copy");
  include = sf_test_find_in (GTK_WIDGET (dialog), "include-confidential", GTK_TYPE_CHECK_BUTTON);
  g_assert_true (gtk_widget_get_visible (include));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (include), TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (
                                 sf_test_find_in (GTK_WIDGET (dialog), "for-partner",
                                                  GTK_TYPE_CHECK_BUTTON)), TRUE);
  /* A partner's copy never holds confidential items: the question is gone, and the button
   * no longer says they go along. */
  g_assert_false (gtk_widget_get_visible (include));
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "export"), ==,
                   sf_test_dutch () ? "_Exporteren…" : "_Export…");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog),
                            sf_test_dutch () ? "Niets vertrouwelijks" : "Nothing confidential"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (sf_test_find_in (GTK_WIDGET (dialog),
                                                              "copy-partner",
                                                              ADW_TYPE_COMBO_ROW)), 1);
  adw_message_dialog_response (dialog, "export");
  gtk_window_close (GTK_WINDOW (dialog));

  SF_TEST_WAIT_FOR ((chooser = sf_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG)) != NULL
                    && gtk_widget_get_mapped (chooser));
  /* The chooser first lists the folder it starts in; a folder set while that is loading
   * makes it show an error instead. */
  SF_TEST_WAIT_FOR ((files = sf_test_find_mapped (chooser, GTK_TYPE_TREE_VIEW)) != NULL
                    && gtk_tree_view_get_model (GTK_TREE_VIEW (files)) != NULL
                    && gtk_tree_model_iter_n_children (
                         gtk_tree_view_get_model (GTK_TREE_VIEW (files)), NULL) > 0);
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  saved = message_dialog ("partner-copy-saved");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  /* The file holds that partner and no other. */
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count (*), max (organisation), "
                                           "(SELECT count (*) FROM flat) FROM partner",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, organisation);
  n_flats = sqlite3_column_int (stmt, 2);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  /* The window says for whom and what it holds. */
  heading = g_strdup_printf (sf_test_dutch () ? "Kopie voor %s opgeslagen"
                                              : "Copy for %s Saved", organisation);
  g_assert_cmpstr (adw_message_dialog_get_heading (saved), ==, heading);
  g_assert_cmpuint (n_flats, >, 1);
  flats = g_strdup_printf ("“%s” %s %u flats, ", name,
                           sf_test_dutch () ? "bevat" : "holds", n_flats);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (saved), flats));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (saved),
                            sf_test_dutch () ? "Niets vertrouwelijks" : "Nothing confidential"));
  close_dialog (saved, "close");

  g_remove (path);
  g_rmdir (copy_dir);
}

int
main (int   argc,
      char *argv[])
{
  sf_test_init (&argc, &argv);

  g_test_add_func ("/ui/merge/set-up", test_set_up);
  g_test_add_func ("/ui/merge/preview", test_preview);
  g_test_add_func ("/ui/merge/merge", test_merge);
  g_test_add_func ("/ui/merge/decide-and-undo", test_decide_and_undo);
  g_test_add_func ("/ui/merge/later-and-reopen", test_later_and_reopen);
  g_test_add_func ("/ui/merge/history", test_history);
  g_test_add_func ("/ui/merge/partner-copy", test_partner_copy);
  return g_test_run ();
}
