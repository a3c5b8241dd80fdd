/* sf-test-ui.c: driving the real application in-process under Xvfb, for the UI tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "sf-project-figures.h"
#include "sf-figures-page.h"
#include "sf-indicator-row.h"
#include "sf-outstanding-row.h"
#include "sf-source-row.h"
#include "sf-test-ui.h"

SfApplication *sf_test_app;
char *sf_test_data_home;

/* ---- helpers ---------------------------------------------------------------------------- */

void
sf_test_iterate (void)
{
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}


GtkWidget *
sf_test_find_in (GtkWidget  *widget,
         const char *name,
         GType       type)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0 &&
      (type == G_TYPE_INVALID || g_type_is_a (G_OBJECT_TYPE (widget), type)))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = sf_test_find_in (child, name, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A widget by the name the templates give it, in any open window. */
GtkWidget *
sf_test_find (const char *name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);
      GtkWidget *found;

      if (!gtk_widget_get_visible (window))
        continue;
      found = sf_test_find_in (window, name, G_TYPE_INVALID);
      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
sf_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (g_type_is_a (G_OBJECT_TYPE (window), type) && gtk_widget_get_visible (window))
        return window;
    }
  return NULL;
}

GtkWidget *
sf_test_find_source_row (GtkWidget  *widget,
                         const char *source_id)
{
  if (SF_IS_SOURCE_ROW (widget) &&
      g_strcmp0 (sf_source_row_get_id (SF_SOURCE_ROW (widget)), source_id) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = sf_test_find_source_row (child, source_id);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
sf_test_find_mapped (GtkWidget *widget,
                     GType      type)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;
  if (g_type_is_a (G_OBJECT_TYPE (widget), type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = sf_test_find_mapped (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
hit_target (GtkWidget   *row,
            const char **kind,
            const char **ref)
{
  GVariant *target = GTK_IS_ACTIONABLE (row)
                     ? gtk_actionable_get_action_target_value (GTK_ACTIONABLE (row)) : NULL;

  if (!ADW_IS_ACTION_ROW (row) || target == NULL ||
      !g_variant_is_of_type (target, G_VARIANT_TYPE ("(uss)")))
    return FALSE;
  g_variant_get (target, "(u&s&s)", NULL, kind, ref);
  return TRUE;
}

GtkWidget *
sf_test_find_hit (GtkWidget  *widget,
                  const char *kind,
                  const char *ref)
{
  const char *hit_kind, *hit_ref;

  if (hit_target (widget, &hit_kind, &hit_ref) && g_str_equal (hit_kind, kind) &&
      (ref == NULL || g_str_equal (hit_ref, ref)))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = sf_test_find_hit (child, kind, ref);

      if (found != NULL)
        return found;
    }
  return NULL;
}

const char *
sf_test_hit_ref (GtkWidget *row)
{
  const char *kind, *ref;

  g_assert_true (hit_target (row, &kind, &ref));
  return ref;
}

GtkWidget *
sf_test_find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = sf_test_find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

void
sf_test_set_text (const char *name,
          const char *text)
{
  GtkWidget *widget = sf_test_find (name);

  g_assert_nonnull (widget);
  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

SfWindow *
sf_test_main_window (void)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (sf_test_app));

  g_assert_true (SF_IS_WINDOW (window));
  return SF_WINDOW (window);
}

SfProject *
sf_test_project (void)
{
  return sf_window_get_project (sf_test_main_window ());
}

void
sf_test_activate (GtkWidget  *widget,
          const char *action,
          GVariant   *param)
{
  g_assert_true (gtk_widget_activate_action_variant (widget, action, param));
  sf_test_iterate ();
}

/* A private library and settings, the text domain and GTK, for a test that runs the
 * application itself. */
void
sf_test_init_environment (int    *argc,
                          char ***argv)
{
  sf_test_data_home = g_dir_make_tmp ("startfoto-ui-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", sf_test_data_home, TRUE);
  g_setenv ("XDG_CACHE_HOME", g_build_filename (sf_test_data_home, "cache", NULL), TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SF_TEST_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (argc, argv, NULL);
  adw_init ();
}

/* That, and the application registered and activated (non-unique: tests need no session
 * bus). Call first, before g_test_add. */
void
sf_test_init (int    *argc,
              char ***argv)
{
  sf_test_init_environment (argc, argv);
  sf_test_app = sf_application_new ();
  g_application_set_flags (G_APPLICATION (sf_test_app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (sf_test_app), NULL, NULL));
  g_application_activate (G_APPLICATION (sf_test_app));
  sf_test_iterate ();
}

gboolean
sf_test_dutch (void)
{
  return g_str_has_prefix (setlocale (LC_MESSAGES, NULL), "nl");
}

/* ---- step 3 ----------------------------------------------------------------------------- */

GtkWidget *
sf_test_inventory_page (void)
{
  GtkWidget *any = sf_test_find ("indicator-row");
  GtkWidget *found;

  g_assert_nonnull (any);
  found = gtk_widget_get_ancestor (any, SF_TYPE_FIGURES_PAGE);
  g_assert_nonnull (found);
  return found;
}

/* Whether @widget is in the row of the indicator @key (or is that row). */
static gboolean
in_row_of (GtkWidget  *widget,
           const char *key)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, SF_TYPE_INDICATOR_ROW);

  return row != NULL &&
         g_strcmp0 (sf_indicator_get_key (sf_indicator_row_get_indicator (SF_INDICATOR_ROW (row))),
                    key) == 0;
}

static GtkWidget *
find_keyed_in (GtkWidget  *widget,
               const char *name,
               const char *key)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0 && in_row_of (widget, key))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_keyed_in (child, name, key);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
sf_test_find_keyed (const char *name,
                    const char *key)
{
  return find_keyed_in (sf_test_inventory_page (), name, key);
}

const char *
sf_test_flat_id (guint flat)
{
  g_autoptr(GObject) item = g_list_model_get_item (sf_project_get_flats (sf_test_project ()),
                                                   flat);

  g_assert_nonnull (item);
  return sf_record_get_id (SF_RECORD (item));  /* the list keeps it alive */
}

SfIndicator *
sf_test_indicator (const char *key)
{
  SfIndicator *found = sf_project_find_indicator_by_key (sf_test_project (), key);

  g_assert_nonnull (found);
  return found;
}

const char *
sf_test_indicator_id (const char *key)
{
  return sf_record_get_id (SF_RECORD (sf_test_indicator (key)));
}

GtkWidget *
sf_test_outstanding_row (const char *partner_id)
{
  GtkWidget *row = sf_test_find ("outstanding-partner");

  for (; row != NULL; row = gtk_widget_get_next_sibling (row))
    if (SF_IS_OUTSTANDING_ROW (row) &&
        g_strcmp0 (sf_outstanding_row_get_partner_id (SF_OUTSTANDING_ROW (row)), partner_id) == 0)
      return row;
  return NULL;
}

gboolean
sf_test_outstanding_has (const char *partner_id,
                         const char *indicator_id,
                         const char *flat_id)
{
  g_autoptr(GPtrArray) gaps = sf_project_get_outstanding (sf_test_project (), partner_id);

  for (guint i = 0; i < gaps->len; i++)
    {
      SfInventoryGap *gap = g_ptr_array_index (gaps, i);

      if (g_strcmp0 (gap->indicator_id, indicator_id) == 0 &&
          g_strcmp0 (gap->flat_id, flat_id) == 0)
        return TRUE;
    }
  return FALSE;
}
