/* sf-bench-project.c: generated projects for the benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Later issues grow this generator with their own data, so that "opening the large project"
 * keeps meaning a project as large as a busy one could get.
 */
#include "sf-bench-project.h"
#include "sf-project.h"

static const char * const domains[] = {
  "housing", "care", "welfare", "municipality", "residents", "other"
};

gboolean
sf_bench_write_large_project (const char  *path,
                              GError     **error)
{
  SfProjectFields details = { "Groot project", "Leiden", "Stevenshof", NULL };
  g_autoptr(SfProject) project = sf_project_create (path, &details, error);

  if (project == NULL)
    return FALSE;
  for (int i = 0; i < 20; i++)
    {
      g_autofree char *name = g_strdup_printf ("Flat %d", i + 1);
      g_autofree char *address = g_strdup_printf ("Voorbeeldlaan %d, Leiden", i + 1);
      SfFlatFields flat = { name, address, "Woonstichting Voorbeeld", 80 + i };
      g_autofree char *id = sf_project_add_flat (project, &flat, error);

      if (id == NULL)
        return FALSE;
    }
  for (int i = 0; i < 200; i++)
    {
      g_autofree char *organisation = g_strdup_printf ("Organisatie %d", i + 1);
      g_autofree char *contact = g_strdup_printf ("Contactpersoon %d", i + 1);
      g_autofree char *notes = g_strdup_printf ("Aantekeningen bij partner %d: werkt in de "
                                                "wijk en kent de bewoners goed.", i + 1);
      SfPartnerFields partner = { organisation, domains[i % G_N_ELEMENTS (domains)],
                                  "manager", contact, notes };
      g_autofree char *id = sf_project_add_partner (project, &partner, error);

      if (id == NULL)
        return FALSE;
    }
  for (int i = 0; i < 500; i++)
    {
      g_autofree char *text = g_strdup_printf ("Eigen vraag %d: wat betekent dit voor de "
                                               "bewoners van de flat?", i + 1);
      g_autofree char *id = sf_project_add_question (project, (guint) (i % 5) + 1, text, error);

      if (id == NULL)
        return FALSE;
    }
  return TRUE;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

double
sf_bench_percentile (GArray *samples_ms,
                     double  percentile)
{
  guint index;

  g_array_sort (samples_ms, compare_doubles);
  index = (guint) (percentile / 100.0 * (samples_ms->len - 1) + 0.5);
  return g_array_index (samples_ms, double, index);
}
