/* sf-test-ui.h: driving the real application in-process under Xvfb, for the UI tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-application.h"
#include "sf-project.h"
#include "sf-window.h"

G_BEGIN_DECLS

extern SfApplication *sf_test_app;
extern char          *sf_test_data_home;

/* Waits up to ten seconds for @cond, running the main loop. */
#define SF_TEST_WAIT_FOR(cond)                                             \
  G_STMT_START {                                                           \
    gint64 _end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;           \
    while (!(cond) && g_get_monotonic_time () < _end)                      \
      g_main_context_iteration (NULL, FALSE);                              \
    g_assert_true (cond);                                                  \
  } G_STMT_END

void       sf_test_init          (int         *argc,
                                  char      ***argv);
void       sf_test_iterate       (void);
GtkWidget *sf_test_find_in       (GtkWidget   *widget,
                                  const char  *name,
                                  GType        type);
GtkWidget *sf_test_find          (const char  *name);
GtkWidget *sf_test_find_toplevel (GType        type);
GtkWidget *sf_test_find_label    (GtkWidget   *widget,
                                  const char  *text);
void       sf_test_set_text      (const char  *name,
                                  const char  *text);
SfWindow  *sf_test_main_window   (void);
SfProject *sf_test_project       (void);
void       sf_test_activate      (GtkWidget   *widget,
                                  const char  *action,
                                  GVariant    *param);
gboolean   sf_test_dutch         (void);

G_END_DECLS
