/* sf-request-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows the letter of sf_project_format_request_list () read-only but selectable, with "Copy"
 * (the whole text to the clipboard) and "Print…". The text is taken when the dialog opens: a
 * letter being copied should not change under the user's hands.
 *
 * Widgets the tests use carry names: "request-text" (the text view); the actions
 * "request.copy" and "request.print".
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-partner.h"
#include "sf-request-dialog.h"
#include "sf-request-list.h"

#define PRINT_FONT "Sans 11"

struct _SfRequestDialog
{
  AdwWindow parent_instance;

  char      *text;
  char      *organisation;
  GtkWidget *toasts;
  GtkWidget *text_view;
  /* Kept while an asynchronous print runs. */
  GtkPrintOperation *print_operation;
};

G_DEFINE_FINAL_TYPE (SfRequestDialog, sf_request_dialog, ADW_TYPE_WINDOW)

/* ---- printing --------------------------------------------------------------------------- */

/* The letter laid out once for the page width; each line's page and its baseline on it. */
typedef struct
{
  char        *text;
  PangoLayout *layout;
  GArray      *pages;     /* of int: the line each page starts with, then the line count */
  GArray      *baselines; /* of double, per line: its baseline from the top of its page */
} PrintJob;

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_clear_object (&job->layout);
  g_clear_pointer (&job->pages, g_array_unref);
  g_clear_pointer (&job->baselines, g_array_unref);
  g_free (job->text);
  g_free (job);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (PRINT_FONT);
  double page_height = gtk_print_context_get_height (context);
  double page_top = 0;
  PangoLayoutIter *iter;
  int line = 0;

  g_clear_object (&job->layout);
  job->layout = gtk_print_context_create_pango_layout (context);
  pango_layout_set_font_description (job->layout, font);
  pango_layout_set_width (job->layout, gtk_print_context_get_width (context) * PANGO_SCALE);
  pango_layout_set_wrap (job->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (job->layout, job->text, -1);

  g_array_set_size (job->pages, 0);
  g_array_set_size (job->baselines, 0);
  g_array_append_val (job->pages, line);
  iter = pango_layout_get_iter (job->layout);
  do
    {
      PangoRectangle rect;
      double top, bottom, baseline;

      pango_layout_iter_get_line_extents (iter, NULL, &rect);
      top = (double) rect.y / PANGO_SCALE;
      bottom = (double) (rect.y + rect.height) / PANGO_SCALE;
      /* A line that does not fit starts the next page (never the first line of a page). */
      if (bottom - page_top > page_height && line > g_array_index (job->pages, int,
                                                                    job->pages->len - 1))
        {
          g_array_append_val (job->pages, line);
          page_top = top;
        }
      baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE - page_top;
      g_array_append_val (job->baselines, baseline);
      line++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  g_array_append_val (job->pages, line);
  gtk_print_operation_set_n_pages (operation, job->pages->len - 1);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  int first, end;

  if (job->layout == NULL || page < 0 || (guint) page + 1 >= job->pages->len)
    return;
  first = g_array_index (job->pages, int, page);
  end = g_array_index (job->pages, int, page + 1);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (int i = first; i < end; i++)
    {
      cairo_move_to (cr, 0, g_array_index (job->baselines, double, i));
      pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (job->layout, i));
    }
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               SfRequestDialog         *self)
{
  g_autoptr(GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;
  gtk_print_operation_get_error (operation, &error);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toasts),
                               adw_toast_new (_("The request could not be printed")));
  g_warning ("Printing the request failed: %s", error != NULL ? error->message : "?");
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SfRequestDialog *self = SF_REQUEST_DIALOG (widget);
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  PrintJob *job = g_new0 (PrintJob, 1);
  g_autofree char *job_name = NULL;
  g_autoptr(GError) error = NULL;

  job->text = g_strdup (self->text);
  job->pages = g_array_new (FALSE, FALSE, sizeof (int));
  job->baselines = g_array_new (FALSE, FALSE, sizeof (double));
  g_object_set_data_full (G_OBJECT (operation), "sf-print-job", job, print_job_free);
  /* Translators: the name of the print job; %s is the partner organisation. */
  job_name = g_strdup_printf (_("Request for figures to %s"), self->organisation);
  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);
  g_set_object (&self->print_operation, operation);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toasts),
                                   adw_toast_new (_("The request could not be printed")));
      g_warning ("Printing the request failed: %s", error->message);
    }
}

/* ---- copying ---------------------------------------------------------------------------- */

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SfRequestDialog *self = SF_REQUEST_DIALOG (widget);
  AdwToast *toast;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), self->text);
  toast = adw_toast_new (_("Copied"));
  adw_toast_set_timeout (toast, 2);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toasts), toast);
}

/* ---- the object ------------------------------------------------------------------------- */

static void
sf_request_dialog_dispose (GObject *object)
{
  SfRequestDialog *self = SF_REQUEST_DIALOG (object);

  g_clear_object (&self->print_operation);
  G_OBJECT_CLASS (sf_request_dialog_parent_class)->dispose (object);
}

static void
sf_request_dialog_finalize (GObject *object)
{
  SfRequestDialog *self = SF_REQUEST_DIALOG (object);

  g_free (self->text);
  g_free (self->organisation);
  G_OBJECT_CLASS (sf_request_dialog_parent_class)->finalize (object);
}

static void
sf_request_dialog_class_init (SfRequestDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_request_dialog_dispose;
  object_class->finalize = sf_request_dialog_finalize;
  gtk_widget_class_install_action (widget_class, "request.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "request.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sf_request_dialog_init (SfRequestDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *copy = gtk_button_new_with_mnemonic (_("_Copy"));
  GtkWidget *print = gtk_button_new_with_mnemonic (_("_Print…"));

  gtk_window_set_default_size (GTK_WINDOW (self), 640, 600);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (copy), "request.copy");
  gtk_widget_add_css_class (copy, "suggested-action");
  gtk_widget_set_tooltip_text (copy, _("Copy the whole text, to paste into an e-mail"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (print), "request.print");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), print);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), copy);
  gtk_box_append (GTK_BOX (box), header);

  self->text_view = gtk_text_view_new ();
  gtk_widget_set_name (self->text_view, "request-text");
  gtk_text_view_set_editable (GTK_TEXT_VIEW (self->text_view), FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->text_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->text_view), 24);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self->text_view), 24);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->text_view), 18);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->text_view), 18);
  gtk_text_view_set_pixels_below_lines (GTK_TEXT_VIEW (self->text_view), 2);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->text_view);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), scrolled);

  self->toasts = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (self->toasts), box);
  adw_window_set_content (ADW_WINDOW (self), self->toasts);
}

GtkWidget *
sf_request_dialog_new (GtkWindow  *parent,
                       SfProject  *project,
                       const char *partner_id)
{
  SfRequestDialog *self;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  GListModel *partners;
  const char *organisation = "";

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  text = sf_project_format_request_list (project, partner_id);
  if (text == NULL)
    return NULL;
  partners = sf_project_get_partners (project);
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);

      if (g_strcmp0 (sf_record_get_id (SF_RECORD (partner)), partner_id) == 0 &&
          sf_partner_get_organisation (partner) != NULL)
        organisation = sf_partner_get_organisation (partner);  /* the list keeps it */
    }

  self = g_object_new (SF_TYPE_REQUEST_DIALOG, "transient-for", parent, NULL);
  self->text = g_steal_pointer (&text);
  self->organisation = g_strdup (organisation);
  /* Translators: the title of the request dialog; %s is the partner organisation. */
  title = g_strdup_printf (_("Request to %s"), organisation);
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view)),
                            self->text, -1);
  return GTK_WIDGET (self);
}

const char *
sf_request_dialog_get_text (SfRequestDialog *self)
{
  g_return_val_if_fail (SF_IS_REQUEST_DIALOG (self), NULL);

  return self->text;
}
