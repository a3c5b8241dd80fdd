/* sf-command-line.c: what startfoto does without a window: --info, --merge, the exports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each option's work is in its own file (sf-info.c, sf-merge-cli.c, sf-export-*.c); here are
 * the options, which go together, and which need the project FILE after them.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-command-line.h"
#include "sf-export-copy.h"
#include "sf-export-csv.h"
#include "sf-export-deck.h"
#include "sf-export-pdf.h"
#include "sf-info.h"
#include "sf-merge-cli.h"

static const GOptionEntry entries[] = {
  { "example", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Open a fresh copy of the example project"), NULL },
  { "info", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Print a summary of a project file and exit"), N_("FILE") },
  { "json", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --info or --merge: print the summary as JSON"), NULL },
  { "merge", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Merge the copy THEIRS into the project FILE: what does not conflict is merged, the "
       "conflicts wait for a decision in the window (exit status 3)"), N_("THEIRS.startfoto") },
  { "dry-run", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --merge: only print what merging would do"), NULL },
  { "export-copy", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write a copy of the project FILE without its confidential items and exit"),
    N_("OUT.startfoto") },
  { "include-confidential", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export-copy: keep the confidential items in the copy, for someone who may read "
       "them"), NULL },
  { "for-partner", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-copy: a copy for the partner ORGANISATION, with only what it may see and "
       "fill in, never anything confidential"), N_("ORGANISATION") },
  { "export-csv", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the figures of the project FILE to a CSV file and exit"), N_("OUT.csv") },
  { "export-actions", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the plan for the coming year of the project FILE to a CSV file and exit"),
    N_("OUT.csv") },
  { "export-mbc", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the societal business case of every flat of the project FILE to a CSV file and "
       "exit"), N_("OUT.csv") },
  { "separator", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-csv, --export-actions or --export-mbc: the separator between fields, "
       "“;” (default), “,” or “tab”"),
    N_("SEP") },
  { "export-pdf", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the report of the project FILE to a PDF file and exit"), N_("OUT.pdf") },
  { "export-odt", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the report of the project FILE to an ODF text document and exit"), N_("OUT.odt") },
  { "chapters", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-pdf or --export-odt: the chapters, from glance,step1,step2,step3,step4,"
       "mbc,step5,appendix (default: all)"),
    N_("LIST") },
  { "with-answers", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export-pdf or --export-odt: include the interview answers (never confidential "
       "ones)"), NULL },
  { "export-deck", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the slides for the partners' boards of the project FILE to a PDF file and exit"),
    N_("OUT.pdf") },
  { "export-odp", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the slides for the partners' boards of the project FILE to an ODF presentation "
       "and exit"),
    N_("OUT.odp") },
  { "export-minutes", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the minutes of the board meeting of the project FILE to a PDF file and exit"),
    N_("OUT.pdf") },
  { "handout", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export-deck: a handout, two slides and their notes per A4 page"), NULL },
  { "names-as-roles", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export-pdf, --export-odt, --export-deck, --export-odp or --export-minutes: "
       "name people by their role"),
    NULL },
  { "with-resident-names", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export-pdf, --export-odt, --export-deck, --export-odp or --export-minutes: "
       "name residents too (by default they appear by their role)"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { NULL }
};

const GOptionEntry *
sf_command_line_options (void)
{
  return entries;
}

/* The project FILE that an --export-* option's OUT needs after it, or NULL once @usage is
 * printed. */
static const char *
project_argument (const char * const *rest,
                  const char         *usage)
{
  /* rest[0] is the program. */
  if (rest == NULL || g_strv_length ((char **) rest) != 2)
    {
      g_printerr ("%s\n", usage);
      return NULL;
    }
  return rest[1];
}

int
sf_command_line_run (GVariantDict       *dict,
                     const char * const *rest)
{
  g_autofree char *info = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *actions = NULL;
  g_autofree char *mbc = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *odt = NULL;
  g_autofree char *deck = NULL;
  g_autofree char *minutes = NULL;
  g_autofree char *odp_path = NULL;
  g_autofree char *merge = NULL;
  const char *separator = NULL;
  const char *partner = NULL;
  const char *file;

  if (g_variant_dict_contains (dict, "version"))
    {
      g_print ("startfoto %s\n", PACKAGE_VERSION);
      return 0;
    }
  if (g_variant_dict_lookup (dict, "info", "^ay", &info))
    return sf_info_print (info, g_variant_dict_contains (dict, "json"));
  if (g_variant_dict_lookup (dict, "merge", "^ay", &merge))
    {
      file = project_argument (rest, _("--merge THEIRS.startfoto needs one project FILE to "
                                       "merge into"));
      if (file == NULL)
        return 1;
      return sf_merge_run (merge, file, g_variant_dict_contains (dict, "dry-run"),
                           g_variant_dict_contains (dict, "json"));
    }
  if (g_variant_dict_contains (dict, "dry-run"))
    {
      g_printerr ("%s\n", _("--dry-run goes with --merge THEIRS.startfoto FILE"));
      return 1;
    }
  if (g_variant_dict_contains (dict, "json"))
    {
      g_printerr ("%s\n", _("--json goes with --info FILE or --merge THEIRS.startfoto FILE"));
      return 1;
    }
  if (g_variant_dict_lookup (dict, "export-copy", "^ay", &copy))
    {
      file = project_argument (rest, _("--export-copy OUT.startfoto needs one project FILE"));
      if (file == NULL)
        return 1;
      g_variant_dict_lookup (dict, "for-partner", "&s", &partner);
      return sf_export_copy_run (copy, file,
                                 g_variant_dict_contains (dict, "include-confidential"), partner);
    }
  if (g_variant_dict_contains (dict, "include-confidential"))
    {
      g_printerr ("%s\n", _("--include-confidential goes with --export-copy OUT.startfoto FILE"));
      return 1;
    }
  if (g_variant_dict_contains (dict, "for-partner"))
    {
      g_printerr ("%s\n", _("--for-partner goes with --export-copy OUT.startfoto FILE"));
      return 1;
    }
  g_variant_dict_lookup (dict, "separator", "&s", &separator);
  if (g_variant_dict_lookup (dict, "export-csv", "^ay", &csv))
    {
      file = project_argument (rest, _("--export-csv OUT.csv needs one project FILE"));
      return file == NULL ? 1 : sf_export_csv_run (csv, file, separator);
    }
  if (g_variant_dict_lookup (dict, "export-actions", "^ay", &actions))
    {
      file = project_argument (rest, _("--export-actions OUT.csv needs one project FILE"));
      return file == NULL ? 1 : sf_export_actions_run (actions, file, separator);
    }
  if (g_variant_dict_lookup (dict, "export-mbc", "^ay", &mbc))
    {
      file = project_argument (rest, _("--export-mbc OUT.csv needs one project FILE"));
      return file == NULL ? 1 : sf_export_mbc_run (mbc, file, separator);
    }
  if (g_variant_dict_lookup (dict, "export-deck", "^ay", &deck) &&
      !g_variant_dict_contains (dict, "chapters") &&
      !g_variant_dict_contains (dict, "with-answers"))
    {
      file = project_argument (rest, _("--export-deck OUT.pdf needs one project FILE"));
      if (file == NULL)
        return 1;
      return sf_export_deck_run (deck, file, g_variant_dict_contains (dict, "handout"),
                                 g_variant_dict_contains (dict, "names-as-roles"),
                                 g_variant_dict_contains (dict, "with-resident-names"));
    }
  if (g_variant_dict_lookup (dict, "export-odp", "^ay", &odp_path) &&
      !g_variant_dict_contains (dict, "chapters") &&
      !g_variant_dict_contains (dict, "with-answers") &&
      !g_variant_dict_contains (dict, "handout"))
    {
      file = project_argument (rest, _("--export-odp OUT.odp needs one project FILE"));
      if (file == NULL)
        return 1;
      return sf_export_odp_run (odp_path, file, g_variant_dict_contains (dict, "names-as-roles"),
                                g_variant_dict_contains (dict, "with-resident-names"));
    }
  if (g_variant_dict_lookup (dict, "export-minutes", "^ay", &minutes) &&
      !g_variant_dict_contains (dict, "chapters") &&
      !g_variant_dict_contains (dict, "with-answers") &&
      !g_variant_dict_contains (dict, "handout"))
    {
      file = project_argument (rest, _("--export-minutes OUT.pdf needs one project FILE"));
      if (file == NULL)
        return 1;
      return sf_export_minutes_run (minutes, file,
                                    g_variant_dict_contains (dict, "names-as-roles"),
                                    g_variant_dict_contains (dict, "with-resident-names"));
    }
  if (g_variant_dict_contains (dict, "handout"))
    {
      g_printerr ("%s\n", _("--handout goes with --export-deck OUT.pdf FILE"));
      return 1;
    }
  if (g_variant_dict_lookup (dict, "export-pdf", "^ay", &pdf))
    {
      const char *chapters = NULL;

      g_variant_dict_lookup (dict, "chapters", "&s", &chapters);
      file = project_argument (rest, _("--export-pdf OUT.pdf needs one project FILE"));
      if (file == NULL)
        return 1;
      return sf_export_pdf_run (pdf, file, chapters,
                                g_variant_dict_contains (dict, "with-answers"),
                                g_variant_dict_contains (dict, "names-as-roles"),
                                g_variant_dict_contains (dict, "with-resident-names"));
    }
  if (g_variant_dict_lookup (dict, "export-odt", "^ay", &odt))
    {
      const char *chapters = NULL;

      g_variant_dict_lookup (dict, "chapters", "&s", &chapters);
      file = project_argument (rest, _("--export-odt OUT.odt needs one project FILE"));
      if (file == NULL)
        return 1;
      return sf_export_odt_run (odt, file, chapters,
                                g_variant_dict_contains (dict, "with-answers"),
                                g_variant_dict_contains (dict, "names-as-roles"),
                                g_variant_dict_contains (dict, "with-resident-names"));
    }
  if (g_variant_dict_contains (dict, "chapters") ||
      g_variant_dict_contains (dict, "with-answers") ||
      g_variant_dict_contains (dict, "names-as-roles") ||
      g_variant_dict_contains (dict, "with-resident-names"))
    {
      g_printerr ("%s\n", _("--chapters, --with-answers, --names-as-roles and "
                            "--with-resident-names go with --export-pdf OUT.pdf or "
                            "--export-odt OUT.odt FILE"));
      return 1;
    }
  if (g_variant_dict_contains (dict, "separator"))
    {
      g_printerr ("%s\n", _("--separator goes with --export-csv, --export-actions or "
                             "--export-mbc OUT.csv FILE"));
      return 1;
    }
  return -1;
}
