/* sf-reword-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-feedback.h"
#include "sf-method.h"
#include "sf-reword-dialog.h"
#include "sf-store-text.h"
#include "sf-text.h"
#include "sf-toplevel.h"
#include "steps-resources.h"

struct _SfRewordDialog
{
  AdwMessageDialog parent_instance;

  SfProject *project;
  char      *question_id;
  GtkWidget *parent;  /* weak: where a failure is shown */

  GtkWidget *text_view;
};

G_DEFINE_FINAL_TYPE (SfRewordDialog, sf_reword_dialog, ADW_TYPE_MESSAGE_DIALOG)

static char *
view_text (SfRewordDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
text_changed (SfRewordDialog *self)
{
  g_autofree char *text = view_text (self);

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save",
                                           !sf_store_text_is_blank (text));
}

/* A question is one paragraph: Enter saves, as it would in an entry. */
static gboolean
key_pressed (SfRewordDialog  *self,
             guint            keyval,
             guint            keycode,
             GdkModifierType  state)
{
  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return GDK_EVENT_PROPAGATE;
  /* The default button, as a click: it saves and closes the dialog (a bare response would
   * leave it open, its Cancel then undoing nothing). */
  gtk_widget_activate_default (GTK_WIDGET (self));
  return GDK_EVENT_STOP;
}

static void
sf_reword_dialog_response (AdwMessageDialog *dialog,
                           const char       *response)
{
  SfRewordDialog *self = SF_REWORD_DIALOG (dialog);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "save"))
    return;
  text = view_text (self);
  if (!sf_project_reword_question (self->project, self->question_id, text, &error))
    sf_feedback_error (self->parent != NULL ? self->parent : GTK_WIDGET (self),
                       _("The question could not be reworded"), error);
}

/* Kept until the end: the response comes after the dialog has closed. */
static void
sf_reword_dialog_finalize (GObject *object)
{
  SfRewordDialog *self = SF_REWORD_DIALOG (object);

  g_clear_weak_pointer (&self->parent);
  g_clear_object (&self->project);
  g_free (self->question_id);
  G_OBJECT_CLASS (sf_reword_dialog_parent_class)->finalize (object);
}

static void
sf_reword_dialog_class_init (SfRewordDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sf_reword_dialog_finalize;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = sf_reword_dialog_response;

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_steps_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-reword-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SfRewordDialog, text_view);
  gtk_widget_class_bind_template_callback (widget_class, text_changed);
  gtk_widget_class_bind_template_callback (widget_class, key_pressed);
}

static void
sf_reword_dialog_init (SfRewordDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sf_reword_dialog_new (GtkWidget  *parent,
                      SfProject  *project,
                      SfQuestion *question)
{
  const char *key = sf_question_get_method_key (question);
  const char *original = key != NULL ? sf_method_lookup_question (key, NULL, NULL) : NULL;
  SfRewordDialog *self;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  self = g_object_new (SF_TYPE_REWORD_DIALOG,
                       "transient-for", sf_toplevel_of (parent),
                       NULL);
  self->project = g_object_ref (project);
  self->question_id = g_strdup (sf_record_get_id (SF_RECORD (question)));
  g_set_weak_pointer (&self->parent, parent);
  if (original != NULL && sf_question_is_reworded (question))
    /* TRANSLATORS: shown when rewording a standard question that was reworded before */
    adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (self), _("The method asks: “%s”"),
                                    original);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view)),
                            sf_question_get_text (question), -1);
  gtk_widget_grab_focus (self->text_view);
  return GTK_WIDGET (self);
}
