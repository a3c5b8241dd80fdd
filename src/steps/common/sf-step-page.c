/* sf-step-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-bullet-item.h"
#include "sf-feedback.h"
#include "sf-method.h"
#include "sf-question-list.h"
#include "sf-step-page.h"
#include "sf-step-status.h"
#include "sf-text.h"
#include "steps-resources.h"

typedef struct
{
  SfProject *project; /* the page's (SfProjectPage), for brevity */
  guint      number;
  gboolean   syncing_status; /* set while the row follows the project, so it writes nothing */

  GtkWidget *content_box;
  GtkWidget *caption_label;
  GtkWidget *title_label;
  GtkWidget *status_row;
  GtkWidget *follow_work_button;
  GtkWidget *purpose_label;
  GtkWidget *approach_label;
  GtkWidget *result_group;
  GtkWidget *result_label;
  GtkWidget *roles_group;
  GtkWidget *roles_list;
  GtkWidget *sections_box;
} SfStepPagePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (SfStepPage, sf_step_page, SF_TYPE_PROJECT_PAGE)

enum {
  PROP_0,
  PROP_NUMBER,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

/* The status shown is the one set by hand, else what the work suggests; the row says which,
 * and what the work says when the hand-set one differs. */
static void
sync_status (SfStepPage *self)
{
  SfStepPagePrivate *priv = sf_step_page_get_instance_private (self);
  SfStepStatus status = sf_project_get_step_status (priv->project, priv->number);
  SfStepStatus suggested = sf_project_get_suggested_step_status (priv->project, priv->number);
  gboolean by_hand = sf_project_get_step_status_by_hand (priv->project, priv->number);
  g_autofree char *subtitle = NULL;

  priv->syncing_status = TRUE;
  adw_combo_row_set_selected (ADW_COMBO_ROW (priv->status_row), status);
  priv->syncing_status = FALSE;
  if (!by_hand)
    subtitle = g_strdup (_("Follows the work in the project; choose another to set it yourself"));
  else if (status == suggested)
    subtitle = g_strdup (_("Set by hand"));
  else
    /* Translators: %s is the status the project's work suggests, e.g. "In progress". */
    subtitle = g_strdup_printf (_("Set by hand; the work says: %s"),
                                sf_step_status_label (suggested));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (priv->status_row), subtitle);
  gtk_widget_set_visible (priv->follow_work_button, by_hand);
}

static void
follow_work_clicked_cb (SfStepPage *self)
{
  SfStepPagePrivate *priv = sf_step_page_get_instance_private (self);
  g_autoptr(GError) error = NULL;

  if (!sf_project_follow_work_step_status (priv->project, priv->number, &error))
    sf_feedback_error (GTK_WIDGET (self), _("The step’s status could not be changed"), error);
}

static void
project_step_changed_cb (SfStepPage *self)
{
  sync_status (self);
}

static void
status_row_selected_cb (SfStepPage *self)
{
  SfStepPagePrivate *priv = sf_step_page_get_instance_private (self);
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (priv->status_row));
  g_autoptr(GError) error = NULL;

  if (priv->syncing_status || priv->project == NULL || selected > SF_STEP_DONE)
    return;
  if (!sf_project_set_step_status (priv->project, priv->number, selected, &error))
    {
      sf_feedback_error (GTK_WIDGET (self), _("The step’s status could not be changed"), error);
      sync_status (self);
    }
}

static void
set_text_label (GtkWidget  *label,
                const char *text)
{
  g_autofree char *shown = sf_text_sentence_case (text);

  gtk_label_set_text (GTK_LABEL (label), shown);
}

static void
fill_roles (SfStepPage         *self,
            const SfMethodStep *step)
{
  SfStepPagePrivate *priv = sf_step_page_get_instance_private (self);
  guint n_roles = sf_method_step_get_n_roles (step);

  if (n_roles == 0)
    return;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (priv->roles_group),
                                   sf_method_step_get_roles_heading (step));
  gtk_accessible_update_property (GTK_ACCESSIBLE (priv->roles_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  sf_method_step_get_roles_heading (step),
                                  -1);
  for (guint i = 0; i < n_roles; i++)
    {
      g_autofree char *role = sf_text_sentence_case (sf_method_step_get_role (step, i));

      gtk_box_append (GTK_BOX (priv->roles_list), sf_bullet_item_new (role));
    }
  gtk_widget_set_visible (priv->roles_group, TRUE);
}

static void
sf_step_page_constructed (GObject *object)
{
  SfStepPage *self = SF_STEP_PAGE (object);
  SfStepPagePrivate *priv = sf_step_page_get_instance_private (self);
  const SfMethodStep *step;
  g_autoptr(GtkStringList) status_model = NULL;
  g_autofree char *caption = NULL;
  const char *result;

  G_OBJECT_CLASS (sf_step_page_parent_class)->constructed (object);

  priv->project = sf_project_page_get_project (SF_PROJECT_PAGE (self));
  g_return_if_fail (SF_IS_PROJECT (priv->project));
  step = sf_method_get_step (priv->number);
  g_return_if_fail (step != NULL);
  /* TRANSLATORS: the small caption above a step page's title */
  caption = g_strdup_printf (_("Step %u of %u"), priv->number, SF_METHOD_N_STEPS);
  gtk_label_set_text (GTK_LABEL (priv->caption_label), caption);
  gtk_label_set_text (GTK_LABEL (priv->title_label), sf_method_step_get_title (step));

  status_model = sf_step_status_model_new ();
  priv->syncing_status = TRUE;
  adw_combo_row_set_model (ADW_COMBO_ROW (priv->status_row), G_LIST_MODEL (status_model));
  priv->syncing_status = FALSE;
  sync_status (self);
  /* Any change may change what the work suggests. */
  g_signal_connect_object (priv->project, "changed",
                           G_CALLBACK (project_step_changed_cb), self, G_CONNECT_SWAPPED);

  set_text_label (priv->purpose_label, sf_method_step_get_purpose (step));
  set_text_label (priv->approach_label, sf_method_step_get_approach (step));
  result = sf_method_step_get_result (step);
  if (result != NULL)
    {
      set_text_label (priv->result_label, result);
      gtk_widget_set_visible (priv->result_group, TRUE);
    }
  fill_roles (self, step);

  gtk_box_append (GTK_BOX (priv->content_box),
                  sf_question_list_new (priv->project, priv->number));
}

static void
sf_step_page_dispose (GObject *object)
{
  SfStepPage *self = SF_STEP_PAGE (object);
  SfStepPagePrivate *priv = sf_step_page_get_instance_private (self);

  if (priv->project != NULL)
    g_signal_handlers_disconnect_by_data (priv->project, self);
  /* Not gtk_widget_dispose_template (): GTK 4.8 looks the template up on the instance's own
   * class, which a subclass without a template of its own lacks. AdwBin drops the child. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  G_OBJECT_CLASS (sf_step_page_parent_class)->dispose (object);
}

static void
sf_step_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SfStepPage *self = SF_STEP_PAGE (object);
  SfStepPagePrivate *priv = sf_step_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_uint (value, priv->number);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_step_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SfStepPage *self = SF_STEP_PAGE (object);
  SfStepPagePrivate *priv = sf_step_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_NUMBER:
      priv->number = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_step_page_class_init (SfStepPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sf_step_page_constructed;
  object_class->dispose = sf_step_page_dispose;
  object_class->get_property = sf_step_page_get_property;
  object_class->set_property = sf_step_page_set_property;

  properties[PROP_NUMBER] =
    g_param_spec_uint ("number", NULL, NULL, 1, SF_METHOD_N_STEPS, 1,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_steps_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-step-page.ui");
  gtk_widget_class_bind_template_child_private (widget_class, SfStepPage, content_box);
  gtk_widget_class_bind_template_child_private (widget_class, SfStepPage, caption_label);
  gtk_widget_class_bind_template_child_private (widget_class, SfStepPage, title_label);
  gtk_widget_class_bind_template_child_private (widget_class, SfStepPage, status_row);
  gtk_widget_class_bind_template_child_private (widget_class, SfStepPage, follow_work_button);
  gtk_widget_class_bind_template_child_private (widget_class, SfStepPage, purpose_label);
  gtk_widget_class_bind_template_child_private (widget_class, SfStepPage, approach_label);
  gtk_widget_class_bind_template_child_private (widget_class, SfStepPage, result_group);
  gtk_widget_class_bind_template_child_private (widget_class, SfStepPage, result_label);
  gtk_widget_class_bind_template_child_private (widget_class, SfStepPage, roles_group);
  gtk_widget_class_bind_template_child_private (widget_class, SfStepPage, roles_list);
  gtk_widget_class_bind_template_child_private (widget_class, SfStepPage, sections_box);
  gtk_widget_class_bind_template_callback (widget_class, status_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, follow_work_clicked_cb);
}

static void
sf_step_page_init (SfStepPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

guint
sf_step_page_get_number (SfStepPage *self)
{
  SfStepPagePrivate *priv = sf_step_page_get_instance_private (self);

  g_return_val_if_fail (SF_IS_STEP_PAGE (self), 0);
  return priv->number;
}

void
sf_step_page_add_section (SfStepPage *self,
                          GtkWidget  *section)
{
  SfStepPagePrivate *priv = sf_step_page_get_instance_private (self);

  g_return_if_fail (SF_IS_STEP_PAGE (self));
  g_return_if_fail (GTK_IS_WIDGET (section));

  gtk_box_append (GTK_BOX (priv->sections_box), section);
  gtk_widget_set_visible (priv->sections_box, TRUE);
}
