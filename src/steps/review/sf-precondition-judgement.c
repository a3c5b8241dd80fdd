/* sf-precondition-judgement.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-precondition-judgement.h"

struct _SfPreconditionJudgement
{
  GtkListBoxRow parent_instance;

  SfPrecondition *precondition;
  SfFlat         *flat;
  SfPreconditionStatus shown;   /* what the drop-down shows, so its echo is no edit */
  char           *shown_basis;

  GtkLabel       *flat_label;
  GtkDropDown    *status_drop_down;
  GtkEntry       *basis_entry;
  GtkLabel       *suggestion_label;
  GtkButton      *take_button;
};

G_DEFINE_FINAL_TYPE (SfPreconditionJudgement, sf_precondition_judgement, GTK_TYPE_LIST_BOX_ROW)

static const char *
flat_id (SfPreconditionJudgement *self)
{
  return self->flat != NULL ? sf_record_get_id (SF_RECORD (self->flat)) : "";
}

static void
judge (SfPreconditionJudgement *self,
       SfPreconditionStatus     status)
{
  g_autofree char *basis = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->basis_entry)));

  gtk_widget_activate_action (GTK_WIDGET (self), "preconditions.judge", "(ssis)",
                              sf_record_get_id (SF_RECORD (self->precondition)),
                              flat_id (self), (int) status, basis);
}

static void
on_status_selected (SfPreconditionJudgement *self)
{
  guint selected = gtk_drop_down_get_selected (self->status_drop_down);

  if (selected < SF_PRECONDITION_N_STATUSES && selected != self->shown)
    judge (self, (SfPreconditionStatus) selected);
}

/* The basis typed is kept on Enter and when the focus leaves it. */
static void
on_basis_done (SfPreconditionJudgement *self)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->basis_entry)),
                 self->shown_basis) != 0)
    judge (self, self->shown);
}

static void
on_take (SfPreconditionJudgement *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "preconditions.take-suggestion", "(ss)",
                              sf_record_get_id (SF_RECORD (self->precondition)),
                              flat_id (self));
}

void
sf_precondition_judgement_show (SfPreconditionJudgement   *self,
                                const SfPreconditionState *state,
                                const char                *suggestion)
{
  g_return_if_fail (SF_IS_PRECONDITION_JUDGEMENT (self));

  self->shown = state->status;
  gtk_drop_down_set_selected (self->status_drop_down, state->status);
  g_free (self->shown_basis);
  self->shown_basis = g_strdup (state->basis);
  if (!gtk_widget_has_focus (GTK_WIDGET (self->basis_entry)) ||
      g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->basis_entry)), state->basis) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->basis_entry), state->basis);
  gtk_label_set_label (self->flat_label, self->flat != NULL ? sf_flat_get_name (self->flat)
                                                            : _("The whole project"));
  gtk_label_set_label (self->suggestion_label, suggestion ? suggestion : "");
  gtk_widget_set_visible (GTK_WIDGET (self->suggestion_label), suggestion != NULL);
  /* Taking it is only a change when it is not already the status set by hand. */
  gtk_widget_set_visible (GTK_WIDGET (self->take_button),
                          suggestion != NULL && (!state->by_hand ||
                                                 state->status != state->suggestion));
  if (sf_precondition_state_differs (state))
    gtk_widget_add_css_class (GTK_WIDGET (self->suggestion_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->suggestion_label), "warning");
}

SfFlat *
sf_precondition_judgement_get_flat (SfPreconditionJudgement *self)
{
  g_return_val_if_fail (SF_IS_PRECONDITION_JUDGEMENT (self), NULL);

  return self->flat;
}

static void
sf_precondition_judgement_dispose (GObject *object)
{
  SfPreconditionJudgement *self = SF_PRECONDITION_JUDGEMENT (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_PRECONDITION_JUDGEMENT);
  g_clear_object (&self->precondition);
  g_clear_object (&self->flat);
  g_clear_pointer (&self->shown_basis, g_free);
  G_OBJECT_CLASS (sf_precondition_judgement_parent_class)->dispose (object);
}

static void
sf_precondition_judgement_class_init (SfPreconditionJudgementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_precondition_judgement_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-precondition-judgement.ui");
  gtk_widget_class_bind_template_child (widget_class, SfPreconditionJudgement, flat_label);
  gtk_widget_class_bind_template_child (widget_class, SfPreconditionJudgement,
                                        status_drop_down);
  gtk_widget_class_bind_template_child (widget_class, SfPreconditionJudgement, basis_entry);
  gtk_widget_class_bind_template_child (widget_class, SfPreconditionJudgement,
                                        suggestion_label);
  gtk_widget_class_bind_template_child (widget_class, SfPreconditionJudgement, take_button);
}

static void
sf_precondition_judgement_init (SfPreconditionJudgement *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < SF_PRECONDITION_N_STATUSES; i++)
    gtk_string_list_append (statuses, sf_precondition_status_label ((SfPreconditionStatus) i));
  gtk_drop_down_set_model (self->status_drop_down, G_LIST_MODEL (statuses));
  g_signal_connect_swapped (self->status_drop_down, "notify::selected",
                            G_CALLBACK (on_status_selected), self);
  g_signal_connect_swapped (self->basis_entry, "activate", G_CALLBACK (on_basis_done), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_basis_done), self);
  gtk_widget_add_controller (GTK_WIDGET (self->basis_entry), focus);
  g_signal_connect_swapped (self->take_button, "clicked", G_CALLBACK (on_take), self);
}

GtkWidget *
sf_precondition_judgement_new (SfPrecondition *precondition,
                               SfFlat         *flat)
{
  SfPreconditionJudgement *self = g_object_new (SF_TYPE_PRECONDITION_JUDGEMENT, NULL);

  self->precondition = g_object_ref (precondition);
  self->flat = flat != NULL ? g_object_ref (flat) : NULL;
  return GTK_WIDGET (self);
}
