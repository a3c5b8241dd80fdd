/* sf-review-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Save stays available in these dialogs: the store's reason under the field says more than
 * a button that does nothing.
 */
#include "config.h"

#include "sf-feedback.h"
#include "sf-review-dialog.h"
#include "sf-store-error.h"

void
sf_review_refusal_show (GtkWidget  *label,
                        GtkWidget  *field,
                        const char *message)
{
  gtk_label_set_text (GTK_LABEL (label), message != NULL ? message : "");
  gtk_widget_set_visible (label, message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (field, "error");
  else
    gtk_widget_remove_css_class (field, "error");
}

void
sf_review_refusal_after (GtkWidget    *dialog,
                         GtkWidget    *label,
                         GtkWidget    *field,
                         const char   *heading,
                         const GError *error)
{
  if (g_error_matches (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID))
    {
      sf_review_refusal_show (label, field, error->message);
      gtk_widget_grab_focus (field);
    }
  else
    sf_feedback_error (dialog, heading, error);
}

void
sf_review_dialog_remove (GtkWidget    *dialog,
                         GtkWidget    *parent,
                         SfProject    *project,
                         SfRemoveFunc  remove,
                         SfRecord     *item,
                         const char   *removed,
                         const char   *not_removed)
{
  if (item != NULL)
    sf_feedback_remove_in_dialog (GTK_WINDOW (dialog), parent, project, remove,
                                  sf_record_get_id (item), removed, not_removed);
}

char *
sf_review_view_text (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}
