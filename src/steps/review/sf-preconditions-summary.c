/* sf-preconditions-summary.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-method.h"
#include "sf-precondition-states.h"
#include "sf-preconditions-summary.h"

struct _SfPreconditionsSummary
{
  GtkWidget parent_instance;

  SfProject *project;
  gboolean   detailed;
  guint      rebuild_id;

  GtkGrid   *grid;
};

G_DEFINE_FINAL_TYPE (SfPreconditionsSummary, sf_preconditions_summary, GTK_TYPE_WIDGET)

/* The widest column: a vision can be pages long. */
#define VISION_CHARS 40

/* The tables that change what it shows. */
static const char * const shown_tables[] = {
  "precondition", "precondition_status", "flat", "indicator", "indicator_value",
};

/* A wrapping label, between words only (a narrow grid would break them anywhere); a column
 * of long text (the precondition, the vision) keeps room for a few words a line. */
static GtkWidget *
cell (SfPreconditionsSummary *self,
      const char             *text,
      int                     column,
      int                     row,
      int                     width,
      int                     max_chars)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_label_set_max_width_chars (GTK_LABEL (label), max_chars);
  if (max_chars >= VISION_CHARS)
    gtk_label_set_width_chars (GTK_LABEL (label), 26);
  else if (max_chars > 20)
    gtk_label_set_width_chars (GTK_LABEL (label), 16);
  gtk_grid_attach (self->grid, label, column, row, width, 1);
  return label;
}

static const char * const status_classes[SF_PRECONDITION_N_STATUSES] = {
  "dim-label", "success", "warning", "error",
};

static void
status_cell (SfPreconditionsSummary    *self,
             const SfPreconditionState *state,
             int                        column,
             int                        row,
             int                        width)
{
  GtkWidget *label = cell (self, sf_precondition_status_label (state->status), column, row,
                           width, 14);

  gtk_widget_add_css_class (label, status_classes[state->status]);
  gtk_widget_set_name (label, "precondition-status-cell");
}

/* The header: the precondition, (the concepts, choice and vision,) each flat (and choice). */
static int
add_header (SfPreconditionsSummary *self,
            SfPreconditionStates   *states)
{
  guint n_flats = sf_precondition_states_get_n_flats (states);
  int column = 0;

  cell (self, _("Precondition"), column++, 0, 1, self->detailed ? 28 : 36);
  if (self->detailed)
    {
      cell (self, sf_concept_get_name (SF_CONCEPT_THUISPLUSFLAT), column++, 0, 1, 14);
      cell (self, sf_concept_get_name (SF_CONCEPT_LANG_LEVEN), column++, 0, 1, 14);
      cell (self, _("Our choice"), column++, 0, 1, 14);
      cell (self, _("Our vision"), column++, 0, 1, VISION_CHARS);
    }
  for (guint f = 0; f < n_flats; f++)
    cell (self, sf_flat_get_name (sf_precondition_states_get_flat (states, f)), column++, 0, 1,
          14);
  if (n_flats == 0)
    cell (self, _("Status"), column++, 0, 1, 14);
  if (!self->detailed)
    cell (self, _("Our choice"), column++, 0, 1, 14);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->grid)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_add_css_class (child, "heading");
  return column;
}

static void
add_precondition (SfPreconditionsSummary *self,
                  SfPreconditionStates   *states,
                  SfPrecondition         *precondition,
                  int                     row)
{
  guint n_flats = sf_precondition_states_get_n_flats (states);
  SfChoice chosen = sf_precondition_get_choice (precondition);
  /* Only the choices made stand out: "not chosen yet" in every row would hide them. */
  const char *choice = chosen != SF_CHOICE_NONE ? sf_precondition_choice_label (chosen) : "—";
  SfPreconditionState state;
  int column = 0;

  cell (self, sf_precondition_get_text (precondition), column++, row, 1,
        self->detailed ? 28 : 36);
  if (self->detailed)
    {
      cell (self, sf_precondition_has_concept (precondition, SF_CONCEPT_THUISPLUSFLAT)
                  ? _("Yes") : "—", column++, row, 1, 14);
      cell (self, sf_precondition_has_concept (precondition, SF_CONCEPT_LANG_LEVEN)
                  ? _("Yes") : "—", column++, row, 1, 14);
      cell (self, choice, column++, row, 1, 14);
      cell (self, sf_precondition_get_vision (precondition), column++, row, 1, VISION_CHARS);
    }
  if (sf_precondition_is_per_flat (precondition))
    for (guint f = 0; f < n_flats; f++)
      {
        sf_precondition_states_get (states, precondition, (int) f, &state);
        status_cell (self, &state, column++, row, 1);
        sf_precondition_state_clear (&state);
      }
  else
    {
      /* Judged once for the whole project: one cell across the flats. */
      sf_precondition_states_get (states, precondition, -1, &state);
      status_cell (self, &state, column, row, MAX (n_flats, 1));
      sf_precondition_state_clear (&state);
      column += MAX (n_flats, 1);
    }
  if (n_flats == 0 && sf_precondition_is_per_flat (precondition))
    cell (self, "—", column++, row, 1, 14);
  if (!self->detailed)
    cell (self, choice, column, row, 1, 14);
}

static gboolean
rebuild (gpointer data)
{
  SfPreconditionsSummary *self = data;
  g_autoptr(SfPreconditionStates) states = sf_precondition_states_new (self->project);
  GListModel *preconditions = sf_project_get_preconditions (self->project);
  GtkWidget *child;
  int columns, row = 1;

  self->rebuild_id = 0;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
  columns = add_header (self, states);
  for (guint g = 0; g < sf_method_get_n_precondition_groups (); g++)
    {
      GtkWidget *heading = cell (self, sf_method_get_precondition_group_title (g), 0, row++,
                                 columns, 60);

      gtk_widget_add_css_class (heading, "title-4");
      gtk_widget_set_margin_top (heading, 12);
      for (guint i = 0; i < g_list_model_get_n_items (preconditions); i++)
        {
          g_autoptr(SfPrecondition) precondition = g_list_model_get_item (preconditions, i);

          if (g_strcmp0 (sf_precondition_get_group (precondition),
                         sf_method_get_precondition_group_key (g)) == 0)
            add_precondition (self, states, precondition, row++);
        }
    }
  return G_SOURCE_REMOVE;
}

static void
schedule_rebuild (SfPreconditionsSummary *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild, self);
}

static void
sf_preconditions_summary_dispose (GObject *object)
{
  SfPreconditionsSummary *self = SF_PRECONDITIONS_SUMMARY (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_PRECONDITIONS_SUMMARY);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_preconditions_summary_parent_class)->dispose (object);
}

static void
sf_preconditions_summary_class_init (SfPreconditionsSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_preconditions_summary_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-preconditions-summary.ui");
  gtk_widget_class_bind_template_child (widget_class, SfPreconditionsSummary, grid);
}

static void
sf_preconditions_summary_init (SfPreconditionsSummary *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static GtkWidget *
summary_new (SfProject *project,
             gboolean   detailed)
{
  SfPreconditionsSummary *self;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  self = g_object_new (SF_TYPE_PRECONDITIONS_SUMMARY, NULL);
  self->project = g_object_ref (project);
  self->detailed = detailed;
  gtk_widget_add_css_class (GTK_WIDGET (self->grid), detailed ? "sf-compare" : "sf-beamer");
  for (guint i = 0; i < G_N_ELEMENTS (shown_tables); i++)
    {
      g_autofree char *signal = g_strconcat ("changed::", shown_tables[i], NULL);

      g_signal_connect_object (project, signal, G_CALLBACK (schedule_rebuild), self,
                               G_CONNECT_SWAPPED);
    }
  rebuild (self);
  return GTK_WIDGET (self);
}

GtkWidget *
sf_preconditions_summary_new (SfProject *project)
{
  return summary_new (project, FALSE);
}

GtkWidget *
sf_preconditions_summary_new_detailed (SfProject *project)
{
  return summary_new (project, TRUE);
}
