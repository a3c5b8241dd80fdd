/* report-outline.c: prints what a project's report holds (headings, tables, charts), for
 * check-export-odt.py to compare the ODF text document against, read back on its own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: report-outline FILE [--with-answers] [--names-as-roles] [--with-resident-names]
 * One line a block, tab-separated: "H" level text; "T" rows then the column titles;
 * "K" the number of key-figure tiles; "C" the chart's title ("" for none).
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "sf-chart-timeline.h"
#include "sf-project.h"
#include "sf-report-builder.h"
#include "sf-report-walk.h"

static void
heading (gpointer    data,
         guint       level,
         const char *text)
{
  g_print ("H\t%u\t%s\n", level, text);
}

static void
table (gpointer       data,
       SfReportTable *t)
{
  g_print ("T\t%u", sf_report_table_get_n_rows (t));
  for (guint i = 0; i < sf_report_table_get_n_columns (t); i++)
    g_print ("\t%s", sf_report_table_get_title (t, i));
  g_print ("\n");
}

static void
tiles (gpointer       data,
       SfReportTiles *t)
{
  if (sf_report_tiles_get_n (t) > 0)
    g_print ("K\t%u\n", sf_report_tiles_get_n (t));
}

static void
chart (gpointer    data,
       SfChart    *c,
       SfTimeline *timeline)
{
  const char *title = c ? sf_chart_get_title (c) : sf_timeline_get_title (timeline);

  g_print ("C\t%s\n", title ? title : "");
}

int
main (int   argc,
      char *argv[])
{
  const SfReportVisitor visitor = { .heading = heading, .table = table, .tiles = tiles,
                                    .chart = chart };
  g_autoptr(GError) error = NULL;
  g_autoptr(SfProject) project = NULL;
  g_autoptr(SfReportDocument) doc = NULL;
  SfReportOptions options;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, SF_BUILD_ROOT "/po");
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  if (argc < 2)
    {
      g_printerr ("usage: %s FILE [--with-answers] [--names-as-roles] "
                  "[--with-resident-names]\n", argv[0]);
      return 2;
    }
  sf_report_options_init_default (&options);
  for (int i = 2; i < argc; i++)
    {
      options.with_answers |= g_str_equal (argv[i], "--with-answers");
      options.names_as_roles |= g_str_equal (argv[i], "--names-as-roles");
      options.resident_names |= g_str_equal (argv[i], "--with-resident-names");
    }
  project = sf_project_open (argv[1], SF_DB_OPEN_READ_ONLY | SF_DB_OPEN_CHECK, &error);
  if (project)
    doc = sf_report_build (project, &options, &error);
  if (doc == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  sf_report_document_walk (doc, &visitor, NULL);
  return 0;
}
