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
 *   F6               show or hide the statements on the presenter (live.show-statements)
 *   F11              presenter full screen or not (live.fullscreen-presenter)
 *   #word            in a statement: tags it with the theme "word" ("_" for a space)
 * The speaker stays chosen until another is picked: people often make several points in a
 * row, and the chooser shows all the time who it is.
 *
 * Each statement row has a lock toggle that marks the statement confidential; the row then
 * shows the confidential marker, and the presenter window leaves the statement out.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-feedback.h"
#include "sf-confidential-marker.h"
#include "sf-live-session.h"
#include "sf-placeholder.h"
#include "sf-presenter-window.h"
#include "sf-project-key-figures.h"
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
  gint64     question_shown; /* monotonic time */
  guint      timer_id;

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

static void
update_statement_row (GtkWidget   *row,
                      GParamSpec  *pspec,
                      SfStatement *statement)
{
  const char *parts[] = {
    sf_statement_get_participant_name (statement),
    sf_statement_get_themes (statement),
  };
  g_autofree char *subtitle = sf_text_join_parts (parts, G_N_ELEMENTS (parts));
  GtkWidget *marker = g_object_get_data (G_OBJECT (row), "sf-marker");
  GtkWidget *toggle = g_object_get_data (G_OBJECT (row), "sf-confidential");
  gboolean confidential = sf_statement_get_confidential (statement);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sf_statement_get_text (statement));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_visible (marker, confidential);
  if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)) != confidential)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), confidential);
  gtk_widget_set_tooltip_text (toggle, confidential ? _("Confidential: Not Shown to the Room")
                                                    : _("Mark as Confidential"));
}

static void
confidential_toggled_cb (GtkToggleButton *toggle,
                         gpointer         user_data)
{
  SfLiveSession *self = SF_LIVE_SESSION (gtk_widget_get_root (GTK_WIDGET (toggle)));
  SfStatement *statement = g_object_get_data (G_OBJECT (toggle), "sf-statement");
  gboolean on = gtk_toggle_button_get_active (toggle);
  g_autoptr(GError) error = NULL;

  if (on == sf_statement_get_confidential (statement))
    return;
  if (!sf_project_set_statement_confidential (self->project,
                                              sf_record_get_id (SF_RECORD (statement)), on,
                                              &error))
    {
      sf_feedback_error (GTK_WIDGET (self), _("The statement could not be changed"), error);
      gtk_toggle_button_set_active (toggle, sf_statement_get_confidential (statement));
    }
}

static void
remove_statement_cb (GtkWidget *button,
                     gpointer   user_data)
{
  SfLiveSession *self = SF_LIVE_SESSION (gtk_widget_get_root (button));
  SfStatement *statement = g_object_get_data (G_OBJECT (button), "sf-statement");
  g_autofree char *id = g_strdup (sf_record_get_id (SF_RECORD (statement)));
  g_autoptr(GError) error = NULL;

  if (!sf_project_remove_statement (self->project, id, &error))
    sf_feedback_error (GTK_WIDGET (self), _("The statement could not be removed"), error);
  gtk_widget_grab_focus (self->entry);
}

static GtkWidget *
create_statement_row (gpointer item,
                      gpointer user_data)
{
  SfStatement *statement = SF_STATEMENT (item);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkWidget *confidential = gtk_toggle_button_new ();
  GtkWidget *marker = sf_confidential_marker_new ();

  gtk_widget_set_name (row, "statement-row");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  g_object_set_data_full (G_OBJECT (row), "sf-statement", g_object_ref (statement),
                          g_object_unref);

  g_object_set_data (G_OBJECT (row), "sf-marker", marker);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), marker);

  gtk_widget_set_name (confidential, "statement-confidential");
  gtk_button_set_icon_name (GTK_BUTTON (confidential), "changes-prevent-symbolic");
  gtk_widget_add_css_class (confidential, "flat");
  gtk_widget_set_valign (confidential, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (confidential),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Confidential"), -1);
  gtk_widget_set_focus_on_click (confidential, FALSE);
  g_object_set_data_full (G_OBJECT (confidential), "sf-statement", g_object_ref (statement),
                          g_object_unref);
  g_object_set_data (G_OBJECT (row), "sf-confidential", confidential);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), confidential);

  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove Statement"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove Statement"), -1);
  gtk_widget_set_focus_on_click (remove, FALSE);
  g_object_set_data_full (G_OBJECT (remove), "sf-statement", g_object_ref (statement),
                          g_object_unref);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_statement_cb), NULL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  g_signal_connect_object (statement, "notify", G_CALLBACK (update_statement_row), row,
                           G_CONNECT_SWAPPED);
  update_statement_row (row, NULL, statement);
  /* After the first fill: the toggle only changes the store when the user flips it. */
  g_signal_connect (confidential, "toggled", G_CALLBACK (confidential_toggled_cb), NULL);
  return row;
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

/* ---- the timer ---------------------------------------------------------------------------- */

static void
update_timer (SfLiveSession *self)
{
  gint64 seconds = (g_get_monotonic_time () - self->question_shown) / G_USEC_PER_SEC;
  g_autofree char *text = g_strdup_printf ("%02d:%02d", (int) (seconds / 60),
                                           (int) (seconds % 60));

  gtk_label_set_text (GTK_LABEL (self->timer_label), text);
}

static gboolean
timer_tick_cb (gpointer user_data)
{
  update_timer (SF_LIVE_SESSION (user_data));
  return G_SOURCE_CONTINUE;
}

static void
stop_timer (SfLiveSession *self)
{
  g_clear_handle_id (&self->timer_id, g_source_remove);
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
                           create_statement_row, NULL, NULL);
  gtk_widget_set_sensitive (self->entry, question != NULL);
  update_count (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "live.previous", self->position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "live.next", self->position + 1 < n);

  self->question_shown = g_get_monotonic_time ();
  update_timer (self);
  stop_timer (self);
  self->timer_id = g_timeout_add_seconds (1, timer_tick_cb, self);

  if (self->presenter != NULL)
    sf_presenter_window_show_question (SF_PRESENTER_WINDOW (self->presenter),
                                       question != NULL ? sf_question_get_text (question) : "",
                                       self->position, n, statements);
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
  statements = get_statements (self);
  if (statements != NULL)
    g_signal_connect_object (statements, "items-changed", G_CALLBACK (statements_changed_cb),
                             self, 0);
  show_question (self);
  gtk_widget_grab_focus (self->entry);
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
  if (sf_text_is_blank (text))
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
      g_set_weak_pointer (&self->presenter, sf_presenter_window_new (widget));
      sf_presenter_window_set_show_statements (SF_PRESENTER_WINDOW (self->presenter),
                                               self->show_statements);
      show_question (self);
    }
  gtk_window_present (GTK_WINDOW (self->presenter));
}

/* The beamer or second screen: any monitor other than the one the facilitator's window is
 * on, or NULL when there is only one. */
static GdkMonitor *
other_monitor (SfLiveSession *self)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (self));
  GListModel *monitors = gdk_display_get_monitors (display);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self));
  GdkMonitor *own = surface ? gdk_display_get_monitor_at_surface (display, surface) : NULL;

  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);

      if (monitor != own)
        return monitor; /* the display keeps it */
    }
  return NULL;
}

static void
fullscreen_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SfLiveSession *self = SF_LIVE_SESSION (widget);
  GdkMonitor *monitor;

  if (self->presenter == NULL)
    present_action (widget, NULL, NULL);
  if (gtk_window_is_fullscreen (GTK_WINDOW (self->presenter)))
    {
      gtk_window_unfullscreen (GTK_WINDOW (self->presenter));
      return;
    }
  monitor = other_monitor (self);
  if (monitor != NULL)
    gtk_window_fullscreen_on_monitor (GTK_WINDOW (self->presenter), monitor);
  else
    gtk_window_fullscreen (GTK_WINDOW (self->presenter));
}

/* ---- the window ---------------------------------------------------------------------------- */

static gboolean
close_request_cb (SfLiveSession *self)
{
  stop_timer (self);
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
        sf_presenter_window_set_show_statements (SF_PRESENTER_WINDOW (self->presenter),
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

  stop_timer (self);
  if (self->presenter != NULL)
    gtk_window_destroy (GTK_WINDOW (self->presenter));
  g_clear_weak_pointer (&self->presenter);
  g_clear_pointer (&self->questions, g_ptr_array_unref);
  g_clear_object (&self->project);
  g_clear_pointer (&self->session_id, g_free);
  G_OBJECT_CLASS (sf_live_session_parent_class)->dispose (object);
}

static void
add_shortcut (GtkShortcutController *controller,
              guint                  key,
              GdkModifierType        modifiers,
              const char            *action,
              GVariant              *target)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (key, modifiers),
                                            gtk_named_action_new (action));

  if (target != NULL)
    gtk_shortcut_set_arguments (shortcut, target);
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
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
  gtk_widget_class_install_property_action (widget_class, "live.show-statements",
                                            "show-statements");
}

static GtkWidget *
icon_button_new (const char *icon_name,
                 const char *label,
                 const char *action)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  return button;
}

static void
sf_live_session_init (SfLiveSession *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *question_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *speaker_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *speaker_label = gtk_label_new_with_mnemonic (_("_Next statement by"));
  GtkWidget *statements_toggle = gtk_toggle_button_new ();
  GtkWidget *present_button = gtk_button_new_with_mnemonic (_("_Present"));
  GtkShortcutController *shortcuts;
  GtkAdjustment *adjustment;

  self->questions = g_ptr_array_new_with_free_func (g_object_unref);
  self->follow_end = TRUE;

  gtk_widget_set_name (GTK_WIDGET (self), "live-session");
  gtk_window_set_title (GTK_WINDOW (self), _("Live Session"));
  gtk_window_set_default_size (GTK_WINDOW (self), 860, 640);

  /* Header: back and forth, the presenter and whether it shows the statements. */
  self->window_title = ADW_WINDOW_TITLE (adw_window_title_new (_("Live Session"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->window_title));
  adw_header_bar_pack_start (ADW_HEADER_BAR (header),
                             icon_button_new ("go-previous-symbolic",
                                              _("Previous Question (Page Up)"),
                                              "live.previous"));
  adw_header_bar_pack_start (ADW_HEADER_BAR (header),
                             icon_button_new ("go-next-symbolic", _("Next Question (Page Down)"),
                                              "live.next"));
  gtk_widget_set_name (present_button, "live-present");
  gtk_widget_set_tooltip_text (present_button, _("Open the Presenter Window (F5)"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (present_button), "live.present");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), present_button);
  gtk_button_set_icon_name (GTK_BUTTON (statements_toggle), "view-list-symbolic");
  gtk_widget_set_tooltip_text (statements_toggle, _("Show Statements to the Room (F6)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (statements_toggle),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Show Statements to the Room"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (statements_toggle), "live.show-statements");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), statements_toggle);
  gtk_box_append (GTK_BOX (box), header);

  /* The question, with its timer. */
  self->question_label = gtk_label_new (NULL);
  gtk_widget_set_name (self->question_label, "live-question");
  gtk_label_set_wrap (GTK_LABEL (self->question_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->question_label), 0);
  gtk_widget_set_hexpand (self->question_label, TRUE);
  gtk_widget_add_css_class (self->question_label, "title-2");
  self->timer_label = gtk_label_new ("00:00");
  gtk_widget_set_name (self->timer_label, "live-timer");
  gtk_widget_add_css_class (self->timer_label, "title-3");
  gtk_widget_add_css_class (self->timer_label, "numeric");
  gtk_widget_add_css_class (self->timer_label, "dim-label");
  gtk_widget_set_valign (self->timer_label, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (self->timer_label, _("Time spent on this question"));
  gtk_box_append (GTK_BOX (question_box), self->question_label);
  gtk_box_append (GTK_BOX (question_box), self->timer_label);
  gtk_box_append (GTK_BOX (content), question_box);

  /* Who speaks, and what they say. */
  self->speaker_names = gtk_string_list_new (NULL);
  self->speaker_dropdown = gtk_drop_down_new (G_LIST_MODEL (self->speaker_names), NULL);
  gtk_widget_set_name (self->speaker_dropdown, "live-speaker");
  gtk_widget_set_focus_on_click (self->speaker_dropdown, FALSE);
  gtk_label_set_mnemonic_widget (GTK_LABEL (speaker_label), self->speaker_dropdown);
  gtk_widget_add_css_class (speaker_label, "dim-label");
  g_signal_connect_swapped (self->speaker_dropdown, "notify::selected",
                            G_CALLBACK (speaker_selected_cb), self);
  gtk_box_append (GTK_BOX (speaker_box), speaker_label);
  gtk_box_append (GTK_BOX (speaker_box), self->speaker_dropdown);
  gtk_widget_set_margin_top (speaker_box, 12);
  gtk_box_append (GTK_BOX (content), speaker_box);

  self->entry = gtk_entry_new ();
  gtk_widget_set_name (self->entry, "statement-entry");
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->entry),
                                  _("Type a statement and press Enter; #theme tags it"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Statement"), -1);
  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (entry_activate_cb), self);
  gtk_box_append (GTK_BOX (content), self->entry);

  self->count_label = gtk_label_new (NULL);
  gtk_widget_set_name (self->count_label, "live-count");
  gtk_label_set_xalign (GTK_LABEL (self->count_label), 0);
  gtk_widget_add_css_class (self->count_label, "heading");
  gtk_widget_set_margin_top (self->count_label, 12);
  gtk_box_append (GTK_BOX (content), self->count_label);

  self->list_box = gtk_list_box_new ();
  gtk_widget_set_name (self->list_box, "statement-list");
  /* Single: a statement found by search is shown selected. */
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list_box), GTK_SELECTION_SINGLE);
  gtk_widget_add_css_class (self->list_box, "boxed-list");
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->list_box),
                                sf_placeholder_new (_("No statements on this question yet.")));
  gtk_widget_set_valign (self->list_box, GTK_ALIGN_START);
  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), self->list_box);
  gtk_widget_set_vexpand (self->scroller, TRUE);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  g_signal_connect_object (adjustment, "changed", G_CALLBACK (adjustment_changed_cb), self, 0);
  gtk_box_append (GTK_BOX (content), self->scroller);

  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 800);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_widget_set_vexpand (clamp, TRUE);
  gtk_box_append (GTK_BOX (box), clamp);
  adw_window_set_content (ADW_WINDOW (self), box);

  /* In the capture phase: the keys work while the statement entry has the focus. */
  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (shortcuts),
                                              GTK_PHASE_CAPTURE);
  add_shortcut (shortcuts, GDK_KEY_Page_Down, 0, "live.next", NULL);
  add_shortcut (shortcuts, GDK_KEY_Page_Up, 0, "live.previous", NULL);
  add_shortcut (shortcuts, GDK_KEY_F5, 0, "live.present", NULL);
  add_shortcut (shortcuts, GDK_KEY_F6, 0, "live.show-statements", NULL);
  add_shortcut (shortcuts, GDK_KEY_F11, 0, "live.fullscreen-presenter", NULL);
  for (guint i = 0; i <= 9; i++)
    add_shortcut (shortcuts, GDK_KEY_0 + i, GDK_ALT_MASK, "live.speaker",
                  g_variant_new_uint32 (i));
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (shortcuts));

  g_signal_connect (self, "close-request", G_CALLBACK (close_request_cb), NULL);
}

GtkWidget *
sf_live_session_new (GtkWidget  *parent,
                     SfProject  *project,
                     const char *session_id)
{
  SfLiveSession *self;
  GListModel *questions;
  GListModel *statements;

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
  statements = get_statements (self);
  if (statements != NULL)
    g_signal_connect_object (statements, "items-changed", G_CALLBACK (statements_changed_cb),
                             self, 0);
  show_question (self);
  gtk_widget_grab_focus (self->entry);
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
      SfStatement *statement = g_object_get_data (G_OBJECT (child), "sf-statement");

      if (statement == NULL ||
          g_strcmp0 (sf_record_get_id (SF_RECORD (statement)), statement_id) != 0)
        continue;
      /* Stop following the newest statement, and let the focus bring this one into view. */
      self->follow_end = FALSE;
      gtk_list_box_select_row (GTK_LIST_BOX (self->list_box), GTK_LIST_BOX_ROW (child));
      gtk_widget_grab_focus (child);
      return TRUE;
    }
  return FALSE;
}
