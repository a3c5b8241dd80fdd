/* sf-test-ui-interviews.h: what step 1's UI tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A test: opens the example and shows step 1. */
void       sf_test_open_interviews (void);
/* The widget called @name in @window or below; the test fails when there is none. */
GtkWidget *sf_test_get             (GtkWidget  *window,
                                    const char *name);
/* Row @index of the interviews list, or NULL. */
GtkWidget *sf_test_interview_row   (guint       index);
/* Shows step 1's search hit @kind ("answer", "interview", "key_point", "partner") @ref. */
void       sf_test_reveal          (const char *kind,
                                    const char *ref);

G_END_DECLS
