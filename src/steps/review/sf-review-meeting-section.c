/* sf-review-meeting-section.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The details are kept as step 2's session's are: when a row is applied or left. The partners
 * of the register are all listed, each with whether they are invited and came: the meeting is
 * about all of them, and a partner not invited should be a choice that shows.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "review-resources.h"
#include "sf-date-row.h"
#include "sf-feedback.h"
#include "sf-project-review.h"
#include "sf-review-meeting-section.h"
#include "sf-review-meeting-window.h"
#include "sf-stored-text.h"
#include "sf-toplevel.h"

struct _SfReviewMeetingSection
{
  AdwPreferencesGroup parent_instance;

  SfProject *project;
  gboolean   syncing;

  GtkWidget *date_row;
  GtkWidget *place_row;
  GtkWidget *chair_row;
  GtkWidget *held_switch;
  GtkWidget *attendance_row;
  GtkWidget *notes_row;
  GPtrArray *partner_rows;   /* of AdwComboRow, in the attendance row */
};

G_DEFINE_FINAL_TYPE (SfReviewMeetingSection, sf_review_meeting_section,
                     ADW_TYPE_PREFERENCES_GROUP)

/* The choices of a partner's row: not invited, then SfAttendance + 1. */
static const char * const attendance_names[] = {
  N_("Not invited"), N_("Invited"), N_("Present"), N_("Sent apologies"), NULL
};

static SfReviewMeeting *
meeting (SfReviewMeetingSection *self)
{
  return sf_project_get_review_meeting (self->project);
}

static void
keep_details (SfReviewMeetingSection *self)
{
  SfReviewMeeting *current = meeting (self);
  g_autofree char *date = sf_date_row_get_date (SF_DATE_ROW (self->date_row), NULL);
  SfReviewMeetingFields fields = { NULL };
  g_autoptr(GError) error = NULL;

  if (self->syncing)
    return;
  /* What is no date is not kept (the row under it says why); the other details are. */
  if (date == NULL)
    date = g_strdup (current != NULL ? sf_review_meeting_get_date (current) : "");
  fields.date = date;
  fields.place = gtk_editable_get_text (GTK_EDITABLE (self->place_row));
  fields.chair_name = gtk_editable_get_text (GTK_EDITABLE (self->chair_row));
  if (current == NULL && *date == '\0' && sf_stored_text_same (fields.place, NULL) &&
      sf_stored_text_same (fields.chair_name, NULL))
    return;
  if (current != NULL &&
      sf_stored_text_same (date, sf_review_meeting_get_date (current)) &&
      sf_stored_text_same (fields.place, sf_review_meeting_get_place (current)) &&
      sf_stored_text_same (fields.chair_name, sf_review_meeting_get_chair_name (current)))
    return;
  if (!sf_project_set_review_meeting (self->project, &fields, &error))
    sf_feedback_error (GTK_WIDGET (self), _("The meeting could not be changed"), error);
}

static void
held_changed_cb (SfReviewMeetingSection *self)
{
  gboolean held = gtk_switch_get_active (GTK_SWITCH (self->held_switch));
  SfReviewMeeting *current = meeting (self);
  g_autoptr(GError) error = NULL;

  if (self->syncing || held == (current != NULL && sf_review_meeting_get_held (current)))
    return;
  if (!sf_project_set_review_held (self->project, held, &error))
    sf_feedback_error (GTK_WIDGET (self), _("The meeting could not be changed"), error);
}

/* ---- attendance -------------------------------------------------------------------------- */

static guint
stored_choice (SfReviewMeetingSection *self,
               const char             *partner_id)
{
  GListModel *attendees = sf_project_get_review_attendees (self->project);

  for (guint i = 0; i < g_list_model_get_n_items (attendees); i++)
    {
      g_autoptr(SfReviewAttendee) attendee = g_list_model_get_item (attendees, i);

      if (g_strcmp0 (sf_review_attendee_get_partner_id (attendee), partner_id) == 0)
        return sf_review_attendee_get_attendance (attendee) + 1;
    }
  return 0;
}

static void
attendance_chosen_cb (AdwComboRow            *row,
                      GParamSpec             *pspec,
                      SfReviewMeetingSection *self)
{
  const char *partner_id = g_object_get_data (G_OBJECT (row), "partner-id");
  guint choice = adw_combo_row_get_selected (row);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->syncing || choice == GTK_INVALID_LIST_POSITION ||
      choice == stored_choice (self, partner_id))
    return;
  if (choice == 0)
    ok = sf_project_uninvite_review_partner (self->project, partner_id, &error);
  else
    ok = sf_project_set_review_attendance (self->project, partner_id, choice - 1, &error);
  if (!ok)
    sf_feedback_error (GTK_WIDGET (self), _("The attendance could not be changed"), error);
}

static void
sync_attendance (SfReviewMeetingSection *self)
{
  guint invited = 0, present = 0;
  g_autofree char *subtitle = NULL;

  self->syncing = TRUE;
  for (guint i = 0; i < self->partner_rows->len; i++)
    {
      AdwComboRow *row = g_ptr_array_index (self->partner_rows, i);
      guint choice = stored_choice (self, g_object_get_data (G_OBJECT (row), "partner-id"));

      adw_combo_row_set_selected (row, choice);
      invited += choice > 0;
      present += choice == SF_ATTENDANCE_PRESENT + 1;
    }
  self->syncing = FALSE;
  /* Translators: the meeting's attendance, as in "5 partners invited, 4 present" */
  subtitle = g_strdup_printf (_("%u invited, %u present"), invited, present);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self->attendance_row),
                                 invited > 0 ? subtitle : _("No partners invited yet"));
}

static void
rebuild_partners (SfReviewMeetingSection *self)
{
  GListModel *partners = sf_project_get_partners (self->project);

  for (guint i = 0; i < self->partner_rows->len; i++)
    adw_expander_row_remove (ADW_EXPANDER_ROW (self->attendance_row),
                             g_ptr_array_index (self->partner_rows, i));
  g_ptr_array_set_size (self->partner_rows, 0);
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);
      g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
      GtkWidget *row = adw_combo_row_new ();

      for (guint j = 0; attendance_names[j] != NULL; j++)
        gtk_string_list_append (names, _(attendance_names[j]));
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     sf_partner_get_organisation (partner));
      gtk_widget_set_name (row, "meeting-attendance");
      g_object_set_data_full (G_OBJECT (row), "partner-id",
                              g_strdup (sf_record_get_id (SF_RECORD (partner))), g_free);
      g_signal_connect (row, "notify::selected", G_CALLBACK (attendance_chosen_cb), self);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self->attendance_row), row);
      g_ptr_array_add (self->partner_rows, row);
    }
  gtk_widget_set_sensitive (self->attendance_row, self->partner_rows->len > 0);
  sync_attendance (self);
}

/* ---- following the store ----------------------------------------------------------------- */

static void
sync_details (SfReviewMeetingSection *self)
{
  SfReviewMeeting *current = meeting (self);

  self->syncing = TRUE;
  if (!sf_stored_text_typing_in (self->date_row))
    sf_date_row_set_date (SF_DATE_ROW (self->date_row),
                          current != NULL ? sf_review_meeting_get_date (current) : NULL);
  sf_stored_text_show (self->place_row,
                       current != NULL ? sf_review_meeting_get_place (current) : NULL);
  sf_stored_text_show (self->chair_row,
                       current != NULL ? sf_review_meeting_get_chair_name (current) : NULL);
  gtk_switch_set_active (GTK_SWITCH (self->held_switch),
                         current != NULL && sf_review_meeting_get_held (current));
  self->syncing = FALSE;
}

static void
sync_notes (SfReviewMeetingSection *self)
{
  GListModel *notes = sf_project_get_review_notes (self->project);
  guint n = g_list_model_get_n_items (notes);
  g_autofree char *text = NULL;

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u note taken", "%u notes taken", n),
                          n);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->notes_row),
                               n > 0 ? text : _("The notes taken per question appear here"));
}

static void
hold_meeting_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SfReviewMeetingSection *self = SF_REVIEW_MEETING_SECTION (widget);

  gtk_window_present (GTK_WINDOW (sf_review_meeting_window_new (widget, self->project)));
}

static void
sf_review_meeting_section_dispose (GObject *object)
{
  SfReviewMeetingSection *self = SF_REVIEW_MEETING_SECTION (object);

  g_clear_pointer (&self->partner_rows, g_ptr_array_unref);
  g_clear_object (&self->project);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_REVIEW_MEETING_SECTION);
  G_OBJECT_CLASS (sf_review_meeting_section_parent_class)->dispose (object);
}

static void
sf_review_meeting_section_class_init (SfReviewMeetingSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_review_meeting_section_dispose;
  gtk_widget_class_install_action (widget_class, "review.hold-meeting", NULL,
                                   hold_meeting_action);

  g_type_ensure (SF_TYPE_DATE_ROW);
  (void) sf_review_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-review-meeting-section.ui");
  gtk_widget_class_bind_template_child (widget_class, SfReviewMeetingSection, date_row);
  gtk_widget_class_bind_template_child (widget_class, SfReviewMeetingSection, place_row);
  gtk_widget_class_bind_template_child (widget_class, SfReviewMeetingSection, chair_row);
  gtk_widget_class_bind_template_child (widget_class, SfReviewMeetingSection, held_switch);
  gtk_widget_class_bind_template_child (widget_class, SfReviewMeetingSection, attendance_row);
  gtk_widget_class_bind_template_child (widget_class, SfReviewMeetingSection, notes_row);
  gtk_widget_class_bind_template_callback (widget_class, keep_details);
  gtk_widget_class_bind_template_callback (widget_class, held_changed_cb);
}

static void
sf_review_meeting_section_init (SfReviewMeetingSection *self)
{
  self->partner_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  sf_date_row_add_message_row (SF_DATE_ROW (self->date_row));
}

GtkWidget *
sf_review_meeting_section_new (SfProject *project)
{
  SfReviewMeetingSection *self;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  self = g_object_new (SF_TYPE_REVIEW_MEETING_SECTION, NULL);
  self->project = g_object_ref (project);
  /* A row updated in place changes its record, not its list: follow the tables. */
  g_signal_connect_object (project, "changed::review_meeting", G_CALLBACK (sync_details), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "changed::person", G_CALLBACK (sync_details), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "changed::review_attendance", G_CALLBACK (sync_attendance),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "changed::partner", G_CALLBACK (rebuild_partners), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "changed::review_note", G_CALLBACK (sync_notes), self,
                           G_CONNECT_SWAPPED);
  sync_details (self);
  rebuild_partners (self);
  sync_notes (self);
  return GTK_WIDGET (self);
}

gboolean
sf_review_meeting_section_reveal (SfReviewMeetingSection *self,
                                  const char             *id)
{
  GListModel *notes;
  GtkWidget *window;

  g_return_val_if_fail (SF_IS_REVIEW_MEETING_SECTION (self), FALSE);

  notes = sf_project_get_review_notes (self->project);
  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(SfReviewNote) note = g_list_model_get_item (notes, i);

      if (!g_str_equal (sf_record_get_id (SF_RECORD (note)), id))
        continue;
      window = sf_review_meeting_window_new (GTK_WIDGET (self), self->project);
      gtk_window_present (GTK_WINDOW (window));
      return sf_review_meeting_window_show_note (SF_REVIEW_MEETING_WINDOW (window), note);
    }
  return FALSE;
}
