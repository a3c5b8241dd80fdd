/* sf-mbc-sensitivity-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The figures are the cumulative result after the last year, as the key figures end with.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-mbc-sensitivity-view.h"

struct _SfMbcSensitivityView
{
  AdwBin     parent_instance;

  GtkWidget *grid;
  GtkWidget *strongest;
};

G_DEFINE_FINAL_TYPE (SfMbcSensitivityView, sf_mbc_sensitivity_view, ADW_TYPE_BIN)

static void
attach (GtkGrid    *grid,
        int         row,
        const char *const cells[4],
        gboolean    heading)
{
  for (int c = 0; c < 4; c++)
    {
      GtkWidget *label = gtk_label_new (cells[c]);

      gtk_label_set_xalign (GTK_LABEL (label), c == 0 ? 0 : 1);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_set_hexpand (label, c == 0);
      if (heading)
        gtk_widget_add_css_class (label, "heading");
      gtk_grid_attach (grid, label, c, row, 1, 1);
    }
}

void
sf_mbc_sensitivity_view_update (SfMbcSensitivityView *self,
                                const SfMbcResult    *result)
{
  /* The worse and the better result, whichever way the assumption moves. */
  const char *head[4] = { _("Parameter"), _("Unfavourable"), _("Expected"), _("Favourable") };
  GtkWidget *child;
  g_autofree char *strongest = NULL;

  g_return_if_fail (SF_IS_MBC_SENSITIVITY_VIEW (self));

  while ((child = gtk_widget_get_first_child (self->grid)) != NULL)
    gtk_grid_remove (GTK_GRID (self->grid), child);
  attach (GTK_GRID (self->grid), 0, head, TRUE);
  for (guint s = 0; s < SF_MBC_SENS_N; s++)
    {
      const SfMbcRange *range = &result->sensitivity[s];
      g_autofree char *low = sf_mbc_format_amount (range->low);
      g_autofree char *expected = sf_mbc_format_amount (range->expected);
      g_autofree char *high = sf_mbc_format_amount (range->high);
      const char *cells[4] = { sf_mbc_sensitivity_label (s), low, expected, high };

      attach (GTK_GRID (self->grid), (int) s + 1, cells, FALSE);
    }
  if (result->strongest < SF_MBC_SENS_N)
    /* Translators: %s is one of the business case's main parameters */
    strongest = g_strdup_printf (_("“%s” moves the result most."),
                                 sf_mbc_sensitivity_label (result->strongest));
  gtk_label_set_text (GTK_LABEL (self->strongest), strongest != NULL ? strongest : "");
  gtk_widget_set_visible (self->strongest, strongest != NULL);
}

static void
sf_mbc_sensitivity_view_class_init (SfMbcSensitivityViewClass *klass)
{
}

static void
sf_mbc_sensitivity_view_init (SfMbcSensitivityView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *intro = gtk_label_new (_("The cumulative result after three years when one "
                                      "parameter is a quarter lower or higher (prevention: up "
                                      "to the literature’s upper bound), the others as "
                                      "expected."));

  gtk_widget_add_css_class (box, "card");
  self->grid = gtk_grid_new ();
  gtk_widget_set_name (self->grid, "mbc-sensitivity");
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 18);
  self->strongest = gtk_label_new (NULL);
  gtk_widget_set_name (self->strongest, "mbc-strongest");
  gtk_label_set_xalign (GTK_LABEL (self->strongest), 0);
  gtk_label_set_wrap (GTK_LABEL (self->strongest), TRUE);
  gtk_widget_add_css_class (self->strongest, "heading");
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_widget_add_css_class (intro, "dim-label");
  gtk_box_append (GTK_BOX (box), intro);
  gtk_box_append (GTK_BOX (box), self->grid);
  gtk_box_append (GTK_BOX (box), self->strongest);
  for (GtkWidget *c = gtk_widget_get_first_child (box); c; c = gtk_widget_get_next_sibling (c))
    {
      gtk_widget_set_margin_start (c, 12);
      gtk_widget_set_margin_end (c, 12);
    }
  gtk_widget_set_margin_top (intro, 12);
  gtk_widget_set_margin_bottom (self->strongest, 12);
  adw_bin_set_child (ADW_BIN (self), box);
}

GtkWidget *
sf_mbc_sensitivity_view_new (void)
{
  return g_object_new (SF_TYPE_MBC_SENSITIVITY_VIEW, NULL);
}
