/* sf-fuzz-driver.c: the standalone driver of the fuzz targets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs every file of tests/<name>-corpus/ (or of the folders and files given) through the
 * target once, so that a corpus found by libFuzzer stays a regular test.
 */
#include "config.h"

#include <glib.h>

#include "sf-fuzz-driver.h"

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static guint
run_path (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize size = 0;
  guint n = 0;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      const char *name;

      g_assert_no_error (error);
      while ((name = g_dir_read_name (dir)) != NULL)
        g_ptr_array_add (names, g_build_filename (path, name, NULL));
      g_ptr_array_sort (names, compare_names);
      for (guint i = 0; i < names->len; i++)
        n += run_path (g_ptr_array_index (names, i));
      return n;
    }
  g_assert_true (g_file_get_contents (path, &data, &size, &error));
  g_assert_no_error (error);
  LLVMFuzzerTestOneInput ((const uint8_t *) data, size);
  return 1;
}

int
sf_fuzz_run_corpus (int         argc,
                    char       *argv[],
                    const char *name)
{
  g_autofree char *folder = g_strconcat (name, "-corpus", NULL);
  g_autofree char *corpus = NULL;
  guint n = 0;

  if (argc > 1)
    {
      for (int i = 1; i < argc; i++)
        n += run_path (argv[i]);
    }
  else
    {
      corpus = g_build_filename (g_getenv ("G_TEST_SRCDIR") != NULL
                                 ? g_getenv ("G_TEST_SRCDIR") : ".", folder, NULL);
      n = run_path (corpus);
    }
  g_print ("%s: %u inputs, all handled\n", name, n);
  return n > 0 ? 0 : 1;
}
