/* sf-project-flats-partners.c: the candidate flats and the partners of a project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A flat's number of dwellings is step 3's figure for it, written beside the flat. A
 * partner's contact is a person, stored once, whom other steps refer to as well.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-method.h"
#include "sf-project-figures-private.h"
#include "sf-project-parts.h"
#include "sf-project-private.h"
#include "sf-store-error.h"
#include "sf-store-text.h"
#include "sf-store-util.h"

static const char * const domains[] = {
  "housing", "care", "welfare", "municipality", "residents", "other", NULL
};

const char * const *
sf_partner_domains (void)
{
  return domains;
}

/* ---- flats ------------------------------------------------------------------------------ */

typedef struct
{
  const char         *id;
  const SfFlatFields *fields;
} FlatChange;

static gboolean
do_add_flat (SfDb     *db,
             gpointer  data,
             GError  **error)
{
  FlatChange *change = data;
  const SfFlatFields *f = change->fields;

  return sf_db_run (db, error,
                  "INSERT INTO flat (id, position, name, address, corporation) "
                  "VALUES (?1, (SELECT coalesce (max (position) + 1, 0) FROM flat), "
                  "?2, ?3, ?4)",
                  "ssss", change->id, sf_store_or_empty (f->name), sf_store_or_empty (f->address),
                  sf_store_or_empty (f->corporation)) &&
         sf_inventory_write_dwellings (db, change->id, f->dwellings, error);
}

static gboolean
do_update_flat (SfDb     *db,
                gpointer  data,
                GError  **error)
{
  FlatChange *change = data;
  const SfFlatFields *f = change->fields;

  return sf_db_run (db, error,
                  "UPDATE flat SET name = ?2, address = ?3, corporation = ?4 WHERE id = ?1",
                  "ssss", change->id, sf_store_or_empty (f->name), sf_store_or_empty (f->address),
                  sf_store_or_empty (f->corporation)) &&
         sf_store_require_change (db, error) &&
         sf_inventory_write_dwellings (db, change->id, f->dwellings, error);
}

char *
sf_project_add_flat (SfProject           *self,
                     const SfFlatFields  *fields,
                     GError             **error)
{
  g_autofree char *id = g_uuid_string_random ();
  FlatChange change = { id, fields };

  if (!sf_project_run_action (self, _("Add flat"), do_add_flat, &change, error))
    return NULL;
  return g_steal_pointer (&id);
}

gboolean
sf_project_update_flat (SfProject           *self,
                        const char          *id,
                        const SfFlatFields  *fields,
                        GError             **error)
{
  FlatChange change = { id, fields };

  return sf_project_run_action (self, _("Edit flat"), do_update_flat, &change, error);
}

gboolean
sf_project_remove_flat (SfProject   *self,
                        const char  *id,
                        GError     **error)
{
  return sf_project_delete_row (self, _("Remove flat"), "DELETE FROM flat WHERE id = ?1", id,
                                error);
}

/* ---- partners --------------------------------------------------------------------------- */

typedef struct
{
  const char            *id;
  const SfPartnerFields *fields;
} PartnerChange;

static gboolean
valid_domain (const char  *domain,
              GError     **error)
{
  if (domain != NULL && g_strv_contains (domains, domain))
    return TRUE;
  g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                       _("Choose a domain for the partner."));
  return FALSE;
}

/* The contact is a person, stored once: other steps refer to the same row. Emptying the
 * contact unlinks the person, who may be an interviewer or participant elsewhere. */
static gboolean
set_contact (SfDb                  *db,
             const char            *partner_id,
             const SfPartnerFields *f,
             GError               **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *person_id = NULL;

  if (sf_store_text_is_blank (f->contact))
    return sf_db_run (db, error, "UPDATE partner SET contact_id = NULL WHERE id = ?1", "s",
                      partner_id);

  stmt = sf_db_prepare (db, "SELECT contact_id FROM partner WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, partner_id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    person_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (person_id != NULL)
    return sf_db_run (db, error, "UPDATE person SET name = ?2 WHERE id = ?1", "ss", person_id,
                      f->contact);
  person_id = g_uuid_string_random ();
  return sf_db_run (db, error, "INSERT INTO person (id, name, organisation) VALUES (?1, ?2, ?3)",
                    "sss", person_id, f->contact, sf_store_or_empty (f->organisation)) &&
         sf_db_run (db, error, "UPDATE partner SET contact_id = ?2 WHERE id = ?1", "ss",
                    partner_id, person_id);
}

/* The key of the method's role the partner has, kept beside the words so that the roles
 * still missing are right whatever language the file is opened in; NULL for one's own. */
static const char *
partner_role_key (const SfPartnerFields *fields)
{
  return sf_method_step_find_role (sf_method_get_step (1), fields->role);
}

static gboolean
do_add_partner (SfDb     *db,
                gpointer  data,
                GError  **error)
{
  PartnerChange *change = data;
  const SfPartnerFields *f = change->fields;
  g_autofree char *now = sf_db_now ();

  return sf_db_run (db, error,
                    "INSERT INTO partner (id, organisation, domain, role, notes, created, "
                    "role_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    "sssssss", change->id, sf_store_or_empty (f->organisation), f->domain,
                    sf_store_or_empty (f->role), sf_store_or_empty (f->notes), now,
                    partner_role_key (f)) &&
         set_contact (db, change->id, f, error);
}

static gboolean
do_update_partner (SfDb     *db,
                   gpointer  data,
                   GError  **error)
{
  PartnerChange *change = data;
  const SfPartnerFields *f = change->fields;

  return sf_db_run (db, error,
                    "UPDATE partner SET organisation = ?2, domain = ?3, role = ?4, notes = ?5, "
                    "role_key = ?6 WHERE id = ?1",
                    "ssssss", change->id, sf_store_or_empty (f->organisation), f->domain,
                    sf_store_or_empty (f->role), sf_store_or_empty (f->notes),
                    partner_role_key (f)) &&
         sf_store_require_change (db, error) &&
         set_contact (db, change->id, f, error);
}

char *
sf_project_add_partner (SfProject              *self,
                        const SfPartnerFields  *fields,
                        GError                **error)
{
  g_autofree char *id = g_uuid_string_random ();
  PartnerChange change = { id, fields };

  if (!valid_domain (fields->domain, error) ||
      !sf_project_run_action (self, _("Add partner"), do_add_partner, &change, error))
    return NULL;
  return g_steal_pointer (&id);
}

gboolean
sf_project_update_partner (SfProject              *self,
                           const char             *id,
                           const SfPartnerFields  *fields,
                           GError                **error)
{
  PartnerChange change = { id, fields };

  return valid_domain (fields->domain, error) &&
         sf_project_run_action (self, _("Edit partner"), do_update_partner, &change, error);
}

gboolean
sf_project_remove_partner (SfProject   *self,
                           const char  *id,
                           GError     **error)
{
  return sf_project_delete_row (self, _("Remove partner"), "DELETE FROM partner WHERE id = ?1",
                                id, error);
}
