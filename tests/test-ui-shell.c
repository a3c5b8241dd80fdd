/* test-ui-shell.c: the app's shell and shared pages (search, menus, shortcuts, what a screen
 * reader reads, empty lists), in-process under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-feedback.h"
#include "sf-flat-dialog.h"
#include "sf-icon-button.h"
#include "sf-project-figures.h"
#include "sf-figures-page.h"
#include "sf-project-view.h"
#include "sf-project-key-figures.h"
#include "sf-new-project-dialog.h"
#include "sf-page-registry.h"
#include "sf-test-ui.h"

/* ---- accessible names ------------------------------------------------------------------- */

/* Every widget of the open windows, by how GTK prints a reference to it ("GtkLabel<0x…>"). */
static void
collect_widgets (GtkWidget  *widget,
                 GHashTable *by_ref)
{
  g_hash_table_insert (by_ref, g_strdup_printf ("%s<%p>", G_OBJECT_TYPE_NAME (widget), widget),
                       widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, by_ref);
}

/* The accessible label property, or NULL. GTK 4.8 has no getter; the test API hands back
 * the value it holds when it is not the one asked for. */
static char *
label_property (GtkWidget *widget)
{
  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return NULL;
  return gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                             GTK_ACCESSIBLE_PROPERTY_LABEL, "\x01");
}

/* The name a screen reader gets, as GTK 4.8 makes it: the label property, then the labels of
 * the widgets it is labelled by. */
static char *
accessible_name (GtkWidget  *widget,
                 GHashTable *by_ref)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  char *label = label_property (widget);

  if (label != NULL)
    g_ptr_array_add (parts, label);
  if (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget),
                                        GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    {
      g_autofree char *refs = gtk_test_accessible_check_relation (
        GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY, NULL);
      g_auto(GStrv) each = g_strsplit_set (refs ? refs : "", " ,", -1);

      for (guint i = 0; each[i] != NULL; i++)
        {
          GtkWidget *other = g_hash_table_lookup (by_ref, each[i]);
          char *other_label = other ? label_property (other) : NULL;

          if (other_label != NULL)
            g_ptr_array_add (parts, other_label);
        }
    }
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" ", (char **) parts->pdata);
}

/* "_New Project", or "New Project New Project". */
static gboolean
name_is_wrong (const char *name)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  guint n = g_strv_length (words);
  gboolean doubled = n >= 2 && n % 2 == 0;

  for (const char *p = strchr (name, '_'); p != NULL; p = strchr (p + 1, '_'))
    if (g_unichar_isalnum (g_utf8_get_char (p + 1)))
      return TRUE;
  for (guint i = 0; doubled && i < n / 2; i++)
    doubled = g_str_equal (words[i], words[n / 2 + i]);
  return doubled;
}

static void
check_names_in (GtkWidget  *widget,
                GHashTable *by_ref,
                GString    *wrong)
{
  g_autofree char *name = NULL;

  /* A key cap's label is GTK's name for the key ("Page_Up"), not a mnemonic. */
  if (!gtk_widget_get_mapped (widget) || GTK_IS_SHORTCUT_LABEL (widget))
    return;
  name = accessible_name (widget, by_ref);
  if (name_is_wrong (name))
    g_string_append_printf (wrong, "%s “%s”\n", G_OBJECT_TYPE_NAME (widget), name);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_names_in (child, by_ref, wrong);
}

/* Every widget shown in every window has a name without a mnemonic's underscore, and not
 * the same words twice. */
static void
check_names (const char *where)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  g_autoptr(GHashTable) by_ref = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) wrong = g_string_new (NULL);

  sf_test_iterate ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      collect_widgets (window, by_ref);
    }
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      check_names_in (window, by_ref, wrong);
    }
  if (wrong->len > 0)
    g_error ("%s: accessible names with a mnemonic or doubled:\n%s", where, wrong->str);
}

static void
close_dialogs (void)
{
  GtkWidget *dialog;

  while ((dialog = sf_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL ||
         (dialog = sf_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW)) != NULL ||
         (dialog = sf_test_find_toplevel (SF_TYPE_NEW_PROJECT_DIALOG)) != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (dialog));
      sf_test_iterate ();
    }
}

static void
test_accessible_names (void)
{
  GtkWidget *window = GTK_WIDGET (sf_test_main_window ());
  GtkWidget *view;
  g_autoptr(GError) error = NULL;

  check_names ("the welcome screen");
  sf_test_activate (window, "win.new-project", NULL);
  check_names ("the new project dialog");
  close_dialogs ();

  sf_test_activate (window, "win.open-example", NULL);
  SF_TEST_WAIT_FOR (sf_test_project () != NULL);
  view = sf_test_find ("project-view");
  for (guint page = 0; page < sf_page_registry_get_n_pages (); page++)
    {
      g_autofree char *where = g_strdup_printf ("page %u", page);

      sf_test_activate (view, "view.show-page", g_variant_new_uint32 (page));
      check_names (where);
    }

  /* A toast with Undo, and a message dialog. */
  sf_test_activate (view, "view.show-page", g_variant_new_uint32 (1));
  sf_test_activate (sf_test_find ("remove-partner"), "partner.remove", NULL);
  check_names ("an undo toast");
  sf_test_activate (window, "win.undo", NULL);
  g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_FAILED, "Test");
  sf_feedback_error (window, "Test", error);
  check_names ("a message dialog");
  close_dialogs ();

  sf_test_activate (window, "win.show-help-overlay", NULL);
  check_names ("the shortcuts window");
  close_dialogs ();

  /* The other windows and dialogs of the steps. */
  {
    static const struct { guint page; const char *type, *action; gboolean partner; } opened[] = {
      { 0, "SfOverviewPage", "overview.add-flat", FALSE },
      { 1, "SfInterviewsPage", "step.add-partner", FALSE },
      { 1, "SfInterviewsSection", "interviews.joint-meeting", FALSE },
      { 2, "SfKeyFiguresPage", "step.add-participant", FALSE },
      { 2, "SfKeyFiguresPage", "step.start-live-session", FALSE },
      { 3, "SfFiguresPage", "step.request-figures", TRUE },
      { 0, "SfProjectView", "win.report", FALSE },
    };
    g_autoptr(GObject) partner = g_list_model_get_item (
      sf_project_get_partners (sf_test_project ()), 0);

    for (guint i = 0; i < G_N_ELEMENTS (opened); i++)
      {
        GListModel *toplevels = gtk_window_get_toplevels ();
        g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (g_object_unref);
        g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);

        for (guint j = 0; j < g_list_model_get_n_items (toplevels); j++)
          g_ptr_array_add (before, g_list_model_get_item (toplevels, j));
        sf_test_activate (view, "view.show-page", g_variant_new_uint32 (opened[i].page));
        g_assert_true (gtk_widget_activate_action_variant (
          sf_test_find_mapped (window, g_type_from_name (opened[i].type)), opened[i].action,
          opened[i].partner ? g_variant_new_string (sf_record_get_id (SF_RECORD (partner)))
                            : NULL));
        SF_TEST_WAIT_FOR (g_list_model_get_n_items (toplevels) > before->len);
        check_names (opened[i].action);
        for (guint j = 0; j < g_list_model_get_n_items (toplevels); j++)
          {
            GtkWidget *toplevel = g_list_model_get_item (toplevels, j);

            if (g_ptr_array_find (before, toplevel, NULL))
              g_object_unref (toplevel);
            else
              g_ptr_array_add (added, toplevel);
          }
        for (guint j = 0; j < added->len; j++)
          gtk_window_destroy (g_ptr_array_index (added, j));
        sf_test_iterate ();
      }
  }
  sf_test_activate (window, "win.close-project", NULL);
}

/* ---- question lists --------------------------------------------------------------------- */

/* The mapped button whose tooltip (an icon button's label) is @label. */
static GtkWidget *
find_icon_button (GtkWidget  *widget,
                  const char *label)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;
  if (SF_IS_ICON_BUTTON (widget) &&
      g_strcmp0 (sf_icon_button_get_tip (SF_ICON_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_icon_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
press_enter (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; !handled && i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_Return, 36, 0, &handled);
    }
  return handled;
}

/* Enter in the reword dialog saves and closes it, as its Save button does; Cancel after
 * typing leaves the question as it was. */
static void
test_reword_enter (void)
{
  GtkWidget *window = GTK_WIDGET (sf_test_main_window ());
  GListModel *questions = NULL;
  g_autoptr(SfQuestion) first = NULL;
  g_autofree char *before = NULL;
  GtkWidget *dialog;
  GtkWidget *view;

  sf_test_activate (window, "win.open-example", NULL);
  SF_TEST_WAIT_FOR (sf_test_project () != NULL);
  questions = sf_project_get_questions (sf_test_project (), 1);
  first = g_list_model_get_item (questions, 0);
  before = g_strdup (sf_question_get_text (first));
  sf_test_activate (sf_test_find ("project-view"), "view.show-page", g_variant_new_uint32 (1));

  g_signal_emit_by_name (find_icon_button (window, _("Reword Question")), "clicked");
  SF_TEST_WAIT_FOR ((dialog = sf_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL);
  view = adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog));
  view = gtk_frame_get_child (GTK_FRAME (view));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)),
                            "Wat wil jouw organisatie bereiken?", -1);
  g_assert_true (press_enter (view));
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL);
  g_assert_cmpstr (sf_question_get_text (first), ==, "Wat wil jouw organisatie bereiken?");
  sf_test_activate (window, "win.undo", NULL);
  g_assert_cmpstr (sf_question_get_text (first), ==, before);

  g_signal_emit_by_name (find_icon_button (window, _("Reword Question")), "clicked");
  SF_TEST_WAIT_FOR ((dialog = sf_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL);
  view = gtk_frame_get_child (GTK_FRAME (adw_message_dialog_get_extra_child (
                                ADW_MESSAGE_DIALOG (dialog))));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "Iets anders", -1);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_close (GTK_WINDOW (dialog));
  sf_test_iterate ();
  g_assert_null (sf_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (sf_question_get_text (first), ==, before);
  sf_test_activate (window, "win.close-project", NULL);
}

/* ---- empty lists ------------------------------------------------------------------------ */

/* A boxed list shows rows or a placeholder; one with neither is an empty framed box. */
static void
find_empty_lists (GtkWidget *widget,
                  GString   *empty)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LIST_BOX (widget) && gtk_widget_has_css_class (widget, "boxed-list"))
    {
      gboolean shows = FALSE;

      /* The rows and the placeholder are the list's children. */
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL && !shows;
           child = gtk_widget_get_next_sibling (child))
        shows = gtk_widget_get_mapped (child);
      if (!shows)
        g_string_append_printf (empty, "%s in %s\n", gtk_widget_get_name (widget),
                                G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_empty_lists (child, empty);
}

/* A new project with a flat and nothing else yet: no page or window shows an empty frame. */
static void
test_empty_lists (void)
{
  SfLibrary *library = sf_application_get_library (sf_test_app);
  SfProjectFields fields = { "Leeg project", "Leiden", "", NULL };
  SfFlatFields flat = { "De Reiger", "", "", -1 };
  g_autofree char *path = sf_library_new_path (library, NULL);
  g_autoptr(SfProject) created = sf_project_create (path, &fields, NULL);
  GtkWidget *window = GTK_WIDGET (sf_test_main_window ());
  GtkWidget *view;

  g_assert_nonnull (created);
  g_free (sf_project_add_flat (created, &flat, NULL));
  g_clear_object (&created);

  sf_test_activate (window, "win.open-path", g_variant_new_string (path));
  SF_TEST_WAIT_FOR (sf_test_project () != NULL);
  view = sf_test_find ("project-view");
  for (guint page = 0; page < sf_page_registry_get_n_pages (); page++)
    {
      g_autoptr(GString) empty = g_string_new (NULL);

      sf_test_activate (view, "view.show-page", g_variant_new_uint32 (page));
      find_empty_lists (window, empty);
      if (empty->len > 0)
        g_error ("page %u shows empty lists:\n%s", page, empty->str);
    }
  /* The windows of steps 1 and 2 with nothing in them yet. */
  {
    static const struct { guint page; const char *type, *action; } opened[] = {
      { 1, "SfInterviewsSection", "interviews.joint-meeting" },
      { 2, "SfKeyFiguresPage", "step.start-live-session" },
      { 2, "SfLiveSession", "live.present" },
      { 2, "SfLiveSession", "live.show-details" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (opened); i++)
      {
        g_autoptr(GString) empty = g_string_new (NULL);
        GListModel *toplevels = gtk_window_get_toplevels ();
        GtkWidget *from = NULL;

        sf_test_activate (view, "view.show-page", g_variant_new_uint32 (opened[i].page));
        for (guint j = 0; from == NULL && j < g_list_model_get_n_items (toplevels); j++)
          {
            g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, j);

            from = sf_test_find_mapped (toplevel, g_type_from_name (opened[i].type));
          }
        g_assert_nonnull (from);
        sf_test_activate (from, opened[i].action, NULL);
        for (guint j = 0; j < g_list_model_get_n_items (toplevels); j++)
          {
            g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, j);

            find_empty_lists (toplevel, empty);
          }
        if (empty->len > 0)
          g_error ("%s shows empty lists:\n%s", opened[i].action, empty->str);
      }
  }

  /* Step 5 has no questions from the method: its list says so, and how to add one. */
  sf_test_activate (view, "view.show-page", g_variant_new_uint32 (5));
  g_assert_nonnull (sf_test_find_label (window, _("No questions yet. Add your own below.")));
  sf_test_activate (window, "win.close-project", NULL);
}

/* ---- menus ------------------------------------------------------------------------------ */

static GtkMenuButton *
find_menu_button (GtkWidget  *widget,
                  const char *icon)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;
  if (GTK_IS_MENU_BUTTON (widget) &&
      g_strcmp0 (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)), icon) == 0)
    return GTK_MENU_BUTTON (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = find_menu_button (child, icon);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The first item's label of @model, in its first section if it has sections. */
static char *
first_label (GMenuModel *model)
{
  g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, 0, G_MENU_LINK_SECTION);
  char *label = NULL;

  if (section != NULL)
    return first_label (section);
  g_menu_model_get_item_attribute (model, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label);
  return label;
}

/* The menu of the button with @icon in @where is not made until it is first opened (a popover
 * menu's widgets weigh on a project's first frame), and then it opens with @label first. */
static void
check_menu_opens (GtkWidget  *where,
                  const char *icon,
                  const char *label)
{
  GtkMenuButton *button = find_menu_button (where, icon);
  g_autofree char *first = NULL;

  g_assert_nonnull (button);
  g_assert_null (gtk_menu_button_get_popover (button));
  gtk_menu_button_popup (button);
  SF_TEST_WAIT_FOR (gtk_menu_button_get_popover (button) != NULL &&
                    gtk_widget_get_mapped (GTK_WIDGET (gtk_menu_button_get_popover (button))));
  g_assert_true (GTK_IS_POPOVER_MENU (gtk_menu_button_get_popover (button)));
  first = first_label (gtk_menu_button_get_menu_model (button));
  g_assert_cmpstr (first, ==, label);
  gtk_menu_button_popdown (button);
  SF_TEST_WAIT_FOR (!gtk_widget_get_mapped (GTK_WIDGET (gtk_menu_button_get_popover (button))));
}

static void
test_menus (void)
{
  GtkWidget *window = GTK_WIDGET (sf_test_main_window ());

  check_menu_opens (window, "open-menu-symbolic", _("_New Project"));
  sf_test_activate (window, "win.open-example", NULL);
  SF_TEST_WAIT_FOR (sf_test_project () != NULL);
  check_menu_opens (sf_test_find ("project-view"), "open-menu-symbolic", _("_Report…"));
  /* The concept's known names are proper names, the same in every language. */
  check_menu_opens (sf_test_find ("project-view"), "view-more-symbolic", "Welthuisflat");
  sf_test_activate (window, "win.close-project", NULL);
}

/* ---- the shortcuts window --------------------------------------------------------------- */

/* Ctrl+? fits a 1280x800 screen, with room for a panel and the window's shadow. Its titles
 * do not wrap, so the window cannot be narrower than its two columns. */
static void
test_shortcuts_size (void)
{
  GtkWidget *window;
  int width, height;

  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.show-help-overlay", NULL);
  SF_TEST_WAIT_FOR ((window = sf_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW)) != NULL);
  gtk_widget_measure (window, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);
  gtk_widget_measure (window, GTK_ORIENTATION_VERTICAL, width, NULL, &height, NULL, NULL);
  g_test_message ("shortcuts window: %d x %d", width, height);
  g_assert_cmpint (width, <=, 1200);
  g_assert_cmpint (height, <=, 740);
  gtk_window_destroy (GTK_WINDOW (window));
  sf_test_iterate ();
}

/* ---- search ----------------------------------------------------------------------------- */

static GtkWidget *
search (const char *text,
        const char *kind,
        const char *ref)
{
  GtkWidget *view = sf_test_find ("project-view");
  GtkWidget *row = NULL;

  sf_test_set_text ("search-entry", text);
  SF_TEST_WAIT_FOR ((row = sf_test_find_hit (view, kind, ref)) != NULL);
  return row;
}

/* The inventory row of the figure @key, on step 3. */
static GtkWidget *
figure_row (const char *key)
{
  GtkWidget *row = sf_test_find_keyed ("indicator-row", key);

  g_assert_nonnull (row);
  return row;
}

/* Flats and figures are found, by what they hold and by a figure's name, and a hit opens
 * them; a hit in something confidential says so. */
static void
test_search_flats_figures (void)
{
  GtkWidget *window = GTK_WIDGET (sf_test_main_window ());
  g_autoptr(SfFlat) flat = NULL;
  SfIndicator *room;
  g_auto(GStrv) room_words = NULL;
  GtkWidget *row;
  GtkWidget *dialog;
  GtkWidget *page;
  GtkWidget *focus;
  const char *kwik;

  sf_test_activate (window, "win.open-example", NULL);
  SF_TEST_WAIT_FOR (sf_test_project () != NULL);
  sf_test_activate (sf_test_find ("project-view"), "view.show-page", g_variant_new_uint32 (2));

  /* A flat by its address: the hit opens it, on the overview. */
  flat = g_list_model_get_item (sf_project_get_flats (sf_test_project ()), 1);
  kwik = sf_record_get_id (SF_RECORD (flat));
  row = search ("proefstraat", "flat", kwik);
  g_assert_nonnull (sf_test_find_label (sf_test_find ("project-view"),
                                        sf_page_registry_get_page_title (0)));
  gtk_widget_activate (row);
  SF_TEST_WAIT_FOR ((dialog = sf_test_find_toplevel (SF_TYPE_FLAT_DIALOG)) != NULL);
  g_assert_cmpuint (sf_project_view_get_page (SF_PROJECT_VIEW (sf_test_find ("project-view"))),
                    ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
  sf_test_iterate ();

  /* A figure by its note: step 3 opens at it, for its flat. */
  row = search ("ggz", "indicator_value", NULL);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            sf_flat_get_name (flat)));
  gtk_widget_activate (row);
  SF_TEST_WAIT_FOR (sf_test_find ("indicator-row") != NULL);
  page = sf_test_inventory_page ();
  SF_TEST_WAIT_FOR (g_strcmp0 (sf_figures_page_get_flat_id (SF_FIGURES_PAGE (page)),
                               kwik) == 0);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (figure_row ("s3q4"))));
  SF_TEST_WAIT_FOR ((focus = gtk_window_get_focus (GTK_WINDOW (window))) != NULL &&
                    gtk_widget_is_ancestor (focus, figure_row ("s3q4")));

  /* A figure by its name, as shown in this language. */
  room = sf_project_find_indicator_by_key (sf_test_project (), "s3q2");
  room_words = g_strsplit (sf_indicator_get_name (room), " ", -1);
  row = search (room_words[g_strv_length (room_words) - 1], "indicator",
                sf_record_get_id (SF_RECORD (room)));
  gtk_widget_activate (row);
  SF_TEST_WAIT_FOR (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (figure_row ("s3q2"))));

  /* Confidential: marked in the list. */
  {
    GListModel *sessions = sf_project_get_sessions (sf_test_project ());
    g_autoptr(GObject) session = g_list_model_get_item (sessions, 0);
    const char *id = sf_record_get_id (SF_RECORD (session));
    GtkWidget *marker;

    g_assert_true (sf_project_set_session_notes (sf_test_project (), id, "Geheime koffiepot",
                                                 TRUE, NULL));
    row = search ("koffiepot", "session", id);
    marker = sf_test_find_in (row, "confidential-marker", G_TYPE_INVALID);
    g_assert_nonnull (marker);
    g_assert_true (gtk_widget_get_visible (marker));
    g_assert_nonnull (sf_test_find_label (marker, _("Confidential")));
    sf_test_activate (window, "win.undo", NULL);
    row = search ("proefstraat", "flat", kwik);
    g_assert_null (sf_test_find_in (row, "confidential-marker", G_TYPE_INVALID));
  }
  sf_test_set_text ("search-entry", "");
  sf_test_activate (window, "win.close-project", NULL);
}

/* Another instance (or the command line) renames the project while its window is in the
 * background: coming back to the window shows the new name at once. */
static void
test_changed_elsewhere (void)
{
  GtkWidget *window = GTK_WIDGET (sf_test_main_window ());
  g_autoptr(SfProject) elsewhere = NULL;
  g_autoptr(GError) error = NULL;

  sf_test_activate (window, "win.open-example", NULL);
  SF_TEST_WAIT_FOR (sf_test_project () != NULL);
  elsewhere = sf_project_open (sf_project_get_path (sf_test_project ()), SF_DB_OPEN_DEFAULT,
                               &error);
  g_assert_no_error (error);
  g_assert_true (sf_project_set_field (elsewhere, SF_PROJECT_FIELD_NAME, "Elders hernoemd",
                                       &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), !=, "Elders hernoemd");

  SF_TEST_WAIT_FOR (gtk_window_is_active (GTK_WINDOW (window)));
  g_object_notify (G_OBJECT (window), "is-active");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Elders hernoemd");
  g_clear_object (&elsewhere);
  sf_test_activate (window, "win.close-project", NULL);
}

int
main (int   argc,
      char *argv[])
{
  /* The test context keeps what the widgets tell assistive technologies, for the tests to
   * read; "none" (the other UI tests) keeps nothing. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  sf_test_init (&argc, &argv);
  g_test_add_func ("/ui/shell/accessible-names", test_accessible_names);
  g_test_add_func ("/ui/shell/reword-enter", test_reword_enter);
  g_test_add_func ("/ui/shell/empty-lists", test_empty_lists);
  g_test_add_func ("/ui/shell/menus", test_menus);
  g_test_add_func ("/ui/shell/shortcuts-size", test_shortcuts_size);
  g_test_add_func ("/ui/shell/search-flats-figures", test_search_flats_figures);
  g_test_add_func ("/ui/shell/changed-elsewhere", test_changed_elsewhere);
  return g_test_run ();
}
