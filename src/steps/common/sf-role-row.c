/* sf-role-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-method.h"
#include "sf-role-row.h"
#include "sf-text.h"
#include "steps-resources.h"

struct _SfRoleRow
{
  AdwEntryRow parent_instance;

  guint      step;
  GtkWidget *menu_button;
};

enum {
  PROP_0,
  PROP_STEP,
  PROP_MENU_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SfRoleRow, sf_role_row, ADW_TYPE_ENTRY_ROW)

/* The roles the method's step @step names, to fill in with one click. */
static void
set_step (SfRoleRow *self,
          guint      step)
{
  const SfMethodStep *method_step = sf_method_get_step (step);
  g_autoptr(GMenu) menu = g_menu_new ();

  self->step = step;
  for (guint i = 0; method_step != NULL && i < sf_method_step_get_n_roles (method_step); i++)
    {
      g_autofree char *role = sf_text_sentence_case (sf_method_step_get_role (method_step, i));
      g_autoptr(GMenuItem) item = g_menu_item_new (role, NULL);

      g_menu_item_set_action_and_target (item, "dialog.pick-role", "s", role);
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->menu_button), G_MENU_MODEL (menu));
}

static void
set_menu_label (SfRoleRow  *self,
                const char *label)
{
  gtk_widget_set_tooltip_text (self->menu_button, label);
  if (label != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
sf_role_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SfRoleRow *self = SF_ROLE_ROW (object);

  switch (prop_id)
    {
    case PROP_STEP:
      g_value_set_uint (value, self->step);
      break;
    case PROP_MENU_LABEL:
      g_value_set_string (value, gtk_widget_get_tooltip_text (self->menu_button));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_role_row_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SfRoleRow *self = SF_ROLE_ROW (object);

  switch (prop_id)
    {
    case PROP_STEP:
      set_step (self, g_value_get_uint (value));
      break;
    case PROP_MENU_LABEL:
      set_menu_label (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_role_row_class_init (SfRoleRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sf_role_row_get_property;
  object_class->set_property = sf_role_row_set_property;

  properties[PROP_STEP] = g_param_spec_uint ("step", NULL, NULL, 0, G_MAXUINT, 0,
                                             G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                             G_PARAM_STATIC_STRINGS);
  properties[PROP_MENU_LABEL] = g_param_spec_string ("menu-label", NULL, NULL, NULL,
                                                     G_PARAM_READWRITE |
                                                     G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_steps_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-role-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SfRoleRow, menu_button);
}

static void
sf_role_row_init (SfRoleRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sf_role_row_new (guint       step,
                 const char *title,
                 const char *menu_label)
{
  return g_object_new (SF_TYPE_ROLE_ROW, "step", step, "title", title,
                       "menu-label", menu_label, NULL);
}

void
sf_role_row_pick (SfRoleRow  *self,
                  const char *role)
{
  g_return_if_fail (SF_IS_ROLE_ROW (self));

  gtk_editable_set_text (GTK_EDITABLE (self), role);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}
