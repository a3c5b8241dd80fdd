/* sf-partner.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-partner.h"

struct _SfPartner
{
  SfRecord parent_instance;

  char *organisation;
  char *domain;
  char *role;
  char *contact;
  char *notes;
};

G_DEFINE_FINAL_TYPE (SfPartner, sf_partner, SF_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ORGANISATION,
  PROP_DOMAIN,
  PROP_ROLE,
  PROP_CONTACT,
  PROP_NOTES,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
sf_partner_load (SfRecord     *record,
                 sqlite3_stmt *stmt)
{
  SfPartner *self = SF_PARTNER (record);

  sf_record_set_string (record, &self->organisation, stmt, 1, properties[PROP_ORGANISATION]);
  sf_record_set_string (record, &self->domain, stmt, 2, properties[PROP_DOMAIN]);
  sf_record_set_string (record, &self->role, stmt, 3, properties[PROP_ROLE]);
  sf_record_set_string (record, &self->contact, stmt, 4, properties[PROP_CONTACT]);
  sf_record_set_string (record, &self->notes, stmt, 5, properties[PROP_NOTES]);
}

static void
sf_partner_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SfPartner *self = SF_PARTNER (object);

  switch (prop_id)
    {
    case PROP_ORGANISATION:
      g_value_set_string (value, self->organisation);
      break;
    case PROP_DOMAIN:
      g_value_set_string (value, self->domain);
      break;
    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;
    case PROP_CONTACT:
      g_value_set_string (value, self->contact);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_partner_finalize (GObject *object)
{
  SfPartner *self = SF_PARTNER (object);

  g_free (self->organisation);
  g_free (self->domain);
  g_free (self->role);
  g_free (self->contact);
  g_free (self->notes);
  G_OBJECT_CLASS (sf_partner_parent_class)->finalize (object);
}

static void
sf_partner_class_init (SfPartnerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sf_partner_finalize;
  object_class->get_property = sf_partner_get_property;
  SF_RECORD_CLASS (klass)->load = sf_partner_load;

  properties[PROP_ORGANISATION] =
    g_param_spec_string ("organisation", NULL, NULL, NULL,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOMAIN] =
    g_param_spec_string ("domain", NULL, NULL, NULL,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL, NULL,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONTACT] =
    g_param_spec_string ("contact", NULL, NULL, NULL,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_partner_init (SfPartner *self)
{
}

const char *
sf_partner_get_organisation (SfPartner *self)
{
  return self->organisation;
}

const char *
sf_partner_get_domain (SfPartner *self)
{
  return self->domain;
}

const char *
sf_partner_get_role (SfPartner *self)
{
  return self->role;
}

const char *
sf_partner_get_contact (SfPartner *self)
{
  return self->contact;
}

const char *
sf_partner_get_notes (SfPartner *self)
{
  return self->notes;
}

/* The store keeps a domain as a fixed English key (sf_partner_domains ()); only its label is
 * translated, so a project file reads the same in every language. Here, below the pages and
 * the report, so that both name a domain alike. */
const char *
sf_partner_domain_get_label (const char *domain)
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
