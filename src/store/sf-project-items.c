/* sf-project-items.c: describing the items step 4's remarks point at (issue 13)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sf-method.h"
#include "sf-project-figures.h"
#include "sf-project-items.h"
#include "sf-project-private.h"
#include "sf-store-util.h"

typedef struct
{
  const char *kind;
  guint       step;
  const char *sql; /* ?1: the id; one row of text (a NULL row: gone) */
} ItemKind;

/* The parts joined with " · " in SQL, so that a missing part leaves no stray separator. */
static const ItemKind kinds[] = {
  { "key_point", 1,
    "SELECT coalesce (partner.organisation || ': ', '') || key_point.text FROM key_point "
    "LEFT JOIN partner ON partner.id = key_point.partner_id WHERE key_point.id = ?1" },
  { "statement", 2, "SELECT text FROM statement WHERE id = ?1" },
  { "answer", 1,
    "SELECT partner.organisation || ': ' || answer.text FROM answer "
    "JOIN interview ON interview.id = answer.interview_id "
    "JOIN partner ON partner.id = interview.partner_id WHERE answer.id = ?1" },
  { "theme", 0, "SELECT name FROM theme WHERE id = ?1" },
  { "partner", 1, "SELECT organisation FROM partner WHERE id = ?1" },
  { "flat", 0, "SELECT name FROM flat WHERE id = ?1" },
  /* A figure's name is its indicator's, which may be the method's (in the reader's
   * language): these give the indicator's id and, for a value, its flat's name. */
  { "indicator", 3, "SELECT id FROM indicator WHERE id = ?1" },
  { "indicator_value", 3,
    "SELECT indicator_id || char (31) || flat.name FROM indicator_value "
    "JOIN flat ON flat.id = indicator_value.flat_id WHERE indicator_value.id = ?1" },
};

static char *
name_figure (SfProject *self,
             char      *text)
{
  g_autofree char *owned = text;
  char *flat = strchr (text, '\x1f');
  GListModel *indicators = sf_project_get_indicators (self);

  if (flat != NULL)
    *flat++ = '\0';
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(SfIndicator) indicator = g_list_model_get_item (indicators, i);

      if (g_str_equal (sf_record_get_id (SF_RECORD (indicator)), text))
        return flat != NULL ? g_strdup_printf ("%s · %s", sf_indicator_get_name (indicator), flat)
                            : g_strdup (sf_indicator_get_name (indicator));
    }
  return NULL;
}

static char *
role_name (const char *key)
{
  const SfMethodStep *step1 = sf_method_get_step (1);

  for (guint i = 0; i < sf_method_step_get_n_roles (step1); i++)
    if (g_str_equal (sf_method_step_get_role_key (step1, i), key))
      /* Translators: a remark's item: a partner role the register does not have yet. */
      return g_strdup_printf (_("Missing partner: %s"), sf_method_step_get_role (step1, i));
  return NULL;
}

char *
sf_project_describe_item (SfProject  *self,
                          const char *kind,
                          const char *ref,
                          guint      *step,
                          gboolean   *themes)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);
  g_return_val_if_fail (kind != NULL && ref != NULL, NULL);

  if (themes != NULL)
    *themes = g_str_equal (kind, "theme");
  if (g_str_equal (kind, "role"))
    {
      if (step != NULL)
        *step = 1;
      return role_name (ref);
    }
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      if (!g_str_equal (kinds[i].kind, kind))
        continue;
      if (step != NULL)
        *step = kinds[i].step;
      if (!sf_store_get_text (sf_project_get_db (self), kinds[i].sql, ref, &text, &error))
        return NULL;
      return g_str_has_prefix (kind, "indicator") ? name_figure (self, text) : text;
    }
  return NULL;
}
