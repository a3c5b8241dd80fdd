/* bench-inventory.c: step 3 as figures: derived figures after an edit, and a large CSV import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Targets (issue 4): recomputing the derived figures of every flat after an edit takes under
 * 5 ms; importing a 10,000-row CSV (preview and apply, one undoable action) takes at most 3x
 * what the sqlite3 shell takes to `.import` the same file into a plain table, both measured in
 * this run. The shell's time includes starting the process; that start alone is printed too.
 * The file is measured as Startfoto writes it in Dutch (readable cells, decimal commas) and as
 * older versions wrote it (English, JSON for the structured figures).
 * Run: build/tests/bench/bench-inventory [DIR]   (DIR: where the files go, default a temp dir;
 * needs the sqlite3 program, Debian package sqlite3)
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "sf-bench-project.h"
#include "sf-csv.h"
#include "sf-csv-cells.h"
#include "sf-project-figures.h"
#include "sf-project-private.h"
#include "sf-project.h"

#define EDITS 200
#define IMPORT_ROUNDS 20
#define IMPORT_FLATS 250 /* x 40 indicators = 10,000 rows */

/* Every flat's derived figures and requirements, as the step page recomputes them after an
 * edit; @edits rounds, each after changing one flat's number of residents. */
static void
measure_derived (SfProject *project)
{
  GListModel *flats = sf_project_get_flats (project);
  guint n_flats = g_list_model_get_n_items (flats);
  const char *residents = sf_record_get_id (
    SF_RECORD (sf_project_find_indicator_by_key (project, "s3q1b")));
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  guint known = 0;
  double p50, p99;

  for (int i = 0; i < EDITS; i++)
    {
      g_autoptr(SfFlat) edited = g_list_model_get_item (flats, i % n_flats);
      SfIndicatorValueFields fields = { TRUE, 100 + i % 50, "", NULL, SF_ACCURACY_EXACT,
                                        "huurdersadministratie", "2026", "", SF_VALUE_RECEIVED };
      gint64 start;
      double ms;

      if (!sf_project_set_indicator_value (project, residents,
                                           sf_record_get_id (SF_RECORD (edited)), &fields,
                                           &error))
        g_error ("%s", error->message);
      start = g_get_monotonic_time ();
      known = 0;
      for (guint f = 0; f < n_flats; f++)
        {
          g_autoptr(SfFlat) flat = g_list_model_get_item (flats, f);
          SfDerivedFigure figures[SF_DERIVED_N];
          SfRequirementResult results[SF_REQUIREMENT_N];

          if (!sf_project_compute_derived (project, sf_record_get_id (SF_RECORD (flat)),
                                           figures, &error) ||
              !sf_project_check_requirements (project, sf_record_get_id (SF_RECORD (flat)),
                                              results, &error))
            g_error ("%s", error->message);
          for (guint k = 0; k < SF_DERIVED_N; k++)
            known += figures[k].known;
        }
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (samples, ms);
    }
  p50 = sf_bench_percentile (samples, 50);
  p99 = sf_bench_percentile (samples, 99);
  g_print ("derived figures, all flats: %7.2f ms median, %.2f ms p99 (%u flats x %d figures "
           "and %d requirements, %u known; %d edits)\n", p50, p99, n_flats, SF_DERIVED_N,
           SF_REQUIREMENT_N, known, EDITS);
  g_print ("p99 under 5 ms:             %7.2f ms (target under 5 ms) %s\n", p99,
           p99 < 5.0 ? "MET" : "NOT MET");
}

static void
append_field (GString    *out,
              const char *text,
              gboolean    first)
{
  if (!first)
    g_string_append_c (out, ';');
  if (strpbrk (text, ";\"\r\n") == NULL)
    g_string_append (out, text);
  else
    sf_csv_append_quoted (out, text);
}

/* The project to import into: the large one with flats up to IMPORT_FLATS; and a CSV with a
 * value of every indicator for every flat, as partners would send it back, in @language
 * (Dutch: as Startfoto writes it; English: as older versions wrote it). */
static void
write_import_files (const char    *large,
                    const char    *base,
                    const char    *csv_path,
                    SfCsvLanguage  language)
{
  gboolean dutch = language == SF_CSV_DUTCH;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) from = g_file_new_for_path (large);
  g_autoptr(GFile) to = g_file_new_for_path (base);
  g_autoptr(SfProject) project = NULL;
  g_autoptr(GString) out = g_string_new (dutch ? "\xEF\xBB\xBF"
                                                 "flat;cijfer;naam;eenheid;waarde;beschrijving;"
                                                 "nauwkeurigheid;bron;datum of periode;notitie;"
                                                 "status\r\n"
                                               : "\xEF\xBB\xBF"
                                                 "flat;indicator;name;unit;value;text;accuracy;"
                                                 "source;period;note;status\r\n");
  GListModel *flats;
  GListModel *indicators;

  if (!g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error) ||
      (project = sf_project_open (base, SF_DB_OPEN_DEFAULT, &error)) == NULL ||
      !sf_db_exec (sf_project_get_db (project), "PRAGMA synchronous = OFF", &error))
    g_error ("%s", error->message);
  flats = sf_project_get_flats (project);
  for (guint f = g_list_model_get_n_items (flats); f < IMPORT_FLATS; f++)
    {
      g_autofree char *name = g_strdup_printf ("Flat %u", f + 1);
      SfFlatFields fields = { name, "Voorbeeldlaan, Leiden", "Woonstichting Voorbeeld", 100 };
      g_autofree char *id = sf_project_add_flat (project, &fields, &error);

      if (id == NULL)
        g_error ("%s", error->message);
    }
  indicators = sf_project_get_indicators (project);
  for (guint f = 0; f < g_list_model_get_n_items (flats); f++)
    {
      g_autoptr(SfFlat) flat = g_list_model_get_item (flats, f);

      for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
        {
          g_autoptr(SfIndicator) indicator = g_list_model_get_item (indicators, i);
          const char *key = sf_indicator_get_key (indicator);
          SfIndicatorType type = sf_indicator_get_indicator_type (indicator);
          double number = 0;
          g_autofree char *json = sf_bench_value (type, f * 37 + i + 1, &number);
          g_autofree char *value = NULL;

          if (json != NULL)
            value = dutch ? sf_csv_format_structured (type, json, language, TRUE)
                          : g_strdup (json);
          else if (dutch && type == SF_INDICATOR_YES_NO)
            value = g_strdup (number != 0 ? "ja" : "nee");
          else if (dutch && type == SF_INDICATOR_CATEGORY)
            value = g_strdup (number != 0 ? "gemengd" : "alleen ouderen");
          else
            value = sf_csv_format_number (type == SF_INDICATOR_COUNT ? number + (i % 3) / 4.0
                                                                     : number, dutch);

          append_field (out, sf_flat_get_name (flat), TRUE);
          append_field (out, key ? key : sf_indicator_get_name (indicator), FALSE);
          append_field (out, sf_indicator_get_name (indicator), FALSE);
          append_field (out, sf_indicator_get_unit (indicator), FALSE);
          append_field (out, value, FALSE);
          append_field (out, "", FALSE);
          append_field (out, (f + i) % 4 != 0 ? "exact" : dutch ? "schatting" : "estimate",
                        FALSE);
          append_field (out, "Zorggroep Voorbeeld, cliëntregistratie", FALSE);
          append_field (out, "peildatum 1 september 2026", FALSE);
          append_field (out, "", FALSE);
          append_field (out, dutch ? "ontvangen" : "received", FALSE);
          g_string_append (out, "\r\n");
        }
    }
  if (!g_file_set_contents (csv_path, out->str, out->len, &error))
    g_error ("%s", error->message);
}

static double
median_of (double *samples,
           guint   n)
{
  g_autoptr(GArray) array = g_array_new (FALSE, FALSE, sizeof (double));

  g_array_append_vals (array, samples, n);
  return sf_bench_percentile (array, 50);
}

static double
run_sqlite3 (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  int status = 0;
  gint64 start = g_get_monotonic_time ();

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL,
                     NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("sqlite3: %s", error->message);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
measure_import (const char    *dir,
                const char    *large,
                SfCsvLanguage  language)
{
  g_autofree char *base = g_build_filename (dir, "import-base.startfoto", NULL);
  g_autofree char *work = g_build_filename (dir, "import.startfoto", NULL);
  g_autofree char *csv = g_build_filename (dir, "figures.csv", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain.db", NULL);
  g_autofree char *import_cmd = g_strdup_printf (".import '%s' t", csv);
  g_autofree char *sqlite3 = g_find_program_in_path ("sqlite3");
  double ours[IMPORT_ROUNDS], preview[IMPORT_ROUNDS], shell[IMPORT_ROUNDS];
  double start_only[IMPORT_ROUNDS];
  double ours_ms, shell_ms, start_ms;
  guint n_rows = 0;

  write_import_files (large, base, csv, language);
  if (sqlite3 == NULL)
    g_print ("sqlite3 shell:              not found (install the Debian package sqlite3)\n");
  /* Rounds of ours and the shell's take turns, so that both see the machine alike. */
  for (int r = 0; r < IMPORT_ROUNDS; r++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GFile) from = g_file_new_for_path (base);
      g_autoptr(GFile) to = g_file_new_for_path (work);
      g_autoptr(SfProject) project = NULL;
      g_autoptr(SfCsvImport) import = NULL;
      const char *import_argv[] = { sqlite3, plain, ".mode csv", ".separator ;", import_cmd,
                                    NULL };
      const char *empty_argv[] = { sqlite3, plain, "SELECT 1", NULL };
      gint64 start, previewed;

      if (!g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error) ||
          (project = sf_project_open (work, SF_DB_OPEN_DEFAULT, &error)) == NULL)
        g_error ("%s", error->message);
      start = g_get_monotonic_time ();
      if (!sf_project_import_csv_preview (project, csv, &import, &error))
        g_error ("%s", error->message);
      previewed = g_get_monotonic_time ();
      if (!sf_project_import_csv_apply (project, import, &error))
        g_error ("%s", error->message);
      ours[r] = (g_get_monotonic_time () - start) / 1000.0;
      preview[r] = (previewed - start) / 1000.0;
      n_rows = sf_csv_import_get_n_rows (import);
      if (sqlite3 == NULL)
        continue;
      g_unlink (plain);
      shell[r] = run_sqlite3 (import_argv);
      g_unlink (plain);
      start_only[r] = run_sqlite3 (empty_argv);
    }
  ours_ms = median_of (ours, IMPORT_ROUNDS);
  g_print ("%s\n", language == SF_CSV_DUTCH
                   ? "CSV as Startfoto writes it in Dutch (readable cells, decimal commas):"
                   : "CSV as older versions wrote it (English, JSON cells):");
  g_print ("import %u-row CSV:        %7.2f ms median (preview %.2f ms, apply with undo "
           "%.2f ms; %d rounds)\n", n_rows, ours_ms, median_of (preview, IMPORT_ROUNDS),
           ours_ms - median_of (preview, IMPORT_ROUNDS), IMPORT_ROUNDS);
  if (sqlite3 != NULL)
    {
      shell_ms = median_of (shell, IMPORT_ROUNDS);
      start_ms = median_of (start_only, IMPORT_ROUNDS);
      g_print ("sqlite3 shell .import:      %7.2f ms median (of which starting sqlite3 alone "
               "%.2f ms)\n", shell_ms, start_ms);
      g_print ("import / sqlite3 .import:   %7.2fx (%.2fx without the shell's start; target "
               "at most 3x) %s\n", ours_ms / shell_ms,
               ours_ms / MAX (shell_ms - start_ms, 0.001),
               ours_ms / shell_ms <= 3.0 ? "MET" : "NOT MET");
    }
  g_unlink (plain);
  g_unlink (base);
  g_unlink (work);
  g_unlink (csv);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = sf_bench_dir (argc, argv);
  g_autofree char *large = g_build_filename (dir, "large.startfoto", NULL);
  g_autoptr(SfProject) project = NULL;

  project = sf_bench_open_large_project (large);
  measure_derived (project);
  g_clear_object (&project);
  measure_import (dir, large, SF_CSV_DUTCH);
  measure_import (dir, large, SF_CSV_ENGLISH);

  g_unlink (large);
  if (argc <= 1)
    g_rmdir (dir);
  return 0;
}
