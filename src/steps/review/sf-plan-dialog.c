/* sf-plan-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The choices (partners, preconditions and themes, quarters) are read once when the dialog
 * opens; each combo row's position maps to an id in an array beside it, position 0 being
 * "none".
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sf-date-row.h"
#include "sf-due.h"
#include "sf-partner.h"
#include "sf-plan-dialog.h"
#include "sf-partner-choice.h"
#include "sf-precondition.h"
#include "sf-project-preconditions.h"
#include "sf-project-themes.h"
#include "sf-review-dialog.h"
#include "sf-review-labels.h"
#include "sf-store-text.h"
#include "sf-text.h"
#include "sf-theme.h"
#include "sf-toplevel.h"
#include "review-resources.h"

/* The quarters offered: from this year's first to the last of the year after next. */
#define QUARTER_YEARS 3

struct _SfPlanDialog
{
  AdwWindow parent_instance;

  SfProject    *project;
  SfPlanAction *action;       /* NULL when adding */
  GtkWidget    *parent;       /* weak: where a removal's toast goes */
  GPtrArray    *partner_ids;  /* the partners' ids, in the register's order */
  GPtrArray    *links;        /* per position of the link row: "p:" or "t:" and an id */
  GPtrArray    *quarters;     /* per position of the quarter row; [0] "" */
  GPtrArray    *checks;       /* a check button per partner, in partner_ids' order */

  AdwWindowTitle *window_title;
  GtkWidget      *save_button;
  GtkWidget      *what_row;
  GtkWidget      *message_label;
  GtkWidget      *why_row;
  GtkWidget      *link_row;
  GtkWidget      *responsible_row;
  GtkWidget      *involved_row;
  GtkWidget      *date_row;
  GtkWidget      *quarter_row;
  GtkWidget      *status_row;
  GtkWidget      *remove_group;
};

G_DEFINE_FINAL_TYPE (SfPlanDialog, sf_plan_dialog, ADW_TYPE_WINDOW)

static guint
position_of (GPtrArray  *ids,
             const char *id)
{
  for (guint i = 1; id != NULL && i < ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (ids, i), id) == 0)
      return i;
  return 0;
}

static void
set_model (GtkWidget     *row,
           GtkStringList *labels)
{
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  g_object_unref (labels);
}

/* ---- the choices ------------------------------------------------------------------------ */

/* The one responsible, and a check row per partner for those involved. */
static void
fill_partners (SfPlanDialog *self,
               const char   *responsible_id)
{
  GListModel *partners = sf_project_get_partners (self->project);

  sf_partner_choice_fill (ADW_COMBO_ROW (self->responsible_row), self->project,
                          _("Choose a partner"), responsible_id);
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);
      const char *name = sf_partner_get_organisation (partner);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      g_ptr_array_add (self->partner_ids, g_strdup (sf_record_get_id (SF_RECORD (partner))));
      gtk_widget_set_name (check, "plan-involved-check");
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name != NULL ? name : "");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self->involved_row), row);
      g_ptr_array_add (self->checks, check);
    }
  gtk_widget_set_sensitive (self->involved_row, self->checks->len > 1);
}

static void
fill_links (SfPlanDialog *self)
{
  GListModel *preconditions = sf_project_get_preconditions (self->project);
  GListModel *themes = sf_project_get_themes (self->project);
  GtkStringList *labels = gtk_string_list_new (NULL);

  gtk_string_list_append (labels, _("Nothing in particular"));
  g_ptr_array_add (self->links, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (preconditions); i++)
    {
      g_autoptr(SfPrecondition) item = g_list_model_get_item (preconditions, i);
      /* Translators: a choice of what an action is for; %s is a precondition. */
      g_autofree char *label = g_strdup_printf (_("Precondition: %s"),
                                                sf_precondition_get_text (item));

      gtk_string_list_append (labels, label);
      g_ptr_array_add (self->links, g_strconcat ("p:", sf_record_get_id (SF_RECORD (item)),
                                                 NULL));
    }
  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(SfTheme) item = g_list_model_get_item (themes, i);
      /* Translators: a choice of what an action is for; %s is a theme's name. */
      g_autofree char *label = g_strdup_printf (_("Theme: %s"), sf_theme_get_name (item));

      gtk_string_list_append (labels, label);
      g_ptr_array_add (self->links, g_strconcat ("t:", sf_record_get_id (SF_RECORD (item)),
                                                 NULL));
    }
  set_model (self->link_row, labels);
}

/* The coming years' quarters, and @due's own quarter if it is another. */
static void
fill_quarters (SfPlanDialog *self,
               const char   *due)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GtkStringList *labels = gtk_string_list_new (NULL);
  int first = g_date_time_get_year (now);
  int year, quarter;

  if (due != NULL && strchr (due, 'Q') != NULL && sf_plan_due_quarter (due, &year, &quarter))
    first = MIN (first, year);
  else
    year = first;
  gtk_string_list_append (labels, _("No quarter"));
  g_ptr_array_add (self->quarters, g_strdup (""));
  for (int y = first; y < MAX (first + QUARTER_YEARS, year + 1); y++)
    for (int q = 1; q <= 4; q++)
      {
        char *stored = g_strdup_printf ("%d-Q%d", y, q);
        g_autofree char *label = sf_due_format (stored);

        gtk_string_list_append (labels, label);
        g_ptr_array_add (self->quarters, stored);
      }
  set_model (self->quarter_row, labels);
}

/* ---- following what is chosen ----------------------------------------------------------- */

static void
what_changed (SfPlanDialog *self)
{
  sf_review_refusal_show (self->message_label, self->what_row, NULL);
}

/* The one responsible is not also among the others involved. */
static void
responsible_changed (SfPlanDialog *self)
{
  const char *responsible = sf_partner_choice_get (ADW_COMBO_ROW (self->responsible_row));

  for (guint i = 0; i < self->checks->len; i++)
    {
      GtkWidget *check = g_ptr_array_index (self->checks, i);
      GtkWidget *row = gtk_widget_get_ancestor (check, ADW_TYPE_ACTION_ROW);

      gtk_widget_set_visible (row, g_strcmp0 (g_ptr_array_index (self->partner_ids, i),
                                              responsible) != 0);
    }
  what_changed (self);
}

/* A date says the quarter too. */
static void
date_changed (SfPlanDialog *self)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->date_row));

  gtk_widget_set_sensitive (self->quarter_row, sf_store_text_is_blank (typed));
}

/* ---- storing ---------------------------------------------------------------------------- */

/* The store's refusal under what is to be done, the field marked that it is about. */
static void
refuse (SfPlanDialog *self,
        const GError *error)
{
  const char *what = gtk_editable_get_text (GTK_EDITABLE (self->what_row));
  gboolean no_partner = sf_partner_choice_get (ADW_COMBO_ROW (self->responsible_row)) == NULL;
  GtkWidget *field = !sf_store_text_is_blank (what) && no_partner ? self->responsible_row
                                                                    : self->what_row;

  sf_review_refusal_after (GTK_WIDGET (self), self->message_label, field,
                           _("The action could not be saved"), error);
}

static GPtrArray *
checked_partners (SfPlanDialog *self)
{
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)) &&
        gtk_widget_get_visible (gtk_widget_get_ancestor (g_ptr_array_index (self->checks, i),
                                                         ADW_TYPE_ACTION_ROW)))
      g_ptr_array_add (ids, g_ptr_array_index (self->partner_ids, i));
  g_ptr_array_add (ids, NULL);
  return ids;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SfPlanDialog *self = SF_PLAN_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) involved = checked_partners (self);
  g_autofree char *date = sf_date_row_get_date (SF_DATE_ROW (self->date_row), &error);
  guint chosen = adw_combo_row_get_selected (ADW_COMBO_ROW (self->link_row));
  const char *link = g_ptr_array_index (self->links, MIN (chosen, self->links->len - 1));
  guint quarter = adw_combo_row_get_selected (ADW_COMBO_ROW (self->quarter_row));
  SfActionFields fields;
  gboolean saved;

  if (date == NULL)
    {
      /* The date row says why under it. */
      gtk_widget_grab_focus (self->date_row);
      return;
    }
  fields = (SfActionFields) {
    gtk_editable_get_text (GTK_EDITABLE (self->what_row)),
    gtk_editable_get_text (GTK_EDITABLE (self->why_row)),
    link != NULL && link[0] == 'p' ? link + 2 : NULL,
    link != NULL && link[0] == 't' ? link + 2 : NULL,
    sf_partner_choice_get (ADW_COMBO_ROW (self->responsible_row)),
    *date != '\0' ? date : g_ptr_array_index (self->quarters,
                                              MIN (quarter, self->quarters->len - 1)),
    adw_combo_row_get_selected (ADW_COMBO_ROW (self->status_row)),
    (const char * const *) involved->pdata,
  };
  if (self->action == NULL)
    {
      g_autofree char *id = sf_project_add_action (self->project, &fields, &error);

      saved = id != NULL;
    }
  else
    saved = sf_project_update_action (self->project, sf_record_get_id (SF_RECORD (self->action)),
                                      &fields, &error);
  if (!saved)
    {
      /* The dialog stays, with what was typed, so the user can put it right. */
      refuse (self, error);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SfPlanDialog *self = SF_PLAN_DIALOG (widget);

  sf_review_dialog_remove (widget, self->parent, self->project, sf_project_remove_action,
                           SF_RECORD (self->action), _("Action removed"),
                           _("The action could not be removed"));
}

/* ---- the object ------------------------------------------------------------------------- */

static void
sf_plan_dialog_dispose (GObject *object)
{
  SfPlanDialog *self = SF_PLAN_DIALOG (object);

  g_clear_weak_pointer (&self->parent);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_PLAN_DIALOG);
  g_clear_object (&self->action);
  g_clear_object (&self->project);
  g_clear_pointer (&self->partner_ids, g_ptr_array_unref);
  g_clear_pointer (&self->links, g_ptr_array_unref);
  g_clear_pointer (&self->quarters, g_ptr_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  G_OBJECT_CLASS (sf_plan_dialog_parent_class)->dispose (object);
}

static void
sf_plan_dialog_class_init (SfPlanDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_plan_dialog_dispose;

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "dialog.remove", NULL, remove_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (SF_TYPE_DATE_ROW);
  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_review_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-plan-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SfPlanDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, SfPlanDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, SfPlanDialog, what_row);
  gtk_widget_class_bind_template_child (widget_class, SfPlanDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, SfPlanDialog, why_row);
  gtk_widget_class_bind_template_child (widget_class, SfPlanDialog, link_row);
  gtk_widget_class_bind_template_child (widget_class, SfPlanDialog, responsible_row);
  gtk_widget_class_bind_template_child (widget_class, SfPlanDialog, involved_row);
  gtk_widget_class_bind_template_child (widget_class, SfPlanDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, SfPlanDialog, quarter_row);
  gtk_widget_class_bind_template_child (widget_class, SfPlanDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, SfPlanDialog, remove_group);
  gtk_widget_class_bind_template_callback (widget_class, what_changed);
  gtk_widget_class_bind_template_callback (widget_class, responsible_changed);
  gtk_widget_class_bind_template_callback (widget_class, date_changed);
}

static void
sf_plan_dialog_init (SfPlanDialog *self)
{
  self->partner_ids = g_ptr_array_new_with_free_func (g_free);
  self->links = g_ptr_array_new_with_free_func (g_free);
  self->quarters = g_ptr_array_new_with_free_func (g_free);
  self->checks = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  sf_date_row_add_message_row (SF_DATE_ROW (self->date_row));
}

/* Puts @action's fields in the rows. */
static void
load (SfPlanDialog *self,
      SfPlanAction *action)
{
  const char *due = sf_plan_action_get_due (action);
  const char *precondition = sf_plan_action_get_precondition_id (action);
  const char *theme = sf_plan_action_get_theme_id (action);
  g_autofree char *link = precondition != NULL ? g_strconcat ("p:", precondition, NULL)
                        : theme != NULL ? g_strconcat ("t:", theme, NULL) : NULL;
  const char *id = sf_record_get_id (SF_RECORD (action));
  g_auto(GStrv) involved = sf_project_get_action_partners (self->project, id);

  sf_text_set_loaded (GTK_EDITABLE (self->what_row), sf_plan_action_get_what (action));
  sf_text_set_loaded (GTK_EDITABLE (self->why_row), sf_plan_action_get_why (action));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->link_row), position_of (self->links, link));
  for (guint i = 0; i < self->checks->len; i++)
    gtk_check_button_set_active (g_ptr_array_index (self->checks, i),
                                 involved != NULL &&
                                 g_strv_contains ((const char * const *) involved,
                                                  g_ptr_array_index (self->partner_ids, i)));
  if (strchr (due, 'Q') != NULL)
    adw_combo_row_set_selected (ADW_COMBO_ROW (self->quarter_row),
                                position_of (self->quarters, due));
  else
    sf_date_row_set_date (SF_DATE_ROW (self->date_row), due);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->status_row),
                              sf_plan_action_get_status (action));
}

GtkWidget *
sf_plan_dialog_new (GtkWidget    *parent,
                    SfProject    *project,
                    SfPlanAction *action)
{
  SfPlanDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (action == NULL || SF_IS_PLAN_ACTION (action), NULL);

  self = g_object_new (SF_TYPE_PLAN_DIALOG, NULL);
  self->project = g_object_ref (project);
  g_set_object (&self->action, action);
  g_set_weak_pointer (&self->parent, parent);
  gtk_window_set_transient_for (GTK_WINDOW (self), sf_toplevel_of (parent));
  fill_partners (self, action != NULL ? sf_plan_action_get_responsible_id (action) : NULL);
  fill_links (self);
  fill_quarters (self, action != NULL ? sf_plan_action_get_due (action) : NULL);
  set_model (self->status_row, sf_action_status_model ());

  if (action == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("New Action"));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Add"));
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Action"));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Save"));
      load (self, action);
      gtk_widget_set_visible (self->remove_group, TRUE);
    }
  responsible_changed (self);
  /* Typing starts with what is to be done; Enter there saves. */
  gtk_window_set_focus (GTK_WINDOW (self), self->what_row);
  adw_window_title_set_title (self->window_title, gtk_window_get_title (GTK_WINDOW (self)));
  return GTK_WIDGET (self);
}
