/* test-ui-inventory-exchange.c: step 3's exchange of figures with partners in the real
 * application: the request letter of a partner shows its outstanding figures and is copied;
 * the figures are exported as CSV; a CSV file is previewed, imported as one undoable action or
 * cancelled; a malformed file is refused with its line and changes nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sf-csv.h"
#include "sf-csv-import-dialog.h"
#include "sf-flat.h"
#include "sf-project-figures.h"
#include "sf-figures-exchange.h"
#include "sf-figures-page.h"
#include "sf-partner.h"
#include "sf-request-dialog.h"
#include "sf-request-list.h"
#include "sf-test-csv.h"
#include "sf-test-ui.h"

static char *tmp_dir;

static SfFlat *
first_flat (void)
{
  g_autoptr(SfFlat) flat = g_list_model_get_item (sf_project_get_flats (sf_test_project ()), 0);

  g_assert_nonnull (flat);
  return flat;  /* the list keeps it alive */
}

static void
set_number (const char *key,
            double      number)
{
  SfIndicatorValueFields fields = { TRUE, number, NULL, NULL, SF_ACCURACY_EXACT, "", "", "",
                                    SF_VALUE_RECEIVED };

  g_assert_true (sf_project_set_indicator_value (sf_test_project (), sf_test_indicator_id (key),
                                                 sf_test_flat_id (0), &fields, NULL));
}

static SfIndicatorValue *
value_of (const char *key)
{
  return sf_project_find_indicator_value (sf_test_project (), sf_test_indicator_id (key),
                                          sf_test_flat_id (0));
}

static guint
count_named (GtkWidget  *widget,
             const char *name)
{
  guint n = g_strcmp0 (gtk_widget_get_name (widget), name) == 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_named (child, name);
  return n;
}

static char *
write_file (const char *name,
            const char *contents)
{
  char *path = g_build_filename (tmp_dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

static void
clipboard_read_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  char **text = data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

/* ---- tests ------------------------------------------------------------------------------ */

static void
test_open_example (void)
{
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.open-example", NULL);
  SF_TEST_WAIT_FOR (sf_test_project () != NULL);
  sf_test_activate (sf_test_find ("project-view"), "view.show-page", g_variant_new_uint32 (3));
  g_assert_nonnull (sf_test_inventory_page ());
  g_assert_nonnull (sf_test_find ("export-figures"));
  g_assert_nonnull (sf_test_find ("import-figures"));
}

static char *
buffer_text (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static GtkWidget *
open_request (const char *partner_id)
{
  GtkWidget *row, *button = NULL, *dialog;

  /* The page rebuilds its outstanding rows on idle after a change: find the new ones. */
  sf_test_iterate ();
  SF_TEST_WAIT_FOR ((row = sf_test_outstanding_row (partner_id)) != NULL &&
                    (button = sf_test_find_in (row, "request-figures", GTK_TYPE_BUTTON)) != NULL &&
                    gtk_widget_is_sensitive (button));
  g_assert_true (gtk_widget_activate (button));
  SF_TEST_WAIT_FOR ((dialog = sf_test_find_toplevel (SF_TYPE_REQUEST_DIALOG)) != NULL);
  return dialog;
}

static void
close_request (GtkWidget *dialog)
{
  gtk_window_close (GTK_WINDOW (dialog));
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (SF_TYPE_REQUEST_DIALOG) == NULL);
}

static void
test_request (void)
{
  g_autoptr(SfPartner) partner = g_list_model_get_item (
    sf_project_get_partners (sf_test_project ()), 0);
  const char *partner_id = sf_record_get_id (SF_RECORD (partner));
  g_autofree char *flat_heading = g_strdup_printf ("\n%s:\n", sf_flat_get_name (first_flat ()));
  g_autofree char *clipboard = NULL;
  g_autofree char *shown = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) in_two_weeks = g_date_time_add_days (now, 14);
  g_autofree char *reply_by = sf_request_format_reply_by (in_two_weeks);
  GtkWidget *dialog, *view;

  /* The partner is asked for the residents, and the first flat has no such figure yet. */
  sf_project_assign_indicator (sf_test_project (), sf_test_indicator_id ("s3q1b"), partner_id,
                               NULL);
  if (value_of ("s3q1b") != NULL)
    g_assert_true (sf_project_clear_indicator_value (sf_test_project (),
                                                     sf_test_indicator_id ("s3q1b"),
                                                     sf_test_flat_id (0), NULL));

  /* The row's button opens the letter, to edit. */
  dialog = open_request (partner_id);
  view = sf_test_find_in (dialog, "request-text", GTK_TYPE_TEXT_VIEW);
  g_assert_nonnull (view);
  g_assert_true (gtk_text_view_get_editable (GTK_TEXT_VIEW (view)));
  shown = buffer_text (view);
  g_assert_cmpstr (shown, ==, sf_request_dialog_get_text (SF_REQUEST_DIALOG (dialog)));
  /* The first flat, and under it the residents with their unit. */
  g_assert_nonnull (strstr (shown, flat_heading));
  {
    g_autofree char *line = g_strdup_printf ("- %s (%s)\n",
                                             sf_indicator_get_name (sf_test_indicator ("s3q1b")),
                                             sf_indicator_get_unit (sf_test_indicator ("s3q1b")));

    g_assert_nonnull (strstr (strstr (shown, flat_heading), line));
  }
  g_assert_nonnull (strstr (shown, sf_project_get_name (sf_test_project ())));
  /* An answer asked by two weeks from today, and no sender yet. */
  g_assert_nonnull (strstr (shown, reply_by));
  g_assert_true (g_str_has_suffix (shown, sf_test_dutch () ? "\nMet vriendelijke groet,\n"
                                                           : "\nKind regards,\n"));

  /* The user writes in the letter, then gives a sender: the closing follows, and what the
   * user wrote stays. */
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
    GtkTextIter end;

    gtk_text_buffer_get_end_iter (buffer, &end);
    gtk_text_buffer_insert (buffer, &end, "PS: bel gerust.\n", -1);
  }
  gtk_editable_set_text (GTK_EDITABLE (sf_test_find_in (dialog, "request-sender-name",
                                                        ADW_TYPE_ENTRY_ROW)), "Anna de Boer");
  gtk_editable_set_text (GTK_EDITABLE (sf_test_find_in (dialog, "request-sender-organisation",
                                                        ADW_TYPE_ENTRY_ROW)),
                         "Gemeente Voorbeeldstad");
  g_free (shown);
  shown = buffer_text (view);
  g_assert_true (g_str_has_suffix (shown, sf_test_dutch ()
                                   ? "\nMet vriendelijke groet,\nAnna de Boer\n"
                                     "Gemeente Voorbeeldstad\nPS: bel gerust.\n"
                                   : "\nKind regards,\nAnna de Boer\n"
                                     "Gemeente Voorbeeldstad\nPS: bel gerust.\n"));

  /* Another date: its sentence follows, the rest stays. */
  {
    g_autoptr(GDateTime) friday = g_date_time_new_local (2026, 3, 13, 0, 0, 0);
    g_autofree char *date = sf_request_format_date (friday);
    g_autofree char *sentence = sf_request_format_reply_by (friday);

    /* The Dutch way in Dutch. */
    g_assert_cmpstr (date, ==, sf_test_dutch () ? "vrijdag 13 maart 2026"
                                                : "Friday, March 13, 2026");
    if (sf_test_dutch ())
      g_assert_cmpstr (sentence, ==, "Graag ontvangen we de cijfers uiterlijk vrijdag 13 maart "
                                     "2026.");
    gtk_calendar_select_day (GTK_CALENDAR (sf_test_find_in (dialog, "request-calendar",
                                                            GTK_TYPE_CALENDAR)), friday);
    g_free (shown);
    shown = buffer_text (view);
    g_assert_nonnull (strstr (shown, sentence));
    g_assert_null (strstr (shown, reply_by));
    g_assert_true (g_str_has_suffix (shown, "Gemeente Voorbeeldstad\nPS: bel gerust.\n"));
    g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (
                       sf_test_find_in (dialog, "request-reply-by", GTK_TYPE_MENU_BUTTON))),
                     ==, date);
  }

  /* "Copy" puts the letter as edited on the clipboard. */
  sf_test_activate (dialog, "request.copy", NULL);
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (dialog), NULL, clipboard_read_cb,
                                 &clipboard);
  SF_TEST_WAIT_FOR (clipboard != NULL);
  g_assert_cmpstr (clipboard, ==, shown);
  close_request (dialog);

  /* The sender is the user's, for every letter: the next one is signed already. */
  dialog = open_request (partner_id);
  view = sf_test_find_in (dialog, "request-text", GTK_TYPE_TEXT_VIEW);
  g_free (shown);
  shown = buffer_text (view);
  g_assert_true (g_str_has_suffix (shown, "\nAnna de Boer\nGemeente Voorbeeldstad\n"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (
                     sf_test_find_in (dialog, "request-sender-name", ADW_TYPE_ENTRY_ROW))), ==,
                   "Anna de Boer");
  close_request (dialog);
}

static void
test_export (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "export.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  g_autofree char *line = NULL;

  set_number ("s3q1a", 124);
  g_assert_true (sf_figures_exchange_export_to (sf_test_inventory_page (), sf_test_project (),
                                                  file, ';'));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  /* In the user's language. */
  g_assert_true (g_str_has_prefix (contents, sf_test_dutch ()
                                             ? "\xEF\xBB\xBF" "flat;cijfer;naam;"
                                             : "\xEF\xBB\xBF" "flat;indicator;name;"));
  g_assert_nonnull (strstr (contents, sf_test_dutch () ? ";schatting;" : ";estimate;"));
  g_assert_null (strstr (contents, sf_test_dutch () ? ";estimate;" : ";schatting;"));
  line = g_strdup_printf ("\n%s;s3q1a;", sf_flat_get_name (first_flat ()));
  g_assert_nonnull (strstr (contents, line));
  g_assert_nonnull (strstr (strstr (contents, line), ";124;"));
}

static SfCsvImportDialog *
import_file (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *dialog;

  sf_figures_exchange_import_from (sf_test_inventory_page (), sf_test_project (), file);
  SF_TEST_WAIT_FOR ((dialog = sf_test_find_toplevel (SF_TYPE_CSV_IMPORT_DIALOG)) != NULL);
  return SF_CSV_IMPORT_DIALOG (dialog);
}

static void
test_import (void)
{
  const char *flat = sf_flat_get_name (first_flat ());
  g_autofree char *csv = g_strdup_printf ("flat;indicator;value;accuracy;source;remark\n"
                                          "%s;s3q1a;130;estimate;Woonstad;x\n"
                                          "%s;s3q6;4;exact;;\n"
                                          "%s;s3q3;\"{\"\"bands\"\": {\"\"<55\"\": 10, "
                                          "\"\"85+\"\": 20}, \"\"average\"\": 77}\";average;;\n",
                                          flat, flat, flat);
  g_autofree char *path = write_file ("import.csv", csv);
  SfCsvImportDialog *dialog;
  GtkWidget *column;

  set_number ("s3q1a", 124);
  for (guint i = 0; i < 2; i++)
    {
      const char *key = (const char *[]) { "s3q6", "s3q3" }[i];

      if (value_of (key) != NULL)
        g_assert_true (sf_project_clear_indicator_value (sf_test_project (),
                                                         sf_test_indicator_id (key),
                                                         sf_test_flat_id (0), NULL));
    }

  /* Cancel writes nothing. */
  dialog = import_file (path);
  sf_test_activate (GTK_WIDGET (dialog), "import.cancel", NULL);
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (SF_TYPE_CSV_IMPORT_DIALOG) == NULL);
  g_assert_cmpfloat (sf_indicator_value_get_number (value_of ("s3q1a")), ==, 124);
  g_assert_null (value_of ("s3q6"));

  /* The preview: every row, one replacing the 124, and how each column is read. */
  dialog = import_file (path);
  g_assert_cmpuint (count_named (GTK_WIDGET (dialog), "import-row"), ==, 3);
  g_assert_cmpuint (sf_csv_import_dialog_get_n_shown (dialog), ==, 3);
  g_assert_cmpuint (sf_csv_import_dialog_get_n_replaced (dialog), ==, 1);
  g_assert_nonnull (sf_test_find_label (GTK_WIDGET (dialog),
                                        sf_indicator_get_name (sf_test_indicator ("s3q6"))));
  /* A structured value is shown in words, not as JSON. */
  {
    g_autofree char *average = g_strdup_printf (_("average %s"), "77");
    g_autofree char *ages = g_strdup_printf ("<55: 10, 85+: 20, %s", average);

    g_assert_nonnull (sf_test_find_label (GTK_WIDGET (dialog), ages));
  }
  g_assert_cmpuint (count_named (GTK_WIDGET (dialog), "import-column"), ==, 6);
  column = sf_test_find_in (GTK_WIDGET (dialog), "import-column", G_TYPE_INVALID);
  for (guint i = 0; i < 5; i++)
    column = gtk_widget_get_next_sibling (column);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (column)), ==, "remark");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (sf_test_find_in (column, "column-use",
                                                                   GTK_TYPE_LABEL))),
                   ==, _("ignored"));

  /* Import writes them all, and one undo takes them all back. */
  sf_test_activate (GTK_WIDGET (dialog), "import.apply", NULL);
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (SF_TYPE_CSV_IMPORT_DIALOG) == NULL);
  g_assert_cmpfloat (sf_indicator_value_get_number (value_of ("s3q1a")), ==, 130);
  g_assert_cmpint (sf_indicator_value_get_accuracy (value_of ("s3q1a")), ==,
                   SF_ACCURACY_ESTIMATE);
  g_assert_cmpstr (sf_indicator_value_get_source (value_of ("s3q1a")), ==, "Woonstad");
  g_assert_cmpfloat (sf_indicator_value_get_number (value_of ("s3q6")), ==, 4);
  g_assert_cmpint (sf_indicator_value_get_accuracy (value_of ("s3q3")), ==, SF_ACCURACY_AVERAGE);
  /* The same file again: every figure is the same as entered, none is replaced. */
  dialog = import_file (path);
  g_assert_cmpuint (sf_csv_import_dialog_get_n_replaced (dialog), ==, 0);
  g_assert_cmpuint (sf_csv_import_dialog_get_n_unchanged (dialog), ==, 3);
  sf_test_activate (GTK_WIDGET (dialog), "import.cancel", NULL);
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (SF_TYPE_CSV_IMPORT_DIALOG) == NULL);
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  g_assert_cmpfloat (sf_indicator_value_get_number (value_of ("s3q1a")), ==, 124);
  g_assert_cmpint (sf_indicator_value_get_accuracy (value_of ("s3q1a")), ==, SF_ACCURACY_EXACT);
  g_assert_null (value_of ("s3q6"));
  g_assert_null (value_of ("s3q3"));
}

/* Every figure of the project, a line each, in a fixed order. */
static char *
dump_values (void)
{
  GListModel *flats = sf_project_get_flats (sf_test_project ());
  GString *out = g_string_new (NULL);

  for (guint f = 0; f <= g_list_model_get_n_items (flats); f++)
    {
      const char *flat_id = f < g_list_model_get_n_items (flats) ? sf_test_flat_id (f) : NULL;
      GListModel *values = sf_project_get_indicator_values (sf_test_project (), flat_id);

      for (guint i = 0; i < g_list_model_get_n_items (values); i++)
        {
          g_autoptr(SfIndicatorValue) v = g_list_model_get_item (values, i);

          g_string_append_printf (out, "%s %s|%d %.17g|%s|%s|%d|%s|%s|%s|%d\n",
                                  sf_indicator_value_get_indicator_id (v), flat_id,
                                  sf_indicator_value_has_number (v),
                                  sf_indicator_value_get_number (v),
                                  sf_indicator_value_get_text (v),
                                  sf_indicator_value_get_json (v),
                                  sf_indicator_value_get_accuracy (v),
                                  sf_indicator_value_get_source (v),
                                  sf_indicator_value_get_period (v),
                                  sf_indicator_value_get_note (v),
                                  sf_indicator_value_get_status (v));
        }
    }
  return g_string_free (out, FALSE);
}

/* Export, change one figure as a spreadsheet would and save, import: the preview finds that
 * figure replaced and every other the same as entered, and importing changes only it. */
static void
test_round_trip (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "round-trip.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(SfCsvImport) import = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  char decimal = sf_test_dutch () ? ',' : '.';
  SfCsvImportDialog *dialog;

  set_number ("s3q5", 31.5);
  g_assert_true (sf_figures_exchange_export_to (sf_test_inventory_page (), sf_test_project (),
                                                  file, ';'));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  rows = sf_test_csv_read (contents, ';');
  sf_test_csv_edit (rows, sf_flat_get_name (first_flat ()), "s3q5",
                    sf_test_dutch () ? "31,5" : "31.5", sf_test_dutch () ? "32,5" : "32.5");
  saved = sf_test_csv_write_like_spreadsheet (rows, ';', decimal);
  g_assert_true (g_file_set_contents (path, saved, -1, NULL));
  g_assert_true (sf_project_import_csv_preview (sf_test_project (), path, &import, NULL));
  g_assert_cmpuint (sf_csv_import_get_n_rows (import), >, 20);
  before = dump_values ();

  dialog = import_file (path);
  g_assert_cmpuint (sf_csv_import_dialog_get_n_replaced (dialog), ==, 1);
  g_assert_cmpuint (sf_csv_import_dialog_get_n_unchanged (dialog), ==,
                    sf_csv_import_get_n_rows (import) - 1);
  sf_test_activate (GTK_WIDGET (dialog), "import.apply", NULL);
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (SF_TYPE_CSV_IMPORT_DIALOG) == NULL);
  g_assert_cmpfloat (sf_indicator_value_get_number (value_of ("s3q5")), ==, 32.5);
  after = dump_values ();
  sf_test_assert_one_line_changed (before, after, sf_test_indicator_id ("s3q5"));
  g_remove (path);
}

static void
test_malformed (void)
{
  const char *flat = sf_flat_get_name (first_flat ());
  g_autofree char *csv = g_strdup_printf ("flat;indicator;value\n"
                                          "%s;s3q1a;131\n"
                                          "%s;s3q1b;veel\n", flat, flat);
  g_autofree char *path = write_file ("malformed.csv", csv);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) expected = NULL;
  SfCsvImport *import = NULL;
  GtkWidget *dialog;
  const char *body;

  set_number ("s3q1a", 124);
  g_assert_false (sf_project_import_csv_preview (sf_test_project (), path, &import, &expected));
  g_assert_nonnull (expected);

  sf_figures_exchange_import_from (sf_test_inventory_page (), sf_test_project (), file);
  SF_TEST_WAIT_FOR ((dialog = sf_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL);
  g_assert_null (sf_test_find_toplevel (SF_TYPE_CSV_IMPORT_DIALOG));
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_assert_cmpstr (body, ==, expected->message);
  /* It names the line, in the user's language. */
  g_assert_nonnull (strstr (body, "3"));
  if (sf_test_dutch ())
    g_assert_null (strstr (body, "Line"));
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   _("The file could not be imported"));
  g_assert_cmpfloat (sf_indicator_value_get_number (value_of ("s3q1a")), ==, 124);
  gtk_window_destroy (GTK_WINDOW (dialog));
  sf_test_iterate ();
}

int
main (int    argc,
      char **argv)
{
  int status;

  sf_test_init (&argc, &argv);
  tmp_dir = g_dir_make_tmp ("startfoto-exchange-XXXXXX", NULL);
  g_test_add_func ("/ui/inventory-exchange/open-example", test_open_example);
  g_test_add_func ("/ui/inventory-exchange/request", test_request);
  g_test_add_func ("/ui/inventory-exchange/export", test_export);
  g_test_add_func ("/ui/inventory-exchange/import", test_import);
  g_test_add_func ("/ui/inventory-exchange/round-trip", test_round_trip);
  g_test_add_func ("/ui/inventory-exchange/malformed", test_malformed);
  status = g_test_run ();
  for (guint i = 0; i < 3; i++)
    {
      const char *names[] = { "export.csv", "import.csv", "malformed.csv" };
      g_autofree char *path = g_build_filename (tmp_dir, names[i], NULL);

      g_remove (path);
    }
  g_rmdir (tmp_dir);
  return status;
}
