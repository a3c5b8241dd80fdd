/* sf-partner-choice.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ids are read once, when the dialog opens: a dialog is short-lived, and a partner
 * removed meanwhile is refused by the store (it links only to partners that exist).
 */
#include "config.h"

#include "sf-partner-choice.h"
#include "sf-store-text.h"

#define IDS_KEY "sf-partner-choice-ids"

void
sf_partner_choice_fill (AdwComboRow *row,
                        SfProject   *project,
                        const char  *none_label,
                        const char  *partner_id)
{
  GListModel *partners = sf_project_get_partners (project);
  guint n = g_list_model_get_n_items (partners);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GStrv ids = g_new0 (char *, n + 2);
  guint selected = 0;

  gtk_string_list_append (names, none_label);
  ids[0] = g_strdup ("");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);
      const char *id = sf_record_get_id (SF_RECORD (partner));
      const char *name = sf_partner_get_organisation (partner);

      gtk_string_list_append (names, sf_store_text_is_blank (name) ? "…" : name);
      ids[i + 1] = g_strdup (id);
      if (g_strcmp0 (id, partner_id) == 0)
        selected = i + 1;
    }
  g_object_set_data_full (G_OBJECT (row), IDS_KEY, ids, (GDestroyNotify) g_strfreev);
  adw_combo_row_set_model (row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (row, selected);
}

const char *
sf_partner_choice_get (AdwComboRow *row)
{
  GStrv ids = g_object_get_data (G_OBJECT (row), IDS_KEY);
  guint selected = adw_combo_row_get_selected (row);

  if (ids == NULL || selected == GTK_INVALID_LIST_POSITION || selected == 0 ||
      selected >= g_strv_length (ids))
    return NULL;
  return ids[selected];
}
