/* sf-project-figures-progress.c: who is asked for which figure, what each partner still has
 * to deliver, and how complete the figures are
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-project-figures.h"
#include "sf-project-figures-private.h"
#include "sf-project-private.h"
#include "sf-store-util.h"

/* ---- gathering -------------------------------------------------------------------------- */

typedef struct
{
  const char *indicator_id;
  const char *partner_id;
} Assignment;

static gboolean
do_assign (SfDb     *db,
           gpointer  data,
           GError  **error)
{
  Assignment *assignment = data;
  g_autofree char *id = g_uuid_string_random ();

  return sf_store_require_row (db, "SELECT 1 FROM indicator WHERE id = ?1",
                               assignment->indicator_id, error) &&
         sf_store_require_row (db, "SELECT 1 FROM partner WHERE id = ?1", assignment->partner_id,
                               error) &&
         sf_db_run (db, error,
                    "INSERT INTO indicator_assignment (id, indicator_id, partner_id) "
                    "VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING", "sss", id,
                    assignment->indicator_id, assignment->partner_id);
}

gboolean
sf_project_assign_indicator (SfProject   *self,
                             const char  *indicator_id,
                             const char  *partner_id,
                             GError     **error)
{
  Assignment assignment = { indicator_id, partner_id };

  g_return_val_if_fail (indicator_id != NULL && partner_id != NULL, FALSE);
  return sf_project_run_action (self, _("Ask a partner for a figure"), do_assign, &assignment,
                                error);
}

static gboolean
do_unassign (SfDb     *db,
             gpointer  data,
             GError  **error)
{
  Assignment *assignment = data;

  return sf_db_run (db, error,
                    "DELETE FROM indicator_assignment WHERE indicator_id = ?1 AND partner_id = ?2",
                    "ss", assignment->indicator_id, assignment->partner_id) &&
         sf_store_require_change (db, error);
}

gboolean
sf_project_unassign_indicator (SfProject   *self,
                               const char  *indicator_id,
                               const char  *partner_id,
                               GError     **error)
{
  Assignment assignment = { indicator_id, partner_id };

  g_return_val_if_fail (indicator_id != NULL && partner_id != NULL, FALSE);
  return sf_project_run_action (self, _("No longer ask a partner for a figure"), do_unassign,
                                &assignment, error);
}

char **
sf_project_get_assigned_indicators (SfProject  *self,
                                    const char *partner_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  SfDb *db = sf_project_get_db (self);
  sqlite3_stmt *stmt = sf_db_prepare (db,
                                      "SELECT i.id FROM indicator_assignment a "
                                      "JOIN indicator i ON i.id = a.indicator_id "
                                      "WHERE a.partner_id = ?1 ORDER BY i.position, i.id",
                                      &error);
  int rc;

  if (stmt == NULL)
    g_warning ("Cannot read the indicators of a partner: %s", error->message);
  else
    {
      sqlite3_bind_text (stmt, 1, partner_id, -1, SQLITE_TRANSIENT);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }
  return g_strv_builder_end (builder);
}

void
sf_inventory_gap_free (SfInventoryGap *gap)
{
  if (gap == NULL)
    return;
  g_free (gap->indicator_id);
  g_free (gap->flat_id);
  g_free (gap);
}

GPtrArray *
sf_project_get_outstanding (SfProject  *self,
                            const char *partner_id)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *gaps = g_ptr_array_new_with_free_func ((GDestroyNotify) sf_inventory_gap_free);
  SfDb *db = sf_project_get_db (self);
  /* The flats, or the neighbourhood alone when the project has none yet. */
  sqlite3_stmt *stmt = sf_db_prepare (
    db,
    "WITH target (id, position) AS (SELECT id, position FROM flat "
    "  UNION ALL SELECT NULL, -1 WHERE NOT EXISTS (SELECT 1 FROM flat)) "
    "SELECT i.id, t.id FROM indicator_assignment a "
    "JOIN indicator i ON i.id = a.indicator_id AND i.hidden = 0 CROSS JOIN target t "
    "WHERE a.partner_id = ?1 AND NOT EXISTS (SELECT 1 FROM indicator_value v "
    "  WHERE v.indicator_id = i.id AND v.flat_id IS t.id AND v.status >= 1) "
    "ORDER BY i.position, i.id, t.position, t.id", &error);

  if (stmt == NULL)
    {
      g_warning ("Cannot read what a partner still has to deliver: %s", error->message);
      return gaps;
    }
  sqlite3_bind_text (stmt, 1, partner_id, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      SfInventoryGap *gap = g_new0 (SfInventoryGap, 1);

      gap->indicator_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      gap->flat_id = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      g_ptr_array_add (gaps, gap);
    }
  sqlite3_reset (stmt);
  return gaps;
}

/* ---- completeness ----------------------------------------------------------------------- */

/* A value that holds a figure or a text, not only a status. */
#define VALUE_FILLED \
  "(v.value_number IS NOT NULL OR v.value_json IS NOT NULL OR v.value_text != '')"

double
sf_project_get_completeness (SfProject   *self,
                             const char  *flat_id,
                             guint       *n_filled,
                             guint       *n_total,
                             GStrv       *missing)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  SfDb *db = sf_project_get_db (self);
  sqlite3_stmt *stmt = sf_db_prepare (
    db,
    "SELECT i.id, EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id "
    "  AND v.flat_id IS ?1 AND " VALUE_FILLED ") "
    "FROM indicator i WHERE i.hidden = 0 ORDER BY i.position, i.id",
    &error);
  guint filled = 0;
  guint total = 0;

  if (stmt == NULL)
    g_warning ("Cannot read the inventory's completeness: %s", error->message);
  else
    {
      sqlite3_bind_text (stmt, 1, sf_store_or_null (flat_id), -1, SQLITE_TRANSIENT);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          total++;
          if (sqlite3_column_int (stmt, 1))
            filled++;
          else
            g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
        }
      sqlite3_reset (stmt);
    }
  if (n_filled != NULL)
    *n_filled = filled;
  if (n_total != NULL)
    *n_total = total;
  if (missing != NULL)
    *missing = g_strv_builder_end (builder);
  return total > 0 ? (double) filled / total : 0;
}

void
sf_project_get_inventory_progress (SfProject *self,
                                   guint     *n_filled,
                                   guint     *n_total)
{
  guint *counts;

  g_return_if_fail (SF_IS_PROJECT (self));

  /* Kept until the figures change: the sidebar, the overview and the deck ask alike. */
  counts = sf_project_cache_lookup (self, "inventory-progress");
  if (counts == NULL)
    {
      guint filled, total;

      /* A count that failed (a file locked too long) is not kept: it is tried again. */
      if (!sf_inventory_count_progress (sf_project_get_db (self), &filled, &total))
        {
          *n_filled = filled, *n_total = total;
          return;
        }
      counts = g_new (guint, 2);
      counts[0] = filled, counts[1] = total;
      sf_project_cache_insert (self, "inventory-progress", counts, g_free, SF_FIGURES_TABLES);
    }
  *n_filled = counts[0];
  *n_total = counts[1];
}

gboolean
sf_inventory_count_progress (SfDb  *db,
                             guint *n_filled,
                             guint *n_total)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  gboolean counted;

  *n_filled = *n_total = 0;
  /* Every visible indicator once per flat, or once for the neighbourhood when there are no
   * flats: one query, however many flats. */
  stmt = sf_db_prepare (
    db,
    "SELECT (SELECT count(*) FROM indicator WHERE hidden = 0) * "
    "  max (1, (SELECT count(*) FROM flat)), "
    "(SELECT count(*) FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id "
    "  WHERE i.hidden = 0 AND " VALUE_FILLED " AND (v.flat_id IN (SELECT id FROM flat) OR "
    "  (v.flat_id IS NULL AND NOT EXISTS (SELECT 1 FROM flat))))",
    &error);
  if (stmt == NULL)
    {
      g_warning ("Cannot read the inventory's progress: %s", error->message);
      return FALSE;
    }
  counted = sqlite3_step (stmt) == SQLITE_ROW;
  if (counted)
    {
      *n_total = (guint) sqlite3_column_int (stmt, 0);
      *n_filled = (guint) sqlite3_column_int (stmt, 1);
    }
  sqlite3_reset (stmt);
  return counted;
}
