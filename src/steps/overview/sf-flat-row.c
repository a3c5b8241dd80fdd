/* sf-flat-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-flat-dialog.h"
#include "sf-flat-row.h"
#include "sf-one-line-row.h"
#include "sf-project-page.h"
#include "sf-text.h"
#include "steps-resources.h"

struct _SfFlatRow
{
  AdwActionRow parent_instance;

  SfProject *project;
  SfFlat    *flat;
};

G_DEFINE_FINAL_TYPE (SfFlatRow, sf_flat_row, ADW_TYPE_ACTION_ROW)

static void
update (SfFlatRow *self)
{
  int dwellings = sf_flat_get_dwellings (self->flat);
  g_autofree char *count = NULL;
  g_autofree char *subtitle = NULL;
  const char *parts[3];
  const char *name = sf_flat_get_name (self->flat);

  if (dwellings >= 0 && sf_flat_get_dwellings_estimated (self->flat))
    /* Translators: "≈" marks an estimate, as everywhere in the app. */
    count = g_strdup_printf (ngettext ("≈ %d dwelling", "≈ %d dwellings", dwellings), dwellings);
  else if (dwellings >= 0)
    count = g_strdup_printf (ngettext ("%d dwelling", "%d dwellings", dwellings), dwellings);
  else
    count = g_strdup (_("number of dwellings unknown"));
  parts[0] = sf_flat_get_address (self->flat);
  parts[1] = sf_flat_get_corporation (self->flat);
  parts[2] = count;
  subtitle = sf_text_join_parts (parts, G_N_ELEMENTS (parts));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), name != NULL ? name : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
}

static void
sf_flat_row_dispose (GObject *object)
{
  SfFlatRow *self = SF_FLAT_ROW (object);

  g_clear_object (&self->flat);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_flat_row_parent_class)->dispose (object);
}

static void
sf_flat_row_class_init (SfFlatRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_flat_row_dispose;

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_steps_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-flat-row.ui");
  gtk_widget_class_bind_template_callback (widget_class, sf_flat_row_edit);
}

static void
sf_flat_row_init (SfFlatRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sf_one_line_row_unwrap (GTK_WIDGET (self));
}

GtkWidget *
sf_flat_row_new (SfProject *project,
                 SfFlat    *flat)
{
  SfFlatRow *self;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (SF_IS_FLAT (flat), NULL);

  self = g_object_new (SF_TYPE_FLAT_ROW, NULL);
  self->project = g_object_ref (project);
  self->flat = g_object_ref (flat);
  /* The store updates the flat object in place after an edit, undo or redo. */
  g_signal_connect_object (flat, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
  return GTK_WIDGET (self);
}

SfFlat *
sf_flat_row_get_flat (SfFlatRow *self)
{
  g_return_val_if_fail (SF_IS_FLAT_ROW (self), NULL);
  return self->flat;
}

void
sf_flat_row_edit (SfFlatRow *self)
{
  /* A removal's toast goes to the page, which outlives this row. */
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (self), SF_TYPE_PROJECT_PAGE);
  GtkWidget *dialog;

  g_return_if_fail (SF_IS_FLAT_ROW (self));

  dialog = sf_flat_dialog_new (page, self->project, self->flat);
  gtk_window_present (GTK_WINDOW (dialog));
}
