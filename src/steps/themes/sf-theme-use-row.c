/* sf-theme-use-row.c: how one theme is used, under the themes chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-colour-swatch.h"
#include "sf-text.h"
#include "sf-theme-use-row.h"
#include "themes-resources.h"

struct _SfThemeUseRow
{
  AdwActionRow parent_instance;

  GtkWidget *swatch;
};

G_DEFINE_FINAL_TYPE (SfThemeUseRow, sf_theme_use_row, ADW_TYPE_ACTION_ROW)

static char *
describe_use (const SfThemeUse *use)
{
  g_autofree char *partners = NULL;
  g_autofree char *figures = NULL;
  const char *parts[2];

  if (use->partners > 0)
    partners = g_strdup_printf (ngettext ("In the key points of %u partner",
                                          "In the key points of %u partners", use->partners),
                                use->partners);
  else
    partners = g_strdup (_("Not in the partners’ key points"));
  if (use->key_figures != NULL && use->key_figures[0] != NULL)
    {
      g_autofree char *names = g_strjoinv (", ", use->key_figures);

      /* TRANSLATORS: the key figures in the session whose statements carry a theme */
      figures = g_strdup_printf (_("Raised by %s"), names);
    }
  else
    figures = g_strdup (_("Not raised by a key figure"));
  parts[0] = partners;
  parts[1] = figures;
  return sf_text_join_parts (parts, G_N_ELEMENTS (parts));
}

GtkWidget *
sf_theme_use_row_new (const SfThemeUse *use)
{
  SfThemeUseRow *self;
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (use != NULL, NULL);

  self = g_object_new (SF_TYPE_THEME_USE_ROW, NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), use->name);
  subtitle = describe_use (use);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  sf_colour_swatch_set_colour (SF_COLOUR_SWATCH (self->swatch), use->colour);
  return GTK_WIDGET (self);
}

static void
sf_theme_use_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SF_TYPE_THEME_USE_ROW);
  G_OBJECT_CLASS (sf_theme_use_row_parent_class)->dispose (object);
}

static void
sf_theme_use_row_class_init (SfThemeUseRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sf_theme_use_row_dispose;

  g_type_ensure (SF_TYPE_COLOUR_SWATCH);
  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_themes_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-theme-use-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SfThemeUseRow, swatch);
}

static void
sf_theme_use_row_init (SfThemeUseRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
