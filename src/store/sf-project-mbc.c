/* sf-project-mbc.c: the business case's parameters of a project, and its flats' inputs
 * (issue 16)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A setting's id is derived from its flat and key, so that two copies that change the same
 * parameter apart meet on one row when merged (a conflict to decide), never two rows.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-project-figures.h"
#include "sf-project-mbc.h"
#include "sf-project-private.h"
#include "sf-store-error.h"
#include "sf-store-text.h"
#include "sf-store-util.h"

#define SETTING_COLUMNS "id, flat_id, key, value, set_by, changed"

GListModel *
sf_project_get_mbc_settings (SfProject *self)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);

  return sf_project_cached_list (
    self, "sf-mbc-settings", SF_TYPE_MBC_SETTING,
    "SELECT " SETTING_COLUMNS " FROM mbc_parameter ORDER BY flat_id IS NOT NULL, flat_id, key",
    (const char *[]) { "mbc_parameter", NULL });
}

SfMbcSetting *
sf_project_find_mbc_setting (SfProject  *self,
                             const char *flat_id,
                             SfMbcParam  param)
{
  GListModel *settings = sf_project_get_mbc_settings (self);
  guint n = settings != NULL ? g_list_model_get_n_items (settings) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfMbcSetting) setting = g_list_model_get_item (settings, i);

      if (sf_mbc_setting_get_param (setting) == param &&
          g_strcmp0 (sf_mbc_setting_get_flat_id (setting), flat_id) == 0)
        return setting; /* the list keeps it */
    }
  return NULL;
}

/* The row's id: a UUID's shape, from the flat and the key. */
static char *
setting_id (const char *flat_id,
            SfMbcParam  param)
{
  g_autofree char *name = g_strconcat ("mbc_parameter\n", flat_id != NULL ? flat_id : "", "\n",
                                       sf_mbc_param_info (param).key, NULL);
  g_autofree char *hex = g_compute_checksum_for_string (G_CHECKSUM_SHA256, name, -1);

  return g_strdup_printf ("%.8s-%.4s-%.4s-%.4s-%.12s", hex, hex + 8, hex + 12, hex + 16,
                          hex + 20);
}

typedef struct
{
  const char *flat_id;
  SfMbcParam  param;
  double      value;
  char       *set_by;
} SettingChange;

static gboolean
check_flat (SfDb        *db,
            const char  *flat_id,
            GError     **error)
{
  return flat_id == NULL ||
         sf_store_require_row (db, "SELECT 1 FROM flat WHERE id = ?1", flat_id, error);
}

static gboolean
do_set (SfDb     *db,
        gpointer  data,
        GError  **error)
{
  SettingChange *change = data;
  g_autofree char *id = setting_id (change->flat_id, change->param);
  g_autofree char *now = sf_db_now ();

  sqlite3_stmt *stmt;

  if (!check_flat (db, change->flat_id, error))
    return FALSE;
  stmt = sf_db_prepare (db, "INSERT INTO mbc_parameter (id, flat_id, key, value, set_by, changed) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (id) DO UPDATE SET "
                            "value = excluded.value, set_by = excluded.set_by, "
                            "changed = excluded.changed", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, change->flat_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, sf_mbc_param_info (change->param).key, -1, SQLITE_STATIC);
  sqlite3_bind_double (stmt, 4, change->value);
  sqlite3_bind_text (stmt, 5, change->set_by, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, now, -1, SQLITE_TRANSIENT);
  return sf_db_step_done (db, stmt, error);
}

static gboolean
do_reset (SfDb     *db,
          gpointer  data,
          GError  **error)
{
  SettingChange *change = data;
  g_autofree char *id = setting_id (change->flat_id, change->param);

  return check_flat (db, change->flat_id, error) &&
         sf_db_run (db, error, "DELETE FROM mbc_parameter WHERE id = ?1", "s", id);
}

static gboolean
check_param (SfMbcParam   param,
             GError     **error)
{
  if (param < SF_MBC_N_PARAMS)
    return TRUE;
  g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                       _("No such parameter of the business case."));
  return FALSE;
}

gboolean
sf_project_set_mbc_param (SfProject   *self,
                          const char  *flat_id,
                          SfMbcParam   param,
                          double       value,
                          const char  *set_by,
                          GError     **error)
{
  g_autoptr(GError) refused = NULL;
  g_autofree char *label = NULL;
  SettingChange change = { flat_id, param, value, NULL };
  gboolean ok;

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);

  if (!check_param (param, error))
    return FALSE;
  if (!sf_mbc_param_check (param, value, &refused))
    {
      g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID, refused->message);
      return FALSE;
    }
  change.set_by = sf_store_text_is_blank (set_by) ? g_strdup ("")
                                                  : sf_store_text_clean (set_by, TRUE);
  /* Translators: an undoable action; %s is a parameter of the business case */
  label = g_strdup_printf (_("Change “%s”"), sf_mbc_param_info (param).label);
  ok = sf_project_run_action (self, label, do_set, &change, error);
  g_free (change.set_by);
  return ok;
}

gboolean
sf_project_reset_mbc_param (SfProject   *self,
                            const char  *flat_id,
                            SfMbcParam   param,
                            GError     **error)
{
  g_autofree char *label = NULL;
  SettingChange change = { flat_id, param, 0, NULL };

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);

  if (!check_param (param, error))
    return FALSE;
  /* Translators: an undoable action; %s is a parameter of the business case */
  label = g_strdup_printf (_("Reset “%s”"), sf_mbc_param_info (param).label);
  return sf_project_run_action (self, label, do_reset, &change, error);
}

/* The flat's figure of step 3 @key, if it has a number. */
static gboolean
figure (SfProject  *self,
        const char *flat_id,
        const char *key,
        double     *number,
        gboolean   *estimate)
{
  SfIndicator *indicator = sf_project_find_indicator_by_key (self, key);
  SfIndicatorValue *value = indicator != NULL
    ? sf_project_find_indicator_value (self, sf_record_get_id (SF_RECORD (indicator)), flat_id)
    : NULL;

  if (value == NULL || !sf_indicator_value_has_number (value) ||
      sf_indicator_value_get_number (value) < 0)
    return FALSE;
  *number = sf_indicator_value_get_number (value);
  *estimate = sf_indicator_value_get_accuracy (value) != SF_ACCURACY_EXACT;
  return TRUE;
}

static void
apply_settings (SfProject  *self,
                const char *flat_id,
                double     *params)
{
  GListModel *settings = sf_project_get_mbc_settings (self);
  guint n = settings != NULL ? g_list_model_get_n_items (settings) : 0;

  /* The project's first (the list's order), so that the flat's win. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfMbcSetting) setting = g_list_model_get_item (settings, i);
      const char *setting_flat = sf_mbc_setting_get_flat_id (setting);
      SfMbcParam param = sf_mbc_setting_get_param (setting);

      if (param < SF_MBC_N_PARAMS && sf_mbc_setting_get_value (setting) >= 0 &&
          (setting_flat == NULL || g_strcmp0 (setting_flat, flat_id) == 0))
        params[param] = sf_mbc_setting_get_value (setting);
    }
}

void
sf_project_get_mbc_input (SfProject  *self,
                          const char *flat_id,
                          SfMbcInput *input)
{
  static const struct { SfMbcCare care; const char *key; } counts[] = {
    { SF_MBC_CARE_NURSING, "s3q11b" }, { SF_MBC_CARE_WLZ, "s3q8" },
  };
  double number = 0, guidance = 0;
  gboolean estimate = FALSE, guidance_estimate = FALSE;

  g_return_if_fail (SF_IS_PROJECT (self));

  sf_mbc_input_init (input);
  apply_settings (self, flat_id, input->params);

  if (figure (self, flat_id, "s3q1b", &number, &estimate))
    {
      input->residents = (SfMbcAmount) { TRUE, number };
      input->residents_origin = estimate ? SF_MBC_ORIGIN_ESTIMATE : SF_MBC_ORIGIN_STEP3;
    }
  else if (figure (self, flat_id, "s3q1a", &number, &estimate))
    {
      /* The seed counts a resident per dwelling (its footnote 10). */
      input->residents = (SfMbcAmount) { TRUE, number };
      input->residents_origin = SF_MBC_ORIGIN_ASSUMPTION;
    }

  if (figure (self, flat_id, "s3q5", &number, &estimate) &&
      figure (self, flat_id, "s3q7", &guidance, &guidance_estimate))
    {
      input->clients[SF_MBC_CARE_WMO] = (SfMbcAmount) { TRUE, number + guidance };
      input->clients_estimate[SF_MBC_CARE_WMO] = TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    if (figure (self, flat_id, counts[i].key, &number, &estimate))
      {
        input->clients[counts[i].care] = (SfMbcAmount) { TRUE, number };
        input->clients_estimate[counts[i].care] = estimate;
      }
}

void
sf_project_calculate_mbc (SfProject   *self,
                          const char  *flat_id,
                          SfMbcInput  *input,
                          SfMbcResult *result)
{
  SfMbcInput own;

  if (input == NULL)
    input = &own;
  sf_project_get_mbc_input (self, flat_id, input);
  sf_mbc_calculate (input, result);
}
