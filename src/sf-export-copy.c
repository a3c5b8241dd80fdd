/* sf-export-copy.c: `startfoto --export-copy OUT.startfoto FILE`: a copy for someone else
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The copy the window makes (sf-copy.h): confidential items left out unless
 * --include-confidential is given; with --for-partner ORGANISATION, a partner's copy, which
 * never holds anything confidential. Like the other exports, the project is opened read-only
 * and checked as a file from elsewhere, and a failure leaves nothing behind.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-copy.h"
#include "sf-export-copy.h"
#include "sf-partner.h"
#include "sf-partner-copy-text.h"

/* Every partner's organisation, one to a line, to choose from. */
static void
print_organisations (GListModel *partners)
{
  guint n = g_list_model_get_n_items (partners);

  if (n == 0)
    g_printerr ("%s\n", _("The project has no partners."));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);

      g_printerr ("  %s\n", sf_partner_get_organisation (partner));
    }
}

/* The partner whose organisation is @name: exactly, else ignoring case (borrowed: the list
 * keeps it). NULL, with the organisations to choose from, when none or more than one is. */
static SfPartner *
find_partner (SfProject  *project,
              const char *name)
{
  GListModel *partners = sf_project_get_partners (project);
  g_autofree char *folded = g_utf8_casefold (name, -1);
  SfPartner *exact = NULL, *alike = NULL;
  guint n_exact = 0, n_alike = 0;

  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);
      const char *organisation = sf_partner_get_organisation (partner);
      g_autofree char *other = g_utf8_casefold (organisation, -1);

      if (g_str_equal (organisation, name))
        exact = partner, n_exact++;
      if (g_str_equal (other, folded))
        alike = partner, n_alike++;
    }
  if (n_exact == 1)
    return exact;
  if (n_exact == 0 && n_alike == 1)
    return alike;
  if (n_exact + n_alike == 0)
    /* Translators: %s is the organisation given with --for-partner; the project's partners'
     * organisations follow, one to a line. */
    g_printerr (_("The project has no partner “%s”. Its partners are:\n"), name);
  else
    /* Translators: %s is the organisation given with --for-partner. */
    g_printerr (_("More than one partner is called “%s”. Its partners are:\n"), name);
  print_organisations (partners);
  return NULL;
}

/* What the partner's copy holds, one kind to a line, on standard output. */
static void
print_contents (const char                  *organisation,
                const SfPartnerCopyContents *contents)
{
  g_auto(GStrv) parts = sf_partner_copy_parts (contents);

  /* Translators: %s is the partner's organisation; what the copy holds follows. */
  g_print (_("The copy for %s holds:\n"), organisation);
  g_print ("  %s\n  %s\n  %s\n  %s\n  %s\n", parts[0], parts[1], parts[2], parts[3],
           _("nothing confidential, nothing of other partners"));
}

static int
not_written (const char *out_path,
             GError     *error)
{
  g_autofree char *name = g_filename_display_name (out_path);

  /* Translators: %s is a file name, then the reason. */
  g_printerr (_("The copy could not be written to “%s”: %s\n"), name, error->message);
  return 1;
}

static int
export_for_partner (SfProject  *project,
                    const char *out_path,
                    const char *organisation)
{
  g_autoptr(GError) error = NULL;
  SfPartnerCopyContents contents;
  SfPartner *partner = find_partner (project, organisation);

  if (partner == NULL)
    return 1;
  if (!sf_project_export_partner_copy (project, out_path, sf_record_get_id (SF_RECORD (partner)),
                                       &contents, &error))
    return not_written (out_path, error);
  print_contents (sf_partner_get_organisation (partner), &contents);
  return 0;
}

int
sf_export_copy_run (const char *out_path,
                    const char *project_path,
                    gboolean    include_confidential,
                    const char *for_partner)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfProject) project = NULL;
  guint n_confidential;

  if (for_partner != NULL && include_confidential)
    {
      g_printerr ("%s\n", _("--include-confidential cannot go with --for-partner: a partner's "
                            "copy never holds confidential items"));
      return 1;
    }
  project = sf_project_open (project_path, SF_DB_OPEN_READ_ONLY | SF_DB_OPEN_CHECK, &error);
  if (project == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (for_partner != NULL)
    return export_for_partner (project, out_path, for_partner);
  n_confidential = sf_project_count_confidential (project);
  if (!sf_project_export_copy (project, out_path, include_confidential, &error))
    return not_written (out_path, error);
  /* Said on standard error, so that it never mixes with what a script reads. */
  if (n_confidential > 0 && !include_confidential)
    g_printerr (g_dngettext (NULL, "%u confidential item left out.\n",
                             "%u confidential items left out.\n", n_confidential),
                n_confidential);
  return 0;
}
