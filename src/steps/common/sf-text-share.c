/* sf-text-share.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text is laid out once for the page's width; each page then shows the lines that fit
 * on it, so a line is never cut between two pages.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-feedback.h"
#include "sf-text-share.h"
#include "sf-toplevel.h"

#define PRINT_FONT "Sans 11"

/* The text laid out for the page width; each line's page and its baseline on it. */
typedef struct
{
  char        *text;
  char        *failed;
  PangoLayout *layout;
  GArray      *pages;     /* of int: the line each page starts with, then the line count */
  GArray      *baselines; /* of double, per line: its baseline from the top of its page */
} PrintJob;

/* Freed with the print operation's handlers. */
static void
print_job_free (gpointer  data,
                GClosure *closure)
{
  PrintJob *job = data;

  g_clear_object (&job->layout);
  g_clear_pointer (&job->pages, g_array_unref);
  g_clear_pointer (&job->baselines, g_array_unref);
  g_free (job->text);
  g_free (job->failed);
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
print_failed (GtkWidget    *anchor,
              const char   *failed,
              const GError *error)
{
  sf_feedback_toast (anchor, failed);
  g_warning ("Printing failed: %s", error != NULL ? error->message : "?");
}

static void
print_done_cb (GtkWidget               *anchor,
               GtkPrintOperationResult  result,
               GtkPrintOperation       *operation)
{
  g_autoptr(GError) error = NULL;
  PrintJob *job = g_object_get_data (G_OBJECT (operation), "sf-print-job");

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;
  gtk_print_operation_get_error (operation, &error);
  print_failed (anchor, job != NULL ? job->failed : "", error);
}

GtkPrintOperation *
sf_text_share_print (GtkWidget  *anchor,
                     const char *job_name,
                     const char *text,
                     const char *failed)
{
  GtkPrintOperation *operation;
  PrintJob *job;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (anchor), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  operation = gtk_print_operation_new ();
  job = g_new0 (PrintJob, 1);
  job->text = g_strdup (text);
  job->failed = g_strdup (failed);
  job->pages = g_array_new (FALSE, FALSE, sizeof (int));
  job->baselines = g_array_new (FALSE, FALSE, sizeof (double));
  g_object_set_data (G_OBJECT (operation), "sf-print-job", job);
  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (begin_print_cb), job,
                         print_job_free, 0);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), anchor,
                           G_CONNECT_SWAPPED);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               sf_toplevel_of (anchor), &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    print_failed (anchor, failed, error);
  return operation;
}

void
sf_text_share_copy (GtkWidget  *anchor,
                    const char *text)
{
  GtkWidget *overlay;
  AdwToast *toast;

  g_return_if_fail (GTK_IS_WIDGET (anchor));

  gdk_clipboard_set_text (gtk_widget_get_clipboard (anchor), text);
  overlay = gtk_widget_get_ancestor (anchor, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    return;
  toast = adw_toast_new (_("Copied"));
  adw_toast_set_timeout (toast, 2);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}
