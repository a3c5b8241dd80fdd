/* sf-date-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What is typed is read on every change, so the refusal shows while typing; the row itself
 * keeps nothing: its owner asks for the date when it stores.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-date.h"
#include "sf-date-row.h"
#include "sf-text.h"
#include "steps-resources.h"

struct _SfDateRow
{
  AdwEntryRow parent_instance;

  char      *kept;        /* the stored date given to set_date () */
  char      *kept_shown;  /* ... as the row shows it */
  char      *refusal;     /* why what is typed is no date, or NULL */
  char      *message;     /* the owner's message, or NULL */
  gboolean   valid;

  GtkWidget *message_row;
  GtkWidget *message_label;
  GtkWidget *calendar;
  GtkWidget *calendar_button;
};

enum {
  PROP_0,
  PROP_VALID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SfDateRow, sf_date_row, ADW_TYPE_ENTRY_ROW)

static char *
typed_text (SfDateRow *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self))));
}

static void
show_message (SfDateRow *self)
{
  const char *text = self->refusal != NULL ? self->refusal : self->message;

  gtk_label_set_text (GTK_LABEL (self->message_label), text != NULL ? text : "");
  gtk_widget_set_visible (self->message_row, text != NULL);
  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

char *
sf_date_row_get_date (SfDateRow  *self,
                      GError    **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (SF_IS_DATE_ROW (self), NULL);
  text = typed_text (self);
  if (self->kept != NULL && g_str_equal (text, self->kept_shown))
    return g_strdup (self->kept);
  return sf_date_to_iso (text, error);
}

static void
text_changed (SfDateRow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = sf_date_row_get_date (self, &error);
  gboolean valid = date != NULL;

  g_clear_pointer (&self->refusal, g_free);
  if (!valid)
    self->refusal = g_strdup (error->message);
  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self), "error");
  show_message (self);
  if (valid != self->valid)
    {
      self->valid = valid;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
    }
}

/* Leaving the row shows a date that was read the way the app writes it, so that "14-5" and
 * "14 mei" never look like two dates. */
static void
tidy (SfDateRow *self)
{
  g_autofree char *date = sf_date_row_get_date (self, NULL);
  g_autofree char *shown = date != NULL ? sf_date_format (date, SF_DATE_LONG) : NULL;

  if (shown != NULL && g_strcmp0 (shown, gtk_editable_get_text (GTK_EDITABLE (self))) != 0)
    sf_text_set_loaded (GTK_EDITABLE (self), shown);
}

void
sf_date_row_set_date (SfDateRow  *self,
                      const char *stored)
{
  g_return_if_fail (SF_IS_DATE_ROW (self));

  g_free (self->kept);
  g_free (self->kept_shown);
  self->kept = g_strdup (stored != NULL ? stored : "");
  self->kept_shown = g_strstrip (sf_date_format (self->kept, SF_DATE_LONG));
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self)), self->kept_shown) != 0)
    sf_text_set_loaded (GTK_EDITABLE (self), self->kept_shown);
  else
    text_changed (self);
}

gboolean
sf_date_row_is_valid (SfDateRow *self)
{
  g_return_val_if_fail (SF_IS_DATE_ROW (self), FALSE);
  return self->valid;
}

GtkWidget *
sf_date_row_get_message_row (SfDateRow *self)
{
  g_return_val_if_fail (SF_IS_DATE_ROW (self), NULL);
  return self->message_row;
}

void
sf_date_row_add_message_row (SfDateRow *self)
{
  GtkWidget *list = gtk_widget_get_parent (GTK_WIDGET (self));

  g_return_if_fail (SF_IS_DATE_ROW (self));
  g_return_if_fail (GTK_IS_LIST_BOX (list));

  gtk_list_box_insert (GTK_LIST_BOX (list), self->message_row,
                       gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self)) + 1);
}

void
sf_date_row_set_message (SfDateRow  *self,
                         const char *message)
{
  g_return_if_fail (SF_IS_DATE_ROW (self));

  if (g_strcmp0 (self->message, message) == 0)
    return;
  g_free (self->message);
  self->message = g_strdup (message);
  show_message (self);
}

/* ---- the calendar ----------------------------------------------------------------------- */

static void
day_selected (SfDateRow *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (GTK_CALENDAR (self->calendar));
  g_autofree char *iso = g_date_time_format (day, "%Y-%m-%d");
  g_autofree char *shown = sf_date_format (iso, SF_DATE_LONG);

  sf_text_set_loaded (GTK_EDITABLE (self), shown);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->calendar_button));
}

/* The calendar opens at the date typed, if it is one. */
static void
calendar_shown (SfDateRow *self)
{
  g_autofree char *date = sf_date_row_get_date (self, NULL);
  GDate parsed;
  g_autoptr(GDateTime) when = NULL;

  if (date == NULL || !sf_date_from_iso (date, &parsed))
    return;
  when = g_date_time_new_local (g_date_get_year (&parsed), g_date_get_month (&parsed),
                                g_date_get_day (&parsed), 0, 0, 0);
  g_signal_handlers_block_by_func (self->calendar, day_selected, self);
  gtk_calendar_select_day (GTK_CALENDAR (self->calendar), when);
  g_signal_handlers_unblock_by_func (self->calendar, day_selected, self);
}

/* ---- the object ------------------------------------------------------------------------- */

static void
sf_date_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SfDateRow *self = SF_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_VALID:
      g_value_set_boolean (value, self->valid);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_date_row_dispose (GObject *object)
{
  SfDateRow *self = SF_DATE_ROW (object);

  g_clear_object (&self->message_row);
  G_OBJECT_CLASS (sf_date_row_parent_class)->dispose (object);
}

static void
sf_date_row_finalize (GObject *object)
{
  SfDateRow *self = SF_DATE_ROW (object);

  g_free (self->kept);
  g_free (self->kept_shown);
  g_free (self->refusal);
  g_free (self->message);
  G_OBJECT_CLASS (sf_date_row_parent_class)->finalize (object);
}

static void
sf_date_row_class_init (SfDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sf_date_row_get_property;
  object_class->dispose = sf_date_row_dispose;
  object_class->finalize = sf_date_row_finalize;

  properties[PROP_VALID] = g_param_spec_boolean ("valid", NULL, NULL, TRUE,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS |
                                                 G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_steps_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-date-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SfDateRow, message_row);
  gtk_widget_class_bind_template_child (widget_class, SfDateRow, message_label);
  gtk_widget_class_bind_template_child (widget_class, SfDateRow, calendar);
  gtk_widget_class_bind_template_child (widget_class, SfDateRow, calendar_button);
  gtk_widget_class_bind_template_callback (widget_class, text_changed);
  gtk_widget_class_bind_template_callback (widget_class, tidy);
  gtk_widget_class_bind_template_callback (widget_class, day_selected);
  gtk_widget_class_bind_template_callback (widget_class, calendar_shown);
}

static void
sf_date_row_init (SfDateRow *self)
{
  self->valid = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The owner places it, or not: it is kept until the row goes. */
  g_object_ref (self->message_row);
}

GtkWidget *
sf_date_row_new (const char *title)
{
  GtkWidget *row = g_object_new (SF_TYPE_DATE_ROW, NULL);

  if (title != NULL)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  return row;
}
