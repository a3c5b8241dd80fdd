/* sf-inventory-private.h: what the CSV import shares with the inventory's own checks and
 * writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-changeset-writer.h"
#include "sf-db.h"
#include "sf-project-figures.h"

G_BEGIN_DECLS

/* The tables a value kept from the figures is read from (sf-project-cache.c): a change to
 * any of them drops it. */
#define SF_FIGURES_TABLES ((const char * const[]) { "indicator_value", "indicator", "flat", NULL })

gboolean sf_inventory_json_fits   (SfIndicatorType               type,
                                   const char                   *json);
/* Whether two JSON texts (or NULLs) mean the same: the same values, whatever the spacing, the
 * order of members or how a number is written ("10", "1e1"). FALSE when either is no JSON. */
gboolean sf_inventory_json_equal  (const char                   *a,
                                   const char                   *b);
/* Writing JSON: the shortest number that reads back the same (-0 as 0); a string with only
 * what must be escaped escaped. */
void     sf_inventory_json_append_number (GString           *out,
                                          double             number);
void     sf_inventory_json_append_string (GString           *out,
                                          const char        *text);

/* The value at @index of a list to write, with its indicator and flat (NULL: the
 * neighbourhood). */
typedef const SfIndicatorValueFields *(*SfInventoryValueAt) (gpointer     data,
                                                             guint        index,
                                                             const char **indicator_id,
                                                             const char **flat_id);

/* Inside an action: creates or replaces @n_values values whose fields and targets are
 * already checked, in order (a later value for the same indicator and flat wins). */
gboolean sf_inventory_write_values (SfDb                         *db,
                                    guint                         n_values,
                                    SfInventoryValueAt            value_at,
                                    gpointer                      data,
                                    SfChangesetWriter            *changes,
                                    GError                      **error);

/* Inside an action: @dwellings (-1: not known) as the flat's step-3 "number of dwellings",
 * the one place it is kept. What else is known of that figure (its accuracy, source, note)
 * stays; an unknown number goes back to "asked". */
gboolean sf_inventory_write_dwellings (SfDb                     *db,
                                       const char               *flat_id,
                                       int                       dwellings,
                                       GError                  **error);

/* sf_project_get_inventory_progress () of a file that is only looked at; FALSE (and 0 of 0)
 * when it cannot be counted. */
gboolean sf_inventory_count_progress  (SfDb                     *db,
                                       guint                    *n_filled,
                                       guint                    *n_total);

G_END_DECLS
