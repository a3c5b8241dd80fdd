/* fuzz-csv.c: a fuzz target for the CSV import (preview, then apply and undo)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built by meson with a standalone driver (sf-fuzz-driver.c) that runs every file of
 * tests/fuzz-csv-corpus/ (or of the folders and files given) through the target, as a
 * regular test. To fuzz with libFuzzer, from a build folder configured with CC=clang and
 * -Dc_args=-fsanitize=fuzzer-no-link -Db_sanitize=address,undefined -Db_lundef=false (without
 * the coverage of the store's own code the fuzzer runs blind):
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -DSF_FUZZ_LIBFUZZER \
 *     -I. -I<src>/src/store -I<src>/src/method -I<src>/tests $(pkg-config --cflags \
 *     gio-2.0 json-glib-1.0 sqlite3) <src>/tests/fuzz-csv.c src/store/libsf-store.a \
 *     src/method/libsf-method.a $(pkg-config --libs gio-2.0 json-glib-1.0 sqlite3) \
 *     -lcsv -lm -o fuzz-csv
 *   ./fuzz-csv -max_total_time=600 -max_len=4096 <src>/tests/fuzz-csv-corpus
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "sf-csv.h"
#include "sf-fuzz-driver.h"
#include "sf-project.h"

static char *fuzz_dir;
static SfProject *fuzz_project;

static void
fuzz_cleanup (void)
{
  g_autofree char *path = NULL;

  if (fuzz_project == NULL)
    return;
  path = g_strdup (sf_project_get_path (fuzz_project));
  g_clear_object (&fuzz_project);
  for (const char *suffix = ""; suffix != NULL;
       suffix = g_str_equal (suffix, "") ? "-wal" : g_str_equal (suffix, "-wal") ? "-shm" : NULL)
    {
      g_autofree char *file = g_strconcat (path, suffix, NULL);

      g_unlink (file);
    }
  g_rmdir (fuzz_dir);
  g_clear_pointer (&fuzz_dir, g_free);
}

/* A project with two flats ("De Zilverreiger", "Het Baken"), made once. */
static SfProject *
get_project (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  SfProjectFields fields = { "Fuzz", "Leiden", "Zuidwest", NULL };
  const char * const flats[] = { "De Zilverreiger", "Het Baken" };

  if (fuzz_project != NULL)
    return fuzz_project;
  fuzz_dir = g_dir_make_tmp ("startfoto-fuzz-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fuzz_dir, "fuzz.startfoto", NULL);
  fuzz_project = sf_project_create (path, &fields, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (flats); i++)
    {
      SfFlatFields flat = { flats[i], "", "", -1 };
      g_autofree char *id = sf_project_add_flat (fuzz_project, &flat, &error);

      g_assert_no_error (error);
    }
  atexit (fuzz_cleanup);
  return fuzz_project;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  SfProject *project = get_project ();
  g_autoptr(SfCsvImport) import = NULL;
  g_autoptr(GError) error = NULL;

  if (!sf_project_import_csv_data (project, (const char *) data, size, &import, &error))
    {
      /* A refusal always says why, and never leaves a half-made import. */
      g_assert_nonnull (error);
      if (g_getenv ("SF_FUZZ_VERBOSE") != NULL)
        g_printerr ("refused: %s\n", error->message);
      g_assert_null (import);
      return 0;
    }
  g_assert_no_error (error);
  for (guint i = 0; i < sf_csv_import_get_n_rows (import); i++)
    {
      const SfCsvRow *row = sf_csv_import_get_row (import, i);

      g_assert_cmpuint (row->line, >=, 2);
      g_assert_nonnull (row->indicator_id);
    }
  if (g_getenv ("SF_FUZZ_VERBOSE") != NULL)
    g_printerr ("read: %u rows\n", sf_csv_import_get_n_rows (import));
  if (sf_project_import_csv_apply (project, import, &error))
    {
      g_assert_no_error (error);
      g_assert_true (sf_project_undo (project, &error));
      g_assert_no_error (error);
    }
  else
    g_assert_nonnull (error);
  return 0;
}

#ifndef SF_FUZZ_LIBFUZZER
int
main (int   argc,
      char *argv[])
{
  return sf_fuzz_run_corpus (argc, argv, "fuzz-csv");
}
#endif
