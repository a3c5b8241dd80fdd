/* sf-conflicts-dialog.c: the open conflicts merges left, each decided one undoable step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list is the store's watched list of open conflicts: a decision, or its undo, takes the
 * row away or brings it back by itself.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sf-conflicts-dialog.h"
#include "sf-feedback.h"
#include "sf-project-conflicts.h"
#include "sf-toplevel.h"

#define DIALOG_KEY "sf-conflicts-dialog"

static const char *
or_none (const char *value)
{
  return value != NULL ? value : "—";
}

/* A whole row's conflict: what happened on either side. */
static const char *
row_happening (SfMergeConflictKind kind)
{
  switch (kind)
    {
    case SF_MERGE_MINE_REMOVED:
      return _("Removed here, changed in the copy");
    case SF_MERGE_THEIRS_REMOVED:
      return _("Removed in the copy, changed here");
    case SF_MERGE_PARENT_REMOVED:
      return _("Added in the copy to something removed here");
    case SF_MERGE_DIFFERS:
    case SF_MERGE_BOTH_CHANGED:
    default:
      return _("Differs here and in the copy");
    }
}

static void
decided (GtkWidget  *anchor,
         SfProject  *project,
         const char *id,
         SfMergeDecision decision,
         const char *value)
{
  g_autoptr(GError) error = NULL;

  if (!sf_project_decide_conflict (project, id, decision, value, &error))
    {
      sf_feedback_error (anchor, _("The conflict could not be decided"), error);
      return;
    }
  sf_feedback_undo_toast (anchor, project, _("Conflict decided"));
}

/* The dialog's content: the toast overlay outlives the row a decision takes away. */
static GtkWidget *
content_of (GtkWidget *row)
{
  return gtk_widget_get_ancestor (row, ADW_TYPE_TOAST_OVERLAY);
}

static void
on_keep_mine (GtkWidget  *button,
              SfConflict *conflict)
{
  SfProject *project = g_object_get_data (G_OBJECT (button), "sf-project");

  decided (content_of (button), project, sf_record_get_id (SF_RECORD (conflict)),
           SF_MERGE_KEPT_MINE, NULL);
}

static void
on_take_theirs (GtkWidget  *button,
                SfConflict *conflict)
{
  SfProject *project = g_object_get_data (G_OBJECT (button), "sf-project");

  decided (content_of (button), project, sf_record_get_id (SF_RECORD (conflict)),
           SF_MERGE_TOOK_THEIRS, NULL);
}

/* ---- editing a value -------------------------------------------------------------------- */

static gboolean
is_number (const char *text)
{
  char *end = NULL;

  if (text == NULL || *text == '\0')
    return FALSE;
  g_ascii_strtod (text, &end);
  return *end == '\0';
}

/* The starting point: for text both versions, one under the other, to keep what is wanted. */
static char *
edit_start (SfConflict *conflict)
{
  const char *mine = sf_conflict_get_mine (conflict);
  const char *theirs = sf_conflict_get_theirs (conflict);

  if (mine == NULL || theirs == NULL || g_strcmp0 (mine, theirs) == 0 ||
      (is_number (mine) && is_number (theirs)))
    return g_strdup (mine != NULL ? mine : theirs != NULL ? theirs : "");
  return g_strdup_printf ("%s\n%s", mine, theirs);
}

static void
on_edit_response (AdwMessageDialog *dialog,
                  const char       *response,
                  SfConflict       *conflict)
{
  GtkWidget *anchor = g_object_get_data (G_OBJECT (dialog), "sf-anchor");
  SfProject *project = g_object_get_data (G_OBJECT (dialog), "sf-project");
  GtkTextBuffer *buffer = g_object_get_data (G_OBJECT (dialog), "sf-buffer");
  GtkTextIter start, end;
  g_autofree char *value = NULL;

  if (!g_str_equal (response, "save") || anchor == NULL)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  value = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  decided (anchor, project, sf_record_get_id (SF_RECORD (conflict)), SF_MERGE_EDITED,
           g_strstrip (value));
}

static void
unref_closure_data (gpointer  data,
                    GClosure *closure)
{
  g_object_unref (data);
}

static void
on_edit (GtkWidget  *button,
         SfConflict *conflict)
{
  SfProject *project = g_object_get_data (G_OBJECT (button), "sf-project");
  GtkWidget *anchor = content_of (button);
  g_autofree char *about = sf_project_describe_conflict (project, conflict);
  g_autofree char *start = edit_start (conflict);
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    sf_toplevel_of (button), _("Edit the Value"), about));
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  gtk_widget_set_name (GTK_WIDGET (dialog), "conflict-edit-dialog");
  /* It goes with the conflicts' window, which its response reports to. */
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_text_buffer_set_text (buffer, start, -1);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_widget_set_size_request (view, 320, 80);
  gtk_widget_set_name (view, "conflict-value");
  gtk_frame_set_child (GTK_FRAME (frame), view);
  adw_message_dialog_set_extra_child (dialog, frame);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "sf-project", g_object_ref (project),
                          g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "sf-buffer", buffer);
  /* The row may go while the dialog is open; the overlay outlives it, not the dialog. */
  g_object_set_data (G_OBJECT (dialog), "sf-anchor", anchor);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_edit_response),
                         g_object_ref (conflict), unref_closure_data, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- a row ------------------------------------------------------------------------------ */

static char *
value_text (SfProject  *project,
            SfConflict *conflict,
            const char *value)
{
  return value != NULL ? sf_project_conflict_value_text (project, conflict, value) : NULL;
}

static GtkWidget *
value_column (GtkGrid    *grid,
              int         column,
              const char *heading,
              const char *value,
              const char *name)
{
  GtkWidget *title = gtk_label_new (heading);
  GtkWidget *text = gtk_label_new (or_none (value));

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "caption-heading");
  gtk_widget_add_css_class (title, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_yalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (text), TRUE);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_name (text, name);
  gtk_grid_attach (grid, title, column, 0, 1, 1);
  gtk_grid_attach (grid, text, column, 1, 1, 1);
  return text;
}

static GtkWidget *
decision_button (const char *label,
                 const char *name,
                 SfProject  *project,
                 SfConflict *conflict,
                 GCallback   callback)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_name (button, name);
  g_object_set_data (G_OBJECT (button), "sf-project", project);
  g_signal_connect_object (button, "clicked", callback, conflict, 0);
  return button;
}

/* Before, here and in the copy, side by side. */
static GtkWidget *
values_grid (SfProject  *project,
             SfConflict *conflict)
{
  GtkWidget *grid = gtk_grid_new ();
  g_autofree char *base = value_text (project, conflict, sf_conflict_get_base (conflict));
  g_autofree char *mine = value_text (project, conflict, sf_conflict_get_mine (conflict));
  g_autofree char *theirs = value_text (project, conflict, sf_conflict_get_theirs (conflict));

  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
  /* Translators: the conflicts view's columns: the value before the copy was made, this
   * project's, the copy's. */
  value_column (GTK_GRID (grid), 0, _("Before"), base, "conflict-base");
  value_column (GTK_GRID (grid), 1, _("Here"), mine, "conflict-mine");
  value_column (GTK_GRID (grid), 2, _("In the Copy"), theirs, "conflict-theirs");
  return grid;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  SfConflict *conflict = item;
  SfProject *project = user_data;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *about = sf_project_describe_conflict (project, conflict);
  GtkWidget *title = gtk_label_new (about);

  gtk_widget_set_name (row, "conflict-row");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_set_name (title, "conflict-about");
  gtk_box_append (GTK_BOX (box), title);
  if (sf_conflict_get_column (conflict) == NULL)
    {
      GtkWidget *what = gtk_label_new (row_happening (sf_conflict_get_kind (conflict)));

      gtk_label_set_xalign (GTK_LABEL (what), 0);
      gtk_label_set_wrap (GTK_LABEL (what), TRUE);
      gtk_widget_set_name (what, "conflict-happening");
      gtk_box_append (GTK_BOX (box), what);
    }

  /* A whole row has no one value to set side by side: what happened to it says it. */
  if (sf_conflict_get_column (conflict) != NULL)
    gtk_box_append (GTK_BOX (box), values_grid (project, conflict));

  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (buttons),
                  decision_button (_("_Mine"), "keep-mine", project, conflict,
                                   G_CALLBACK (on_keep_mine)));
  gtk_box_append (GTK_BOX (buttons),
                  decision_button (_("_The Copy’s"), "take-theirs", project, conflict,
                                   G_CALLBACK (on_take_theirs)));
  /* A reference is another row: chosen, never typed. */
  if (sf_conflict_get_column (conflict) != NULL &&
      !sf_project_conflict_is_reference (project, conflict))
    gtk_box_append (GTK_BOX (buttons),
                    decision_button (_("_Edit…"), "edit", project, conflict,
                                     G_CALLBACK (on_edit)));
  gtk_box_append (GTK_BOX (box), buttons);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

/* ---- the dialog ------------------------------------------------------------------------- */

static void
update_empty (GtkStack *stack)
{
  GListModel *model = g_object_get_data (G_OBJECT (stack), "sf-model");

  gtk_stack_set_visible_child_name (stack, g_list_model_get_n_items (model) ? "list" : "none");
}

void
sf_conflicts_dialog_present (GtkWidget *anchor,
                             SfProject *project)
{
  GListModel *model = sf_project_get_conflicts (project);
  GtkWidget *window = adw_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *none = adw_status_page_new ();
  GtkWidget *later = gtk_button_new_with_mnemonic (_("Decide _Later"));
  GtkWindow *parent = sf_toplevel_of (anchor);

  gtk_widget_set_name (window, "conflicts-dialog");
  gtk_window_set_title (GTK_WINDOW (window), _("Conflicts"));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_default_size (GTK_WINDOW (window), 720, 560);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  /* The toasts' Undo and Ctrl+Z here are the project window's. */
  if (GTK_IS_APPLICATION_WINDOW (parent))
    {
      GtkEventController *shortcuts = gtk_shortcut_controller_new ();

      gtk_widget_insert_action_group (window, "win", G_ACTION_GROUP (parent));
      gtk_shortcut_controller_add_shortcut (
        GTK_SHORTCUT_CONTROLLER (shortcuts),
        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>z"),
                          gtk_named_action_new ("win.undo")));
      gtk_shortcut_controller_add_shortcut (
        GTK_SHORTCUT_CONTROLLER (shortcuts),
        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control><Shift>z"),
                          gtk_named_action_new ("win.redo")));
      gtk_widget_add_controller (window, shortcuts);
    }

  gtk_widget_set_name (later, "decide-later");
  gtk_widget_set_tooltip_text (later, _("Close; the conflicts stay open"));
  g_signal_connect_swapped (later, "clicked", G_CALLBACK (gtk_window_close), window);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), later);
  gtk_box_append (GTK_BOX (box), header);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_valign (list, GTK_ALIGN_START);
  gtk_widget_set_margin_top (list, 18);
  gtk_widget_set_margin_bottom (list, 18);
  gtk_widget_set_margin_start (list, 12);
  gtk_widget_set_margin_end (list, 12);
  gtk_widget_set_name (list, "conflict-list");
  gtk_list_box_bind_model (GTK_LIST_BOX (list), model, create_row, g_object_ref (project),
                           g_object_unref);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 860);
  adw_clamp_set_child (ADW_CLAMP (clamp), list);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (none), "emblem-ok-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (none), _("No Open Conflicts"));
  adw_status_page_set_description (ADW_STATUS_PAGE (none),
                                   _("Every conflict from merged copies is decided."));
  gtk_stack_add_named (GTK_STACK (stack), scrolled, "list");
  gtk_stack_add_named (GTK_STACK (stack), none, "none");
  gtk_widget_set_vexpand (stack, TRUE);
  g_object_set_data_full (G_OBJECT (stack), "sf-model", g_object_ref (model), g_object_unref);
  g_signal_connect_object (model, "items-changed", G_CALLBACK (update_empty), stack,
                           G_CONNECT_SWAPPED);
  update_empty (GTK_STACK (stack));
  gtk_box_append (GTK_BOX (box), stack);

  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), box);
  adw_window_set_content (ADW_WINDOW (window), overlay);
  gtk_window_present (GTK_WINDOW (window));
}

/* ---- the banner in the project's window ------------------------------------------------- */

static void
update_banner (GtkRevealer *banner)
{
  GListModel *model = g_object_get_data (G_OBJECT (banner), "sf-model");
  GtkLabel *label = g_object_get_data (G_OBJECT (banner), "sf-label");
  guint n = g_list_model_get_n_items (model);
  g_autofree char *text = g_strdup_printf (
    ngettext ("%u conflict from a merged copy waits for your decision",
              "%u conflicts from merged copies wait for your decision", n), n);

  gtk_label_set_label (label, text);
  gtk_revealer_set_reveal_child (banner, n > 0);
}

static void
on_show_conflicts (GtkWidget *button,
                   SfProject *project)
{
  sf_conflicts_dialog_present (button, project);
}

GtkWidget *
sf_conflicts_banner_new (SfProject *project)
{
  GListModel *model = sf_project_get_conflicts (project);
  GtkWidget *banner = gtk_revealer_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Decide…"));

  gtk_widget_set_name (banner, "conflicts-banner");
  gtk_widget_add_css_class (box, "sf-example-banner");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_name (label, "conflicts-count");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_name (button, "show-conflicts");
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_show_conflicts), project, 0);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), button);
  gtk_revealer_set_child (GTK_REVEALER (banner), box);
  g_object_set_data_full (G_OBJECT (banner), "sf-model", g_object_ref (model), g_object_unref);
  g_object_set_data (G_OBJECT (banner), "sf-label", label);
  g_signal_connect_object (model, "items-changed", G_CALLBACK (update_banner), banner,
                           G_CONNECT_SWAPPED);
  update_banner (GTK_REVEALER (banner));
  return banner;
}
