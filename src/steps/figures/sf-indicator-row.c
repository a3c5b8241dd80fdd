/* sf-indicator-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A field (SfFieldRow) commits when the user presses Enter or applies it, or leaves it; what is
 * typed and not committed when the page goes is kept too (sf_indicator_row_keep_typed ()).
 * Every commit is one undoable action of the store. Updating the row from the store never
 * overwrites the field the user is typing in.
 *
 * Widget names for the tests: the row is "indicator-row"; in it "indicator-value" (with
 * "number-hint" under it), "indicator-text", "indicator-choice", "indicator-accuracy",
 * "indicator-partner" (its check items' actions: sf_indicator_row_get_asked_actions ()),
 * "estimate-marker", "indicator-status", "indicator-name", "indicator-reset-name",
 * "indicator-hide" and "value-editor" (the structured types, see sf-value-editor.c).
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "figures-resources.h"
#include "sf-asked-menu.h"
#include "sf-feedback.h"
#include "sf-field-row.h"
#include "sf-figure-fields.h"
#include "sf-indicator-row.h"
#include "sf-number-hint.h"
#include "sf-reveal.h"
#include "sf-text.h"
#include "sf-value-editor.h"
#include "sf-value-summary.h"

/* The value's parts, then the figure's name. */
typedef enum {
  FIELD_NUMBER = SF_FIGURE_NUMBER,
  FIELD_TEXT = SF_FIGURE_TEXT,
  FIELD_SOURCE = SF_FIGURE_SOURCE,
  FIELD_PERIOD = SF_FIGURE_PERIOD,
  FIELD_NOTE = SF_FIGURE_NOTE,
  FIELD_NAME,
  N_FIELDS
} Field;

struct _SfIndicatorRow
{
  AdwExpanderRow parent_instance;

  SfProject   *project;
  SfIndicator *indicator;
  char        *flat_id;       /* the flat shown; NULL: the whole neighbourhood */
  gboolean     updating;      /* showing what is stored: nothing is written */
  gboolean     closed;        /* kept on the way out: nothing more is written */
  SfAskedMenu *asked_menu;

  GtkWidget   *partner_button;
  GtkWidget   *marker;
  GtkWidget   *value_entry;   /* count: the number */
  GtkWidget   *value_hint_row;
  GtkWidget   *value_hint;    /* count: what is wrong with what was typed */
  GtkWidget   *choice_row;
  GtkWidget   *choice;        /* yes/no and category: "not known" first */
  GtkWidget   *editor;        /* the structured types */
  GtkWidget   *accuracy;
  GtkWidget   *status;        /* asked, received, checked */
  GtkWidget   *text_entry;
  GtkWidget   *source_entry;
  GtkWidget   *period_entry;
  GtkWidget   *note_entry;
  GtkWidget   *name_entry;
  GtkWidget   *reset_name;    /* standard ones: back to the method's name */
};

G_DEFINE_FINAL_TYPE (SfIndicatorRow, sf_indicator_row, ADW_TYPE_EXPANDER_ROW)

enum {
  SIGNAL_RELOAD,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
indicator_id (SfIndicatorRow *self)
{
  return sf_record_get_id (SF_RECORD (self->indicator));
}

static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
}

/* Whether an edit may be written: not while the row shows what is stored, nor once it has
 * kept what was typed on the way out. */
static gboolean
can_write (SfIndicatorRow *self)
{
  return !self->updating && !self->closed && self->project != NULL;
}

static SfFieldRow *
entry_of (SfIndicatorRow *self,
          Field           field)
{
  GtkWidget *entry = NULL;

  switch (field)
    {
    case FIELD_NUMBER:
      entry = self->value_entry;
      break;
    case FIELD_TEXT:
      entry = self->text_entry;
      break;
    case FIELD_SOURCE:
      entry = self->source_entry;
      break;
    case FIELD_PERIOD:
      entry = self->period_entry;
      break;
    case FIELD_NOTE:
      entry = self->note_entry;
      break;
    case FIELD_NAME:
      entry = self->name_entry;
      break;
    case N_FIELDS:
    default:
      break;
    }
  return entry != NULL ? SF_FIELD_ROW (entry) : NULL;
}

/* The field @entry is for; N_FIELDS when it is none (any more) of the row's. */
static Field
field_of (SfIndicatorRow *self,
          GtkWidget      *entry)
{
  for (Field field = 0; field < N_FIELDS; field++)
    if (entry != NULL && GTK_WIDGET (entry_of (self, field)) == entry)
      return field;
  return N_FIELDS;
}

/* ---- saving ----------------------------------------------------------------------------- */

static SfIndicatorValue *
current_value (SfIndicatorRow *self)
{
  return sf_project_find_indicator_value (self->project, indicator_id (self), self->flat_id);
}

/* Shows the store's state again after a write it refused. */
static void
write_failed (SfIndicatorRow *self,
              const char     *heading,
              const GError   *error)
{
  sf_feedback_error (GTK_WIDGET (self), heading, error);
  g_signal_emit (self, signals[SIGNAL_RELOAD], 0);
}

/* Writes @fields as one undoable action. On the way out (@leaving) only the store is written
 * (see sf_indicator_row_keep_typed ()): a refusal is logged, not shown. */
static void
save_fields (SfIndicatorRow         *self,
             SfIndicatorValueFields *fields,
             gboolean                leaving)
{
  g_autoptr(GError) error = NULL;

  sf_figure_fields_settle_status (fields);
  if (sf_project_set_indicator_value (self->project, indicator_id (self), self->flat_id,
                                      fields, &error))
    return;
  if (leaving)
    g_warning ("A typed figure was not kept: %s", error->message);
  else
    write_failed (self, _("The figure could not be saved"), error);
}

/* Marks @field as holding what it cannot (or not), and for the number says why. */
static void
mark_entry (SfIndicatorRow *self,
            Field           field,
            const char     *wrong_text)
{
  sf_field_row_mark (entry_of (self, field), wrong_text != NULL);
  if (field == FIELD_NUMBER)
    {
      g_autofree char *message = wrong_text != NULL ? sf_number_hint_message (wrong_text)
                                                    : NULL;

      sf_number_hint_show (self->value_hint, message);
    }
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
rename_indicator (SfIndicatorRow *self,
                  const char     *name)
{
  g_autoptr(GError) error = NULL;

  sf_field_row_mark (SF_FIELD_ROW (self->name_entry), FALSE);
  if (g_strcmp0 (name, sf_indicator_get_name (self->indicator)) == 0)
    return;
  if (*name == '\0' && !sf_indicator_is_standard (self->indicator))
    {
      sf_field_row_mark (SF_FIELD_ROW (self->name_entry), TRUE);
      return;
    }
  if (*name == '\0' && !is_renamed (self->indicator))
    {
      sf_field_row_load (SF_FIELD_ROW (self->name_entry),
                         sf_indicator_get_name (self->indicator));
      return;
    }
  if (!sf_project_rename_indicator (self->project, indicator_id (self), name, &error))
    {
      write_failed (self, _("The figure could not be renamed"), error);
      return;
    }
  /* The entry keeps the focus, so the refresh leaves it alone: show the name it got. */
  sf_field_row_load (SF_FIELD_ROW (self->name_entry), sf_indicator_get_name (self->indicator));
}

/* ---- the user's edits ------------------------------------------------------------------- */

static void
field_commit_cb (SfFieldRow     *entry,
                 SfIndicatorRow *self)
{
  Field field = field_of (self, GTK_WIDGET (entry));
  g_autofree char *text = NULL;
  SfIndicatorValueFields fields;
  SfTyped typed;

  if (field == N_FIELDS || !can_write (self))
    return;
  text = sf_field_row_get_stripped (entry);
  if (field == FIELD_NAME)
    {
      sf_field_row_set_typed (entry, FALSE);
      rename_indicator (self, text);
      return;
    }
  typed = sf_figure_fields_type_in (current_value (self), (SfFigurePart) field, text, &fields);
  mark_entry (self, field, typed == SF_TYPED_INVALID ? text : NULL);
  sf_field_row_set_typed (entry, typed == SF_TYPED_INVALID);
  if (typed == SF_TYPED_CHANGED)
    save_fields (self, &fields, FALSE);
}

static void
accuracy_changed_cb (GtkDropDown    *dropdown,
                     GParamSpec     *pspec,
                     SfIndicatorRow *self)
{
  SfIndicatorValueFields fields;
  guint accuracy = gtk_drop_down_get_selected (dropdown);

  if (!can_write (self) || accuracy > SF_ACCURACY_AVERAGE)
    return;
  sf_figure_fields_from_value (current_value (self), &fields);
  if (fields.accuracy == (SfAccuracy) accuracy)
    return;
  fields.accuracy = accuracy;
  save_fields (self, &fields, FALSE);
}

static void
choice_changed_cb (GtkDropDown    *dropdown,
                   GParamSpec     *pspec,
                   SfIndicatorRow *self)
{
  SfIndicatorValueFields fields;
  guint selected = gtk_drop_down_get_selected (dropdown);
  gboolean has_number = selected == 1 || selected == 2;
  double number = 0;

  if (!can_write (self))
    return;
  /* Yes/no: "yes" (1) first; category: the categories in their order. */
  if (sf_indicator_get_indicator_type (self->indicator) == SF_INDICATOR_YES_NO)
    number = selected == 1 ? 1 : 0;
  else
    number = selected == 1 ? SF_CATEGORY_OLDER_ONLY : SF_CATEGORY_MIXED;
  sf_figure_fields_from_value (current_value (self), &fields);
  if (has_number == fields.has_number && (!has_number || number == fields.number))
    return;
  if (!has_number && current_value (self) == NULL)
    return;
  fields.has_number = has_number;
  fields.number = number;
  save_fields (self, &fields, FALSE);
}

static void
editor_commit_cb (SfValueEditor  *editor,
                  const char     *json,
                  SfIndicatorRow *self)
{
  SfIndicatorValueFields fields;

  if (!can_write (self))
    return;
  if (sf_figure_fields_structured (current_value (self), json, &fields))
    save_fields (self, &fields, FALSE);
}

static void
status_changed_cb (GtkDropDown    *dropdown,
                   GParamSpec     *pspec,
                   SfIndicatorRow *self)
{
  guint status = gtk_drop_down_get_selected (dropdown);
  SfIndicatorValue *value;
  g_autoptr(GError) error = NULL;

  if (!can_write (self) || status > SF_VALUE_CHECKED)
    return;
  value = current_value (self);
  if (value != NULL ? sf_indicator_value_get_status (value) == status : status == SF_VALUE_ASKED)
    return;
  if (!sf_project_set_indicator_status (self->project, indicator_id (self), self->flat_id,
                                        status, &error))
    write_failed (self, _("The status could not be saved"), error);
}

static void
hide_clicked_cb (SfIndicatorRow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->closed)
    return;
  if (!sf_project_set_indicator_hidden (self->project, indicator_id (self), TRUE, &error))
    sf_feedback_error (GTK_WIDGET (self), _("The figure could not be hidden"), error);
  else
    sf_feedback_undo_toast (GTK_WIDGET (self), self->project, _("Figure hidden"));
}

static void
reset_name_clicked_cb (SfIndicatorRow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->closed)
    return;
  if (!sf_project_rename_indicator (self->project, indicator_id (self), NULL, &error))
    sf_feedback_error (GTK_WIDGET (self), _("The figure could not be renamed"), error);
}

/* A partner's check item: asking the partner for the figure, or no longer. */
static void
asked_toggled_cb (SfIndicatorRow *self,
                  const char     *partner_id,
                  gboolean        asked)
{
  if (self->closed)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self),
                              asked ? "step.assign-indicator" : "step.unassign-indicator",
                              "(ss)", indicator_id (self), partner_id);
}

/* ---- showing what is stored ------------------------------------------------------------- */

/* The figure itself: a number, an answer from the list, or a structured value. */
static void
show_figure (SfIndicatorRow   *self,
             SfIndicatorValue *value)
{
  if (self->value_entry != NULL)
    {
      g_autofree char *number = value != NULL && sf_indicator_value_has_number (value)
                                ? sf_text_format_number (sf_indicator_value_get_number (value))
                                : g_strdup ("");

      if (sf_field_row_show (SF_FIELD_ROW (self->value_entry), number))
        mark_entry (self, FIELD_NUMBER, NULL);
    }
  if (self->choice != NULL)
    {
      guint selected = 0;

      if (value != NULL && sf_indicator_value_has_number (value))
        {
          double number = sf_indicator_value_get_number (value);

          if (sf_indicator_get_indicator_type (self->indicator) == SF_INDICATOR_YES_NO)
            selected = number != 0 ? 1 : 2;
          else
            selected = number == SF_CATEGORY_OLDER_ONLY ? 1 : 2;
        }
      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->choice), selected);
    }
  if (self->editor != NULL)
    sf_value_editor_update (SF_VALUE_EDITOR (self->editor),
                            value != NULL ? sf_indicator_value_get_json (value) : NULL);
}

void
sf_indicator_row_update (SfIndicatorRow *self,
                         const char     *flat_id,
                         GPtrArray      *asked_partners)
{
  SfIndicatorValue *value;
  SfAccuracy accuracy;
  g_autofree char *summary = NULL;

  g_return_if_fail (SF_IS_INDICATOR_ROW (self));

  g_free (self->flat_id);
  self->flat_id = g_strdup (flat_id);
  value = current_value (self);
  accuracy = value != NULL ? sf_indicator_value_get_accuracy (value) : SF_ACCURACY_EXACT;
  summary = sf_figure_summary (self->indicator, value);
  self->updating = TRUE;
  gtk_widget_set_visible (GTK_WIDGET (self), !sf_indicator_get_hidden (self->indicator));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 sf_indicator_get_name (self->indicator));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), summary);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->accuracy), accuracy);
  gtk_label_set_text (GTK_LABEL (self->marker), sf_accuracy_get_label (accuracy));
  gtk_widget_set_visible (self->marker, value != NULL && accuracy != SF_ACCURACY_EXACT);

  show_figure (self, value);
  sf_field_row_show (SF_FIELD_ROW (self->text_entry),
                     value != NULL ? or_empty (sf_indicator_value_get_text (value)) : "");
  sf_field_row_show (SF_FIELD_ROW (self->source_entry),
                     value != NULL ? or_empty (sf_indicator_value_get_source (value)) : "");
  sf_field_row_show (SF_FIELD_ROW (self->period_entry),
                     value != NULL ? or_empty (sf_indicator_value_get_period (value)) : "");
  sf_field_row_show (SF_FIELD_ROW (self->note_entry),
                     value != NULL ? or_empty (sf_indicator_value_get_note (value)) : "");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->status),
                              value != NULL ? sf_indicator_value_get_status (value)
                                            : SF_VALUE_ASKED);
  sf_field_row_show (SF_FIELD_ROW (self->name_entry), sf_indicator_get_name (self->indicator));
  gtk_widget_set_visible (self->reset_name, is_renamed (self->indicator));
  sf_asked_menu_update (self->asked_menu, sf_project_get_partners (self->project),
                        asked_partners);
  self->updating = FALSE;
}

/* ---- the object ------------------------------------------------------------------------- */

void
sf_indicator_row_set_accuracy (SfIndicatorRow *self,
                               SfAccuracy      accuracy)
{
  g_return_if_fail (SF_IS_INDICATOR_ROW (self));

  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->accuracy), accuracy);
}

void
sf_indicator_row_reveal (SfIndicatorRow *self)
{
  g_return_if_fail (SF_IS_INDICATOR_ROW (self));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  sf_reveal_focus_when_placed (GTK_WIDGET (self));
}

/* The figure (or name) typed into @field, kept without touching the widgets. */
static void
keep_typed_field (SfIndicatorRow *self,
                  Field           field)
{
  SfFieldRow *entry = entry_of (self, field);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  SfIndicatorValueFields fields;

  if (entry == NULL || !sf_field_row_get_typed (entry))
    return;
  text = sf_field_row_get_stripped (entry);
  if (field != FIELD_NAME)
    {
      if (sf_figure_fields_type_in (current_value (self), (SfFigurePart) field, text,
                                    &fields) == SF_TYPED_CHANGED)
        save_fields (self, &fields, TRUE);
      return;
    }
  if (*text != '\0' && g_strcmp0 (text, sf_indicator_get_name (self->indicator)) != 0 &&
      !sf_project_rename_indicator (self->project, indicator_id (self), text, &error))
    g_warning ("A typed name was not kept: %s", error->message);
}

void
sf_indicator_row_keep_typed (SfIndicatorRow *self)
{
  g_autofree char *json = NULL;
  SfIndicatorValueFields fields;

  g_return_if_fail (SF_IS_INDICATOR_ROW (self));

  if (self->closed)
    return;
  self->closed = TRUE;
  for (Field field = 0; field < N_FIELDS; field++)
    keep_typed_field (self, field);
  if (self->editor != NULL && sf_value_editor_get_typed (SF_VALUE_EDITOR (self->editor), &json) &&
      sf_figure_fields_structured (current_value (self), json, &fields))
    save_fields (self, &fields, TRUE);
}

SfIndicator *
sf_indicator_row_get_indicator (SfIndicatorRow *self)
{
  g_return_val_if_fail (SF_IS_INDICATOR_ROW (self), NULL);

  return self->indicator;
}

GActionGroup *
sf_indicator_row_get_asked_actions (SfIndicatorRow *self)
{
  g_return_val_if_fail (SF_IS_INDICATOR_ROW (self), NULL);

  return sf_asked_menu_get_actions (self->asked_menu);
}

static void
sf_indicator_row_dispose (GObject *object)
{
  SfIndicatorRow *self = SF_INDICATOR_ROW (object);

  self->closed = TRUE;
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_INDICATOR_ROW);
  g_clear_object (&self->asked_menu);
  g_clear_object (&self->indicator);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_indicator_row_parent_class)->dispose (object);
}

static void
sf_indicator_row_finalize (GObject *object)
{
  SfIndicatorRow *self = SF_INDICATOR_ROW (object);

  g_free (self->flat_id);
  G_OBJECT_CLASS (sf_indicator_row_parent_class)->finalize (object);
}

static void
sf_indicator_row_class_init (SfIndicatorRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_indicator_row_dispose;
  object_class->finalize = sf_indicator_row_finalize;
  signals[SIGNAL_RELOAD] = g_signal_new ("reload", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (SF_TYPE_FIELD_ROW);
  g_type_ensure (SF_TYPE_VALUE_EDITOR);
  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_figures_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-indicator-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SfIndicatorRow, partner_button);
  gtk_widget_class_bind_template_child (widget_class, SfIndicatorRow, marker);
  gtk_widget_class_bind_template_child (widget_class, SfIndicatorRow, value_entry);
  gtk_widget_class_bind_template_child (widget_class, SfIndicatorRow, value_hint_row);
  gtk_widget_class_bind_template_child (widget_class, SfIndicatorRow, value_hint);
  gtk_widget_class_bind_template_child (widget_class, SfIndicatorRow, choice_row);
  gtk_widget_class_bind_template_child (widget_class, SfIndicatorRow, choice);
  gtk_widget_class_bind_template_child (widget_class, SfIndicatorRow, editor);
  gtk_widget_class_bind_template_child (widget_class, SfIndicatorRow, accuracy);
  gtk_widget_class_bind_template_child (widget_class, SfIndicatorRow, status);
  gtk_widget_class_bind_template_child (widget_class, SfIndicatorRow, text_entry);
  gtk_widget_class_bind_template_child (widget_class, SfIndicatorRow, source_entry);
  gtk_widget_class_bind_template_child (widget_class, SfIndicatorRow, period_entry);
  gtk_widget_class_bind_template_child (widget_class, SfIndicatorRow, note_entry);
  gtk_widget_class_bind_template_child (widget_class, SfIndicatorRow, name_entry);
  gtk_widget_class_bind_template_child (widget_class, SfIndicatorRow, reset_name);
  gtk_widget_class_bind_template_callback (widget_class, field_commit_cb);
  gtk_widget_class_bind_template_callback (widget_class, accuracy_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, choice_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, editor_commit_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, hide_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, reset_name_clicked_cb);
}

static void
sf_indicator_row_init (SfIndicatorRow *self)
{
  const char *accuracies[] = {
    sf_accuracy_get_label (SF_ACCURACY_EXACT),
    sf_accuracy_get_label (SF_ACCURACY_ESTIMATE),
    sf_accuracy_get_label (SF_ACCURACY_AVERAGE),
    NULL,
  };
  g_autoptr(GtkStringList) accuracy_list = gtk_string_list_new (accuracies);

  /* Nothing is written until the row has shown its figure (sf_indicator_row_update ()). */
  self->updating = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->accuracy), G_LIST_MODEL (accuracy_list));
  self->asked_menu = sf_asked_menu_new (self->partner_button);
  g_signal_connect_object (self->asked_menu, "toggled", G_CALLBACK (asked_toggled_cb), self,
                           G_CONNECT_SWAPPED);
}

/* Drops the rows for the figure itself that @type does not use. */
static void
keep_rows_of_type (SfIndicatorRow  *self,
                   SfIndicatorType  type)
{
  AdwExpanderRow *row = ADW_EXPANDER_ROW (self);

  if (type != SF_INDICATOR_COUNT)
    {
      adw_expander_row_remove (row, self->value_entry);
      adw_expander_row_remove (row, self->value_hint_row);
      self->value_entry = self->value_hint = self->value_hint_row = NULL;
    }
  if (type != SF_INDICATOR_YES_NO && type != SF_INDICATOR_CATEGORY)
    {
      adw_expander_row_remove (row, self->choice_row);
      self->choice = self->choice_row = NULL;
    }
  if (type != SF_INDICATOR_DISTRIBUTION && type != SF_INDICATOR_CATEGORY_COUNTS &&
      type != SF_INDICATOR_ACTIVITIES)
    {
      adw_expander_row_remove (row, self->editor);
      self->editor = NULL;
    }
}

GtkWidget *
sf_indicator_row_new (SfProject   *project,
                      SfIndicator *indicator)
{
  SfIndicatorRow *self;
  SfIndicatorType type;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (SF_IS_INDICATOR (indicator), NULL);

  self = g_object_new (SF_TYPE_INDICATOR_ROW, NULL);
  self->project = g_object_ref (project);
  self->indicator = g_object_ref (indicator);
  type = sf_indicator_get_indicator_type (indicator);
  keep_rows_of_type (self, type);
  if (type == SF_INDICATOR_YES_NO || type == SF_INDICATOR_CATEGORY)
    {
      const char *choices[] = {
        _("Not known"),
        type == SF_INDICATOR_YES_NO ? _("Yes")
                                    : sf_resident_category_get_label (SF_CATEGORY_OLDER_ONLY),
        type == SF_INDICATOR_YES_NO ? _("No")
                                    : sf_resident_category_get_label (SF_CATEGORY_MIXED),
        NULL,
      };
      g_autoptr(GtkStringList) choice_list = gtk_string_list_new (choices);

      gtk_drop_down_set_model (GTK_DROP_DOWN (self->choice), G_LIST_MODEL (choice_list));
    }
  if (self->editor != NULL)
    sf_value_editor_set_indicator_type (SF_VALUE_EDITOR (self->editor), type);
  return GTK_WIDGET (self);
}
