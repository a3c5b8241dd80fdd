/* sf-interviews-section.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-date.h"
#include "sf-feedback.h"
#include "sf-icon-button.h"
#include "sf-interview-dialog.h"
#include "sf-interview-window.h"
#include "sf-interviews-section.h"
#include "sf-project-interviews.h"
#include "sf-joint-meeting-window.h"
#include "sf-key-points-window.h"
#include "sf-placeholder.h"
#include "sf-text.h"

struct _SfInterviewsSection
{
  AdwBin parent_instance;

  SfProject *project;
  GtkWidget *list_box;
};

G_DEFINE_FINAL_TYPE (SfInterviewsSection, sf_interviews_section, ADW_TYPE_BIN)

static SfPartner *
row_get_partner (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "sf-partner");
}

static SfInterviewsSection *
row_get_section (GtkWidget *row)
{
  return SF_INTERVIEWS_SECTION (gtk_widget_get_ancestor (row, SF_TYPE_INTERVIEWS_SECTION));
}

static void
update_row (GtkWidget *row)
{
  SfInterviewsSection *self = row_get_section (row);
  SfPartner *partner = row_get_partner (row);
  GtkWidget *status_label = g_object_get_data (G_OBJECT (row), "sf-status");
  GtkWidget *plan_button = g_object_get_data (G_OBJECT (row), "sf-plan");
  GtkWidget *title = g_object_get_data (G_OBJECT (row), "sf-title");
  GtkWidget *subtitle_label = g_object_get_data (G_OBJECT (row), "sf-subtitle");
  const char *organisation = sf_partner_get_organisation (partner);
  SfInterview *interview;

  gtk_label_set_text (GTK_LABEL (title), organisation != NULL ? organisation : "");
  if (self == NULL)
    return;
  interview = sf_project_find_interview (self->project,
                                         sf_record_get_id (SF_RECORD (partner)));
  if (interview == NULL)
    {
      gtk_label_set_text (GTK_LABEL (subtitle_label), _("Not planned yet"));
      gtk_label_set_text (GTK_LABEL (status_label), "");
      gtk_widget_set_visible (status_label, FALSE);
      sf_icon_button_set (plan_button, "x-office-calendar-symbolic", _("Plan Interview"));
    }
  else
    {
      g_autofree char *by = NULL;
      g_autofree char *date = sf_date_format (sf_interview_get_date (interview), SF_DATE_SHORT);
      const char *parts[3];
      g_autofree char *subtitle = NULL;

      if (!sf_text_is_blank (sf_interview_get_interviewer_name (interview)))
        by = g_strdup_printf (_("Interviewed by %s"),
                              sf_interview_get_interviewer_name (interview));
      else
        by = g_strdup (_("No interviewer yet"));
      parts[0] = by;
      parts[1] = date;
      parts[2] = sf_interview_get_place (interview);
      subtitle = sf_text_join_parts (parts, G_N_ELEMENTS (parts));
      gtk_label_set_text (GTK_LABEL (subtitle_label), subtitle);
      gtk_label_set_text (GTK_LABEL (status_label),
                          sf_interview_status_get_label (sf_interview_get_status (interview)));
      gtk_widget_set_visible (status_label, TRUE);
      sf_icon_button_set (plan_button, "document-edit-symbolic", _("Edit Interview"));
    }
}

static void
project_changed_cb (GtkWidget  *row,
                    const char *table)
{
  if (g_strcmp0 (table, "interview") == 0 || g_strcmp0 (table, "person") == 0)
    update_row (row);
}

static void
row_plan_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       row)
{
  SfInterviewsSection *self = row_get_section (row);
  GtkWidget *dialog = sf_interview_dialog_new (GTK_WIDGET (self), self->project,
                                               row_get_partner (row));

  gtk_window_present (GTK_WINDOW (dialog));
}

/* Holding an interview that was never planned plans it on the spot. */
static SfInterview *
ensure_interview (SfInterviewsSection *self,
                  SfPartner           *partner)
{
  const char *partner_id = sf_record_get_id (SF_RECORD (partner));
  SfInterview *interview = sf_project_find_interview (self->project, partner_id);
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;

  if (interview != NULL)
    return interview;
  id = sf_project_plan_interview (self->project, partner_id, NULL, NULL, NULL, &error);
  if (id == NULL)
    {
      sf_feedback_error (GTK_WIDGET (self), _("The interview could not be planned"), error);
      return NULL;
    }
  return sf_project_find_interview (self->project, partner_id);
}

static void
row_hold_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       row)
{
  SfInterviewsSection *self = row_get_section (row);
  SfInterview *interview = ensure_interview (self, row_get_partner (row));
  GtkWidget *window;

  if (interview == NULL)
    return;
  window = sf_interview_window_new (GTK_WIDGET (self), self->project, interview);
  gtk_window_present (GTK_WINDOW (window));
}

static void
row_key_points_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       row)
{
  SfInterviewsSection *self = row_get_section (row);
  GtkWidget *window = sf_key_points_window_new (GTK_WIDGET (self), self->project,
                                                row_get_partner (row));

  gtk_window_present (GTK_WINDOW (window));
}

static GtkWidget *
text_button_new (const char *name,
                 const char *label,
                 const char *action)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_name (button, name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  return button;
}

static GtkWidget *
label_new (const char *name)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_name (label, name);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* Whole words: a name or place never breaks in the middle ("Geïntervie-wd"). */
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  return label;
}

/* The partner, who interviews them, when and where; under it, on a line of their own, the
 * status and the buttons. Side by side, the buttons left the text too little room in a narrow
 * window (a word a line, broken in the middle). */
static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  static const GActionEntry entries[] = {
    { .name = "plan", .activate = row_plan_action },
    { .name = "hold", .activate = row_hold_action },
    { .name = "key-points", .activate = row_key_points_action },
  };
  SfInterviewsSection *self = user_data;
  SfPartner *partner = SF_PARTNER (item);
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = label_new ("interview-partner");
  GtkWidget *subtitle = label_new ("interview-details");
  GtkWidget *status_label = gtk_label_new (NULL);
  GtkWidget *plan_button = sf_icon_button_new ("x-office-calendar-symbolic",
                                               _("Plan Interview"));

  g_object_set_data_full (G_OBJECT (row), "sf-partner", g_object_ref (partner), g_object_unref);
  g_object_set_data (G_OBJECT (row), "sf-status", status_label);
  g_object_set_data (G_OBJECT (row), "sf-plan", plan_button);
  g_object_set_data (G_OBJECT (row), "sf-title", title);
  g_object_set_data (G_OBJECT (row), "sf-subtitle", subtitle);
  g_action_map_add_action_entries (G_ACTION_MAP (actions), entries, G_N_ELEMENTS (entries), row);
  gtk_widget_insert_action_group (row, "interview", G_ACTION_GROUP (actions));
  gtk_widget_set_name (row, "interview-row");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), subtitle);

  gtk_widget_set_name (status_label, "interview-status");
  gtk_widget_add_css_class (status_label, "sf-status-pill");
  gtk_widget_add_css_class (status_label, "caption");
  gtk_widget_add_css_class (status_label, "dim-label");
  gtk_widget_set_valign (status_label, GTK_ALIGN_CENTER);
  gtk_widget_set_name (plan_button, "plan-interview");
  gtk_widget_set_valign (plan_button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (plan_button), "interview.plan");
  gtk_box_append (GTK_BOX (buttons), status_label);
  gtk_box_append (GTK_BOX (buttons), plan_button);
  gtk_box_append (GTK_BOX (buttons), text_button_new ("key-points", _("_Key Points"),
                                                      "interview.key-points"));
  gtk_box_append (GTK_BOX (buttons), text_button_new ("hold-interview", _("_Hold Interview"),
                                                      "interview.hold"));
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_box_append (GTK_BOX (box), buttons);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_signal_connect_object (partner, "notify", G_CALLBACK (update_row), row, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->project, "changed", G_CALLBACK (project_changed_cb), row,
                           G_CONNECT_SWAPPED);
  /* The row only finds its section once it is in the list. */
  g_signal_connect (row, "realize", G_CALLBACK (update_row), NULL);
  update_row (row);
  return row;
}

static void
joint_meeting_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SfInterviewsSection *self = SF_INTERVIEWS_SECTION (widget);
  GtkWidget *window = sf_joint_meeting_window_new (widget, self->project);

  gtk_window_present (GTK_WINDOW (window));
}

static void
sf_interviews_section_dispose (GObject *object)
{
  SfInterviewsSection *self = SF_INTERVIEWS_SECTION (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_interviews_section_parent_class)->dispose (object);
}

static void
sf_interviews_section_class_init (SfInterviewsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_interviews_section_dispose;
  gtk_widget_class_install_action (widget_class, "interviews.joint-meeting", NULL,
                                   joint_meeting_action);
}

static void
sf_interviews_section_init (SfInterviewsSection *self)
{
}

GtkWidget *
sf_interviews_section_new (SfProject *project)
{
  SfInterviewsSection *self;
  GtkWidget *group;
  GtkWidget *meeting_button;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  self = g_object_new (SF_TYPE_INTERVIEWS_SECTION, NULL);
  self->project = g_object_ref (project);

  group = adw_preferences_group_new ();
  gtk_widget_set_name (group, "interviews");
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Interviews"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
    _("Who interviews each partner, when and where. Hold the interview with its questions, "
      "then work it out into the partner's key points."));

  meeting_button = gtk_button_new_with_mnemonic (_("_Prepare the Joint Meeting"));
  gtk_widget_set_name (meeting_button, "joint-meeting");
  gtk_widget_set_valign (meeting_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (meeting_button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (meeting_button), "interviews.joint-meeting");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), meeting_button);

  self->list_box = gtk_list_box_new ();
  gtk_widget_set_name (self->list_box, "interview-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list_box, "boxed-list");
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->list_box), sf_placeholder_new (_("Add partners to the register to plan their interviews")));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list_box), sf_project_get_partners (project),
                           create_row, self, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->list_box);

  adw_bin_set_child (ADW_BIN (self), group);
  return GTK_WIDGET (self);
}

/* ---- missing roles ---------------------------------------------------------------------- */

static void
update_missing_roles (GtkWidget  *label,
                      const char *table,
                      SfProject  *project)
{
  g_auto(GStrv) missing = NULL;
  g_autofree char *list = NULL;
  g_autofree char *text = NULL;

  if (table != NULL && g_strcmp0 (table, "partner") != 0)
    return;
  missing = sf_project_missing_partner_roles (project);
  if (missing == NULL || missing[0] == NULL)
    {
      gtk_label_set_text (GTK_LABEL (label), "");
      gtk_widget_set_visible (label, FALSE);
      return;
    }
  list = g_strjoinv (", ", missing);
  /* Translators: %s lists the method's partner roles no partner has yet. */
  text = g_strdup_printf (_("Still missing: %s"), list);
  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_set_visible (label, TRUE);
}

GtkWidget *
sf_missing_roles_new (SfProject *project)
{
  GtkWidget *label;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  label = gtk_label_new (NULL);
  gtk_widget_set_name (label, "missing-roles");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_add_css_class (label, "warning");
  g_signal_connect_object (project, "changed", G_CALLBACK (update_missing_roles), label,
                           G_CONNECT_SWAPPED);
  update_missing_roles (label, NULL, project);
  return label;
}
