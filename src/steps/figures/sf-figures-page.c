/* sf-figures-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page of step 3: a flat chooser with the completeness of that flat, one expander row per
 * visible indicator (its value, accuracy, source, period and note, and who is asked for it),
 * the indicators still outstanding per partner, the derived figures and the Thuisplusflat
 * requirements of the chosen flat.
 *
 * The indicator rows follow the project's list of indicators; everything else is read again
 * from the store on idle after the project says it changed. An entry the user is typing in is
 * never overwritten by such a refresh.
 *
 * Widgets the tests use carry names: "inventory-flat" (the flat chooser), per indicator row
 * "indicator-value" (with "number-hint" under it), "indicator-text", "indicator-choice",
 * "indicator-accuracy", "indicator-partner" (object data "sf-asked-actions": the actions of
 * its check items, "partner-N" for the project's Nth partner), "estimate-marker",
 * "indicator-status", "indicator-name", "indicator-reset-name", "indicator-hide",
 * "value-editor" (the structured types, see sf-value-editor.c) (all with object data
 * "sf-indicator-key"), "indicator-tools",
 * and the rows "outstanding-partner" (with a button "request-figures"), "derived-figure",
 * "requirement". The page's actions "step.assign-indicator" and "step.unassign-indicator" take
 * (indicator id, partner id); "step.set-accuracy" takes (indicator id, accuracy) for the
 * chosen flat; "step.request-figures" (partner id), "step.export-figures" and
 * "step.import-figures" lead to the exchange with partners (sf-figures-exchange.h).
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "sf-chart.h"
#include "sf-feedback.h"
#include "sf-flat.h"
#include "sf-indicator-dialog.h"
#include "sf-figures-charts-view.h"
#include "sf-project-figures.h"
#include "sf-figures-exchange.h"
#include "sf-figures-page.h"
#include "sf-number-hint.h"
#include "sf-partner.h"
#include "sf-placeholder.h"
#include "sf-text.h"
#include "sf-value-editor.h"

#define MAX_MISSING_LISTED 8

typedef enum {
  FIELD_NUMBER,
  FIELD_TEXT,
  FIELD_SOURCE,
  FIELD_PERIOD,
  FIELD_NOTE,
  FIELD_NAME,
} Field;

struct _SfFiguresPage
{
  SfStepPage parent_instance;

  SfProject     *project;
  char          *flat_id;     /* NULL: the whole neighbourhood */
  GPtrArray     *flat_ids;    /* of char*, the chooser's order; NULL last for the neighbourhood */
  GtkStringList *flat_names;
  GtkWidget     *flat_dropdown;
  GtkWidget     *completeness_row;
  GtkWidget     *completeness_bar;
  GtkWidget     *indicator_list;
  GtkWidget     *outstanding_list;
  GtkWidget     *derived_list;
  GtkWidget     *requirement_list;
  GtkWidget     *charts_view;
  guint          refresh_id;
  gboolean       updating_flats;
  gboolean       flat_chosen; /* by the user: until then, the first flat */
  gboolean       disposed;
};

G_DEFINE_FINAL_TYPE (SfFiguresPage, sf_figures_page, SF_TYPE_STEP_PAGE)

/* What one indicator row holds. */
typedef struct
{
  SfFiguresPage *page;
  SfIndicator     *indicator;
  GtkWidget       *row;
  GtkWidget       *marker;
  GtkWidget       *accuracy;
  GtkWidget       *partner_button;
  GtkWidget       *value_entry;   /* count: the number */
  GtkWidget       *value_hint;    /* count: what is wrong with what was typed */
  GtkWidget       *choice;        /* yes/no and category: a dropdown, "not known" first */
  GtkWidget       *text_entry;
  GtkWidget       *source_entry;
  GtkWidget       *period_entry;
  GtkWidget       *note_entry;
  GtkWidget       *editor;        /* the structured types: an SfValueEditor */
  GtkWidget       *status;        /* asked, received, checked */
  GtkWidget       *name_entry;
  GtkWidget       *reset_name;    /* standard ones: back to the method's name */
  gboolean         updating;
} IndicatorRow;

/* The project's tables whose changes this page shows. */
static const char * const shown_tables[] = {
  "flat", "partner", "indicator", "indicator_value", "indicator_assignment",
};

static void schedule_refresh (SfFiguresPage *self);

static void
indicator_row_free (gpointer data)
{
  IndicatorRow *r = data;

  g_clear_object (&r->indicator);
  g_free (r);
}

static const char *
indicator_id (IndicatorRow *r)
{
  return sf_record_get_id (SF_RECORD (r->indicator));
}

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

static GtkWidget *
boxed_list_new (const char *placeholder)
{
  GtkWidget *list_box = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list_box, "boxed-list");
  if (placeholder != NULL)
    gtk_list_box_set_placeholder (GTK_LIST_BOX (list_box), sf_placeholder_new (placeholder));
  return list_box;
}

/* ---- saving ----------------------------------------------------------------------------- */

static SfIndicatorValue *
current_value (IndicatorRow *r)
{
  return sf_project_find_indicator_value (r->page->project, indicator_id (r), r->page->flat_id);
}

static void
fields_from_value (SfIndicatorValue       *value,
                   SfIndicatorValueFields *fields)
{
  *fields = (SfIndicatorValueFields) { .accuracy = SF_ACCURACY_EXACT, .status = SF_VALUE_ASKED };
  if (value == NULL)
    return;
  fields->has_number = sf_indicator_value_has_number (value);
  fields->number = sf_indicator_value_get_number (value);
  fields->text = sf_indicator_value_get_text (value);
  fields->json = sf_indicator_value_get_json (value);
  fields->accuracy = sf_indicator_value_get_accuracy (value);
  fields->source = sf_indicator_value_get_source (value);
  fields->period = sf_indicator_value_get_period (value);
  fields->note = sf_indicator_value_get_note (value);
  fields->status = sf_indicator_value_get_status (value);
}

/* A value with content counts as received; one without as merely asked for. */
static void
settle_status (SfIndicatorValueFields *fields)
{
  gboolean filled = fields->has_number || (fields->text != NULL && *fields->text != '\0') ||
                    fields->json != NULL;

  if (filled && fields->status == SF_VALUE_ASKED)
    fields->status = SF_VALUE_RECEIVED;
  else if (!filled)
    fields->status = SF_VALUE_ASKED;
}

/* Writes @fields as one undoable action. */
static void
save_fields (IndicatorRow           *r,
             SfIndicatorValueFields *fields)
{
  g_autoptr(GError) error = NULL;

  settle_status (fields);
  if (!sf_project_set_indicator_value (r->page->project, indicator_id (r), r->page->flat_id,
                                       fields, &error))
    {
      sf_feedback_error (GTK_WIDGET (r->page), _("The figure could not be saved"), error);
      schedule_refresh (r->page);
    }
}

/* On the way out only the store is written (see keep_typed_text ()). */
static void
store_fields (IndicatorRow           *r,
              SfIndicatorValueFields *fields)
{
  g_autoptr(GError) error = NULL;

  settle_status (fields);
  if (!sf_project_set_indicator_value (r->page->project, indicator_id (r), r->page->flat_id,
                                       fields, &error))
    g_warning ("A typed figure was not kept: %s", error->message);
}

/* Whether the user typed in @entry since it last showed what is stored: only such text is
 * kept on the way out, never a field that a pending refresh has not reached yet. */
static void
set_typed (GtkWidget *entry,
           gboolean   typed)
{
  g_object_set_data (G_OBJECT (entry), "sf-typed", GINT_TO_POINTER (typed));
}

static gboolean
is_typed (GtkWidget *entry)
{
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (entry), "sf-typed"));
}

/* Marks @entry as holding what it cannot (or not), and for the number says why. */
static void
mark_entry (GtkWidget  *entry,
            const char *wrong_text)
{
  IndicatorRow *r = g_object_get_data (G_OBJECT (entry), "sf-row");

  if (wrong_text != NULL)
    gtk_widget_add_css_class (entry, "error");
  else
    gtk_widget_remove_css_class (entry, "error");
  if (r != NULL && entry == r->value_entry)
    {
      g_autofree char *message = wrong_text != NULL ? sf_number_hint_message (wrong_text)
                                                    : NULL;

      sf_number_hint_show (r->value_hint, message);
    }
}

/* Text set from the store is not an edit: keeps the apply button away. */
static void
replace_entry_text (GtkWidget  *entry,
                    const char *text)
{
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (entry), FALSE);
  sf_text_set_loaded (GTK_EDITABLE (entry), text);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (entry), TRUE);
  mark_entry (entry, NULL);
  set_typed (entry, FALSE);
}

/* Whether a standard indicator shows a name of the users' own. */
static gboolean
is_renamed (SfIndicator *indicator)
{
  const SfMethodIndicator *method;

  if (!sf_indicator_is_standard (indicator))
    return FALSE;
  method = sf_method_lookup_indicator (sf_indicator_get_key (indicator));
  return method != NULL &&
         g_strcmp0 (sf_method_indicator_get_name (method), sf_indicator_get_name (indicator)) != 0;
}

/* An own indicator needs a name; a standard one renamed to "" gets the method's back. */
static void
rename_indicator (IndicatorRow *r,
                  GtkWidget    *entry,
                  const char   *name)
{
  g_autoptr(GError) error = NULL;

  gtk_widget_remove_css_class (entry, "error");
  if (g_strcmp0 (name, sf_indicator_get_name (r->indicator)) == 0)
    return;
  if (*name == '\0' && !sf_indicator_is_standard (r->indicator))
    {
      gtk_widget_add_css_class (entry, "error");
      return;
    }
  if (*name == '\0' && !is_renamed (r->indicator))
    {
      replace_entry_text (entry, sf_indicator_get_name (r->indicator));
      return;
    }
  if (!sf_project_rename_indicator (r->page->project, indicator_id (r), name, &error))
    {
      sf_feedback_error (GTK_WIDGET (r->page), _("The figure could not be renamed"), error);
      schedule_refresh (r->page);
      return;
    }
  /* The entry keeps the focus, so the refresh leaves it alone: show the name it got. */
  replace_entry_text (entry, sf_indicator_get_name (r->indicator));
}

typedef enum {
  TYPED_SAME,
  TYPED_CHANGED,
  TYPED_INVALID,
} Typed;

/* What the text of @entry (a field of the value, not the name) makes of the row's value:
 * @fields as stored, with the typed text (kept in @text) in its place. */
static Typed
typed_fields (IndicatorRow           *r,
              GtkWidget              *entry,
              Field                   field,
              char                  **text,
              SfIndicatorValueFields *fields)
{
  SfIndicatorValue *value = current_value (r);
  const char **target = NULL;

  *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  fields_from_value (value, fields);
  switch (field)
    {
    case FIELD_NUMBER:
      {
        double number = 0;
        gboolean has_number = **text != '\0';

        if (has_number && (!sf_text_parse_number (*text, &number) || number < 0))
          return TYPED_INVALID;
        if (has_number == fields->has_number && (!has_number || number == fields->number))
          return TYPED_SAME;
        fields->has_number = has_number;
        fields->number = number;
        break;
      }
    case FIELD_TEXT:
      target = &fields->text;
      break;
    case FIELD_SOURCE:
      target = &fields->source;
      break;
    case FIELD_PERIOD:
      target = &fields->period;
      break;
    case FIELD_NOTE:
    case FIELD_NAME:
    default:
      target = &fields->note;
      break;
    }
  if (target != NULL)
    {
      if (g_strcmp0 (or_empty (*target), *text) == 0)
        return TYPED_SAME;
      *target = *text;
    }
  if (value == NULL && !fields->has_number && **text == '\0')
    return TYPED_SAME;
  return TYPED_CHANGED;
}

static void
commit_entry (GtkWidget *entry)
{
  IndicatorRow *r = g_object_get_data (G_OBJECT (entry), "sf-row");
  Field field = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (entry), "sf-field"));
  g_autofree char *text = NULL;
  SfIndicatorValueFields fields;
  Typed typed;

  if (r == NULL || r->updating || r->page->disposed)
    return;
  if (field == FIELD_NAME)
    {
      text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
      set_typed (entry, FALSE);
      rename_indicator (r, entry, text);
      return;
    }
  typed = typed_fields (r, entry, field, &text, &fields);
  mark_entry (entry, typed == TYPED_INVALID ? text : NULL);
  set_typed (entry, typed == TYPED_INVALID);
  if (typed == TYPED_CHANGED)
    save_fields (r, &fields);
}

static void
entry_changed_cb (GtkWidget *entry)
{
  set_typed (entry, TRUE);
}

static void
entry_focus_leave_cb (GtkEventController *controller)
{
  commit_entry (gtk_event_controller_get_widget (controller));
}

static GtkWidget *
entry_row_new (IndicatorRow *r,
               const char   *name,
               const char   *title,
               Field         field)
{
  GtkWidget *entry = adw_entry_row_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (entry), TRUE);
  gtk_widget_set_name (entry, name);
  g_object_set_data (G_OBJECT (entry), "sf-row", r);
  g_object_set_data (G_OBJECT (entry), "sf-field", GINT_TO_POINTER (field));
  g_object_set_data_full (G_OBJECT (entry), "sf-indicator-key",
                          g_strdup (sf_indicator_get_key (r->indicator)), g_free);
  g_signal_connect (entry, "apply", G_CALLBACK (commit_entry), NULL);
  g_signal_connect (entry, "entry-activated", G_CALLBACK (commit_entry), NULL);
  g_signal_connect (entry, "changed", G_CALLBACK (entry_changed_cb), NULL);
  g_signal_connect (focus, "leave", G_CALLBACK (entry_focus_leave_cb), NULL);
  gtk_widget_add_controller (entry, focus);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (r->row), entry);
  return entry;
}

static void
accuracy_changed_cb (GtkDropDown  *dropdown,
                     GParamSpec   *pspec,
                     IndicatorRow *r)
{
  SfIndicatorValueFields fields;
  guint accuracy = gtk_drop_down_get_selected (dropdown);

  if (r->updating || r->page->disposed || accuracy > SF_ACCURACY_AVERAGE)
    return;
  fields_from_value (current_value (r), &fields);
  if (fields.accuracy == (SfAccuracy) accuracy)
    return;
  fields.accuracy = accuracy;
  save_fields (r, &fields);
}

static void
choice_changed_cb (GtkDropDown  *dropdown,
                   GParamSpec   *pspec,
                   IndicatorRow *r)
{
  SfIndicatorValueFields fields;
  guint selected = gtk_drop_down_get_selected (dropdown);
  gboolean has_number = selected == 1 || selected == 2;
  double number = 0;

  if (r->updating || r->page->disposed)
    return;
  /* Yes/no: "yes" (1) first; category: the categories in their order. */
  if (sf_indicator_get_indicator_type (r->indicator) == SF_INDICATOR_YES_NO)
    number = selected == 1 ? 1 : 0;
  else
    number = selected == 1 ? SF_CATEGORY_OLDER_ONLY : SF_CATEGORY_MIXED;
  fields_from_value (current_value (r), &fields);
  if (has_number == fields.has_number && (!has_number || number == fields.number))
    return;
  if (!has_number && current_value (r) == NULL)
    return;
  fields.has_number = has_number;
  fields.number = number;
  save_fields (r, &fields);
}

/* The row's value with @json as its structured value; FALSE when there is nothing to
 * write (no value, and none given). */
static gboolean
structured_fields (IndicatorRow           *r,
                   const char             *json,
                   SfIndicatorValueFields *fields)
{
  SfIndicatorValue *value = current_value (r);

  if (value == NULL && json == NULL)
    return FALSE;
  fields_from_value (value, fields);
  fields->has_number = FALSE;
  fields->json = json;
  return TRUE;
}

static void
editor_commit_cb (SfValueEditor *editor,
                  const char    *json,
                  IndicatorRow  *r)
{
  SfIndicatorValueFields fields;

  if (r->updating || r->page->disposed)
    return;
  if (structured_fields (r, json, &fields))
    save_fields (r, &fields);
}

static void
status_changed_cb (GtkDropDown  *dropdown,
                   GParamSpec   *pspec,
                   IndicatorRow *r)
{
  guint status = gtk_drop_down_get_selected (dropdown);
  SfIndicatorValue *value;
  g_autoptr(GError) error = NULL;

  if (r->updating || r->page->disposed || status > SF_VALUE_CHECKED)
    return;
  value = current_value (r);
  if (value != NULL ? sf_indicator_value_get_status (value) == status : status == SF_VALUE_ASKED)
    return;
  if (!sf_project_set_indicator_status (r->page->project, indicator_id (r), r->page->flat_id,
                                        status, &error))
    {
      sf_feedback_error (GTK_WIDGET (r->page), _("The status could not be saved"), error);
      schedule_refresh (r->page);
    }
}

static void
hide_clicked_cb (IndicatorRow *r)
{
  g_autoptr(GError) error = NULL;

  if (r->page->disposed)
    return;
  if (!sf_project_set_indicator_hidden (r->page->project, indicator_id (r), TRUE, &error))
    sf_feedback_error (GTK_WIDGET (r->page), _("The figure could not be hidden"), error);
  else
    sf_feedback_undo_toast (GTK_WIDGET (r->page), r->page->project, _("Figure hidden"));
}

static void
reset_name_clicked_cb (IndicatorRow *r)
{
  g_autoptr(GError) error = NULL;

  if (r->page->disposed)
    return;
  if (!sf_project_rename_indicator (r->page->project, indicator_id (r), NULL, &error))
    sf_feedback_error (GTK_WIDGET (r->page), _("The figure could not be renamed"), error);
}

/* ---- one indicator row ------------------------------------------------------------------ */

static void
set_entry_text (GtkWidget  *entry,
                const char *text)
{
  GtkRoot *root;
  GtkWidget *focus;

  if (entry == NULL)
    return;
  /* Never overwrite what the user is typing. */
  root = gtk_widget_get_root (entry);
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (focus != NULL && (focus == entry || gtk_widget_is_ancestor (focus, entry)))
    return;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text) == 0)
    return;
  replace_entry_text (entry, text);
}

static char *
value_summary (IndicatorRow     *r,
               SfIndicatorValue *value)
{
  SfIndicatorType type = sf_indicator_get_indicator_type (r->indicator);
  const char *text;
  GString *summary;

  if (value == NULL ||
      (!sf_indicator_value_is_filled (value) && sf_indicator_value_get_status (value) ==
                                                SF_VALUE_ASKED))
    return g_strdup (_("Not known yet"));
  /* Answered without a figure: "not known", and what the partner's answer came to. */
  if (!sf_indicator_value_is_filled (value))
    return g_strdup_printf ("%s · %s", _("Not known yet"),
                            sf_value_status_get_label (sf_indicator_value_get_status (value)));
  summary = g_string_new (NULL);
  text = sf_indicator_value_get_text (value);
  if (sf_indicator_value_has_number (value))
    {
      double number = sf_indicator_value_get_number (value);

      if (type == SF_INDICATOR_YES_NO)
        g_string_append (summary, number != 0 ? _("Yes") : _("No"));
      else if (type == SF_INDICATOR_CATEGORY)
        g_string_append (summary, sf_resident_category_get_label ((SfResidentCategory) number));
      else
        {
          g_autofree char *formatted = sf_text_format_number (number);

          g_string_append (summary, formatted);
          if (*sf_indicator_get_unit (r->indicator) != '\0')
            g_string_append_printf (summary, " %s", sf_indicator_get_unit (r->indicator));
        }
    }
  else if (sf_indicator_value_get_json (value) != NULL)
    {
      g_autofree char *structured = sf_value_summary (type, sf_indicator_value_get_json (value),
                                                      sf_indicator_get_unit (r->indicator));

      g_string_append (summary, structured != NULL ? structured : _("Figures entered"));
    }
  if (text != NULL && *text != '\0')
    {
      if (summary->len > 0)
        g_string_append (summary, " · ");
      g_string_append (summary, text);
    }
  if (sf_indicator_value_get_accuracy (value) != SF_ACCURACY_EXACT)
    g_string_append_printf (summary, " (%s)",
                            sf_accuracy_get_label (sf_indicator_value_get_accuracy (value)));
  if (sf_indicator_value_get_status (value) == SF_VALUE_CHECKED)
    g_string_append_printf (summary, " · %s", sf_value_status_get_label (SF_VALUE_CHECKED));
  return g_string_free (summary, FALSE);
}

/* A partner's check item: asking the partner for the figure, or no longer. */
static void
asked_change_state_cb (GSimpleAction *action,
                       GVariant      *state,
                       IndicatorRow  *r)
{
  const char *partner_id = g_object_get_data (G_OBJECT (action), "sf-partner-id");

  if (r->page->disposed)
    return;
  gtk_widget_activate_action (GTK_WIDGET (r->page),
                              g_variant_get_boolean (state) ? "step.assign-indicator"
                                                            : "step.unassign-indicator",
                              "(ss)", indicator_id (r), partner_id);
}

/* The actions fit the project's partners: one per partner, in their order. */
static gboolean
asked_actions_fit (GActionMap *actions,
                   GListModel *partners)
{
  g_auto(GStrv) names = NULL;

  if (actions == NULL)
    return FALSE;
  names = g_action_group_list_actions (G_ACTION_GROUP (actions));
  if (g_strv_length (names) != g_list_model_get_n_items (partners))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);
      g_autofree char *name = g_strdup_printf ("partner-%u", i);
      GAction *action = g_action_map_lookup_action (actions, name);

      if (action == NULL || g_strcmp0 (g_object_get_data (G_OBJECT (action), "sf-partner-id"),
                                       sf_record_get_id (SF_RECORD (partner))) != 0)
        return FALSE;
    }
  return TRUE;
}

/* Who can answer this: a check item per partner, ticked when the partner is asked; more than
 * one can be. The items' actions ("asked.partner-N") are made anew only when the partners
 * change: an item's own action outlives the refresh that ticking it causes. */
static void
update_partner_menu (IndicatorRow *r,
                     GPtrArray    *asked_partners)
{
  GListModel *partners = sf_project_get_partners (r->page->project);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) items = g_menu_new ();
  g_autoptr(GString) label = g_string_new (NULL);
  GActionMap *actions = g_object_get_data (G_OBJECT (r->partner_button), "sf-asked-actions");

  if (!asked_actions_fit (actions, partners))
    {
      actions = G_ACTION_MAP (g_simple_action_group_new ());
      g_object_set_data_full (G_OBJECT (r->partner_button), "sf-asked-actions", actions,
                              g_object_unref);
      for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
        {
          g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);
          g_autofree char *name = g_strdup_printf ("partner-%u", i);
          g_autoptr(GSimpleAction) action = g_simple_action_new_stateful (
            name, NULL, g_variant_new_boolean (FALSE));

          g_object_set_data_full (G_OBJECT (action), "sf-partner-id",
                                  g_strdup (sf_record_get_id (SF_RECORD (partner))), g_free);
          g_signal_connect (action, "change-state", G_CALLBACK (asked_change_state_cb), r);
          g_action_map_add_action (actions, G_ACTION (action));
        }
      gtk_widget_insert_action_group (r->partner_button, "asked", G_ACTION_GROUP (actions));
    }
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);
      const char *partner_id = sf_record_get_id (SF_RECORD (partner));
      const char *organisation = or_empty (sf_partner_get_organisation (partner));
      g_autofree char *name = g_strdup_printf ("partner-%u", i);
      g_autofree char *detailed = g_strconcat ("asked.", name, NULL);
      gboolean is_asked = FALSE;

      for (guint j = 0; asked_partners != NULL && j < asked_partners->len; j++)
        is_asked |= g_strcmp0 (g_ptr_array_index (asked_partners, j), partner_id) == 0;
      if (is_asked)
        {
          if (label->len > 0)
            g_string_append (label, ", ");
          g_string_append (label, organisation);
        }
      g_simple_action_set_state (
        G_SIMPLE_ACTION (g_action_map_lookup_action (actions, name)),
        g_variant_new_boolean (is_asked));
      g_menu_append (items, organisation, detailed);
    }
  g_menu_append_section (menu, _("Who can answer this?"), G_MENU_MODEL (items));
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (r->partner_button), G_MENU_MODEL (menu));
  gtk_menu_button_set_label (GTK_MENU_BUTTON (r->partner_button),
                             label->len > 0 ? label->str : _("Nobody asked"));
  gtk_widget_set_sensitive (r->partner_button, g_list_model_get_n_items (partners) > 0);
}

static void
update_row (IndicatorRow *r,
            GHashTable   *asked)
{
  SfIndicatorValue *value = current_value (r);
  SfAccuracy accuracy = value != NULL ? sf_indicator_value_get_accuracy (value)
                                      : SF_ACCURACY_EXACT;
  g_autofree char *summary = value_summary (r, value);

  r->updating = TRUE;
  gtk_widget_set_visible (r->row, !sf_indicator_get_hidden (r->indicator));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (r->row),
                                 sf_indicator_get_name (r->indicator));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (r->row), summary);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (r->accuracy), accuracy);
  gtk_label_set_text (GTK_LABEL (r->marker), sf_accuracy_get_label (accuracy));
  gtk_widget_set_visible (r->marker, value != NULL && accuracy != SF_ACCURACY_EXACT);

  if (r->value_entry != NULL)
    {
      g_autofree char *number = value != NULL && sf_indicator_value_has_number (value)
                                ? sf_text_format_number (sf_indicator_value_get_number (value))
                                : g_strdup ("");

      set_entry_text (r->value_entry, number);
    }
  if (r->choice != NULL)
    {
      guint selected = 0;

      if (value != NULL && sf_indicator_value_has_number (value))
        {
          double number = sf_indicator_value_get_number (value);

          if (sf_indicator_get_indicator_type (r->indicator) == SF_INDICATOR_YES_NO)
            selected = number != 0 ? 1 : 2;
          else
            selected = number == SF_CATEGORY_OLDER_ONLY ? 1 : 2;
        }
      gtk_drop_down_set_selected (GTK_DROP_DOWN (r->choice), selected);
    }
  set_entry_text (r->text_entry, value != NULL ? or_empty (sf_indicator_value_get_text (value)) : "");
  set_entry_text (r->source_entry,
                  value != NULL ? or_empty (sf_indicator_value_get_source (value)) : "");
  set_entry_text (r->period_entry,
                  value != NULL ? or_empty (sf_indicator_value_get_period (value)) : "");
  set_entry_text (r->note_entry, value != NULL ? or_empty (sf_indicator_value_get_note (value)) : "");
  if (r->editor != NULL)
    sf_value_editor_update (SF_VALUE_EDITOR (r->editor),
                            value != NULL ? sf_indicator_value_get_json (value) : NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (r->status),
                              value != NULL ? sf_indicator_value_get_status (value)
                                            : SF_VALUE_ASKED);
  set_entry_text (r->name_entry, sf_indicator_get_name (r->indicator));
  gtk_widget_set_visible (r->reset_name, is_renamed (r->indicator));
  update_partner_menu (r, asked != NULL ? g_hash_table_lookup (asked, indicator_id (r)) : NULL);
  r->updating = FALSE;
}

static void
set_key (GtkWidget    *widget,
         IndicatorRow *r)
{
  g_object_set_data_full (G_OBJECT (widget), "sf-indicator-key",
                          g_strdup (sf_indicator_get_key (r->indicator)), g_free);
}

static GtkWidget *
create_indicator_row (gpointer item,
                      gpointer user_data)
{
  SfFiguresPage *self = user_data;
  IndicatorRow *r = g_new0 (IndicatorRow, 1);
  SfIndicatorType type;
  const char *accuracies[] = {
    sf_accuracy_get_label (SF_ACCURACY_EXACT),
    sf_accuracy_get_label (SF_ACCURACY_ESTIMATE),
    sf_accuracy_get_label (SF_ACCURACY_AVERAGE),
    NULL,
  };

  r->page = self;
  r->indicator = g_object_ref (SF_INDICATOR (item));
  type = sf_indicator_get_indicator_type (r->indicator);
  r->row = adw_expander_row_new ();
  gtk_widget_set_name (r->row, "indicator-row");
  g_object_set_data_full (G_OBJECT (r->row), "sf-indicator-row", r, indicator_row_free);
  set_key (r->row, r);
  /* Names are the users' own text: never read them as markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (r->row), FALSE);

  /* The row puts each action before the ones added earlier: this shows the marker and who
   * is asked, in that order. The accuracy is set inside, next to the figure, so that long
   * names keep their room. */
  r->partner_button = gtk_menu_button_new ();
  gtk_widget_set_name (r->partner_button, "indicator-partner");
  gtk_widget_set_valign (r->partner_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (r->partner_button, _("Who can answer this?"));
  gtk_widget_add_css_class (r->partner_button, "flat");
  set_key (r->partner_button, r);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (r->row), r->partner_button);

  r->accuracy = gtk_drop_down_new_from_strings (accuracies);
  gtk_widget_set_name (r->accuracy, "indicator-accuracy");
  gtk_widget_set_valign (r->accuracy, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (r->accuracy, _("Exact, an estimate or an average"));
  set_key (r->accuracy, r);
  g_signal_connect (r->accuracy, "notify::selected", G_CALLBACK (accuracy_changed_cb), r);

  r->marker = gtk_label_new (NULL);
  gtk_widget_set_name (r->marker, "estimate-marker");
  gtk_widget_add_css_class (r->marker, "warning");
  gtk_widget_add_css_class (r->marker, "caption-heading");
  gtk_widget_set_valign (r->marker, GTK_ALIGN_CENTER);
  set_key (r->marker, r);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (r->row), r->marker);

  switch (type)
    {
    case SF_INDICATOR_COUNT:
      {
        GtkWidget *hint_row = gtk_list_box_row_new ();

        r->value_entry = entry_row_new (r, "indicator-value", _("Number"), FIELD_NUMBER);
        gtk_editable_set_max_width_chars (GTK_EDITABLE (r->value_entry), 12);
        /* Right under the number, and only while it holds what is no number. */
        r->value_hint = sf_number_hint_new ();
        set_key (r->value_hint, r);
        gtk_widget_set_margin_top (r->value_hint, 6);
        gtk_widget_set_margin_bottom (r->value_hint, 6);
        gtk_widget_set_margin_start (r->value_hint, 12);
        gtk_widget_set_margin_end (r->value_hint, 12);
        gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (hint_row), r->value_hint);
        gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (hint_row), FALSE);
        g_object_bind_property (r->value_hint, "visible", hint_row, "visible",
                                G_BINDING_SYNC_CREATE);
        adw_expander_row_add_row (ADW_EXPANDER_ROW (r->row), hint_row);
        break;
      }
    case SF_INDICATOR_YES_NO:
    case SF_INDICATOR_CATEGORY:
      {
        const char *choices[] = {
          _("Not known"),
          type == SF_INDICATOR_YES_NO ? _("Yes")
                                      : sf_resident_category_get_label (SF_CATEGORY_OLDER_ONLY),
          type == SF_INDICATOR_YES_NO ? _("No")
                                      : sf_resident_category_get_label (SF_CATEGORY_MIXED),
          NULL,
        };
        GtkWidget *choice_row = adw_action_row_new ();

        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (choice_row), _("Answer"));
        r->choice = gtk_drop_down_new_from_strings (choices);
        gtk_widget_set_name (r->choice, "indicator-choice");
        gtk_widget_set_valign (r->choice, GTK_ALIGN_CENTER);
        set_key (r->choice, r);
        g_signal_connect (r->choice, "notify::selected", G_CALLBACK (choice_changed_cb), r);
        adw_action_row_add_suffix (ADW_ACTION_ROW (choice_row), r->choice);
        adw_expander_row_add_row (ADW_EXPANDER_ROW (r->row), choice_row);
        break;
      }
    case SF_INDICATOR_DISTRIBUTION:
    case SF_INDICATOR_CATEGORY_COUNTS:
    case SF_INDICATOR_ACTIVITIES:
      r->editor = sf_value_editor_new (type, sf_indicator_get_key (r->indicator));
      g_signal_connect (r->editor, "commit", G_CALLBACK (editor_commit_cb), r);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (r->row), r->editor);
      break;
    case SF_INDICATOR_N_TYPES:
    default:
      break;
    }
  {
    GtkWidget *accuracy_row = adw_action_row_new ();

    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (accuracy_row), _("Accuracy"));
    adw_action_row_add_suffix (ADW_ACTION_ROW (accuracy_row), r->accuracy);
    adw_expander_row_add_row (ADW_EXPANDER_ROW (r->row), accuracy_row);
  }
  {
    const char *statuses[] = { _("Asked"), _("Received"), _("Checked"), NULL };
    GtkWidget *status_row = adw_action_row_new ();

    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (status_row), _("Status"));
    r->status = gtk_drop_down_new_from_strings (statuses);
    gtk_widget_set_name (r->status, "indicator-status");
    gtk_widget_set_valign (r->status, GTK_ALIGN_CENTER);
    set_key (r->status, r);
    g_signal_connect (r->status, "notify::selected", G_CALLBACK (status_changed_cb), r);
    adw_action_row_add_suffix (ADW_ACTION_ROW (status_row), r->status);
    adw_expander_row_add_row (ADW_EXPANDER_ROW (r->row), status_row);
  }
  r->text_entry = entry_row_new (r, "indicator-text", _("Description"), FIELD_TEXT);
  r->source_entry = entry_row_new (r, "indicator-source", _("Source"), FIELD_SOURCE);
  r->period_entry = entry_row_new (r, "indicator-period", _("Date or period"), FIELD_PERIOD);
  r->note_entry = entry_row_new (r, "indicator-note", _("Note"), FIELD_NOTE);
  /* The figure itself: its name, the method's name back, and hiding it. */
  {
    GtkWidget *hide = gtk_button_new_from_icon_name ("view-conceal-symbolic");

    r->name_entry = entry_row_new (r, "indicator-name", _("Name of the figure"), FIELD_NAME);
    r->reset_name = gtk_button_new_from_icon_name ("edit-undo-symbolic");
    gtk_widget_set_name (r->reset_name, "indicator-reset-name");
    gtk_widget_set_tooltip_text (r->reset_name, _("Use the Method’s Name"));
    gtk_widget_set_valign (r->reset_name, GTK_ALIGN_CENTER);
    gtk_widget_add_css_class (r->reset_name, "flat");
    set_key (r->reset_name, r);
    g_signal_connect_swapped (r->reset_name, "clicked", G_CALLBACK (reset_name_clicked_cb), r);
    adw_entry_row_add_suffix (ADW_ENTRY_ROW (r->name_entry), r->reset_name);
    gtk_widget_set_name (hide, "indicator-hide");
    gtk_widget_set_tooltip_text (hide, _("Hide Figure"));
    gtk_widget_set_valign (hide, GTK_ALIGN_CENTER);
    gtk_widget_add_css_class (hide, "flat");
    set_key (hide, r);
    g_signal_connect_swapped (hide, "clicked", G_CALLBACK (hide_clicked_cb), r);
    adw_entry_row_add_suffix (ADW_ENTRY_ROW (r->name_entry), hide);
  }

  update_row (r, NULL);
  /* The assignments come with the next refresh. */
  schedule_refresh (self);
  return r->row;
}

/* ---- the sections ----------------------------------------------------------------------- */

static void
add_value_row (GtkWidget  *list_box,
               const char *name,
               const char *title,
               const char *value,
               const char *marker,
               gboolean    dim)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (marker != NULL)
    {
      GtkWidget *tag = gtk_label_new (marker);

      gtk_widget_set_name (tag, "estimate-marker");
      gtk_widget_add_css_class (tag, "warning");
      gtk_widget_add_css_class (tag, "caption-heading");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag);
    }
  gtk_widget_set_name (label, "value");
  if (dim)
    gtk_widget_add_css_class (label, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  gtk_list_box_append (GTK_LIST_BOX (list_box), row);
}

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
                    GHashTable      *asked)
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
      GtkWidget *row, *request;
      g_autofree char *count = NULL;

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
      row = adw_action_row_new ();
      gtk_widget_set_name (row, "outstanding-partner");
      g_object_set_data_full (G_OBJECT (row), "sf-partner-id", g_strdup (partner_id), g_free);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     or_empty (sf_partner_get_organisation (partner)));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   list->len > 0 ? list->str : _("Nothing outstanding"));
      count = g_strdup_printf ("%u", gaps != NULL ? gaps->len : 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_label_new (count));
      request = gtk_button_new_with_label (_("Request Figures…"));
      gtk_widget_set_name (request, "request-figures");
      gtk_widget_set_valign (request, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (request, _("A request for the outstanding figures, to "
                                              "copy into an e-mail or print"));
      /* Nothing to ask for: no button (an action's button cannot stay greyed out). */
      gtk_widget_set_visible (request, gaps != NULL && gaps->len > 0);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (request), "step.request-figures");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (request),
                                              g_variant_new_string (partner_id));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), request);
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
        add_value_row (self->derived_list, "derived-figure", sf_derived_get_label (i), value,
                       figures[i].known && figures[i].estimate ? _("estimate") : NULL,
                       !figures[i].known);
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

        add_value_row (self->requirement_list, "requirement", sf_requirement_get_label (i),
                       state,
                       results[i].state != SF_REQUIREMENT_UNKNOWN && results[i].estimate
                         ? _("estimate") : NULL,
                       results[i].state == SF_REQUIREMENT_UNKNOWN);
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
    {
      IndicatorRow *r = g_object_get_data (G_OBJECT (row), "sf-indicator-row");

      if (r != NULL)
        update_row (r, asked);
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

  g_variant_get (parameter, "(&si)", &indicator, &accuracy);
  for (GtkWidget *row = gtk_widget_get_first_child (self->indicator_list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      IndicatorRow *r = g_object_get_data (G_OBJECT (row), "sf-indicator-row");

      if (r != NULL && g_strcmp0 (indicator_id (r), indicator) == 0 &&
          accuracy >= SF_ACCURACY_EXACT && accuracy <= SF_ACCURACY_AVERAGE)
        gtk_drop_down_set_selected (GTK_DROP_DOWN (r->accuracy), accuracy);
    }
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

/* ---- the object ------------------------------------------------------------------------- */

static GtkWidget *
exchange_buttons_new (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *import = gtk_button_new_with_mnemonic (_("_Import…"));
  GtkWidget *export = gtk_button_new_with_mnemonic (_("_Export…"));

  gtk_widget_set_name (import, "import-figures");
  gtk_widget_set_tooltip_text (import, _("Import figures from a CSV file, such as one a "
                                         "partner filled in"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (import), "step.import-figures");
  gtk_widget_set_name (export, "export-figures");
  gtk_widget_set_tooltip_text (export, _("Export the figures as a CSV file, to fill in or "
                                         "open in a spreadsheet"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (export), "step.export-figures");
  gtk_box_append (GTK_BOX (box), import);
  gtk_box_append (GTK_BOX (box), export);
  gtk_widget_set_valign (box, GTK_ALIGN_END);
  return box;
}

static GtkWidget *
group_new (const char *title,
           const char *description,
           GtkWidget  *list_box)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list_box);
  return group;
}

static void
sf_figures_page_constructed (GObject *object)
{
  SfFiguresPage *self = SF_FIGURES_PAGE (object);
  GtkWidget *group, *box, *chooser_list, *flat_row;

  G_OBJECT_CLASS (sf_figures_page_parent_class)->constructed (object);

  self->project = g_object_ref (sf_project_page_get_project (SF_PROJECT_PAGE (self)));

  /* Figures: the flat, its completeness, and one row per indicator. */
  self->flat_names = gtk_string_list_new (NULL);
  self->flat_dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->flat_names)), NULL);
  gtk_widget_set_name (self->flat_dropdown, "inventory-flat");
  gtk_widget_set_valign (self->flat_dropdown, GTK_ALIGN_CENTER);
  flat_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (flat_row), _("Flat"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (flat_row), self->flat_dropdown);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (flat_row), self->flat_dropdown);

  self->completeness_row = adw_action_row_new ();
  gtk_widget_set_name (self->completeness_row, "inventory-completeness");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->completeness_row), FALSE);
  self->completeness_bar = gtk_level_bar_new_for_interval (0, 1);
  gtk_widget_set_size_request (self->completeness_bar, 120, -1);
  gtk_widget_set_valign (self->completeness_bar, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->completeness_row), self->completeness_bar);

  chooser_list = boxed_list_new (NULL);
  gtk_list_box_append (GTK_LIST_BOX (chooser_list), flat_row);
  gtk_list_box_append (GTK_LIST_BOX (chooser_list), self->completeness_row);

  self->indicator_list = boxed_list_new (_("No figures to gather"));
  gtk_widget_set_margin_top (self->indicator_list, 12);
  gtk_list_box_bind_model (GTK_LIST_BOX (self->indicator_list),
                           sf_project_get_indicators (self->project),
                           create_indicator_row, self, NULL);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), chooser_list);
  gtk_box_append (GTK_BOX (box), self->indicator_list);
  /* Figures of the users' own, and the hidden ones back. */
  gtk_box_append (GTK_BOX (box), sf_indicator_tools_new (self->project));
  group = group_new (_("Facts and figures"),
                     _("Every partner delivers what it can. Mark estimates and averages as "
                       "such, and note where a figure comes from."), box);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group),
                                           exchange_buttons_new ());
  sf_step_page_add_section (SF_STEP_PAGE (self), group);

  self->outstanding_list = boxed_list_new (_("No partner has been asked for figures yet"));
  sf_step_page_add_section (SF_STEP_PAGE (self),
                            group_new (_("Outstanding per partner"),
                                       _("The figures each partner was asked for and has not "
                                         "delivered yet."), self->outstanding_list));

  self->derived_list = boxed_list_new (NULL);
  sf_step_page_add_section (SF_STEP_PAGE (self),
                            group_new (_("Derived figures"),
                                       _("Computed from the figures of the chosen flat."),
                                       self->derived_list));

  self->requirement_list = boxed_list_new (NULL);
  sf_step_page_add_section (SF_STEP_PAGE (self),
                            group_new (_("Thuisplusflat requirements"), NULL,
                                       self->requirement_list));

  self->charts_view = sf_figures_charts_view_new (self->project);
  sf_step_page_add_section (SF_STEP_PAGE (self),
                            group_new (_("Charts"),
                                       _("The figures of all flats. Hatched bars are "
                                         "estimates or averages."), self->charts_view));

  g_signal_connect_object (self->flat_dropdown, "notify::selected",
                           G_CALLBACK (flat_selected_cb), self, G_CONNECT_SWAPPED);
  /* Only what this page shows: typing in another step's answers leaves it alone. */
  for (guint i = 0; i < G_N_ELEMENTS (shown_tables); i++)
    {
      g_autofree char *signal = g_strconcat ("changed::", shown_tables[i], NULL);

      g_signal_connect_object (self->project, signal, G_CALLBACK (schedule_refresh), self,
                               G_CONNECT_SWAPPED);
    }
  refresh (self);
}

/* The figure (or name) typed into @entry, kept without touching the widgets. */
static void
keep_typed_entry (GtkWidget *entry)
{
  IndicatorRow *r = g_object_get_data (G_OBJECT (entry), "sf-row");
  Field field = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (entry), "sf-field"));
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  SfIndicatorValueFields fields;

  if (!is_typed (entry))
    return;
  if (field != FIELD_NAME)
    {
      if (typed_fields (r, entry, field, &text, &fields) == TYPED_CHANGED)
        store_fields (r, &fields);
      return;
    }
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  if (*text != '\0' && g_strcmp0 (text, sf_indicator_get_name (r->indicator)) != 0 &&
      !sf_project_rename_indicator (r->page->project, indicator_id (r), text, &error))
    g_warning ("A typed name was not kept: %s", error->message);
}

/* What is typed but not yet committed (no Enter, the field not left) is kept when the page
 * goes away: there is no Save, so nothing typed may be lost. Only the store is written. */
static void
keep_typed_text (SfFiguresPage *self)
{
  for (GtkWidget *row = self->indicator_list != NULL
                        ? gtk_widget_get_first_child (self->indicator_list) : NULL;
       row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      IndicatorRow *r = g_object_get_data (G_OBJECT (row), "sf-indicator-row");
      GtkWidget *entries[] = { r != NULL ? r->value_entry : NULL, r != NULL ? r->text_entry : NULL,
                               r != NULL ? r->source_entry : NULL,
                               r != NULL ? r->period_entry : NULL,
                               r != NULL ? r->note_entry : NULL,
                               r != NULL ? r->name_entry : NULL };
      g_autofree char *json = NULL;
      SfIndicatorValueFields fields;

      if (r == NULL)
        continue;
      for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
        if (entries[i] != NULL)
          keep_typed_entry (entries[i]);
      if (r->editor != NULL && sf_value_editor_get_typed (SF_VALUE_EDITOR (r->editor), &json) &&
          structured_fields (r, json, &fields))
        store_fields (r, &fields);
    }
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
  G_OBJECT_CLASS (sf_figures_page_parent_class)->dispose (object);
}

static void
sf_figures_page_finalize (GObject *object)
{
  SfFiguresPage *self = SF_FIGURES_PAGE (object);

  g_clear_pointer (&self->flat_ids, g_ptr_array_unref);
  g_clear_object (&self->flat_names);
  g_clear_object (&self->project);
  g_free (self->flat_id);
  G_OBJECT_CLASS (sf_figures_page_parent_class)->finalize (object);
}

/* ---- search hits ------------------------------------------------------------------------ */

/* Once the row has its place on the page: a page just made has no layout yet to scroll in. */
static gboolean
focus_when_placed (GtkWidget     *row,
                   GdkFrameClock *clock,
                   gpointer       user_data)
{
  if (!gtk_widget_get_mapped (row) || gtk_widget_get_height (row) == 0)
    return G_SOURCE_CONTINUE;
  /* An expander row takes the focus on its header, the first thing in it. */
  gtk_widget_child_focus (row, GTK_DIR_TAB_FORWARD);
  return G_SOURCE_REMOVE;
}

/* The figure's row for @flat_id, opened, with the focus, which the page scrolls to. */
static gboolean
reveal_figure (SfFiguresPage *self,
               const char      *figure_id,
               const char      *flat_id)
{
  if (g_strcmp0 (flat_id, self->flat_id) != 0)
    {
      update_flats (self);
      sf_figures_page_set_flat_id (self, flat_id);
    }
  for (GtkWidget *row = gtk_widget_get_first_child (self->indicator_list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      IndicatorRow *r = g_object_get_data (G_OBJECT (row), "sf-indicator-row");

      if (r == NULL || g_strcmp0 (indicator_id (r), figure_id) != 0)
        continue;
      if (!gtk_widget_get_visible (row))
        return FALSE;
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      gtk_widget_add_tick_callback (row, focus_when_placed, NULL, NULL);
      return TRUE;
    }
  return FALSE;
}

/* "indicator": a figure found by its name, for the flat shown; "indicator_value": a figure
 * found by what it holds, for its own flat. */
static gboolean
sf_figures_page_reveal (SfProjectPage *page,
                          const char *kind,
                          const char *ref)
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
}

static void
sf_figures_page_init (SfFiguresPage *self)
{
}

const char *
sf_figures_page_get_flat_id (SfFiguresPage *self)
{
  g_return_val_if_fail (SF_IS_FIGURES_PAGE (self), NULL);

  return self->flat_id;
}

void
sf_figures_page_set_flat_id (SfFiguresPage *self,
                               const char      *flat_id)
{
  g_return_if_fail (SF_IS_FIGURES_PAGE (self));

  for (guint i = 0; self->flat_ids != NULL && i < self->flat_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->flat_ids, i), flat_id) == 0)
      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->flat_dropdown), i);
}
