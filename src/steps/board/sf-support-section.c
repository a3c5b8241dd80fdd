/* sf-support-section.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The matrix is a grid made anew when the boards, the decisions or the answers change: a few
 * partners by a few decisions, read at a glance. Each cell says the stance in words and in
 * colour; the conditions, commitment and mandate are in its tooltip and its dialog. The
 * decisions put to the boards are step 4's proposals, and those a board answered (so that a
 * decision marked taken stays in view, as taken).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "board-resources.h"
#include "sf-board-labels.h"
#include "sf-feedback.h"
#include "sf-project-board.h"
#include "sf-project-decisions.h"
#include "sf-reveal.h"
#include "sf-support-dialog.h"
#include "sf-support-section.h"

struct _SfSupportSection
{
  AdwPreferencesGroup parent_instance;

  SfProject *project;
  gboolean   syncing;
  GPtrArray *form_rows; /* of AdwComboRow, with their partner's id */

  GtkWidget *empty_label;
  GtkWidget *matrix_scroll;
  GtkWidget *matrix;
  GtkWidget *forms_label;
  GtkWidget *forms_list;
};

G_DEFINE_FINAL_TYPE (SfSupportSection, sf_support_section, ADW_TYPE_PREFERENCES_GROUP)

static gboolean
put_to_boards (SfProject  *project,
               SfDecision *decision)
{
  GListModel *supports = sf_project_get_board_supports (project);
  const char *id = sf_record_get_id (SF_RECORD (decision));

  if (sf_decision_get_status (decision) == SF_DECISION_PROPOSED)
    return TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (supports); i++)
    {
      g_autoptr(SfBoardSupport) support = g_list_model_get_item (supports, i);

      if (g_str_equal (sf_board_support_get_decision_id (support), id))
        return TRUE;
    }
  return FALSE;
}

/* The partners with a board, in the register's order (of SfPartner). */
static GPtrArray *
board_partners (SfProject *project)
{
  GListModel *partners = sf_project_get_partners (project);
  g_auto(GStrv) ids = sf_project_get_board_partners (project);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      SfPartner *partner = g_list_model_get_item (partners, i);

      if (g_strv_contains ((const char * const *) ids, sf_record_get_id (SF_RECORD (partner))))
        g_ptr_array_add (found, partner);
      else
        g_object_unref (partner);
    }
  return found;
}

static GPtrArray *
put_decisions (SfProject *project)
{
  GListModel *decisions = sf_project_get_decisions (project);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (decisions); i++)
    {
      SfDecision *decision = g_list_model_get_item (decisions, i);

      if (put_to_boards (project, decision))
        g_ptr_array_add (found, decision);
      else
        g_object_unref (decision);
    }
  return found;
}

/* ---- the cells --------------------------------------------------------------------------- */

static void
cell_clicked_cb (GtkWidget        *cell,
                 SfSupportSection *self)
{
  GtkWidget *dialog = sf_support_dialog_new (GTK_WIDGET (self), self->project,
                                             g_object_get_data (G_OBJECT (cell), "partner-id"),
                                             g_object_get_data (G_OBJECT (cell), "decision-id"));

  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
cell_tooltip (SfBoardSupport *support)
{
  GString *text = g_string_new (NULL);
  const char *parts[][2] = {
    { _("Conditions"), sf_board_support_get_conditions (support) },
    { _("Commitment"), sf_board_support_get_commitment (support) },
    { _("Mandate"), sf_board_support_get_mandate (support) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (*parts[i][1] != '\0')
      {
        g_autofree char *line = NULL;

        /* Translators: a line of a cell's tooltip in the support matrix, "Conditions: …" */
        line = g_strdup_printf (_("%s: %s"), parts[i][0], parts[i][1]);
        if (text->len > 0)
          g_string_append_c (text, '\n');
        g_string_append (text, line);
      }
  return g_string_free (text, text->len == 0);
}

static GtkWidget *
new_cell (SfSupportSection *self,
          SfPartner        *partner,
          SfDecision       *decision)
{
  const char *partner_id = sf_record_get_id (SF_RECORD (partner));
  const char *decision_id = sf_record_get_id (SF_RECORD (decision));
  SfBoardSupport *support = sf_project_find_board_support (self->project, partner_id,
                                                           decision_id);
  SfBoardStance stance = support != NULL ? sf_board_support_get_stance (support)
                                         : SF_BOARD_STANCE_UNDECIDED;
  GtkWidget *cell = gtk_button_new ();
  GtkWidget *label = gtk_label_new (sf_board_stance_label (stance));
  g_autofree char *tooltip = support != NULL ? cell_tooltip (support) : NULL;
  g_autofree char *name = NULL;

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, sf_board_stance_style (stance));
  if (stance != SF_BOARD_STANCE_UNDECIDED)
    gtk_widget_add_css_class (label, "heading");
  gtk_button_set_child (GTK_BUTTON (cell), label);
  gtk_widget_set_name (cell, "support-cell");
  gtk_widget_add_css_class (cell, "flat");
  gtk_widget_set_hexpand (cell, TRUE);
  gtk_widget_set_tooltip_text (cell, tooltip);
  /* Read by a screen reader as "Partner, decision: stance". */
  name = g_strdup_printf ("%s, %s: %s", sf_partner_get_organisation (partner),
                          sf_decision_get_text (decision), sf_board_stance_label (stance));
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  g_object_set_data_full (G_OBJECT (cell), "partner-id", g_strdup (partner_id), g_free);
  g_object_set_data_full (G_OBJECT (cell), "decision-id", g_strdup (decision_id), g_free);
  g_signal_connect (cell, "clicked", G_CALLBACK (cell_clicked_cb), self);
  return cell;
}

static void
mark_clicked_cb (GtkWidget        *button,
                 SfSupportSection *self)
{
  g_autofree char *id = g_strdup (g_object_get_data (G_OBJECT (button), "decision-id"));
  GtkWidget *parent = GTK_WIDGET (self);
  g_autoptr(GError) error = NULL;

  /* The matrix is made anew by the change: nothing of the button is used after it. */
  if (sf_project_mark_decision_taken (self->project, id, &error))
    sf_feedback_undo_toast (parent, self->project, _("Decision marked as taken"));
  else
    sf_feedback_error (parent, _("The decision could not be marked as taken"), error);
}

static GtkWidget *
new_mark (SfSupportSection *self,
          SfDecision       *decision)
{
  const char *id = sf_record_get_id (SF_RECORD (decision));
  GtkWidget *button;

  if (sf_decision_get_status (decision) == SF_DECISION_TAKEN)
    {
      GtkWidget *label = gtk_label_new (_("Taken"));

      gtk_widget_set_name (label, "decision-taken");
      gtk_widget_add_css_class (label, "success");
      return label;
    }
  /* Its words wrap, so that the button is no wider than its decision's column. */
  button = gtk_button_new_with_mnemonic (_("_Mark as Taken"));
  gtk_label_set_wrap (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), 12);
  gtk_label_set_justify (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))),
                         GTK_JUSTIFY_CENTER);
  gtk_widget_set_name (button, "mark-taken");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (button, sf_project_boards_support_decision (self->project, id));
  gtk_widget_set_tooltip_text (button, gtk_widget_get_sensitive (button)
                                       ? _("Every board supports it: mark it as taken in "
                                           "step 4’s decisions")
                                       : _("Not every board supports it yet"));
  g_object_set_data_full (G_OBJECT (button), "decision-id", g_strdup (id), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (mark_clicked_cb), self);
  return button;
}

static GtkWidget *
heading_label (const char *text,
               float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* Narrow, so that a few decisions fit side by side; the grid scrolls for more. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 16);
  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

/* ---- the forms --------------------------------------------------------------------------- */

static void
form_chosen_cb (AdwComboRow      *row,
                GParamSpec       *pspec,
                SfSupportSection *self)
{
  const char *partner_id = g_object_get_data (G_OBJECT (row), "partner-id");
  guint form = adw_combo_row_get_selected (row);
  g_autoptr(GError) error = NULL;

  if (self->syncing || form == GTK_INVALID_LIST_POSITION ||
      form == sf_project_get_board_form (self->project, partner_id))
    return;
  if (!sf_project_set_board_form (self->project, partner_id, form, &error))
    sf_feedback_error (GTK_WIDGET (self), _("The form could not be changed"), error);
}

static void
sync_forms (SfSupportSection *self)
{
  self->syncing = TRUE;
  for (guint i = 0; i < self->form_rows->len; i++)
    {
      AdwComboRow *row = g_ptr_array_index (self->form_rows, i);

      adw_combo_row_set_selected (row, sf_project_get_board_form (
                                         self->project,
                                         g_object_get_data (G_OBJECT (row), "partner-id")));
    }
  self->syncing = FALSE;
}

static void
rebuild_forms (SfSupportSection *self,
               GPtrArray        *partners)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->forms_list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->forms_list), child);
  g_ptr_array_set_size (self->form_rows, 0);
  for (guint i = 0; i < partners->len; i++)
    {
      SfPartner *partner = g_ptr_array_index (partners, i);
      g_autoptr(GListModel) forms = sf_board_form_model ();
      GtkWidget *row = adw_combo_row_new ();

      adw_combo_row_set_model (ADW_COMBO_ROW (row), forms);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     sf_partner_get_organisation (partner));
      gtk_widget_set_name (row, "support-form");
      g_object_set_data_full (G_OBJECT (row), "partner-id",
                              g_strdup (sf_record_get_id (SF_RECORD (partner))), g_free);
      g_signal_connect (row, "notify::selected", G_CALLBACK (form_chosen_cb), self);
      gtk_list_box_append (GTK_LIST_BOX (self->forms_list), row);
      g_ptr_array_add (self->form_rows, row);
    }
  sync_forms (self);
}

/* ---- the matrix -------------------------------------------------------------------------- */

static void
rebuild (SfSupportSection *self)
{
  g_autoptr(GPtrArray) partners = board_partners (self->project);
  g_autoptr(GPtrArray) decisions = put_decisions (self->project);
  gboolean empty = partners->len == 0 || decisions->len == 0;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->matrix)) != NULL)
    gtk_grid_remove (GTK_GRID (self->matrix), child);
  gtk_label_set_label (GTK_LABEL (self->empty_label),
                       partners->len == 0
                       ? _("Add the board members of the partners above to record their "
                           "answers.")
                       : _("Step 4 has no proposed decisions to put to the boards yet."));
  gtk_widget_set_visible (self->empty_label, empty);
  gtk_widget_set_visible (self->matrix_scroll, !empty);
  gtk_widget_set_visible (self->forms_label, partners->len > 0);
  gtk_widget_set_visible (self->forms_list, partners->len > 0);
  rebuild_forms (self, partners);
  if (empty)
    return;

  for (guint j = 0; j < decisions->len; j++)
    {
      SfDecision *decision = g_ptr_array_index (decisions, j);

      gtk_grid_attach (GTK_GRID (self->matrix),
                       heading_label (sf_decision_get_text (decision), 0.5), j + 1, 0, 1, 1);
      gtk_grid_attach (GTK_GRID (self->matrix), new_mark (self, decision), j + 1,
                       partners->len + 1, 1, 1);
    }
  for (guint i = 0; i < partners->len; i++)
    {
      SfPartner *partner = g_ptr_array_index (partners, i);
      GtkWidget *name = heading_label (sf_partner_get_organisation (partner), 0);

      gtk_grid_attach (GTK_GRID (self->matrix), name, 0, i + 1, 1, 1);
      for (guint j = 0; j < decisions->len; j++)
        gtk_grid_attach (GTK_GRID (self->matrix),
                         new_cell (self, partner, g_ptr_array_index (decisions, j)), j + 1,
                         i + 1, 1, 1);
    }
}

static void
sf_support_section_dispose (GObject *object)
{
  SfSupportSection *self = SF_SUPPORT_SECTION (object);

  g_clear_pointer (&self->form_rows, g_ptr_array_unref);
  g_clear_object (&self->project);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_SUPPORT_SECTION);
  G_OBJECT_CLASS (sf_support_section_parent_class)->dispose (object);
}

static void
sf_support_section_class_init (SfSupportSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_support_section_dispose;
  (void) sf_board_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-support-section.ui");
  gtk_widget_class_bind_template_child (widget_class, SfSupportSection, empty_label);
  gtk_widget_class_bind_template_child (widget_class, SfSupportSection, matrix_scroll);
  gtk_widget_class_bind_template_child (widget_class, SfSupportSection, matrix);
  gtk_widget_class_bind_template_child (widget_class, SfSupportSection, forms_label);
  gtk_widget_class_bind_template_child (widget_class, SfSupportSection, forms_list);
}

static void
sf_support_section_init (SfSupportSection *self)
{
  self->form_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sf_support_section_new (SfProject *project)
{
  SfSupportSection *self;
  const char *tables[] = { "board_support", "board_member", "decision", "partner" };

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  self = g_object_new (SF_TYPE_SUPPORT_SECTION, NULL);
  self->project = g_object_ref (project);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *signal = g_strconcat ("changed::", tables[i], NULL);

      g_signal_connect_object (project, signal, G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
    }
  g_signal_connect_object (project, "changed::board_form", G_CALLBACK (sync_forms), self,
                           G_CONNECT_SWAPPED);
  rebuild (self);
  return GTK_WIDGET (self);
}

static GtkWidget *
find_in_matrix (SfSupportSection *self,
                const char       *name,
                const char       *partner_id,
                const char       *decision_id)
{
  for (GtkWidget *c = gtk_widget_get_first_child (self->matrix); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    if (g_str_equal (gtk_widget_get_name (c), name) &&
        (partner_id == NULL ||
         g_strcmp0 (g_object_get_data (G_OBJECT (c), "partner-id"), partner_id) == 0) &&
        g_strcmp0 (g_object_get_data (G_OBJECT (c), "decision-id"), decision_id) == 0)
      return c;
  return NULL;
}

GtkWidget *
sf_support_section_get_cell (SfSupportSection *self,
                             const char       *partner_id,
                             const char       *decision_id)
{
  g_return_val_if_fail (SF_IS_SUPPORT_SECTION (self), NULL);

  return find_in_matrix (self, "support-cell", partner_id, decision_id);
}

GtkWidget *
sf_support_section_get_mark (SfSupportSection *self,
                             const char       *decision_id)
{
  g_return_val_if_fail (SF_IS_SUPPORT_SECTION (self), NULL);

  return find_in_matrix (self, "mark-taken", NULL, decision_id);
}

gboolean
sf_support_section_reveal (SfSupportSection *self,
                           const char       *id)
{
  GListModel *supports;

  g_return_val_if_fail (SF_IS_SUPPORT_SECTION (self), FALSE);

  supports = sf_project_get_board_supports (self->project);
  for (guint i = 0; i < g_list_model_get_n_items (supports); i++)
    {
      g_autoptr(SfBoardSupport) support = g_list_model_get_item (supports, i);
      GtkWidget *cell;

      if (!g_str_equal (sf_record_get_id (SF_RECORD (support)), id))
        continue;
      cell = sf_support_section_get_cell (self, sf_board_support_get_partner_id (support),
                                          sf_board_support_get_decision_id (support));
      if (cell == NULL)
        return FALSE;
      sf_reveal_focus_when_placed (cell);
      return TRUE;
    }
  return FALSE;
}
