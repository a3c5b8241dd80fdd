/* sf-request-list.c: the letter that asks one partner for the figures it still has to deliver
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain text, not markup: it goes into an e-mail or onto paper as it is. The outstanding
 * indicators are grouped per flat, in the order of the project's flats, so that a partner
 * who keeps its figures per building can answer flat by flat.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sf-date.h"
#include "sf-project-figures.h"
#include "sf-request-list.h"
#include "sf-store-text.h"
#include "sf-store-util.h"

static SfPartner *
find_partner (SfProject  *self,
              const char *partner_id)
{
  GListModel *partners = sf_project_get_partners (self);

  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);

      if (g_strcmp0 (sf_record_get_id (SF_RECORD (partner)), partner_id) == 0)
        return partner;  /* the list keeps it alive */
    }
  return NULL;
}

/* The age bands as a reader writes them: "<55, 55–64, …" with an en dash. */
static char *
age_bands (void)
{
  g_autoptr(GString) bands = g_string_new (NULL);
  const char * const *band = SF_AGE_BANDS;

  for (guint i = 0; band[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (band[i], "-", -1);
      g_autofree char *joined = g_strjoinv ("–", parts);

      if (i > 0)
        g_string_append (bands, ", ");
      g_string_append (bands, joined);
    }
  return g_string_free (g_steal_pointer (&bands), FALSE);
}

/* One line of the list: the indicator's name, its unit, and what form the answer takes. */
static void
append_indicator (GString     *text,
                  SfIndicator *indicator)
{
  const char *name = sf_indicator_get_name (indicator);
  const char *unit = sf_indicator_get_unit (indicator);
  gboolean has_unit = unit != NULL && *unit != '\0';

  switch (sf_indicator_get_indicator_type (indicator))
    {
    case SF_INDICATOR_YES_NO:
      /* Translators: a line of the request for figures; %s is a figure's name. */
      g_string_append_printf (text, _("- %s: yes or no, with a short description"), name);
      break;
    case SF_INDICATOR_DISTRIBUTION:
      {
        g_autofree char *bands = age_bands ();

        /* Translators: a line of the request for figures; the first %s is a figure's name,
         * the second its unit ("residents"), the third the age groups ("<55, 55–64, …"). */
        g_string_append_printf (text, _("- %s: number of %s per age group: %s; or else the "
                                        "average age"),
                                name, has_unit ? unit : _("residents"), bands);
        break;
      }
    case SF_INDICATOR_CATEGORY:
      /* Translators: a line of the request for figures; %s is a figure's name. */
      g_string_append_printf (text, _("- %s: only older people or mixed, with a short "
                                      "description of the mix"), name);
      break;
    case SF_INDICATOR_CATEGORY_COUNTS:
      if (has_unit)
        /* Translators: a line of the request for figures; %s is a figure's name, then its
         * unit ("reports"). */
        g_string_append_printf (text, _("- %s: per kind, the number of %s"), name, unit);
      else
        /* Translators: a line of the request for figures; %s is a figure's name. */
        g_string_append_printf (text, _("- %s: per kind, a number"), name);
      break;
    case SF_INDICATOR_ACTIVITIES:
      /* Translators: a line of the request for figures; %s is a figure's name. */
      g_string_append_printf (text, _("- %s: per activity its name, who organises it, how "
                                      "often it takes place and how many people come"), name);
      break;
    case SF_INDICATOR_COUNT:
    case SF_INDICATOR_N_TYPES:
    default:
      if (has_unit)
        g_string_append_printf (text, "- %s (%s)", name, unit);
      else
        g_string_append_printf (text, "- %s", name);
      break;
    }
  g_string_append_c (text, '\n');
}

/* The gaps of @flat_id (NULL: the neighbourhood), under the flat's name. */
static void
append_flat (GString    *text,
             SfProject  *self,
             GPtrArray  *gaps,
             const char *flat_id,
             const char *flat_name)
{
  gboolean any = FALSE;

  for (guint i = 0; i < gaps->len; i++)
    {
      SfInventoryGap *gap = g_ptr_array_index (gaps, i);
      SfIndicator *indicator;

      if (g_strcmp0 (gap->flat_id, flat_id) != 0 ||
          (indicator = sf_project_find_indicator (self, gap->indicator_id)) == NULL)
        continue;
      if (!any)
        g_string_append_printf (text, "\n%s:\n", flat_name);
      any = TRUE;
      append_indicator (text, indicator);
    }
}

/* ---- the parts that follow the user's choices ------------------------------------------- */

/* The names are the program's own, not the C library's: a letter in Dutch has Dutch days
 * and months (sf_date_month_name ()) whatever the date format of the system. */
static const char *
weekday_name (int weekday)
{
  switch (weekday)
    {
    case 1: return C_("weekday", "Monday");
    case 2: return C_("weekday", "Tuesday");
    case 3: return C_("weekday", "Wednesday");
    case 4: return C_("weekday", "Thursday");
    case 5: return C_("weekday", "Friday");
    case 6: return C_("weekday", "Saturday");
    default: return C_("weekday", "Sunday");
    }
}

char *
sf_request_format_date (GDateTime *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  /* Translators: a date in a letter: %1$s is the day of the week, %2$d the day of the month,
   * %3$s the month, %4$d the year, e.g. "Friday, March 13, 2026" ("vrijdag 13 maart
   * 2026"). */
  return g_strdup_printf (_("%1$s, %3$s %2$d, %4$d"),
                          weekday_name (g_date_time_get_day_of_week (date)),
                          g_date_time_get_day_of_month (date),
                          sf_date_month_name ((guint) g_date_time_get_month (date)),
                          g_date_time_get_year (date));
}

char *
sf_request_format_reply_by (GDateTime *reply_by)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (reply_by != NULL, NULL);

  date = sf_request_format_date (reply_by);
  /* Translators: in the request for figures; %s is a date, e.g. "Friday, March 13, 2026". */
  return g_strdup_printf (_("We would like to receive the figures by %s."), date);
}

char *
sf_request_format_closing (const char *sender_name,
                           const char *sender_organisation)
{
  const char *lines[] = { sender_name, sender_organisation };
  GString *closing = g_string_new (_("Kind regards,"));

  g_string_append_c (closing, '\n');
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    if (!sf_store_text_is_blank (lines[i]))
      {
        g_autofree char *line = g_strstrip (g_strdup (lines[i]));

        g_string_append_printf (closing, "%s\n", line);
      }
  return g_string_free (closing, FALSE);
}

/* ---- the letter ------------------------------------------------------------------------- */

char *
sf_project_format_request_list (SfProject             *self,
                                const char            *partner_id,
                                const SfRequestLetter *letter)
{
  g_autofree char *closing = NULL;
  SfPartner *partner;
  g_autoptr(GPtrArray) gaps = NULL;
  g_autoptr(GString) text = NULL;
  g_autoptr(GString) project = NULL;
  GListModel *flats;
  const char *contact, *organisation, *place;

  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);

  if (partner_id == NULL || (partner = find_partner (self, partner_id)) == NULL)
    return NULL;
  contact = sf_partner_get_contact (partner);
  organisation = sf_store_or_empty (sf_partner_get_organisation (partner));
  gaps = sf_project_get_outstanding (self, partner_id);
  text = g_string_new (NULL);

  /* "Name (neighbourhood, municipality)", leaving out what is not known or says the same. */
  project = g_string_new (sf_store_or_empty (sf_project_get_name (self)));
  place = sf_project_get_neighbourhood (self);
  if (!sf_store_text_is_blank (place) && strstr (project->str, place) == NULL)
    {
      const char *municipality = sf_project_get_municipality (self);

      g_string_append_printf (project, " (%s", place);
      if (!sf_store_text_is_blank (municipality))
        g_string_append_printf (project, ", %s", municipality);
      g_string_append_c (project, ')');
    }

  /* Translators: the subject line of the e-mail asking a partner for figures; %s is the
   * project's name. */
  g_string_append_printf (text, _("Subject: figures for the Startfoto of %s"), project->str);
  g_string_append (text, "\n\n");
  if (!sf_store_text_is_blank (contact))
    /* Translators: the greeting of the e-mail; %s is the contact person's name. */
    g_string_append_printf (text, _("Dear %s,"), contact);
  else
    /* Translators: the greeting of the e-mail; %s is the partner organisation. */
    g_string_append_printf (text, _("Dear colleagues at %s,"), organisation);
  g_string_append (text, "\n\n");
  /* Translators: %s is the project's name. */
  g_string_append_printf (text, _("For the Startfoto of %s we are gathering facts and figures "
                                  "about the flats: how many people live there, who they are, "
                                  "and what care, support and activities there are."),
                          project->str);
  g_string_append_c (text, ' ');
  if (gaps->len == 0)
    {
      g_string_append (text, _("At the moment we are not waiting for any figures from you."));
      g_string_append_c (text, '\n');
    }
  else
    {
      /* Translators: %s is the partner organisation. */
      g_string_append_printf (text, _("Could %s help us with the figures below?"),
                              organisation);
      g_string_append_c (text, '\n');
      flats = sf_project_get_flats (self);
      for (guint i = 0; i < g_list_model_get_n_items (flats); i++)
        {
          g_autoptr(SfFlat) flat = g_list_model_get_item (flats, i);

          append_flat (text, self, gaps, sf_record_get_id (SF_RECORD (flat)),
                       sf_store_or_empty (sf_flat_get_name (flat)));
        }
      append_flat (text, self, gaps, NULL, _("Whole neighbourhood"));
      g_string_append_c (text, '\n');
      g_string_append (text, _("Not every figure is easy to find. An estimate or an average is "
                                "welcome too: please mark it as an estimate or an average. "
                                "And please give for each figure where it comes from (the "
                                "source) and the date or period it refers to."));
      g_string_append (text, "\n\n");
      if (letter != NULL && letter->reply_by != NULL)
        {
          g_autofree char *reply_by = sf_request_format_reply_by (letter->reply_by);

          g_string_append_printf (text, "%s\n\n", reply_by);
        }
      g_string_append (text, _("Thank you very much in advance!"));
      g_string_append_c (text, '\n');
    }
  g_string_append_c (text, '\n');
  closing = sf_request_format_closing (letter != NULL ? letter->sender_name : NULL,
                                       letter != NULL ? letter->sender_organisation : NULL);
  g_string_append (text, closing);
  return g_string_free (g_steal_pointer (&text), FALSE);
}
