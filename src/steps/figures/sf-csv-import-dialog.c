/* sf-csv-import-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nothing is written until "Import": the preview (SfCsvImport) has read and checked the whole
 * file already, so applying it is one transaction and one undo step. A long file is shown by
 * its first rows and a count, which is what a user checks it by; the columns are listed with
 * what each is read as, so that a column the program does not know stands out as ignored.
 *
 * Widgets the tests use carry names: "import-row" (one per figure shown), "import-more",
 * "import-column" (with a suffix label named "column-use"); the actions "import.apply" and
 * "import.cancel".
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "figures-resources.h"
#include "sf-csv-import-dialog.h"
#include "sf-csv-import-row.h"
#include "sf-feedback.h"
#include "sf-project-figures.h"
#include "sf-text.h"
#include "sf-toplevel.h"

#define MAX_SHOWN 50

struct _SfCsvImportDialog
{
  AdwWindow parent_instance;

  SfProject   *project;
  SfCsvImport *import;
  GtkWidget   *feedback;    /* weak */
  guint        n_shown;
  guint        n_replaced;
  guint        n_unchanged;

  GtkWidget   *window_title;
  GtkWidget   *figures;     /* AdwPreferencesGroup */
  GtkWidget   *more_label;
  GtkWidget   *columns;     /* AdwPreferencesGroup */
};

G_DEFINE_FINAL_TYPE (SfCsvImportDialog, sf_csv_import_dialog, ADW_TYPE_WINDOW)

/* ---- what a row holds, in words --------------------------------------------------------- */

static char *
format_node_number (JsonNode *node)
{
  double number = sf_inventory_json_number (node);

  return isfinite (number) ? sf_text_format_number (number) : g_strdup ("?");
}

/* A structured value (see sf-inventory.h) as one line: "<55: 10, 85+: 20, average 77". */
static void
append_json (GString    *out,
             const char *json)
{
  g_autoptr(JsonNode) root = sf_inventory_json_parse (json);
  gsize start = out->len;

  if (root == NULL)
    {
      g_string_append (out, json);
      return;
    }
  if (JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonObject *object = json_node_get_object (root);
      JsonObject *bands = json_object_has_member (object, "bands")
                          ? json_object_get_object_member (object, "bands") : NULL;
      const char * const *band = SF_AGE_BANDS;

      for (guint i = 0; bands != NULL && band[i] != NULL; i++)
        if (json_object_has_member (bands, band[i]))
          {
            g_autofree char *n = format_node_number (json_object_get_member (bands, band[i]));

            g_string_append_printf (out, "%s%s: %s", out->len > start ? ", " : "", band[i], n);
          }
      if (json_object_has_member (object, "average"))
        {
          g_autofree char *n = format_node_number (json_object_get_member (object, "average"));

          if (out->len > start)
            g_string_append (out, ", ");
          /* Translators: the average age in a distribution of ages; %s is a number. */
          g_string_append_printf (out, _("average %s"), n);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (root))
    {
      JsonArray *array = json_node_get_array (root);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          JsonObject *item = JSON_NODE_HOLDS_OBJECT (element)
                             ? json_node_get_object (element) : NULL;
          const char *label = NULL;

          if (item == NULL)
            continue;
          if (json_object_has_member (item, "kind"))
            label = json_object_get_string_member_with_default (item, "kind", "");
          else
            label = json_object_get_string_member_with_default (item, "name", "");
          if (out->len > start)
            g_string_append (out, ", ");
          g_string_append (out, label);
          if (json_object_has_member (item, "count"))
            {
              g_autofree char *n = format_node_number (json_object_get_member (item, "count"));

              g_string_append_printf (out, ": %s", n);
            }
        }
    }
  if (out->len == start)
    g_string_append (out, json);
}

static char *
value_summary (SfProject      *project,
               const SfCsvRow *row)
{
  SfIndicator *indicator = sf_project_find_indicator (project, row->indicator_id);
  SfIndicatorType type = indicator != NULL ? sf_indicator_get_indicator_type (indicator)
                                           : SF_INDICATOR_COUNT;
  GString *out = g_string_new (NULL);

  if (row->fields.has_number)
    {
      if (type == SF_INDICATOR_YES_NO)
        g_string_append (out, row->fields.number != 0 ? _("Yes") : _("No"));
      else if (type == SF_INDICATOR_CATEGORY &&
               (row->fields.number == SF_CATEGORY_OLDER_ONLY ||
                row->fields.number == SF_CATEGORY_MIXED))
        g_string_append (out, sf_resident_category_get_label (row->fields.number));
      else
        {
          g_autofree char *n = sf_text_format_number (row->fields.number);
          const char *unit = indicator != NULL ? sf_indicator_get_unit (indicator) : "";

          g_string_append (out, n);
          if (*unit != '\0')
            g_string_append_printf (out, " %s", unit);
        }
    }
  else if (row->fields.json != NULL)
    append_json (out, row->fields.json);
  if (row->fields.text != NULL && *row->fields.text != '\0')
    {
      if (out->len > 0)
        g_string_append (out, " · ");
      g_string_append (out, row->fields.text);
    }
  if (out->len == 0)
    g_string_append (out, _("Not known yet"));
  return g_string_free (out, FALSE);
}

/* ---- the lists -------------------------------------------------------------------------- */

typedef enum {
  FIGURE_NEW,
  FIGURE_REPLACES,
  FIGURE_UNCHANGED,  /* the same as entered: the import writes nothing for it */
} Figure;

static Figure
figure_kind (SfProject      *project,
             const SfCsvRow *row)
{
  SfIndicatorValue *value = sf_project_find_indicator_value (project, row->indicator_id,
                                                             row->flat_id);

  /* A figure asked for and not known yet, given back as it was, is the same too. */
  if (value != NULL && sf_indicator_value_matches (value, &row->fields))
    return FIGURE_UNCHANGED;
  if (value == NULL || !sf_indicator_value_is_filled (value))
    return FIGURE_NEW;
  return FIGURE_REPLACES;
}

/* How many figures are written, and how many of them replace a figure or are the same. */
static char *
describe_figures (guint n_rows,
                  guint n_replaced,
                  guint n_unchanged)
{
  g_autofree char *summary = NULL;

  if (n_replaced > 0)
    {
      g_autofree char *written = g_strdup_printf (ngettext ("%u figure will be written.",
                                                            "%u figures will be written.",
                                                            n_rows), n_rows);
      g_autofree char *replaced = g_strdup_printf (
        ngettext ("%u of them replaces a figure already entered.",
                  "%u of them replace a figure already entered.", n_replaced),
        n_replaced);

      summary = g_strdup_printf ("%s %s", written, replaced);
    }
  else
    summary = g_strdup_printf (ngettext ("%u figure will be written; none replaces a figure "
                                         "already entered.",
                                         "%u figures will be written; none replaces a figure "
                                         "already entered.", n_rows), n_rows);
  if (n_unchanged > 0)
    {
      g_autofree char *unchanged = g_strdup_printf (
        ngettext ("%u is the same as the figure already entered.",
                  "%u are the same as the figures already entered.", n_unchanged),
        n_unchanged);

      return g_strdup_printf ("%s %s", summary, unchanged);
    }
  return g_steal_pointer (&summary);
}

static GtkWidget *
figure_row_new (SfCsvImportDialog *self,
                const SfCsvRow    *row)
{
  g_autofree char *value = value_summary (self->project, row);
  g_autofree char *subtitle = NULL;
  const char *flat = row->flat_id != NULL ? row->flat_name : _("Whole neighbourhood");
  GtkWidget *action_row = sf_csv_import_row_new ("import-row", row->indicator_name, value,
                                                 "value", FALSE);
  Figure kind = figure_kind (self->project, row);

  if (row->fields.source != NULL && *row->fields.source != '\0')
    /* Translators: under a figure to import: flat · accuracy · where it comes from. */
    subtitle = g_strdup_printf (_("%s · %s · source: %s"), flat,
                                sf_accuracy_get_label (row->fields.accuracy),
                                row->fields.source);
  else
    subtitle = g_strdup_printf ("%s · %s", flat, sf_accuracy_get_label (row->fields.accuracy));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (action_row), subtitle);
  gtk_widget_set_tooltip_text (action_row, value);
  if (kind == FIGURE_REPLACES)
    sf_csv_import_row_set_tag (SF_CSV_IMPORT_ROW (action_row), _("replaces"),
                               _("A figure already entered is replaced"), "warning");
  else if (kind == FIGURE_UNCHANGED)
    sf_csv_import_row_set_tag (SF_CSV_IMPORT_ROW (action_row), _("unchanged"),
                               _("The same as the figure already entered"), "dim-label");
  return action_row;
}

static void
add_figures (SfCsvImportDialog *self)
{
  guint n_rows = sf_csv_import_get_n_rows (self->import);
  g_autofree char *summary = NULL;

  for (guint i = 0; i < n_rows; i++)
    switch (figure_kind (self->project, sf_csv_import_get_row (self->import, i)))
      {
      case FIGURE_REPLACES:
        self->n_replaced++;
        break;
      case FIGURE_UNCHANGED:
        self->n_unchanged++;
        break;
      case FIGURE_NEW:
      default:
        break;
      }
  self->n_shown = MIN (n_rows, MAX_SHOWN);
  summary = describe_figures (n_rows, self->n_replaced, self->n_unchanged);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->figures), summary);
  for (guint i = 0; i < self->n_shown; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->figures),
                               figure_row_new (self, sf_csv_import_get_row (self->import, i)));
  if (n_rows > self->n_shown)
    {
      g_autofree char *more = g_strdup_printf (ngettext ("And %u more figure",
                                                         "And %u more figures",
                                                         n_rows - self->n_shown),
                                               n_rows - self->n_shown);

      gtk_label_set_text (GTK_LABEL (self->more_label), more);
      gtk_widget_set_visible (self->more_label, TRUE);
    }
}

static const char *
column_use_label (const char *use)
{
  static const struct { const char *use; const char *label; } labels[] = {
    { "flat", N_("Flat") },
    { "indicator", N_("Figure") },
    { "value", N_("Value") },
    { "text", N_("Description") },
    { "accuracy", N_("Accuracy") },
    { "source", N_("Source") },
    { "period", N_("Date or period") },
    { "note", N_("Note") },
    { "status", N_("Status") },
  };

  /* "name" and "unit" are there to read and are not imported. */
  for (guint i = 0; use != NULL && i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (use, labels[i].use))
      return _(labels[i].label);
  return NULL;
}

static void
add_columns (SfCsvImportDialog *self)
{
  const char * const *columns = sf_csv_import_get_columns (self->import);

  for (guint i = 0; columns != NULL && columns[i] != NULL; i++)
    {
      const char *use = column_use_label (sf_csv_import_get_column_use (self->import, i));

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->columns),
                                 sf_csv_import_row_new ("import-column",
                                                        *columns[i] != '\0' ? columns[i]
                                                                            : _("(no name)"),
                                                        use != NULL ? use : _("ignored"),
                                                        "column-use", use == NULL));
    }
}

/* ---- actions ---------------------------------------------------------------------------- */

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SfCsvImportDialog *self = SF_CSV_IMPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  guint n = sf_csv_import_get_n_rows (self->import);

  gtk_widget_action_set_enabled (widget, "import.apply", FALSE);
  if (sf_project_import_csv_apply (self->project, self->import, &error))
    {
      g_autofree char *title = g_strdup_printf (ngettext ("%u figure imported",
                                                          "%u figures imported", n), n);

      if (self->feedback != NULL)
        sf_feedback_undo_toast (self->feedback, self->project, title);
    }
  else if (self->feedback != NULL)
    sf_feedback_error (self->feedback, _("The figures could not be imported"), error);
  else
    g_warning ("Cannot import the figures: %s", error->message);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

/* ---- the object ------------------------------------------------------------------------- */

static void
sf_csv_import_dialog_dispose (GObject *object)
{
  SfCsvImportDialog *self = SF_CSV_IMPORT_DIALOG (object);

  g_clear_weak_pointer (&self->feedback);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_CSV_IMPORT_DIALOG);
  g_clear_object (&self->project);
  g_clear_pointer (&self->import, sf_csv_import_free);
  G_OBJECT_CLASS (sf_csv_import_dialog_parent_class)->dispose (object);
}

static void
sf_csv_import_dialog_class_init (SfCsvImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_csv_import_dialog_dispose;
  gtk_widget_class_install_action (widget_class, "import.apply", NULL, apply_action);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "import.cancel", NULL);

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_figures_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-csv-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SfCsvImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, SfCsvImportDialog, figures);
  gtk_widget_class_bind_template_child (widget_class, SfCsvImportDialog, more_label);
  gtk_widget_class_bind_template_child (widget_class, SfCsvImportDialog, columns);
}

static void
sf_csv_import_dialog_init (SfCsvImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sf_csv_import_dialog_new (GtkWidget   *feedback,
                          SfProject   *project,
                          SfCsvImport *import,
                          const char  *file_name)
{
  SfCsvImportDialog *self;

  g_return_val_if_fail (GTK_IS_WIDGET (feedback), NULL);
  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (import != NULL, NULL);

  self = g_object_new (SF_TYPE_CSV_IMPORT_DIALOG, "transient-for", sf_toplevel_of (feedback),
                       NULL);
  self->project = g_object_ref (project);
  self->import = import;
  g_set_weak_pointer (&self->feedback, feedback);
  adw_window_title_set_subtitle (ADW_WINDOW_TITLE (self->window_title), file_name);
  add_figures (self);
  add_columns (self);
  return GTK_WIDGET (self);
}

guint
sf_csv_import_dialog_get_n_shown (SfCsvImportDialog *self)
{
  g_return_val_if_fail (SF_IS_CSV_IMPORT_DIALOG (self), 0);

  return self->n_shown;
}

guint
sf_csv_import_dialog_get_n_replaced (SfCsvImportDialog *self)
{
  g_return_val_if_fail (SF_IS_CSV_IMPORT_DIALOG (self), 0);

  return self->n_replaced;
}

guint
sf_csv_import_dialog_get_n_unchanged (SfCsvImportDialog *self)
{
  g_return_val_if_fail (SF_IS_CSV_IMPORT_DIALOG (self), 0);

  return self->n_unchanged;
}
