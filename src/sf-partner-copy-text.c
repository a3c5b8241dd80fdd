/* sf-partner-copy-text.c: what a partner's copy holds, in words, for the window and the
 * command line alike
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-partner-copy-text.h"

GStrv
sf_partner_copy_parts (const SfPartnerCopyContents *contents)
{
  GStrv parts = g_new0 (char *, 5);

  parts[0] = g_strdup_printf (g_dngettext (NULL, "%u flat", "%u flats", contents->n_flats),
                              contents->n_flats);
  parts[1] = g_strdup_printf (g_dngettext (NULL, "%u figure to fill in",
                                           "%u figures to fill in", contents->n_figures),
                              contents->n_figures);
  if (contents->has_interview)
    /* Translators: part of a list of what a partner's copy holds; %u counts answers. */
    parts[2] = g_strdup_printf (g_dngettext (NULL, "its interview with %u answer",
                                             "its interview with %u answers",
                                             contents->n_answers), contents->n_answers);
  else
    parts[2] = g_strdup (_("no interview"));
  parts[3] = g_strdup_printf (g_dngettext (NULL, "%u key point", "%u key points",
                                           contents->n_key_points), contents->n_key_points);
  return parts;
}

char *
sf_partner_copy_describe (const SfPartnerCopyContents *contents)
{
  g_auto(GStrv) parts = sf_partner_copy_parts (contents);

  /* Translators: what a partner's copy holds: flats, figures, the interview, key points. */
  return g_strdup_printf (_("%s, %s, %s and %s"), parts[0], parts[1], parts[2], parts[3]);
}
