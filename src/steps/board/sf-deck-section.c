/* sf-deck-section.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The deck is made again from the project after each change (once per burst of changes, when
 * the main loop is idle), and so are the rows: a deck has a few dozen slides at most. A
 * running slideshow shows the same deck and is drawn again with it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-deck-odp.h"
#include "sf-deck-section.h"
#include "sf-deck-source.h"
#include "sf-feedback.h"
#include "sf-project-board.h"
#include "sf-project-slides.h"
#include "sf-save-chooser.h"
#include "sf-slide-row.h"
#include "sf-slideshow.h"

/* The time planned for presenting, as the method's board meetings go. */
#define PRESENT_MINUTES 20

struct _SfDeckSection
{
  AdwPreferencesGroup parent_instance;

  SfProject    *project;
  SfDeckSource *source;
  guint         reload_id;
  gboolean      stale;    /* changed while not shown: made again when shown */
  GtkWidget    *list_box;
  GtkWidget    *ready_switch;
  GtkWidget    *show;     /* weak: the running slideshow */
};

G_DEFINE_FINAL_TYPE (SfDeckSection, sf_deck_section, ADW_TYPE_PREFERENCES_GROUP)

static void
rebuild_rows (SfDeckSection *self)
{
  SfDeck *deck = sf_deck_source_get_deck (self->source);
  g_autofree char *expanded = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->list_box)) != NULL)
    {
      if (SF_IS_SLIDE_ROW (child) && adw_expander_row_get_expanded (ADW_EXPANDER_ROW (child)))
        expanded = g_strdup (sf_slide_row_get_ref (SF_SLIDE_ROW (child)));
      gtk_list_box_remove (GTK_LIST_BOX (self->list_box), child);
    }
  for (guint i = 0; deck != NULL && i < sf_deck_get_n_slides (deck); i++)
    {
      GtkWidget *row = sf_slide_row_new (self->project, deck, i);

      /* The slide being edited stays open. */
      if (g_strcmp0 (expanded, sf_deck_get_ref (deck, i)) == 0)
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      gtk_list_box_append (GTK_LIST_BOX (self->list_box), row);
    }
}

static gboolean
reload_cb (gpointer data)
{
  SfDeckSection *self = data;

  self->reload_id = 0;
  sf_deck_source_reload (self->source);
  rebuild_rows (self);
  if (self->show != NULL)
    sf_slideshow_refresh (SF_SLIDESHOW (self->show));
  return G_SOURCE_REMOVE;
}

/* Making the deck reads the project and lays every slide out: while neither the page nor a
 * slideshow shows it, an edit elsewhere only marks it for when it is shown again. */
static void
project_changed_cb (SfDeckSection *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)) && self->show == NULL)
    {
      self->stale = TRUE;
      return;
    }
  if (self->reload_id == 0)
    self->reload_id = g_idle_add (reload_cb, self);
}

static void
sync_ready (SfDeckSection *self)
{
  SfBoardMeeting *meeting = sf_project_get_board_meeting (self->project);
  gboolean ready = meeting != NULL && sf_board_meeting_get_deck_ready (meeting);

  if (gtk_switch_get_active (GTK_SWITCH (self->ready_switch)) != ready)
    gtk_switch_set_active (GTK_SWITCH (self->ready_switch), ready);
}

static void
ready_changed_cb (SfDeckSection *self)
{
  gboolean ready = gtk_switch_get_active (GTK_SWITCH (self->ready_switch));
  SfBoardMeeting *meeting = sf_project_get_board_meeting (self->project);
  g_autoptr(GError) error = NULL;

  if (self->project == NULL ||
      ready == (meeting != NULL && sf_board_meeting_get_deck_ready (meeting)))
    return;
  if (!sf_project_set_deck_ready (self->project, ready, &error))
    {
      sf_feedback_error (GTK_WIDGET (self), _("The deck could not be marked"), error);
      sync_ready (self);
    }
}

static void
map_cb (SfDeckSection *self)
{
  if (!self->stale)
    return;
  self->stale = FALSE;
  g_clear_handle_id (&self->reload_id, g_source_remove);
  reload_cb (self);
}

static GStrv
refs (SfDeckSection *self)
{
  SfDeck *deck = sf_deck_source_get_deck (self->source);

  return deck != NULL ? sf_deck_get_refs (deck) : g_new0 (char *, 1);
}

/* ---- actions ----------------------------------------------------------------------------- */

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SfDeckSection *self = SF_DECK_SECTION (widget);
  GtkWidget *show;

  if (self->show != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->show));
      return;
    }
  show = sf_slideshow_new (widget, self->source, &sf_deck_source_kind, PRESENT_MINUTES);
  g_set_weak_pointer (&self->show, show);
  sf_slideshow_start (SF_SLIDESHOW (show));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  SfDeckSection *self = SF_DECK_SECTION (widget);
  g_auto(GStrv) order = refs (self);
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;
  guint at = g_strv_length (order);

  /* Before the closing slide, where a slide of one's own usually goes. */
  if (at > 0 && g_str_equal (order[at - 1], "closing"))
    at--;
  id = sf_project_add_own_slide (self->project, (const char * const *) order, at,
                                 _("New slide"), "", &error);
  if (id == NULL)
    sf_feedback_error (widget, _("The slide could not be added"), error);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SfDeckSection *self = SF_DECK_SECTION (widget);
  g_auto(GStrv) order = refs (self);
  g_autoptr(GError) error = NULL;
  int index, delta;

  g_variant_get (parameter, "(ii)", &index, &delta);
  if (index + delta < 0 || index + delta >= (int) g_strv_length (order))
    return;
  if (!sf_project_move_slide (self->project, (const char * const *) order, (guint) index,
                              (guint) (index + delta), &error))
    sf_feedback_error (widget, _("The slide could not be moved"), error);
}

static void
reset_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SfDeckSection *self = SF_DECK_SECTION (widget);
  const char *ref = g_variant_get_string (parameter, NULL);
  g_autoptr(GError) error = NULL;

  if (!sf_project_set_slide_title (self->project, ref, NULL, &error) ||
      !sf_project_set_slide_body (self->project, ref, NULL, &error))
    sf_feedback_error (widget, _("The slide could not be changed"), error);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SfDeckSection *self = SF_DECK_SECTION (widget);

  sf_feedback_remove (widget, self->project, sf_project_remove_own_slide,
                      g_variant_get_string (parameter, NULL), _("Slide removed"),
                      _("The slide could not be removed"));
}

/* @odp: as an ODF presentation; else a PDF, or with @handout its handout. */
static gboolean
export_deck (SfDeckSection *self,
             GFile         *file,
             gboolean       odp,
             gboolean       handout)
{
  SfDeck *deck = sf_deck_source_get_deck (self->source);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;

  if (path == NULL)
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                         _("An export can only be saved to a local file."));
  else if (deck != NULL && odp)
    sf_deck_write_odp (deck, path, &error);
  else if (deck != NULL)
    sf_deck_write_pdf (deck, path, handout, &error);
  if (error != NULL || deck == NULL)
    {
      sf_feedback_error (GTK_WIDGET (self), _("The deck could not be exported"), error);
      return FALSE;
    }
  sf_feedback_toast (GTK_WIDGET (self), odp ? _("Presentation exported")
                                            : handout ? _("Handout exported")
                                                      : _("Deck exported"));
  return TRUE;
}

gboolean
sf_deck_section_export_to (SfDeckSection *self,
                           GFile         *file,
                           gboolean       handout)
{
  g_return_val_if_fail (SF_IS_DECK_SECTION (self), FALSE);

  return export_deck (self, file, FALSE, handout);
}

gboolean
sf_deck_section_export_odp_to (SfDeckSection *self,
                               GFile         *file)
{
  g_return_val_if_fail (SF_IS_DECK_SECTION (self), FALSE);

  return export_deck (self, file, TRUE, FALSE);
}

/* The chooser may answer after the page went: it holds the section weakly. */
static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    GtkWidget      **weak)
{
  GtkWidget *section = *weak;

  if (response == GTK_RESPONSE_ACCEPT && section != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      const char *choice = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "form");

      if (file != NULL)
        export_deck (SF_DECK_SECTION (section), file,
                     g_object_get_data (G_OBJECT (chooser), "sf-odp") != NULL,
                     g_strcmp0 (choice, "handout") == 0);
    }
  g_clear_weak_pointer (weak);
  g_free (weak);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SfDeckSection *self = SF_DECK_SECTION (widget);
  const char *ids[] = { "deck", "handout", NULL };
  const char *labels[] = { _("The slides, one per page"),
                           _("Handout: two slides and their notes per A4 page"), NULL };
  GtkFileChooserNative *chooser;
  GtkWidget **weak = g_new0 (GtkWidget *, 1);

  chooser = sf_save_chooser_new (widget, _("Export the Deck"), self->project,
                                 _("%s – deck.pdf"));
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "form", _("Export"), ids, labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "form", "deck");
  g_set_weak_pointer (weak, widget);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), weak);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_odp_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SfDeckSection *self = SF_DECK_SECTION (widget);
  GtkFileChooserNative *chooser;
  GtkWidget **weak = g_new0 (GtkWidget *, 1);

  chooser = sf_save_chooser_new (widget, _("Export as Presentation"), self->project,
                                 _("%s – deck.odp"));
  g_object_set_data (G_OBJECT (chooser), "sf-odp", GINT_TO_POINTER (TRUE));
  g_set_weak_pointer (weak, widget);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), weak);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- the section ------------------------------------------------------------------------- */

/* A flat button of the section's header; with @label NULL, an icon alone (its tooltip says
 * what it does): three labelled buttons would squeeze the section's title and description. */
static GtkWidget *
header_button (const char *label,
               const char *icon,
               const char *action,
               const char *name,
               const char *tooltip)
{
  GtkWidget *button = gtk_button_new ();

  if (label != NULL)
    {
      GtkWidget *content = adw_button_content_new ();

      adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), icon);
      adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
      adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
      gtk_button_set_child (GTK_BUTTON (button), content);
    }
  else
    gtk_button_set_icon_name (GTK_BUTTON (button), icon);
  gtk_widget_set_name (button, name);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  return button;
}

static void
sf_deck_section_dispose (GObject *object)
{
  SfDeckSection *self = SF_DECK_SECTION (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  /* The slideshow draws from this section's deck: it goes first. */
  if (self->show != NULL)
    gtk_window_destroy (GTK_WINDOW (self->show));
  g_clear_weak_pointer (&self->show);
  g_clear_pointer (&self->source, sf_deck_source_free);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_deck_section_parent_class)->dispose (object);
}

static void
sf_deck_section_class_init (SfDeckSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sf_deck_section_dispose;
  gtk_widget_class_install_action (widget_class, "deck.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "deck.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "deck.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "deck.export-odp", NULL, export_odp_action);
  gtk_widget_class_install_action (widget_class, "deck.move", "(ii)", move_action);
  gtk_widget_class_install_action (widget_class, "deck.reset", "s", reset_action);
  gtk_widget_class_install_action (widget_class, "deck.remove", "s", remove_action);
}

static void
sf_deck_section_init (SfDeckSection *self)
{
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *ready_list, *ready_row;

  gtk_widget_set_name (GTK_WIDGET (self), "deck");
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Deck for the Boards"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
    _("Made from the project: a changed figure shows in the deck. Your titles, texts and "
      "notes win over what was made, until you ask for the made text again."));
  gtk_box_append (GTK_BOX (buttons), header_button (NULL, "list-add-symbolic", "deck.add",
                                                    "add-slide", _("Add a Slide of Your Own")));
  gtk_box_append (GTK_BOX (buttons), header_button (NULL, "document-save-symbolic",
                                                    "deck.export", "export-deck",
                                                    _("Export the Deck or a Handout as PDF")));
  gtk_box_append (GTK_BOX (buttons), header_button (NULL, "x-office-document-symbolic",
                                                    "deck.export-odp", "export-deck-odp",
                                                    _("Export as Presentation (.odp)…")));
  gtk_box_append (GTK_BOX (buttons), header_button (_("_Present"),
                                                    "x-office-presentation-symbolic",
                                                    "deck.present", "present-deck",
                                                    _("Present the Deck (F5)")));
  gtk_widget_set_valign (buttons, GTK_ALIGN_CENTER);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), buttons);
  ready_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (ready_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (ready_list, "boxed-list");
  gtk_widget_set_margin_bottom (ready_list, 12);
  ready_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (ready_row), _("Ready to Present"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (ready_row),
                               _("Mark the deck ready once you have gone through it; the "
                                 "step's progress says so"));
  self->ready_switch = gtk_switch_new ();
  gtk_widget_set_name (self->ready_switch, "deck-ready");
  gtk_widget_set_valign (self->ready_switch, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (ready_row), self->ready_switch);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (ready_row), self->ready_switch);
  g_signal_connect_swapped (self->ready_switch, "notify::active",
                            G_CALLBACK (ready_changed_cb), self);
  gtk_list_box_append (GTK_LIST_BOX (ready_list), ready_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), ready_list);
  self->list_box = gtk_list_box_new ();
  gtk_widget_set_name (self->list_box, "slides");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list_box, "boxed-list");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->list_box);
}

GtkWidget *
sf_deck_section_new (SfProject *project)
{
  SfDeckSection *self;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  self = g_object_new (SF_TYPE_DECK_SECTION, NULL);
  self->project = g_object_ref (project);
  self->source = sf_deck_source_new (project);
  g_signal_connect_object (project, "changed", G_CALLBACK (project_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "changed::board_meeting", G_CALLBACK (sync_ready), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "map", G_CALLBACK (map_cb), NULL);
  sync_ready (self);
  rebuild_rows (self);
  return GTK_WIDGET (self);
}

GtkWidget *
sf_deck_section_get_show (SfDeckSection *self)
{
  g_return_val_if_fail (SF_IS_DECK_SECTION (self), NULL);

  return self->show;
}

gboolean
sf_deck_section_reveal (SfDeckSection *self,
                        const char    *id)
{
  GListModel *slides;
  const char *ref = NULL;

  g_return_val_if_fail (SF_IS_DECK_SECTION (self), FALSE);

  /* A search hit names the slide's row in the store; the deck names it by its ref. */
  slides = sf_project_get_slides (self->project);
  for (guint i = 0; ref == NULL && i < g_list_model_get_n_items (slides); i++)
    {
      g_autoptr(SfSlide) slide = g_list_model_get_item (slides, i);

      if (g_str_equal (sf_record_get_id (SF_RECORD (slide)), id))
        ref = sf_slide_get_ref (slide); /* the list keeps it */
    }

  for (GtkWidget *row = gtk_widget_get_first_child (self->list_box); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (SF_IS_SLIDE_ROW (row) && g_strcmp0 (sf_slide_row_get_ref (SF_SLIDE_ROW (row)), ref) == 0)
      {
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
        gtk_widget_grab_focus (row);
        return TRUE;
      }
  return FALSE;
}
