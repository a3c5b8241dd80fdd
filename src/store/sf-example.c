/* sf-example.c: the bundled example project, clearly fictional
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built through the same store API a user's actions go through, so it always matches the
 * current schema. Its people, organisations and flat are made up; the texts are Dutch because
 * the method and its users are.
 */
#include "config.h"

#include "sf-example.h"
#include "sf-project.h"

static const SfFlatFields flats[] = {
  { "De Zilverreiger (fictief)", "Voorbeeldlaan 1-99, Leiden", "Woonstichting Voorbeeld", 96 },
  { "Het Kwikstaartje (fictief)", "Proefstraat 2, Leiden", "Woonstichting Voorbeeld", -1 },
};

static const SfPartnerFields partners[] = {
  { "Woonstichting Voorbeeld", "housing", "manager woningcorporatie", "Fatma Yılmaz",
    "Eigenaar van beide flats; wil de ontmoetingsruimte opknappen." },
  { "Zorggroep De Linde (fictief)", "care",
    "manager(s) zorgorganisaties (inclusief huishoudelijke hulp)", "Jan de Vries",
    "Levert wijkverpleging en huishoudelijke hulp in De Zilverreiger." },
  { "Welzijn Voorbeeldstad", "welfare", "manager welzijnsorganisatie", "Noor El Amrani",
    "Wijkwerker is twee ochtenden per week in de flat." },
  { "Gemeente (voorbeeld)", "municipality", "beleidsadviseur gemeente", "Pieter Bakker",
    "Wmo-beleid; vraagt naar de businesscase." },
  { "Activiteitencommissie De Zilverreiger", "residents",
    "vertegenwoordiger(s) van de activiteitencommissie", "Mevr. Ans Koster",
    "Organiseert de koffieochtend op dinsdag." },
};

gboolean
sf_example_write (const char  *path,
                  GError     **error)
{
  SfProjectFields details = {
    "Voorbeeldproject De Zilverreiger", "Leiden", "Voorbeeldwijk (fictief)",
    SF_DEFAULT_CONCEPT_NAME,
  };
  g_autoptr(SfProject) project = sf_project_create (path, &details, error);
  g_autofree char *question = NULL;

  if (project == NULL)
    return FALSE;
  /* Written to a temporary file that is renamed into place when complete: a crash leaves
   * no half example behind, so there is no need to wait for the disk after each step. */
  if (!sf_db_exec (sf_project_get_db (project), "PRAGMA synchronous = OFF", error))
    return FALSE;
  if (!sf_project_set_example (project, TRUE, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (flats); i++)
    {
      g_autofree char *id = sf_project_add_flat (project, &flats[i], error);

      if (id == NULL)
        return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (partners); i++)
    {
      g_autofree char *id = sf_project_add_partner (project, &partners[i], error);

      if (id == NULL)
        return FALSE;
    }
  question = sf_project_add_question (project, 1,
                                      "Welke rol zien jullie voor mantelzorgers en vrijwilligers?",
                                      error);
  return question != NULL &&
         sf_project_set_step_status (project, 1, SF_STEP_IN_PROGRESS, error) &&
         sf_project_set_step_status (project, 3, SF_STEP_IN_PROGRESS, error);
}
