/* sf-test-store.h: what the store tests share: projects in temporary folders, list items,
 * flats, partners and step-3 values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-project-figures.h"
#include "sf-project.h"

G_BEGIN_DECLS

/* A temporary folder and a project's path in it: a g_test_add () fixture. */
typedef struct
{
  char *dir;
  char *path;
} SfTestDir;

void       sf_test_dir_set_up     (SfTestDir     *f,
                                   gconstpointer  data);
void       sf_test_dir_tear_down  (SfTestDir     *f,
                                   gconstpointer  data);
/* Adds the test @func (SfTestDir *f, gconstpointer data) at @path, with the fixture. */
#define SF_TEST_DIR_ADD(path, func) \
  g_test_add (path, SfTestDir, NULL, sf_test_dir_set_up, func, sf_test_dir_tear_down)

SfProject *sf_test_create_project (const char *path);
SfProject *sf_test_reopen         (SfProject  *project,
                                   const char *path);
void       sf_test_set_language   (const char *language);
/* A day from today as a Dutch user types it ("14-1-2027"), and in @iso as it is stored. */
char      *sf_test_day_from_today (int         days,
                                   char      **iso);
int        sf_test_user_version   (const char *path);
/* A file's SHA-256, to see that it was left exactly as it was. */
char      *sf_test_file_digest    (const char *path);
void       sf_test_copy_file      (const char *from,
                                   const char *to);
void       sf_test_exec_on_file   (const char *path,
                                   const char *sql);
void       sf_test_remove_tree    (const char *dir);
guint      sf_test_n_items        (GListModel *list);
gpointer   sf_test_item           (GListModel *list,
                                   guint       position);
guint      sf_test_count_rows     (SfProject  *project,
                                   const char *sql);
/* The rows of @sql, one line each ("NULL" for a null); with each column's type when @types. */
char      *sf_test_dump_rows      (SfProject  *project,
                                   const char *sql,
                                   gboolean    types);
/* Every row of @tables (NULL-terminated), by id, in one string: what undo and redo must bring
 * back exactly. */
char      *sf_test_dump_tables    (SfProject          *project,
                                   const char * const *tables);

/* Each asserts that the store took it; ids are newly allocated. */
char       *sf_test_add_flat      (SfProject                    *project,
                                   const char                   *name);
/* With no role and no notes. */
char       *sf_test_add_partner   (SfProject                    *project,
                                   const char                   *organisation,
                                   const char                   *domain,
                                   const char                   *contact);
/* The id of the method's indicator @key. */
const char *sf_test_key_id        (SfProject                    *project,
                                   const char                   *key);
void        sf_test_set_value     (SfProject                    *project,
                                   const char                   *key,
                                   const char                   *flat_id,
                                   const SfIndicatorValueFields *fields);
/* Received, with no source, period or note. */
void        sf_test_set_number    (SfProject                    *project,
                                   const char                   *key,
                                   const char                   *flat_id,
                                   double                        number,
                                   SfAccuracy                    accuracy);
/* The same, from @source for @period. */
void        sf_test_set_number_from (SfProject                  *project,
                                     const char                 *key,
                                     const char                 *flat_id,
                                     double                      number,
                                     SfAccuracy                  accuracy,
                                     const char                 *source,
                                     const char                 *period);
void        sf_test_set_json      (SfProject                    *project,
                                   const char                   *key,
                                   const char                   *flat_id,
                                   const char                   *json,
                                   SfAccuracy                    accuracy);

G_END_DECLS
