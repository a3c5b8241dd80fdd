/* sf-domain.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store keeps a domain as a fixed English key (sf_partner_domains ()); only its label is
 * translated, so a project file reads the same in every language.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-domain.h"
#include "sf-project.h"

const char *
sf_domain_get_label (const char *domain)
{
  if (g_strcmp0 (domain, "housing") == 0)
    return C_("partner domain", "Housing");
  if (g_strcmp0 (domain, "care") == 0)
    return C_("partner domain", "Care");
  if (g_strcmp0 (domain, "welfare") == 0)
    return C_("partner domain", "Welfare");
  if (g_strcmp0 (domain, "municipality") == 0)
    return C_("partner domain", "Municipality");
  if (g_strcmp0 (domain, "residents") == 0)
    return C_("partner domain", "Residents");
  return C_("partner domain", "Other");
}

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
    gtk_string_list_append (model, sf_domain_get_label (domains[i]));
  return model;
}
