/* test-ui-themes.c: the themes page, in-process under Xvfb, driven through its actions and
 * widgets and checked through the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sf-project-interviews.h"
#include "sf-method.h"
#include "sf-project-key-figures.h"
#include "sf-theme.h"
#include "sf-project-themes.h"
#include "sf-theme-row.h"
#include "sf-themes-page.h"
#include "sf-test-ui.h"

#define THEMES_PAGE 6

/* What the setup made, for the tests that follow (they run in order, on one project). */
static struct
{
  char *loneliness; /* theme "Eenzaam in de flat" */
  char *meeting;    /* theme "Ontmoetingsplek" */
  char *safety;     /* theme "Veilige galerij" */
  char *kp1;        /* a partner's key point: loneliness */
  char *kp2;        /* a partner's key point: meeting */
  char *s1;         /* a statement: loneliness and meeting */
  char *s2;         /* a statement: meeting */
  guint base;       /* the example's own themes */
} fx;

/* ---- helpers ---------------------------------------------------------------------------- */

static SfProject *
project (void)
{
  return sf_test_project ();
}

static GtkWidget *
page (void)
{
  GtkWidget *found = sf_test_find ("themes-page");

  g_assert_nonnull (found);
  return found;
}

static guint
n_themes (void)
{
  return g_list_model_get_n_items (sf_project_get_themes (project ()));
}

static guint
count_rows (GtkWidget  *widget,
            const char *name)
{
  guint n = g_strcmp0 (gtk_widget_get_name (widget), name) == 0 ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    n += count_rows (child, name);
  return n;
}

/* The theme row showing the theme @id, or NULL. */
static GtkWidget *
find_row (const char *id)
{
  GtkWidget *list = sf_test_find ("theme-list");

  for (GtkWidget *child = gtk_widget_get_first_child (list); child;
       child = gtk_widget_get_next_sibling (child))
    {
      SfTheme *theme = SF_IS_THEME_ROW (child) ? sf_theme_row_get_theme (SF_THEME_ROW (child))
                                               : NULL;

      if (theme != NULL && g_str_equal (sf_record_get_id (SF_RECORD (theme)), id))
        return child;
    }
  return NULL;
}

static SfThemeUse *
use_of (GPtrArray  *uses,
        const char *id)
{
  for (guint i = 0; i < uses->len; i++)
    {
      SfThemeUse *use = g_ptr_array_index (uses, i);

      if (g_str_equal (use->theme_id, id))
        return use;
    }
  return NULL;
}

/* The themes of an item, their ids joined with "|" in name order. */
static char *
themes_of (const char *kind,
           const char *id)
{
  g_auto(GStrv) ids = sf_project_get_theme_ids_of (project (), kind, id);

  return g_strjoinv ("|", ids);
}

static char *
join2 (const char *a,
       const char *b)
{
  return g_strjoin ("|", a, b, NULL);
}

static void
undo (void)
{
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
}

/* ---- tests ------------------------------------------------------------------------------ */

static void
test_setup_and_list (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfPartner) partner = NULL;
  g_autofree char *session = NULL;
  g_autofree char *participant = NULL;
  g_autofree char *counts = NULL;
  GtkWidget *row;

  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.open-example", NULL);
  SF_TEST_WAIT_FOR (project () != NULL);

  /* The example may have themes of its own; these names are not among them. */
  fx.base = n_themes ();
  fx.loneliness = sf_project_add_theme (project (), "Eenzaam in de flat", &error);
  g_assert_no_error (error);
  fx.meeting = sf_project_add_theme (project (), "Ontmoetingsplek", &error);
  g_assert_no_error (error);
  fx.safety = sf_project_add_theme (project (), "Veilige galerij", &error);
  g_assert_no_error (error);

  g_assert_cmpuint (g_list_model_get_n_items (sf_project_get_partners (project ())), >, 0);
  partner = g_list_model_get_item (sf_project_get_partners (project ()), 0);
  fx.kp1 = sf_project_add_key_point (project (), sf_record_get_id (SF_RECORD (partner)),
                                     "Bewoners kennen elkaar niet", &error);
  g_assert_no_error (error);
  fx.kp2 = sf_project_add_key_point (project (), sf_record_get_id (SF_RECORD (partner)),
                                     "Geen plek om samen te komen", &error);
  g_assert_no_error (error);
  session = sf_project_add_session (project (), "2024-05-14", "Buurthuis", NULL, &error);
  g_assert_no_error (error);
  participant = sf_project_add_participant (project (), session, "Joke de Wit",
                                            "Bewonerscommissie", "sleutelfiguur", &error);
  g_assert_no_error (error);
  fx.s1 = sf_project_add_statement (project (), session, NULL, participant,
                                    "Ik zie mijn buren nooit", &error);
  g_assert_no_error (error);
  fx.s2 = sf_project_add_statement (project (), session, NULL, NULL,
                                    "Een koffieochtend zou helpen", &error);
  g_assert_no_error (error);

  g_assert_true (sf_project_tag_key_point (project (), fx.kp1, fx.loneliness, TRUE, &error));
  g_assert_true (sf_project_tag_key_point (project (), fx.kp2, fx.meeting, TRUE, &error));
  g_assert_true (sf_project_tag_statement (project (), fx.s1, fx.loneliness, TRUE, &error));
  g_assert_true (sf_project_tag_statement (project (), fx.s1, fx.meeting, TRUE, &error));
  g_assert_true (sf_project_tag_statement (project (), fx.s2, fx.meeting, TRUE, &error));
  g_assert_no_error (error);

  sf_test_activate (sf_test_find ("project-view"), "view.show-page",
                    g_variant_new_uint32 (THEMES_PAGE));
  SF_TEST_WAIT_FOR (sf_test_find ("themes-page") != NULL);

  /* One row per theme, each with its counts. */
  g_assert_cmpuint (n_themes (), ==, fx.base + 3);
  g_assert_cmpuint (count_rows (sf_test_find ("theme-list"), "theme-row"), ==, fx.base + 3);
  g_assert_nonnull (sf_test_find_label (sf_test_find ("theme-list"), "Veilige galerij"));
  row = find_row (fx.meeting);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Ontmoetingsplek");
  counts = g_strdup_printf (_("%u in step 1 · %u in step 2"), 1, 2);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, counts);
  /* The overview lists the themes used too, one row each. */
  SF_TEST_WAIT_FOR (count_rows (sf_test_find ("theme-uses"), "theme-use-row") == fx.base + 3);
}

static void
test_add_existing_name (void)
{
  GtkWidget *entry = sf_test_find ("theme-entry");
  g_autofree char *id = NULL;

  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "  eenzaam IN de flat ");
  g_signal_emit_by_name (entry, "apply");
  sf_test_iterate ();
  g_assert_cmpuint (n_themes (), ==, fx.base + 3);
  g_assert_cmpuint (count_rows (sf_test_find ("theme-list"), "theme-row"), ==, fx.base + 3);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");

  /* A new name does add one. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Rondkomen");
  g_signal_emit_by_name (entry, "apply");
  sf_test_iterate ();
  g_assert_cmpuint (n_themes (), ==, fx.base + 4);
  g_assert_cmpuint (count_rows (sf_test_find ("theme-list"), "theme-row"), ==, fx.base + 4);
  id = sf_project_find_theme (project (), "Rondkomen");
  g_assert_nonnull (id);
  g_assert_nonnull (find_row (id));
}

static void
test_merge_and_undo (void)
{
  g_autoptr(GPtrArray) uses = NULL;
  g_autofree char *s1_themes = NULL;
  g_autofree char *both = join2 (fx.loneliness, fx.meeting);
  g_autofree char *kp2_themes = NULL;
  g_autofree char *s2_themes = NULL;
  g_autofree char *gone = NULL;
  SfThemeUse *use;

  g_assert_cmpuint (n_themes (), ==, fx.base + 4);
  sf_test_activate (page (), "themes.merge", g_variant_new ("(ss)", fx.meeting, fx.loneliness));

  /* One theme is left, with all the tags of both; s1 had both and keeps one. */
  g_assert_cmpuint (n_themes (), ==, fx.base + 3);
  gone = sf_project_find_theme (project (), "Ontmoetingsplek");
  g_assert_null (gone);
  g_assert_null (find_row (fx.meeting));
  g_assert_cmpuint (count_rows (sf_test_find ("theme-list"), "theme-row"), ==, fx.base + 3);
  kp2_themes = themes_of (SF_TAGGED_KEY_POINT, fx.kp2);
  g_assert_cmpstr (kp2_themes, ==, fx.loneliness);
  s1_themes = themes_of (SF_TAGGED_STATEMENT, fx.s1);
  g_assert_cmpstr (s1_themes, ==, fx.loneliness);
  s2_themes = themes_of (SF_TAGGED_STATEMENT, fx.s2);
  g_assert_cmpstr (s2_themes, ==, fx.loneliness);
  uses = sf_project_theme_overview (project (), NULL);
  use = use_of (uses, fx.loneliness);
  g_assert_nonnull (use);
  g_assert_cmpuint (use->step1_points, ==, 2);
  g_assert_cmpuint (use->step2_points, ==, 2);
  g_assert_cmpuint (use->partners, ==, 1);
  g_assert_cmpstrv (use->key_figures, ((const char *[]) { "Joke de Wit", NULL }));
  g_clear_pointer (&uses, g_ptr_array_unref);

  /* Undo on the window brings both back, each with its own tags. */
  undo ();
  g_assert_cmpuint (n_themes (), ==, fx.base + 4);
  g_clear_pointer (&gone, g_free);
  gone = sf_project_find_theme (project (), "Ontmoetingsplek");
  g_assert_cmpstr (gone, ==, fx.meeting);
  g_assert_nonnull (find_row (fx.meeting));
  g_clear_pointer (&kp2_themes, g_free);
  kp2_themes = themes_of (SF_TAGGED_KEY_POINT, fx.kp2);
  g_assert_cmpstr (kp2_themes, ==, fx.meeting);
  g_clear_pointer (&s1_themes, g_free);
  s1_themes = themes_of (SF_TAGGED_STATEMENT, fx.s1);
  g_assert_cmpstr (s1_themes, ==, both);
  uses = sf_project_theme_overview (project (), NULL);
  g_assert_cmpuint (use_of (uses, fx.loneliness)->step1_points, ==, 1);
  g_assert_cmpuint (use_of (uses, fx.loneliness)->step2_points, ==, 1);
  g_assert_cmpuint (use_of (uses, fx.meeting)->step2_points, ==, 2);
}

static void
test_rename_colour_remove (void)
{
  g_autofree char *poverty = sf_project_find_theme (project (), "Rondkomen");
  g_autofree char *found = NULL;
  GtkWidget *row;

  g_assert_nonnull (poverty);

  /* A plain rename. */
  sf_test_activate (page (), "themes.rename", g_variant_new ("(ss)", fx.safety, "Veilig thuis"));
  row = find_row (fx.safety);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Veilig thuis");

  /* Renaming onto an existing name merges. */
  sf_test_activate (page (), "themes.rename", g_variant_new ("(ss)", poverty, "EENZAAM in de FLAT"));
  g_assert_cmpuint (n_themes (), ==, fx.base + 3);
  g_assert_null (find_row (poverty));
  found = sf_project_find_theme (project (), "Eenzaam in de flat");
  g_assert_cmpstr (found, ==, fx.loneliness);
  undo ();
  g_assert_cmpuint (n_themes (), ==, fx.base + 4);
  g_assert_nonnull (find_row (poverty));

  /* A colour. */
  sf_test_activate (page (), "themes.colour", g_variant_new ("(ss)", fx.safety, "#3584E4"));
  row = find_row (fx.safety);
  g_assert_cmpstr (sf_theme_get_colour (sf_theme_row_get_theme (SF_THEME_ROW (row))), ==,
                   "#3584e4");

  /* Remove, with its tags, and undo. */
  sf_test_activate (page (), "themes.remove", g_variant_new_string (fx.meeting));
  g_assert_cmpuint (n_themes (), ==, fx.base + 3);
  g_assert_null (find_row (fx.meeting));
  g_clear_pointer (&found, g_free);
  found = themes_of (SF_TAGGED_STATEMENT, fx.s2);
  g_assert_cmpstr (found, ==, "");
  undo ();
  g_assert_cmpuint (n_themes (), ==, fx.base + 4);
  g_assert_nonnull (find_row (fx.meeting));
  g_clear_pointer (&found, g_free);
  found = themes_of (SF_TAGGED_STATEMENT, fx.s2);
  g_assert_cmpstr (found, ==, fx.meeting);
}

/* The rename dialog: Enter renames and closes it; Cancel leaves the name as it was. */
static void
test_rename_dialog (void)
{
  GtkWidget *row = find_row (fx.safety);
  GtkWidget *button = sf_test_find_in (row, "theme-rename-button", GTK_TYPE_BUTTON);
  SfTheme *theme = sf_theme_row_get_theme (SF_THEME_ROW (row));
  g_autofree char *before = g_strdup (sf_theme_get_name (theme));
  GtkWidget *dialog;
  GtkWidget *entry;

  g_signal_emit_by_name (button, "clicked");
  SF_TEST_WAIT_FOR ((dialog = sf_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL);
  entry = sf_test_find ("theme-rename-entry");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Veilig de deur uit");
  /* Enter, as the entry's text gets it. */
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (entry)), "activate");
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL);
  row = find_row (fx.safety);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Veilig de deur uit");

  /* Typed, then cancelled: nothing changes. */
  undo ();
  row = find_row (fx.safety);
  button = sf_test_find_in (row, "theme-rename-button", GTK_TYPE_BUTTON);
  g_signal_emit_by_name (button, "clicked");
  SF_TEST_WAIT_FOR ((dialog = sf_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL);
  gtk_editable_set_text (GTK_EDITABLE (sf_test_find ("theme-rename-entry")), "Iets anders");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_close (GTK_WINDOW (dialog));
  sf_test_iterate ();
  g_assert_null (sf_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  row = find_row (fx.safety);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, before);
}

/* What the window's Ctrl+Z shortcut does, run as GTK runs it on a key press: TRUE when it
 * handled the key, FALSE when the key goes on to the focused widget. */
static gboolean
press_undo_key (void)
{
  GtkWidget *window = GTK_WIDGET (sf_test_main_window ());
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (window);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (
            gtk_shortcut_get_trigger (shortcut));

          if (g_str_equal (trigger, "<Control>z"))
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                 GTK_SHORTCUT_ACTION_EXCLUSIVE, window,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }
  g_assert_not_reached ();
}

static gboolean
shown_button_labelled (GtkWidget  *widget,
                       const char *label)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_is_visible (widget) &&
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    if (shown_button_labelled (child, label))
      return TRUE;
  return FALSE;
}

/* The undo toast's button, which redoes what was undone. */
static gboolean
redo_button_shown (void)
{
  return shown_button_labelled (GTK_WIDGET (sf_test_main_window ()),
                                sf_test_dutch () ? "_Opnieuw" : "_Redo");
}

/* Ctrl+Z in a text field is the field's own undo of the typing: it never undoes a change of the
 * project elsewhere. Outside text fields it undoes the last change and says which; the undo
 * button's tooltip names it beforehand. */
static void
test_undo_key (void)
{
  const char *label = sf_test_dutch () ? "thema’s samenvoegen" : "merge themes";
  g_autofree char *tooltip = g_strdup_printf (sf_test_dutch () ? "Ongedaan maken: %s"
                                                               : "Undo: %s", label);
  g_autofree char *toast = g_strdup_printf (sf_test_dutch () ? "Ongedaan gemaakt: %s"
                                                             : "Undone: %s", label);
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (sf_test_app),
                                                                "win.undo");
  GtkWidget *entry = sf_test_find ("theme-entry");

  /* An application accelerator would take the key before the text field sees it. */
  g_assert_cmpuint (g_strv_length (accels), ==, 0);
  sf_test_activate (page (), "themes.merge", g_variant_new ("(ss)", fx.meeting, fx.loneliness));
  g_assert_cmpuint (n_themes (), ==, fx.base + 3);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (sf_test_find ("undo-button")), ==, tooltip);

  /* Typing in a text field: the key is the field's. */
  g_assert_true (gtk_widget_grab_focus (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Buren");
  g_assert_false (press_undo_key ());
  g_assert_cmpuint (n_themes (), ==, fx.base + 3);

  /* Elsewhere: the project's last change, named in a toast. */
  gtk_root_set_focus (GTK_ROOT (sf_test_main_window ()), NULL);
  g_assert_true (press_undo_key ());
  g_assert_cmpuint (n_themes (), ==, fx.base + 4);
  SF_TEST_WAIT_FOR (sf_test_find_label (GTK_WIDGET (sf_test_main_window ()), toast) != NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_assert_true (redo_button_shown ());

  /* A change of the user's after it: the toast's way back would redo over it, so it goes. */
  sf_test_activate (page (), "themes.merge", g_variant_new ("(ss)", fx.meeting, fx.loneliness));
  sf_test_iterate ();
  g_assert_false (redo_button_shown ());
  undo ();
}

static int
expected_chart_height (void)
{
  g_autoptr(SfChart) chart = sf_themes_chart_new (project ());

  return (int) ceil (SF_THEMES_CHART_SCALE * sf_chart_get_height (chart, 600));
}

static void
test_chart_height (void)
{
  GtkWidget *area = sf_test_find ("theme-chart");
  SfChart *chart;
  int before, after;

  g_assert_true (GTK_IS_DRAWING_AREA (area));
  chart = sf_themes_page_get_chart (SF_THEMES_PAGE (page ()));
  g_assert_cmpuint (sf_chart_get_n_bars (chart), ==, n_themes ());
  before = expected_chart_height ();
  SF_TEST_WAIT_FOR (gtk_widget_get_height (area) == before);

  /* One more theme: one more bar, and the area grows with it. */
  g_free (sf_project_add_theme (project (), "Drempels in de hal", NULL));
  sf_test_iterate ();
  chart = sf_themes_page_get_chart (SF_THEMES_PAGE (page ()));
  g_assert_cmpuint (sf_chart_get_n_bars (chart), ==, n_themes ());
  after = expected_chart_height ();
  g_assert_cmpint (after, >, before);
  SF_TEST_WAIT_FOR (gtk_widget_get_height (area) == after);
  g_assert_cmpint (gtk_drawing_area_get_content_height (GTK_DRAWING_AREA (area)), ==, after);
}

static void
test_starter_themes (void)
{
  GtkWidget *button = sf_test_find ("add-starter-themes");
  guint before;

  /* The example may have some of them already: without them the button shows. */
  for (guint i = 0; i < sf_method_get_n_starter_themes (); i++)
    {
      g_autofree char *id = sf_project_find_theme (project (), sf_method_get_starter_theme (i));

      if (id != NULL)
        g_assert_true (sf_project_remove_theme (project (), id, NULL));
    }
  sf_test_iterate ();
  before = n_themes ();
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (button));
  sf_test_activate (page (), "themes.add-starters", NULL);
  g_assert_cmpuint (n_themes (), ==, before + 6);
  g_assert_false (gtk_widget_get_visible (button));
  undo ();
  g_assert_cmpuint (n_themes (), ==, before);
  g_assert_true (gtk_widget_get_visible (button));
}

int
main (int   argc,
      char *argv[])
{
  sf_test_init (&argc, &argv);

  g_test_add_func ("/ui/themes/list", test_setup_and_list);
  g_test_add_func ("/ui/themes/add-existing", test_add_existing_name);
  g_test_add_func ("/ui/themes/merge-undo", test_merge_and_undo);
  g_test_add_func ("/ui/themes/undo-key", test_undo_key);
  g_test_add_func ("/ui/themes/rename-colour-remove", test_rename_colour_remove);
  g_test_add_func ("/ui/themes/rename-dialog", test_rename_dialog);
  g_test_add_func ("/ui/themes/chart-height", test_chart_height);
  g_test_add_func ("/ui/themes/starter-themes", test_starter_themes);
  return g_test_run ();
}
