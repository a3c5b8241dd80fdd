/* sf-live-session.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The facilitator's window during the meeting. Keyboard (all on the window, in the capture
 * phase so that they work while typing in the statement entry):
 *   Enter            store the typed statement for the current question, ready for the next
 *   Page Down/Up     next / previous question (live.next, live.previous), in both windows
 *   Alt+1 .. Alt+9   the nth participant says the next statements (live.speaker n)
 *   Alt+0            anonymous (live.speaker 0)
 *   F5               open the presenter window (live.present)
 *   F6               show or hide the statements on the presenter (live.show-details)
 *   F11              presenter full screen or not (live.fullscreen-presenter)
 *   #word            in a statement: tags it with the theme "word" ("_" for a space)
 * The speaker stays chosen until another is picked: people often make several points in a
 * row, and the chooser shows all the time who it is.
 *
 * The window's layout and keys are its template (sf-live-session.ui). Each statement row
 * (sf-live-statement-row.h) has a lock toggle that marks the statement confidential; the row
 * then shows the confidential marker, and the presenter window leaves the statement out.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "key-figures-resources.h"
#include "sf-feedback.h"
#include "sf-live-session.h"
#include "sf-live-statement-row.h"
#include "sf-placeholder.h"
#include "sf-presenter-list.h"
#include "sf-presenter-window.h"
#include "sf-project-key-figures.h"
#include "sf-store-text.h"
#include "sf-text.h"
#include "sf-project-themes.h"
#include "sf-toplevel.h"

struct _SfLiveSession
{
  AdwWindow parent_instance;

  SfProject *project;
  char      *session_id;
  GPtrArray *questions;      /* of SfQuestion, the visible step-2 questions */
  guint      position;
  guint      speaker;        /* 0: anonymous */
  gboolean   show_statements;
  gboolean   follow_end;     /* keep the newest statement in view */

  GtkWidget *presenter;      /* weak */

  AdwWindowTitle *window_title;
  GtkWidget *question_label;
  GtkWidget *timer_label;
  GtkWidget *speaker_dropdown;
  GtkStringList *speaker_names;
  GtkWidget *entry;
  GtkWidget *list_box;
  GtkWidget *scroller;
  GtkWidget *count_label;
};

G_DEFINE_FINAL_TYPE (SfLiveSession, sf_live_session, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_SHOW_STATEMENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GListModel *
get_participants (SfLiveSession *self)
{
  return sf_project_get_participants (self->project, self->session_id);
}

static GListModel *
get_statements (SfLiveSession *self)
{
  SfQuestion *question = sf_live_session_get_question (self);

  if (question == NULL)
    return NULL;
  return sf_project_get_statements (self->project, self->session_id,
                                    sf_record_get_id (SF_RECORD (question)));
}

/* ---- themes typed as #word ---------------------------------------------------------------- */

static gboolean
is_theme_char (gunichar c)
{
  return g_unichar_isalnum (c) || c == '-' || c == '_';
}

char *
sf_live_session_parse_themes (const char *text,
                              GStrv      *themes)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  GString *result = g_string_new (NULL);
  gboolean any = FALSE;
  gunichar previous = ' ';
  const char *p = text != NULL ? text : "";

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      if (c == '#' && g_unichar_isspace (previous) && *next != '\0' &&
          is_theme_char (g_utf8_get_char (next)))
        {
          const char *end = next;
          g_autofree char *name = NULL;

          while (*end != '\0' && is_theme_char (g_utf8_get_char (end)))
            end = g_utf8_next_char (end);
          name = g_strndup (next, end - next);
          g_strdelimit (name, "_", ' ');
          g_strv_builder_add (names, g_strstrip (name));
          any = TRUE;
          p = end;
          previous = '#';
          continue;
        }
      /* The space the tag leaves behind is not doubled. */
      if (!(g_unichar_isspace (c) && result->len > 0 &&
            result->str[result->len - 1] == ' '))
        g_string_append_unichar (result, g_unichar_isspace (c) ? ' ' : c);
      previous = c;
      p = next;
    }

  if (themes != NULL)
    *themes = any ? g_strv_builder_end (names) : NULL;
  return g_strstrip (g_string_free (result, FALSE));
}

/* ---- the statement list ------------------------------------------------------------------- */

static GtkWidget *
create_statement_row (gpointer item,
                      gpointer project)
{
  return sf_live_statement_row_new (project, SF_STATEMENT (item));
}

static void
remove_statement_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  SfLiveSession *self = SF_LIVE_SESSION (widget);
  g_autoptr(GError) error = NULL;

  if (!sf_project_remove_statement (self->project, g_variant_get_string (parameter, NULL),
                                    &error))
    sf_feedback_error (widget, _("The statement could not be removed"), error);
  gtk_widget_grab_focus (self->entry);
}

static void
update_count (SfLiveSession *self)
{
  GListModel *statements = get_statements (self);
  guint n = statements != NULL ? g_list_model_get_n_items (statements) : 0;
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u statement",
                                                        "%u statements", n), n);

  gtk_label_set_text (GTK_LABEL (self->count_label), text);
}

/* The newest statement is the last: keep the end in view as the list grows. */
static void
adjustment_changed_cb (GtkAdjustment *adjustment,
                       SfLiveSession *self)
{
  if (!self->follow_end)
    return;
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) -
                                        gtk_adjustment_get_page_size (adjustment));
}

/* ---- the current question ----------------------------------------------------------------- */

static void
show_question (SfLiveSession *self)
{
  SfQuestion *question = sf_live_session_get_question (self);
  GListModel *statements = get_statements (self);
  g_autofree char *subtitle = NULL;
  guint n = self->questions->len;

  if (n > 0)
    /* Translators: the live session's subtitle, as in "Question 2 of 6" */
    subtitle = g_strdup_printf (_("Question %u of %u"), self->position + 1, n);
  adw_window_title_set_subtitle (self->window_title, subtitle != NULL ? subtitle : "");
  gtk_label_set_text (GTK_LABEL (self->question_label),
                      question != NULL ? sf_question_get_text (question)
                                       : _("Step 2 has no questions to ask"));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list_box), statements,
                           create_statement_row, self->project, NULL);
  gtk_widget_set_sensitive (self->entry, question != NULL);
  update_count (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "live.previous", self->position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "live.next", self->position + 1 < n);

  sf_presenter_restart_clock (self->timer_label);

  if (self->presenter != NULL)
    {
      SfPresenterWindow *presenter = SF_PRESENTER_WINDOW (self->presenter);

      sf_presenter_window_show_question (presenter,
                                         question != NULL ? sf_question_get_text (question) : "",
                                         self->position, n);
      sf_presenter_list_set_model (SF_PRESENTER_LIST (sf_presenter_window_get_details (presenter)),
                                   statements);
    }
}

static void
statements_changed_cb (GListModel    *statements,
                       guint          position,
                       guint          removed,
                       guint          added,
                       SfLiveSession *self)
{
  update_count (self);
}

/* Shows the question at the position, ready for its statements, and keeps its count of
 * statements up to date. */
static void
follow_question (SfLiveSession *self)
{
  GListModel *statements = get_statements (self);

  if (statements != NULL)
    g_signal_connect_object (statements, "items-changed", G_CALLBACK (statements_changed_cb),
                             self, 0);
  show_question (self);
  gtk_widget_grab_focus (self->entry);
}

static void
move_to (SfLiveSession *self,
         guint          position)
{
  GListModel *statements;

  if (position >= self->questions->len || position == self->position)
    return;
  statements = get_statements (self);
  if (statements != NULL)
    g_signal_handlers_disconnect_by_func (statements, statements_changed_cb, self);
  self->position = position;
  self->follow_end = TRUE;
  follow_question (self);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SfLiveSession *self = SF_LIVE_SESSION (widget);

  move_to (self, self->position + 1);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SfLiveSession *self = SF_LIVE_SESSION (widget);

  if (self->position > 0)
    move_to (self, self->position - 1);
}

/* ---- who speaks ---------------------------------------------------------------------------- */

static void
rebuild_speakers (SfLiveSession *self)
{
  GListModel *participants = get_participants (self);
  guint n = g_list_model_get_n_items (participants);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  guint speaker = self->speaker;

  g_strv_builder_add (names, _("Anonymous"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfParticipant) participant = g_list_model_get_item (participants, i);
      g_autofree char *name = NULL;

      if (i < 9)
        /* Translators: a participant in the live session's speaker chooser, with the key
         * that picks them, as in "Alt+1  Ans de Vries" */
        name = g_strdup_printf (_("Alt+%u  %s"), i + 1, sf_participant_get_name (participant));
      else
        name = g_strdup (sf_participant_get_name (participant));
      g_strv_builder_add (names, name);
    }
  strv = g_strv_builder_end (names);
  gtk_string_list_splice (self->speaker_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->speaker_names)),
                          (const char * const *) strv);
  self->speaker = speaker <= n ? speaker : 0;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->speaker_dropdown), self->speaker);
}

static void
speaker_selected_cb (SfLiveSession *self)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->speaker_dropdown));

  if (selected != GTK_INVALID_LIST_POSITION)
    self->speaker = selected;
}

static void
speaker_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SfLiveSession *self = SF_LIVE_SESSION (widget);
  guint speaker = g_variant_get_uint32 (parameter);

  if (speaker > g_list_model_get_n_items (get_participants (self)))
    {
      gtk_widget_error_bell (widget);
      return;
    }
  self->speaker = speaker;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->speaker_dropdown), speaker);
}

/* ---- capturing ----------------------------------------------------------------------------- */

static void
entry_activate_cb (SfLiveSession *self)
{
  SfQuestion *question = sf_live_session_get_question (self);
  g_autofree char *text = NULL;
  g_autofree char *id = NULL;
  g_autoptr(SfParticipant) speaker = NULL;
  g_auto(GStrv) themes = NULL;
  g_autoptr(GError) error = NULL;

  if (question == NULL)
    return;
  text = sf_live_session_parse_themes (gtk_editable_get_text (GTK_EDITABLE (self->entry)),
                                       &themes);
  if (sf_store_text_is_blank (text))
    return; /* nothing to store: an empty Enter, or only tags */

  if (self->speaker > 0)
    speaker = g_list_model_get_item (get_participants (self), self->speaker - 1);
  id = sf_project_add_statement (self->project, self->session_id,
                                 sf_record_get_id (SF_RECORD (question)),
                                 speaker != NULL ? sf_record_get_id (SF_RECORD (speaker)) : NULL,
                                 text, &error);
  if (id == NULL)
    {
      sf_feedback_error (GTK_WIDGET (self), _("The statement could not be stored"), error);
      return;
    }
  self->follow_end = TRUE;
  for (guint i = 0; themes != NULL && themes[i] != NULL; i++)
    {
      g_autofree char *theme_id = NULL;

      if (*themes[i] == '\0')
        continue;
      theme_id = sf_project_tag_statement_by_name (self->project, id, themes[i], &error);
      if (theme_id == NULL)
        {
          sf_feedback_error (GTK_WIDGET (self), _("The theme could not be added"), error);
          g_clear_error (&error);
        }
    }
  sf_text_set_loaded (GTK_EDITABLE (self->entry), "");
}

/* ---- the presenter ------------------------------------------------------------------------- */

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SfLiveSession *self = SF_LIVE_SESSION (widget);

  if (self->presenter == NULL)
    {
      GtkWidget *statements = sf_presenter_list_new (_("No statements on this question yet."));

      gtk_widget_set_name (statements, "presenter-statements");
      g_set_weak_pointer (&self->presenter, sf_presenter_window_new (widget));
      sf_presenter_window_set_details (SF_PRESENTER_WINDOW (self->presenter), statements);
      sf_presenter_window_set_show_details (SF_PRESENTER_WINDOW (self->presenter),
                                            self->show_statements);
      show_question (self);
    }
  gtk_window_present (GTK_WINDOW (self->presenter));
}

static void
fullscreen_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SfLiveSession *self = SF_LIVE_SESSION (widget);

  if (self->presenter == NULL)
    present_action (widget, NULL, NULL);
  sf_presenter_window_toggle_fullscreen (SF_PRESENTER_WINDOW (self->presenter),
                                         GTK_WINDOW (self));
}

/* ---- the window ---------------------------------------------------------------------------- */

static gboolean
close_request_cb (SfLiveSession *self)
{
  sf_presenter_stop_clock (self->timer_label);
  if (self->presenter != NULL)
    gtk_window_destroy (GTK_WINDOW (self->presenter));
  return FALSE;
}

static void
sf_live_session_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SfLiveSession *self = SF_LIVE_SESSION (object);

  switch (prop_id)
    {
    case PROP_SHOW_STATEMENTS:
      g_value_set_boolean (value, self->show_statements);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_live_session_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SfLiveSession *self = SF_LIVE_SESSION (object);

  switch (prop_id)
    {
    case PROP_SHOW_STATEMENTS:
      if (self->show_statements == g_value_get_boolean (value))
        break;
      self->show_statements = g_value_get_boolean (value);
      if (self->presenter != NULL)
        sf_presenter_window_set_show_details (SF_PRESENTER_WINDOW (self->presenter),
                                                 self->show_statements);
      g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_live_session_dispose (GObject *object)
{
  SfLiveSession *self = SF_LIVE_SESSION (object);

  if (self->timer_label != NULL)
    sf_presenter_stop_clock (self->timer_label);
  if (self->presenter != NULL)
    gtk_window_destroy (GTK_WINDOW (self->presenter));
  g_clear_weak_pointer (&self->presenter);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_LIVE_SESSION);
  g_clear_pointer (&self->questions, g_ptr_array_unref);
  g_clear_object (&self->project);
  g_clear_pointer (&self->session_id, g_free);
  G_OBJECT_CLASS (sf_live_session_parent_class)->dispose (object);
}

static void
sf_live_session_class_init (SfLiveSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sf_live_session_get_property;
  object_class->set_property = sf_live_session_set_property;
  object_class->dispose = sf_live_session_dispose;

  properties[PROP_SHOW_STATEMENTS] =
    g_param_spec_boolean ("show-statements", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "live.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "live.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "live.speaker", "u", speaker_action);
  gtk_widget_class_install_action (widget_class, "live.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "live.fullscreen-presenter", NULL,
                                   fullscreen_action);
  gtk_widget_class_install_action (widget_class, "live.remove-statement", "s",
                                   remove_statement_action);
  gtk_widget_class_install_property_action (widget_class, "live.show-details",
                                            "show-statements");

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_key_figures_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-live-session.ui");
  gtk_widget_class_bind_template_child (widget_class, SfLiveSession, window_title);
  gtk_widget_class_bind_template_child (widget_class, SfLiveSession, question_label);
  gtk_widget_class_bind_template_child (widget_class, SfLiveSession, timer_label);
  gtk_widget_class_bind_template_child (widget_class, SfLiveSession, speaker_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SfLiveSession, speaker_names);
  gtk_widget_class_bind_template_child (widget_class, SfLiveSession, entry);
  gtk_widget_class_bind_template_child (widget_class, SfLiveSession, list_box);
  gtk_widget_class_bind_template_child (widget_class, SfLiveSession, scroller);
  gtk_widget_class_bind_template_child (widget_class, SfLiveSession, count_label);
  gtk_widget_class_bind_template_callback (widget_class, close_request_cb);
  gtk_widget_class_bind_template_callback (widget_class, speaker_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
}

static void
sf_live_session_init (SfLiveSession *self)
{
  GtkAdjustment *adjustment;

  self->questions = g_ptr_array_new_with_free_func (g_object_unref);
  self->follow_end = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->list_box),
                                sf_placeholder_new (_("No statements on this question yet.")));
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  g_signal_connect_object (adjustment, "changed", G_CALLBACK (adjustment_changed_cb), self, 0);
}

GtkWidget *
sf_live_session_new (GtkWidget  *parent,
                     SfProject  *project,
                     const char *session_id)
{
  SfLiveSession *self;
  GListModel *questions;

  g_return_val_if_fail (parent == NULL || GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (session_id != NULL, NULL);

  self = g_object_new (SF_TYPE_LIVE_SESSION, NULL);
  self->project = g_object_ref (project);
  self->session_id = g_strdup (session_id);
  gtk_window_set_transient_for (GTK_WINDOW (self), sf_toplevel_of (parent));

  questions = sf_project_get_questions (project, 2);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      SfQuestion *question = g_list_model_get_item (questions, i);

      if (sf_question_get_hidden (question))
        g_object_unref (question);
      else
        g_ptr_array_add (self->questions, question);
    }

  rebuild_speakers (self);
  g_signal_connect_object (get_participants (self), "items-changed",
                           G_CALLBACK (rebuild_speakers), self, G_CONNECT_SWAPPED);
  follow_question (self);
  return GTK_WIDGET (self);
}

SfQuestion *
sf_live_session_get_question (SfLiveSession *self)
{
  g_return_val_if_fail (SF_IS_LIVE_SESSION (self), NULL);

  if (self->position >= self->questions->len)
    return NULL;
  return g_ptr_array_index (self->questions, self->position);
}

guint
sf_live_session_get_position (SfLiveSession *self)
{
  g_return_val_if_fail (SF_IS_LIVE_SESSION (self), 0);

  return self->position;
}

guint
sf_live_session_get_speaker (SfLiveSession *self)
{
  g_return_val_if_fail (SF_IS_LIVE_SESSION (self), 0);

  return self->speaker;
}

GtkWidget *
sf_live_session_get_presenter (SfLiveSession *self)
{
  g_return_val_if_fail (SF_IS_LIVE_SESSION (self), NULL);

  return self->presenter;
}

const char *
sf_live_session_get_session_id (SfLiveSession *self)
{
  g_return_val_if_fail (SF_IS_LIVE_SESSION (self), NULL);

  return self->session_id;
}

gboolean
sf_live_session_go_to_question (SfLiveSession *self,
                                const char    *question_id)
{
  g_return_val_if_fail (SF_IS_LIVE_SESSION (self), FALSE);
  g_return_val_if_fail (question_id != NULL, FALSE);

  for (guint i = 0; i < self->questions->len; i++)
    if (g_strcmp0 (sf_record_get_id (g_ptr_array_index (self->questions, i)), question_id) == 0)
      {
        move_to (self, i);
        return TRUE;
      }
  return FALSE;
}

gboolean
sf_live_session_select_statement (SfLiveSession *self,
                                  const char    *statement_id)
{
  GtkWidget *child;

  g_return_val_if_fail (SF_IS_LIVE_SESSION (self), FALSE);
  g_return_val_if_fail (statement_id != NULL, FALSE);

  for (child = gtk_widget_get_first_child (self->list_box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      SfStatement *statement;

      if (!SF_IS_LIVE_STATEMENT_ROW (child))
        continue;
      statement = sf_live_statement_row_get_statement (SF_LIVE_STATEMENT_ROW (child));
      if (g_strcmp0 (sf_record_get_id (SF_RECORD (statement)), statement_id) != 0)
        continue;
      /* Stop following the newest statement, and let the focus bring this one into view. */
      self->follow_end = FALSE;
      gtk_list_box_select_row (GTK_LIST_BOX (self->list_box), GTK_LIST_BOX_ROW (child));
      gtk_widget_grab_focus (child);
      return TRUE;
    }
  return FALSE;
}
