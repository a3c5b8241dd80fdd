/* sf-considerations-section.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "review-resources.h"
#include "sf-consideration-dialog.h"
#include "sf-consideration-row.h"
#include "sf-considerations-section.h"
#include "sf-placeholder.h"
#include "sf-project-considerations.h"

struct _SfConsiderationsSection
{
  AdwPreferencesGroup parent_instance;

  SfProject *project;

  GtkWidget *list_box;
};

G_DEFINE_FINAL_TYPE (SfConsiderationsSection, sf_considerations_section,
                     ADW_TYPE_PREFERENCES_GROUP)

static GtkWidget *
create_row (gpointer item,
            gpointer project)
{
  return sf_consideration_row_new (project, SF_CONSIDERATION (item));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  SfConsiderationsSection *self = SF_CONSIDERATIONS_SECTION (widget);

  gtk_window_present (GTK_WINDOW (sf_consideration_dialog_new (widget, self->project, NULL)));
}

static void
sf_considerations_section_dispose (GObject *object)
{
  SfConsiderationsSection *self = SF_CONSIDERATIONS_SECTION (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_CONSIDERATIONS_SECTION);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_considerations_section_parent_class)->dispose (object);
}

static void
sf_considerations_section_class_init (SfConsiderationsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_considerations_section_dispose;

  gtk_widget_class_install_action (widget_class, "considerations.add", NULL, add_action);

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_review_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-considerations-section.ui");
  gtk_widget_class_bind_template_child (widget_class, SfConsiderationsSection, list_box);
}

static void
sf_considerations_section_init (SfConsiderationsSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->list_box),
                                sf_placeholder_new (_("Nothing to take into account yet")));
}

GtkWidget *
sf_considerations_section_new (SfProject *project)
{
  SfConsiderationsSection *self;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  self = g_object_new (SF_TYPE_CONSIDERATIONS_SECTION, NULL);
  self->project = g_object_ref (project);
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list_box),
                           sf_project_get_considerations (project), create_row, project, NULL);
  return GTK_WIDGET (self);
}

gboolean
sf_considerations_section_reveal (SfConsiderationsSection *self,
                                  const char              *id)
{
  g_return_val_if_fail (SF_IS_CONSIDERATIONS_SECTION (self), FALSE);

  for (GtkWidget *row = gtk_widget_get_first_child (self->list_box); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      SfConsideration *item = SF_IS_CONSIDERATION_ROW (row)
                              ? sf_consideration_row_get (SF_CONSIDERATION_ROW (row)) : NULL;

      if (item == NULL || g_strcmp0 (sf_record_get_id (SF_RECORD (item)), id) != 0)
        continue;
      /* The page scrolls to its focus, which comes back here when the dialog closes. */
      gtk_widget_grab_focus (row);
      sf_consideration_row_edit (SF_CONSIDERATION_ROW (row));
      return TRUE;
    }
  return FALSE;
}
