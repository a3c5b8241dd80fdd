/* sf-report-appendix.c: the report's appendix: the questions used in each step, the sources
 * of the figures, and the credit to the method
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-project-figures.h"
#include "sf-method.h"
#include "sf-report-chapters.h"

static void
add_questions (SfReportContext *ctx,
               guint            step)
{
  const SfMethodStep *method = sf_method_get_step (step);
  GListModel *questions = sf_project_get_questions (ctx->project, step);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = NULL;
  gboolean own = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SfQuestion) question = g_list_model_get_item (questions, i);

      if (sf_question_get_hidden (question))
        continue;
      if (sf_question_is_standard (question))
        g_ptr_array_add (items, g_strdup (sf_question_get_text (question)));
      else
        {
          g_ptr_array_add (items, g_strdup_printf ("%s *", sf_question_get_text (question)));
          own = TRUE;
        }
    }
  if (items->len == 0 || method == NULL)
    return;
  /* Translators: a section of the report's appendix; %u is the step, %s its title. */
  title = g_strdup_printf (_("Step %u: %s"), step, sf_method_step_get_short_title (method));
  sf_report_document_add_section (ctx->doc, title);
  g_ptr_array_add (items, NULL);
  sf_report_document_add_numbered (ctx->doc, (const char * const *) items->pdata);
  if (own)
    sf_report_document_add_caption (ctx->doc, _("* A question the partners added themselves."));
}

/* g_ptr_array_sort passes pointers to the elements. */
static int
compare_texts (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

static void
add_sources (SfReportContext *ctx)
{
  GListModel *flats = sf_project_get_flats (ctx->project);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  guint n_places = MAX (1, g_list_model_get_n_items (flats));

  for (guint f = 0; f < n_places; f++)
    {
      g_autoptr(SfFlat) flat = g_list_model_get_n_items (flats) > 0
                               ? g_list_model_get_item (flats, f) : NULL;
      GListModel *values = sf_project_get_indicator_values (
        ctx->project, flat ? sf_record_get_id (SF_RECORD (flat)) : NULL);

      for (guint i = 0; i < g_list_model_get_n_items (values); i++)
        {
          g_autoptr(SfIndicatorValue) value = g_list_model_get_item (values, i);
          const char *source = sf_indicator_value_get_source (value);
          SfIndicator *indicator = sf_project_find_indicator (
            ctx->project, sf_indicator_value_get_indicator_id (value));

          if (source == NULL || *source == '\0' || !sf_indicator_value_is_filled (value) ||
              indicator == NULL || sf_indicator_get_hidden (indicator))
            continue;
          source = sf_report_context_text (ctx, source);
          if (g_hash_table_contains (seen, source))
            continue;
          g_hash_table_add (seen, (gpointer) source);
          g_ptr_array_add (items, (gpointer) source);
        }
    }
  sf_report_document_add_section (ctx->doc, _("Sources of the figures"));
  if (items->len == 0)
    {
      sf_report_document_add_paragraph (ctx->doc, _("No sources have been given yet."));
      return;
    }
  g_ptr_array_sort (items, compare_texts);
  g_ptr_array_add (items, NULL);
  sf_report_document_add_bullets (ctx->doc, (const char * const *) items->pdata);
}

void
sf_report_add_appendix (SfReportContext *ctx)
{
  sf_report_document_add_chapter (ctx->doc,
                                  sf_report_chapter_get_title (SF_REPORT_CHAPTER_APPENDIX));
  sf_report_document_add_paragraph (ctx->doc,
                                    _("The questions the partners used in each step, in the "
                                      "order they were asked."));
  /* The steps this report covers; step 4 is where the partners discuss it. */
  for (guint step = 1; step <= 3; step++)
    add_questions (ctx, step);
  add_sources (ctx);
  sf_report_document_add_section (ctx->doc, _("About the method"));
  sf_report_document_add_paragraph (
    ctx->doc,
    _("This report follows the Startfoto method from the handreiking “Van flat tot "
      "WelThuisflat” by Hogeschool Leiden, research group Social Innovation (Werkplaats Sociaal "
      "Domein Den Haag en Leiden, 2026). Its steps, questions and roles are reproduced with "
      "attribution, as its colophon allows."));
  sf_report_document_add_caption (ctx->doc, _("Made with Startfoto."));
}
