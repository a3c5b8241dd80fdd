/* sf-precondition-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-precondition-judgement.h"
#include "sf-precondition-row.h"
#include "sf-reveal.h"
#include "sf-text.h"

/* How many flats a row names one by one; more are counted by status. */
#define NAMED_FLATS 3

struct _SfPreconditionRow
{
  AdwExpanderRow parent_instance;

  SfPrecondition       *precondition;
  SfPreconditionStates *states;
  GPtrArray            *judgements; /* of SfPreconditionJudgement, once built */
  GtkWidget            *choice_row;
  GtkWidget            *vision_row;
  gboolean              showing;    /* the widgets' echo of a shown value is no edit */

  GtkWidget            *differs_icon;
  GtkLabel             *choice_label;
};

G_DEFINE_FINAL_TYPE (SfPreconditionRow, sf_precondition_row, ADW_TYPE_EXPANDER_ROW)

static const char *
precondition_id (SfPreconditionRow *self)
{
  return sf_record_get_id (SF_RECORD (self->precondition));
}

/* ---- the choice and vision ---------------------------------------------------------------- */

static void
choose (SfPreconditionRow *self)
{
  guint choice = adw_combo_row_get_selected (ADW_COMBO_ROW (self->choice_row));

  if (self->showing || choice >= SF_CHOICE_N)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "preconditions.choose", "(sis)",
                              precondition_id (self), (int) choice,
                              gtk_editable_get_text (GTK_EDITABLE (self->vision_row)));
}

static void
show_choice (SfPreconditionRow *self)
{
  SfChoice choice = sf_precondition_get_choice (self->precondition);

  /* Only a choice made: "not chosen yet" on every row would bury the ones that are. */
  gtk_label_set_label (self->choice_label, sf_precondition_choice_label (choice));
  gtk_widget_set_visible (GTK_WIDGET (self->choice_label), choice != SF_CHOICE_NONE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 sf_precondition_get_text (self->precondition));
  if (self->choice_row == NULL)
    return;
  self->showing = TRUE;
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->choice_row), choice);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->vision_row)),
                 sf_precondition_get_vision (self->precondition)) != 0)
    sf_text_set_loaded (GTK_EDITABLE (self->vision_row),
                        sf_precondition_get_vision (self->precondition));
  self->showing = FALSE;
}

static GtkWidget *
make_choice_row (SfPreconditionRow *self)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  for (guint i = 0; i < SF_CHOICE_N; i++)
    gtk_string_list_append (choices, sf_precondition_choice_label ((SfChoice) i));
  gtk_widget_set_name (row, "precondition-choice");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Our choice"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (choices));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row),
                              sf_precondition_get_choice (self->precondition));
  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (choose), self);
  return row;
}

static GtkWidget *
make_vision_row (SfPreconditionRow *self)
{
  GtkWidget *row = adw_entry_row_new ();

  gtk_widget_set_name (row, "precondition-vision");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Our vision"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  sf_text_set_loaded (GTK_EDITABLE (row), sf_precondition_get_vision (self->precondition));
  g_signal_connect_swapped (row, "apply", G_CALLBACK (choose), self);
  return row;
}

/* The project's own can be reworded and removed; the method's are the method's. */
static GtkWidget *
make_own_row (SfPreconditionRow *self)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *edit = gtk_button_new_with_mnemonic (_("_Edit…"));
  GtkWidget *remove = gtk_button_new_with_mnemonic (_("_Remove"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Our own precondition"));
  gtk_widget_set_name (edit, "precondition-edit");
  gtk_widget_set_name (remove, "precondition-remove");
  for (GtkWidget *button = edit; button != NULL; button = button == edit ? remove : NULL)
    {
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", precondition_id (self));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  gtk_actionable_set_action_name (GTK_ACTIONABLE (edit), "preconditions.edit");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "preconditions.remove");
  gtk_widget_add_css_class (remove, "destructive-action");
  return row;
}

/* ---- the status per flat ------------------------------------------------------------------ */

static guint
n_scopes (SfPreconditionRow *self)
{
  return sf_precondition_is_per_flat (self->precondition)
         ? sf_precondition_states_get_n_flats (self->states) : 1;
}

static int
scope_flat (SfPreconditionRow *self,
            guint              scope)
{
  return sf_precondition_is_per_flat (self->precondition) ? (int) scope : -1;
}

static void
build_judgements (SfPreconditionRow *self)
{
  for (guint i = 0; i < self->judgements->len; i++)
    adw_expander_row_remove (ADW_EXPANDER_ROW (self), g_ptr_array_index (self->judgements, i));
  g_ptr_array_set_size (self->judgements, 0);
  for (guint i = 0; i < n_scopes (self); i++)
    {
      int flat = scope_flat (self, i);
      GtkWidget *judgement = sf_precondition_judgement_new (
        self->precondition, flat >= 0 ? sf_precondition_states_get_flat (self->states, flat)
                                      : NULL);

      g_ptr_array_add (self->judgements, judgement);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self), judgement);
    }
}

/* Whether the editors built are still one per flat, in the flats' order (a flat added, removed
 * or moved since makes them anew). */
static gboolean
judgements_fit (SfPreconditionRow *self,
                guint              n)
{
  if (self->judgements->len != n)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      int flat = scope_flat (self, i);

      if (sf_precondition_judgement_get_flat (g_ptr_array_index (self->judgements, i)) !=
          (flat >= 0 ? sf_precondition_states_get_flat (self->states, flat) : NULL))
        return FALSE;
    }
  return TRUE;
}

/* The row's subtitle: the concepts, then each flat's status (or counts, for many flats). */
static char *
describe_statuses (SfPreconditionRow         *self,
                   const SfPreconditionState *states,
                   guint                      n)
{
  g_autoptr(GString) line = g_string_new (NULL);
  guint counts[SF_PRECONDITION_N_STATUSES] = { 0 };

  if (!sf_precondition_is_per_flat (self->precondition))
    return g_strdup (sf_precondition_status_label (states[0].status));
  if (n == 0)
    return g_strdup (_("Judged per flat: no flats yet"));
  for (guint i = 0; i < n; i++)
    counts[states[i].status]++;
  for (guint i = 0; i < n && n <= NAMED_FLATS; i++)
    {
      /* A status of two words ("Nog niet") stays on one line. */
      g_auto(GStrv) words = g_strsplit (sf_precondition_status_label (states[i].status), " ", -1);
      g_autofree char *status = g_strjoinv ("\u00a0", words);

      g_string_append_printf (line, "%s%s: %s", i > 0 ? " · " : "",
                              sf_flat_get_name (sf_precondition_states_get_flat (self->states,
                                                                                 i)),
                              status);
    }
  for (guint s = 0; s < SF_PRECONDITION_N_STATUSES && n > NAMED_FLATS; s++)
    if (counts[s] > 0)
      g_string_append_printf (line, "%s%s: %u", line->len > 0 ? " · " : "",
                              sf_precondition_status_label ((SfPreconditionStatus) s), counts[s]);
  return g_string_free (g_steal_pointer (&line), FALSE);
}

void
sf_precondition_row_update (SfPreconditionRow *self)
{
  guint n = n_scopes (self);
  g_autofree SfPreconditionState *states = g_new0 (SfPreconditionState, MAX (n, 1));
  g_autofree char *concepts = sf_precondition_concepts_label (self->precondition);
  g_autofree char *statuses = NULL;
  g_autofree char *subtitle = NULL;
  gboolean differs = FALSE;

  g_return_if_fail (SF_IS_PRECONDITION_ROW (self));

  if (self->choice_row != NULL && !judgements_fit (self, n))
    build_judgements (self);
  for (guint i = 0; i < n; i++)
    {
      sf_precondition_states_get (self->states, self->precondition, scope_flat (self, i),
                                  &states[i]);
      differs = differs || sf_precondition_state_differs (&states[i]);
      if (i < self->judgements->len)
        {
          g_autofree char *suggestion = sf_precondition_states_describe_suggestion (
            self->states, self->precondition, scope_flat (self, i), &states[i]);

          sf_precondition_judgement_show (g_ptr_array_index (self->judgements, i), &states[i],
                                          suggestion);
        }
    }
  statuses = describe_statuses (self, states, n);
  subtitle = g_strdup_printf ("%s · %s", concepts, statuses);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
  gtk_widget_set_visible (self->differs_icon, differs);
  for (guint i = 0; i < n; i++)
    sf_precondition_state_clear (&states[i]);
}

/* Made the first time the row opens. */
static void
on_expanded (SfPreconditionRow *self)
{
  if (self->choice_row != NULL || !adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self)))
    return;
  self->choice_row = make_choice_row (self);
  self->vision_row = make_vision_row (self);
  build_judgements (self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), self->choice_row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), self->vision_row);
  if (sf_precondition_get_method_key (self->precondition) == NULL)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (self), make_own_row (self));
  sf_precondition_row_update (self);
}

/* ---- revealing ---------------------------------------------------------------------------- */

static gboolean
unmark (gpointer data)
{
  gtk_widget_remove_css_class (data, "sf-revealed");
  g_object_unref (data);
  return G_SOURCE_REMOVE;
}

void
sf_precondition_row_reveal (SfPreconditionRow *self)
{
  g_return_if_fail (SF_IS_PRECONDITION_ROW (self));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "sf-revealed");
  g_timeout_add_seconds (3, unmark, g_object_ref (self));
  sf_reveal_focus_when_placed (GTK_WIDGET (self));
}

/* ---- the class ---------------------------------------------------------------------------- */

SfPrecondition *
sf_precondition_row_get_precondition (SfPreconditionRow *self)
{
  g_return_val_if_fail (SF_IS_PRECONDITION_ROW (self), NULL);

  return self->precondition;
}

static void
sf_precondition_row_dispose (GObject *object)
{
  SfPreconditionRow *self = SF_PRECONDITION_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_PRECONDITION_ROW);
  if (self->precondition != NULL)
    g_signal_handlers_disconnect_by_data (self->precondition, self);
  g_clear_object (&self->precondition);
  g_clear_pointer (&self->judgements, g_ptr_array_unref);
  G_OBJECT_CLASS (sf_precondition_row_parent_class)->dispose (object);
}

static void
sf_precondition_row_class_init (SfPreconditionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_precondition_row_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-precondition-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SfPreconditionRow, differs_icon);
  gtk_widget_class_bind_template_child (widget_class, SfPreconditionRow, choice_label);
}

static void
sf_precondition_row_init (SfPreconditionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->judgements = g_ptr_array_new ();
  g_signal_connect (self, "notify::expanded", G_CALLBACK (on_expanded), NULL);
}

GtkWidget *
sf_precondition_row_new (SfPrecondition       *precondition,
                         SfPreconditionStates *states)
{
  SfPreconditionRow *self = g_object_new (SF_TYPE_PRECONDITION_ROW, NULL);

  self->precondition = g_object_ref (precondition);
  self->states = states;
  /* The choice, vision and (own) text change in the record itself: this row follows them. */
  g_signal_connect_swapped (precondition, "notify", G_CALLBACK (show_choice), self);
  show_choice (self);
  sf_precondition_row_update (self);
  return GTK_WIDGET (self);
}
