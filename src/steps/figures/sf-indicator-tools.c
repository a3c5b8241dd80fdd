/* sf-indicator-tools.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "figures-resources.h"
#include "sf-feedback.h"
#include "sf-indicator-dialog.h"
#include "sf-indicator-tools.h"
#include "sf-project-figures.h"

struct _SfIndicatorTools
{
  GtkBox     parent_instance;

  SfProject *project;

  GtkWidget *prompt;
  GtkWidget *hidden_button;
};

G_DEFINE_FINAL_TYPE (SfIndicatorTools, sf_indicator_tools, GTK_TYPE_BOX)

/* The hidden indicators' menu follows the project's indicators. */
static void
update_hidden (SfIndicatorTools *self)
{
  GListModel *indicators = sf_project_get_indicators (self->project);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();
  guint n = 0;
  g_autofree char *label = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(SfIndicator) indicator = g_list_model_get_item (indicators, i);
      g_autoptr(GMenuItem) item = NULL;

      if (!sf_indicator_get_hidden (indicator))
        continue;
      item = g_menu_item_new (sf_indicator_get_name (indicator), NULL);
      g_menu_item_set_action_and_target (item, "indicators.show", "s",
                                         sf_record_get_id (SF_RECORD (indicator)));
      g_menu_append_item (section, item);
      n++;
    }
  g_menu_append_section (menu, _("Show Again"), G_MENU_MODEL (section));
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->hidden_button), G_MENU_MODEL (menu));
  /* Translators: a menu button listing the hidden figures; %u is how many. */
  label = g_strdup_printf (ngettext ("%u Hidden Figure", "%u Hidden Figures", n), n);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->hidden_button), label);
  gtk_widget_set_visible (self->hidden_button, n > 0);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  SfIndicatorTools *self = SF_INDICATOR_TOOLS (widget);

  gtk_window_present (GTK_WINDOW (sf_indicator_dialog_new (widget, self->project)));
}

static void
show_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SfIndicatorTools *self = SF_INDICATOR_TOOLS (widget);
  g_autoptr(GError) error = NULL;

  if (!sf_project_set_indicator_hidden (self->project, g_variant_get_string (parameter, NULL),
                                        FALSE, &error))
    sf_feedback_error (widget, _("The figure could not be shown"), error);
}

static void
sf_indicator_tools_dispose (GObject *object)
{
  SfIndicatorTools *self = SF_INDICATOR_TOOLS (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_INDICATOR_TOOLS);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_indicator_tools_parent_class)->dispose (object);
}

static void
sf_indicator_tools_class_init (SfIndicatorToolsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_indicator_tools_dispose;
  gtk_widget_class_install_action (widget_class, "indicators.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "indicators.show", "s", show_action);

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_figures_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-indicator-tools.ui");
  gtk_widget_class_bind_template_child (widget_class, SfIndicatorTools, prompt);
  gtk_widget_class_bind_template_child (widget_class, SfIndicatorTools, hidden_button);
}

static void
sf_indicator_tools_init (SfIndicatorTools *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_label_set_text (GTK_LABEL (self->prompt), sf_method_get_add_own_prompt ());
}

GtkWidget *
sf_indicator_tools_new (SfProject *project)
{
  SfIndicatorTools *self;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  self = g_object_new (SF_TYPE_INDICATOR_TOOLS, NULL);
  self->project = g_object_ref (project);
  g_signal_connect_object (project, "changed::indicator", G_CALLBACK (update_hidden), self,
                           G_CONNECT_SWAPPED);
  update_hidden (self);
  return GTK_WIDGET (self);
}
