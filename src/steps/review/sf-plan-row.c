/* sf-plan-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The status is a property of the row, so that the menu's items are radio items (a property
 * action); setting it from the menu stores it, and the store's change comes back through the
 * action's "notify" without storing again.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-due.h"
#include "sf-feedback.h"
#include "sf-icon-button.h"
#include "sf-menu-button.h"
#include "sf-plan-dialog.h"
#include "sf-plan-row.h"
#include "sf-project-page.h"
#include "sf-review-labels.h"
#include "review-resources.h"

struct _SfPlanRow
{
  AdwActionRow parent_instance;

  SfProject      *project;
  SfPlanAction   *action;
  SfActionStatus  status;  /* as the row shows it */

  GtkWidget      *status_button;
  GtkWidget      *status_label;
};

enum {
  PROP_0,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SfPlanRow, sf_plan_row, ADW_TYPE_ACTION_ROW)

/* One menu for every row: made when the first row's menu opens. */
static GMenuModel *
status_menu (void)
{
  static GMenu *menu = NULL;

  if (menu == NULL)
    {
      menu = g_menu_new ();
      for (int status = 0; status < SF_ACTION_N_STATUSES; status++)
        {
          g_autoptr(GMenuItem) item = g_menu_item_new (sf_action_status_label (status), NULL);

          g_menu_item_set_action_and_target_value (item, "plan-row.status",
                                                   g_variant_new_int32 (status));
          g_menu_append_item (menu, item);
        }
    }
  return G_MENU_MODEL (menu);
}

/* Only what changed is set again: a label set to the same text still measures its row
 * anew. */
static void
update (SfPlanRow *self)
{
  const char *what = sf_plan_action_get_what (self->action);
  const char *responsible = sf_plan_action_get_responsible (self->action);
  g_autofree char *due = sf_due_format (sf_plan_action_get_due (self->action));
  g_autofree char *subtitle = NULL;
  SfActionStatus status = sf_plan_action_get_status (self->action);
  gboolean first = *gtk_label_get_text (GTK_LABEL (self->status_label)) == '\0';

  if (*responsible == '\0')
    responsible = _("No one responsible yet");
  subtitle = *due != '\0' ? g_strdup_printf ("%s · %s", responsible, due)
                          : g_strdup (responsible);
  if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self)), what) != 0)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), what != NULL ? what : "");
  if (g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (self)), subtitle) != 0)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  if (!first && status == self->status)
    return;
  gtk_label_set_text (GTK_LABEL (self->status_label), sf_action_status_label (status));
  /* Done and dropped actions step back, as dim-label does it, without restyling the row. */
  gtk_widget_set_opacity (GTK_WIDGET (self),
                          status == SF_ACTION_DONE || status == SF_ACTION_DROPPED ? 0.55 : 1);
  if (status != self->status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
}

/* The action's fields as they are, with @status: the others involved stay as they are. */
static void
store_status (SfPlanRow      *self,
              SfActionStatus  status)
{
  SfActionFields fields = {
    sf_plan_action_get_what (self->action),
    sf_plan_action_get_why (self->action),
    sf_plan_action_get_precondition_id (self->action),
    sf_plan_action_get_theme_id (self->action),
    sf_plan_action_get_responsible_id (self->action),
    sf_plan_action_get_due (self->action),
    status,
    NULL,
  };
  g_autoptr(GError) error = NULL;

  if (status == sf_plan_action_get_status (self->action))
    return;
  if (!sf_project_update_action (self->project, sf_record_get_id (SF_RECORD (self->action)),
                                 &fields, &error))
    {
      sf_feedback_error (GTK_WIDGET (self), _("The status could not be changed"), error);
      /* The menu shows the status that is stored. */
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SfPlanRow *self = SF_PLAN_ROW (widget);

  sf_feedback_remove (widget, self->project, sf_project_remove_action,
                      sf_record_get_id (SF_RECORD (self->action)), _("Action removed"),
                      _("The action could not be removed"));
}

static void
sf_plan_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SfPlanRow *self = SF_PLAN_ROW (object);

  switch (prop_id)
    {
    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_plan_row_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SfPlanRow *self = SF_PLAN_ROW (object);

  switch (prop_id)
    {
    case PROP_STATUS:
      if (self->action != NULL)
        store_status (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_plan_row_dispose (GObject *object)
{
  SfPlanRow *self = SF_PLAN_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_PLAN_ROW);
  g_clear_object (&self->action);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_plan_row_parent_class)->dispose (object);
}

static void
sf_plan_row_class_init (SfPlanRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_plan_row_dispose;
  object_class->get_property = sf_plan_row_get_property;
  object_class->set_property = sf_plan_row_set_property;

  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, 0, SF_ACTION_N_STATUSES - 1, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_property_action (widget_class, "plan-row.status", "status");
  gtk_widget_class_install_action (widget_class, "plan-row.remove", NULL, remove_action);

  g_type_ensure (SF_TYPE_ICON_BUTTON);
  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_review_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-plan-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SfPlanRow, status_button);
  gtk_widget_class_bind_template_child (widget_class, SfPlanRow, status_label);
  gtk_widget_class_bind_template_callback (widget_class, sf_plan_row_edit);
}

static void
sf_plan_row_init (SfPlanRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sf_menu_button_set_menu_later (GTK_MENU_BUTTON (self->status_button), status_menu ());
}

GtkWidget *
sf_plan_row_new (SfProject    *project,
                 SfPlanAction *action)
{
  SfPlanRow *self;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (SF_IS_PLAN_ACTION (action), NULL);

  self = g_object_new (SF_TYPE_PLAN_ROW, NULL);
  self->project = g_object_ref (project);
  self->action = g_object_ref (action);
  self->status = sf_plan_action_get_status (action);
  /* The store updates the action in place after an edit, undo or redo. */
  g_signal_connect_object (action, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
  return GTK_WIDGET (self);
}

SfPlanAction *
sf_plan_row_get_action (SfPlanRow *self)
{
  g_return_val_if_fail (SF_IS_PLAN_ROW (self), NULL);
  return self->action;
}

void
sf_plan_row_edit (SfPlanRow *self)
{
  /* The dialog's removal toast goes to the page, which outlives this row. */
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (self), SF_TYPE_PROJECT_PAGE);
  GtkWidget *dialog;

  g_return_if_fail (SF_IS_PLAN_ROW (self));

  dialog = sf_plan_dialog_new (page != NULL ? page : GTK_WIDGET (self), self->project,
                               self->action);
  gtk_window_present (GTK_WINDOW (dialog));
}
