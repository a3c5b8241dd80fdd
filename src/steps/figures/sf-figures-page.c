/* sf-figures-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page of step 3: a flat chooser with the completeness of that flat, one row per visible
 * indicator (sf-indicator-row.c), the indicators still outstanding per partner, the derived
 * figures and the Thuisplusflat requirements of the chosen flat, and charts of all flats.
 *
 * The indicator rows follow the project's list of indicators; everything else is read again
 * from the store on idle after the project says it changed. An entry the user is typing in is
 * never overwritten by such a refresh.
 *
 * Widgets the tests use carry names: "inventory-flat" (the flat chooser), the indicator rows
 * (see sf-indicator-row.h), "indicator-tools" (sf-indicator-tools.h), and the rows
 * "outstanding-partner" (SfOutstandingRow, with a button "request-figures"), "derived-figure"
 * and "requirement". The page's actions "step.assign-indicator" and "step.unassign-indicator"
 * take (indicator id, partner id); "step.set-accuracy" takes (indicator id, accuracy) for the
 * chosen flat; "step.request-figures" (partner id), "step.export-figures" and
 * "step.import-figures" lead to the exchange with partners (sf-figures-exchange.h).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "figures-resources.h"
#include "sf-chart.h"
#include "sf-feedback.h"
#include "sf-figures-charts-view.h"
#include "sf-figures-exchange.h"
#include "sf-figures-page.h"
#include "sf-flat.h"
#include "sf-indicator-row.h"
#include "sf-indicator-tools.h"
#include "sf-outstanding-row.h"
#include "sf-partner.h"
#include "sf-placeholder.h"
#include "sf-project-figures.h"
#include "sf-result-row.h"

#define MAX_MISSING_LISTED 8

struct _SfFiguresPage
{
  SfStepPage parent_instance;

  SfProject     *project;
  char          *flat_id;     /* NULL: the whole neighbourhood */
  GPtrArray     *flat_ids;    /* of char*, the chooser's order; NULL last for the neighbourhood */
  GtkWidget     *charts_view;
  guint          refresh_id;
  gboolean       updating_flats;
  gboolean       flat_chosen; /* by the user: until then, the first flat */
  gboolean       disposed;

  GtkWidget     *figures_group;
  GtkWidget     *figures_box;
  GtkWidget     *flat_dropdown;
  GtkStringList *flat_names;
  GtkWidget     *completeness_row;
  GtkWidget     *completeness_bar;
  GtkWidget     *indicator_list;
  GtkWidget     *outstanding_group;
  GtkWidget     *outstanding_list;
  GtkWidget     *derived_group;
  GtkWidget     *derived_list;
  GtkWidget     *requirement_group;
  GtkWidget     *requirement_list;
  GtkWidget     *charts_group;
};

G_DEFINE_FINAL_TYPE (SfFiguresPage, sf_figures_page, SF_TYPE_STEP_PAGE)

/* The project's tables whose changes this page shows. */
static const char * const shown_tables[] = {
  "flat", "partner", "indicator", "indicator_value", "indicator_assignment",
};

static void schedule_refresh (SfFiguresPage *self);

static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
}

static void
clear_list_box (GtkWidget *list_box)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list_box), 0)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (list_box), GTK_WIDGET (row));
}

static const char *
flat_name (SfProject  *project,
           const char *flat_id)
{
  GListModel *flats = sf_project_get_flats (project);

  if (flat_id == NULL)
    return _("Whole neighbourhood");
  for (guint i = 0; i < g_list_model_get_n_items (flats); i++)
    {
      g_autoptr(SfFlat) flat = g_list_model_get_item (flats, i);

      if (g_strcmp0 (sf_record_get_id (SF_RECORD (flat)), flat_id) == 0)
        return sf_flat_get_name (flat);  /* the list keeps it alive */
    }
  return "";
}

/* The row of @indicator_id, or NULL. */
static SfIndicatorRow *
find_row (SfFiguresPage *self,
          const char    *indicator_id)
{
  for (GtkWidget *row = gtk_widget_get_first_child (self->indicator_list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (SF_IS_INDICATOR_ROW (row) &&
        g_strcmp0 (sf_record_get_id (SF_RECORD (sf_indicator_row_get_indicator (
                     SF_INDICATOR_ROW (row)))), indicator_id) == 0)
      return SF_INDICATOR_ROW (row);
  return NULL;
}

static GtkWidget *
create_indicator_row (gpointer item,
                      gpointer user_data)
{
  SfFiguresPage *self = user_data;
  GtkWidget *row = sf_indicator_row_new (self->project, SF_INDICATOR (item));

  g_signal_connect_object (row, "reload", G_CALLBACK (schedule_refresh), self,
                           G_CONNECT_SWAPPED);
  sf_indicator_row_update (SF_INDICATOR_ROW (row), self->flat_id, NULL);
  /* The assignments come with the next refresh. */
  schedule_refresh (self);
  return row;
}

/* ---- the sections ----------------------------------------------------------------------- */

static char *
indicator_names (SfProject          *project,
                 const char * const *ids,
                 guint               max)
{
  GString *names = g_string_new (NULL);
  guint n = ids != NULL ? g_strv_length ((GStrv) ids) : 0;

  for (guint i = 0; i < n && i < max; i++)
    {
      SfIndicator *indicator = sf_project_find_indicator (project, ids[i]);

      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, indicator != NULL ? sf_indicator_get_name (indicator) : ids[i]);
    }
  if (n > max)
    {
      g_autofree char *listed = g_string_free (g_steal_pointer (&names), FALSE);

      /* Translators: a shortened list of missing figures, e.g. "Dwellings, Residents and 4
       * more". */
      return g_strdup_printf (ngettext ("%s and %u more", "%s and %u more", n - max), listed,
                              n - max);
    }
  return g_string_free (names, FALSE);
}

static void
update_completeness (SfFiguresPage *self)
{
  guint filled = 0, total = 0;
  g_auto(GStrv) missing = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  double share;

  share = sf_project_get_completeness (self->project, self->flat_id, &filled, &total, &missing);
  /* Translators: "12 of 20 figures" */
  title = g_strdup_printf (ngettext ("%u of %u figure", "%u of %u figures", total), filled, total);
  if (missing != NULL && missing[0] != NULL)
    {
      g_autofree char *names = indicator_names (self->project, (const char * const *) missing,
                                                MAX_MISSING_LISTED);

      /* Translators: %s is a list of figures, e.g. "Dwellings, Residents". */
      subtitle = g_strdup_printf (_("Missing: %s"), names);
    }
  else
    subtitle = g_strdup (total > 0 ? _("Complete") : "");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->completeness_row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->completeness_row), subtitle);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (self->completeness_bar), share);
}

/* Fills @asked (indicator id -> GPtrArray of partner ids) and the outstanding section. */
static void
update_outstanding (SfFiguresPage *self,
                    GHashTable    *asked)
{
  GListModel *partners = sf_project_get_partners (self->project);

  clear_list_box (self->outstanding_list);
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);
      const char *partner_id = sf_record_get_id (SF_RECORD (partner));
      g_auto(GStrv) assigned = sf_project_get_assigned_indicators (self->project, partner_id);
      g_autoptr(GPtrArray) gaps = sf_project_get_outstanding (self->project, partner_id);
      g_autoptr(GString) list = g_string_new (NULL);
      GtkWidget *row;

      for (guint j = 0; assigned != NULL && assigned[j] != NULL; j++)
        {
          GPtrArray *ids = g_hash_table_lookup (asked, assigned[j]);

          if (ids == NULL)
            {
              ids = g_ptr_array_new_with_free_func (g_free);
              g_hash_table_insert (asked, g_strdup (assigned[j]), ids);
            }
          g_ptr_array_add (ids, g_strdup (partner_id));
        }
      if (assigned == NULL || assigned[0] == NULL)
        continue;
      for (guint j = 0; gaps != NULL && j < gaps->len; j++)
        {
          SfInventoryGap *gap = g_ptr_array_index (gaps, j);
          SfIndicator *indicator = sf_project_find_indicator (self->project, gap->indicator_id);

          if (list->len > 0)
            g_string_append (list, "; ");
          g_string_append_printf (list, "%s (%s)",
                                  indicator != NULL ? sf_indicator_get_name (indicator)
                                                    : gap->indicator_id,
                                  flat_name (self->project, gap->flat_id));
        }
      row = sf_outstanding_row_new (partner_id, or_empty (sf_partner_get_organisation (partner)),
                                    list->str, gaps != NULL ? gaps->len : 0);
      gtk_list_box_append (GTK_LIST_BOX (self->outstanding_list), row);
    }
}

static void
update_derived (SfFiguresPage *self)
{
  SfDerivedFigure figures[SF_DERIVED_N];
  SfRequirementResult results[SF_REQUIREMENT_N];
  g_autoptr(GError) error = NULL;

  clear_list_box (self->derived_list);
  clear_list_box (self->requirement_list);
  if (sf_project_compute_derived (self->project, self->flat_id, figures, &error))
    for (guint i = 0; i < SF_DERIVED_N; i++)
      {
        g_autofree char *value = NULL;

        if (!figures[i].known)
          value = g_strdup (_("unknown"));
        else
          value = sf_chart_format_figure (sf_derived_is_share (i) ? SF_CHART_FORMAT_PERCENT
                                                                  : SF_CHART_FORMAT_NUMBER,
                                          figures[i].value);
        gtk_list_box_append (GTK_LIST_BOX (self->derived_list),
                             sf_result_row_new ("derived-figure", sf_derived_get_label (i), value,
                                                figures[i].known && figures[i].estimate
                                                  ? _("estimate") : NULL,
                                                !figures[i].known));
      }
  else
    g_warning ("Cannot compute the derived figures: %s", error->message);
  g_clear_error (&error);
  if (sf_project_check_requirements (self->project, self->flat_id, results, &error))
    for (guint i = 0; i < SF_REQUIREMENT_N; i++)
      {
        const char *state = results[i].state == SF_REQUIREMENT_MET ? _("met")
                            : results[i].state == SF_REQUIREMENT_NOT_MET ? _("not met")
                            : _("unknown");

        gtk_list_box_append (GTK_LIST_BOX (self->requirement_list),
                             sf_result_row_new ("requirement", sf_requirement_get_label (i),
                                                state,
                                                results[i].state != SF_REQUIREMENT_UNKNOWN &&
                                                results[i].estimate ? _("estimate") : NULL,
                                                results[i].state == SF_REQUIREMENT_UNKNOWN));
      }
  else
    g_warning ("Cannot check the requirements: %s", error->message);
}

/* The chooser's list follows the project's flats; the chosen flat stays chosen. */
static void
update_flats (SfFiguresPage *self)
{
  GListModel *flats = sf_project_get_flats (self->project);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint selected = GTK_INVALID_LIST_POSITION;
  gboolean same;

  for (guint i = 0; i < g_list_model_get_n_items (flats); i++)
    {
      g_autoptr(SfFlat) flat = g_list_model_get_item (flats, i);

      g_ptr_array_add (ids, g_strdup (sf_record_get_id (SF_RECORD (flat))));
      g_ptr_array_add (names, (gpointer) or_empty (sf_flat_get_name (flat)));
    }
  g_ptr_array_add (ids, NULL);
  g_ptr_array_add (names, (gpointer) _("Whole neighbourhood"));
  for (guint i = 0; i < ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (ids, i), self->flat_id) == 0 &&
        (self->flat_chosen || i == 0))
      selected = i;
  same = self->flat_ids != NULL && self->flat_ids->len == ids->len &&
         g_list_model_get_n_items (G_LIST_MODEL (self->flat_names)) == names->len;
  for (guint i = 0; same && i < ids->len; i++)
    same = g_strcmp0 (g_ptr_array_index (ids, i), g_ptr_array_index (self->flat_ids, i)) == 0 &&
           g_strcmp0 (g_ptr_array_index (names, i),
                      gtk_string_list_get_string (self->flat_names, i)) == 0;
  self->updating_flats = TRUE;
  if (!same)
    {
      g_ptr_array_add (names, NULL);
      gtk_string_list_splice (self->flat_names, 0,
                              g_list_model_get_n_items (G_LIST_MODEL (self->flat_names)),
                              (const char * const *) names->pdata);
      g_clear_pointer (&self->flat_ids, g_ptr_array_unref);
      self->flat_ids = g_ptr_array_ref (ids);
    }
  if (selected == GTK_INVALID_LIST_POSITION)
    {
      /* The chosen flat is gone (or nothing chosen yet): the first flat, if any. */
      selected = 0;
      g_free (self->flat_id);
      self->flat_id = g_strdup (g_ptr_array_index (ids, 0));
    }
  if (gtk_drop_down_get_selected (GTK_DROP_DOWN (self->flat_dropdown)) != selected)
    gtk_drop_down_set_selected (GTK_DROP_DOWN (self->flat_dropdown), selected);
  self->updating_flats = FALSE;
}

static void
refresh (SfFiguresPage *self)
{
  g_autoptr(GHashTable) asked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) g_ptr_array_unref);

  update_flats (self);
  update_completeness (self);
  update_outstanding (self, asked);
  for (GtkWidget *row = gtk_widget_get_first_child (self->indicator_list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (SF_IS_INDICATOR_ROW (row))
      {
        SfIndicator *indicator = sf_indicator_row_get_indicator (SF_INDICATOR_ROW (row));

        sf_indicator_row_update (SF_INDICATOR_ROW (row), self->flat_id,
                                 g_hash_table_lookup (asked,
                                                      sf_record_get_id (SF_RECORD (indicator))));
      }
  update_derived (self);
  sf_figures_charts_view_refresh (SF_FIGURES_CHARTS_VIEW (self->charts_view));
}

static gboolean
refresh_idle (gpointer data)
{
  SfFiguresPage *self = data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_refresh (SfFiguresPage *self)
{
  if (self->refresh_id == 0 && !self->disposed)
    self->refresh_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_idle, self, NULL);
}

static void
flat_selected_cb (SfFiguresPage *self)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->flat_dropdown));

  if (self->updating_flats || self->flat_ids == NULL || selected >= self->flat_ids->len)
    return;
  self->flat_chosen = TRUE;
  if (g_strcmp0 (self->flat_id, g_ptr_array_index (self->flat_ids, selected)) == 0)
    return;
  g_free (self->flat_id);
  self->flat_id = g_strdup (g_ptr_array_index (self->flat_ids, selected));
  refresh (self);
}

/* ---- actions ---------------------------------------------------------------------------- */

static void
assign_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SfFiguresPage *self = SF_FIGURES_PAGE (widget);
  const char *indicator, *partner;
  g_autoptr(GError) error = NULL;
  gboolean assign = g_str_equal (action_name, "step.assign-indicator");
  gboolean ok;

  g_variant_get (parameter, "(&s&s)", &indicator, &partner);
  ok = assign ? sf_project_assign_indicator (self->project, indicator, partner, &error)
              : sf_project_unassign_indicator (self->project, indicator, partner, &error);
  if (!ok)
    sf_feedback_error (widget, assign ? _("The partner could not be asked")
                                      : _("The question could not be withdrawn"), error);
  else
    refresh (self);
}

static void
set_accuracy_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SfFiguresPage *self = SF_FIGURES_PAGE (widget);
  const char *indicator;
  int accuracy;
  SfIndicatorRow *row;

  g_variant_get (parameter, "(&si)", &indicator, &accuracy);
  row = find_row (self, indicator);
  if (row != NULL && accuracy >= SF_ACCURACY_EXACT && accuracy <= SF_ACCURACY_AVERAGE)
    sf_indicator_row_set_accuracy (row, accuracy);
}

static void
exchange_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SfFiguresPage *self = SF_FIGURES_PAGE (widget);

  if (g_str_equal (action_name, "step.request-figures"))
    sf_figures_exchange_show_request (widget, self->project,
                                      g_variant_get_string (parameter, NULL));
  else if (g_str_equal (action_name, "step.export-figures"))
    sf_figures_exchange_export (widget, self->project);
  else
    sf_figures_exchange_import (widget, self->project);
}

/* ---- search hits ------------------------------------------------------------------------ */

/* The figure's row for @flat_id, opened, with the focus, which the page scrolls to. */
static gboolean
reveal_figure (SfFiguresPage *self,
               const char    *figure_id,
               const char    *flat_id)
{
  SfIndicatorRow *row;

  if (g_strcmp0 (flat_id, self->flat_id) != 0)
    {
      update_flats (self);
      sf_figures_page_set_flat_id (self, flat_id);
    }
  row = find_row (self, figure_id);
  if (row == NULL || !gtk_widget_get_visible (GTK_WIDGET (row)))
    return FALSE;
  sf_indicator_row_reveal (row);
  return TRUE;
}

/* "indicator": a figure found by its name, for the flat shown; "indicator_value": a figure
 * found by what it holds, for its own flat. */
static gboolean
sf_figures_page_reveal (SfProjectPage *page,
                        const char    *kind,
                        const char    *ref)
{
  SfFiguresPage *self = SF_FIGURES_PAGE (page);
  GListModel *flats = sf_project_get_flats (self->project);

  if (g_strcmp0 (kind, "indicator") == 0)
    return reveal_figure (self, ref, self->flat_id);
  if (g_strcmp0 (kind, "indicator_value") != 0)
    return FALSE;
  /* The flats' values, then the neighbourhood's (flat NULL). */
  for (guint i = 0; i <= g_list_model_get_n_items (flats); i++)
    {
      g_autoptr(SfFlat) flat = g_list_model_get_item (flats, i);
      const char *flat_id = flat ? sf_record_get_id (SF_RECORD (flat)) : NULL;
      GListModel *values = sf_project_get_indicator_values (self->project, flat_id);

      for (guint j = 0; j < g_list_model_get_n_items (values); j++)
        {
          g_autoptr(SfIndicatorValue) value = g_list_model_get_item (values, j);

          if (g_strcmp0 (sf_record_get_id (SF_RECORD (value)), ref) == 0)
            return reveal_figure (self, sf_indicator_value_get_indicator_id (value), flat_id);
        }
    }
  return FALSE;
}

/* ---- the object ------------------------------------------------------------------------- */

static void
sf_figures_page_constructed (GObject *object)
{
  SfFiguresPage *self = SF_FIGURES_PAGE (object);

  G_OBJECT_CLASS (sf_figures_page_parent_class)->constructed (object);

  self->project = g_object_ref (sf_project_page_get_project (SF_PROJECT_PAGE (self)));
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->indicator_list),
                                sf_placeholder_new (_("No figures to gather")));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->indicator_list),
                           sf_project_get_indicators (self->project),
                           create_indicator_row, self, NULL);
  /* Figures of the users' own, and the hidden ones back. */
  gtk_box_append (GTK_BOX (self->figures_box), sf_indicator_tools_new (self->project));
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->outstanding_list),
                                sf_placeholder_new (_("No partner has been asked for figures "
                                                      "yet")));
  self->charts_view = sf_figures_charts_view_new (self->project);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->charts_group), self->charts_view);
  sf_step_page_add_section (SF_STEP_PAGE (self), self->figures_group);
  sf_step_page_add_section (SF_STEP_PAGE (self), self->outstanding_group);
  sf_step_page_add_section (SF_STEP_PAGE (self), self->derived_group);
  sf_step_page_add_section (SF_STEP_PAGE (self), self->requirement_group);
  sf_step_page_add_section (SF_STEP_PAGE (self), self->charts_group);

  /* Only what this page shows: typing in another step's answers leaves it alone. */
  for (guint i = 0; i < G_N_ELEMENTS (shown_tables); i++)
    {
      g_autofree char *signal = g_strconcat ("changed::", shown_tables[i], NULL);

      g_signal_connect_object (self->project, signal, G_CALLBACK (schedule_refresh), self,
                               G_CONNECT_SWAPPED);
    }
  refresh (self);
}

/* What is typed but not yet committed (no Enter, the field not left) is kept when the page
 * goes away: there is no Save, so nothing typed may be lost. Only the store is written. */
static void
keep_typed_text (SfFiguresPage *self)
{
  for (GtkWidget *row = self->indicator_list != NULL
                        ? gtk_widget_get_first_child (self->indicator_list) : NULL;
       row != NULL; row = gtk_widget_get_next_sibling (row))
    if (SF_IS_INDICATOR_ROW (row))
      sf_indicator_row_keep_typed (SF_INDICATOR_ROW (row));
}

static void
sf_figures_page_dispose (GObject *object)
{
  SfFiguresPage *self = SF_FIGURES_PAGE (object);

  /* Marked first: the writes' change signals then schedule no refresh. */
  self->disposed = TRUE;
  if (self->project != NULL)
    keep_typed_text (self);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->indicator_list != NULL)
    gtk_list_box_bind_model (GTK_LIST_BOX (self->indicator_list), NULL, NULL, NULL, NULL);
  /* The sections stay in the step page's box, which drops them. */
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_FIGURES_PAGE);
  G_OBJECT_CLASS (sf_figures_page_parent_class)->dispose (object);
}

static void
sf_figures_page_finalize (GObject *object)
{
  SfFiguresPage *self = SF_FIGURES_PAGE (object);

  g_clear_pointer (&self->flat_ids, g_ptr_array_unref);
  g_clear_object (&self->project);
  g_free (self->flat_id);
  G_OBJECT_CLASS (sf_figures_page_parent_class)->finalize (object);
}

static void
sf_figures_page_class_init (SfFiguresPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sf_figures_page_constructed;
  object_class->dispose = sf_figures_page_dispose;
  object_class->finalize = sf_figures_page_finalize;
  SF_PROJECT_PAGE_CLASS (klass)->reveal = sf_figures_page_reveal;
  gtk_widget_class_install_action (widget_class, "step.assign-indicator", "(ss)", assign_action);
  gtk_widget_class_install_action (widget_class, "step.unassign-indicator", "(ss)",
                                   assign_action);
  gtk_widget_class_install_action (widget_class, "step.set-accuracy", "(si)",
                                   set_accuracy_action);
  gtk_widget_class_install_action (widget_class, "step.request-figures", "s", exchange_action);
  gtk_widget_class_install_action (widget_class, "step.export-figures", NULL, exchange_action);
  gtk_widget_class_install_action (widget_class, "step.import-figures", NULL, exchange_action);

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_figures_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-figures-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SfFiguresPage, figures_group);
  gtk_widget_class_bind_template_child (widget_class, SfFiguresPage, figures_box);
  gtk_widget_class_bind_template_child (widget_class, SfFiguresPage, flat_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SfFiguresPage, flat_names);
  gtk_widget_class_bind_template_child (widget_class, SfFiguresPage, completeness_row);
  gtk_widget_class_bind_template_child (widget_class, SfFiguresPage, completeness_bar);
  gtk_widget_class_bind_template_child (widget_class, SfFiguresPage, indicator_list);
  gtk_widget_class_bind_template_child (widget_class, SfFiguresPage, outstanding_group);
  gtk_widget_class_bind_template_child (widget_class, SfFiguresPage, outstanding_list);
  gtk_widget_class_bind_template_child (widget_class, SfFiguresPage, derived_group);
  gtk_widget_class_bind_template_child (widget_class, SfFiguresPage, derived_list);
  gtk_widget_class_bind_template_child (widget_class, SfFiguresPage, requirement_group);
  gtk_widget_class_bind_template_child (widget_class, SfFiguresPage, requirement_list);
  gtk_widget_class_bind_template_child (widget_class, SfFiguresPage, charts_group);
  gtk_widget_class_bind_template_callback (widget_class, flat_selected_cb);
}

static void
sf_figures_page_init (SfFiguresPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

const char *
sf_figures_page_get_flat_id (SfFiguresPage *self)
{
  g_return_val_if_fail (SF_IS_FIGURES_PAGE (self), NULL);

  return self->flat_id;
}

void
sf_figures_page_set_flat_id (SfFiguresPage *self,
                             const char    *flat_id)
{
  g_return_if_fail (SF_IS_FIGURES_PAGE (self));

  for (guint i = 0; self->flat_ids != NULL && i < self->flat_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->flat_ids, i), flat_id) == 0)
      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->flat_dropdown), i);
}
