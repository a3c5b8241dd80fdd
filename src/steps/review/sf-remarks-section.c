/* sf-remarks-section.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A remark is resolved one of three ways: corrected in place (its item opens where search
 * would open it, and the remark is marked corrected), turned into an action of the plan, or
 * dismissed with a reason. Each is one undoable step.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-feedback.h"
#include "sf-list-more.h"
#include "sf-placeholder.h"
#include "sf-project-items.h"
#include "sf-project-remarks.h"
#include "sf-remark-action-dialog.h"
#include "sf-remark-dialog.h"
#include "sf-remark-row.h"
#include "sf-remarks-section.h"
#include "sf-startfoto-check-window.h"

struct _SfRemarksSection
{
  AdwPreferencesGroup parent_instance;

  SfProject *project;
  GtkWidget *list_box;
  GtkWidget *more;
};

G_DEFINE_FINAL_TYPE (SfRemarksSection, sf_remarks_section, ADW_TYPE_PREFERENCES_GROUP)

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  return sf_remark_row_new (SF_PROJECT (user_data), SF_REMARK (item));
}

static SfRemark *
find_remark (SfRemarksSection *self,
             const char       *id,
             guint            *position)
{
  GListModel *remarks = sf_project_get_remarks (self->project);

  for (guint i = 0; i < g_list_model_get_n_items (remarks); i++)
    {
      g_autoptr(SfRemark) remark = g_list_model_get_item (remarks, i);

      if (g_str_equal (sf_record_get_id (SF_RECORD (remark)), id))
        {
          if (position != NULL)
            *position = i;
          return remark; /* the list keeps it */
        }
    }
  return NULL;
}

static void
check_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SfRemarksSection *self = SF_REMARKS_SECTION (widget);

  gtk_window_present (GTK_WINDOW (sf_startfoto_check_window_new (widget, self->project)));
}

/* Where search would show it: its step's page (a theme: the themes page), at the item. */
static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SfRemarksSection *self = SF_REMARKS_SECTION (widget);
  SfRemark *remark = find_remark (self, g_variant_get_string (parameter, NULL), NULL);
  g_autofree char *about = NULL;
  guint step = 0;

  if (remark == NULL)
    return;
  about = sf_project_describe_item (self->project, sf_remark_get_item_kind (remark),
                                    sf_remark_get_item_ref (remark), &step, NULL);
  if (about != NULL)
    gtk_widget_activate_action (widget, "view.reveal", "(uss)", step,
                                sf_remark_get_item_kind (remark),
                                sf_remark_get_item_ref (remark));
}

static void
resolve (SfRemarksSection   *self,
         GVariant           *parameter,
         SfRemarkResolution  resolution)
{
  g_autoptr(GError) error = NULL;

  if (!sf_project_resolve_remark (self->project, g_variant_get_string (parameter, NULL),
                                  resolution, NULL, &error))
    sf_feedback_error (GTK_WIDGET (self), _("The remark could not be changed"), error);
}

static void
corrected_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  resolve (SF_REMARKS_SECTION (widget), parameter, SF_REMARK_CORRECTED);
}

static void
reopen_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  resolve (SF_REMARKS_SECTION (widget), parameter, SF_REMARK_OPEN);
}

static void
to_action_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SfRemarksSection *self = SF_REMARKS_SECTION (widget);
  SfRemark *remark = find_remark (self, g_variant_get_string (parameter, NULL), NULL);

  if (remark != NULL)
    sf_remark_action_dialog_show (widget, self->project, remark);
}

static void
dismiss_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SfRemarksSection *self = SF_REMARKS_SECTION (widget);

  sf_remark_dialog_dismiss (widget, self->project, g_variant_get_string (parameter, NULL));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SfRemarksSection *self = SF_REMARKS_SECTION (widget);

  sf_feedback_remove (widget, self->project, sf_project_remove_remark,
                      g_variant_get_string (parameter, NULL), _("Remark removed"),
                      _("The remark could not be removed"));
}

static void
sf_remarks_section_dispose (GObject *object)
{
  SfRemarksSection *self = SF_REMARKS_SECTION (object);

  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_remarks_section_parent_class)->dispose (object);
}

static void
sf_remarks_section_class_init (SfRemarksSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sf_remarks_section_dispose;
  gtk_widget_class_install_action (widget_class, "remarks.check", NULL, check_action);
  gtk_widget_class_install_action (widget_class, "remarks.open", "s", open_action);
  gtk_widget_class_install_action (widget_class, "remarks.corrected", "s", corrected_action);
  gtk_widget_class_install_action (widget_class, "remarks.to-action", "s", to_action_action);
  gtk_widget_class_install_action (widget_class, "remarks.dismiss", "s", dismiss_action);
  gtk_widget_class_install_action (widget_class, "remarks.reopen", "s", reopen_action);
  gtk_widget_class_install_action (widget_class, "remarks.remove", "s", remove_action);
}

static void
sf_remarks_section_init (SfRemarksSection *self)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  gtk_widget_set_name (GTK_WIDGET (self), "remarks");
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Check the Startfoto"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
    _("Walk through the outcomes of steps 1 to 3 together, one screen at a time. A remark "
      "on an item is corrected in place, turned into an action, or dismissed with a reason."));
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "view-reveal-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("_Walk Through"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_set_name (button, "check-startfoto");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "remarks.check");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), button);

  self->list_box = gtk_list_box_new ();
  gtk_widget_set_name (self->list_box, "remark-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list_box), GTK_SELECTION_SINGLE);
  gtk_widget_add_css_class (self->list_box, "boxed-list");
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->list_box),
    sf_placeholder_new (_("No remarks yet. Walk through the Startfoto and add one to any "
                          "item that is not right or still missing.")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->list_box);
}

static void
table_changed_cb (SfProject        *project,
                  const char       *table,
                  SfRemarksSection *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (self->list_box); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (SF_IS_REMARK_ROW (row))
      sf_remark_row_item_changed (SF_REMARK_ROW (row), table);
}

GtkWidget *
sf_remarks_section_new (SfProject *project)
{
  SfRemarksSection *self;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  self = g_object_new (SF_TYPE_REMARKS_SECTION, NULL);
  self->project = g_object_ref (project);
  /* The first remarks: a large project's rest is made when asked for. */
  self->more = sf_list_more_bind (GTK_LIST_BOX (self->list_box), sf_project_get_remarks (project),
                                  50, create_row, project);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->more);
  g_signal_connect_object (project, "changed", G_CALLBACK (table_changed_cb), self, 0);
  return GTK_WIDGET (self);
}

gboolean
sf_remarks_section_reveal (SfRemarksSection *self,
                           const char       *id)
{
  GtkListBoxRow *row;
  guint position;

  g_return_val_if_fail (SF_IS_REMARKS_SECTION (self), FALSE);

  if (find_remark (self, id, &position) == NULL)
    return FALSE;
  sf_list_more_show_all (self->more);
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list_box), (int) position);
  if (row == NULL)
    return FALSE;
  gtk_list_box_select_row (GTK_LIST_BOX (self->list_box), row);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  return TRUE;
}
