/* sf-test-figures.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-test-figures.h"
#include "sf-test-store.h"

/* Two flats with a few figures: exact, an estimate, structured values (whose texts need
 * quoting in their cells), a yes/no with a description, a category, text that needs quoting,
 * and a figure of the whole neighbourhood. */
void
sf_test_figures_set_up (SfTestFigures *f,
                        gconstpointer  data)
{
  SfIndicatorValueFields dwellings = { TRUE, 120, NULL, NULL, SF_ACCURACY_EXACT, "Woonstad",
                                       "2025", "", SF_VALUE_CHECKED };
  SfIndicatorValueFields residents = { TRUE, 150.5, NULL, NULL, SF_ACCURACY_ESTIMATE,
                                       "Huismeester; telling", "jan 2025",
                                       "Geteld \"ongeveer\",\nop twee regels", SF_VALUE_RECEIVED };
  SfIndicatorValueFields ages = { FALSE, 0, NULL, AGES_JSON, SF_ACCURACY_AVERAGE, "CBS", "2024",
                                  NULL, SF_VALUE_RECEIVED };
  SfIndicatorValueFields room = { TRUE, 1, "Ontmoetingsruimte, begane grond", NULL,
                                  SF_ACCURACY_EXACT, "", "", "", SF_VALUE_CHECKED };
  SfIndicatorValueFields other = { TRUE, 80, NULL, NULL, SF_ACCURACY_EXACT, "", "", "",
                                   SF_VALUE_RECEIVED };
  SfIndicatorValueFields hood = { TRUE, 3, NULL, NULL, SF_ACCURACY_ESTIMATE, "Wijkteam", "",
                                  "", SF_VALUE_ASKED };
  SfIndicatorValueFields mix = { TRUE, SF_CATEGORY_MIXED, "Ouderen en starters", NULL,
                                 SF_ACCURACY_EXACT, "", "", "", SF_VALUE_RECEIVED };
  SfIndicatorValueFields reports = { FALSE, 0, NULL, REPORTS_JSON, SF_ACCURACY_ESTIMATE,
                                     "Politie", "2025", "", SF_VALUE_RECEIVED };
  SfIndicatorValueFields activities = { FALSE, 0, NULL, ACTIVITIES_JSON, SF_ACCURACY_EXACT, "", "",
                                        "", SF_VALUE_CHECKED };

  f->dir = g_dir_make_tmp ("startfoto-test-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->path = g_build_filename (f->dir, "project.startfoto", NULL);
  f->csv = g_build_filename (f->dir, "figures.csv", NULL);
  f->project = sf_test_create_project (f->path);
  f->flat = sf_test_add_flat (f->project, "De Zilverreiger");
  f->other = sf_test_add_flat (f->project, "Het Baken");
  sf_test_set_value (f->project, "s3q1a", f->flat, &dwellings);
  sf_test_set_value (f->project, "s3q1b", f->flat, &residents);
  sf_test_set_value (f->project, "s3q3", f->flat, &ages);
  sf_test_set_value (f->project, "s3q2", f->flat, &room);
  sf_test_set_value (f->project, "s3q1a", f->other, &other);
  sf_test_set_value (f->project, "s3q5", NULL, &hood);
  sf_test_set_value (f->project, "s3q4", f->flat, &mix);
  sf_test_set_value (f->project, "s3q13", f->other, &reports);
  sf_test_set_value (f->project, "s3q15", f->other, &activities);
}

void
sf_test_figures_tear_down (SfTestFigures *f,
                           gconstpointer  data)
{
  g_clear_object (&f->project);
  sf_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->csv);
  g_free (f->flat);
  g_free (f->other);
}

char *
sf_test_figures_snapshot (SfProject *project)
{
  return sf_test_dump_rows (project, "SELECT coalesce (i.key, i.name), f.name, "
                                     "quote (v.value_number), quote (v.value_text), "
                                     "quote (json (v.value_json)), v.accuracy, quote (v.source), "
                                     "quote (v.period), quote (v.note), v.status "
                                     "FROM indicator_value v "
                                     "JOIN indicator i ON i.id = v.indicator_id "
                                     "LEFT JOIN flat f ON f.id = v.flat_id "
                                     "ORDER BY 1, 2", FALSE);
}

char *
sf_test_figures_raw (SfProject *project)
{
  return sf_test_dump_rows (project, "SELECT * FROM indicator_value ORDER BY id", TRUE);
}

void
sf_test_write_file (const char *path,
                    const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  g_assert_no_error (error);
}
