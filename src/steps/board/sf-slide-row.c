/* sf-slide-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built from the deck as it is now; the section makes the rows again when the deck changes.
 * A text is kept when the field is left, and only when it differs from what the slide shows,
 * so that leaving a field untouched adds nothing to undo.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-feedback.h"
#include "sf-project-slides.h"
#include "sf-slide-row.h"
#include "sf-text.h"

struct _SfSlideRow
{
  AdwExpanderRow parent_instance;

  SfProject *project;
  char      *ref;
  char      *title;     /* as shown when the row was made */
  char      *body;
  char      *notes;
  GtkWidget *title_row;
  GtkWidget *body_view;
  GtkWidget *notes_view;
};

G_DEFINE_FINAL_TYPE (SfSlideRow, sf_slide_row, ADW_TYPE_EXPANDER_ROW)

static char *
view_text (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
keep_title (SfSlideRow *self)
{
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  g_autofree char *typed = g_strstrip (g_strdup (title));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (typed, self->title) == 0)
    return;
  if (!sf_project_set_slide_title (self->project, self->ref, title, &error))
    sf_feedback_error (GTK_WIDGET (self), _("The slide could not be changed"), error);
}

static void
keep_body (SfSlideRow *self)
{
  g_autofree char *body = view_text (self->body_view);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (body, self->body) == 0)
    return;
  if (!sf_project_set_slide_body (self->project, self->ref, body, &error))
    sf_feedback_error (GTK_WIDGET (self), _("The slide could not be changed"), error);
}

static void
keep_notes (SfSlideRow *self)
{
  g_autofree char *notes = view_text (self->notes_view);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (notes, self->notes) == 0)
    return;
  if (!sf_project_set_slide_notes (self->project, self->ref, notes, &error))
    sf_feedback_error (GTK_WIDGET (self), _("The notes could not be saved"), error);
}

static void
shown_changed_cb (SfSlideRow *self,
                  GParamSpec *pspec,
                  GtkSwitch  *shown)
{
  g_autoptr(GError) error = NULL;

  if (!sf_project_set_slide_hidden (self->project, self->ref, !gtk_switch_get_active (shown),
                                    &error))
    sf_feedback_error (GTK_WIDGET (self), _("The slide could not be changed"), error);
}

/* A labelled text field of a few lines, kept when left. */
static GtkWidget *
text_field (SfSlideRow *self,
            const char *label,
            const char *text,
            const char *name,
            GCallback   keep)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (label);
  GtkWidget *view = gtk_text_view_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_set_name (view, name);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_widget_set_size_request (view, -1, 72);
  gtk_widget_add_css_class (view, "card");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_signal_connect_swapped (focus, "leave", keep, self);
  gtk_widget_add_controller (view, focus);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), view);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), box);
  return view;
}

static GtkWidget *
button (const char *label,
        const char *action,
        GVariant   *target)
{
  GtkWidget *widget = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (widget), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (widget), target);
  return widget;
}

static char *
describe (SfDeck *deck,
          guint   index)
{
  const char *parts[5] = { NULL };
  guint n = 0;

  if (sf_deck_get_hidden (deck, index))
    parts[n++] = _("Hidden");
  if (sf_deck_get_own (deck, index))
    parts[n++] = _("Own slide");
  else if (sf_deck_get_title_edited (deck, index) || sf_deck_get_body_edited (deck, index))
    parts[n++] = _("Your text");
  if (!sf_deck_get_hidden (deck, index) && sf_deck_get_shortened (deck, index))
    parts[n++] = _("Shortened to fit: “…” marks where");
  if (*sf_deck_get_notes (deck, index) != '\0')
    parts[n++] = _("With notes");
  return sf_text_join_parts (parts, n);
}

static void
sf_slide_row_finalize (GObject *object)
{
  SfSlideRow *self = SF_SLIDE_ROW (object);

  g_free (self->ref);
  g_free (self->title);
  g_free (self->body);
  g_free (self->notes);
  G_OBJECT_CLASS (sf_slide_row_parent_class)->finalize (object);
}

static void
sf_slide_row_dispose (GObject *object)
{
  g_clear_object (&SF_SLIDE_ROW (object)->project);
  G_OBJECT_CLASS (sf_slide_row_parent_class)->dispose (object);
}

static void
sf_slide_row_class_init (SfSlideRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sf_slide_row_dispose;
  G_OBJECT_CLASS (klass)->finalize = sf_slide_row_finalize;
}

static void
sf_slide_row_init (SfSlideRow *self)
{
}

GtkWidget *
sf_slide_row_new (SfProject *project,
                  SfDeck    *deck,
                  guint      index)
{
  SfSlideRow *self = g_object_new (SF_TYPE_SLIDE_ROW, NULL);
  g_autofree char *title = g_strdup_printf ("%u. %s", index + 1,
                                            sf_deck_get_title (deck, index));
  g_autofree char *subtitle = describe (deck, index);
  GtkWidget *shown = gtk_switch_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  const char *ref = sf_deck_get_ref (deck, index);

  self->project = g_object_ref (project);
  self->ref = g_strdup (ref);
  self->title = g_strdup (sf_deck_get_title (deck, index));
  self->body = g_strdup (sf_deck_get_body (deck, index));
  self->notes = g_strdup (sf_deck_get_notes (deck, index));
  gtk_widget_set_name (GTK_WIDGET (self), "slide-row");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);

  gtk_widget_set_name (shown, "slide-shown");
  gtk_widget_set_valign (shown, GTK_ALIGN_CENTER);
  gtk_switch_set_active (GTK_SWITCH (shown), !sf_deck_get_hidden (deck, index));
  gtk_widget_set_tooltip_text (shown, _("Show this slide in the deck"));
  g_signal_connect_swapped (shown, "notify::active", G_CALLBACK (shown_changed_cb), self);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (self), shown);

  self->title_row = adw_entry_row_new ();
  gtk_widget_set_name (self->title_row, "slide-title");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->title_row), _("Title"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self->title_row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), self->title);
  g_signal_connect_swapped (self->title_row, "apply", G_CALLBACK (keep_title), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), self->title_row);
  self->body_view = text_field (self, _("Text (a line per point)"), self->body, "slide-body",
                                G_CALLBACK (keep_body));
  self->notes_view = text_field (self, _("Speaker notes"), self->notes, "slide-notes",
                                 G_CALLBACK (keep_notes));

  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_widget_set_margin_top (buttons, 6);
  gtk_widget_set_margin_bottom (buttons, 12);
  gtk_widget_set_margin_end (buttons, 12);
  gtk_box_append (GTK_BOX (buttons), button (_("Move _Up"), "deck.move",
                                             g_variant_new ("(ii)", (int) index, -1)));
  gtk_box_append (GTK_BOX (buttons), button (_("Move _Down"), "deck.move",
                                             g_variant_new ("(ii)", (int) index, 1)));
  if (sf_deck_get_own (deck, index))
    gtk_box_append (GTK_BOX (buttons), button (_("_Remove Slide"), "deck.remove",
                                               g_variant_new_string (ref)));
  else if (sf_deck_get_title_edited (deck, index) || sf_deck_get_body_edited (deck, index))
    gtk_box_append (GTK_BOX (buttons), button (_("_Generated Text Again"), "deck.reset",
                                               g_variant_new_string (ref)));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), buttons);
  return GTK_WIDGET (self);
}

const char *
sf_slide_row_get_ref (SfSlideRow *self)
{
  g_return_val_if_fail (SF_IS_SLIDE_ROW (self), NULL);

  return self->ref;
}
