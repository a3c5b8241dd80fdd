/* sf-overview-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-feedback.h"
#include "sf-flat-dialog.h"
#include "sf-flat-row.h"
#include "sf-menu-button.h"
#include "sf-method.h"
#include "sf-one-line-row.h"
#include "sf-overview-page.h"
#include "sf-placeholder.h"
#include "sf-progress.h"
#include "sf-step-row.h"
#include "sf-step-status.h"
#include "sf-store-text.h"
#include "sf-text.h"
#include "steps-resources.h"

struct _SfOverviewPage
{
  SfProjectPage parent_instance;

  SfProject *project; /* the page's (SfProjectPage), for brevity */
  GtkWidget *step_rows[SF_METHOD_N_STEPS];

  GtkWidget *title_label;
  GtkWidget *name_row;
  GtkWidget *municipality_row;
  GtkWidget *neighbourhood_row;
  GtkWidget *concept_row;
  GtkMenuButton *concept_button;
  GMenuModel *concept_menu;
  GtkWidget *flats_list;
  GtkWidget *steps_group;
  GtkWidget *report_row;
};

G_DEFINE_FINAL_TYPE (SfOverviewPage, sf_overview_page, SF_TYPE_PROJECT_PAGE)

/* ---- project details -------------------------------------------------------------------- */

static const struct
{
  SfProjectField field;
  const char    *property;
  gsize          row_offset;
} detail_rows[] = {
  { SF_PROJECT_FIELD_NAME, "name", G_STRUCT_OFFSET (SfOverviewPage, name_row) },
  { SF_PROJECT_FIELD_MUNICIPALITY, "municipality",
    G_STRUCT_OFFSET (SfOverviewPage, municipality_row) },
  { SF_PROJECT_FIELD_NEIGHBOURHOOD, "neighbourhood",
    G_STRUCT_OFFSET (SfOverviewPage, neighbourhood_row) },
  { SF_PROJECT_FIELD_CONCEPT_NAME, "concept-name",
    G_STRUCT_OFFSET (SfOverviewPage, concept_row) },
};

#define DETAIL_ROW(self, i) G_STRUCT_MEMBER (GtkWidget *, self, detail_rows[i].row_offset)

static char *
project_value (SfOverviewPage *self,
               guint           i)
{
  char *value = NULL;

  g_object_get (self->project, detail_rows[i].property, &value, NULL);
  return value != NULL ? value : g_strdup ("");
}

/* Shows the project's value, unless the user is busy changing it in that row. */
static void
sync_detail (SfOverviewPage *self,
             guint           i,
             gboolean        force)
{
  GtkWidget *row = DETAIL_ROW (self, i);
  g_autofree char *value = project_value (self, i);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  if (g_str_equal (text, value))
    return;
  if (!force && (gtk_widget_get_state_flags (row) & GTK_STATE_FLAG_FOCUS_WITHIN))
    return;
  sf_text_set_loaded (GTK_EDITABLE (row), value);
}

static void
update_title (SfOverviewPage *self)
{
  const char *name = sf_project_get_name (self->project);

  gtk_label_set_text (GTK_LABEL (self->title_label),
                      !sf_store_text_is_blank (name) ? name : _("Untitled project"));
}

static void
project_notify_cb (SfOverviewPage *self,
                   GParamSpec     *pspec)
{
  for (guint i = 0; i < G_N_ELEMENTS (detail_rows); i++)
    if (g_str_equal (pspec->name, detail_rows[i].property))
      sync_detail (self, i, FALSE);
  if (g_str_equal (pspec->name, "name"))
    update_title (self);
}

static void
set_detail (SfOverviewPage *self,
            guint           i,
            const char     *text)
{
  g_autoptr(GError) error = NULL;

  if (!sf_project_set_field (self->project, detail_rows[i].field, text, &error))
    {
      sf_feedback_error (GTK_WIDGET (self), _("The project details could not be changed"), error);
      sync_detail (self, i, TRUE);
    }
  else
    /* The store may tidy the value (an empty concept name becomes the default). */
    sync_detail (self, i, TRUE);
}

static void
row_apply_cb (SfOverviewPage *self,
              GtkWidget      *row)
{
  for (guint i = 0; i < G_N_ELEMENTS (detail_rows); i++)
    if (DETAIL_ROW (self, i) == row)
      set_detail (self, i, gtk_editable_get_text (GTK_EDITABLE (row)));
}

/* Typed text is kept when the row is left too, not only on Enter or the apply button:
 * there is no Save, so nothing typed may be lost. */
static void
keep_typed_text (SfOverviewPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (detail_rows); i++)
    {
      GtkWidget *row = DETAIL_ROW (self, i);
      g_autofree char *value = project_value (self, i);

      if (!g_str_equal (gtk_editable_get_text (GTK_EDITABLE (row)), value))
        set_detail (self, i, gtk_editable_get_text (GTK_EDITABLE (row)));
    }
}

/* On the way out only the store is written: touching rows that are being destroyed starts
 * their animations, which then outlive them. */
static void
store_typed_text (SfOverviewPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (detail_rows); i++)
    {
      GtkWidget *row = DETAIL_ROW (self, i);
      g_autofree char *value = NULL;
      g_autoptr(GError) error = NULL;

      if (row == NULL)
        continue;
      value = project_value (self, i);
      if (!g_str_equal (gtk_editable_get_text (GTK_EDITABLE (row)), value) &&
          !sf_project_set_field (self->project, detail_rows[i].field,
                                 gtk_editable_get_text (GTK_EDITABLE (row)), &error))
        g_warning ("Typed project details were not kept: %s", error->message);
    }
}

static void
set_concept_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SfOverviewPage *self = SF_OVERVIEW_PAGE (widget);

  for (guint i = 0; i < G_N_ELEMENTS (detail_rows); i++)
    if (detail_rows[i].field == SF_PROJECT_FIELD_CONCEPT_NAME)
      set_detail (self, i, g_variant_get_string (parameter, NULL));
}

/* ---- flats ------------------------------------------------------------------------------ */

static GtkWidget *
create_flat_row (gpointer item,
                 gpointer project)
{
  return sf_flat_row_new (project, SF_FLAT (item));
}

/* A search hit: the flat's row, and its dialog open as a click on the row opens it. */
static gboolean
sf_overview_page_reveal (SfProjectPage *page,
                         const char    *kind,
                         const char    *flat_id)
{
  SfOverviewPage *self = SF_OVERVIEW_PAGE (page);

  if (g_strcmp0 (kind, "flat") != 0)
    return FALSE;
  for (GtkWidget *row = gtk_widget_get_first_child (self->flats_list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      SfFlat *flat = SF_IS_FLAT_ROW (row) ? sf_flat_row_get_flat (SF_FLAT_ROW (row)) : NULL;

      if (flat == NULL || g_strcmp0 (sf_record_get_id (SF_RECORD (flat)), flat_id) != 0)
        continue;
      /* The page scrolls to its focus, which comes back here when the dialog closes. */
      gtk_widget_grab_focus (row);
      sf_flat_row_edit (SF_FLAT_ROW (row));
      return TRUE;
    }
  return FALSE;
}

static void
add_flat_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SfOverviewPage *self = SF_OVERVIEW_PAGE (widget);
  GtkWidget *dialog = sf_flat_dialog_new (widget, self->project, NULL);

  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- steps ------------------------------------------------------------------------------ */

static void
update_step_subtitle (SfOverviewPage *self,
                      guint           number)
{
  GListModel *questions = sf_project_get_questions (self->project, number);
  guint n_questions = 0;
  g_autofree char *text = NULL;
  g_autofree char *progress = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SfQuestion) question = g_list_model_get_item (questions, i);

      if (!sf_question_get_hidden (question))
        n_questions++;
    }
  text = g_strdup_printf (ngettext ("%u question", "%u questions", n_questions), n_questions);
  if (number == 1)
    {
      guint n_partners = g_list_model_get_n_items (sf_project_get_partners (self->project));
      g_autofree char *partners = g_strdup_printf (ngettext ("%u partner", "%u partners",
                                                             n_partners), n_partners);
      const char *parts[] = { text, partners };
      char *joined = sf_text_join_parts (parts, G_N_ELEMENTS (parts));

      g_free (text);
      text = joined;
    }
  progress = sf_project_describe_progress (self->project, number);
  if (progress != NULL)
    {
      const char *parts[] = { progress, text };
      char *joined = sf_text_join_parts (parts, G_N_ELEMENTS (parts));

      g_free (text);
      text = joined;
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->step_rows[number - 1]), text);
}

static void
update_step_subtitles (SfOverviewPage *self)
{
  for (guint number = 1; number <= SF_METHOD_N_STEPS; number++)
    update_step_subtitle (self, number);
}

static void
sync_steps (SfOverviewPage *self)
{
  for (guint number = 1; number <= SF_METHOD_N_STEPS; number++)
    sf_step_row_set_status (SF_STEP_ROW (self->step_rows[number - 1]),
                            sf_step_status_label (sf_project_get_step_status (self->project,
                                                                              number)));
}

static void
set_step_status_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  SfOverviewPage *self = SF_OVERVIEW_PAGE (widget);
  g_autoptr(GError) error = NULL;
  guint number, status;

  g_variant_get (parameter, "(uu)", &number, &status);
  if (number < 1 || number > SF_METHOD_N_STEPS || status > SF_STEP_DONE)
    return;
  if (!sf_project_set_step_status (self->project, number, status, &error))
    sf_feedback_error (GTK_WIDGET (self), _("The step’s status could not be changed"), error);
}

static void
add_step_rows (SfOverviewPage *self)
{
  for (guint number = 1; number <= SF_METHOD_N_STEPS; number++)
    {
      self->step_rows[number - 1] = sf_step_row_new (number);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->steps_group),
                                 self->step_rows[number - 1]);
    }
}

/* ---- the page --------------------------------------------------------------------------- */

static void
sf_overview_page_constructed (GObject *object)
{
  SfOverviewPage *self = SF_OVERVIEW_PAGE (object);

  G_OBJECT_CLASS (sf_overview_page_parent_class)->constructed (object);
  self->project = sf_project_page_get_project (SF_PROJECT_PAGE (self));
  g_return_if_fail (SF_IS_PROJECT (self->project));

  for (guint i = 0; i < G_N_ELEMENTS (detail_rows); i++)
    {
      GtkEventController *focus = gtk_event_controller_focus_new ();

      sync_detail (self, i, TRUE);
      g_signal_connect_swapped (focus, "leave", G_CALLBACK (keep_typed_text), self);
      gtk_widget_add_controller (DETAIL_ROW (self, i), focus);
    }
  update_title (self);
  g_signal_connect_object (self->project, "notify", G_CALLBACK (project_notify_cb), self,
                           G_CONNECT_SWAPPED);

  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->flats_list),
                                sf_placeholder_new (_("No flats yet")));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->flats_list), sf_project_get_flats (self->project),
                           create_flat_row, self->project, NULL);

  add_step_rows (self);
  sync_steps (self);
  update_step_subtitles (self);
  g_signal_connect_object (self->project, "changed::step", G_CALLBACK (sync_steps), self,
                           G_CONNECT_SWAPPED);
  /* Questions, partners, interviews, the session: most changes can move these lines. */
  g_signal_connect_object (self->project, "changed", G_CALLBACK (update_step_subtitles), self,
                           G_CONNECT_SWAPPED);
}

static void
sf_overview_page_dispose (GObject *object)
{
  SfOverviewPage *self = SF_OVERVIEW_PAGE (object);

  if (self->project != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->project, self);
      store_typed_text (self); /* the page may go while a row still has focus */
    }
  /* AdwBin first, so it does not unparent again the child the template already dropped. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_OVERVIEW_PAGE);
  G_OBJECT_CLASS (sf_overview_page_parent_class)->dispose (object);
}

static void
sf_overview_page_class_init (SfOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sf_overview_page_constructed;
  object_class->dispose = sf_overview_page_dispose;
  SF_PROJECT_PAGE_CLASS (klass)->reveal = sf_overview_page_reveal;

  gtk_widget_class_install_action (widget_class, "overview.add-flat", NULL, add_flat_action);
  gtk_widget_class_install_action (widget_class, "overview.set-step-status", "(uu)",
                                   set_step_status_action);
  gtk_widget_class_install_action (widget_class, "overview.set-concept", "s",
                                   set_concept_action);

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_steps_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SfOverviewPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, SfOverviewPage, concept_button);
  gtk_widget_class_bind_template_child (widget_class, SfOverviewPage, concept_menu);
  gtk_widget_class_bind_template_child (widget_class, SfOverviewPage, report_row);
  gtk_widget_class_bind_template_child (widget_class, SfOverviewPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, SfOverviewPage, municipality_row);
  gtk_widget_class_bind_template_child (widget_class, SfOverviewPage, neighbourhood_row);
  gtk_widget_class_bind_template_child (widget_class, SfOverviewPage, concept_row);
  gtk_widget_class_bind_template_child (widget_class, SfOverviewPage, flats_list);
  gtk_widget_class_bind_template_child (widget_class, SfOverviewPage, steps_group);
  gtk_widget_class_bind_template_callback (widget_class, row_apply_cb);
}

static void
sf_overview_page_init (SfOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sf_menu_button_set_menu_later (self->concept_button, self->concept_menu);
  sf_one_line_row_unwrap (self->report_row);
}

