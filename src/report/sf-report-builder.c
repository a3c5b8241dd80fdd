/* sf-report-builder.c: a project's report as a document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The cover and the contents; the chapters follow from the project's steps (issue 5).
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-flat.h"
#include "sf-report-builder.h"

void
sf_report_options_init_default (SfReportOptions *options)
{
  g_return_if_fail (options != NULL);

  options->chapters = SF_REPORT_CHAPTER_ALL;
  options->with_answers = FALSE;
  options->names_as_roles = FALSE;
}

const char *
sf_report_chapter_get_title (SfReportChapters chapter)
{
  switch (chapter)
    {
    case SF_REPORT_CHAPTER_AT_A_GLANCE:
      return _("At a Glance");
    case SF_REPORT_CHAPTER_STEP_1:
      return _("Partner Interviews");
    case SF_REPORT_CHAPTER_STEP_2:
      return _("Session with Key Figures");
    case SF_REPORT_CHAPTER_STEP_3:
      return _("Facts and Figures");
    case SF_REPORT_CHAPTER_APPENDIX:
      return _("Appendix");
    case SF_REPORT_CHAPTER_ALL:
    default:
      g_return_val_if_reached ("");
    }
}

static char *
flat_names (SfProject *project)
{
  GListModel *flats = sf_project_get_flats (project);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (flats); i++)
    {
      g_autoptr(SfFlat) flat = g_list_model_get_item (flats, i);

      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, sf_flat_get_name (flat));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
add_cover (SfReportDocument *doc,
           SfProject        *project)
{
  g_autofree char *flats = flat_names (project);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%e %B %Y");
  const char *labels[] = { _("Municipality"), _("Flats"), _("Date"), NULL };
  const char *values[] = { sf_project_get_municipality (project), flats, g_strstrip (date),
                           NULL };

  sf_report_document_add_cover (doc, sf_project_get_name (project),
                                sf_project_get_concept_name (project), labels, values);
}

SfReportDocument *
sf_report_build (SfProject             *project,
                 const SfReportOptions *options,
                 GError               **error)
{
  SfReportDocument *doc;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  doc = sf_report_document_new (sf_project_get_name (project));
  sf_report_document_set_subject (doc, _("Startfoto: a shared picture of the local situation"));
  add_cover (doc, project);
  sf_report_document_add_contents (doc, _("Contents"));
  return doc;
}
