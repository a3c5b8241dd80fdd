/* sf-test-ui-interviews.c: what step 1's UI tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-test-ui-interviews.h"
#include "sf-test-ui.h"

void
sf_test_open_interviews (void)
{
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.open-example", NULL);
  SF_TEST_WAIT_FOR (sf_test_project () != NULL);
  sf_test_activate (sf_test_find ("project-view"), "view.show-page", g_variant_new_uint32 (1));
  g_assert_nonnull (sf_test_find ("interview-list"));
  g_assert_nonnull (sf_test_find ("hold-interview"));
}

GtkWidget *
sf_test_get (GtkWidget  *window,
             const char *name)
{
  GtkWidget *widget = sf_test_find_in (window, name, G_TYPE_INVALID);

  g_assert_nonnull (widget);
  return widget;
}

GtkWidget *
sf_test_interview_row (guint index)
{
  GtkWidget *list = sf_test_find ("interview-list");

  g_assert_nonnull (list);
  return GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), index));
}

void
sf_test_reveal (const char *kind,
                const char *ref)
{
  GtkWidget *view = sf_test_find ("project-view");

  g_assert_nonnull (view);
  sf_test_activate (view, "view.reveal", g_variant_new ("(uss)", 1, kind, ref));
}
