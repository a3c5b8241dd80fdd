/* sf-domain.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The domains as a combo row lists them; their labels come from the store
 * (sf_partner_domain_get_label ()), which the report uses too.
 */
#include "config.h"

#include "sf-domain.h"
#include "sf-partner.h"
#include "sf-project.h"

/* The position of @domain in sf_partner_domains (); an unknown domain counts as "other". */
guint
sf_domain_get_index (const char *domain)
{
  const char * const *domains = sf_partner_domains ();
  guint other = 0;

  for (guint i = 0; domains[i] != NULL; i++)
    {
      if (g_strcmp0 (domains[i], domain) == 0)
        return i;
      if (g_str_equal (domains[i], "other"))
        other = i;
    }
  return other;
}

const char *
sf_domain_at_index (guint index)
{
  const char * const *domains = sf_partner_domains ();

  g_return_val_if_fail (index < g_strv_length ((char **) domains), "other");
  return domains[index];
}

/* The labels in the order of sf_partner_domains (), for a combo row. */
GtkStringList *
sf_domain_model_new (void)
{
  const char * const *domains = sf_partner_domains ();
  GtkStringList *model = gtk_string_list_new (NULL);

  for (guint i = 0; domains[i] != NULL; i++)
    gtk_string_list_append (model, sf_partner_domain_get_label (domains[i]));
  return model;
}
