/* sf-test-ui.h: driving the real application in-process under Xvfb, for the UI tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-application.h"
#include "sf-indicator.h"
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

void       sf_test_init_environment (int     *argc,
                                     char  ***argv);
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
/* The first mapped widget of @type at or below @widget, or NULL. */
GtkWidget  *sf_test_find_mapped  (GtkWidget   *widget,
                                  GType        type);
/* A search hit's row under @widget, of @kind (and @ref, unless NULL), or NULL; and the ref of
 * the hit a row shows (rows show their hit through view.reveal (step, kind, ref)). */
GtkWidget  *sf_test_find_hit     (GtkWidget   *widget,
                                  const char  *kind,
                                  const char  *ref);
const char *sf_test_hit_ref      (GtkWidget   *row);
/* The sources window's row (in @widget or below) for the source @source_id. */
GtkWidget *sf_test_find_source_row (GtkWidget  *widget,
                                    const char *source_id);
void       sf_test_set_text      (const char  *name,
                                  const char  *text);
SfWindow  *sf_test_main_window   (void);
SfProject *sf_test_project       (void);
void       sf_test_activate      (GtkWidget   *widget,
                                  const char  *action,
                                  GVariant    *param);
gboolean   sf_test_dutch         (void);

/* Step 3 (the inventory page must be shown; @flat is an index in the project's flats). */
GtkWidget   *sf_test_inventory_page  (void);
/* The first widget called @name in the row of the indicator @key (or that row itself), on the
 * inventory page. */
GtkWidget   *sf_test_find_keyed      (const char *name,
                                      const char *key);
const char  *sf_test_flat_id         (guint       flat);
SfIndicator *sf_test_indicator       (const char *key);
const char  *sf_test_indicator_id    (const char *key);
/* The row of @partner_id in the list of outstanding figures, or NULL. */
GtkWidget   *sf_test_outstanding_row (const char *partner_id);
/* Whether the store lists @indicator_id of @flat_id as outstanding from @partner_id. */
gboolean     sf_test_outstanding_has (const char *partner_id,
                                      const char *indicator_id,
                                      const char *flat_id);

G_END_DECLS
