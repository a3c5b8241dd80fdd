/* sf-interviews-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page is the step's text and questions (SfStepPage) with the partner register
 * (sf-partner-register.h) and the interviews (sf-interviews-section.h).
 *
 * A search hit in step 1 opens where it was found: an answer or the notes in the interview's
 * guided window, a key point in its partner's key-points window, a partner in its dialog. A
 * window already open for that interview or partner is used again rather than a second one.
 */
#include "config.h"

#include "sf-interview-window.h"
#include "sf-interviews-page.h"
#include "sf-interviews-section.h"
#include "sf-key-points-window.h"
#include "sf-partner-dialog.h"
#include "sf-partner-register.h"
#include "sf-project-interviews.h"

struct _SfInterviewsPage
{
  SfStepPage parent_instance;

  GtkWidget *register_group;  /* the partner register */
};

G_DEFINE_FINAL_TYPE (SfInterviewsPage, sf_interviews_page, SF_TYPE_STEP_PAGE)

static void
add_partner_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  GtkWidget *dialog = sf_partner_dialog_new (
    widget, sf_project_page_get_project (SF_PROJECT_PAGE (widget)), NULL);

  gtk_window_present (GTK_WINDOW (dialog));
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
  SfInterview *interview = find_interview_by_id (
    sf_project_page_get_project (SF_PROJECT_PAGE (self)), interview_id);

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
    return sf_partner_register_reveal (SF_PARTNER_REGISTER (self->register_group), ref);
  return FALSE;
}

static void
sf_interviews_page_constructed (GObject *object)
{
  SfInterviewsPage *self = SF_INTERVIEWS_PAGE (object);
  SfProject *project;

  G_OBJECT_CLASS (sf_interviews_page_parent_class)->constructed (object);

  project = sf_project_page_get_project (SF_PROJECT_PAGE (self));
  self->register_group = sf_partner_register_new (project);
  sf_step_page_add_section (SF_STEP_PAGE (self), self->register_group);
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

