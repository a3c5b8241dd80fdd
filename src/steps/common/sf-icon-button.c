/* sf-icon-button.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lists put several of these on every row. gtk_widget_set_tooltip_text () costs about a third
 * of a millisecond per widget in GTK 4.8, which adds up to seconds for a long list, so the
 * tooltip is given only when GTK asks for it (query-tooltip).
 */
#include "config.h"

#include "sf-icon-button.h"

struct _SfIconButton
{
  GtkButton parent_instance;

  char *tip;
};

enum {
  PROP_0,
  PROP_TIP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SfIconButton, sf_icon_button, GTK_TYPE_BUTTON)

static gboolean
sf_icon_button_query_tooltip (GtkWidget  *widget,
                              int         x,
                              int         y,
                              gboolean    keyboard_mode,
                              GtkTooltip *tooltip)
{
  SfIconButton *self = SF_ICON_BUTTON (widget);

  if (self->tip == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, self->tip);
  return TRUE;
}

static void
sf_icon_button_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SfIconButton *self = SF_ICON_BUTTON (object);

  switch (prop_id)
    {
    case PROP_TIP:
      g_value_set_string (value, sf_icon_button_get_tip (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_icon_button_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SfIconButton *self = SF_ICON_BUTTON (object);

  switch (prop_id)
    {
    case PROP_TIP:
      sf_icon_button_set_tip (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_icon_button_finalize (GObject *object)
{
  SfIconButton *self = SF_ICON_BUTTON (object);

  g_free (self->tip);
  G_OBJECT_CLASS (sf_icon_button_parent_class)->finalize (object);
}

static void
sf_icon_button_class_init (SfIconButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sf_icon_button_get_property;
  object_class->set_property = sf_icon_button_set_property;
  object_class->finalize = sf_icon_button_finalize;
  widget_class->query_tooltip = sf_icon_button_query_tooltip;

  properties[PROP_TIP] = g_param_spec_string ("tip", NULL, NULL, NULL,
                                              G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS |
                                              G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_icon_button_init (SfIconButton *self)
{
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self), "flat");
  gtk_widget_add_css_class (GTK_WIDGET (self), "circular");
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

GtkWidget *
sf_icon_button_new (const char *icon_name,
                    const char *tip)
{
  return g_object_new (SF_TYPE_ICON_BUTTON, "icon-name", icon_name, "tip", tip, NULL);
}

void
sf_icon_button_set_tip (SfIconButton *self,
                        const char   *tip)
{
  g_return_if_fail (SF_IS_ICON_BUTTON (self));

  if (g_strcmp0 (self->tip, tip) == 0)
    return;
  g_free (self->tip);
  self->tip = g_strdup (tip);
  if (tip != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, tip,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIP]);
}

const char *
sf_icon_button_get_tip (SfIconButton *self)
{
  g_return_val_if_fail (SF_IS_ICON_BUTTON (self), NULL);
  return self->tip;
}

void
sf_icon_button_set (GtkWidget  *button,
                    const char *icon_name,
                    const char *tip)
{
  g_return_if_fail (SF_IS_ICON_BUTTON (button));

  gtk_button_set_icon_name (GTK_BUTTON (button), icon_name);
  sf_icon_button_set_tip (SF_ICON_BUTTON (button), tip);
}
