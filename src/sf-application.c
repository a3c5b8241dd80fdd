/* sf-application.c: one instance, its windows, its command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-accessible-names.h"
#include "sf-application.h"
#include "sf-export-copy.h"
#include "sf-export-csv.h"
#include "sf-export-deck.h"
#include "sf-export-pdf.h"
#include "sf-feedback.h"
#include "sf-info.h"
#include "sf-merge-cli.h"
#include "sf-window.h"
#include "startfoto-resources.h"

/* The example, while it is written on a worker, and the window it is to show in. */
typedef struct
{
  gboolean   written;
  char      *path;
  GError    *error;
  GtkWindow *window;   /* weak; NULL until a window asks for it */
  guint      grace_id; /* until the window says it is busy */
} ExampleRequest;

struct _SfApplication
{
  AdwApplication  parent_instance;

  SfLibrary      *library;
  gboolean        open_example; /* --example given to the first instance */
  ExampleRequest *example;      /* the example being written, or NULL */
  char         ***arguments;    /* while the command line is read: what is left after options */
};

G_DEFINE_FINAL_TYPE (SfApplication, sf_application, ADW_TYPE_APPLICATION)

static const GOptionEntry options[] = {
  { "example", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Open a fresh copy of the example project"), NULL },
  { "info", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Print a summary of a project file and exit"), N_("FILE") },
  { "json", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --info or --merge: print the summary as JSON"), NULL },
  { "merge", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Merge the copy THEIRS into the project FILE: what does not conflict is merged, the "
       "conflicts wait for a decision in the window (exit status 3)"), N_("THEIRS.startfoto") },
  { "dry-run", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --merge: only print what merging would do"), NULL },
  { "export-copy", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write a copy of the project FILE without its confidential items and exit"),
    N_("OUT.startfoto") },
  { "include-confidential", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export-copy: keep the confidential items in the copy, for someone who may read "
       "them"), NULL },
  { "for-partner", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-copy: a copy for the partner ORGANISATION, with only what it may see and "
       "fill in, never anything confidential"), N_("ORGANISATION") },
  { "export-csv", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the figures of the project FILE to a CSV file and exit"), N_("OUT.csv") },
  { "export-actions", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the plan for the coming year of the project FILE to a CSV file and exit"),
    N_("OUT.csv") },
  { "export-mbc", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the societal business case of every flat of the project FILE to a CSV file and "
       "exit"), N_("OUT.csv") },
  { "separator", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-csv, --export-actions or --export-mbc: the separator between fields, "
       "“;” (default), “,” or “tab”"),
    N_("SEP") },
  { "export-pdf", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the report of the project FILE to a PDF file and exit"), N_("OUT.pdf") },
  { "export-odt", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the report of the project FILE to an ODF text document and exit"), N_("OUT.odt") },
  { "chapters", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-pdf or --export-odt: the chapters, from glance,step1,step2,step3,step4,"
       "mbc,step5,appendix (default: all)"),
    N_("LIST") },
  { "with-answers", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export-pdf or --export-odt: include the interview answers (never confidential "
       "ones)"), NULL },
  { "export-deck", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the slides for the partners' boards of the project FILE to a PDF file and exit"),
    N_("OUT.pdf") },
  { "export-minutes", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the minutes of the board meeting of the project FILE to a PDF file and exit"),
    N_("OUT.pdf") },
  { "handout", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export-deck: a handout, two slides and their notes per A4 page"), NULL },
  { "names-as-roles", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export-pdf, --export-odt, --export-deck or --export-minutes: name people by "
       "their role"),
    NULL },
  { "with-resident-names", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export-pdf, --export-odt, --export-deck or --export-minutes: name residents "
       "too (by default they appear by their role)"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { NULL }
};

SfApplication *
sf_application_new (void)
{
  return g_object_new (SF_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/startfoto/Startfoto",
                       NULL);
}

SfLibrary *
sf_application_get_library (SfApplication *self)
{
  return self->library;
}

static SfWindow *
window_showing (SfApplication *self,
                const char    *path)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (SF_IS_WINDOW (l->data) && g_strcmp0 (sf_window_get_path (l->data), path) == 0)
      return l->data;
  return NULL;
}

/* A window to show a project in: the one asked from if it shows no project yet, else a new
 * one, so that two projects can be open side by side. */
static SfWindow *
free_window (SfApplication *self,
             GtkWindow     *from)
{
  if (SF_IS_WINDOW (from) && sf_window_get_path (SF_WINDOW (from)) == NULL)
    return SF_WINDOW (from);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (SF_IS_WINDOW (l->data) && sf_window_get_path (l->data) == NULL)
      return l->data;
  /* Not presented yet: the caller fills it first, so it maps with its project in place. */
  return sf_window_new (self);
}

static SfWindow *
open_library_file (SfApplication *self,
                   const char    *path,
                   GtkWindow     *from)
{
  SfWindow *window = window_showing (self, path);

  if (window == NULL)
    {
      window = free_window (self, from);
      sf_window_open_project (window, path);
    }
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* Where to say something about a file that did not open: the window asked from, or any. */
static GtkWidget *
some_window (SfApplication *self,
             GtkWindow     *from)
{
  GtkWindow *window = from ? from : gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (sf_window_new (self));
  gtk_window_present (window);
  return GTK_WIDGET (window);
}

static void
import_copy (SfApplication *self,
             const char    *source,
             GtkWindow     *from)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = sf_library_import (self->library, source, &error);

  if (path == NULL)
    sf_feedback_error (some_window (self, from), _("The project could not be imported"), error);
  else
    open_library_file (self, path, from);
}

typedef struct
{
  SfApplication *self;
  GtkWindow     *from;       /* weak: it may close while the library is read */
  char          *source;
  char          *project_id;
  char          *name;
  char          *existing;
} ImportRequest;

static void
import_request_free (ImportRequest *request,
                     GClosure      *closure)
{
  g_application_release (G_APPLICATION (request->self));
  g_object_unref (request->self);
  g_clear_weak_pointer (&request->from);
  g_free (request->source);
  g_free (request->project_id);
  g_free (request->name);
  g_free (request->existing);
  g_free (request);
}

static void
on_duplicate_response (AdwMessageDialog *dialog,
                       const char       *response,
                       ImportRequest    *request)
{
  if (g_str_equal (response, "merge"))
    {
      SfWindow *window = open_library_file (request->self, request->existing, request->from);

      /* The file is merged from where it is: it does not join the library. */
      if (sf_window_get_project (window) != NULL)
        sf_window_merge_copy (window, request->source);
    }
  else if (g_str_equal (response, "open"))
    open_library_file (request->self, request->existing, request->from);
  else if (g_str_equal (response, "keep"))
    import_copy (request->self, request->source, request->from);
}

/* The library holds the same project already: the user chooses to merge the file into it, to
 * open it, or to keep both. */
static void
ask_about_duplicate (ImportRequest *request)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    GTK_WINDOW (some_window (request->self, request->from)),
    _("This Project Is Already in Your Library"), NULL));

  adw_message_dialog_format_body (dialog,
                                  _("“%s” is already among your projects. Merge this file "
                                    "into the one you have, open the one you have, or keep "
                                    "both as separate copies."),
                                  request->name);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "keep", _("_Keep Both"),
                                    "open", _("_Open Existing"),
                                    "merge", _("_Merge into My Project"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "merge", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "merge");
  adw_message_dialog_set_close_response (dialog, "cancel");
  /* Freed with the dialog: closing it after a response emits the close response too. */
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_duplicate_response), request,
                         (GClosureNotify) import_request_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_library_read (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  ImportRequest *request = user_data;

  sf_library_refresh_finish (SF_LIBRARY (source), result, NULL);
  request->existing = sf_library_find_project (SF_LIBRARY (source), request->project_id);
  if (request->existing != NULL)
    {
      ask_about_duplicate (request);
      return;
    }
  import_copy (request->self, request->source, request->from);
  import_request_free (request, NULL);
}

/* A file from elsewhere is checked, then copied into the library and the copy opened, once
 * the library is read: it may hold the same project already. */
static void
import_file (SfApplication *self,
             const char    *path,
             GtkWindow     *from)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfLibraryEntry) entry = sf_library_entry_read (path, TRUE, &error);
  ImportRequest *request;

  if (entry == NULL)
    {
      sf_feedback_error (some_window (self, from), _("The project could not be imported"), error);
      return;
    }
  request = g_new0 (ImportRequest, 1);
  request->self = g_object_ref (self);
  /* Opened from the command line, no window is open while the library is read: the app must
   * not end meanwhile. */
  g_application_hold (G_APPLICATION (self));
  g_set_weak_pointer (&request->from, from);
  request->source = g_strdup (path);
  request->project_id = g_strdup (sf_library_entry_get_project_id (entry));
  request->name = g_strdup (sf_library_entry_get_name (entry));
  sf_library_refresh_async (self->library, NULL, on_library_read, request);
}

/* Opens a library project, or brings in a file from elsewhere. */
void
sf_application_open_file (SfApplication *self,
                          const char    *path,
                          GtkWindow     *from)
{
  g_autofree char *canonical = g_canonicalize_filename (path, NULL);

  if (sf_library_contains (self->library, canonical))
    open_library_file (self, canonical, from);
  else
    import_file (self, canonical, from);
}

/* ---- the example ------------------------------------------------------------------------ */

static void
example_request_free (ExampleRequest *request)
{
  g_free (request->path);
  g_clear_error (&request->error);
  g_clear_weak_pointer (&request->window);
  g_clear_handle_id (&request->grace_id, g_source_remove);
  g_free (request);
}

/* Written, and a window waits for it: it shows it, or says why it could not be made. A window
 * that went on to show another project leaves the example to a window of its own. */
static void
show_example (SfApplication *self)
{
  ExampleRequest *request = g_steal_pointer (&self->example);
  SfWindow *window = free_window (self, request->window);

  if (request->path != NULL)
    sf_window_open_project (window, request->path);
  sf_window_set_loading (window, FALSE);
  if (request->path == NULL)
    sf_feedback_error (GTK_WIDGET (window), _("The example project could not be made"),
                       request->error);
  gtk_window_present (GTK_WINDOW (window));
  example_request_free (request);
}

static void
on_example_written (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(SfApplication) self = user_data;

  self->example->path = sf_library_write_example_finish (SF_LIBRARY (source), result,
                                                         &self->example->error);
  self->example->written = TRUE;
  if (self->example->window != NULL)
    show_example (self);
}

/* Begins writing a fresh example on a worker; --example begins before GTK starts. */
static void
write_example (SfApplication *self)
{
  if (self->example != NULL)
    return;
  self->example = g_new0 (ExampleRequest, 1);
  sf_library_write_example_async (self->library, NULL, on_example_written, g_object_ref (self));
}

/* Writing the example takes a while (the first time): the window shows that it is busy. */
static gboolean
on_example_grace_over (gpointer user_data)
{
  SfApplication *self = user_data;

  self->example->grace_id = 0;
  if (self->example->window != NULL)
    {
      sf_window_set_loading (SF_WINDOW (self->example->window), TRUE);
      gtk_window_present (self->example->window);
    }
  return G_SOURCE_REMOVE;
}

/* A fresh example in the window asked from (else a free one) once it is written. A new window
 * is shown at once, saying that it waits: the example is usually written before its first
 * frame, and the window then shows it from the start (--example begins writing before GTK
 * starts). A window already shown keeps showing what it showed, unless it takes a while. */
void
sf_application_open_example (SfApplication *self,
                             GtkWindow     *from)
{
  /* An example already open keeps what its user is trying out. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (SF_IS_WINDOW (l->data) && sf_window_shows_example (l->data))
      {
        gtk_window_present (l->data);
        return;
      }

  write_example (self);
  if (self->example->window == NULL)
    g_set_weak_pointer (&self->example->window, GTK_WINDOW (free_window (self, from)));
  if (self->example->written)
    show_example (self);
  else if (!gtk_widget_get_visible (GTK_WIDGET (self->example->window)))
    {
      sf_window_set_loading (SF_WINDOW (self->example->window), TRUE);
      gtk_window_present (self->example->window);
    }
  else if (self->example->grace_id == 0)
    self->example->grace_id = g_timeout_add (200, on_example_grace_over, self);
}

/* STARTFOTO_BENCH_QUIT_ON_MAP: quit once the window is mapped ("frame": once its first frame
 * is painted), so that tests/bench/bench-startup can time start-up against a minimal window
 * that does the same. */
static void
on_first_frame (GdkFrameClock *clock,
                GApplication  *app)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame, app);
  g_application_quit (app);
}

static void
on_window_mapped (GtkWidget    *window,
                  GApplication *app)
{
  if (g_strcmp0 (g_getenv ("STARTFOTO_BENCH_QUIT_ON_MAP"), "frame") == 0)
    g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                      G_CALLBACK (on_first_frame), app);
  else
    g_application_quit (app);
}

static void
on_window_added (GtkApplication *app,
                 GtkWindow      *window)
{
  if (g_getenv ("STARTFOTO_BENCH_QUIT_ON_MAP") != NULL && SF_IS_WINDOW (window))
    g_signal_connect (window, "map", G_CALLBACK (on_window_mapped), app);
}

static void
sf_application_activate (GApplication *app)
{
  SfApplication *self = SF_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (self->open_example)
    {
      self->open_example = FALSE;
      sf_application_open_example (self, window);
      return;
    }
  if (window == NULL)
    window = GTK_WINDOW (sf_window_new (self));
  gtk_window_present (window);
}

static void
sf_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);

      if (path != NULL)
        sf_application_open_file (SF_APPLICATION (app), path, NULL);
    }
}

/* The project FILE that an --export-* option's OUT needs after it, or NULL once @usage is
 * printed. */
static const char *
project_argument (SfApplication *self,
                  const char    *usage)
{
  const char * const *rest = self->arguments ? (const char * const *) *self->arguments : NULL;

  /* rest[0] is the program. */
  if (rest == NULL || g_strv_length ((char **) rest) != 2)
    {
      g_printerr ("%s\n", usage);
      return NULL;
    }
  return rest[1];
}

static int
sf_application_handle_local_options (GApplication *app,
                                     GVariantDict *dict)
{
  SfApplication *self = SF_APPLICATION (app);
  g_autofree char *info = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *actions = NULL;
  g_autofree char *mbc = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *odt = NULL;
  g_autofree char *deck = NULL;
  g_autofree char *minutes = NULL;
  g_autofree char *merge = NULL;
  const char *separator = NULL;
  const char *partner = NULL;
  const char *file;
  g_autoptr(GError) error = NULL;

  if (g_variant_dict_contains (dict, "version"))
    {
      g_print ("startfoto %s\n", PACKAGE_VERSION);
      return 0;
    }
  if (g_variant_dict_lookup (dict, "info", "^ay", &info))
    return sf_info_print (info, g_variant_dict_contains (dict, "json"));
  if (g_variant_dict_lookup (dict, "merge", "^ay", &merge))
    {
      file = project_argument (self, _("--merge THEIRS.startfoto needs one project FILE to "
                                       "merge into"));
      if (file == NULL)
        return 1;
      return sf_merge_run (merge, file, g_variant_dict_contains (dict, "dry-run"),
                           g_variant_dict_contains (dict, "json"));
    }
  if (g_variant_dict_contains (dict, "dry-run"))
    {
      g_printerr ("%s\n", _("--dry-run goes with --merge THEIRS.startfoto FILE"));
      return 1;
    }
  if (g_variant_dict_contains (dict, "json"))
    {
      g_printerr ("%s\n", _("--json goes with --info FILE or --merge THEIRS.startfoto FILE"));
      return 1;
    }
  if (g_variant_dict_lookup (dict, "export-copy", "^ay", &copy))
    {
      file = project_argument (self, _("--export-copy OUT.startfoto needs one project FILE"));
      if (file == NULL)
        return 1;
      g_variant_dict_lookup (dict, "for-partner", "&s", &partner);
      return sf_export_copy_run (copy, file,
                                 g_variant_dict_contains (dict, "include-confidential"), partner);
    }
  if (g_variant_dict_contains (dict, "include-confidential"))
    {
      g_printerr ("%s\n", _("--include-confidential goes with --export-copy OUT.startfoto FILE"));
      return 1;
    }
  if (g_variant_dict_contains (dict, "for-partner"))
    {
      g_printerr ("%s\n", _("--for-partner goes with --export-copy OUT.startfoto FILE"));
      return 1;
    }
  g_variant_dict_lookup (dict, "separator", "&s", &separator);
  if (g_variant_dict_lookup (dict, "export-csv", "^ay", &csv))
    {
      file = project_argument (self, _("--export-csv OUT.csv needs one project FILE"));
      return file == NULL ? 1 : sf_export_csv_run (csv, file, separator);
    }
  if (g_variant_dict_lookup (dict, "export-actions", "^ay", &actions))
    {
      file = project_argument (self, _("--export-actions OUT.csv needs one project FILE"));
      return file == NULL ? 1 : sf_export_actions_run (actions, file, separator);
    }
  if (g_variant_dict_lookup (dict, "export-mbc", "^ay", &mbc))
    {
      file = project_argument (self, _("--export-mbc OUT.csv needs one project FILE"));
      return file == NULL ? 1 : sf_export_mbc_run (mbc, file, separator);
    }
  if (g_variant_dict_lookup (dict, "export-deck", "^ay", &deck) &&
      !g_variant_dict_contains (dict, "chapters") &&
      !g_variant_dict_contains (dict, "with-answers"))
    {
      file = project_argument (self, _("--export-deck OUT.pdf needs one project FILE"));
      if (file == NULL)
        return 1;
      return sf_export_deck_run (deck, file, g_variant_dict_contains (dict, "handout"),
                                 g_variant_dict_contains (dict, "names-as-roles"),
                                 g_variant_dict_contains (dict, "with-resident-names"));
    }
  if (g_variant_dict_lookup (dict, "export-minutes", "^ay", &minutes) &&
      !g_variant_dict_contains (dict, "chapters") &&
      !g_variant_dict_contains (dict, "with-answers") &&
      !g_variant_dict_contains (dict, "handout"))
    {
      file = project_argument (self, _("--export-minutes OUT.pdf needs one project FILE"));
      if (file == NULL)
        return 1;
      return sf_export_minutes_run (minutes, file,
                                    g_variant_dict_contains (dict, "names-as-roles"),
                                    g_variant_dict_contains (dict, "with-resident-names"));
    }
  if (g_variant_dict_contains (dict, "handout"))
    {
      g_printerr ("%s\n", _("--handout goes with --export-deck OUT.pdf FILE"));
      return 1;
    }
  if (g_variant_dict_lookup (dict, "export-pdf", "^ay", &pdf))
    {
      const char *chapters = NULL;

      g_variant_dict_lookup (dict, "chapters", "&s", &chapters);
      file = project_argument (self, _("--export-pdf OUT.pdf needs one project FILE"));
      if (file == NULL)
        return 1;
      return sf_export_pdf_run (pdf, file, chapters,
                                g_variant_dict_contains (dict, "with-answers"),
                                g_variant_dict_contains (dict, "names-as-roles"),
                                g_variant_dict_contains (dict, "with-resident-names"));
    }
  if (g_variant_dict_lookup (dict, "export-odt", "^ay", &odt))
    {
      const char *chapters = NULL;

      g_variant_dict_lookup (dict, "chapters", "&s", &chapters);
      file = project_argument (self, _("--export-odt OUT.odt needs one project FILE"));
      if (file == NULL)
        return 1;
      return sf_export_odt_run (odt, file, chapters,
                                g_variant_dict_contains (dict, "with-answers"),
                                g_variant_dict_contains (dict, "names-as-roles"),
                                g_variant_dict_contains (dict, "with-resident-names"));
    }
  if (g_variant_dict_contains (dict, "chapters") ||
      g_variant_dict_contains (dict, "with-answers") ||
      g_variant_dict_contains (dict, "names-as-roles") ||
      g_variant_dict_contains (dict, "with-resident-names"))
    {
      g_printerr ("%s\n", _("--chapters, --with-answers, --names-as-roles and "
                            "--with-resident-names go with --export-pdf OUT.pdf or "
                            "--export-odt OUT.odt FILE"));
      return 1;
    }
  if (g_variant_dict_contains (dict, "separator"))
    {
      g_printerr ("%s\n", _("--separator goes with --export-csv, --export-actions or "
                             "--export-mbc OUT.csv FILE"));
      return 1;
    }
  if (g_variant_dict_contains (dict, "example"))
    {
      /* Known before registering: the first instance's startup begins writing it. */
      self->open_example = TRUE;
      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      if (g_application_get_is_remote (app))
        {
          g_action_group_activate_action (G_ACTION_GROUP (app), "example", NULL);
          return 0;
        }
    }
  return -1;
}

/* handle-local-options sees only the options; the --export-* options also need the
 * project file after them, which the parser leaves in @arguments. */
static gboolean
sf_application_local_command_line (GApplication   *app,
                                   char         ***arguments,
                                   int            *exit_status)
{
  SfApplication *self = SF_APPLICATION (app);
  gboolean handled;

  self->arguments = arguments;
  handled = G_APPLICATION_CLASS (sf_application_parent_class)->local_command_line (app,
                                                                                 arguments,
                                                                                 exit_status);
  self->arguments = NULL;
  return handled;
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  GtkApplication *app = user_data;
  const char *developers[] = { _("The Startfoto developers"), NULL };
  const char *method[] = {
    _("Hogeschool Leiden, research group Social Innovation: handreiking “Van flat tot "
      "WelThuisflat”"),
    NULL
  };
  AdwAboutWindow *about = ADW_ABOUT_WINDOW (adw_about_window_new ());

  adw_about_window_set_application_name (about, _("Startfoto"));
  adw_about_window_set_application_icon (about, APP_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_developer_name (about, _("The Startfoto developers"));
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_comments (about,
                                 _("A shared picture of the local situation before partners "
                                   "develop a senior flat into a Welthuisflat, in the five "
                                   "steps of the Startfoto method."));
  adw_about_window_set_website (about, "https://github.com/startfoto/startfoto");
  adw_about_window_set_issue_url (about, "https://github.com/startfoto/startfoto/issues");
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_copyright (about, _("© 2026 The Startfoto developers"));
  adw_about_window_set_translator_credits (about, _("translator-credits"));
  adw_about_window_add_acknowledgement_section (about, _("The Startfoto method"), method);
  adw_about_window_add_legal_section (about, _("The method’s questions"),
                                      _("The steps, questions and roles come from the "
                                        "handreiking “Van flat tot WelThuisflat” "
                                        "(Hogeschool Leiden, 2026), reproduced with "
                                        "attribution as its colophon allows."),
                                      GTK_LICENSE_CUSTOM, NULL);
  gtk_window_set_transient_for (GTK_WINDOW (about), gtk_application_get_active_window (app));
  gtk_window_present (GTK_WINDOW (about));
}

static void
example_action (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  SfApplication *self = user_data;

  sf_application_open_example (self, gtk_application_get_active_window (GTK_APPLICATION (self)));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  /* Nothing to save: every change is already in the project file. */
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (user_data));

  /* Closed, not destroyed, so that each window keeps its size as a closed one does. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "example", example_action },
  { "quit", quit_action },
};

static void
sf_application_startup (GApplication *app)
{
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "win.new-project", { "<Control>n", NULL } },
    { "win.import", { "<Control>o", NULL } },
    { "win.export", { "<Control><Shift>s", NULL } },
    { "win.report", { "<Control>r", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
  };
  g_autoptr(GError) error = NULL;

  /* The example is copied on a worker while GTK starts. */
  if (SF_APPLICATION (app)->open_example)
    write_example (SF_APPLICATION (app));
  G_APPLICATION_CLASS (sf_application_parent_class)->startup (app);
  sf_accessible_names_install ();
  /* Projects removed while the app ended before their Undo was gone. */
  /* What a crash left while a project was being made or copied, an hour ago or more. */
  sf_library_clear_leftovers (SF_APPLICATION (app)->library, G_TIME_SPAN_HOUR);
  if (!sf_library_trash (SF_APPLICATION (app)->library, NULL, &error))
    g_warning ("Removed projects could not be moved to the trash: %s", error->message);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions),
                                   app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action,
                                           accels[i].accels);
}

static void
sf_application_finalize (GObject *object)
{
  SfApplication *self = SF_APPLICATION (object);

  g_clear_object (&self->library);
  g_clear_pointer (&self->example, example_request_free);
  G_OBJECT_CLASS (sf_application_parent_class)->finalize (object);
}

static void
sf_application_class_init (SfApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  /* Referencing the resource pulls it, with the constructor that registers it, out of the
   * static library into every program that links it. */
  (void) sf_app_resources_get_resource ();

  G_OBJECT_CLASS (klass)->finalize = sf_application_finalize;
  app_class->activate = sf_application_activate;
  app_class->open = sf_application_open;
  app_class->startup = sf_application_startup;
  app_class->handle_local_options = sf_application_handle_local_options;
  app_class->local_command_line = sf_application_local_command_line;
}

static void
sf_application_init (SfApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), options);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
  self->library = sf_library_new (NULL);
  g_signal_connect (self, "window-added", G_CALLBACK (on_window_added), NULL);
}
