/* test-ui-deck.c: step 5's deck on the page: a slide's title edited and made again, a slide
 * hidden, a slide of one's own, presenting it with the keys' actions, and exporting it (PDF and
 * ODF presentation)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sf-board-page.h"
#include "sf-deck-section.h"
#include "sf-project-slides.h"
#include "sf-slide-row.h"
#include "sf-slideshow.h"
#include "sf-test-ui.h"

static GtkWidget *
section (void)
{
  GtkWidget *found = sf_test_find_mapped (sf_test_find ("project-view"), SF_TYPE_DECK_SECTION);

  g_assert_nonnull (found);
  return found;
}

/* The row of slide @ref, or NULL. */
static GtkWidget *
row_of (const char *ref)
{
  GtkWidget *list = sf_test_find_in (section (), "slides", GTK_TYPE_LIST_BOX);

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (SF_IS_SLIDE_ROW (row) && g_strcmp0 (sf_slide_row_get_ref (SF_SLIDE_ROW (row)), ref) == 0)
      return row;
  return NULL;
}

static guint
n_rows (void)
{
  GtkWidget *list = sf_test_find_in (section (), "slides", GTK_TYPE_LIST_BOX);
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n += SF_IS_SLIDE_ROW (row);
  return n;
}

/* The deck is made again when the main loop is idle. */
static void
settle (void)
{
  for (int i = 0; i < 5; i++)
    sf_test_iterate ();
}

static void
undo (void)
{
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  settle ();
}

static void
test_prepare (void)
{
  SfProject *project;

  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.open-example", NULL);
  SF_TEST_WAIT_FOR ((project = sf_test_project ()) != NULL);
  sf_test_activate (sf_test_find ("project-view"), "view.show-page", g_variant_new_uint32 (5));
  g_assert_cmpuint (n_rows (), >, 5);
  g_assert_nonnull (row_of ("title"));
  g_assert_nonnull (row_of ("closing"));
}

/* A title typed wins over the made one, and the made one comes back when asked for. */
static void
test_edit_title (void)
{
  GtkWidget *title = sf_test_find_in (row_of ("why"), "slide-title", ADW_TYPE_ENTRY_ROW);
  const char *made = gtk_editable_get_text (GTK_EDITABLE (title));
  g_autofree char *generated = g_strdup (made);
  SfSlide *slide;

  gtk_editable_set_text (GTK_EDITABLE (title), "Waarom wij dit willen");
  g_signal_emit_by_name (title, "apply");
  settle ();
  slide = sf_project_find_slide (sf_test_project (), "why");
  g_assert_nonnull (slide);
  g_assert_cmpstr (sf_slide_get_title (slide), ==, "Waarom wij dit willen");
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row_of ("why"))),
                            _("Your text")));

  sf_test_activate (section (), "deck.reset", g_variant_new_string ("why"));
  settle ();
  title = sf_test_find_in (row_of ("why"), "slide-title", ADW_TYPE_ENTRY_ROW);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, generated);
}

/* Hiding a slide keeps its row; a slide of one's own comes before the closing one. */
static void
test_hide_and_add (void)
{
  GtkWidget *shown = sf_test_find_in (row_of ("how"), "slide-shown", GTK_TYPE_SWITCH);
  guint rows = n_rows ();
  SfSlide *slide;

  gtk_switch_set_active (GTK_SWITCH (shown), FALSE);
  settle ();
  slide = sf_project_find_slide (sf_test_project (), "how");
  g_assert_true (slide != NULL && sf_slide_get_hidden (slide));
  g_assert_cmpuint (n_rows (), ==, rows);
  undo ();
  slide = sf_project_find_slide (sf_test_project (), "how");
  g_assert_true (slide == NULL || !sf_slide_get_hidden (slide));

  sf_test_activate (section (), "deck.add", NULL);
  settle ();
  g_assert_cmpuint (n_rows (), ==, rows + 1);
  undo ();
  g_assert_cmpuint (n_rows (), ==, rows);
}

/* Activates what the shortcut for @accel on @widget (its class's bindings) does. */
static gboolean
press (GtkWidget  *widget,
       const char *accel)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      for (guint k = 0; GTK_IS_SHORTCUT_CONTROLLER (controller) &&
                        k < g_list_model_get_n_items (G_LIST_MODEL (controller)); k++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), k);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (
            gtk_shortcut_get_trigger (shortcut));

          if (g_str_equal (trigger, accel))
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }
  return FALSE;
}

/* F5 anywhere on the step presents the shown slides; the keys' actions move through them;
 * Esc stops. */
static void
test_present (void)
{
  SfSlideshow *show;

  g_assert_true (press (gtk_widget_get_ancestor (section (), SF_TYPE_BOARD_PAGE), "F5"));
  show = SF_SLIDESHOW (sf_deck_section_get_show (SF_DECK_SECTION (section ())));
  g_assert_nonnull (show);
  g_assert_cmpuint (sf_slideshow_get_position (show), ==, 0);
  sf_test_activate (GTK_WIDGET (show), "show.next", NULL);
  sf_test_activate (GTK_WIDGET (show), "show.next", NULL);
  g_assert_cmpuint (sf_slideshow_get_position (show), ==, 2);
  sf_test_activate (GTK_WIDGET (show), "show.stop", NULL);
  sf_test_iterate ();
  g_assert_null (sf_deck_section_get_show (SF_DECK_SECTION (section ())));
}

static void
test_export (void)
{
  g_autofree char *dir = g_dir_make_tmp ("startfoto-deck-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "deck.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (sf_deck_section_export_to (SF_DECK_SECTION (section ()), file, FALSE));
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (length > 4 && memcmp (contents, "%PDF", 4) == 0);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_export_odp (void)
{
  static const char media_type[] = "application/vnd.oasis.opendocument.presentation";
  g_autofree char *dir = g_dir_make_tmp ("startfoto-deck-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "deck.odp", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *button = sf_test_find_in (section (), "export-deck-odp", GTK_TYPE_BUTTON);
  g_autofree char *contents = NULL;
  gsize length = 0;
  GStatBuf st;

  /* The button asks where through a file chooser, which then calls what follows. */
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==,
                   "deck.export-odp");
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_true (sf_deck_section_export_odp_to (SF_DECK_SECTION (section ()), file));
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  /* An ODF package: its first entry is "mimetype", stored, naming a presentation. */
  g_assert_cmpuint (length, >, 38 + strlen (media_type));
  g_assert_true (memcmp (contents, "PK\x03\x04", 4) == 0);
  g_assert_true (memcmp (contents + 30, "mimetype", 8) == 0);
  g_assert_true (memcmp (contents + 38, media_type, strlen (media_type)) == 0);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  sf_test_init (&argc, &argv);
  g_test_add_func ("/ui/deck/prepare", test_prepare);
  g_test_add_func ("/ui/deck/edit-title", test_edit_title);
  g_test_add_func ("/ui/deck/hide-and-add", test_hide_and_add);
  g_test_add_func ("/ui/deck/present", test_present);
  g_test_add_func ("/ui/deck/export", test_export);
  g_test_add_func ("/ui/deck/export-odp", test_export_odp);
  return g_test_run ();
}
