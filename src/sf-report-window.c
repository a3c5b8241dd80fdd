/* sf-report-window.c: the report's preview, with the chapter choices, export and printing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report is built from the project on the main thread (the project lives there) whenever
 * a choice or the project changes, laid out, and shown as pages that draw when scrolled into
 * view. Exporting builds its own copy and writes it on a worker thread; while it runs the
 * preview keeps what it shows and catches up afterwards, so the two never compete for the
 * processor.
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sf-feedback.h"
#include "sf-report-builder.h"
#include "sf-report-export.h"
#include "sf-report-page.h"
#include "sf-report-window.h"

/* Screen pixels per point at 100 %: a page as large as on paper (96 dpi). */
#define ACTUAL_SIZE (96.0 / 72.0)
#define PAGE_MARGIN 24 /* around the pages in the preview, as in pages_box */

static const double zoom_levels[] = { 0.25, 0.33, 0.5, 0.67, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5,
                                      1.75, 2.0, 3.0, 4.0 };

static const SfReportChapters chapters[] = {
  SF_REPORT_CHAPTER_AT_A_GLANCE,
  SF_REPORT_CHAPTER_STEP_1,
  SF_REPORT_CHAPTER_STEP_2,
  SF_REPORT_CHAPTER_STEP_3,
  SF_REPORT_CHAPTER_STEP_4,
  SF_REPORT_CHAPTER_MBC,
  SF_REPORT_CHAPTER_STEP_5,
  SF_REPORT_CHAPTER_APPENDIX,
};

struct _SfReportWindow
{
  AdwWindow          parent_instance;

  AdwToastOverlay   *toast_overlay;
  AdwWindowTitle    *window_title;
  GtkMenuButton     *zoom_button;
  GtkRevealer       *progress_revealer;
  GtkProgressBar    *progress_bar;
  GtkLabel          *progress_label;
  GtkWidget         *sidebar;
  AdwPreferencesGroup *chapters_group;
  GtkSwitch         *answers_switch;
  GtkSwitch         *roles_switch;
  GtkWidget         *residents_row;
  GtkSwitch         *residents_switch;
  GtkScrolledWindow *scroller;
  GtkWidget         *pages_box;
  GtkWidget         *chapter_switches[G_N_ELEMENTS (chapters)];

  SfProject         *project;
  SfReportPages     *pages;
  guint              rebuild_id;
  guint              fit_id;
  gboolean           stale;       /* a rebuild waits for the export to end */
  double             zoom;        /* screen pixels per point */
  gboolean           fit_width;

  GCancellable      *export_cancellable;
  GFile             *export_file;
  guint              pulse_id;
  guint              pulses;

  GtkPrintSettings  *print_settings;
};

G_DEFINE_FINAL_TYPE (SfReportWindow, sf_report_window, ADW_TYPE_WINDOW)

static void
options_from_switches (SfReportWindow  *self,
                       SfReportOptions *options)
{
  sf_report_options_init_default (options);
  options->chapters = 0;
  for (guint i = 0; i < G_N_ELEMENTS (chapters); i++)
    if (gtk_switch_get_active (GTK_SWITCH (self->chapter_switches[i])))
      options->chapters |= chapters[i];
  options->with_answers = gtk_switch_get_active (self->answers_switch);
  options->names_as_roles = gtk_switch_get_active (self->roles_switch);
  options->resident_names = gtk_switch_get_active (self->residents_switch);
}

static SfReportDocument *
build_document (SfReportWindow *self)
{
  g_autoptr(GError) error = NULL;
  SfReportOptions options;
  SfReportDocument *doc;

  options_from_switches (self, &options);
  doc = sf_report_build (self->project, &options, &error);
  if (doc == NULL)
    sf_feedback_error (GTK_WIDGET (self), _("The report could not be made"), error);
  return doc;
}

/* ---- pages and zoom --------------------------------------------------------------------- */

static void
update_zoom_label (SfReportWindow *self)
{
  /* TRANSLATORS: the preview's zoom level, e.g. "85%" */
  g_autofree char *label = g_strdup_printf (_("%d%%"), (int) round (self->zoom * 100 /
                                                                      ACTUAL_SIZE));

  gtk_menu_button_set_label (self->zoom_button, label);
}

static void
apply_zoom (SfReportWindow *self)
{
  for (GtkWidget *page = gtk_widget_get_first_child (self->pages_box); page != NULL;
       page = gtk_widget_get_next_sibling (page))
    sf_report_page_set_zoom (SF_REPORT_PAGE (page), self->zoom);
  update_zoom_label (self);
}

static void
zoom_to_fit_width (SfReportWindow *self)
{
  GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (self->scroller);
  double available = gtk_adjustment_get_page_size (h) - 2 * PAGE_MARGIN;
  const SfReportPageSetup *setup;

  if (self->pages == NULL || available <= 0)
    return;
  setup = sf_report_layout_get_setup (sf_report_pages_get_layout (self->pages));
  self->zoom = CLAMP (floor (available) / setup->width, zoom_levels[0] * ACTUAL_SIZE,
                      zoom_levels[G_N_ELEMENTS (zoom_levels) - 1] * ACTUAL_SIZE);
  apply_zoom (self);
}

static void
set_zoom (SfReportWindow *self,
          double          zoom)
{
  self->fit_width = FALSE;
  self->zoom = zoom;
  apply_zoom (self);
}

static gboolean
fit_idle (gpointer user_data)
{
  SfReportWindow *self = user_data;

  self->fit_id = 0;
  if (self->fit_width)
    zoom_to_fit_width (self);
  return G_SOURCE_REMOVE;
}

/* The viewport's width changes while the window is being allocated: resizing the pages then
 * would resize in the middle of an allocation, so it waits for the next turn of the loop. */
static void
on_viewport_width (SfReportWindow *self)
{
  if (self->fit_width && self->fit_id == 0)
    self->fit_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, fit_idle, self, NULL);
}

static gboolean
exporting (SfReportWindow *self)
{
  return self->export_cancellable != NULL;
}

/* Pages that scrolled into view since they were last drawn. */
static void
on_scrolled (SfReportWindow *self)
{
  for (GtkWidget *page = gtk_widget_get_first_child (self->pages_box); page != NULL;
       page = gtk_widget_get_next_sibling (page))
    if (sf_report_page_wants_draw (SF_REPORT_PAGE (page)))
      gtk_widget_queue_draw (page);
}

static void
show_pages (SfReportWindow *self,
            SfReportPages  *pages)
{
  GtkAdjustment *v = gtk_scrolled_window_get_vadjustment (self->scroller);
  double upper = gtk_adjustment_get_upper (v);
  double share = upper > 0 ? gtk_adjustment_get_value (v) / upper : 0;
  GtkWidget *child;
  guint n = sf_report_layout_get_n_pages (sf_report_pages_get_layout (pages));

  while ((child = gtk_widget_get_first_child (self->pages_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->pages_box), child);
  g_clear_pointer (&self->pages, sf_report_pages_unref);
  self->pages = pages;
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *page = sf_report_page_new (pages, i);

      sf_report_page_set_zoom (SF_REPORT_PAGE (page), self->zoom);
      gtk_box_append (GTK_BOX (self->pages_box), page);
    }
  if (self->fit_width)
    zoom_to_fit_width (self);
  /* About the same place in the new pages, rather than back to the cover. */
  gtk_adjustment_set_value (v, share * gtk_adjustment_get_upper (v));
}

static void
rebuild (SfReportWindow *self)
{
  SfReportDocument *doc;
  SfReportPageSetup setup;

  self->stale = exporting (self);
  if (self->stale)
    return;
  doc = build_document (self);
  if (doc == NULL)
    return;
  sf_report_page_setup_a4 (&setup);
  show_pages (self, sf_report_pages_new (doc, &setup));
}

static gboolean
rebuild_idle (gpointer user_data)
{
  SfReportWindow *self = user_data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/* Several changes at once (an undo touches many rows) make one rebuild. */
static void
queue_rebuild (SfReportWindow *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, rebuild_idle, self, NULL);
}

static void
update_title (SfReportWindow *self)
{
  const char *name = sf_project_get_name (self->project);

  adw_window_title_set_subtitle (self->window_title, *name ? name : _("Untitled project"));
}

/* ---- export ----------------------------------------------------------------------------- */

static void
set_exporting (SfReportWindow *self,
               gboolean        busy)
{
  gtk_widget_set_sensitive (self->sidebar, !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.export", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.export-odt", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.print", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.cancel-export", busy);
  for (GtkWidget *page = gtk_widget_get_first_child (self->pages_box); page != NULL;
       page = gtk_widget_get_next_sibling (page))
    sf_report_page_set_held (SF_REPORT_PAGE (page), busy);
  if (!busy)
    {
      g_clear_handle_id (&self->pulse_id, g_source_remove);
      gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
      if (self->stale)
        queue_rebuild (self);
    }
}

/* Shown only when the export takes a while: a flash for a small project would only distract. */
static gboolean
pulse (gpointer user_data)
{
  SfReportWindow *self = user_data;

  if (++self->pulses >= 3)
    gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  gtk_progress_bar_pulse (self->progress_bar);
  return G_SOURCE_CONTINUE;
}

static void
open_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param);

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GWeakRef *weak = user_data;
  g_autoptr(SfReportWindow) self = g_weak_ref_get (weak);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  gboolean done = sf_report_export_finish (result, &error);

  g_weak_ref_clear (weak);
  g_free (weak);
  if (self == NULL)
    return; /* closed meanwhile: nobody is waiting for an answer */
  file = g_steal_pointer (&self->export_file);
  g_clear_object (&self->export_cancellable);
  set_exporting (self, FALSE);
  if (done)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *uri = g_file_get_uri (file);
      g_autofree char *title = g_strdup_printf (_("Report exported as “%s”"), name);
      AdwToast *toast = adw_toast_new (title);

      adw_toast_set_button_label (toast, _("_Open"));
      adw_toast_set_action_name (toast, "report.open-file");
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    sf_feedback_error (GTK_WIDGET (self), _("The report could not be exported"), error);
}

/* @odt: as an ODF text document, else as PDF. */
static void
export_as (SfReportWindow *self,
           GFile          *file,
           gboolean        odt)
{
  SfReportDocument *doc;
  GWeakRef *weak;

  if (exporting (self) || (doc = build_document (self)) == NULL)
    return;
  gtk_label_set_label (self->progress_label, odt ? _("Exporting the text document…")
                                                 : _("Exporting the PDF…"));
  self->export_cancellable = g_cancellable_new ();
  self->export_file = g_object_ref (file);
  self->pulses = 0;
  self->pulse_id = g_timeout_add (100, pulse, self);
  set_exporting (self, TRUE);
  /* Not a strong reference: closing the window ends it at once (and cancels the export). */
  weak = g_new0 (GWeakRef, 1);
  g_weak_ref_init (weak, self);
  (odt ? sf_report_export_odt_async
       : sf_report_export_async) (doc, file, self->export_cancellable, on_exported, weak);
}

void
sf_report_window_export_to (SfReportWindow *self,
                            GFile          *file)
{
  g_return_if_fail (SF_IS_REPORT_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  export_as (self, file, FALSE);
}

void
sf_report_window_export_odt_to (SfReportWindow *self,
                                GFile          *file)
{
  g_return_if_fail (SF_IS_REPORT_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  export_as (self, file, TRUE);
}

gboolean
sf_report_window_is_exporting (SfReportWindow *self)
{
  g_return_val_if_fail (SF_IS_REPORT_WINDOW (self), FALSE);

  return exporting (self);
}

static void
on_export_response (GtkNativeDialog *chooser,
                    int              response,
                    SfReportWindow  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      export_as (self, file, g_object_get_data (G_OBJECT (chooser), "sf-odt") != NULL);
    }
  g_object_unref (chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  SfReportWindow *self = SF_REPORT_WINDOW (widget);
  gboolean odt = g_str_equal (action_name, "report.export-odt");
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *project_name = sf_project_get_name (self->project);
  g_autofree char *name = g_strconcat (*project_name ? project_name : _("Report"),
                                       odt ? ".odt" : ".pdf", NULL);
  GtkFileChooserNative *chooser;

  g_strdelimit (name, "/\\", '-');
  gtk_file_filter_set_name (filter, odt ? _("Text documents") : _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, odt ? "application/vnd.oasis.opendocument.text"
                                             : "application/pdf");
  gtk_file_filter_add_suffix (filter, odt ? "odt" : "pdf");
  chooser = gtk_file_chooser_native_new (odt ? _("Export the Report as a Text Document")
                                             : _("Export the Report as PDF"),
                                         GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  if (odt)
    g_object_set_data (G_OBJECT (chooser), "sf-odt", GINT_TO_POINTER (TRUE));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
cancel_export_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  SfReportWindow *self = SF_REPORT_WINDOW (widget);

  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
}

static void
on_shown (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(SfReportWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    sf_feedback_error (GTK_WIDGET (self), _("The file could not be opened"), error);
}

static void
open_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  gtk_show_uri_full (GTK_WINDOW (widget), g_variant_get_string (param, NULL), GDK_CURRENT_TIME,
                     NULL, on_shown, g_object_ref (widget));
}

/* ---- printing --------------------------------------------------------------------------- */

/* The layout's pages are A4 with their own margins: printed on the full sheet, and scaled to
 * fit (centred) where the printer has other paper. */
static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              SfReportPages     *pages)
{
  SfReportLayout *layout = sf_report_pages_get_layout (pages);
  const SfReportPageSetup *setup = sf_report_layout_get_setup (layout);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  double scale = MIN (width / setup->width, height / setup->height);

  cairo_save (cr);
  cairo_translate (cr, (width - setup->width * scale) / 2, (height - setup->height * scale) / 2);
  cairo_scale (cr, scale, scale);
  /* Printed to a PDF file, the contents' links are PDF links too. */
  sf_report_layout_draw_page (layout, cr, (guint) page);
  cairo_restore (cr);
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               SfReportWindow          *self)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    g_set_object (&self->print_settings, gtk_print_operation_get_print_settings (operation));
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      sf_feedback_error (GTK_WIDGET (self), _("The report could not be printed"), error);
    }
}

static GtkPrintOperation *
print_operation (SfReportWindow *self)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  SfReportLayout *layout = sf_report_pages_get_layout (self->pages);
  const char *title = sf_report_document_get_title (sf_report_layout_get_document (layout));

  gtk_page_setup_set_paper_size_and_default_margins (page_setup, paper);
  gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  if (self->print_settings != NULL)
    gtk_print_operation_set_print_settings (operation, self->print_settings);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_n_pages (operation, (int) sf_report_layout_get_n_pages (layout));
  gtk_print_operation_set_job_name (operation, title && *title ? title : _("Report"));
  /* The job keeps these pages even if the preview is rebuilt meanwhile. */
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (on_draw_page),
                         sf_report_pages_ref (self->pages),
                         (GClosureNotify) (void (*) (void)) sf_report_pages_unref, 0);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done), self, 0);
  return operation;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  SfReportWindow *self = SF_REPORT_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  if (self->pages == NULL || exporting (self))
    return;
  operation = print_operation (self);
  gtk_print_operation_set_allow_async (operation, TRUE);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    sf_feedback_error (GTK_WIDGET (self), _("The report could not be printed"), error);
}

gboolean
sf_report_window_print_to_file (SfReportWindow  *self,
                                const char      *path,
                                GError         **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (SF_IS_REPORT_WINDOW (self), FALSE);
  g_return_val_if_fail (self->pages != NULL, FALSE);

  operation = print_operation (self);
  gtk_print_operation_set_export_filename (operation, path);
  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, GTK_WINDOW (self),
                                  error) != GTK_PRINT_OPERATION_RESULT_ERROR;
}

/* ---- zoom actions ----------------------------------------------------------------------- */

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  SfReportWindow *self = SF_REPORT_WINDOW (widget);
  double level = self->zoom / ACTUAL_SIZE;

  for (guint i = 0; i < G_N_ELEMENTS (zoom_levels); i++)
    if (zoom_levels[i] > level + 0.005)
      {
        set_zoom (self, zoom_levels[i] * ACTUAL_SIZE);
        return;
      }
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  SfReportWindow *self = SF_REPORT_WINDOW (widget);
  double level = self->zoom / ACTUAL_SIZE;

  for (guint i = G_N_ELEMENTS (zoom_levels); i > 0; i--)
    if (zoom_levels[i - 1] < level - 0.005)
      {
        set_zoom (self, zoom_levels[i - 1] * ACTUAL_SIZE);
        return;
      }
}

static void
zoom_reset_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  set_zoom (SF_REPORT_WINDOW (widget), ACTUAL_SIZE);
}

static void
fit_width_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  SfReportWindow *self = SF_REPORT_WINDOW (widget);

  self->fit_width = TRUE;
  zoom_to_fit_width (self);
}

/* ---- the object ------------------------------------------------------------------------- */

static void
add_chapter_switches (SfReportWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (chapters); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *toggle = gtk_switch_new ();
      g_autofree char *name = g_strdup_printf ("chapter-switch-%u", i);

      gtk_widget_set_name (toggle, name);
      gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
      gtk_switch_set_active (GTK_SWITCH (toggle), TRUE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     sf_report_chapter_get_title (chapters[i]));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
      adw_preferences_group_add (self->chapters_group, row);
      g_signal_connect_swapped (toggle, "notify::active", G_CALLBACK (queue_rebuild), self);
      self->chapter_switches[i] = toggle;
    }
}

static void
sf_report_window_dispose (GObject *object)
{
  SfReportWindow *self = SF_REPORT_WINDOW (object);

  /* A running export finishes its file (or removes its temporary one) on its own. */
  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_handle_id (&self->fit_id, g_source_remove);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_clear_object (&self->project);
  g_clear_object (&self->print_settings);
  gtk_widget_dispose_template (GTK_WIDGET (object), SF_TYPE_REPORT_WINDOW);
  g_clear_pointer (&self->pages, sf_report_pages_unref);
  G_OBJECT_CLASS (sf_report_window_parent_class)->dispose (object);
}

static void
sf_report_window_finalize (GObject *object)
{
  SfReportWindow *self = SF_REPORT_WINDOW (object);

  g_clear_object (&self->export_cancellable);
  g_clear_object (&self->export_file);
  G_OBJECT_CLASS (sf_report_window_parent_class)->finalize (object);
}

static void
sf_report_window_class_init (SfReportWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sf_report_window_dispose;
  G_OBJECT_CLASS (klass)->finalize = sf_report_window_finalize;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/startfoto/Startfoto/ui/"
                                               "sf-report-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SfReportWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SfReportWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SfReportWindow, zoom_button);
  gtk_widget_class_bind_template_child (widget_class, SfReportWindow, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, SfReportWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, SfReportWindow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, SfReportWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, SfReportWindow, chapters_group);
  gtk_widget_class_bind_template_child (widget_class, SfReportWindow, answers_switch);
  gtk_widget_class_bind_template_child (widget_class, SfReportWindow, roles_switch);
  gtk_widget_class_bind_template_child (widget_class, SfReportWindow, residents_row);
  gtk_widget_class_bind_template_child (widget_class, SfReportWindow, residents_switch);
  gtk_widget_class_bind_template_child (widget_class, SfReportWindow, scroller);
  gtk_widget_class_bind_template_child (widget_class, SfReportWindow, pages_box);

  gtk_widget_class_install_action (widget_class, "report.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "report.export-odt", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "report.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "report.cancel-export", NULL,
                                   cancel_export_action);
  gtk_widget_class_install_action (widget_class, "report.open-file", "s", open_file_action);
  gtk_widget_class_install_action (widget_class, "report.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "report.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "report.zoom-reset", NULL, zoom_reset_action);
  gtk_widget_class_install_action (widget_class, "report.fit-width", NULL, fit_width_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK,
                                       "report.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK,
                                       "report.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK,
                                       "report.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "report.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK,
                                       "report.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK,
                                       "report.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK,
                                       "report.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_9, GDK_CONTROL_MASK,
                                       "report.fit-width", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "report.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "report.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sf_report_window_init (SfReportWindow *self)
{
  GtkAdjustment *h, *v;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->zoom = ACTUAL_SIZE;
  self->fit_width = TRUE;
  add_chapter_switches (self);
  g_signal_connect_swapped (self->answers_switch, "notify::active", G_CALLBACK (queue_rebuild),
                            self);
  g_signal_connect_swapped (self->roles_switch, "notify::active", G_CALLBACK (queue_rebuild),
                            self);
  g_signal_connect_swapped (self->residents_switch, "notify::active", G_CALLBACK (queue_rebuild),
                            self);
  /* With every name replaced there is no resident's name to show. */
  g_object_bind_property (self->roles_switch, "active", self->residents_row, "sensitive",
                          G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);
  h = gtk_scrolled_window_get_hadjustment (self->scroller);
  v = gtk_scrolled_window_get_vadjustment (self->scroller);
  g_signal_connect_object (h, "notify::page-size", G_CALLBACK (on_viewport_width), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (v, "value-changed", G_CALLBACK (on_scrolled), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (v, "notify::page-size", G_CALLBACK (on_scrolled), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.cancel-export", FALSE);
  update_zoom_label (self);
}

GtkWidget *
sf_report_window_new (GtkWindow *parent,
                      SfProject *project)
{
  SfReportWindow *self = g_object_new (SF_TYPE_REPORT_WINDOW, "transient-for", parent, NULL);

  self->project = g_object_ref (project);
  g_signal_connect_swapped (project, "changed", G_CALLBACK (queue_rebuild), self);
  g_signal_connect_swapped (project, "notify::name", G_CALLBACK (update_title), self);
  update_title (self);
  rebuild (self);
  return GTK_WIDGET (self);
}
