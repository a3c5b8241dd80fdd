/* sf-bench-merge.h: the files the merge benchmarks share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Writes the large project into @dir and returns its path: mine, which the benchmarks copy
 * for each round. A copy of it ("theirs", @theirs_path) changes every answer, statement,
 * figure, precondition's status, action, decision and remark and adds statements up to more
 * than 10,000 changed rows; mine then changes 100 of the same answers otherwise. The copy's
 * base is kept under @dir (XDG_DATA_HOME is set there), at @base_path. */
char *sf_bench_write_merge_files (const char  *dir,
                                  char       **theirs_path,
                                  char       **base_path);
void  sf_bench_copy_file         (const char  *from,
                                  const char  *to);

G_END_DECLS
