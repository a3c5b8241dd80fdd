/* sf-value-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A distribution is a grid of the five age bands and the average age; a list (counts per kind,
 * activities) is a grid with one line per item, a remove button each, and an add button. The
 * fields commit when the user presses Enter or leaves them (and what is typed is kept when the
 * page goes away, sf_value_editor_get_typed ()); the whole value is then built
 * again from the fields and committed as one JSON text, so every edit is one store action.
 *
 * A new, still empty line of a list is not part of the value until something is typed in it;
 * it stays because the editor only rebuilds when the value differs from what it last showed
 * or committed.
 *
 * The editor is made without its type (a row's template holds it) and given the type once,
 * which builds its fields.
 *
 * Field names for the tests: "band-entry" (band n of SF_AGE_BANDS in column n of the grid's
 * row 1, under its heading), "average-entry", per list line "item-<member>" (e.g.
 * "item-kind", "item-attendance") and "item-remove", and "item-add"; the grid that holds them
 * is "value-grid" (line n of a list is its row n + 1, under the headings); under it
 * "number-hint" says what is wrong with a field marked red.
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "figures-resources.h"
#include "sf-project-figures.h"
#include "sf-number-hint.h"
#include "sf-text.h"
#include "sf-value-editor.h"

#define N_BANDS 5
#define MAX_COLUMNS 4

typedef struct
{
  const char *member;
  const char *title;
  gboolean    count;   /* a number; otherwise a text */
  int         width;   /* in characters */
} Column;

static const Column kind_columns[] = {
  { "kind", N_("Kind"), FALSE, 12 },
  { "count", N_("Number"), TRUE, 5 },
  { NULL },
};

static const Column activity_columns[] = {
  { "name", N_("Activity"), FALSE, 10 },
  { "organiser", N_("Organiser"), FALSE, 8 },
  { "frequency", N_("How often"), FALSE, 8 },
  { "attendance", N_("Participants"), TRUE, 5 },
  { NULL },
};

struct _SfValueEditor
{
  GtkListBoxRow parent_instance;

  SfIndicatorType  type;
  gboolean         has_type;
  char            *json;            /* what the editor shows: last loaded or committed */
  const Column    *columns;         /* lists */
  guint            n_columns;
  guint            n_items;         /* lines of the list, header excluded */
  GtkWidget       *bands[N_BANDS];  /* distribution */
  GtkWidget       *average;

  GtkWidget       *grid;
  GtkWidget       *hint;            /* under the fields: what is wrong with one of them */
  GtkWidget       *add_box;         /* lists */
  GtkWidget       *add_content;
  gboolean         loading;         /* showing a value: fields that lose the focus keep still */
  gboolean         typed;           /* a field was typed in since the value was last shown */
};

G_DEFINE_FINAL_TYPE (SfValueEditor, sf_value_editor, GTK_TYPE_LIST_BOX_ROW)

enum {
  SIGNAL_COMMIT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- numbers ---------------------------------------------------------------------------- */

static void
add_number (JsonBuilder *builder,
            double       number)
{
  if (fabs (number - round (number)) < 1e-9 && fabs (number) < 1e15)
    json_builder_add_int_value (builder, (gint64) round (number));
  else
    json_builder_add_double_value (builder, number);
}

/* ---- fields ----------------------------------------------------------------------------- */

static gboolean
has_focus (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Never overwrites what the user is typing. */
static void
set_field (GtkWidget  *entry,
           const char *text)
{
  if (entry == NULL || has_focus (entry))
    return;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text) != 0)
    sf_text_set_loaded (GTK_EDITABLE (entry), text);
  gtk_widget_remove_css_class (entry, "error");
}

static void
set_number_field (GtkWidget *entry,
                  double     number)
{
  g_autofree char *text = isfinite (number) ? sf_text_format_number (number) : g_strdup ("");

  set_field (entry, text);
}

/* The text of @entry, stripped. */
static char *
field_text (GtkWidget *entry)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

/* Shows whether a field holds what it should, when @mark (not on the way out). */
static void
mark_field (GtkWidget *entry,
            gboolean   mark,
            gboolean   wrong)
{
  if (!mark)
    return;
  if (wrong)
    gtk_widget_add_css_class (entry, "error");
  else
    gtk_widget_remove_css_class (entry, "error");
}

/* Reads a count field: FALSE for bad input; @has is FALSE when empty. */
static gboolean
read_count (GtkWidget *entry,
            gboolean   mark,
            gboolean  *has,
            double    *number)
{
  g_autofree char *text = field_text (entry);
  gboolean wrong;

  *has = *text != '\0';
  wrong = *has && (!sf_text_parse_number (text, number) || *number < 0);
  mark_field (entry, mark, wrong);
  return !wrong;
}

/* ---- committing ------------------------------------------------------------------------- */

/* The distribution from its fields, or NULL when empty; FALSE for bad input. */
static gboolean
build_distribution (SfValueEditor *self,
                    gboolean       mark,
                    JsonBuilder   *builder,
                    gboolean      *empty)
{
  const char * const *bands = SF_AGE_BANDS;
  gboolean ok = TRUE;
  gboolean any_band = FALSE;
  gboolean has_average;
  double average = 0;

  json_builder_begin_object (builder);
  for (guint i = 0; i < N_BANDS; i++)
    {
      gboolean has;
      double number = 0;

      ok &= read_count (self->bands[i], mark, &has, &number);
      if (ok && has)
        {
          if (!any_band)
            {
              json_builder_set_member_name (builder, "bands");
              json_builder_begin_object (builder);
              any_band = TRUE;
            }
          json_builder_set_member_name (builder, bands[i]);
          add_number (builder, number);
        }
    }
  if (any_band)
    json_builder_end_object (builder);
  ok &= read_count (self->average, mark, &has_average, &average);
  if (ok && has_average)
    {
      json_builder_set_member_name (builder, "average");
      add_number (builder, average);
    }
  json_builder_end_object (builder);
  *empty = !any_band && !has_average;
  return ok;
}

static GtkWidget *
item_field (SfValueEditor *self,
            guint          item,
            guint          column)
{
  return gtk_grid_get_child_at (GTK_GRID (self->grid), column, item + 1);
}

static gboolean
build_list (SfValueEditor *self,
            gboolean       mark,
            JsonBuilder   *builder,
            gboolean      *empty)
{
  gboolean ok = TRUE;

  *empty = TRUE;
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->n_items; i++)
    {
      g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
      gboolean any = FALSE;
      gboolean item_ok = TRUE;
      double numbers[MAX_COLUMNS] = { 0 };
      gboolean has[MAX_COLUMNS] = { FALSE };

      for (guint c = 0; c < self->n_columns; c++)
        {
          GtkWidget *entry = item_field (self, i, c);

          if (self->columns[c].count)
            {
              item_ok &= read_count (entry, mark, &has[c], &numbers[c]);
              g_ptr_array_add (texts, NULL);
            }
          else
            {
              char *text = field_text (entry);

              has[c] = *text != '\0';
              mark_field (entry, mark, FALSE);
              g_ptr_array_add (texts, text);
            }
          any |= has[c];
        }
      if (!any)
        continue;  /* a new line, not filled in yet */
      /* A count per kind needs its kind. */
      if (self->type == SF_INDICATOR_CATEGORY_COUNTS && !has[0])
        {
          mark_field (item_field (self, i, 0), mark, TRUE);
          item_ok = FALSE;
        }
      ok &= item_ok;
      if (!ok)
        continue;
      *empty = FALSE;
      json_builder_begin_object (builder);
      for (guint c = 0; c < self->n_columns; c++)
        {
          if (!has[c])
            continue;
          json_builder_set_member_name (builder, self->columns[c].member);
          if (self->columns[c].count)
            add_number (builder, numbers[c]);
          else
            json_builder_add_string_value (builder, g_ptr_array_index (texts, c));
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  return ok;
}

/* The value the fields hold, as JSON text (NULL when empty): FALSE when a field holds what
 * is not a figure (marked when @mark). */
static gboolean
typed_json (SfValueEditor  *self,
            gboolean        mark,
            char          **json)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;
  gboolean empty = TRUE;
  gboolean ok;

  *json = NULL;
  if (self->type == SF_INDICATOR_DISTRIBUTION)
    ok = build_distribution (self, mark, builder, &empty);
  else
    ok = build_list (self, mark, builder, &empty);
  if (!ok || empty)
    return ok;
  root = json_builder_get_root (builder);
  generator = json_generator_new ();
  json_generator_set_root (generator, root);
  *json = json_generator_to_data (generator, NULL);
  return TRUE;
}

/* Says what is wrong with the first field marked as wrong, if any. */
static void
update_hint (SfValueEditor *self)
{
  g_autofree char *message = NULL;

  for (guint i = 0; message == NULL && i < N_BANDS + 1; i++)
    {
      GtkWidget *entry = self->type != SF_INDICATOR_DISTRIBUTION ? NULL
                         : i < N_BANDS ? self->bands[i] : self->average;

      if (entry != NULL && gtk_widget_has_css_class (entry, "error"))
        message = sf_number_hint_message (gtk_editable_get_text (GTK_EDITABLE (entry)));
    }
  for (guint i = 0; message == NULL && self->columns != NULL && i < self->n_items; i++)
    for (guint c = 0; message == NULL && c < self->n_columns; c++)
      {
        GtkWidget *entry = item_field (self, i, c);

        if (!gtk_widget_has_css_class (entry, "error"))
          continue;
        /* Only a kind is ever wrong among the texts: a count without it. */
        message = self->columns[c].count
                  ? sf_number_hint_message (gtk_editable_get_text (GTK_EDITABLE (entry)))
                  : g_strdup (_("Each number needs its kind."));
      }
  sf_number_hint_show (self->hint, message);
}

/* Builds the value from the fields and commits it when it changed. */
static void
commit (SfValueEditor *self)
{
  g_autofree char *json = NULL;
  gboolean ok;

  if (self->loading || gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;
  ok = typed_json (self, TRUE, &json);
  update_hint (self);
  if (!ok)
    return;
  self->typed = FALSE;
  if (g_strcmp0 (json, self->json) == 0)
    return;
  g_free (self->json);
  self->json = g_strdup (json);
  g_signal_emit (self, signals[SIGNAL_COMMIT], 0, json);
}

static void
focus_leave_cb (GtkEventController *controller,
                SfValueEditor      *self)
{
  commit (self);
}

static void
field_changed_cb (SfValueEditor *self)
{
  if (!self->loading)
    self->typed = TRUE;
}

static GtkWidget *
entry_new (SfValueEditor *self,
           const char    *name,
           const char    *label,
           int            width,
           gboolean       count)
{
  GtkWidget *entry = gtk_entry_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_set_name (entry, name);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), width);
  /* In a list the texts take the room and numbers stay short; the age bands share it. */
  gtk_widget_set_hexpand (entry, !count || self->type == SF_INDICATOR_DISTRIBUTION);
  if (count)
    {
      gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), width);
      gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
      gtk_entry_set_alignment (GTK_ENTRY (entry), 1.0);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_widget_set_tooltip_text (entry, label);
  g_signal_connect_swapped (entry, "activate", G_CALLBACK (commit), self);
  g_signal_connect_swapped (entry, "changed", G_CALLBACK (field_changed_cb), self);
  g_signal_connect (focus, "leave", G_CALLBACK (focus_leave_cb), self);
  gtk_widget_add_controller (entry, focus);
  return entry;
}

static GtkWidget *
heading_new (const char *text,
             gboolean    end)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (label), end ? 1.0 : 0.0);
  gtk_label_set_justify (GTK_LABEL (label), end ? GTK_JUSTIFY_RIGHT : GTK_JUSTIFY_LEFT);
  /* Narrow windows: the headings wrap rather than lose their words. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_valign (label, GTK_ALIGN_END);
  return label;
}

/* ---- lists ------------------------------------------------------------------------------ */

static void
update_header (SfValueEditor *self)
{
  for (guint c = 0; c < self->n_columns; c++)
    gtk_widget_set_visible (gtk_grid_get_child_at (GTK_GRID (self->grid), c, 0),
                            self->n_items > 0);
}

static void
remove_clicked_cb (GtkWidget     *button,
                   SfValueEditor *self)
{
  int column, row;

  gtk_grid_query_child (GTK_GRID (self->grid), button, &column, &row, NULL, NULL);
  if (row < 1 || (guint) row > self->n_items)
    return;
  gtk_grid_remove_row (GTK_GRID (self->grid), row);
  self->n_items--;
  update_header (self);
  commit (self);
}

static GtkWidget *
append_item (SfValueEditor *self)
{
  guint row = self->n_items + 1;
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

  for (guint c = 0; c < self->n_columns; c++)
    {
      g_autofree char *name = g_strdup_printf ("item-%s", self->columns[c].member);

      gtk_grid_attach (GTK_GRID (self->grid),
                       entry_new (self, name, _(self->columns[c].title), self->columns[c].width,
                                  self->columns[c].count),
                       c, row, 1, 1);
    }
  gtk_widget_set_name (remove, "item-remove");
  /* Focus stays in the line: otherwise leaving a half-typed field would save it first, and
   * one removal would become two undo steps. */
  gtk_widget_set_focus_on_click (remove, FALSE);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove"), -1);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
  gtk_grid_attach (GTK_GRID (self->grid), remove, self->n_columns, row, 1, 1);
  self->n_items++;
  update_header (self);
  return item_field (self, self->n_items - 1, 0);
}

static void
add_clicked_cb (SfValueEditor *self)
{
  gtk_widget_grab_focus (append_item (self));
}

static void
show_list (SfValueEditor *self,
           JsonArray     *array)
{
  guint n = array != NULL ? json_array_get_length (array) : 0;

  if (n != self->n_items)
    {
      while (self->n_items > 0)
        {
          gtk_grid_remove_row (GTK_GRID (self->grid), self->n_items);
          self->n_items--;
        }
      for (guint i = 0; i < n; i++)
        append_item (self);
    }
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      JsonObject *object = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element)
                                                            : NULL;

      for (guint c = 0; c < self->n_columns; c++)
        {
          const char *member = self->columns[c].member;
          GtkWidget *entry = item_field (self, i, c);

          if (self->columns[c].count)
            set_number_field (entry, sf_inventory_json_member (object, member));
          else
            {
              const char *text = sf_inventory_json_text (object, member);

              set_field (entry, text != NULL ? text : "");
            }
        }
    }
  update_header (self);
}

static void
build_list_fields (SfValueEditor *self)
{
  self->columns = self->type == SF_INDICATOR_CATEGORY_COUNTS ? kind_columns : activity_columns;
  for (self->n_columns = 0; self->columns[self->n_columns].member != NULL; self->n_columns++)
    gtk_grid_attach (GTK_GRID (self->grid),
                     heading_new (_(self->columns[self->n_columns].title),
                                  self->columns[self->n_columns].count),
                     self->n_columns, 0, 1, 1);
  adw_button_content_set_label (ADW_BUTTON_CONTENT (self->add_content),
                                self->type == SF_INDICATOR_CATEGORY_COUNTS
                                ? _("Add a Kind") : _("Add an Activity"));
  update_header (self);
}

/* ---- distribution ----------------------------------------------------------------------- */

static const char *
band_label (guint band)
{
  switch (band)
    {
    case 0:
      return _("Under 55");
    case 1:
      return _("55–64");
    case 2:
      return _("65–74");
    case 3:
      return _("75–84");
    default:
      return _("85 and over");
    }
}

static void
build_distribution_fields (SfValueEditor *self)
{
  /* Six equal columns: the bands read as one row of a table. */
  gtk_grid_set_column_homogeneous (GTK_GRID (self->grid), TRUE);
  for (guint i = 0; i < N_BANDS; i++)
    {
      self->bands[i] = entry_new (self, "band-entry", band_label (i), 4, TRUE);
      gtk_grid_attach (GTK_GRID (self->grid), heading_new (band_label (i), TRUE), i, 0, 1, 1);
      gtk_grid_attach (GTK_GRID (self->grid), self->bands[i], i, 1, 1, 1);
    }
  self->average = entry_new (self, "average-entry", _("Average age"), 4, TRUE);
  gtk_grid_attach (GTK_GRID (self->grid), heading_new (_("Average age"), TRUE), N_BANDS, 0, 1,
                   1);
  gtk_grid_attach (GTK_GRID (self->grid), self->average, N_BANDS, 1, 1, 1);
}

static void
show_distribution (SfValueEditor *self,
                   JsonNode      *root)
{
  const char * const *bands = SF_AGE_BANDS;
  JsonObject *object = root != NULL && JSON_NODE_HOLDS_OBJECT (root)
                       ? json_node_get_object (root) : NULL;
  JsonNode *node = object != NULL ? json_object_get_member (object, "bands") : NULL;
  JsonObject *counts = node != NULL && JSON_NODE_HOLDS_OBJECT (node)
                       ? json_node_get_object (node) : NULL;

  for (guint i = 0; i < N_BANDS; i++)
    set_number_field (self->bands[i],
                      sf_inventory_json_member (counts, bands[i]));
  set_number_field (self->average,
                    sf_inventory_json_member (object, "average"));
}

/* ---- the object ------------------------------------------------------------------------- */

void
sf_value_editor_update (SfValueEditor *self,
                        const char    *json)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_if_fail (SF_IS_VALUE_EDITOR (self));
  g_return_if_fail (self->has_type);

  if (g_strcmp0 (json, self->json) == 0)
    return;
  g_free (self->json);
  self->json = g_strdup (json);
  root = sf_inventory_json_parse (json);
  /* A focused line removed here must not commit what it held over the new value. */
  self->loading = TRUE;
  if (self->type == SF_INDICATOR_DISTRIBUTION)
    show_distribution (self, root);
  else
    show_list (self, root != NULL && JSON_NODE_HOLDS_ARRAY (root) ? json_node_get_array (root)
                                                                  : NULL);
  update_hint (self);
  self->loading = FALSE;
}

/* Whether the user typed a value other than the one shown and has not committed it yet; it
 * is then in @json (NULL when emptied). Fields only loaded count for nothing, so a value
 * changed elsewhere and not shown yet is never written back. Nothing is marked or emitted:
 * this is for keeping typed figures when the editor goes away. */
gboolean
sf_value_editor_get_typed (SfValueEditor  *self,
                           char          **json)
{
  g_return_val_if_fail (SF_IS_VALUE_EDITOR (self), FALSE);

  *json = NULL;
  if (!self->typed || !typed_json (self, FALSE, json))
    return FALSE;
  if (g_strcmp0 (*json, self->json) == 0)
    {
      g_clear_pointer (json, g_free);
      return FALSE;
    }
  return TRUE;
}

static void
sf_value_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SF_TYPE_VALUE_EDITOR);
  G_OBJECT_CLASS (sf_value_editor_parent_class)->dispose (object);
}

static void
sf_value_editor_finalize (GObject *object)
{
  SfValueEditor *self = SF_VALUE_EDITOR (object);

  g_free (self->json);
  G_OBJECT_CLASS (sf_value_editor_parent_class)->finalize (object);
}

static void
sf_value_editor_class_init (SfValueEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_value_editor_dispose;
  object_class->finalize = sf_value_editor_finalize;
  /* The new value as JSON text, NULL when the user emptied it. */
  signals[SIGNAL_COMMIT] = g_signal_new ("commit", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                         1, G_TYPE_STRING);

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_figures_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-value-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SfValueEditor, grid);
  gtk_widget_class_bind_template_child (widget_class, SfValueEditor, hint);
  gtk_widget_class_bind_template_child (widget_class, SfValueEditor, add_box);
  gtk_widget_class_bind_template_child (widget_class, SfValueEditor, add_content);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
}

static void
sf_value_editor_init (SfValueEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
sf_value_editor_set_indicator_type (SfValueEditor   *self,
                                    SfIndicatorType  type)
{
  g_return_if_fail (SF_IS_VALUE_EDITOR (self));
  g_return_if_fail (!self->has_type);
  g_return_if_fail (type == SF_INDICATOR_DISTRIBUTION ||
                    type == SF_INDICATOR_CATEGORY_COUNTS ||
                    type == SF_INDICATOR_ACTIVITIES);

  self->type = type;
  self->has_type = TRUE;
  if (type == SF_INDICATOR_DISTRIBUTION)
    {
      gtk_box_remove (GTK_BOX (gtk_widget_get_parent (self->add_box)), self->add_box);
      build_distribution_fields (self);
    }
  else
    build_list_fields (self);
}
