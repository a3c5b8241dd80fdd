/* sf-preconditions-section.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An edit made here re-reads only its own row (the p99 target of an edit shown is 16 ms with
 * 40 preconditions of 20 flats judged); a change from elsewhere (undo, step 3's figures, the
 * flats) re-reads every row's states once, when the main loop is idle.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-feedback.h"
#include "sf-method.h"
#include "sf-precondition-dialog.h"
#include "sf-precondition-row.h"
#include "sf-preconditions-section.h"
#include "sf-preconditions-compare.h"
#include "review-resources.h"

struct _SfPreconditionsSection
{
  AdwBin parent_instance;

  SfProject            *project;
  SfPreconditionStates *states;
  GPtrArray            *lists;     /* a GtkListBox per method group, in their order */
  gboolean              own_edit;  /* this section's edit: it updates its row itself */
  guint                 refresh_id;
  gboolean              recheck;   /* the next refresh makes step 3's checks again */

  AdwPreferencesGroup  *group;
  GtkBox               *groups_box;
};

G_DEFINE_FINAL_TYPE (SfPreconditionsSection, sf_preconditions_section, ADW_TYPE_BIN)

static SfPreconditionRow *
find_row (SfPreconditionsSection *self,
          const char             *id)
{
  for (guint i = 0; i < self->lists->len; i++)
    for (GtkWidget *child = gtk_widget_get_first_child (g_ptr_array_index (self->lists, i));
         child != NULL; child = gtk_widget_get_next_sibling (child))
      if (SF_IS_PRECONDITION_ROW (child) &&
          g_strcmp0 (sf_record_get_id (SF_RECORD (sf_precondition_row_get_precondition (
                       SF_PRECONDITION_ROW (child)))), id) == 0)
        return SF_PRECONDITION_ROW (child);
  return NULL;
}

/* ---- following changes -------------------------------------------------------------------- */

static gboolean
refresh (gpointer data)
{
  SfPreconditionsSection *self = data;

  self->refresh_id = 0;
  if (self->recheck)
    sf_precondition_states_recheck (self->states);
  self->recheck = FALSE;
  for (guint i = 0; i < self->lists->len; i++)
    for (GtkWidget *child = gtk_widget_get_first_child (g_ptr_array_index (self->lists, i));
         child != NULL; child = gtk_widget_get_next_sibling (child))
      if (SF_IS_PRECONDITION_ROW (child))
        sf_precondition_row_update (SF_PRECONDITION_ROW (child));
  return G_SOURCE_REMOVE;
}

static void
schedule_refresh (SfPreconditionsSection *self,
                  gboolean                recheck)
{
  self->recheck = self->recheck || recheck;
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh, self);
}

static void
on_status_changed (SfPreconditionsSection *self)
{
  if (!self->own_edit)
    schedule_refresh (self, FALSE);
}

static void
on_figures_changed (SfPreconditionsSection *self)
{
  schedule_refresh (self, TRUE);
}

/* ---- the actions -------------------------------------------------------------------------- */

/* Runs one of the store's changes to @id, then shows it in that row alone. */
static void
after_edit (SfPreconditionsSection *self,
            const char             *id,
            gboolean                done,
            GError                 *error,
            const char             *failed)
{
  SfPreconditionRow *row = find_row (self, id);

  self->own_edit = FALSE;
  if (!done)
    sf_feedback_error (GTK_WIDGET (self), failed, error);
  if (row != NULL)
    sf_precondition_row_update (row);
}

static void
judge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SfPreconditionsSection *self = SF_PRECONDITIONS_SECTION (widget);
  const char *id, *flat_id, *basis;
  int status;
  g_autoptr(GError) error = NULL;
  gboolean done;

  g_variant_get (parameter, "(&s&si&s)", &id, &flat_id, &status, &basis);
  if (status < 0 || status >= SF_PRECONDITION_N_STATUSES)
    return;
  self->own_edit = TRUE;
  done = sf_project_judge_precondition (self->project, id, *flat_id ? flat_id : NULL,
                                        (SfPreconditionStatus) status, basis, &error);
  after_edit (self, id, done, error, _("The precondition could not be judged"));
}

/* Step 3's suggestion set by hand, with its figure as what it rests on. */
static void
take_suggestion_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  SfPreconditionsSection *self = SF_PRECONDITIONS_SECTION (widget);
  const char *id, *flat_id;
  SfPrecondition *precondition;
  SfPreconditionState state;
  g_autofree char *basis = NULL;
  g_autoptr(GError) error = NULL;
  gboolean done;
  int flat = -1;

  g_variant_get (parameter, "(&s&s)", &id, &flat_id);
  precondition = find_row (self, id) ? sf_precondition_row_get_precondition (find_row (self, id))
                                     : NULL;
  for (guint i = 0; i < sf_precondition_states_get_n_flats (self->states); i++)
    if (g_strcmp0 (sf_record_get_id (SF_RECORD (sf_precondition_states_get_flat (self->states,
                                                                                 i))),
                   flat_id) == 0)
      flat = (int) i;
  if (precondition == NULL || flat < 0)
    return;
  sf_precondition_states_get (self->states, precondition, flat, &state);
  basis = sf_precondition_states_describe_suggestion (self->states, precondition, flat, &state);
  if (state.suggested)
    {
      self->own_edit = TRUE;
      done = sf_project_judge_precondition (self->project, id, flat_id, state.suggestion, basis,
                                            &error);
      after_edit (self, id, done, error, _("The precondition could not be judged"));
    }
  sf_precondition_state_clear (&state);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SfPreconditionsSection *self = SF_PRECONDITIONS_SECTION (widget);
  const char *id, *vision;
  int choice;
  g_autoptr(GError) error = NULL;

  g_variant_get (parameter, "(&si&s)", &id, &choice, &vision);
  if (choice < 0 || choice >= SF_CHOICE_N)
    return;
  /* The record tells its row of the new choice and vision. */
  if (!sf_project_choose_for_precondition (self->project, id, (SfChoice) choice, vision,
                                           &error))
    sf_feedback_error (widget, _("The choice could not be kept"), error);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  SfPreconditionsSection *self = SF_PRECONDITIONS_SECTION (widget);

  gtk_window_present (GTK_WINDOW (sf_precondition_dialog_new (widget, self->project, NULL)));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SfPreconditionsSection *self = SF_PRECONDITIONS_SECTION (widget);
  SfPreconditionRow *row = find_row (self, g_variant_get_string (parameter, NULL));

  if (row != NULL)
    gtk_window_present (GTK_WINDOW (sf_precondition_dialog_new (
      widget, self->project, sf_precondition_row_get_precondition (row))));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SfPreconditionsSection *self = SF_PRECONDITIONS_SECTION (widget);

  sf_feedback_remove (widget, self->project, sf_project_remove_precondition,
                      g_variant_get_string (parameter, NULL), _("Precondition removed"),
                      _("The precondition could not be removed"));
}

static void
compare_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SfPreconditionsSection *self = SF_PRECONDITIONS_SECTION (widget);

  gtk_window_present (GTK_WINDOW (sf_preconditions_compare_window_new (widget, self->project)));
}

/* ---- the class ---------------------------------------------------------------------------- */

gboolean
sf_preconditions_section_reveal (SfPreconditionsSection *self,
                                 const char             *id)
{
  SfPreconditionRow *row;

  g_return_val_if_fail (SF_IS_PRECONDITIONS_SECTION (self), FALSE);

  row = find_row (self, id);
  if (row == NULL)
    return FALSE;
  sf_precondition_row_reveal (row);
  return TRUE;
}

static void
sf_preconditions_section_dispose (GObject *object)
{
  SfPreconditionsSection *self = SF_PRECONDITIONS_SECTION (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  /* AdwBin first, so it does not unparent again the child the template already dropped. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_PRECONDITIONS_SECTION);
  g_clear_pointer (&self->lists, g_ptr_array_unref);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_preconditions_section_parent_class)->dispose (object);
}

/* After the rows, which read from it until they go. */
static void
sf_preconditions_section_finalize (GObject *object)
{
  SfPreconditionsSection *self = SF_PRECONDITIONS_SECTION (object);

  g_clear_pointer (&self->states, sf_precondition_states_free);
  G_OBJECT_CLASS (sf_preconditions_section_parent_class)->finalize (object);
}

static void
sf_preconditions_section_class_init (SfPreconditionsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_preconditions_section_dispose;
  object_class->finalize = sf_preconditions_section_finalize;
  gtk_widget_class_install_action (widget_class, "preconditions.judge", "(ssis)", judge_action);
  gtk_widget_class_install_action (widget_class, "preconditions.take-suggestion", "(ss)",
                                   take_suggestion_action);
  gtk_widget_class_install_action (widget_class, "preconditions.choose", "(sis)",
                                   choose_action);
  gtk_widget_class_install_action (widget_class, "preconditions.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "preconditions.edit", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "preconditions.remove", "s", remove_action);
  gtk_widget_class_install_action (widget_class, "preconditions.compare", NULL,
                                   compare_action);

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_review_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-preconditions-section.ui");
  gtk_widget_class_bind_template_child (widget_class, SfPreconditionsSection, group);
  gtk_widget_class_bind_template_child (widget_class, SfPreconditionsSection, groups_box);
}

static void
sf_preconditions_section_init (SfPreconditionsSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->lists = g_ptr_array_new ();
  adw_preferences_group_set_title (self->group, sf_method_get_preconditions_heading ());
}

static gboolean
in_group (gpointer item,
          gpointer group_key)
{
  return g_strcmp0 (sf_precondition_get_group (item), group_key) == 0;
}

static GtkWidget *
create_row (gpointer item,
            gpointer section)
{
  return sf_precondition_row_new (item, SF_PRECONDITIONS_SECTION (section)->states);
}

/* A heading and a boxed list per method group, each showing its part of the one list. */
static void
add_group (SfPreconditionsSection *self,
           guint                   index)
{
  GtkWidget *heading = gtk_label_new (sf_method_get_precondition_group_title (index));
  GtkWidget *list = gtk_list_box_new ();
  GtkCustomFilter *filter = gtk_custom_filter_new (
    in_group, (gpointer) sf_method_get_precondition_group_key (index), NULL);
  g_autoptr(GtkFilterListModel) model = gtk_filter_list_model_new (
    g_object_ref (sf_project_get_preconditions (self->project)), GTK_FILTER (filter));
  g_autofree char *name = g_strconcat ("preconditions-",
                                       sf_method_get_precondition_group_key (index), NULL);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_name (list, name);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_bind_model (GTK_LIST_BOX (list), G_LIST_MODEL (model), create_row, self, NULL);
  gtk_box_append (self->groups_box, heading);
  gtk_box_append (self->groups_box, list);
  g_ptr_array_add (self->lists, list);
}

GtkWidget *
sf_preconditions_section_new (SfProject *project)
{
  static const char * const figures[] = { "changed::flat", "changed::indicator",
                                          "changed::indicator_value" };
  SfPreconditionsSection *self;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  self = g_object_new (SF_TYPE_PRECONDITIONS_SECTION, NULL);
  self->project = g_object_ref (project);
  self->states = sf_precondition_states_new (project);
  for (guint i = 0; i < sf_method_get_n_precondition_groups (); i++)
    add_group (self, i);
  g_signal_connect_object (project, "changed::precondition_status",
                           G_CALLBACK (on_status_changed), self, G_CONNECT_SWAPPED);
  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    g_signal_connect_object (project, figures[i], G_CALLBACK (on_figures_changed), self,
                             G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}
