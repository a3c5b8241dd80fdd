/* sf-test-merge.h: a project and a copy of it, for the merge's tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-merge.h"
#include "sf-test-store.h"

G_BEGIN_DECLS

/* The tables a merge's tests compare before and after. */
extern const char * const sf_test_merge_tables[];

typedef struct
{
  SfTestDir  dir;
  SfProject *mine;
  char      *flat_a, *flat_b, *partner;
  char      *theirs;   /* a copy of mine, as a colleague would edit it */
} SfTestMerge;

/* Mine with two flats and a partner, and a copy of it, which names its base, kept with what
 * the copy held when it was made; without @with_base, the copy names none (an older copy). */
void         sf_test_merge_set_up      (SfTestMerge   *f,
                                        gconstpointer  with_base);
void         sf_test_merge_tear_down   (SfTestMerge   *f,
                                        gconstpointer  data);
/* The plan of merging the copy into mine, asserted to be made. */
SfMergePlan *sf_test_merge_plan        (SfTestMerge   *f);
char        *sf_test_merge_add_flat    (SfProject     *project,
                                        const char    *name);
void         sf_test_merge_rename_flat (SfProject     *project,
                                        const char    *id,
                                        const char    *name);
/* The flat's name as sf_test_dump_rows () writes it ("name|\n"). */
char        *sf_test_merge_flat_name   (SfProject     *project,
                                        const char    *id);

G_END_DECLS
