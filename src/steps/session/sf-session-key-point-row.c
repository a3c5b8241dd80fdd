/* sf-session-key-point-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chooser is filled each time it opens, from the statements as they are then: the
 * session may have gone on since the row was made.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-feedback.h"
#include "sf-interviews.h"
#include "sf-session-key-point-row.h"
#include "sf-sessions.h"
#include "sf-tagged-row.h"
#include "sf-text.h"

static SfKeyPoint *
row_point (GtkWidget *row)
{
  return SF_KEY_POINT (sf_tagged_row_get_item (row));
}

static const char *
point_id (GtkWidget *row)
{
  return sf_record_get_id (sf_tagged_row_get_item (row));
}

static void
update_sources (GtkWidget *row)
{
  GtkWidget *sources_row = g_object_get_data (G_OBJECT (row), "sf-sources-row");
  g_auto(GStrv) sources = sf_project_get_key_point_statements (sf_tagged_row_get_project (row),
                                                               point_id (row));
  guint n = g_strv_length (sources);
  g_autofree char *subtitle = NULL;

  if (n == 0)
    subtitle = g_strdup (_("No statements chosen"));
  else
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "From %u statement",
                                             "From %u statements", n), n);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (sources_row), subtitle);
}

static void
project_changed (GtkWidget  *row,
                 const char *table)
{
  if (g_strcmp0 (table, "key_point_source") == 0 || g_strcmp0 (table, "statement") == 0)
    update_sources (row);
}

static void
source_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       row)
{
  SfProject *project = sf_tagged_row_get_project (row);
  g_auto(GStrv) sources = sf_project_get_key_point_statements (project, point_id (row));
  g_auto(GStrv) updated = sf_text_toggle_id ((const char * const *) sources,
                                             g_variant_get_string (parameter, NULL));
  g_autoptr(GError) error = NULL;

  if (!sf_project_set_key_point_statements (project, point_id (row),
                                            (const char * const *) updated, &error))
    sf_feedback_error (row, _("The sources could not be saved"), error);
}

/* ---- the chooser ------------------------------------------------------------------------ */

static void
check_toggled (GtkCheckButton *check,
               GtkWidget      *row)
{
  gtk_widget_activate_action (row, "key-point.source", "s",
                              g_object_get_data (G_OBJECT (check), "sf-statement-id"));
}

static GtkWidget *
statement_check_row (GtkWidget   *row,
                     SfStatement *statement,
                     gboolean     chosen)
{
  GtkWidget *check_row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  const char *speaker = sf_statement_get_participant_name (statement);

  gtk_widget_set_name (check, "source-statement");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), chosen);
  g_object_set_data_full (G_OBJECT (check), "sf-statement-id",
                          g_strdup (sf_record_get_id (SF_RECORD (statement))), g_free);
  /* After the first state: only the user's toggles change the store. */
  g_signal_connect (check, "toggled", G_CALLBACK (check_toggled), row);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (check_row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (check_row),
                                 sf_statement_get_text (statement));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (check_row),
                               sf_text_is_blank (speaker) ? _("Anonymous") : speaker);
  adw_action_row_add_prefix (ADW_ACTION_ROW (check_row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (check_row), check);
  if (sf_statement_get_confidential (statement))
    adw_action_row_add_suffix (ADW_ACTION_ROW (check_row), sf_confidential_marker_new ());
  return check_row;
}

/* One question's statements under its text; nothing when there are none. */
static void
add_question (GtkWidget          *box,
              GtkWidget          *row,
              const char         *heading,
              GListModel         *statements,
              const char * const *chosen)
{
  GtkWidget *label;
  GtkWidget *list;

  if (g_list_model_get_n_items (statements) == 0)
    return;
  label = gtk_label_new (heading);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(SfStatement) statement = g_list_model_get_item (statements, i);
      gboolean on = g_strv_contains (chosen, sf_record_get_id (SF_RECORD (statement)));

      gtk_list_box_append (GTK_LIST_BOX (list), statement_check_row (row, statement, on));
    }
  gtk_box_append (GTK_BOX (box), list);
}

static void
fill_chooser (GtkPopover *popover,
              GtkWidget  *row)
{
  SfProject *project = sf_tagged_row_get_project (row);
  const char *session_id = sf_key_point_get_session_id (row_point (row));
  GListModel *questions = sf_project_get_questions (project, 2);
  g_auto(GStrv) chosen = sf_project_get_key_point_statements (project, point_id (row));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SfQuestion) question = g_list_model_get_item (questions, i);

      add_question (box, row, sf_question_get_text (question),
                    sf_project_get_statements (project, session_id,
                                               sf_record_get_id (SF_RECORD (question))),
                    (const char * const *) chosen);
    }
  add_question (box, row, _("Not about one question"),
                sf_project_get_statements (project, session_id, NULL),
                (const char * const *) chosen);
  if (gtk_widget_get_first_child (box) == NULL)
    {
      GtkWidget *label = gtk_label_new (_("No statements yet: they are captured in the live "
                                          "session."));

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_size_request (box, 360, -1);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 420);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  gtk_popover_set_child (popover, scrolled);
}

GtkWidget *
sf_session_key_point_row_new (SfProject  *project,
                              SfKeyPoint *point)
{
  static const GActionEntry entries[] = {
    { .name = "source", .activate = source_action, .parameter_type = "s" },
  };
  GtkWidget *row = sf_tagged_row_new (project, SF_RECORD (point), NULL);
  GtkWidget *sources_row = adw_action_row_new ();
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();

  g_object_set_data (G_OBJECT (row), "sf-sources-row", sources_row);
  g_action_map_add_action_entries (sf_tagged_row_get_actions (row), entries,
                                   G_N_ELEMENTS (entries), row);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (sources_row), _("From the Statements"));
  gtk_widget_set_name (button, "choose-sources");
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("Choose…"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  g_signal_connect (popover, "show", G_CALLBACK (fill_chooser), row);
  adw_action_row_add_suffix (ADW_ACTION_ROW (sources_row), button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), sources_row);

  g_signal_connect_object (project, "changed", G_CALLBACK (project_changed), row,
                           G_CONNECT_SWAPPED);
  update_sources (row);
  return row;
}
