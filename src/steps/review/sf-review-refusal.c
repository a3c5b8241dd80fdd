/* sf-review-refusal.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Save stays available in these dialogs: the store's reason under the field says more than
 * a button that does nothing.
 */
#include "config.h"

#include "sf-feedback.h"
#include "sf-review-refusal.h"
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
