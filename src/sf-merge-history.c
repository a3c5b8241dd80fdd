/* sf-merge-history.c: "Merged Copies": which copy was merged into the project when, and what
 * it brought
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list follows the project: a merge made or a conflict decided while it is open shows at
 * once.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sf-merge-history.h"
#include "sf-toplevel.h"
#include "sf-welcome-page.h"

char *
sf_merge_history_describe (SfMergeRecord *merge)
{
  guint n = sf_merge_record_get_n_conflicts (merge);
  guint open = sf_merge_record_get_n_open (merge);
  g_autofree char *counts = NULL;
  g_autofree char *conflicts = NULL;

  /* Translators: what a merged copy brought: rows added, changed and removed. */
  counts = g_strdup_printf (_("%u added, %u changed, %u removed"),
                            sf_merge_record_get_added (merge),
                            sf_merge_record_get_changed (merge),
                            sf_merge_record_get_removed (merge));
  if (n == 0)
    return g_steal_pointer (&counts);
  conflicts = g_strdup_printf (g_dngettext (NULL, "%u conflict", "%u conflicts", n), n);
  if (open == 0)
    /* Translators: the first %s is "12 added, 3 changed, 1 removed", the second "2 conflicts";
     * they are decided. */
    return g_strdup_printf (g_dngettext (NULL, "%s · %s, decided", "%s · %s, all decided", n),
                            counts, conflicts);
  /* Translators: %s is "12 added, 3 changed, 1 removed", then "2 conflicts", then how many of
   * them still wait for a decision. */
  return g_strdup_printf (_("%s · %s (%u open)"), counts, conflicts, open);
}

static void
update_row (SfMergeRecord *merge,
            GParamSpec    *pspec,
            AdwActionRow  *row)
{
  const char *copy_name = sf_merge_record_get_copy_name (merge);
  g_autofree char *when = sf_format_modified (sf_merge_record_get_merged (merge));
  g_autofree char *title = NULL;
  g_autofree char *subtitle = sf_merge_history_describe (merge);

  /* Translators: a merged copy's file name and when it was merged. */
  title = g_strdup_printf (_("%s · %s"), *copy_name ? copy_name : _("A copy"), when);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (row, subtitle);
}

static GtkWidget *
create_row (gpointer item,
            gpointer data)
{
  GtkWidget *row = adw_action_row_new ();

  /* A name or a count comes from a file: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_widget_set_name (row, "merge-row");
  update_row (item, NULL, ADW_ACTION_ROW (row));
  g_signal_connect_object (item, "notify", G_CALLBACK (update_row), row, 0);
  return row;
}

static void
update_dialog (GListModel       *merges,
               guint             position,
               guint             removed,
               guint             added,
               AdwMessageDialog *dialog)
{
  gboolean any = g_list_model_get_n_items (merges) > 0;

  adw_message_dialog_set_body (dialog,
                               any ? _("The copies merged into this project, the last one "
                                       "first.")
                                   : _("No copy has been merged into this project yet. Open "
                                       "or import a copy of it to merge it."));
  gtk_widget_set_visible (adw_message_dialog_get_extra_child (dialog), any);
}

void
sf_merge_history_present (GtkWidget *anchor,
                          SfProject *project)
{
  GListModel *merges = sf_project_get_merges (project);
  GtkWidget *dialog = adw_message_dialog_new (sf_toplevel_of (anchor), _("Merged Copies"),
                                              NULL);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();

  gtk_widget_set_name (dialog, "merge-history");
  gtk_widget_set_name (list, "merge-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_bind_model (GTK_LIST_BOX (list), merges, create_row, NULL, NULL);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 400);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  /* Wide enough for a name and a date on one line: the dialog is as wide as its content. */
  gtk_widget_set_size_request (scrolled, 460, -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  update_dialog (merges, 0, 0, 0, ADW_MESSAGE_DIALOG (dialog));
  g_signal_connect_object (merges, "items-changed", G_CALLBACK (update_dialog), dialog, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
