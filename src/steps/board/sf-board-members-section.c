/* sf-board-members-section.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every partner of the register has a row that opens on its board members: a board is asked
 * only once it has a member, and the rows say which have none yet. The rows are made anew
 * when the members or the partners change; a member's attendance is changed in place.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "board-resources.h"
#include "sf-board-labels.h"
#include "sf-board-member-dialog.h"
#include "sf-board-members-section.h"
#include "sf-feedback.h"
#include "sf-project-board.h"

struct _SfBoardMembersSection
{
  AdwPreferencesGroup parent_instance;

  SfProject  *project;
  gboolean    syncing;
  GPtrArray  *partner_rows; /* of AdwExpanderRow */
  GHashTable *expanded;     /* partner ids whose row was open, kept over a rebuild */
};

G_DEFINE_FINAL_TYPE (SfBoardMembersSection, sf_board_members_section,
                     ADW_TYPE_PREFERENCES_GROUP)

static void rebuild (SfBoardMembersSection *self);

static void
add_clicked_cb (GtkWidget             *row,
                SfBoardMembersSection *self)
{
  SfPartner *partner = g_object_get_data (G_OBJECT (row), "partner");

  gtk_window_present (GTK_WINDOW (sf_board_member_dialog_new (GTK_WIDGET (self),
                                                              self->project, partner, NULL)));
}

static void
edit_clicked_cb (GtkWidget             *button,
                 SfBoardMembersSection *self)
{
  SfPartner *partner = g_object_get_data (G_OBJECT (button), "partner");
  SfBoardMember *member = g_object_get_data (G_OBJECT (button), "member");

  gtk_window_present (GTK_WINDOW (sf_board_member_dialog_new (GTK_WIDGET (self),
                                                              self->project, partner,
                                                              member)));
}

static void
remove_clicked_cb (GtkWidget             *button,
                   SfBoardMembersSection *self)
{
  SfBoardMember *member = g_object_get_data (G_OBJECT (button), "member");

  sf_feedback_remove (GTK_WIDGET (self), self->project, sf_project_remove_board_member,
                      sf_record_get_id (SF_RECORD (member)), _("Board member removed"),
                      _("The board member could not be removed"));
}

static void
attendance_cb (GtkDropDown           *dropdown,
               GParamSpec            *pspec,
               SfBoardMembersSection *self)
{
  SfBoardMember *member = g_object_get_data (G_OBJECT (dropdown), "member");
  guint chosen = gtk_drop_down_get_selected (dropdown);
  g_autoptr(GError) error = NULL;

  if (self->syncing || chosen == GTK_INVALID_LIST_POSITION ||
      chosen == sf_board_member_get_attendance (member))
    return;
  if (!sf_project_set_board_attendance (self->project, sf_record_get_id (SF_RECORD (member)),
                                        chosen, &error))
    sf_feedback_error (GTK_WIDGET (self), _("The attendance could not be changed"), error);
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip,
             const char *name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_name (button, name);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tooltip, -1);
  return button;
}

static GtkWidget *
member_row (SfBoardMembersSection *self,
            SfPartner             *partner,
            SfBoardMember         *member)
{
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GListModel) attendances = sf_board_attendance_model ();
  GtkWidget *dropdown = gtk_drop_down_new (g_object_ref (attendances), NULL);
  GtkWidget *edit = icon_button ("document-edit-symbolic", _("Edit board member"),
                                 "edit-member");
  GtkWidget *remove = icon_button ("user-trash-symbolic", _("Remove board member"),
                                   "remove-member");

  gtk_widget_set_name (row, "board-member");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sf_board_member_get_name (member));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sf_board_member_get_function (member));
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_widget_set_name (dropdown, "member-attendance");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), sf_board_member_get_attendance (member));
  for (GtkWidget **w = (GtkWidget *[]) { dropdown, edit, remove, NULL }; *w != NULL; w++)
    {
      g_object_set_data_full (G_OBJECT (*w), "member", g_object_ref (member), g_object_unref);
      g_object_set_data_full (G_OBJECT (*w), "partner", g_object_ref (partner),
                              g_object_unref);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), *w);
    }
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (attendance_cb), self);
  g_signal_connect (edit, "clicked", G_CALLBACK (edit_clicked_cb), self);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
  return row;
}

static void
expanded_cb (AdwExpanderRow        *row,
             GParamSpec            *pspec,
             SfBoardMembersSection *self)
{
  const char *id = g_object_get_data (G_OBJECT (row), "partner-id");

  if (adw_expander_row_get_expanded (row))
    g_hash_table_add (self->expanded, g_strdup (id));
  else
    g_hash_table_remove (self->expanded, id);
}

static GtkWidget *
partner_row (SfBoardMembersSection *self,
             SfPartner             *partner)
{
  GListModel *members = sf_project_get_board_members (self->project);
  const char *id = sf_record_get_id (SF_RECORD (partner));
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *add = adw_action_row_new ();
  g_autoptr(GString) names = g_string_new (NULL);

  gtk_widget_set_name (row, "board-partner");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 sf_partner_get_organisation (partner));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(SfBoardMember) member = g_list_model_get_item (members, i);

      if (!g_str_equal (sf_board_member_get_partner_id (member), id))
        continue;
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), member_row (self, partner, member));
      /* Translators: between the names of a partner's board members, "Rob Mulder, Sanne" */
      if (names->len > 0)
        g_string_append (names, _(", "));
      g_string_append (names, sf_board_member_get_name (member));
    }
  /* Closed, the row still says who: a board has one member or two. */
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row),
                                 names->len > 0 ? names->str : _("No board members yet"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (add), _("Add Board Member"));
  gtk_widget_set_name (add, "add-member");
  adw_action_row_add_prefix (ADW_ACTION_ROW (add),
                             gtk_image_new_from_icon_name ("list-add-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (add), TRUE);
  g_object_set_data_full (G_OBJECT (add), "partner", g_object_ref (partner), g_object_unref);
  g_signal_connect (add, "activated", G_CALLBACK (add_clicked_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), add);

  g_object_set_data_full (G_OBJECT (row), "partner-id", g_strdup (id), g_free);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row),
                                 g_hash_table_contains (self->expanded, id));
  g_signal_connect (row, "notify::expanded", G_CALLBACK (expanded_cb), self);
  return row;
}

static void
rebuild (SfBoardMembersSection *self)
{
  GListModel *partners = sf_project_get_partners (self->project);

  self->syncing = TRUE;
  for (guint i = 0; i < self->partner_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self),
                                  g_ptr_array_index (self->partner_rows, i));
  g_ptr_array_set_size (self->partner_rows, 0);
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);
      GtkWidget *row = partner_row (self, partner);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->partner_rows, row);
    }
  self->syncing = FALSE;
}

static void
sf_board_members_section_dispose (GObject *object)
{
  SfBoardMembersSection *self = SF_BOARD_MEMBERS_SECTION (object);

  g_clear_pointer (&self->partner_rows, g_ptr_array_unref);
  g_clear_pointer (&self->expanded, g_hash_table_unref);
  g_clear_object (&self->project);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_BOARD_MEMBERS_SECTION);
  G_OBJECT_CLASS (sf_board_members_section_parent_class)->dispose (object);
}

static void
sf_board_members_section_class_init (SfBoardMembersSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_board_members_section_dispose;
  (void) sf_board_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-board-members-section.ui");
}

static void
sf_board_members_section_init (SfBoardMembersSection *self)
{
  self->partner_rows = g_ptr_array_new ();
  self->expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sf_board_members_section_new (SfProject *project)
{
  SfBoardMembersSection *self;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  self = g_object_new (SF_TYPE_BOARD_MEMBERS_SECTION, NULL);
  self->project = g_object_ref (project);
  /* A member's name and function are the person's: follow that table too. */
  for (const char **t = (const char *[]) { "changed::board_member", "changed::partner",
                                          "changed::person", NULL }; *t != NULL; t++)
    g_signal_connect_object (project, *t, G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
  rebuild (self);
  return GTK_WIDGET (self);
}
