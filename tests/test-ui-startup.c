/* test-ui-startup.c: the application as it starts from the command line: `--example` shows
 * the example; the welcome screen fills in from a library of many projects, newest first,
 * leaving out a file that is no project with a warning that says what is wrong with it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <utime.h>
#include <glib/gstdio.h>

#include "sf-project-private.h"
#include "sf-test-ui.h"

#define N_PROJECTS 50

typedef gboolean (*Condition) (SfApplication *app);

typedef struct
{
  SfApplication *app;
  Condition      condition;
  gboolean       met;
} Run;

static gboolean
check (gpointer user_data)
{
  Run *run = user_data;

  if (!run->condition (run->app))
    return G_SOURCE_CONTINUE;
  run->met = TRUE;
  g_application_quit (G_APPLICATION (run->app));
  return G_SOURCE_REMOVE;
}

static gboolean
give_up (gpointer app)
{
  g_application_quit (app);
  return G_SOURCE_REMOVE;
}

/* A fresh application run with @args as from the command line, until @condition holds (it
 * looks every few milliseconds; ten seconds at most). */
static gboolean
run_until (const char * const *args,
           Condition           condition)
{
  g_autoptr(SfApplication) app = sf_application_new ();
  g_auto(GStrv) argv = g_strdupv ((char **) args);
  Run run = { app, condition, FALSE };
  guint checking, timeout;

  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  checking = g_timeout_add (2, check, &run);
  timeout = g_timeout_add_seconds (10, give_up, app);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), (int) g_strv_length (argv), argv),
                   ==, 0);
  if (!run.met)
    g_source_remove (checking);
  g_source_remove (timeout);
  return run.met;
}

/* The application's window, once it is on screen. */
static SfWindow *
mapped_window (SfApplication *app)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  if (windows == NULL || !SF_IS_WINDOW (windows->data) || !gtk_widget_get_mapped (windows->data))
    return NULL;
  return windows->data;
}

static gboolean
shows_example (SfApplication *app)
{
  SfWindow *window = mapped_window (app);
  SfProject *project = window ? sf_window_get_project (window) : NULL;

  if (project == NULL)
    return FALSE;
  g_assert_true (sf_project_get_is_example (project));
  g_assert_cmpuint (g_list_model_get_n_items (sf_project_get_partners (project)), ==, 5);
  return TRUE;
}

/* `startfoto --example`: the example is written while the application starts, and the window
 * shows it. */
static void
test_example (void)
{
  const char *args[] = { "startfoto", "--example", NULL };

  g_assert_true (run_until (args, shows_example));
}

static char *
project_name (guint i)
{
  return g_strdup_printf ("Project %02u", i);
}

/* N_PROJECTS projects, each changed a minute after the one before (in another order than the
 * folder's), and a file that is no project, changed before them all. */
static void
fill_library (void)
{
  g_autoptr(SfLibrary) library = sf_library_new (NULL);
  g_autofree char *bad = g_build_filename (sf_library_get_dir (library), "kapot.startfoto",
                                           NULL);

  for (guint i = 0; i < N_PROJECTS; i++)
    {
      g_autofree char *name = project_name (i);
      SfProjectFields fields = { name, "Leiden", "", NULL };
      g_autofree char *path = sf_library_new_path (library, NULL);
      g_autoptr(SfProject) project = sf_project_create (path, &fields, NULL);
      g_autofree char *modified = g_strdup_printf ("2026-04-01T10:%02u:00Z", i);
      sqlite3 *db = sf_db_get_handle (sf_project_get_db (project));
      g_autofree char *sql = g_strdup_printf ("UPDATE last_change SET modified = '%s'", modified);

      g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
    }
  g_assert_true (g_file_set_contents (bad, "SQLite format 3\0 geen project", 30, NULL));
  g_assert_cmpint (g_utime (bad, &(struct utimbuf) { 1767261600, 1767261600 }), ==, 0);
}

static gboolean
filled_in (SfApplication *app)
{
  SfWindow *window = mapped_window (app);
  GtkWidget *projects = window ? sf_test_find_in (GTK_WIDGET (window), "projects",
                                                  GTK_TYPE_LIST_BOX) : NULL;

  GtkListBoxRow *last;

  if (projects == NULL ||
      !sf_library_get_loaded (sf_application_get_library (app)) ||
      gtk_list_box_get_row_at_index (GTK_LIST_BOX (projects), N_PROJECTS) == NULL)
    return FALSE;
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (projects), N_PROJECTS + 1));
  /* The file that is no project is listed, by its name, with what is wrong with it. */
  last = gtk_list_box_get_row_at_index (GTK_LIST_BOX (projects), N_PROJECTS);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (last)), ==,
                   "kapot.startfoto");
  {
    SfLibrary *library = sf_application_get_library (app);
    g_autofree char *bad = g_build_filename (sf_library_get_dir (library), "kapot.startfoto",
                                             NULL);
    const char *problem = sf_library_entry_get_problem (sf_library_get_entry (library, bad));

    g_assert_nonnull (problem);
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (last)), ==, problem);
  }
  /* Newest first: the last one made heads the list. */
  for (guint i = 0; i < N_PROJECTS; i++)
    {
      g_autofree char *name = project_name (N_PROJECTS - 1 - i);
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (projects), (int) i);

      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, name);
    }
  return TRUE;
}

/* The window maps at once; the rows come as the worker reads the files, the file that cannot
 * be read among them. */
static void
test_welcome_fills_in (void)
{
  const char *args[] = { "startfoto", NULL };

  fill_library ();
  g_test_expect_message ("Startfoto-Store", G_LOG_LEVEL_WARNING,
                         "*/kapot.startfoto in the project library cannot be read: *");
  g_assert_true (run_until (args, filled_in));
  g_test_assert_expected_messages ();
}

int
main (int   argc,
      char *argv[])
{
  sf_test_init_environment (&argc, &argv);
  g_test_add_func ("/ui/startup/example", test_example);
  g_test_add_func ("/ui/startup/welcome-fills-in", test_welcome_fills_in);
  return g_test_run ();
}
