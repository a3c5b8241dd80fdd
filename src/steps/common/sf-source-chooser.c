/* sf-source-chooser.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store says what the point can come from (sf_project_get_key_point_candidates ()); each
 * becomes a row with the whole text, wrapped, so that a long answer is read, not guessed at.
 * When only the choices change (a check here, an undo) the rows stay and their checks follow,
 * so the focus stays where it is; when the sources themselves change, the rows are rebuilt.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sf-confidential-marker.h"
#include "sf-feedback.h"
#include "sf-source-chooser.h"
#include "sf-text.h"
#include "sf-toplevel.h"
#include "steps-resources.h"

/* Longer texts (in bytes) show their beginning until asked for the whole. */
#define LONG_TEXT 2000

struct _SfSourceChooser
{
  AdwWindow parent_instance;

  SfProject  *project;
  SfKeyPoint *point;
  GPtrArray  *rows;  /* the candidate rows, in the store's order */

  GtkWidget  *stack;
  GtkWidget  *point_label;
  GtkWidget  *answers_group;
  GtkWidget  *notes_group;
  GtkWidget  *statements_group;
};

G_DEFINE_FINAL_TYPE (SfSourceChooser, sf_source_chooser, ADW_TYPE_WINDOW)

static const char *
point_id (SfSourceChooser *self)
{
  return sf_record_get_id (SF_RECORD (self->point));
}

static GtkWidget *
row_check (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "sf-check");
}

static void refresh (SfSourceChooser *self);

static void
check_toggled (GtkCheckButton  *check,
               SfSourceChooser *self)
{
  SfSourceKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "sf-kind"));
  const char *id = g_object_get_data (G_OBJECT (check), "sf-source-id");
  g_autoptr(GError) error = NULL;

  if (!sf_project_set_key_point_source (self->project, point_id (self), kind, id,
                                        gtk_check_button_get_active (check), &error))
    {
      sf_feedback_error (GTK_WIDGET (self), _("The sources could not be saved"), error);
      refresh (self);
    }
}

/* The first LONG_TEXT bytes, cut between words, and an ellipsis. */
static char *
preview_of (const char *text)
{
  const char *end = g_utf8_find_prev_char (text, text + LONG_TEXT);
  const char *space = g_utf8_strrchr (text, end - text, ' ');

  return g_strdup_printf ("%.*s…", (int) ((space != NULL ? space : end) - text), text);
}

/* A text view lays out a paragraph as a whole, and a transcript pasted as one paragraph
 * takes seconds: for showing, a long paragraph is broken after a sentence now and then. */
static char *
in_short_lines (const char *text)
{
  char *lines = g_strdup (text);
  gsize since_break = 0;

  for (char *p = lines; *p != '\0'; p++, since_break++)
    {
      if (*p == '\n')
        since_break = 0;
      else if (*p == ' ' && since_break > LONG_TEXT / 2 &&
               (since_break > LONG_TEXT || (p > lines && strchr (".!?", p[-1]) != NULL)))
        {
          *p = '\n';
          since_break = 0;
        }
    }
  return lines;
}

/* A long text shows its beginning; the whole of it only on request, in a box that scrolls:
 * a text view lays out only what is seen, where a label lays out all of it at every resize
 * (seconds for a pasted transcript). */
static void
show_text (GtkWidget *row)
{
  const char *full = g_object_get_data (G_OBJECT (row), "sf-full");
  GtkWidget *text = g_object_get_data (G_OBJECT (row), "sf-text");
  GtkWidget *more = g_object_get_data (G_OBJECT (row), "sf-more");
  GtkWidget *long_text = g_object_get_data (G_OBJECT (row), "sf-long-text");
  gboolean blank = sf_text_is_blank (full);
  gboolean is_long = !blank && strlen (full) > LONG_TEXT;
  gboolean expanded = is_long && g_object_get_data (G_OBJECT (row), "sf-expanded") != NULL;

  if (blank)
    gtk_label_set_text (GTK_LABEL (text), _("No text any more"));
  else if (is_long)
    {
      g_autofree char *preview = preview_of (full);

      gtk_label_set_text (GTK_LABEL (text), preview);
    }
  else
    gtk_label_set_text (GTK_LABEL (text), full);
  if (blank)
    gtk_widget_add_css_class (text, "dim-label");
  else
    gtk_widget_remove_css_class (text, "dim-label");
  gtk_widget_set_visible (text, !expanded);
  gtk_widget_set_visible (more, is_long && !expanded);
  if (expanded && g_strcmp0 (g_object_get_data (G_OBJECT (row), "sf-long"), full) != 0)
    {
      GtkWidget *view = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (long_text));
      g_autofree char *lines = in_short_lines (full);

      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), lines, -1);
      g_object_set_data_full (G_OBJECT (row), "sf-long", g_strdup (full), g_free);
    }
  gtk_widget_set_visible (long_text, expanded);
}

static void
show_all_clicked (GtkWidget *row)
{
  g_object_set_data (G_OBJECT (row), "sf-expanded", GINT_TO_POINTER (TRUE));
  show_text (row);
}

/* @previous: the candidate in the row above, or NULL; a question heads only the first of
 * its statements. */
static void
update_row (SfSourceChooser   *self,
            GtkWidget         *row,
            SfSourceCandidate *candidate,
            SfSourceCandidate *previous)
{
  GtkWidget *check = row_check (row);
  GtkWidget *heading = g_object_get_data (G_OBJECT (row), "sf-heading");
  GtkWidget *speaker = g_object_get_data (G_OBJECT (row), "sf-speaker");
  GtkWidget *marker = g_object_get_data (G_OBJECT (row), "sf-marker");

  gtk_label_set_text (GTK_LABEL (heading), candidate->heading != NULL ? candidate->heading : "");
  gtk_widget_set_visible (heading, candidate->heading != NULL &&
                          (previous == NULL || previous->kind != candidate->kind ||
                           g_strcmp0 (previous->heading, candidate->heading) != 0));
  gtk_label_set_text (GTK_LABEL (speaker), candidate->speaker != NULL ? candidate->speaker : "");
  gtk_widget_set_visible (speaker, !sf_text_is_blank (candidate->speaker));
  /* A chosen source whose text has gone stays (shown as such), so that it can be unchosen. */
  g_object_set_data_full (G_OBJECT (row), "sf-full", g_strdup (candidate->text), g_free);
  show_text (row);
  gtk_widget_set_visible (marker, candidate->confidential);
  g_signal_handlers_block_by_func (check, check_toggled, self);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), candidate->chosen);
  g_signal_handlers_unblock_by_func (check, check_toggled, self);
}

/* The whole text is the check's label: a click anywhere on it chooses, and a screen reader
 * reads what is chosen. */
static GtkWidget *
row_new (SfSourceChooser   *self,
         SfSourceCandidate *candidate)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *heading = gtk_label_new (NULL);
  GtkWidget *text = gtk_label_new (NULL);
  GtkWidget *speaker = gtk_label_new (NULL);
  GtkWidget *marker = sf_confidential_marker_new ();
  GtkWidget *long_text = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *more = gtk_button_new_with_mnemonic (_("Show _All"));

  gtk_widget_set_name (row, "source-row");
  gtk_widget_set_name (check, "source-check");
  gtk_widget_set_name (text, "source-text");
  g_object_set_data (G_OBJECT (check), "sf-kind", GUINT_TO_POINTER (candidate->kind));
  g_object_set_data_full (G_OBJECT (check), "sf-source-id", g_strdup (candidate->id), g_free);
  g_signal_connect (check, "toggled", G_CALLBACK (check_toggled), self);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  /* Words stay whole; only a word longer than the line (a pasted link) is broken. */
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_name (view, "source-long-text");
  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (long_text), view);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (long_text), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (long_text), 240);
  gtk_widget_add_css_class (long_text, "card");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_margin_start (texts, 6);
  gtk_label_set_xalign (GTK_LABEL (speaker), 0);
  gtk_label_set_wrap (GTK_LABEL (speaker), TRUE);
  gtk_widget_add_css_class (speaker, "caption");
  gtk_widget_add_css_class (speaker, "dim-label");
  gtk_box_append (GTK_BOX (texts), heading);
  gtk_box_append (GTK_BOX (texts), text);
  gtk_box_append (GTK_BOX (texts), speaker);
  gtk_box_append (GTK_BOX (texts), marker);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), texts);
  gtk_widget_set_name (more, "source-show-all");
  gtk_widget_set_halign (more, GTK_ALIGN_START);
  gtk_widget_set_margin_start (more, 30);
  gtk_widget_set_margin_start (long_text, 30);
  g_signal_connect_swapped (more, "clicked", G_CALLBACK (show_all_clicked), row);
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), more);
  gtk_box_append (GTK_BOX (box), long_text);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);

  g_object_set_data (G_OBJECT (row), "sf-check", check);
  g_object_set_data (G_OBJECT (row), "sf-heading", heading);
  g_object_set_data (G_OBJECT (row), "sf-speaker", speaker);
  g_object_set_data (G_OBJECT (row), "sf-text", text);
  g_object_set_data (G_OBJECT (row), "sf-marker", marker);
  g_object_set_data (G_OBJECT (row), "sf-long-text", long_text);
  g_object_set_data (G_OBJECT (row), "sf-more", more);
  g_object_set_data_full (G_OBJECT (row), "sf-source-id", g_strdup (candidate->id), g_free);
  return row;
}

static GtkWidget *
group_of (SfSourceChooser *self,
          SfSourceKind     kind)
{
  switch (kind)
    {
    case SF_SOURCE_ANSWER:
      return self->answers_group;
    case SF_SOURCE_INTERVIEW_NOTES:
      return self->notes_group;
    case SF_SOURCE_STATEMENT:
    default:
      return self->statements_group;
    }
}

/* Whether the rows shown are for exactly these sources, in this order. */
static gboolean
same_sources (SfSourceChooser *self,
              GPtrArray       *candidates)
{
  if (candidates->len != self->rows->len)
    return FALSE;
  for (guint i = 0; i < candidates->len; i++)
    {
      SfSourceCandidate *candidate = g_ptr_array_index (candidates, i);
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      if (g_strcmp0 (candidate->id, g_object_get_data (G_OBJECT (row), "sf-source-id")) != 0)
        return FALSE;
    }
  return TRUE;
}

static void
refresh (SfSourceChooser *self)
{
  g_autoptr(GPtrArray) candidates = sf_project_get_key_point_candidates (self->project,
                                                                         point_id (self));
  GtkWidget *groups[] = { self->answers_group, self->notes_group, self->statements_group };

  if (same_sources (self, candidates))
    {
      for (guint i = 0; i < candidates->len; i++)
        update_row (self, g_ptr_array_index (self->rows, i), g_ptr_array_index (candidates, i),
                    i > 0 ? g_ptr_array_index (candidates, i - 1) : NULL);
      return;
    }
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (
                                      row, ADW_TYPE_PREFERENCES_GROUP)), row);
    }
  g_ptr_array_set_size (self->rows, 0);
  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    gtk_widget_set_visible (groups[g], FALSE);
  for (guint i = 0; i < candidates->len; i++)
    {
      SfSourceCandidate *candidate = g_ptr_array_index (candidates, i);
      GtkWidget *row = row_new (self, candidate);
      GtkWidget *group = group_of (self, candidate->kind);

      update_row (self, row, candidate, i > 0 ? g_ptr_array_index (candidates, i - 1) : NULL);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      gtk_widget_set_visible (group, TRUE);
      g_ptr_array_add (self->rows, row);
    }
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack),
                                    candidates->len > 0 ? "sources" : "empty");
}

/* The point gone (removed, or its removal redone): nothing is left to choose for. */
static gboolean
point_exists (SfSourceChooser *self)
{
  const char *partner_id = sf_key_point_get_partner_id (self->point);
  GListModel *points = partner_id != NULL
                       ? sf_project_get_key_points (self->project, partner_id)
                       : sf_project_get_session_key_points (
                           self->project, sf_key_point_get_session_id (self->point));

  for (guint i = 0; i < g_list_model_get_n_items (points); i++)
    {
      g_autoptr(SfKeyPoint) point = g_list_model_get_item (points, i);

      if (g_str_equal (sf_record_get_id (SF_RECORD (point)), point_id (self)))
        return TRUE;
    }
  return FALSE;
}

static void
project_changed (SfSourceChooser *self,
                 const char      *table)
{
  static const char * const tables[] = {
    "key_point_source", "answer", "interview", "statement", "question", NULL
  };

  if (g_strcmp0 (table, "key_point") == 0 && !point_exists (self))
    gtk_window_destroy (GTK_WINDOW (self));
  else if (g_strv_contains (tables, table))
    refresh (self);
}

static void
sf_source_chooser_dispose (GObject *object)
{
  SfSourceChooser *self = SF_SOURCE_CHOOSER (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->point);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_source_chooser_parent_class)->dispose (object);
}

static void
sf_source_chooser_class_init (SfSourceChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_source_chooser_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_steps_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-source-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, SfSourceChooser, stack);
  gtk_widget_class_bind_template_child (widget_class, SfSourceChooser, point_label);
  gtk_widget_class_bind_template_child (widget_class, SfSourceChooser, answers_group);
  gtk_widget_class_bind_template_child (widget_class, SfSourceChooser, notes_group);
  gtk_widget_class_bind_template_child (widget_class, SfSourceChooser, statements_group);
}

static void
sf_source_chooser_init (SfSourceChooser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}

/* The main window, whose "win" actions undo and redo: the first window up the chain of
 * windows this one stands over that has them. */
static GActionGroup *
undo_window (GtkWindow *window)
{
  for (; window != NULL; window = gtk_window_get_transient_for (window))
    if (G_IS_ACTION_GROUP (window))
      return G_ACTION_GROUP (window);
  return NULL;
}

GtkWidget *
sf_source_chooser_new (GtkWidget  *parent,
                       SfProject  *project,
                       SfKeyPoint *point)
{
  SfSourceChooser *self;
  GActionGroup *win;

  g_return_val_if_fail (parent == NULL || GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (SF_IS_KEY_POINT (point), NULL);

  self = g_object_new (SF_TYPE_SOURCE_CHOOSER, NULL);
  self->project = g_object_ref (project);
  self->point = g_object_ref (point);
  gtk_window_set_transient_for (GTK_WINDOW (self), sf_toplevel_of (parent));
  if ((win = undo_window (sf_toplevel_of (parent))) != NULL)
    gtk_widget_insert_action_group (GTK_WIDGET (self), "win", win);
  g_object_bind_property (point, "text", self->point_label, "label", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (project, "changed", G_CALLBACK (project_changed), self,
                           G_CONNECT_SWAPPED);
  refresh (self);
  return GTK_WIDGET (self);
}

char *
sf_source_summary (SfProject  *project,
                   const char *key_point_id)
{
  g_autoptr(GPtrArray) candidates = sf_project_get_key_point_candidates (project, key_point_id);
  guint answers = 0, notes = 0, statements = 0;

  for (guint i = 0; i < candidates->len; i++)
    {
      SfSourceCandidate *candidate = g_ptr_array_index (candidates, i);

      if (!candidate->chosen)
        continue;
      if (candidate->kind == SF_SOURCE_ANSWER)
        answers++;
      else if (candidate->kind == SF_SOURCE_INTERVIEW_NOTES)
        notes++;
      else
        statements++;
    }
  if (statements > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "From %u statement",
                                         "From %u statements", statements), statements);
  if (answers > 0 && notes > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "From %u answer and the notes",
                                         "From %u answers and the notes", answers), answers);
  if (answers > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "From %u answer",
                                         "From %u answers", answers), answers);
  if (notes > 0)
    return g_strdup (_("From the interview notes"));
  return g_strdup (_("No sources chosen"));
}
