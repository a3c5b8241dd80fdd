/* sf-source-chooser.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store says what the point can come from (sf_project_get_key_point_candidates ()); each
 * becomes a row (sf-source-row.h) with the whole text, wrapped, so that a long answer is
 * read, not guessed at.
 * When only the choices change (a check here, an undo) the rows stay and their checks follow,
 * so the focus stays where it is; when the sources themselves change, the rows are rebuilt.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-feedback.h"
#include "sf-source-chooser.h"
#include "sf-source-row.h"
#include "sf-toplevel.h"
#include "steps-resources.h"

struct _SfSourceChooser
{
  AdwWindow parent_instance;

  SfProject  *project;
  SfKeyPoint *point;
  GPtrArray  *rows;  /* of SfSourceRow, in the store's order */

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

static void refresh (SfSourceChooser *self);

static void
row_toggled (SfSourceRow     *row,
             gboolean         chosen,
             SfSourceChooser *self)
{
  g_autoptr(GError) error = NULL;

  if (!sf_project_set_key_point_source (self->project, point_id (self),
                                        sf_source_row_get_kind (row),
                                        sf_source_row_get_id (row), chosen, &error))
    {
      sf_feedback_error (GTK_WIDGET (self), _("The sources could not be saved"), error);
      refresh (self);
    }
}

/* @previous: the candidate in the row above, or NULL; a question heads only the first of
 * its statements. */
static void
update_row (SfSourceRow       *row,
            SfSourceCandidate *candidate,
            SfSourceCandidate *previous)
{
  sf_source_row_update (row, candidate,
                        candidate->heading != NULL &&
                        (previous == NULL || previous->kind != candidate->kind ||
                         g_strcmp0 (previous->heading, candidate->heading) != 0));
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
      SfSourceRow *row = g_ptr_array_index (self->rows, i);

      if (g_strcmp0 (candidate->id, sf_source_row_get_id (row)) != 0)
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
        update_row (g_ptr_array_index (self->rows, i), g_ptr_array_index (candidates, i),
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
      GtkWidget *row = sf_source_row_new (candidate);
      GtkWidget *group = group_of (self, candidate->kind);

      g_signal_connect (row, "toggled", G_CALLBACK (row_toggled), self);
      update_row (SF_SOURCE_ROW (row), candidate,
                  i > 0 ? g_ptr_array_index (candidates, i - 1) : NULL);
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
