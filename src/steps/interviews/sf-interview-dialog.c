/* sf-interview-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The interviewer is a person of the project: picked from the people (or from the partners'
 * contact persons), or typed as a new name, which then becomes a person.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-date-row.h"
#include "sf-feedback.h"
#include "sf-interview-dialog.h"
#include "sf-store-text.h"
#include "sf-text.h"
#include "sf-toplevel.h"
#include "interviews-resources.h"

struct _SfInterviewDialog
{
  AdwWindow parent_instance;

  SfProject   *project;
  SfPartner   *partner;
  SfInterview *interview;  /* NULL when planning a new one */

  AdwWindowTitle *window_title;
  GtkWidget      *interviewer_row;
  GtkWidget      *people_button;
  GtkWidget      *date_row;
  GtkWidget      *place_row;
  GtkWidget      *status_row;
  GHashTable     *organisations;  /* contact name → organisation, for new people */
};

G_DEFINE_FINAL_TYPE (SfInterviewDialog, sf_interview_dialog, ADW_TYPE_WINDOW)

static const char *
row_text (GtkWidget *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static char *
stripped_or_null (GtkWidget *row)
{
  char *text = g_strstrip (g_strdup (row_text (row)));

  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

/* Save is there for a date, and for a held interview only one that has been: the row under
 * the date says why not. */
static void
date_or_status_changed (SfInterviewDialog *self)
{
  SfDateRow *date_row = SF_DATE_ROW (self->date_row);
  g_autofree char *date = sf_date_row_get_date (date_row, NULL);
  guint status = adw_combo_row_get_selected (ADW_COMBO_ROW (self->status_row));
  g_autoptr(GError) error = NULL;
  gboolean held_ok;

  /* A date makes an interview planned; keep a status the user moved further on. */
  if (date != NULL && *date != '\0' && status == SF_INTERVIEW_TO_PLAN)
    adw_combo_row_set_selected (ADW_COMBO_ROW (self->status_row), SF_INTERVIEW_PLANNED);
  else if (date != NULL && *date == '\0' && status == SF_INTERVIEW_PLANNED)
    adw_combo_row_set_selected (ADW_COMBO_ROW (self->status_row), SF_INTERVIEW_TO_PLAN);
  status = adw_combo_row_get_selected (ADW_COMBO_ROW (self->status_row));

  held_ok = date == NULL || sf_interview_check_held (date, status, &error);
  sf_date_row_set_message (date_row, held_ok ? NULL : error->message);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save", date != NULL && held_ok);
}

/* The id of the person called @name, added when there is none yet; NULL for no name. */
static char *
resolve_person (SfInterviewDialog *self,
                const char        *name,
                gboolean          *failed,
                GError           **error)
{
  GListModel *people = sf_project_get_people (self->project);
  g_autofree char *key = NULL;

  *failed = FALSE;
  if (name == NULL)
    return NULL;
  key = g_utf8_casefold (name, -1);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(SfPerson) person = g_list_model_get_item (people, i);
      g_autofree char *other = g_utf8_casefold (sf_person_get_name (person), -1);

      if (g_strcmp0 (key, other) == 0)
        return g_strdup (sf_record_get_id (SF_RECORD (person)));
    }
  {
    char *id = sf_project_add_person (self->project, name,
                                      g_hash_table_lookup (self->organisations, key),
                                      NULL, error);

    *failed = id == NULL;
    return id;
  }
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SfInterviewDialog *self = SF_INTERVIEW_DIALOG (widget);
  g_autofree char *name = stripped_or_null (self->interviewer_row);
  g_autofree char *date = NULL;
  g_autofree char *place = stripped_or_null (self->place_row);
  g_autofree char *person_id = NULL;
  g_autoptr(GError) error = NULL;
  SfInterviewStatus status = adw_combo_row_get_selected (ADW_COMBO_ROW (self->status_row));
  gboolean failed;

  date = sf_date_row_get_date (SF_DATE_ROW (self->date_row), &error);
  if (date == NULL)
    return;
  person_id = resolve_person (self, name, &failed, &error);
  if (failed)
    {
      sf_feedback_error (widget, _("The interviewer could not be added"), error);
      return;
    }
  if (self->interview == NULL)
    {
      const char *partner_id = sf_record_get_id (SF_RECORD (self->partner));
      g_autofree char *id = sf_project_plan_interview (self->project, partner_id, person_id,
                                                       date, place, &error);
      SfInterview *interview;

      if (id == NULL)
        {
          sf_feedback_error (widget, _("The interview could not be planned"), error);
          return;
        }
      interview = sf_project_find_interview (self->project, partner_id);
      if (interview != NULL && sf_interview_get_status (interview) != status &&
          !sf_project_set_interview_status (self->project, id, status, &error))
        {
          sf_feedback_error (widget, _("The interview could not be saved"), error);
          return;
        }
    }
  else if (!sf_project_update_interview (self->project,
                                         sf_record_get_id (SF_RECORD (self->interview)),
                                         person_id, date, place, status, &error))
    {
      sf_feedback_error (widget, _("The interview could not be saved"), error);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
pick_person_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SfInterviewDialog *self = SF_INTERVIEW_DIALOG (widget);

  sf_text_set_loaded (GTK_EDITABLE (self->interviewer_row),
                         g_variant_get_string (parameter, NULL));
  gtk_widget_grab_focus (self->interviewer_row);
}

/* "Name (Organisation)", which picks the name. */
static void
append_person (GMenu      *section,
               const char *name,
               const char *organisation)
{
  g_autofree char *label = sf_store_text_is_blank (organisation)
                           ? g_strdup (name) : g_strdup_printf ("%s (%s)", name, organisation);
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target (item, "dialog.pick-person", "s", name);
  g_menu_append_item (section, item);
}

/* The people already in the project, then the partners' contact persons not among them. */
static GMenuModel *
people_menu_new (SfInterviewDialog *self)
{
  GListModel *people = sf_project_get_people (self->project);
  GListModel *partners = sf_project_get_partners (self->project);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GMenu) people_section = g_menu_new ();
  g_autoptr(GMenu) contacts_section = g_menu_new ();
  GMenu *menu = g_menu_new ();

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(SfPerson) person = g_list_model_get_item (people, i);
      const char *name = sf_person_get_name (person);
      const char *organisation = sf_person_get_organisation (person);

      if (sf_store_text_is_blank (name))
        continue;
      g_hash_table_add (seen, g_utf8_casefold (name, -1));
      append_person (people_section, name, organisation);
    }
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);
      const char *name = sf_partner_get_contact (partner);
      const char *organisation = sf_partner_get_organisation (partner);
      g_autofree char *key = NULL;

      if (sf_store_text_is_blank (name) || partner == self->partner)
        continue;
      key = g_utf8_casefold (name, -1);
      if (g_hash_table_contains (seen, key))
        continue;
      if (!sf_store_text_is_blank (organisation))
        g_hash_table_insert (self->organisations, g_strdup (key), g_strdup (organisation));
      g_hash_table_add (seen, g_steal_pointer (&key));
      append_person (contacts_section, name, organisation);
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (people_section));
  g_menu_append_section (menu, _("Partners' Contact Persons"), G_MENU_MODEL (contacts_section));
  return G_MENU_MODEL (menu);
}

static void
sf_interview_dialog_dispose (GObject *object)
{
  SfInterviewDialog *self = SF_INTERVIEW_DIALOG (object);

  g_clear_object (&self->interview);
  g_clear_object (&self->partner);
  g_clear_object (&self->project);
  g_clear_pointer (&self->organisations, g_hash_table_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_INTERVIEW_DIALOG);
  G_OBJECT_CLASS (sf_interview_dialog_parent_class)->dispose (object);
}

static void
sf_interview_dialog_class_init (SfInterviewDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_interview_dialog_dispose;
  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "dialog.pick-person", "s", pick_person_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (SF_TYPE_DATE_ROW);
  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_interviews_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-interview-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SfInterviewDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, SfInterviewDialog, interviewer_row);
  gtk_widget_class_bind_template_child (widget_class, SfInterviewDialog, people_button);
  gtk_widget_class_bind_template_child (widget_class, SfInterviewDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, SfInterviewDialog, place_row);
  gtk_widget_class_bind_template_child (widget_class, SfInterviewDialog, status_row);
  gtk_widget_class_bind_template_callback (widget_class, date_or_status_changed);
}

static void
sf_interview_dialog_init (SfInterviewDialog *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  self->organisations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  sf_date_row_add_message_row (SF_DATE_ROW (self->date_row));
  for (guint i = 0; i < SF_INTERVIEW_N_STATUSES; i++)
    gtk_string_list_append (statuses, sf_interview_status_get_label (i));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->status_row), G_LIST_MODEL (statuses));
}

GtkWidget *
sf_interview_dialog_new (GtkWidget *parent,
                         SfProject *project,
                         SfPartner *partner)
{
  SfInterviewDialog *self;
  SfInterview *interview;
  g_autoptr(GMenuModel) menu = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (SF_IS_PARTNER (partner), NULL);

  self = g_object_new (SF_TYPE_INTERVIEW_DIALOG, NULL);
  self->project = g_object_ref (project);
  self->partner = g_object_ref (partner);
  interview = sf_project_find_interview (project, sf_record_get_id (SF_RECORD (partner)));
  g_set_object (&self->interview, interview);
  gtk_window_set_transient_for (GTK_WINDOW (self), sf_toplevel_of (parent));

  menu = people_menu_new (self);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->people_button), menu);

  gtk_window_set_title (GTK_WINDOW (self), interview == NULL ? _("Plan Interview")
                                                             : _("Edit Interview"));
  adw_window_title_set_title (self->window_title, gtk_window_get_title (GTK_WINDOW (self)));
  adw_window_title_set_subtitle (self->window_title, sf_partner_get_organisation (partner));
  if (interview != NULL)
    {
      const char *name = sf_interview_get_interviewer_name (interview);
      const char *date = sf_interview_get_date (interview);
      const char *place = sf_interview_get_place (interview);

      sf_text_set_loaded (GTK_EDITABLE (self->interviewer_row), name != NULL ? name : "");
      sf_date_row_set_date (SF_DATE_ROW (self->date_row), date);
      sf_text_set_loaded (GTK_EDITABLE (self->place_row), place != NULL ? place : "");
      adw_combo_row_set_selected (ADW_COMBO_ROW (self->status_row),
                                  sf_interview_get_status (interview));
    }
  return GTK_WIDGET (self);
}
