/* sf-key-points-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per key point (sf-tagged-row.h: the text, the confidential mark, the themes), with
 * the answers the point came from added to it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-feedback.h"
#include "sf-key-points-window.h"
#include "sf-tagged-row.h"
#include "sf-text.h"
#include "sf-toplevel.h"

struct _SfKeyPointsWindow
{
  AdwWindow parent_instance;

  SfProject *project;
  SfPartner *partner;

  GtkWidget *toast_overlay;
  GtkWidget *header;
  GtkWidget *add_row;
  GtkWidget *list_box;
};

G_DEFINE_FINAL_TYPE (SfKeyPointsWindow, sf_key_points_window, ADW_TYPE_WINDOW)

/* ---- helpers ---------------------------------------------------------------------------- */

static SfKeyPoint *
row_get_point (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "sf-key-point");
}

static SfKeyPointsWindow *
row_get_window (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "sf-window");
}

static const char *
point_id (GtkWidget *row)
{
  return sf_record_get_id (SF_RECORD (row_get_point (row)));
}

static const char *
question_text (SfProject  *project,
               const char *question_id)
{
  GListModel *questions = sf_project_get_questions (project, 1);

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SfQuestion) question = g_list_model_get_item (questions, i);

      if (g_strcmp0 (sf_record_get_id (SF_RECORD (question)), question_id) == 0)
        return sf_question_get_text (question);  /* the list keeps it alive */
    }
  return NULL;
}

static GListModel *
partner_answers (SfProject *project,
                 SfPartner *partner)
{
  SfInterview *interview = sf_project_find_interview (project,
                                                      sf_record_get_id (SF_RECORD (partner)));

  if (interview == NULL)
    return NULL;
  return sf_project_get_answers (project, sf_record_get_id (SF_RECORD (interview)));
}

/* ---- a key point's row ------------------------------------------------------------------ */

static void
update_sources (GtkWidget *row)
{
  SfKeyPointsWindow *self = g_object_get_data (G_OBJECT (row), "sf-window");
  GtkWidget *sources_row = g_object_get_data (G_OBJECT (row), "sf-sources-row");
  g_auto(GStrv) sources = sf_project_get_key_point_sources (self->project, point_id (row));
  guint n = sources != NULL ? g_strv_length (sources) : 0;
  g_autofree char *subtitle = NULL;

  if (n == 0)
    subtitle = g_strdup (_("No answers chosen"));
  else
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "From %u answer",
                                             "From %u answers", n), n);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (sources_row), subtitle);
}

static void
row_project_changed (GtkWidget  *row,
                     const char *table)
{
  if (g_strcmp0 (table, "key_point_source") == 0 || g_strcmp0 (table, "answer") == 0)
    update_sources (row);
}

static void
report_error (GtkWidget    *row,
              const char   *heading,
              const GError *error)
{
  sf_feedback_error (row, heading, error);
}

static void
source_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       row)
{
  SfKeyPointsWindow *self = row_get_window (row);
  g_auto(GStrv) sources = sf_project_get_key_point_sources (self->project, point_id (row));
  g_auto(GStrv) updated = sf_text_toggle_id ((const char * const *) sources,
                                             g_variant_get_string (parameter, NULL));
  g_autoptr(GError) error = NULL;

  if (!sf_project_set_key_point_sources (self->project, point_id (row),
                                         (const char * const *) updated, &error))
    report_error (row, _("The sources could not be saved"), error);
}

static void
source_toggled (GtkCheckButton *check,
                GtkWidget      *row)
{
  gtk_widget_activate_action (row, "key-point.source", "s",
                              g_object_get_data (G_OBJECT (check), "sf-answer-id"));
}

/* The answers of the partner's interview, each with a check for "the point came from it". */
static void
fill_sources_popover (GtkPopover *popover,
                      GtkWidget  *row)
{
  SfKeyPointsWindow *self = row_get_window (row);
  GListModel *answers = partner_answers (self->project, self->partner);
  g_auto(GStrv) sources = sf_project_get_key_point_sources (self->project, point_id (row));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  guint shown = 0;

  for (guint i = 0; answers != NULL && i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(SfAnswer) answer = g_list_model_get_item (answers, i);
      const char *answer_id = sf_record_get_id (SF_RECORD (answer));
      const char *text = sf_answer_get_text (answer);
      const char *question = question_text (self->project, sf_answer_get_question_id (answer));
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *label_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *question_label = gtk_label_new (question != NULL ? question : "");
      GtkWidget *answer_label = gtk_label_new (text);

      if (sf_text_is_blank (text))
        continue;
      gtk_label_set_xalign (GTK_LABEL (question_label), 0);
      gtk_label_set_wrap (GTK_LABEL (question_label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (question_label), 50);
      gtk_widget_add_css_class (question_label, "heading");
      gtk_label_set_xalign (GTK_LABEL (answer_label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (answer_label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (answer_label), 50);
      gtk_label_set_single_line_mode (GTK_LABEL (answer_label), TRUE);
      gtk_widget_add_css_class (answer_label, "dim-label");
      gtk_box_append (GTK_BOX (label_box), question_label);
      gtk_box_append (GTK_BOX (label_box), answer_label);
      if (sf_answer_get_confidential (answer))
        gtk_box_append (GTK_BOX (label_box), sf_confidential_marker_new ());
      gtk_check_button_set_child (GTK_CHECK_BUTTON (check), label_box);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   sources != NULL &&
                                   g_strv_contains ((const char * const *) sources, answer_id));
      /* A plain toggle, so the check follows the click before the store changes. */
      g_object_set_data_full (G_OBJECT (check), "sf-answer-id", g_strdup (answer_id), g_free);
      g_signal_connect (check, "toggled", G_CALLBACK (source_toggled), row);
      gtk_box_append (GTK_BOX (box), check);
      shown++;
    }
  if (shown == 0)
    {
      GtkWidget *label = gtk_label_new (_("No answers recorded for this partner yet"));

      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 420);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  gtk_popover_set_child (popover, scrolled);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  static const GActionEntry entries[] = {
    { .name = "source", .activate = source_action, .parameter_type = "s" },
  };
  SfKeyPointsWindow *self = user_data;
  GtkWidget *row = sf_tagged_row_new (self->project, SF_RECORD (item), NULL);
  GtkWidget *sources_row = adw_action_row_new ();
  GtkWidget *sources_button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();

  g_object_set_data (G_OBJECT (row), "sf-window", self);
  g_object_set_data (G_OBJECT (row), "sf-sources-row", sources_row);
  g_action_map_add_action_entries (sf_tagged_row_get_actions (row), entries,
                                   G_N_ELEMENTS (entries), row);

  /* Sources. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (sources_row), _("From the Answers"));
  gtk_widget_set_name (sources_button, "choose-sources");
  gtk_menu_button_set_label (GTK_MENU_BUTTON (sources_button), _("Choose…"));
  gtk_widget_set_valign (sources_button, GTK_ALIGN_CENTER);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (sources_button), popover);
  g_signal_connect (popover, "show", G_CALLBACK (fill_sources_popover), row);
  adw_action_row_add_suffix (ADW_ACTION_ROW (sources_row), sources_button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), sources_row);

  g_signal_connect_object (self->project, "changed", G_CALLBACK (row_project_changed), row,
                           G_CONNECT_SWAPPED);
  update_sources (row);
  return row;
}

/* ---- the window ------------------------------------------------------------------------- */

static void
add_applied (SfKeyPointsWindow *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (
                                                  GTK_EDITABLE (self->add_row))));
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;

  if (*text == '\0')
    return;
  id = sf_project_add_key_point (self->project, sf_record_get_id (SF_RECORD (self->partner)),
                                 text, &error);
  if (id == NULL)
    {
      sf_feedback_error (GTK_WIDGET (self), _("The key point could not be added"), error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->add_row), "");
}

static GtkWidget *
placeholder_new (void)
{
  GtkWidget *label = gtk_label_new (_("No key points yet"));

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  return label;
}

static void
sf_key_points_window_dispose (GObject *object)
{
  SfKeyPointsWindow *self = SF_KEY_POINTS_WINDOW (object);

  g_clear_object (&self->partner);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_key_points_window_parent_class)->dispose (object);
}

static void
sf_key_points_window_class_init (SfKeyPointsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_key_points_window_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
}

static void
sf_key_points_window_init (SfKeyPointsWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = self->header = adw_header_bar_new ();
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *add_group = adw_preferences_group_new ();
  GtkWidget *list_group = adw_preferences_group_new ();
  GtkWidget *add_list = gtk_list_box_new ();

  gtk_widget_set_name (GTK_WIDGET (self), "key-points-window");
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 720);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
  gtk_window_set_title (GTK_WINDOW (self), _("Key Points"));
  gtk_box_append (GTK_BOX (box), header);

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (add_group),
    _("A concise overview of what this partner said: short points, each with its themes and "
      "the answers it came from."));
  self->add_row = adw_entry_row_new ();
  gtk_widget_set_name (self->add_row, "add-key-point");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->add_row), _("New Key Point"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self->add_row), TRUE);
  g_signal_connect_swapped (self->add_row, "apply", G_CALLBACK (add_applied), self);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (add_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (add_list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (add_list), self->add_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (add_group), add_list);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (add_group));

  self->list_box = gtk_list_box_new ();
  gtk_widget_set_name (self->list_box, "key-point-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list_box, "boxed-list");
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->list_box), placeholder_new ());
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (list_group), self->list_box);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (list_group));

  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  self->toast_overlay = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (self->toast_overlay), box);
  adw_window_set_content (ADW_WINDOW (self), self->toast_overlay);
}

GtkWidget *
sf_key_points_window_new (GtkWidget *parent,
                          SfProject *project,
                          SfPartner *partner)
{
  SfKeyPointsWindow *self;
  GtkWidget *title;
  GtkWindow *main_window;

  g_return_val_if_fail (parent == NULL || GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (SF_IS_PARTNER (partner), NULL);

  self = g_object_new (SF_TYPE_KEY_POINTS_WINDOW, NULL);
  self->project = g_object_ref (project);
  self->partner = g_object_ref (partner);
  main_window = sf_toplevel_of (parent);
  gtk_window_set_transient_for (GTK_WINDOW (self), main_window);
  /* Undo (the toasts' button, Ctrl+Z) is the main window's. */
  if (G_IS_ACTION_GROUP (main_window))
    gtk_widget_insert_action_group (GTK_WIDGET (self), "win", G_ACTION_GROUP (main_window));
  title = adw_window_title_new (_("Key Points"), sf_partner_get_organisation (partner));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (self->header), title);
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list_box),
                           sf_project_get_key_points (project,
                                                      sf_record_get_id (SF_RECORD (partner))),
                           create_row, self, NULL);
  return GTK_WIDGET (self);
}

SfPartner *
sf_key_points_window_get_partner (SfKeyPointsWindow *self)
{
  g_return_val_if_fail (SF_IS_KEY_POINTS_WINDOW (self), NULL);
  return self->partner;
}

gboolean
sf_key_points_window_show_point (SfKeyPointsWindow *self,
                                 const char        *key_point_id)
{
  GtkWidget *row;

  g_return_val_if_fail (SF_IS_KEY_POINTS_WINDOW (self), FALSE);
  g_return_val_if_fail (key_point_id != NULL, FALSE);

  row = sf_tagged_row_find (self->list_box, key_point_id);
  if (row == NULL)
    return FALSE;
  sf_tagged_row_show (row);
  return TRUE;
}
