/* sf-key-point-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sources are chosen in a window of their own (sf-source-chooser.h), where long answers
 * and statements can be read whole; it reads them from the store as they are when it opens
 * and follows the store while open.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-key-point-row.h"
#include "sf-source-chooser.h"
#include "sf-tagged-row.h"

static void
update_sources (GtkWidget *row)
{
  GtkWidget *sources_row = g_object_get_data (G_OBJECT (row), "sf-sources-row");
  g_autofree char *summary = sf_source_summary (sf_tagged_row_get_project (row),
                                                sf_record_get_id (sf_tagged_row_get_item (row)));

  adw_action_row_set_subtitle (ADW_ACTION_ROW (sources_row), summary);
}

static void
project_changed (GtkWidget  *row,
                 const char *table)
{
  static const char * const tables[] = {
    "key_point_source", "answer", "interview", "statement", NULL
  };

  if (table != NULL && g_strv_contains (tables, table))
    update_sources (row);
}

static void
choose_sources_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       row)
{
  GtkWidget *chooser = sf_source_chooser_new (row, sf_tagged_row_get_project (row),
                                              SF_KEY_POINT (sf_tagged_row_get_item (row)));

  gtk_window_present (GTK_WINDOW (chooser));
}

GtkWidget *
sf_key_point_row_new (SfProject  *project,
                              SfKeyPoint *point)
{
  static const GActionEntry entries[] = {
    { .name = "choose-sources", .activate = choose_sources_action },
  };
  GtkWidget *row = sf_tagged_row_new (project, SF_RECORD (point), NULL);
  GtkWidget *sources_row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Choose…"));

  g_object_set_data (G_OBJECT (row), "sf-sources-row", sources_row);
  g_action_map_add_action_entries (sf_tagged_row_get_actions (row), entries,
                                   G_N_ELEMENTS (entries), row);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (sources_row), _("Sources"));
  gtk_widget_set_name (button, "choose-sources");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "key-point.choose-sources");
  adw_action_row_add_suffix (ADW_ACTION_ROW (sources_row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (sources_row), button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), sources_row);

  g_signal_connect_object (project, "changed", G_CALLBACK (project_changed), row,
                           G_CONNECT_SWAPPED);
  update_sources (row);
  return row;
}
