/* sf-mbc-section.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The calculation is quick (one flat, a few dozen numbers), so any change that can move it
 * (a parameter, a flat, step 3's figures, undo) makes it again when the main loop is idle.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-feedback.h"
#include "sf-mbc-param-dialog.h"
#include "sf-mbc-param-row.h"
#include "sf-mbc-result-view.h"
#include "sf-mbc-section.h"
#include "sf-mbc-sensitivity-view.h"
#include "sf-project-mbc.h"
#include "review-resources.h"

/* The assumptions by part of the calculation, in the parameters' order. */
static const struct {
  const char *title;
  SfMbcParam  first, last;
} param_groups[] = {
  { N_("Care costs"), SF_MBC_REFERENCE_RESIDENTS, SF_MBC_COST_WLZ },
  { N_("Effects"), SF_MBC_PREVENTION, SF_MBC_SEVERE_GP_SAVED },
  { N_("Effect over the years"), SF_MBC_RAMP_YEAR1, SF_MBC_RAMP_YEAR3 },
  { N_("Costs of the concept"), SF_MBC_COST_PERSONNEL_1, SF_MBC_COST_PR_LATER },
  { N_("Income of the care provider"), SF_MBC_INCOME_START, SF_MBC_INCOME_TENDER_CONDITIONAL },
};

struct _SfMbcSection
{
  AdwBin      parent_instance;

  SfProject  *project;
  GPtrArray  *flat_ids;     /* per position of the flat row */
  gboolean    updating;     /* the flat row is being filled */
  guint       refresh_id;
  SfMbcInput  input;        /* of the flat shown */
  GtkWidget  *result_view;
  GtkWidget  *sensitivity_view;
  GtkWidget  *groups[G_N_ELEMENTS (param_groups)];
  GtkWidget  *param_rows[SF_MBC_N_PARAMS];

  GtkWidget  *box;
  GtkWidget  *flat_list;
  GtkWidget  *flat_row;
};

G_DEFINE_FINAL_TYPE (SfMbcSection, sf_mbc_section, ADW_TYPE_BIN)

const char *
sf_mbc_section_get_flat_id (SfMbcSection *self)
{
  guint selected;

  g_return_val_if_fail (SF_IS_MBC_SECTION (self), NULL);

  selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->flat_row));
  return selected < self->flat_ids->len ? g_ptr_array_index (self->flat_ids, selected) : NULL;
}

static void
update_groups (SfMbcSection *self)
{
  for (guint g = 0; g < G_N_ELEMENTS (param_groups); g++)
    {
      guint changed = 0;
      g_autofree char *subtitle = NULL;

      for (SfMbcParam p = param_groups[g].first; p <= param_groups[g].last; p++)
        changed += sf_mbc_param_row_is_changed (SF_MBC_PARAM_ROW (self->param_rows[p]));
      if (changed > 0)
        /* Translators: under a group of the business case's assumptions */
        subtitle = g_strdup_printf (ngettext ("%u changed from Rotterdam’s",
                                              "%u changed from Rotterdam’s", changed), changed);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self->groups[g]),
                                     subtitle != NULL ? subtitle : "");
    }
}

static gboolean
refresh (gpointer data)
{
  SfMbcSection *self = data;
  const char *flat_id = sf_mbc_section_get_flat_id (self);
  SfMbcResult result;

  self->refresh_id = 0;
  gtk_widget_set_visible (self->box, flat_id != NULL);
  if (flat_id == NULL)
    return G_SOURCE_REMOVE;
  sf_project_calculate_mbc (self->project, flat_id, &self->input, &result);
  sf_mbc_result_view_update (SF_MBC_RESULT_VIEW (self->result_view), &result);
  sf_mbc_sensitivity_view_update (SF_MBC_SENSITIVITY_VIEW (self->sensitivity_view), &result);
  for (guint p = 0; p < SF_MBC_N_PARAMS; p++)
    sf_mbc_param_row_update (SF_MBC_PARAM_ROW (self->param_rows[p]), self->project, flat_id,
                             self->input.params[p]);
  update_groups (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_refresh (SfMbcSection *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh, self);
}

static void
flat_selected (SfMbcSection *self)
{
  if (!self->updating)
    schedule_refresh (self);
}

/* The flat row follows the project's flats; the flat shown stays shown. */
static void
update_flats (SfMbcSection *self)
{
  GListModel *flats = sf_project_get_flats (self->project);
  g_autofree char *shown = g_strdup (sf_mbc_section_get_flat_id (self));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;

  g_ptr_array_set_size (self->flat_ids, 0);
  for (guint i = 0; i < g_list_model_get_n_items (flats); i++)
    {
      g_autoptr(SfFlat) flat = g_list_model_get_item (flats, i);
      const char *id = sf_record_get_id (SF_RECORD (flat));

      gtk_string_list_append (names, sf_flat_get_name (flat));
      g_ptr_array_add (self->flat_ids, g_strdup (id));
      if (g_strcmp0 (id, shown) == 0)
        selected = i;
    }
  self->updating = TRUE;
  adw_combo_row_set_model (ADW_COMBO_ROW (self->flat_row), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->flat_row), selected);
  self->updating = FALSE;
  /* A switcher only where there is something to switch. */
  gtk_widget_set_visible (self->flat_list, self->flat_ids->len > 1);
  schedule_refresh (self);
}

/* ---- the actions -------------------------------------------------------------------------- */

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SfMbcSection *self = SF_MBC_SECTION (widget);
  int param = g_variant_get_int32 (parameter);
  GObject *name = adw_combo_row_get_selected_item (ADW_COMBO_ROW (self->flat_row));
  const char *flat_id = sf_mbc_section_get_flat_id (self);

  if (param < 0 || param >= SF_MBC_N_PARAMS || flat_id == NULL)
    return;
  /* The value shown, not a stale one, when a change waits for the idle refresh. */
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  refresh (self);
  gtk_window_present (GTK_WINDOW (sf_mbc_param_dialog_new (
    widget, self->project, param, flat_id,
    name != NULL ? gtk_string_object_get_string (GTK_STRING_OBJECT (name)) : NULL,
    self->input.params[param])));
}

/* The flat's own value goes first, then the project's: back one level at a time. */
static void
reset_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SfMbcSection *self = SF_MBC_SECTION (widget);
  int param = g_variant_get_int32 (parameter);
  const char *flat_id = sf_mbc_section_get_flat_id (self);
  g_autoptr(GError) error = NULL;

  if (param < 0 || param >= SF_MBC_N_PARAMS)
    return;
  if (flat_id == NULL || sf_project_find_mbc_setting (self->project, flat_id, param) == NULL)
    flat_id = NULL;
  if (sf_project_reset_mbc_param (self->project, flat_id, param, &error))
    sf_feedback_undo_toast (widget, self->project, _("Assumption reset"));
  else
    sf_feedback_error (widget, _("The assumption could not be reset"), error);
}

/* ---- the class ---------------------------------------------------------------------------- */

static void
sf_mbc_section_dispose (GObject *object)
{
  SfMbcSection *self = SF_MBC_SECTION (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  /* AdwBin first, so it does not unparent again the child the template already dropped. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_MBC_SECTION);
  g_clear_pointer (&self->flat_ids, g_ptr_array_unref);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_mbc_section_parent_class)->dispose (object);
}

static void
sf_mbc_section_class_init (SfMbcSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_mbc_section_dispose;
  gtk_widget_class_install_action (widget_class, "mbc.edit", "i", edit_action);
  gtk_widget_class_install_action (widget_class, "mbc.reset", "i", reset_action);

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_review_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-mbc-section.ui");
  gtk_widget_class_bind_template_child (widget_class, SfMbcSection, box);
  gtk_widget_class_bind_template_child (widget_class, SfMbcSection, flat_list);
  gtk_widget_class_bind_template_child (widget_class, SfMbcSection, flat_row);
  gtk_widget_class_bind_template_callback (widget_class, flat_selected);
}

static GtkWidget *
heading_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 6);
  return label;
}

/* A collapsed group per part of the calculation, a row per parameter. */
static GtkWidget *
assumptions_new (SfMbcSection *self)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_widget_set_name (list, "mbc-assumptions");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint g = 0; g < G_N_ELEMENTS (param_groups); g++)
    {
      self->groups[g] = adw_expander_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->groups[g]),
                                     _(param_groups[g].title));
      for (SfMbcParam p = param_groups[g].first; p <= param_groups[g].last; p++)
        {
          self->param_rows[p] = sf_mbc_param_row_new (p);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (self->groups[g]), self->param_rows[p]);
        }
      gtk_list_box_append (GTK_LIST_BOX (list), self->groups[g]);
    }
  return list;
}

static void
sf_mbc_section_init (SfMbcSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->flat_ids = g_ptr_array_new_with_free_func (g_free);
  self->result_view = sf_mbc_result_view_new ();
  gtk_box_append (GTK_BOX (self->box), self->result_view);
  gtk_box_append (GTK_BOX (self->box), heading_new (_("Sensitivity")));
  self->sensitivity_view = sf_mbc_sensitivity_view_new ();
  gtk_box_append (GTK_BOX (self->box), self->sensitivity_view);
  gtk_box_append (GTK_BOX (self->box), heading_new (_("Assumptions")));
  gtk_box_append (GTK_BOX (self->box), assumptions_new (self));
}

GtkWidget *
sf_mbc_section_new (SfProject *project)
{
  static const char * const moves[] = { "changed::mbc_parameter", "changed::indicator",
                                        "changed::indicator_value" };
  SfMbcSection *self;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  self = g_object_new (SF_TYPE_MBC_SECTION, NULL);
  self->project = g_object_ref (project);
  g_signal_connect_object (project, "changed::flat", G_CALLBACK (update_flats), self,
                           G_CONNECT_SWAPPED);
  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    g_signal_connect_object (project, moves[i], G_CALLBACK (schedule_refresh), self,
                             G_CONNECT_SWAPPED);
  update_flats (self);
  return GTK_WIDGET (self);
}
