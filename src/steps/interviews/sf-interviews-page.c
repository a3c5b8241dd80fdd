/* sf-interviews-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each partner row carries a small action group "partner" (edit, remove), so that its buttons
 * and tests act on that row's partner without looking it up.
 *
 * A search hit in step 1 opens where it was found: an answer or the notes in the interview's
 * guided window, a key point in its partner's key-points window, a partner in its dialog. A
 * window already open for that interview or partner is used again rather than a second one.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-domain.h"
#include "sf-feedback.h"
#include "sf-icon-button.h"
#include "sf-interview-window.h"
#include "sf-project-interviews.h"
#include "sf-interviews-section.h"
#include "sf-key-points-window.h"
#include "sf-partner-dialog.h"
#include "sf-interviews-page.h"
#include "sf-placeholder.h"
#include "sf-text.h"

struct _SfInterviewsPage
{
  SfStepPage parent_instance;

  GtkWidget *list_box;
};

G_DEFINE_FINAL_TYPE (SfInterviewsPage, sf_interviews_page, SF_TYPE_STEP_PAGE)

static SfPartner *
row_get_partner (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "sf-partner");
}

static void
update_row (GtkWidget *row)
{
  SfPartner *partner = row_get_partner (row);
  const char *parts[] = {
    sf_partner_domain_get_label (sf_partner_get_domain (partner)),
    sf_partner_get_role (partner),
    sf_partner_get_contact (partner),
  };
  g_autofree char *subtitle = sf_text_join_parts (parts, G_N_ELEMENTS (parts));
  const char *organisation = sf_partner_get_organisation (partner);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 organisation != NULL ? organisation : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
}

static void
edit_partner (GtkWidget *widget,
              SfPartner *partner)
{
  SfInterviewsPage *self = SF_INTERVIEWS_PAGE (gtk_widget_get_ancestor (widget,
                                                                    SF_TYPE_INTERVIEWS_PAGE));
  GtkWidget *dialog;

  dialog = sf_partner_dialog_new (GTK_WIDGET (self),
                                  sf_project_page_get_project (SF_PROJECT_PAGE (self)), partner);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
row_activated_cb (GtkWidget *row)
{
  edit_partner (row, row_get_partner (row));
}

static void
row_edit_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       row)
{
  edit_partner (row, row_get_partner (row));
}

static void
row_remove_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       row)
{
  /* The row goes away with its partner: keep hold of the page for the toast. */
  g_autoptr(GtkWidget) page = g_object_ref (gtk_widget_get_ancestor (row, SF_TYPE_INTERVIEWS_PAGE));
  SfProject *project = sf_project_page_get_project (SF_PROJECT_PAGE (page));
  g_autofree char *id = g_strdup (sf_record_get_id (SF_RECORD (row_get_partner (row))));
  g_autoptr(GError) error = NULL;

  if (!sf_project_remove_partner (project, id, &error))
    sf_feedback_error (page, _("The partner could not be removed"), error);
  else
    sf_feedback_undo_toast (page, project, _("Partner removed"));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  static const GActionEntry entries[] = {
    { .name = "edit", .activate = row_edit_action },
    { .name = "remove", .activate = row_remove_action },
  };
  SfPartner *partner = SF_PARTNER (item);
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove_button = sf_icon_button_new ("user-trash-symbolic", _("Remove Partner"));

  g_object_set_data_full (G_OBJECT (row), "sf-partner", g_object_ref (partner), g_object_unref);
  g_action_map_add_action_entries (G_ACTION_MAP (actions), entries, G_N_ELEMENTS (entries), row);
  gtk_widget_insert_action_group (row, "partner", G_ACTION_GROUP (actions));

  /* Names are the user's own text: never read them as markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_signal_connect (row, "activated", G_CALLBACK (row_activated_cb), NULL);

  gtk_widget_set_name (remove_button, "remove-partner");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove_button), "partner.remove");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove_button);

  /* The store updates the partner object in place after an edit, undo or redo. */
  g_signal_connect_object (partner, "notify", G_CALLBACK (update_row), row, G_CONNECT_SWAPPED);
  update_row (row);
  return row;
}

static void
add_partner_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  edit_partner (widget, NULL);
}

static GtkWidget *
add_button_new (void)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("_Add Partner"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_set_name (button, "add-partner");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "step.add-partner");
  return button;
}

/* ---- showing a search hit --------------------------------------------------------------- */

static gboolean
same_id (gpointer    record,
         const char *id)
{
  return record != NULL && g_strcmp0 (sf_record_get_id (SF_RECORD (record)), id) == 0;
}

/* An open window of @type whose interview or partner is @id, or NULL. */
static GtkWindow *
find_window (GType       type,
             const char *id)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (!G_TYPE_CHECK_INSTANCE_TYPE (window, type) ||
          !gtk_widget_get_visible (GTK_WIDGET (window)))
        continue;
      if ((SF_IS_INTERVIEW_WINDOW (window) &&
           same_id (sf_interview_window_get_interview (SF_INTERVIEW_WINDOW (window)), id)) ||
          (SF_IS_KEY_POINTS_WINDOW (window) &&
           same_id (sf_key_points_window_get_partner (SF_KEY_POINTS_WINDOW (window)), id)))
        return window;
    }
  return NULL;
}

static SfInterviewWindow *
open_interview (SfInterviewsPage *self,
                SfInterview    *interview)
{
  SfProject *project = sf_project_page_get_project (SF_PROJECT_PAGE (self));
  GtkWindow *window = find_window (SF_TYPE_INTERVIEW_WINDOW,
                                   sf_record_get_id (SF_RECORD (interview)));

  if (window == NULL)
    window = GTK_WINDOW (sf_interview_window_new (GTK_WIDGET (self), project, interview));
  gtk_window_present (window);
  return SF_INTERVIEW_WINDOW (window);
}

static SfInterview *
find_interview_by_id (SfProject  *project,
                      const char *id)
{
  GListModel *interviews = sf_project_get_interviews (project);

  for (guint i = 0; i < g_list_model_get_n_items (interviews); i++)
    {
      g_autoptr(SfInterview) interview = g_list_model_get_item (interviews, i);

      if (same_id (interview, id))
        return interview;  /* the list keeps it alive */
    }
  return NULL;
}

static gboolean
reveal_answer (SfInterviewsPage *self,
               const char     *answer_id)
{
  SfProject *project = sf_project_page_get_project (SF_PROJECT_PAGE (self));
  GListModel *interviews = sf_project_get_interviews (project);

  for (guint i = 0; i < g_list_model_get_n_items (interviews); i++)
    {
      g_autoptr(SfInterview) interview = g_list_model_get_item (interviews, i);
      GListModel *answers = sf_project_get_answers (project,
                                                    sf_record_get_id (SF_RECORD (interview)));

      for (guint j = 0; j < g_list_model_get_n_items (answers); j++)
        {
          g_autoptr(SfAnswer) answer = g_list_model_get_item (answers, j);
          SfInterviewWindow *window;

          if (!same_id (answer, answer_id))
            continue;
          window = open_interview (self, interview);
          /* A question hidden since still has its answer: then the notes are the place. */
          if (!sf_interview_window_show_question (window, sf_answer_get_question_id (answer)))
            sf_interview_window_show_notes (window);
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
reveal_notes (SfInterviewsPage *self,
              const char     *interview_id)
{
  SfInterview *interview = find_interview_by_id (sf_project_page_get_project (SF_PROJECT_PAGE (self)),
                                                 interview_id);

  if (interview == NULL)
    return FALSE;
  sf_interview_window_show_notes (open_interview (self, interview));
  return TRUE;
}

static gboolean
reveal_key_point (SfInterviewsPage *self,
                  const char     *key_point_id)
{
  SfProject *project = sf_project_page_get_project (SF_PROJECT_PAGE (self));
  GListModel *partners = sf_project_get_partners (project);

  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);
      const char *partner_id = sf_record_get_id (SF_RECORD (partner));
      GListModel *points = sf_project_get_key_points (project, partner_id);
      GtkWindow *window;

      for (guint j = 0; j < g_list_model_get_n_items (points); j++)
        {
          g_autoptr(SfKeyPoint) point = g_list_model_get_item (points, j);

          if (!same_id (point, key_point_id))
            continue;
          window = find_window (SF_TYPE_KEY_POINTS_WINDOW, partner_id);
          if (window == NULL)
            window = GTK_WINDOW (sf_key_points_window_new (GTK_WIDGET (self), project, partner));
          sf_key_points_window_show_point (SF_KEY_POINTS_WINDOW (window), key_point_id);
          gtk_window_present (window);
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
reveal_partner (SfInterviewsPage *self,
                const char     *partner_id)
{
  for (GtkWidget *row = gtk_widget_get_first_child (self->list_box); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (!GTK_IS_LIST_BOX_ROW (row) || !same_id (row_get_partner (row), partner_id))
        continue;
      /* The page scrolls to its focus, which comes back here when the dialog closes. */
      gtk_widget_grab_focus (row);
      edit_partner (row, row_get_partner (row));
      return TRUE;
    }
  return FALSE;
}

static gboolean
sf_interviews_page_reveal (SfProjectPage *page,
                         const char *kind,
                         const char *ref)
{
  SfInterviewsPage *self = SF_INTERVIEWS_PAGE (page);

  if (g_strcmp0 (kind, "answer") == 0)
    return reveal_answer (self, ref);
  if (g_strcmp0 (kind, "interview") == 0)
    return reveal_notes (self, ref);
  if (g_strcmp0 (kind, "key_point") == 0)
    return reveal_key_point (self, ref);
  if (g_strcmp0 (kind, "partner") == 0)
    return reveal_partner (self, ref);
  return FALSE;
}

static void
sf_interviews_page_constructed (GObject *object)
{
  SfInterviewsPage *self = SF_INTERVIEWS_PAGE (object);
  SfProject *project;
  GtkWidget *group;

  G_OBJECT_CLASS (sf_interviews_page_parent_class)->constructed (object);

  project = sf_project_page_get_project (SF_PROJECT_PAGE (self));
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Partner register"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
    _("The organisations that take part. The partners interview each other and present "
      "the outcomes at a joint meeting."));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), add_button_new ());

  self->list_box = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list_box, "boxed-list");
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->list_box), sf_placeholder_new (_("No partners yet")));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list_box), sf_project_get_partners (project),
                           create_row, NULL, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->list_box);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), sf_missing_roles_new (project));

  sf_step_page_add_section (SF_STEP_PAGE (self), group);
  sf_step_page_add_section (SF_STEP_PAGE (self), sf_interviews_section_new (project));
}

static void
sf_interviews_page_class_init (SfInterviewsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sf_interviews_page_constructed;
  SF_PROJECT_PAGE_CLASS (klass)->reveal = sf_interviews_page_reveal;
  gtk_widget_class_install_action (widget_class, "step.add-partner", NULL, add_partner_action);
}

static void
sf_interviews_page_init (SfInterviewsPage *self)
{
}

