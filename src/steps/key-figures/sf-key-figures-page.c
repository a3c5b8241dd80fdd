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
 * The sections' fixed parts are the page's template (sf-key-figures-page.ui); a participant
 * is an SfParticipantRow, a key point sf-key-point-row.h's row.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "key-figures-resources.h"
#include "sf-confidential-marker.h"
#include "sf-date-row.h"
#include "sf-feedback.h"
#include "sf-key-figures-page.h"
#include "sf-key-point-row.h"
#include "sf-key-point.h"
#include "sf-live-session.h"
#include "sf-participant-dialog.h"
#include "sf-participant-row.h"
#include "sf-placeholder.h"
#include "sf-project-interviews.h"
#include "sf-project-key-figures.h"
#include "sf-session-statements.h"
#include "sf-store-text.h"
#include "sf-stored-text.h"
#include "sf-tagged-row.h"
#include "sf-text.h"

struct _SfKeyFiguresPage
{
  SfStepPage parent_instance;

  SfSession *session;        /* the first of the project's sessions, or NULL */
  gboolean   syncing;        /* rows are being filled from the store */

  GtkWidget *session_group;
  GtkWidget *participants_group;
  GtkWidget *live_group;
  GtkWidget *key_points_group;
  GtkWidget *notes_group;
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

static SfProject *
get_project (SfKeyFiguresPage *self)
{
  return sf_project_page_get_project (SF_PROJECT_PAGE (self));
}

static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
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
  if (self->session == NULL && sf_store_text_is_blank (date) && sf_store_text_is_blank (place) &&
      *facilitator == '\0')
    return TRUE;
  if (self->session != NULL &&
      sf_stored_text_same (date, sf_session_get_date (self->session)) &&
      sf_stored_text_same (place, sf_session_get_place (self->session)) &&
      sf_stored_text_same (facilitator, sf_session_get_facilitator_name (self->session)))
    return TRUE;

  if (*facilitator != '\0')
    {
      if (self->session != NULL &&
          sf_stored_text_same (facilitator, sf_session_get_facilitator_name (self->session)))
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
  if (self->session == NULL && sf_store_text_is_blank (notes) && !confidential)
    return;
  if (self->session != NULL && sf_stored_text_same (notes, sf_session_get_notes (self->session)) &&
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
  if (!sf_stored_text_typing_in (self->date_row))
    sf_date_row_set_date (SF_DATE_ROW (self->date_row),
                          self->session ? sf_session_get_date (self->session) : NULL);
  sf_stored_text_show (self->place_row, self->session ? sf_session_get_place (self->session) : NULL);
  sf_stored_text_show (self->facilitator_row,
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

static GtkWidget *
create_participant_row (gpointer item,
                        gpointer project)
{
  return sf_participant_row_new (project, SF_PARTICIPANT (item));
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

  if (sf_store_text_is_blank (text) || (session_id = ensure_session (self)) == NULL)
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
                               create_participant_row, get_project (self), NULL);
      sf_session_statements_set_session (SF_SESSION_STATEMENTS (self->statements), id);
      gtk_list_box_bind_model (GTK_LIST_BOX (self->key_points_list),
                               id ? sf_project_get_session_key_points (get_project (self), id)
                                  : NULL,
                               create_key_point_row, get_project (self), NULL);
    }
  sync_details (self);
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
      if (!sf_meeting_window_go_to_question (SF_MEETING_WINDOW (live),
                                             sf_record_get_id (SF_RECORD (question))))
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

  sf_step_page_add_section (SF_STEP_PAGE (self), self->session_group);
  sf_step_page_add_section (SF_STEP_PAGE (self), self->participants_group);
  sf_step_page_add_section (SF_STEP_PAGE (self), self->live_group);
  self->statements = sf_session_statements_new (get_project (self));
  sf_step_page_add_section (SF_STEP_PAGE (self), self->statements);
  sf_step_page_add_section (SF_STEP_PAGE (self), self->key_points_group);
  sf_step_page_add_section (SF_STEP_PAGE (self), self->notes_group);

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
  /* The sections are the step page's children: it lets go of them. */
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_KEY_FIGURES_PAGE);
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

  g_type_ensure (SF_TYPE_DATE_ROW);
  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_key_figures_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-key-figures-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SfKeyFiguresPage, session_group);
  gtk_widget_class_bind_template_child (widget_class, SfKeyFiguresPage, participants_group);
  gtk_widget_class_bind_template_child (widget_class, SfKeyFiguresPage, live_group);
  gtk_widget_class_bind_template_child (widget_class, SfKeyFiguresPage, key_points_group);
  gtk_widget_class_bind_template_child (widget_class, SfKeyFiguresPage, notes_group);
  gtk_widget_class_bind_template_child (widget_class, SfKeyFiguresPage, date_row);
  gtk_widget_class_bind_template_child (widget_class, SfKeyFiguresPage, place_row);
  gtk_widget_class_bind_template_child (widget_class, SfKeyFiguresPage, facilitator_row);
  gtk_widget_class_bind_template_child (widget_class, SfKeyFiguresPage, held_switch);
  gtk_widget_class_bind_template_child (widget_class, SfKeyFiguresPage, participants_list);
  gtk_widget_class_bind_template_child (widget_class, SfKeyFiguresPage, key_points_list);
  gtk_widget_class_bind_template_child (widget_class, SfKeyFiguresPage, key_point_row);
  gtk_widget_class_bind_template_child (widget_class, SfKeyFiguresPage, notes_view);
  gtk_widget_class_bind_template_child (widget_class, SfKeyFiguresPage, notes_confidential);
  gtk_widget_class_bind_template_callback (widget_class, keep_details);
  gtk_widget_class_bind_template_callback (widget_class, held_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_key_point_cb);
  gtk_widget_class_bind_template_callback (widget_class, keep_notes);
}

static void
sf_key_figures_page_init (SfKeyFiguresPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The date's message goes right under the date, in the group's list; the group itself
   * only adds at the end. */
  gtk_list_box_insert (GTK_LIST_BOX (gtk_widget_get_parent (self->date_row)),
                       sf_date_row_get_message_row (SF_DATE_ROW (self->date_row)), 1);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->participants_list),
                                sf_placeholder_new (_("No participants yet")));
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->key_points_list),
                                sf_placeholder_new (_("No key points yet")));
  /* common/'s marker, made in code, beside the notes' title while they are confidential. */
  self->notes_marker = sf_confidential_marker_new ();
  gtk_widget_set_visible (self->notes_marker, FALSE);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->notes_group),
                                           self->notes_marker);
}

const char *
sf_key_figures_page_get_session_id (SfKeyFiguresPage *self)
{
  g_return_val_if_fail (SF_IS_KEY_FIGURES_PAGE (self), NULL);

  return self->session != NULL ? sf_record_get_id (SF_RECORD (self->session)) : NULL;
}
