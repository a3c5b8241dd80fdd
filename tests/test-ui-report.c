/* test-ui-report.c: the report's preview in the real application: opened from the Overview,
 * its pages, a chapter switched off, zoom, export to PDF (private, with a toast) and as a text
 * document with the window's choices, printing to a
 * file, and a window that keeps answering while a long report is written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gsf/gsf.h>

#include "sf-report-builder.h"
#include "sf-report-export.h"
#include "sf-report-layout.h"
#include "sf-report-page.h"
#include "sf-report-window.h"
#include "sf-test-pdf.h"
#include "sf-test-ui.h"

static char *tmp_dir;

static SfReportWindow *
report_window (void)
{
  GtkWidget *window = sf_test_find_toplevel (SF_TYPE_REPORT_WINDOW);

  g_assert_nonnull (window);
  return SF_REPORT_WINDOW (window);
}

static GtkWidget *
pages_box (void)
{
  GtkWidget *box = sf_test_find_in (GTK_WIDGET (report_window ()), "report-pages", GTK_TYPE_BOX);

  g_assert_nonnull (box);
  return box;
}

static guint
n_shown_pages (void)
{
  guint n = 0;

  for (GtkWidget *page = gtk_widget_get_first_child (pages_box ()); page != NULL;
       page = gtk_widget_get_next_sibling (page))
    {
      g_assert_true (SF_IS_REPORT_PAGE (page));
      n++;
    }
  return n;
}

/* The number of pages the report has with @chapters, laid out apart from the window. */
static guint
n_layout_pages (SfReportChapters chapters)
{
  g_autoptr(GError) error = NULL;
  SfReportDocument *doc;
  SfReportLayout *layout;
  SfReportPageSetup setup;
  SfReportOptions options;
  guint n;

  sf_report_options_init_default (&options);
  options.chapters = chapters;
  doc = sf_report_build (sf_test_project (), &options, &error);
  g_assert_no_error (error);
  sf_report_page_setup_a4 (&setup);
  layout = sf_report_layout_new (doc, &setup);
  n = sf_report_layout_get_n_pages (layout);
  sf_report_layout_free (layout);
  sf_report_document_free (doc);
  return n;
}

static int
pdf_pages (const char *path,
           double     *width,
           double     *height)
{
  PopplerDocument *pdf = sf_test_open_pdf (path);
  PopplerPage *first;
  int n;

  first = poppler_document_get_page (pdf, 0);
  poppler_page_get_size (first, width, height);
  n = poppler_document_get_n_pages (pdf);
  g_object_unref (first);
  g_object_unref (pdf);
  return n;
}

static GtkWidget *
first_page (void)
{
  GtkWidget *page = gtk_widget_get_first_child (pages_box ());

  g_assert_true (SF_IS_REPORT_PAGE (page));
  return page;
}

/* ---- tests ------------------------------------------------------------------------------ */

static void
test_open (void)
{
  GtkWidget *row;

  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.open-example", NULL);
  SF_TEST_WAIT_FOR (sf_test_project () != NULL);
  g_assert_nonnull (sf_test_find ("report-button"));
  g_assert_null (sf_test_find_toplevel (SF_TYPE_REPORT_WINDOW));

  /* The Overview's row opens it, as a person would. */
  row = sf_test_find ("report-row");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_activate (row));
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (SF_TYPE_REPORT_WINDOW) != NULL);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (report_window ())) ==
                 GTK_WINDOW (sf_test_main_window ()));
  sf_test_iterate ();
  g_assert_cmpuint (n_shown_pages (), ==, n_layout_pages (SF_REPORT_CHAPTER_ALL));
  g_assert_cmpuint (n_shown_pages (), >=, 2);

  /* Asking again brings the same preview forward. */
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.report", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_window_get_toplevels ()), >=, 2);
}

static void
test_chapter_off (void)
{
  GtkWidget *old = first_page ();
  GtkWidget *toggle = sf_test_find_in (GTK_WIDGET (report_window ()), "chapter-switch-3",
                                       GTK_TYPE_SWITCH);
  SfReportChapters chapters = SF_REPORT_CHAPTER_ALL & ~SF_REPORT_CHAPTER_STEP_3;

  g_assert_nonnull (toggle);
  g_object_add_weak_pointer (G_OBJECT (old), (gpointer *) &old);
  gtk_switch_set_active (GTK_SWITCH (toggle), FALSE);
  /* Rebuilt: the old pages are gone, the new ones are the report without facts and figures. */
  SF_TEST_WAIT_FOR (old == NULL);
  g_assert_cmpuint (n_shown_pages (), ==, n_layout_pages (chapters));

  gtk_switch_set_active (GTK_SWITCH (toggle), TRUE);
  sf_test_iterate ();
  SF_TEST_WAIT_FOR (n_shown_pages () == n_layout_pages (SF_REPORT_CHAPTER_ALL));
}

static void
test_zoom (void)
{
  GtkWidget *window = GTK_WIDGET (report_window ());
  int actual = (int) round (595.276 * 96.0 / 72.0);
  int before;

  /* It opens fitting the width of the window. */
  SF_TEST_WAIT_FOR (gtk_widget_get_width (first_page ()) > 100);
  before = gtk_widget_get_width (first_page ());
  sf_test_activate (window, "report.zoom-in", NULL);
  SF_TEST_WAIT_FOR (gtk_widget_get_width (first_page ()) > before);
  sf_test_activate (window, "report.zoom-out", NULL);
  sf_test_activate (window, "report.zoom-out", NULL);
  SF_TEST_WAIT_FOR (gtk_widget_get_width (first_page ()) < before);
  sf_test_activate (window, "report.zoom-reset", NULL);
  SF_TEST_WAIT_FOR (gtk_widget_get_width (first_page ()) == actual);
  g_assert_cmpint (gtk_widget_get_height (first_page ()), ==, (int) round (841.89 * 96 / 72));
  sf_test_activate (window, "report.fit-width", NULL);
  SF_TEST_WAIT_FOR (gtk_widget_get_width (first_page ()) == before);
}

static void
test_export (void)
{
  SfReportWindow *window = report_window ();
  g_autofree char *path = g_build_filename (tmp_dir, "report.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *title = g_strdup_printf (_("Report exported as “%s”"), "report.pdf");
  GStatBuf st;
  double width, height;

  /* A file there already is replaced, and its looser mode with it. */
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  sf_report_window_export_to (window, file);
  g_assert_true (sf_report_window_is_exporting (window));
  SF_TEST_WAIT_FOR (!sf_report_window_is_exporting (window));
  sf_test_iterate ();

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (pdf_pages (path, &width, &height), ==, n_shown_pages ());
  g_assert_cmpfloat_with_epsilon (width, 595.276, 0.5);
  SF_TEST_WAIT_FOR (sf_test_find_label (GTK_WIDGET (window), title) != NULL);
  /* No temporary file is left beside it. */
  {
    g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
    const char *name;
    guint n = 0;

    while ((name = g_dir_read_name (dir)) != NULL)
      n++;
    g_assert_cmpuint (n, ==, 1);
  }
}

static char *
export_text (SfReportWindow *window,
             const char     *name)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  sf_report_window_export_to (window, file);
  SF_TEST_WAIT_FOR (!sf_report_window_is_exporting (window));
  return sf_test_pdf_text (path);
}

/* The part @name of the ODF package at @path, as text. */
static char *
odf_part (const char *path,
          const char *name)
{
  g_autoptr(GError) error = NULL;
  GsfInput *input = gsf_input_stdio_new (path, &error);
  GsfInfile *zip;
  GsfInput *part;
  char *text;

  /* libgsf 1.14.50 has no g_autoptr () cleanups. */
  g_assert_no_error (error);
  zip = gsf_infile_zip_new (input, &error);
  g_assert_no_error (error);
  part = gsf_infile_child_by_name (zip, name);
  g_assert_nonnull (part);
  text = g_strndup ((const char *) gsf_input_read (part, gsf_input_size (part), NULL),
                    gsf_input_size (part));
  g_object_unref (part);
  g_object_unref (zip);
  g_object_unref (input);
  return text;
}

static char *
export_odt (SfReportWindow *window,
            const char     *name)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *button = sf_test_find_in (GTK_WIDGET (window), "export-button",
                                       ADW_TYPE_SPLIT_BUTTON);
  GMenuModel *menu = adw_split_button_get_menu_model (ADW_SPLIT_BUTTON (button));
  g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, 0, "section");
  g_autofree char *action = NULL;
  GStatBuf st;

  /* The export button's menu asks where through a file chooser, which then calls what
   * follows. */
  g_assert_true (g_menu_model_get_item_attribute (section, 0, "action", "s", &action));
  g_assert_cmpstr (action, ==, "report.export-odt");
  /* Its own part, the PDF's, waits as the text document is written. */
  button = sf_test_find_in (button, "GtkButton", GTK_TYPE_BUTTON);
  g_assert_true (gtk_widget_is_sensitive (button));
  sf_report_window_export_odt_to (window, file);
  g_assert_true (sf_report_window_is_exporting (window));
  g_assert_false (gtk_widget_is_sensitive (button));
  SF_TEST_WAIT_FOR (!sf_report_window_is_exporting (window));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  return odf_part (path, "content.xml");
}

/* The text document is written with the window's choices, as the PDF is: here every name as
 * a role, then with names, and a chapter switched off. */
static void
test_export_odt (void)
{
  SfReportWindow *window = report_window ();
  GtkWidget *roles = sf_test_find_in (GTK_WIDGET (window), "roles-switch", GTK_TYPE_SWITCH);
  g_autofree char *by_role = NULL, *by_name = NULL;

  gtk_switch_set_active (GTK_SWITCH (roles), TRUE);
  sf_test_iterate ();
  by_role = export_odt (window, "rollen.odt");
  g_assert_nonnull (strstr (by_role, "<text:h"));
  g_assert_nonnull (strstr (by_role, _("Facts and Figures")));
  g_assert_null (strstr (by_role, "Sanne Visser"));
  gtk_switch_set_active (GTK_SWITCH (roles), FALSE);
  sf_test_iterate ();
  by_name = export_odt (window, "namen.odt");
  g_assert_nonnull (strstr (by_name, "Sanne Visser"));
}

/* The example's resident, the activity committee's contact, is named by role unless the user
 * switches residents' names on for this export; professionals keep their names. */
static void
test_residents (void)
{
  SfReportWindow *window = report_window ();
  GtkWidget *residents = sf_test_find_in (GTK_WIDGET (window), "residents-switch",
                                          GTK_TYPE_SWITCH);
  GtkWidget *roles = sf_test_find_in (GTK_WIDGET (window), "roles-switch", GTK_TYPE_SWITCH);
  g_autofree char *by_role = NULL, *by_name = NULL;

  g_assert_false (gtk_switch_get_active (GTK_SWITCH (residents)));
  by_role = export_text (window, "bewoners-als-rol.pdf");
  g_assert_null (strstr (by_role, "Ans Koster"));
  g_assert_nonnull (strstr (by_role, "Sanne Visser"));

  gtk_switch_set_active (GTK_SWITCH (residents), TRUE);
  sf_test_iterate ();
  by_name = export_text (window, "bewoners-bij-naam.pdf");
  g_assert_nonnull (strstr (by_name, "Ans Koster"));

  /* Every name as a role leaves no resident's name to show. */
  g_assert_true (gtk_widget_is_sensitive (residents));
  gtk_switch_set_active (GTK_SWITCH (roles), TRUE);
  g_assert_false (gtk_widget_is_sensitive (residents));
  gtk_switch_set_active (GTK_SWITCH (roles), FALSE);
  gtk_switch_set_active (GTK_SWITCH (residents), FALSE);
}

static void
test_print (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "printed.pdf", NULL);
  g_autoptr(GError) error = NULL;
  double width, height;

  g_assert_true (sf_report_window_print_to_file (report_window (), path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pdf_pages (path, &width, &height), ==, n_shown_pages ());
  g_assert_cmpint (pdf_pages (path, &width, &height), ==, n_layout_pages (SF_REPORT_CHAPTER_ALL));
  g_assert_cmpfloat_with_epsilon (width, 595.276, 1.0);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 1.0);
}

/* ---- responsiveness --------------------------------------------------------------------- */

typedef struct
{
  gboolean done;
  GError  *error;
  guint    ticks;         /* main loop callbacks while the export ran */
  gint64   last, longest; /* µs */
} Watch;

static gboolean
tick (gpointer user_data)
{
  Watch *watch = user_data;
  gint64 now = g_get_monotonic_time ();

  if (!watch->done)
    watch->ticks++;
  watch->longest = MAX (watch->longest, now - watch->last);
  watch->last = now;
  return G_SOURCE_CONTINUE;
}

static void
on_large_exported (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  Watch *watch = user_data;

  sf_report_export_finish (result, &watch->error);
  watch->done = TRUE;
}

static SfReportDocument *
large_document (void)
{
  SfReportDocument *doc = sf_report_document_new ("Large");
  const char *text = "De bewoners van de flat zijn gemiddeld ouder dan in de rest van de wijk; "
                     "veel van hen wonen er al lang en kennen elkaar van de activiteiten in de "
                     "gemeenschappelijke ruimte, die de commissie elke week organiseert.";

  sf_report_document_add_contents (doc, "Inhoud");
  for (guint c = 0; c < 40; c++)
    {
      g_autofree char *chapter = g_strdup_printf ("Hoofdstuk %u", c + 1);

      sf_report_document_add_chapter (doc, chapter);
      for (guint p = 0; p < 60; p++)
        sf_report_document_add_paragraph (doc, text);
    }
  return doc;
}

static void
test_responsive (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "large.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  Watch watch = { 0 };
  double width, height;
  guint id;

  watch.last = g_get_monotonic_time ();
  id = g_timeout_add (5, tick, &watch);
  sf_report_export_async (large_document (), file, NULL, on_large_exported, &watch);
  while (!watch.done)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (id);

  g_assert_no_error (watch.error);
  g_assert_cmpint (pdf_pages (path, &width, &height), >=, 40);
  /* The main loop went on while the pages were laid out and written. */
  g_test_message ("%u main loop callbacks during the export, longest gap %" G_GINT64_FORMAT
                  " ms", watch.ticks, watch.longest / 1000);
  g_assert_cmpuint (watch.ticks, >=, 5);
  /* Lenient: the test machine is shared; a blocking export takes seconds. */
  g_assert_cmpint (watch.longest, <, 250 * 1000);
}

static void
test_close_while_exporting (void)
{
  SfReportWindow *window = report_window ();
  g_autofree char *path = g_build_filename (tmp_dir, "closed.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  sf_report_window_export_to (window, file);
  gtk_window_destroy (GTK_WINDOW (window));
  sf_test_iterate ();
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (SF_TYPE_REPORT_WINDOW) == NULL);
  /* Opening it again works while the old export ends on its own. */
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.report", NULL);
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (SF_TYPE_REPORT_WINDOW) != NULL);
  for (int i = 0; i < 50; i++)
    {
      g_usleep (10000);
      sf_test_iterate ();
    }
}

int
main (int    argc,
      char **argv)
{
  int status;

  sf_test_init (&argc, &argv);
  tmp_dir = g_dir_make_tmp ("startfoto-report-XXXXXX", NULL);
  g_test_add_func ("/ui/report/open", test_open);
  g_test_add_func ("/ui/report/chapter-off", test_chapter_off);
  g_test_add_func ("/ui/report/zoom", test_zoom);
  g_test_add_func ("/ui/report/export", test_export);
  g_test_add_func ("/ui/report/residents", test_residents);
  g_test_add_func ("/ui/report/export-odt", test_export_odt);
  g_test_add_func ("/ui/report/print", test_print);
  g_test_add_func ("/ui/report/responsive", test_responsive);
  g_test_add_func ("/ui/report/close-while-exporting", test_close_while_exporting);
  status = g_test_run ();
  g_free (tmp_dir);
  return status;
}
