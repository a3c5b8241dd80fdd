/* sf-outstanding-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "figures-resources.h"
#include "sf-outstanding-row.h"

struct _SfOutstandingRow
{
  AdwActionRow parent_instance;

  char      *partner_id;

  GtkWidget *count_label;
  GtkWidget *request_button;
};

G_DEFINE_FINAL_TYPE (SfOutstandingRow, sf_outstanding_row, ADW_TYPE_ACTION_ROW)

static void
sf_outstanding_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SF_TYPE_OUTSTANDING_ROW);
  G_OBJECT_CLASS (sf_outstanding_row_parent_class)->dispose (object);
}

static void
sf_outstanding_row_finalize (GObject *object)
{
  g_free (SF_OUTSTANDING_ROW (object)->partner_id);
  G_OBJECT_CLASS (sf_outstanding_row_parent_class)->finalize (object);
}

static void
sf_outstanding_row_class_init (SfOutstandingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_outstanding_row_dispose;
  object_class->finalize = sf_outstanding_row_finalize;

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_figures_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-outstanding-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SfOutstandingRow, count_label);
  gtk_widget_class_bind_template_child (widget_class, SfOutstandingRow, request_button);
}

static void
sf_outstanding_row_init (SfOutstandingRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sf_outstanding_row_new (const char *partner_id,
                        const char *organisation,
                        const char *gaps,
                        guint       n_gaps)
{
  SfOutstandingRow *self = g_object_new (SF_TYPE_OUTSTANDING_ROW, NULL);
  g_autofree char *count = g_strdup_printf ("%u", n_gaps);

  self->partner_id = g_strdup (partner_id);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), organisation);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self),
                               *gaps != '\0' ? gaps : _("Nothing outstanding"));
  gtk_label_set_text (GTK_LABEL (self->count_label), count);
  /* Nothing to ask for: no button (an action's button cannot stay greyed out). */
  gtk_widget_set_visible (self->request_button, n_gaps > 0);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->request_button),
                                          g_variant_new_string (partner_id));
  return GTK_WIDGET (self);
}

const char *
sf_outstanding_row_get_partner_id (SfOutstandingRow *self)
{
  g_return_val_if_fail (SF_IS_OUTSTANDING_ROW (self), NULL);

  return self->partner_id;
}
