/* sf-key-figures-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Step 2: the session (date, place, facilitator, held), its participants with attendance and
 * stance, the button that starts the live session, and the session's key points. One session
 * is the normal case: the page shows the project's first, and creates it on the first edit.
 *
 * The session's notes are kept when the text area loses the focus; the switch next to them
 * marks them confidential (shown with the confidential marker, and left out of exports).
 *
 * What was said is on the page too, per question (sf-session-statements.h), to be worked on
 * after the session.
 *
 * A search hit is shown by reveal (): a statement by opening its row (one of another session
 * in the live session, at its question), the notes by focusing them, a key point by opening
 * its row.
 *
 * Each participant row carries an action group "participant" (remove), so that buttons and
 * tests act on that row's item; the key points' rows are sf-key-point-row.h's.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-confidential-marker.h"
#include "sf-date-row.h"
#include "sf-feedback.h"
#include "sf-icon-button.h"
#include "sf-project-interviews.h"
#include "sf-key-point.h"
#include "sf-live-session.h"
#include "sf-participant-dialog.h"
#include "sf-key-point-row.h"
#include "sf-placeholder.h"
#include "sf-session-statements.h"
#include "sf-key-figures-page.h"
#include "sf-project-key-figures.h"
#include "sf-tagged-row.h"
#include "sf-text.h"

struct _SfKeyFiguresPage
{
  SfStepPage parent_instance;

  SfSession *session;        /* the first of the project's sessions, or NULL */
  gboolean   syncing;        /* rows are being filled from the store */

  GtkWidget *date_row;
  GtkWidget *place_row;
  GtkWidget *facilitator_row;
  GtkWidget *held_switch;
  GtkWidget *participants_list;
  GtkWidget *statements;
  GtkWidget *key_points_list;
  GtkWidget *key_point_row;
  GtkWidget *notes_view;
  GtkWidget *notes_confidential;
  GtkWidget *notes_marker;
};

G_DEFINE_FINAL_TYPE (SfKeyFiguresPage, sf_key_figures_page, SF_TYPE_STEP_PAGE)

/* The stances in the order the method asks about them; the combo rows show them so. */
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

static SfProject *
get_project (SfKeyFiguresPage *self)
{
  return sf_project_page_get_project (SF_PROJECT_PAGE (self));
}

static SfKeyFiguresPage *
page_of (GtkWidget *widget)
{
  return SF_KEY_FIGURES_PAGE (gtk_widget_get_ancestor (widget, SF_TYPE_KEY_FIGURES_PAGE));
}

static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
}

static gboolean
same_text (const char *a,
           const char *b)
{
  g_autofree char *clean_a = g_strstrip (g_strdup (or_empty (a)));
  g_autofree char *clean_b = g_strstrip (g_strdup (or_empty (b)));

  return g_str_equal (clean_a, clean_b);
}

/* ---- the session's details ---------------------------------------------------------------- */

/* A person by name (people are shared with step 1), added when there is none yet. */
static char *
find_or_add_person (SfKeyFiguresPage *self,
                    const char    *name,
                    GError       **error)
{
  GListModel *people = sf_project_get_people (get_project (self));
  g_autofree char *key = g_utf8_casefold (name, -1);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(SfPerson) person = g_list_model_get_item (people, i);
      g_autofree char *person_key = g_utf8_casefold (or_empty (sf_person_get_name (person)), -1);

      if (g_str_equal (key, person_key))
        return g_strdup (sf_record_get_id (SF_RECORD (person)));
    }
  return sf_project_add_person (get_project (self), name, NULL, NULL, error);
}

/* Keeps what is typed in the session's rows; creates the session when there is something to
 * keep and no session yet. */
static gboolean
store_details (SfKeyFiguresPage *self,
               GError       **error)
{
  SfProject *project = get_project (self);
  g_autofree char *date = sf_date_row_get_date (SF_DATE_ROW (self->date_row), NULL);
  const char *place = gtk_editable_get_text (GTK_EDITABLE (self->place_row));
  g_autofree char *facilitator = g_strstrip (g_strdup (
                                   gtk_editable_get_text (GTK_EDITABLE (self->facilitator_row))));
  g_autofree char *facilitator_id = NULL;
  g_autofree char *new_id = NULL;

  if (self->syncing)
    return TRUE;
  /* What is no date is not kept (the row under it says why); the other details are. */
  if (date == NULL)
    date = g_strdup (self->session != NULL ? sf_session_get_date (self->session) : "");
  if (self->session == NULL && sf_text_is_blank (date) && sf_text_is_blank (place) &&
      *facilitator == '\0')
    return TRUE;
  if (self->session != NULL &&
      same_text (date, sf_session_get_date (self->session)) &&
      same_text (place, sf_session_get_place (self->session)) &&
      same_text (facilitator, sf_session_get_facilitator_name (self->session)))
    return TRUE;

  if (*facilitator != '\0')
    {
      if (self->session != NULL &&
          same_text (facilitator, sf_session_get_facilitator_name (self->session)))
        facilitator_id = g_strdup (sf_session_get_facilitator_id (self->session));
      else if ((facilitator_id = find_or_add_person (self, facilitator, error)) == NULL)
        return FALSE;
    }

  if (self->session == NULL)
    return (new_id = sf_project_add_session (project, date, place, facilitator_id,
                                             error)) != NULL;
  return sf_project_update_session (project, sf_record_get_id (SF_RECORD (self->session)),
                                    date, place, facilitator_id, error);
}

static void
keep_details (SfKeyFiguresPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!store_details (self, &error))
    sf_feedback_error (GTK_WIDGET (self), _("The session could not be changed"), error);
}

/* The session the live session, a participant or a key point belongs to. */
static const char *
ensure_session (SfKeyFiguresPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;

  if (!store_details (self, &error))
    {
      sf_feedback_error (GTK_WIDGET (self), _("The session could not be changed"), error);
      return NULL;
    }
  if (self->session == NULL &&
      (id = sf_project_add_session (get_project (self), NULL, NULL, NULL, &error)) == NULL)
    {
      sf_feedback_error (GTK_WIDGET (self), _("The session could not be created"), error);
      return NULL;
    }
  return sf_key_figures_page_get_session_id (self);
}

/* Do not take text out from under the user's fingers. */
static gboolean
typing_in (GtkWidget *row)
{
  return gtk_widget_has_focus (row) || gtk_widget_is_focus (row) ||
         gtk_widget_get_focus_child (row) != NULL;
}

static void
set_row_text (GtkWidget  *row,
              const char *text)
{
  if (typing_in (row))
    return;
  if (!g_str_equal (gtk_editable_get_text (GTK_EDITABLE (row)), or_empty (text)))
    sf_text_set_loaded (GTK_EDITABLE (row), or_empty (text));
}

/* ---- the session's notes ------------------------------------------------------------------ */

static char *
notes_text (SfKeyFiguresPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->notes_view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
sync_notes (SfKeyFiguresPage *self)
{
  const char *notes = self->session != NULL ? sf_session_get_notes (self->session) : NULL;
  gboolean confidential = self->session != NULL &&
                          sf_session_get_notes_confidential (self->session);
  g_autofree char *shown = notes_text (self);

  /* Do not take text out from under the user's fingers. */
  if (!gtk_widget_has_focus (self->notes_view) && !g_str_equal (shown, or_empty (notes)))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->notes_view)),
                              or_empty (notes), -1);
  gtk_switch_set_active (GTK_SWITCH (self->notes_confidential), confidential);
  gtk_widget_set_visible (self->notes_marker, confidential);
}

static void
keep_notes (SfKeyFiguresPage *self)
{
  g_autofree char *notes = notes_text (self);
  gboolean confidential = gtk_switch_get_active (GTK_SWITCH (self->notes_confidential));
  g_autoptr(GError) error = NULL;
  const char *id;

  if (self->syncing)
    return;
  if (self->session == NULL && sf_text_is_blank (notes) && !confidential)
    return;
  if (self->session != NULL && same_text (notes, sf_session_get_notes (self->session)) &&
      confidential == sf_session_get_notes_confidential (self->session))
    return;
  if ((id = ensure_session (self)) == NULL)
    return;
  if (!sf_project_set_session_notes (get_project (self), id, notes, confidential, &error))
    sf_feedback_error (GTK_WIDGET (self), _("The notes could not be saved"), error);
}

static void
sync_details (SfKeyFiguresPage *self)
{
  self->syncing = TRUE;
  if (!typing_in (self->date_row))
    sf_date_row_set_date (SF_DATE_ROW (self->date_row),
                          self->session ? sf_session_get_date (self->session) : NULL);
  set_row_text (self->place_row, self->session ? sf_session_get_place (self->session) : NULL);
  set_row_text (self->facilitator_row,
                self->session ? sf_session_get_facilitator_name (self->session) : NULL);
  gtk_switch_set_active (GTK_SWITCH (self->held_switch),
                         self->session != NULL && sf_session_get_held (self->session));
  sync_notes (self);
  self->syncing = FALSE;
}

static void
held_changed_cb (SfKeyFiguresPage *self)
{
  gboolean held = gtk_switch_get_active (GTK_SWITCH (self->held_switch));
  g_autoptr(GError) error = NULL;
  const char *id;

  if (self->syncing)
    return;
  if (self->session != NULL && sf_session_get_held (self->session) == held)
    return;
  if ((id = ensure_session (self)) == NULL)
    return;
  if (!sf_project_set_session_held (get_project (self), id, held, &error))
    {
      /* The switch goes back to what is stored; the message says why. */
      sync_details (self);
      sf_feedback_error (GTK_WIDGET (self), _("The session could not be changed"), error);
    }
}

/* ---- participants -------------------------------------------------------------------------- */

static SfParticipant *
row_get_participant (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "sf-participant");
}

static void
update_participant_row (GtkWidget *row)
{
  SfParticipant *participant = row_get_participant (row);
  GtkWidget *attended = g_object_get_data (G_OBJECT (row), "sf-attended");
  GtkWidget *stance = g_object_get_data (G_OBJECT (row), "sf-stance");
  GtkWidget *note = g_object_get_data (G_OBJECT (row), "sf-stance-note");
  const char *parts[] = {
    sf_participant_get_role (participant),
    sf_participant_get_organisation (participant),
  };
  g_autofree char *subtitle = sf_text_join_parts (parts, G_N_ELEMENTS (parts));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 or_empty (sf_participant_get_name (participant)));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (attended),
                               sf_participant_get_attended (participant));
  adw_combo_row_set_selected (ADW_COMBO_ROW (stance),
                              stance_index (sf_participant_get_stance (participant)));
  set_row_text (note, sf_participant_get_stance_note (participant));
}

static void
store_stance (GtkWidget *row)
{
  SfKeyFiguresPage *self = page_of (row);
  SfParticipant *participant = row_get_participant (row);
  GtkWidget *stance_row = g_object_get_data (G_OBJECT (row), "sf-stance");
  GtkWidget *note_row = g_object_get_data (G_OBJECT (row), "sf-stance-note");
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (stance_row));
  SfStance stance = stance_order[MIN (selected, SF_N_STANCES - 1)];
  const char *note = gtk_editable_get_text (GTK_EDITABLE (note_row));
  g_autoptr(GError) error = NULL;

  if (self == NULL)
    return;
  if (stance == sf_participant_get_stance (participant) &&
      same_text (note, sf_participant_get_stance_note (participant)))
    return;
  if (!sf_project_set_participant_stance (get_project (self),
                                          sf_record_get_id (SF_RECORD (participant)),
                                          stance, note, &error))
    sf_feedback_error (GTK_WIDGET (self), _("The stance could not be recorded"), error);
}

static void
attended_toggled_cb (GtkWidget *check,
                     GtkWidget *row)
{
  SfKeyFiguresPage *self = page_of (row);
  SfParticipant *participant = row_get_participant (row);
  gboolean attended = gtk_check_button_get_active (GTK_CHECK_BUTTON (check));
  g_autoptr(GError) error = NULL;

  if (self == NULL || attended == sf_participant_get_attended (participant))
    return;
  if (!sf_project_set_participant_attended (get_project (self),
                                            sf_record_get_id (SF_RECORD (participant)),
                                            attended, &error))
    sf_feedback_error (GTK_WIDGET (self), _("The participant could not be changed"), error);
}

static void
participant_remove_action (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       row)
{
  sf_feedback_remove (row, get_project (page_of (row)), sf_project_remove_participant,
                      sf_record_get_id (SF_RECORD (row_get_participant (row))),
                      _("Participant removed"), _("The participant could not be removed"));
}

static GtkWidget *
create_participant_row (gpointer item,
                        gpointer user_data)
{
  static const GActionEntry entries[] = {
    { .name = "remove", .activate = participant_remove_action },
  };
  SfParticipant *participant = SF_PARTICIPANT (item);
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();
  g_autoptr(GtkStringList) stances = gtk_string_list_new (NULL);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *attended = gtk_check_button_new_with_label (_("Attended"));
  GtkWidget *remove = sf_icon_button_new ("user-trash-symbolic", _("Remove Participant"));
  GtkWidget *stance = adw_combo_row_new ();
  GtkWidget *note = adw_entry_row_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_object_set_data_full (G_OBJECT (row), "sf-participant", g_object_ref (participant),
                          g_object_unref);
  g_object_set_data (G_OBJECT (row), "sf-attended", attended);
  g_object_set_data (G_OBJECT (row), "sf-stance", stance);
  g_object_set_data (G_OBJECT (row), "sf-stance-note", note);
  g_action_map_add_action_entries (G_ACTION_MAP (actions), entries, G_N_ELEMENTS (entries), row);
  gtk_widget_insert_action_group (row, "participant", G_ACTION_GROUP (actions));
  gtk_widget_set_name (row, "participant-row");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  gtk_widget_set_name (attended, "participant-attended");
  gtk_widget_set_valign (attended, GTK_ALIGN_CENTER);
  g_signal_connect (attended, "toggled", G_CALLBACK (attended_toggled_cb), row);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), attended);

  gtk_widget_set_name (remove, "remove-participant");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "participant.remove");
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);

  for (guint i = 0; i < SF_N_STANCES; i++)
    gtk_string_list_append (stances, sf_stance_get_label (stance_order[i]));
  gtk_widget_set_name (stance, "participant-stance");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (stance),
                                 _("Stance toward developing the flat"));
  adw_combo_row_set_model (ADW_COMBO_ROW (stance), G_LIST_MODEL (stances));
  adw_combo_row_set_selected (ADW_COMBO_ROW (stance),
                              stance_index (sf_participant_get_stance (participant)));
  g_signal_connect_swapped (stance, "notify::selected", G_CALLBACK (store_stance), row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), stance);

  gtk_widget_set_name (note, "participant-stance-note");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (note), _("Note on the stance"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (note), TRUE);
  g_signal_connect_swapped (note, "apply", G_CALLBACK (store_stance), row);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (store_stance), row);
  gtk_widget_add_controller (note, focus);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), note);

  /* The store updates the participant in place after an edit, undo or redo. */
  g_signal_connect_object (participant, "notify", G_CALLBACK (update_participant_row), row,
                           G_CONNECT_SWAPPED);
  update_participant_row (row);
  return row;
}

static void
add_participant_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  SfKeyFiguresPage *self = SF_KEY_FIGURES_PAGE (widget);
  GtkWidget *dialog;

  /* Typed details first, so that a new session gets them. */
  keep_details (self);
  dialog = sf_participant_dialog_new (widget, get_project (self),
                                      sf_key_figures_page_get_session_id (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- the live session ---------------------------------------------------------------------- */

static void
start_live_session_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  SfKeyFiguresPage *self = SF_KEY_FIGURES_PAGE (widget);
  const char *id = ensure_session (self);
  GtkWidget *live;

  if (id == NULL)
    return;
  live = sf_live_session_new (widget, get_project (self), id);
  gtk_window_present (GTK_WINDOW (live));
}

/* ---- key points ---------------------------------------------------------------------------- */

static GtkWidget *
create_key_point_row (gpointer item,
                      gpointer project)
{
  return sf_key_point_row_new (project, SF_KEY_POINT (item));
}

static void
add_key_point_cb (SfKeyFiguresPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->key_point_row));
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;
  const char *session_id;

  if (sf_text_is_blank (text) || (session_id = ensure_session (self)) == NULL)
    return;
  id = sf_project_add_session_key_point (get_project (self), session_id, text, &error);
  if (id == NULL)
    sf_feedback_error (GTK_WIDGET (self), _("The key point could not be added"), error);
  else
    sf_text_set_loaded (GTK_EDITABLE (self->key_point_row), "");
}

/* ---- following the store ------------------------------------------------------------------- */

static void
update_session (SfKeyFiguresPage *self)
{
  GListModel *sessions = sf_project_get_sessions (get_project (self));
  g_autoptr(SfSession) first = g_list_model_get_item (sessions, 0);
  const char *id;

  if (first != self->session)
    {
      if (self->session != NULL)
        g_signal_handlers_disconnect_by_func (self->session, sync_details, self);
      g_set_object (&self->session, first);
      if (self->session != NULL)
        g_signal_connect_object (self->session, "notify", G_CALLBACK (sync_details), self,
                                 G_CONNECT_SWAPPED);
      id = sf_key_figures_page_get_session_id (self);
      gtk_list_box_bind_model (GTK_LIST_BOX (self->participants_list),
                               id ? sf_project_get_participants (get_project (self), id) : NULL,
                               create_participant_row, NULL, NULL);
      sf_session_statements_set_session (SF_SESSION_STATEMENTS (self->statements), id);
      gtk_list_box_bind_model (GTK_LIST_BOX (self->key_points_list),
                               id ? sf_project_get_session_key_points (get_project (self), id)
                                  : NULL,
                               create_key_point_row, get_project (self), NULL);
    }
  sync_details (self);
}

/* ---- building the page --------------------------------------------------------------------- */

static GtkWidget *
list_new (const char *name,
          const char *placeholder)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_widget_set_name (list, name);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_set_placeholder (GTK_LIST_BOX (list), sf_placeholder_new (placeholder));
  return list;
}

static GtkWidget *
detail_row_init (SfKeyFiguresPage *self,
                 GtkWidget     *row,
                 const char    *title,
                 const char    *name)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_name (row, name);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  g_signal_connect_swapped (row, "apply", G_CALLBACK (keep_details), self);
  /* Typed text is kept when the row is left too, not only on Enter or the apply button. */
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (keep_details), self);
  gtk_widget_add_controller (row, focus);
  return row;
}

static GtkWidget *
session_group_new (SfKeyFiguresPage *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *held_row = adw_action_row_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Session"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
    _("When and where the key figures meet, and who leads the meeting."));
  self->date_row = detail_row_init (self, sf_date_row_new (NULL), _("Date"), "session-date");
  self->place_row = detail_row_init (self, adw_entry_row_new (), _("Place"), "session-place");
  self->facilitator_row = detail_row_init (self, adw_entry_row_new (), _("Facilitator"),
                                           "session-facilitator");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->date_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sf_date_row_get_message_row (SF_DATE_ROW (self->date_row)));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->place_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->facilitator_row);

  self->held_switch = gtk_switch_new ();
  gtk_widget_set_name (self->held_switch, "session-held");
  gtk_widget_set_valign (self->held_switch, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->held_switch, "notify::active", G_CALLBACK (held_changed_cb),
                            self);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (held_row), _("Session held"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (held_row), self->held_switch);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (held_row), self->held_switch);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), held_row);
  return group;
}

static GtkWidget *
header_button_new (const char *label,
                   const char *name,
                   const char *action)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_set_name (button, name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  return button;
}

static GtkWidget *
participants_group_new (SfKeyFiguresPage *self)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Participants"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
    _("The key figures you invite, whether they came, and how each stands toward "
      "developing the flat."));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group),
    header_button_new (_("_Add Participant"), "add-participant", "step.add-participant"));
  self->participants_list = list_new ("participants", _("No participants yet"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->participants_list);
  return group;
}

static GtkWidget *
live_group_new (SfKeyFiguresPage *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Start Live Session"));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Live session"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
    _("During the meeting: walk through the questions, capture what people say as they say "
      "it, and show the question on a second screen or the beamer."));
  gtk_widget_set_name (button, "start-live-session");
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (button, 6);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "step.start-live-session");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), button);
  return group;
}

static GtkWidget *
key_points_group_new (SfKeyFiguresPage *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *add_list = gtk_list_box_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Key points"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
    _("A short overview of the most important points of the session."));
  self->key_points_list = list_new ("key-points", _("No key points yet"));
  gtk_box_append (GTK_BOX (box), self->key_points_list);

  self->key_point_row = adw_entry_row_new ();
  gtk_widget_set_name (self->key_point_row, "add-key-point");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->key_point_row), _("New key point"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self->key_point_row), TRUE);
  g_signal_connect_swapped (self->key_point_row, "apply", G_CALLBACK (add_key_point_cb), self);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (add_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (add_list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (add_list), self->key_point_row);
  gtk_box_append (GTK_BOX (box), add_list);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
  return group;
}

static GtkWidget *
notes_group_new (SfKeyFiguresPage *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *switch_list = gtk_list_box_new ();
  GtkWidget *switch_row = adw_action_row_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Notes"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
    _("What you want to remember about the session. Kept when you leave the text."));
  self->notes_marker = sf_confidential_marker_new ();
  gtk_widget_set_visible (self->notes_marker, FALSE);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), self->notes_marker);

  self->notes_view = gtk_text_view_new ();
  gtk_widget_set_name (self->notes_view, "session-notes");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->notes_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->notes_view), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->notes_view), 12);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->notes_view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self->notes_view), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->notes_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Session notes"), -1);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (keep_notes), self);
  gtk_widget_add_controller (self->notes_view, focus);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 120);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 360);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->notes_view);
  gtk_frame_set_child (GTK_FRAME (frame), scroller);
  gtk_widget_add_css_class (frame, "view");
  gtk_box_append (GTK_BOX (box), frame);

  self->notes_confidential = gtk_switch_new ();
  gtk_widget_set_name (self->notes_confidential, "session-notes-confidential");
  gtk_widget_set_valign (self->notes_confidential, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->notes_confidential, "notify::active",
                            G_CALLBACK (keep_notes), self);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (switch_row), _("Confidential notes"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (switch_row),
                               _("Shown with a marker and left out of every export"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (switch_row), self->notes_confidential);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (switch_row), self->notes_confidential);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (switch_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (switch_list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (switch_list), switch_row);
  gtk_box_append (GTK_BOX (box), switch_list);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
  return group;
}

/* ---- showing a search hit ------------------------------------------------------------------ */

/* Finds @statement_id among the statements of the step-2 questions of @session_id. */
static SfQuestion *
find_statement_question (SfKeyFiguresPage *self,
                         const char    *session_id,
                         const char    *statement_id)
{
  SfProject *project = get_project (self);
  GListModel *questions = sf_project_get_questions (project, 2);

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SfQuestion) question = g_list_model_get_item (questions, i);
      GListModel *statements = sf_project_get_statements (project, session_id,
                                                          sf_record_get_id (SF_RECORD (question)));

      for (guint j = 0; j < g_list_model_get_n_items (statements); j++)
        {
          g_autoptr(SfRecord) statement = g_list_model_get_item (statements, j);

          if (g_strcmp0 (sf_record_get_id (statement), statement_id) == 0)
            return g_steal_pointer (&question);
        }
    }
  return NULL;
}

static SfLiveSession *
find_live_session (const char *session_id)
{
  GListModel *windows = gtk_window_get_toplevels (); /* owned by GTK */

  for (guint i = 0; i < g_list_model_get_n_items (windows); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (windows, i);

      if (SF_IS_LIVE_SESSION (window) &&
          g_strcmp0 (sf_live_session_get_session_id (SF_LIVE_SESSION (window)), session_id) == 0)
        return SF_LIVE_SESSION (window);
    }
  return NULL;
}

/* One of the page's session's statements is shown on the page; one of another session's in
 * the live session. */
static gboolean
reveal_statement (SfKeyFiguresPage *self,
                  const char    *statement_id)
{
  GListModel *sessions = sf_project_get_sessions (get_project (self));

  if (sf_session_statements_show_statement (SF_SESSION_STATEMENTS (self->statements),
                                            statement_id))
    return TRUE;

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(SfSession) session = g_list_model_get_item (sessions, i);
      const char *session_id = sf_record_get_id (SF_RECORD (session));
      g_autoptr(SfQuestion) question = find_statement_question (self, session_id, statement_id);
      SfLiveSession *live;

      if (question == NULL)
        continue;
      if (sf_question_get_hidden (question))
        return FALSE; /* the live session does not ask it */
      live = find_live_session (session_id);
      if (live == NULL)
        live = SF_LIVE_SESSION (sf_live_session_new (GTK_WIDGET (self), get_project (self),
                                                     session_id));
      gtk_window_present (GTK_WINDOW (live));
      if (!sf_live_session_go_to_question (live, sf_record_get_id (SF_RECORD (question))))
        return FALSE;
      sf_live_session_select_statement (live, statement_id);
      return TRUE;
    }
  return FALSE;
}

static gboolean
reveal_key_point (SfKeyFiguresPage *self,
                  const char    *key_point_id)
{
  GtkWidget *row = sf_tagged_row_find (self->key_points_list, key_point_id);

  if (row == NULL)
    return FALSE;
  /* The page's scrolled window brings the focus into view. */
  sf_tagged_row_show (row);
  return TRUE;
}

static gboolean
sf_key_figures_page_reveal (SfProjectPage *page,
                        const char *kind,
                        const char *ref)
{
  SfKeyFiguresPage *self = SF_KEY_FIGURES_PAGE (page);

  if (kind == NULL || ref == NULL)
    return FALSE;
  if (g_str_equal (kind, "statement"))
    return reveal_statement (self, ref);
  if (g_str_equal (kind, "session"))
    {
      /* The page shows the first session's notes only. */
      if (g_strcmp0 (ref, sf_key_figures_page_get_session_id (self)) != 0)
        return FALSE;
      return gtk_widget_grab_focus (self->notes_view);
    }
  if (g_str_equal (kind, "key_point"))
    return reveal_key_point (self, ref);
  return FALSE;
}

static void
sf_key_figures_page_constructed (GObject *object)
{
  SfKeyFiguresPage *self = SF_KEY_FIGURES_PAGE (object);

  G_OBJECT_CLASS (sf_key_figures_page_parent_class)->constructed (object);

  sf_step_page_add_section (SF_STEP_PAGE (self), session_group_new (self));
  sf_step_page_add_section (SF_STEP_PAGE (self), participants_group_new (self));
  sf_step_page_add_section (SF_STEP_PAGE (self), live_group_new (self));
  self->statements = sf_session_statements_new (get_project (self));
  sf_step_page_add_section (SF_STEP_PAGE (self), self->statements);
  sf_step_page_add_section (SF_STEP_PAGE (self), key_points_group_new (self));
  sf_step_page_add_section (SF_STEP_PAGE (self), notes_group_new (self));

  g_signal_connect_object (sf_project_get_sessions (get_project (self)), "items-changed",
                           G_CALLBACK (update_session), self, G_CONNECT_SWAPPED);
  update_session (self);
}

static void
sf_key_figures_page_dispose (GObject *object)
{
  SfKeyFiguresPage *self = SF_KEY_FIGURES_PAGE (object);

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_func (self->session, sync_details, self);
  g_clear_object (&self->session);
  G_OBJECT_CLASS (sf_key_figures_page_parent_class)->dispose (object);
}

static void
sf_key_figures_page_class_init (SfKeyFiguresPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  SfProjectPageClass *page_class = SF_PROJECT_PAGE_CLASS (klass);

  object_class->constructed = sf_key_figures_page_constructed;
  object_class->dispose = sf_key_figures_page_dispose;
  page_class->reveal = sf_key_figures_page_reveal;
  gtk_widget_class_install_action (widget_class, "step.add-participant", NULL,
                                   add_participant_action);
  gtk_widget_class_install_action (widget_class, "step.start-live-session", NULL,
                                   start_live_session_action);
}

static void
sf_key_figures_page_init (SfKeyFiguresPage *self)
{
}

const char *
sf_key_figures_page_get_session_id (SfKeyFiguresPage *self)
{
  g_return_val_if_fail (SF_IS_KEY_FIGURES_PAGE (self), NULL);

  return self->session != NULL ? sf_record_get_id (SF_RECORD (self->session)) : NULL;
}
