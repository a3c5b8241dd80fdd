/* sf-participant-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The stance is kept when it is picked, the note on Enter, the apply button or when the row
 * is left; the check and the stance change the store only when the user changes them, not
 * when the row shows what is stored.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "key-figures-resources.h"
#include "sf-feedback.h"
#include "sf-icon-button.h"
#include "sf-participant-row.h"
#include "sf-project-key-figures.h"
#include "sf-stored-text.h"
#include "sf-text.h"

struct _SfParticipantRow
{
  AdwExpanderRow parent_instance;

  SfProject     *project;
  SfParticipant *participant;

  GtkWidget     *attended_check;
  GtkWidget     *stance_row;
  GtkWidget     *note_row;
};

G_DEFINE_FINAL_TYPE (SfParticipantRow, sf_participant_row, ADW_TYPE_EXPANDER_ROW)

/* The stances in the order the method asks about them; the combo row shows them so. */
static const SfStance stance_order[SF_N_STANCES] = {
  SF_STANCE_POSITIVE, SF_STANCE_HESITANT, SF_STANCE_NEGATIVE, SF_STANCE_UNKNOWN,
};

static guint
stance_index (SfStance stance)
{
  for (guint i = 0; i < SF_N_STANCES; i++)
    if (stance_order[i] == stance)
      return i;
  return SF_N_STANCES - 1;
}

static void
update (SfParticipantRow *self)
{
  const char *name = sf_participant_get_name (self->participant);
  const char *parts[] = {
    sf_participant_get_role (self->participant),
    sf_participant_get_organisation (self->participant),
  };
  g_autofree char *subtitle = sf_text_join_parts (parts, G_N_ELEMENTS (parts));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), name != NULL ? name : "");
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->attended_check),
                               sf_participant_get_attended (self->participant));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->stance_row),
                              stance_index (sf_participant_get_stance (self->participant)));
  sf_stored_text_show (self->note_row, sf_participant_get_stance_note (self->participant));
}

static void
store_stance (SfParticipantRow *self)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->stance_row));
  SfStance stance = stance_order[MIN (selected, SF_N_STANCES - 1)];
  const char *note = gtk_editable_get_text (GTK_EDITABLE (self->note_row));
  g_autoptr(GError) error = NULL;

  if (self->participant == NULL)
    return;
  if (stance == sf_participant_get_stance (self->participant) &&
      sf_stored_text_same (note, sf_participant_get_stance_note (self->participant)))
    return;
  if (!sf_project_set_participant_stance (self->project,
                                          sf_record_get_id (SF_RECORD (self->participant)),
                                          stance, note, &error))
    sf_feedback_error (GTK_WIDGET (self), _("The stance could not be recorded"), error);
}

static void
attended_toggled_cb (SfParticipantRow *self)
{
  gboolean attended = gtk_check_button_get_active (GTK_CHECK_BUTTON (self->attended_check));
  g_autoptr(GError) error = NULL;

  if (self->participant == NULL ||
      attended == sf_participant_get_attended (self->participant))
    return;
  if (!sf_project_set_participant_attended (self->project,
                                            sf_record_get_id (SF_RECORD (self->participant)),
                                            attended, &error))
    sf_feedback_error (GTK_WIDGET (self), _("The participant could not be changed"), error);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SfParticipantRow *self = SF_PARTICIPANT_ROW (widget);

  sf_feedback_remove (widget, self->project, sf_project_remove_participant,
                      sf_record_get_id (SF_RECORD (self->participant)),
                      _("Participant removed"), _("The participant could not be removed"));
}

static void
sf_participant_row_dispose (GObject *object)
{
  SfParticipantRow *self = SF_PARTICIPANT_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_PARTICIPANT_ROW);
  g_clear_object (&self->participant);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_participant_row_parent_class)->dispose (object);
}

static void
sf_participant_row_class_init (SfParticipantRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_participant_row_dispose;

  gtk_widget_class_install_action (widget_class, "participant.remove", NULL, remove_action);

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_key_figures_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-participant-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SfParticipantRow, attended_check);
  gtk_widget_class_bind_template_child (widget_class, SfParticipantRow, stance_row);
  gtk_widget_class_bind_template_child (widget_class, SfParticipantRow, note_row);
  gtk_widget_class_bind_template_callback (widget_class, attended_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, store_stance);
}

static void
sf_participant_row_init (SfParticipantRow *self)
{
  g_autoptr(GtkStringList) stances = gtk_string_list_new (NULL);
  GtkWidget *remove = sf_icon_button_new ("user-trash-symbolic", _("Remove Participant"));

  gtk_widget_init_template (GTK_WIDGET (self));
  /* common/'s button, made in code; the row shows its actions last added first. */
  gtk_widget_set_name (remove, "remove-participant");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "participant.remove");
  adw_expander_row_add_action (ADW_EXPANDER_ROW (self), remove);
  /* The labels are the store's, in the user's language. */
  for (guint i = 0; i < SF_N_STANCES; i++)
    gtk_string_list_append (stances, sf_stance_get_label (stance_order[i]));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->stance_row), G_LIST_MODEL (stances));
}

GtkWidget *
sf_participant_row_new (SfProject     *project,
                        SfParticipant *participant)
{
  SfParticipantRow *self;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (SF_IS_PARTICIPANT (participant), NULL);

  self = g_object_new (SF_TYPE_PARTICIPANT_ROW, NULL);
  self->project = g_object_ref (project);
  self->participant = g_object_ref (participant);
  update (self);
  /* After the first fill: a stance is stored only when the user picks one. */
  g_signal_connect_swapped (self->stance_row, "notify::selected", G_CALLBACK (store_stance),
                            self);
  /* The store updates the participant in place after an edit, undo or redo. */
  g_signal_connect_object (participant, "notify", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}
