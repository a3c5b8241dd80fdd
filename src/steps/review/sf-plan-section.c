/* sf-plan-section.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list is bound to the store's plan, which reports only the rows an edit moved: an edit
 * rebuilds no other row. The store lists the plan by quarter; a heading starts each quarter,
 * and a row whose due changes in place asks for its heading (and the next row's) again.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-agreed-dialog.h"
#include "sf-plan-dialog.h"
#include "sf-plan-format.h"
#include "sf-plan-row.h"
#include "sf-csv-export.h"
#include "sf-list-more.h"
#include "sf-plan-csv.h"
#include "sf-plan-section.h"
#include "sf-plan-timeline-view.h"
#include "sf-project-page.h"
#include "sf-project-plan.h"
#include "sf-toplevel.h"
#include "review-resources.h"

/* Screen pixels per chart point, as step 3's charts. */
#define PAGE_SCALE (4.0 / 3.0)

struct _SfPlanSection
{
  AdwPreferencesGroup parent_instance;

  SfProject *project;

  GtkWidget *list_box;
  GtkWidget *more;
};

G_DEFINE_FINAL_TYPE (SfPlanSection, sf_plan_section, ADW_TYPE_PREFERENCES_GROUP)

/* The quarter an action falls in as one number; 0 for none. */
static int
quarter_key (SfPlanAction *action)
{
  int year, quarter;

  if (!sf_plan_due_quarter (sf_plan_action_get_due (action), &year, &quarter))
    return 0;
  return year * 4 + quarter;
}

static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       data)
{
  SfPlanAction *action = sf_plan_row_get_action (SF_PLAN_ROW (row));
  int key = quarter_key (action);
  GtkWidget *header = gtk_list_box_row_get_header (row);
  g_autofree char *heading = NULL;

  if (before != NULL && quarter_key (sf_plan_row_get_action (SF_PLAN_ROW (before))) == key)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  heading = sf_plan_format_heading (sf_plan_action_get_due (action));
  if (header == NULL)
    {
      header = gtk_label_new (NULL);
      gtk_widget_set_name (header, "plan-quarter-heading");
      gtk_label_set_xalign (GTK_LABEL (header), 0);
      gtk_widget_add_css_class (header, "heading");
      gtk_widget_set_margin_start (header, 12);
      gtk_widget_set_margin_end (header, 12);
      gtk_widget_set_margin_top (header, 12);
      gtk_widget_set_margin_bottom (header, 6);
      gtk_list_box_row_set_header (row, header);
    }
  gtk_label_set_text (GTK_LABEL (header), heading);
}

static GtkWidget *
create_row (gpointer item,
            gpointer data)
{
  SfPlanSection *self = data;
  GtkWidget *row = sf_plan_row_new (self->project, SF_PLAN_ACTION (item));

  /* Moved to another quarter without moving in the list: its heading and the next row's. */
  g_signal_connect_object (item, "notify::due", G_CALLBACK (gtk_list_box_row_changed), row,
                           G_CONNECT_SWAPPED);
  return row;
}

/* As an AdwStatusPage says it, without the status page's own scrolling, which a list's
 * placeholder would squeeze to a sliver. */
static GtkWidget *
placeholder_new (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name ("x-office-calendar-symbolic");
  GtkWidget *title = gtk_label_new (_("No Actions Yet"));
  GtkWidget *description = gtk_label_new (_("Add the steps the partners take in the coming "
                                            "year: what is to be done, who is responsible, "
                                            "and when."));

  gtk_widget_set_name (box, "plan-empty");
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_image_set_pixel_size (GTK_IMAGE (icon), 64);
  gtk_widget_set_margin_bottom (icon, 6);
  gtk_widget_add_css_class (icon, "dim-label");
  gtk_widget_add_css_class (title, "title-3");
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap (GTK_LABEL (description), TRUE);
  gtk_label_set_justify (GTK_LABEL (description), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (description, "dim-label");
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), description);
  return box;
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  SfPlanSection *self = SF_PLAN_SECTION (widget);
  GtkWidget *page = gtk_widget_get_ancestor (widget, SF_TYPE_PROJECT_PAGE);
  GtkWidget *dialog = sf_plan_dialog_new (page != NULL ? page : widget, self->project, NULL);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
agreed_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SfPlanSection *self = SF_PLAN_SECTION (widget);
  GtkWidget *dialog = sf_agreed_dialog_new (sf_toplevel_of (widget), self->project, NULL);

  gtk_window_present (GTK_WINDOW (dialog));
}

static const SfCsvExport *
plan_export (void)
{
  static SfCsvExport kind;

  /* Translated when first asked for: the language is set by then. */
  if (kind.write == NULL)
    kind = (SfCsvExport) {
      _("Export the Plan"),
      /* Translators: the suggested file name of the exported plan; %s is the project's name */
      _("%s – plan.csv"),
      _("The plan could not be exported"),
      _("Plan exported"),
      sf_project_export_actions_csv,
    };
  return &kind;
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  sf_csv_export_ask (widget, SF_PLAN_SECTION (widget)->project, plan_export ());
}

gboolean
sf_plan_section_export_to (SfPlanSection *self,
                           GFile         *file)
{
  g_return_val_if_fail (SF_IS_PLAN_SECTION (self), FALSE);

  return sf_csv_export_to (GTK_WIDGET (self), self->project, plan_export (), file, ';');
}

static void
sf_plan_section_dispose (GObject *object)
{
  SfPlanSection *self = SF_PLAN_SECTION (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_PLAN_SECTION);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_plan_section_parent_class)->dispose (object);
}

static void
sf_plan_section_class_init (SfPlanSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_plan_section_dispose;

  gtk_widget_class_install_action (widget_class, "plan.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "plan.agreed", NULL, agreed_action);
  gtk_widget_class_install_action (widget_class, "plan.export", NULL, export_action);

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_review_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-plan-section.ui");
  gtk_widget_class_bind_template_child (widget_class, SfPlanSection, list_box);
}

static void
sf_plan_section_init (SfPlanSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->list_box), placeholder_new ());
  gtk_list_box_set_header_func (GTK_LIST_BOX (self->list_box), update_header, NULL, NULL);
}

GtkWidget *
sf_plan_section_new (SfProject *project)
{
  SfPlanSection *self;
  GtkWidget *timeline;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  self = g_object_new (SF_TYPE_PLAN_SECTION, NULL);
  self->project = g_object_ref (project);
  /* Above the list: the plan at a glance. */
  timeline = sf_plan_timeline_view_new (project, PAGE_SCALE);
  gtk_widget_set_margin_bottom (timeline, 12);
  gtk_widget_insert_before (timeline, gtk_widget_get_parent (self->list_box), self->list_box);
  /* The first actions, by when: a large plan's rest is made when asked for. */
  self->more = sf_list_more_bind (GTK_LIST_BOX (self->list_box), sf_project_get_plan (project),
                                  50, create_row, self);
  gtk_widget_insert_after (self->more, gtk_widget_get_parent (self->list_box), self->list_box);
  return GTK_WIDGET (self);
}

gboolean
sf_plan_section_reveal (SfPlanSection *self,
                        const char    *action_id)
{
  g_return_val_if_fail (SF_IS_PLAN_SECTION (self), FALSE);

  sf_list_more_show_all (self->more);
  for (GtkWidget *row = gtk_widget_get_first_child (self->list_box); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      SfPlanAction *action = SF_IS_PLAN_ROW (row) ? sf_plan_row_get_action (SF_PLAN_ROW (row))
                                                  : NULL;

      if (action == NULL || g_strcmp0 (sf_record_get_id (SF_RECORD (action)), action_id) != 0)
        continue;
      /* The page scrolls to its focus, which comes back here when the dialog closes. */
      gtk_widget_grab_focus (row);
      sf_plan_row_edit (SF_PLAN_ROW (row));
      return TRUE;
    }
  return FALSE;
}
