/* sf-request-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The letter of sf_project_format_request_list (), to edit before "Copy" (the whole text to
 * the clipboard) or "Print…". Above it the sender, the user's own name and organisation (kept
 * per user in GSettings, not in the project), and the date to answer by, two weeks from today
 * unless chosen otherwise. The letter is made once, when the dialog opens; changing the sender
 * or the date then rewrites only those parts of it (found by marks around them), so that what
 * the user wrote elsewhere in the letter stays. A part the user has deleted stays deleted.
 *
 * Widgets the tests use carry names: "request-text" (the text view), "request-sender-name",
 * "request-sender-organisation" (entry rows), "request-reply-by" (the date's menu button) and
 * "request-calendar"; the actions "request.copy" and "request.print".
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "figures-resources.h"
#include "sf-project-figures.h"
#include "sf-partner.h"
#include "sf-request-dialog.h"
#include "sf-request-list.h"
#include "sf-text-share.h"

#define REPLY_DAYS 14

struct _SfRequestDialog
{
  AdwWindow parent_instance;

  char      *text;          /* the letter as it is now, the user's edits included */
  char      *organisation;
  GSettings *settings;
  GDateTime *reply_by;      /* NULL: nothing is asked, so no date either */
  /* Kept while an asynchronous print runs. */
  GtkPrintOperation *print_operation;

  GtkWidget *toasts;
  GtkWidget *sender_name_row;
  GtkWidget *sender_organisation_row;
  GtkWidget *reply_by_row;
  GtkWidget *reply_by_button;
  GtkWidget *calendar;
  GtkWidget *text_view;
};

G_DEFINE_FINAL_TYPE (SfRequestDialog, sf_request_dialog, ADW_TYPE_WINDOW)

/* ---- printing and copying --------------------------------------------------------------- */

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SfRequestDialog *self = SF_REQUEST_DIALOG (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autofree char *job_name = NULL;

  /* Translators: the name of the print job; %s is the partner organisation. */
  job_name = g_strdup_printf (_("Request for figures to %s"), self->organisation);
  operation = sf_text_share_print (self->toasts, job_name, self->text,
                                   _("The request could not be printed"));
  g_set_object (&self->print_operation, operation);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SfRequestDialog *self = SF_REQUEST_DIALOG (widget);

  sf_text_share_copy (self->toasts, self->text);
}

/* ---- the parts that follow the sender and the date -------------------------------------- */

static GtkTextBuffer *
buffer_of (SfRequestDialog *self)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
}

/* Marks @part ("reply-by", "closing") from @start (a byte offset into the text) for @length
 * bytes; typing just before or after it stays outside. */
static void
mark_part (SfRequestDialog *self,
           const char      *part,
           gsize            start,
           gsize            length)
{
  GtkTextBuffer *buffer = buffer_of (self);
  g_autofree char *start_name = g_strconcat (part, "-start", NULL);
  g_autofree char *end_name = g_strconcat (part, "-end", NULL);
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, g_utf8_strlen (self->text, start));
  gtk_text_buffer_create_mark (buffer, start_name, &iter, FALSE);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter,
                                      g_utf8_strlen (self->text, start + length));
  gtk_text_buffer_create_mark (buffer, end_name, &iter, TRUE);
}

/* Puts @text in the place of @part, unless the user has taken the part out. */
static void
replace_part (SfRequestDialog *self,
              const char      *part,
              const char      *text)
{
  GtkTextBuffer *buffer = buffer_of (self);
  g_autofree char *start_name = g_strconcat (part, "-start", NULL);
  g_autofree char *end_name = g_strconcat (part, "-end", NULL);
  GtkTextMark *start_mark = gtk_text_buffer_get_mark (buffer, start_name);
  GtkTextMark *end_mark = gtk_text_buffer_get_mark (buffer, end_name);
  GtkTextIter start, end;
  int offset;

  if (start_mark == NULL || end_mark == NULL)
    return;
  gtk_text_buffer_get_iter_at_mark (buffer, &start, start_mark);
  gtk_text_buffer_get_iter_at_mark (buffer, &end, end_mark);
  if (gtk_text_iter_compare (&start, &end) >= 0)
    return;
  offset = gtk_text_iter_get_offset (&start);
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_delete (buffer, &start, &end);
  gtk_text_buffer_insert (buffer, &start, text, -1);
  gtk_text_buffer_end_user_action (buffer);
  /* The marks hold what was put in, not more or less. */
  gtk_text_buffer_get_iter_at_offset (buffer, &start, offset);
  gtk_text_buffer_move_mark (buffer, start_mark, &start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, offset + g_utf8_strlen (text, -1));
  gtk_text_buffer_move_mark (buffer, end_mark, &end);
}

static void
sender_changed_cb (SfRequestDialog *self)
{
  g_autofree char *name = g_settings_get_string (self->settings, "sender-name");
  g_autofree char *organisation = g_settings_get_string (self->settings,
                                                        "sender-organisation");
  g_autofree char *closing = sf_request_format_closing (name, organisation);

  replace_part (self, "closing", closing);
}

static void
show_reply_by (SfRequestDialog *self)
{
  g_autofree char *date = sf_request_format_date (self->reply_by);

  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->reply_by_button), date);
}

static void
day_selected_cb (SfRequestDialog *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (GTK_CALENDAR (self->calendar));
  g_autofree char *sentence = NULL;

  if (self->reply_by == NULL)
    return;
  g_date_time_unref (self->reply_by);
  self->reply_by = g_date_time_new_local (g_date_time_get_year (day),
                                          g_date_time_get_month (day),
                                          g_date_time_get_day_of_month (day), 0, 0, 0);
  show_reply_by (self);
  sentence = sf_request_format_reply_by (self->reply_by);
  replace_part (self, "reply-by", sentence);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->reply_by_button));
}

static void
buffer_changed_cb (SfRequestDialog *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer_of (self), &start, &end);
  g_free (self->text);
  self->text = gtk_text_buffer_get_text (buffer_of (self), &start, &end, FALSE);
}

/* ---- the object ------------------------------------------------------------------------- */

static void
sf_request_dialog_dispose (GObject *object)
{
  SfRequestDialog *self = SF_REQUEST_DIALOG (object);

  g_clear_object (&self->print_operation);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_REQUEST_DIALOG);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (sf_request_dialog_parent_class)->dispose (object);
}

static void
sf_request_dialog_finalize (GObject *object)
{
  SfRequestDialog *self = SF_REQUEST_DIALOG (object);

  g_free (self->text);
  g_free (self->organisation);
  g_clear_pointer (&self->reply_by, g_date_time_unref);
  G_OBJECT_CLASS (sf_request_dialog_parent_class)->finalize (object);
}

static void
sf_request_dialog_class_init (SfRequestDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_request_dialog_dispose;
  object_class->finalize = sf_request_dialog_finalize;
  gtk_widget_class_install_action (widget_class, "request.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "request.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_figures_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-request-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SfRequestDialog, toasts);
  gtk_widget_class_bind_template_child (widget_class, SfRequestDialog, sender_name_row);
  gtk_widget_class_bind_template_child (widget_class, SfRequestDialog, sender_organisation_row);
  gtk_widget_class_bind_template_child (widget_class, SfRequestDialog, reply_by_row);
  gtk_widget_class_bind_template_child (widget_class, SfRequestDialog, reply_by_button);
  gtk_widget_class_bind_template_child (widget_class, SfRequestDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, SfRequestDialog, text_view);
}

static void
sf_request_dialog_init (SfRequestDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The sender is the user's own, kept per user, not in the project. */
  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "sender-name", self->sender_name_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "sender-organisation", self->sender_organisation_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
}

GtkWidget *
sf_request_dialog_new (GtkWindow  *parent,
                       SfProject  *project,
                       const char *partner_id)
{
  SfRequestDialog *self;
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;
  g_autofree char *organisation = NULL;
  g_autofree char *closing = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) gaps = NULL;
  SfPartner *partner = NULL;
  GListModel *partners;
  SfRequestLetter letter;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  partners = sf_project_get_partners (project);
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(SfPartner) item = g_list_model_get_item (partners, i);

      if (g_strcmp0 (sf_record_get_id (SF_RECORD (item)), partner_id) == 0)
        partner = item;  /* the list keeps it */
    }
  if (partner == NULL)
    return NULL;

  self = g_object_new (SF_TYPE_REQUEST_DIALOG, "transient-for", parent, NULL);
  self->organisation = g_strdup (sf_partner_get_organisation (partner) != NULL
                                 ? sf_partner_get_organisation (partner) : "");
  /* A date only when there is something to ask for. */
  gaps = sf_project_get_outstanding (project, partner_id);
  if (gaps->len > 0)
    {
      g_autoptr(GDateTime) later = g_date_time_add_days (now, REPLY_DAYS);

      self->reply_by = g_date_time_new_local (g_date_time_get_year (later),
                                              g_date_time_get_month (later),
                                              g_date_time_get_day_of_month (later), 0, 0, 0);
      gtk_calendar_select_day (GTK_CALENDAR (self->calendar), self->reply_by);
      show_reply_by (self);
    }
  gtk_widget_set_visible (self->reply_by_row, self->reply_by != NULL);

  name = g_settings_get_string (self->settings, "sender-name");
  organisation = g_settings_get_string (self->settings, "sender-organisation");
  letter = (SfRequestLetter) { name, organisation, self->reply_by };
  self->text = sf_project_format_request_list (project, partner_id, &letter);
  gtk_text_buffer_set_text (buffer_of (self), self->text, -1);
  /* The parts that follow the fields above: the date's sentence and the closing, at the end. */
  closing = sf_request_format_closing (name, organisation);
  mark_part (self, "closing", strlen (self->text) - strlen (closing), strlen (closing));
  if (self->reply_by != NULL)
    {
      g_autofree char *sentence = sf_request_format_reply_by (self->reply_by);
      const char *at = strstr (self->text, sentence);

      if (at != NULL)
        mark_part (self, "reply-by", at - self->text, strlen (sentence));
    }

  /* Translators: the title of the request dialog; %s is the partner organisation. */
  title = g_strdup_printf (_("Request to %s"), self->organisation);
  gtk_window_set_title (GTK_WINDOW (self), title);
  g_signal_connect_object (buffer_of (self), "changed", G_CALLBACK (buffer_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::sender-name",
                           G_CALLBACK (sender_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::sender-organisation",
                           G_CALLBACK (sender_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->calendar, "day-selected", G_CALLBACK (day_selected_cb), self,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}

const char *
sf_request_dialog_get_text (SfRequestDialog *self)
{
  g_return_val_if_fail (SF_IS_REQUEST_DIALOG (self), NULL);

  return self->text;
}
