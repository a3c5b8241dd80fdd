/* sf-project-view.c: one open project: a sidebar with the overview and the five steps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-conflicts-dialog.h"
#include "sf-project-conflicts.h"
#include "sf-menu-button.h"
#include "sf-method.h"
#include "sf-page-registry.h"
#include "sf-progress.h"
#include "sf-project-view.h"
#include "sf-search-view.h"
#include "sf-step-status.h"
#include "sf-text.h"

struct _SfProjectView
{
  AdwBin          parent_instance;

  AdwLeaflet     *leaflet;
  AdwWindowTitle *sidebar_title;
  GtkListBox     *sidebar;
  GtkWidget      *content;
  AdwWindowTitle *content_title;
  GtkRevealer    *example_banner;
  GtkWidget      *banner_text;
  GtkStack       *pages;
  GtkToggleButton *search_button;
  GtkSearchBar   *search_bar;
  GtkEditable    *search_entry;
  GtkWidget      *search_view; /* made on the first search */
  GtkWidget      *undo_button;
  GtkWidget      *redo_button;
  GtkMenuButton  *menu_button;
  GMenuModel     *project_menu;

  SfProject      *project;
  GPtrArray      *status_labels; /* per sidebar row; NULL for the overview */
  GtkWidget      *conflict_badge; /* on the overview's row */
};

G_DEFINE_FINAL_TYPE (SfProjectView, sf_project_view, ADW_TYPE_BIN)

static char *
page_name (guint index)
{
  return g_strdup_printf ("page-%u", index);
}

/* The buttons say what they would undo or redo: the change may be on another page. */
static void
update_undo_tooltips (SfProjectView *self)
{
  const char *undo = sf_project_get_undo_label (self->project);
  const char *redo = sf_project_get_redo_label (self->project);
  /* Translators: the undo button's tooltip; %s is the change, e.g. "merge themes". */
  g_autofree char *undo_tip = undo ? sf_text_after_colon (_("Undo: %s"), undo) : NULL;
  /* Translators: the redo button's tooltip; %s is the change. */
  g_autofree char *redo_tip = redo ? sf_text_after_colon (_("Redo: %s"), redo) : NULL;

  gtk_widget_set_tooltip_text (self->undo_button, undo_tip ? undo_tip : _("Undo"));
  gtk_widget_set_tooltip_text (self->redo_button, redo_tip ? redo_tip : _("Redo"));
}

static void
update_conflicts (SfProjectView *self)
{
  guint n = sf_project_count_open_conflicts (self->project);
  g_autofree char *count = g_strdup_printf ("%u", n);
  g_autofree char *tip = g_strdup_printf (ngettext ("%u conflict of a merged copy waits for "
                                                    "your decision",
                                                    "%u conflicts of merged copies wait for "
                                                    "your decision", n), n);

  if (self->conflict_badge == NULL)
    return;
  gtk_label_set_label (GTK_LABEL (self->conflict_badge), count);
  gtk_widget_set_tooltip_text (self->conflict_badge, tip);
  gtk_widget_set_visible (self->conflict_badge, n > 0);
}

static void
update_progress (SfProjectView *self)
{
  for (guint index = 0; index < sf_page_registry_get_n_pages (); index++)
    {
      GtkWidget *label = g_ptr_array_index (self->status_labels, index);
      guint step = sf_page_registry_get_step (index);
      SfStepStatus status;
      g_autofree char *progress = NULL;

      if (step == 0)
        continue;
      status = sf_project_get_step_status (self->project, step);
      progress = sf_project_describe_progress (self->project, step);

      /* What the step holds, where the project can tell; else the status the user set. */
      gtk_label_set_label (GTK_LABEL (label),
                           progress ? progress : sf_step_status_label (status));
      if (status == SF_STEP_DONE)
        gtk_widget_add_css_class (label, "success");
      else
        gtk_widget_remove_css_class (label, "success");
    }
}

static void
update_titles (SfProjectView *self)
{
  const char *name = sf_project_get_name (self->project);

  adw_window_title_set_title (self->sidebar_title, *name ? name : _("Untitled project"));
  adw_window_title_set_subtitle (self->sidebar_title, sf_project_get_municipality (self->project));
  adw_window_title_set_subtitle (self->content_title, *name ? name : _("Untitled project"));
}

guint
sf_project_view_get_page (SfProjectView *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->sidebar);

  return row ? (guint) gtk_list_box_row_get_index (row) : 0;
}

void
sf_project_view_show_page (SfProjectView *self,
                           guint          index)
{
  g_autofree char *name = page_name (index);
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->sidebar, (int) index);

  g_return_if_fail (row != NULL);
  gtk_toggle_button_set_active (self->search_button, FALSE);
  /* Pages are built when first shown: opening a project shows the overview at once. */
  if (gtk_stack_get_child_by_name (self->pages, name) == NULL)
    gtk_stack_add_named (self->pages, sf_page_registry_create_page (index, self->project), name);
  gtk_stack_set_visible_child_name (self->pages, name);
  adw_window_title_set_title (self->content_title, sf_page_registry_get_page_title (index));
  if (gtk_list_box_get_selected_row (self->sidebar) != row)
    gtk_list_box_select_row (self->sidebar, row);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
on_row_selected (GtkListBox    *box,
                 GtkListBoxRow *row,
                 SfProjectView *self)
{
  if (row != NULL)
    sf_project_view_show_page (self, (guint) gtk_list_box_row_get_index (row));
}

static GtkWidget *
sidebar_row (SfProjectView *self,
             guint          index)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (sf_page_registry_get_page_title (index));
  guint step = sf_page_registry_get_step (index);
  GtkWidget *badge;
  GtkWidget *status = NULL;

  /* A page of the whole project (the overview, the themes): an icon, no status. */
  if (step == 0)
    badge = gtk_image_new_from_icon_name (sf_page_registry_get_icon_name (index));
  else
    {
      g_autofree char *number = g_strdup_printf ("%u", step);

      badge = gtk_label_new (number);
      gtk_widget_add_css_class (badge, "sf-step-number");
      status = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (status), 0);
      gtk_widget_add_css_class (status, "caption");
      gtk_widget_add_css_class (status, "dim-label");
    }
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), badge);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (texts), title);
  if (status != NULL)
    gtk_box_append (GTK_BOX (texts), status);
  gtk_box_append (GTK_BOX (box), texts);

  /* The overview's row counts the conflicts merges left open, until they are decided. */
  if (index == 0)
    {
      self->conflict_badge = gtk_label_new (NULL);
      gtk_widget_set_name (self->conflict_badge, "conflict-badge");
      gtk_widget_add_css_class (self->conflict_badge, "sf-conflict-badge");
      gtk_widget_set_valign (self->conflict_badge, GTK_ALIGN_CENTER);
      gtk_widget_set_hexpand (self->conflict_badge, TRUE);
      gtk_widget_set_halign (self->conflict_badge, GTK_ALIGN_END);
      gtk_widget_set_visible (self->conflict_badge, FALSE);
      gtk_box_append (GTK_BOX (box), self->conflict_badge);
    }
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_ptr_array_add (self->status_labels, status);
  return row;
}

/* While there is search text, the content shows what it finds; without, the page again. */
static void
on_search_changed (SfProjectView *self)
{
  const char *text = gtk_editable_get_text (self->search_entry);
  g_autofree char *page = page_name (sf_project_view_get_page (self));

  if (*text == '\0')
    {
      gtk_stack_set_visible_child_name (self->pages, page);
      return;
    }
  if (self->search_view == NULL)
    {
      self->search_view = sf_search_view_new (self->project);
      gtk_stack_add_named (self->pages, self->search_view, "search");
    }
  sf_search_view_set_query (SF_SEARCH_VIEW (self->search_view), text);
  gtk_stack_set_visible_child (self->pages, self->search_view);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
on_search_mode (SfProjectView *self)
{
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    sf_text_set_loaded (self->search_entry, "");
}

static gboolean
start_search (GtkWidget *widget,
              GVariant  *args,
              gpointer   user_data)
{
  SfProjectView *self = SF_PROJECT_VIEW (widget);

  gtk_toggle_button_set_active (self->search_button, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return TRUE;
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  guint index = g_variant_get_uint32 (param);

  if (index < sf_page_registry_get_n_pages ())
    sf_project_view_show_page (SF_PROJECT_VIEW (widget), index);
}

/* A search hit or a remark's item: its page (by its step's number, 0 for the overview, or a
 * page of its own for its kind: a theme's), then the row itself where the page can show it. */
static void
reveal_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  SfProjectView *self = SF_PROJECT_VIEW (widget);
  g_autofree char *name = NULL;
  const char *kind, *ref;
  guint index;

  g_variant_get (param, "(u&s&s)", &index, &kind, &ref);
  if (index > SF_METHOD_N_STEPS)
    return;
  index = sf_page_registry_find_page (index, kind);
  sf_project_view_show_page (self, index);
  name = page_name (index);
  sf_project_page_reveal (SF_PROJECT_PAGE (gtk_stack_get_child_by_name (self->pages, name)),
                          kind, ref);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  adw_leaflet_navigate (SF_PROJECT_VIEW (widget)->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
sf_project_view_dispose (GObject *object)
{
  SfProjectView *self = SF_PROJECT_VIEW (object);

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_clear_object (&self->project);
  g_clear_pointer (&self->status_labels, g_ptr_array_unref);
  /* The leaflet is both the bin's child and a template child: unparent it once. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), SF_TYPE_PROJECT_VIEW);
  G_OBJECT_CLASS (sf_project_view_parent_class)->dispose (object);
}

static void
sf_project_view_class_init (SfProjectViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sf_project_view_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/startfoto/Startfoto/ui/"
                                               "sf-project-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SfProjectView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SfProjectView, menu_button);
  gtk_widget_class_bind_template_child (widget_class, SfProjectView, project_menu);
  gtk_widget_class_bind_template_child (widget_class, SfProjectView, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, SfProjectView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, SfProjectView, content);
  gtk_widget_class_bind_template_child (widget_class, SfProjectView, content_title);
  gtk_widget_class_bind_template_child (widget_class, SfProjectView, example_banner);
  gtk_widget_class_bind_template_child (widget_class, SfProjectView, banner_text);
  gtk_widget_class_bind_template_child (widget_class, SfProjectView, pages);
  gtk_widget_class_bind_template_child (widget_class, SfProjectView, search_button);
  gtk_widget_class_bind_template_child (widget_class, SfProjectView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, SfProjectView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SfProjectView, undo_button);
  gtk_widget_class_bind_template_child (widget_class, SfProjectView, redo_button);
  gtk_widget_class_install_action (widget_class, "view.show-page", "u", show_page_action);
  gtk_widget_class_install_action (widget_class, "view.back", NULL, back_action);
  /* (step, kind, id): as SfSearchHit names a hit. */
  gtk_widget_class_install_action (widget_class, "view.reveal", "(uss)", reveal_action);
}

/* The example banner's text is a wrapping label. Asked how wide it must be to fit a given
 * height, GtkLabel finds out by laying its text out again and again, and the content asks
 * that for every height it tries while the window is sized: some 250 layouts of the banner
 * in the first frame, most of the text shaping that frame did. The content is sized width
 * first (the banner never decides its width), so the banner's text is measured as such: its
 * width as for any height, its height for the width it gets. */
static GtkSizeRequestMode
banner_text_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
banner_text_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  gtk_widget_measure (gtk_widget_get_first_child (widget), orientation,
                      orientation == GTK_ORIENTATION_HORIZONTAL ? -1 : for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
banner_text_allocate (GtkWidget *widget,
                      int        width,
                      int        height,
                      int        baseline)
{
  gtk_widget_allocate (gtk_widget_get_first_child (widget), width, height, baseline, NULL);
}

static void
sf_project_view_init (SfProjectView *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_name (GTK_WIDGET (self), "project-view");
  sf_menu_button_set_menu_later (self->menu_button, self->project_menu);
  gtk_widget_set_layout_manager (self->banner_text,
                                 gtk_custom_layout_new (banner_text_request_mode,
                                                        banner_text_measure,
                                                        banner_text_allocate));
  self->status_labels = g_ptr_array_new ();
  g_signal_connect (self->sidebar, "row-selected", G_CALLBACK (on_row_selected), self);

  g_object_bind_property (self->search_button, "active", self->search_bar,
                          "search-mode-enabled", G_BINDING_BIDIRECTIONAL);
  gtk_search_bar_connect_entry (self->search_bar, self->search_entry);
  g_signal_connect_swapped (self->search_entry, "search-changed",
                            G_CALLBACK (on_search_changed), self);
  g_signal_connect_swapped (self->search_bar, "notify::search-mode-enabled",
                            G_CALLBACK (on_search_mode), self);
  /* Ctrl+F anywhere in the window, wherever the focus is. */
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                     GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (
                                                            GDK_KEY_f, GDK_CONTROL_MASK),
                                                          gtk_callback_action_new (
                                                            start_search, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}

GtkWidget *
sf_project_view_new (SfProject *project)
{
  SfProjectView *self = g_object_new (SF_TYPE_PROJECT_VIEW, NULL);

  self->project = g_object_ref (project);
  for (guint i = 0; i < sf_page_registry_get_n_pages (); i++)
    gtk_list_box_append (self->sidebar, sidebar_row (self, i));
  gtk_revealer_set_reveal_child (self->example_banner, sf_project_get_is_example (project));
  /* Conflicts merges left wait above every page until they are decided. */
  gtk_widget_insert_before (sf_conflicts_banner_new (project),
                            gtk_widget_get_parent (GTK_WIDGET (self->example_banner)),
                            GTK_WIDGET (self->example_banner));
  g_signal_connect_swapped (project, "changed", G_CALLBACK (update_progress), self);
  g_signal_connect_object (project, "changed::merge_conflict", G_CALLBACK (update_conflicts),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_swapped (project, "notify::name", G_CALLBACK (update_titles), self);
  g_signal_connect_swapped (project, "notify::can-undo", G_CALLBACK (update_undo_tooltips), self);
  g_signal_connect_swapped (project, "notify::can-redo", G_CALLBACK (update_undo_tooltips), self);
  g_signal_connect_swapped (project, "notify::municipality", G_CALLBACK (update_titles), self);
  update_progress (self);
  update_conflicts (self);
  update_titles (self);
  update_undo_tooltips (self);
  sf_project_view_show_page (self, 0);
  return GTK_WIDGET (self);
}
