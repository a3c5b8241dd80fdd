/* sf-example-mbc.c: the example's business case (issue 16)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both flats get one from their step 3 figures; the smaller flat, Het Kwikstaartje, has the
 * care organisation's own staffing instead of Rotterdam's, so that the example shows a
 * changed default and who set it.
 */
#include "config.h"

#include "sf-example-private.h"
#include "sf-project-mbc.h"

#define SET_BY "Zorggroep De Linde"

static const struct {
  SfMbcParam param;
  double     value;
} kwikstaartje[] = {
  { SF_MBC_COST_PERSONNEL_1, 30000 },
  { SF_MBC_COST_PERSONNEL_LATER, 35000 },
};

gboolean
sf_example_write_mbc (SfProject  *project,
                      GError    **error)
{
  g_autoptr(SfFlat) flat = g_list_model_get_item (sf_project_get_flats (project), 1);

  for (guint i = 0; i < G_N_ELEMENTS (kwikstaartje); i++)
    if (!sf_project_set_mbc_param (project, sf_record_get_id (SF_RECORD (flat)),
                                   kwikstaartje[i].param, kwikstaartje[i].value, SET_BY, error))
      return FALSE;
  return TRUE;
}

void
sf_example_mbc_stamp (GChecksum *sum)
{
  sf_example_stamp_add (sum, "mbc 1");
  sf_example_stamp_add (sum, SET_BY);
  for (guint i = 0; i < G_N_ELEMENTS (kwikstaartje); i++)
    {
      g_autofree char *line = g_strdup_printf ("%d %g", kwikstaartje[i].param,
                                               kwikstaartje[i].value);

      sf_example_stamp_add (sum, line);
    }
}
