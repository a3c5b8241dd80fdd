/* sf-test-merge.c: a project and a copy of it, for the merge's tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-copy.h"
#include "sf-project-private.h"
#include "sf-test-merge.h"

const char * const sf_test_merge_tables[] = { "flat", "partner", "person", "merge_record",
                                              "merge_conflict", NULL };

char *
sf_test_merge_add_flat (SfProject  *project,
                        const char *name)
{
  SfFlatFields fields = { name, "", "", 80 };
  g_autoptr(GError) error = NULL;
  char *id = sf_project_add_flat (project, &fields, &error);

  g_assert_no_error (error);
  return id;
}

void
sf_test_merge_rename_flat (SfProject  *project,
                           const char *id,
                           const char *name)
{
  SfFlatFields fields = { name, "", "", 80 };

  g_assert_true (sf_project_update_flat (project, id, &fields, NULL));
}

void
sf_test_merge_set_up (SfTestMerge   *f,
                      gconstpointer with_base)
{
  g_autoptr(GError) error = NULL;

  sf_test_dir_set_up (&f->dir, NULL);
  f->mine = sf_test_create_project (f->dir.path);
  f->flat_a = sf_test_merge_add_flat (f->mine, "De Zilverreiger");
  f->flat_b = sf_test_merge_add_flat (f->mine, "Het Kwikstaartje");
  f->partner = sf_test_add_partner (f->mine, "Woonstichting", "housing", "Fatma Yılmaz");
  f->theirs = g_build_filename (f->dir.dir, "kopie.startfoto", NULL);
  g_assert_true (sf_project_export_copy (f->mine, f->theirs, TRUE, &error));
  g_assert_no_error (error);
  if (!GPOINTER_TO_INT (with_base))
    sf_test_exec_on_file (f->theirs, "DELETE FROM copy_origin");
}

void
sf_test_merge_tear_down (SfTestMerge   *f,
                         gconstpointer data)
{
  g_clear_object (&f->mine);
  g_free (f->flat_a);
  g_free (f->flat_b);
  g_free (f->partner);
  g_free (f->theirs);
  sf_test_dir_tear_down (&f->dir, NULL);
}

SfMergePlan *
sf_test_merge_plan (SfTestMerge *f)
{
  g_autoptr(GError) error = NULL;
  SfMergePlan *plan = sf_merge_plan_new (f->mine, f->theirs, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

char *
sf_test_merge_flat_name (SfProject  *project,
                         const char *id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT name FROM flat WHERE id = '%s'", id);

  return sf_test_dump_rows (project, sql, FALSE);
}

