/* test-report.c: the report built from a project: its chapters, its figures, its charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDF is read back with poppler, as a reader's viewer would; the layout's boxes show
 * whether anything would be drawn outside the margins.
 *
 * What is confidential or personal is tested in test-report-privacy.c.
 */
#include "config.h"

#include "sf-project-figures.h"
#include "sf-project-interviews.h"
#include "sf-project-key-figures.h"
#include "sf-project-themes.h"
#include "sf-report-blocks.h"
#include "sf-report-builder.h"
#include "sf-report-layout.h"
#include "sf-test-pdf.h"
#include "sf-test-report.h"
#include "sf-test-store.h"

/* Takes @text. */
static char *
no_space (char *text)
{
  char *out = text;

  for (const char *p = text; *p; p++)
    if (!g_ascii_isspace (*p))
      *out++ = *p;
  *out = '\0';
  return text;
}

static void
collect_outline (PopplerIndexIter *iter,
                 GPtrArray        *titles)
{
  do
    {
      PopplerAction *action = poppler_index_iter_get_action (iter);
      PopplerIndexIter *child = poppler_index_iter_get_child (iter);

      g_ptr_array_add (titles, g_strdup (action->any.title));
      poppler_action_free (action);
      if (child != NULL)
        {
          collect_outline (child, titles);
          poppler_index_iter_free (child);
        }
    }
  while (poppler_index_iter_next (iter));
}

static GPtrArray *
outline_titles (const char *path)
{
  g_autoptr(GObject) pdf_object = G_OBJECT (sf_test_open_pdf (path));
  PopplerDocument *pdf = POPPLER_DOCUMENT (pdf_object);
  PopplerIndexIter *iter = poppler_index_iter_new (pdf);
  GPtrArray *titles = g_ptr_array_new_with_free_func (g_free);

  if (iter != NULL)
    {
      collect_outline (iter, titles);
      poppler_index_iter_free (iter);
    }
  return titles;
}

static gboolean
has_title (GPtrArray  *titles,
           const char *title)
{
  for (guint i = 0; i < titles->len; i++)
    if (g_str_equal (g_ptr_array_index (titles, i), title))
      return TRUE;
  return FALSE;
}

static const SfReportChapters all_chapters[] = {
  SF_REPORT_CHAPTER_AT_A_GLANCE, SF_REPORT_CHAPTER_STEP_1, SF_REPORT_CHAPTER_STEP_2,
  SF_REPORT_CHAPTER_STEP_3, SF_REPORT_CHAPTER_STEP_4, SF_REPORT_CHAPTER_STEP_5,
  SF_REPORT_CHAPTER_APPENDIX,
};

/* The outline has the chapters chosen, and only those. */
static void
test_outline (SfTestReport  *f,
              gconstpointer  data)
{
  SfReportOptions options;
  SfReportLayout *layout;
  g_autoptr(GPtrArray) titles = NULL;
  g_autoptr(GPtrArray) some = NULL;

  sf_report_options_init_default (&options);
  layout = sf_test_report_export (f, &options);
  titles = outline_titles (f->pdf_path);
  for (guint i = 0; i < G_N_ELEMENTS (all_chapters); i++)
    g_assert_true (has_title (titles, sf_report_chapter_get_title (all_chapters[i])));
  g_assert_true (has_title (titles, "Fact sheet: De Zilverreiger (fictief)"));
  g_assert_true (has_title (titles, "The Thuisplusflat requirements"));
  sf_test_report_free_layout (layout);

  options.chapters = SF_REPORT_CHAPTER_STEP_1 | SF_REPORT_CHAPTER_APPENDIX;
  layout = sf_test_report_export (f, &options);
  some = outline_titles (f->pdf_path);
  for (guint i = 0; i < G_N_ELEMENTS (all_chapters); i++)
    g_assert_cmpint (has_title (some, sf_report_chapter_get_title (all_chapters[i])), ==,
                     (options.chapters & all_chapters[i]) != 0);
  sf_test_report_free_layout (layout);
}

/* Every number on the fact sheets appears, an estimate or average with its "≈". */
static void
test_fact_sheet (SfTestReport  *f,
                 gconstpointer  data)
{
  SfReportOptions options;
  SfReportLayout *layout;
  g_autofree char *text = NULL;
  GListModel *flats = sf_project_get_flats (f->project);
  guint n_checked = 0, n_estimates = 0;

  sf_report_options_init_default (&options);
  options.chapters = SF_REPORT_CHAPTER_STEP_3;
  layout = sf_test_report_export (f, &options);
  text = sf_test_pdf_text (f->pdf_path);
  for (guint i = 0; i < g_list_model_get_n_items (flats); i++)
    {
      g_autoptr(SfFlat) flat = g_list_model_get_item (flats, i);
      GListModel *values = sf_project_get_indicator_values (f->project,
                                                            sf_record_get_id (SF_RECORD (flat)));
      g_autofree char *sheet = g_strdup_printf ("Fact sheet: %s", sf_flat_get_name (flat));
      /* After the contents, which name the sheets too. */
      const char *start = strstr (strstr (text, "Purpose:"), sheet);
      const char *end;
      g_autofree char *part = NULL;

      /* The flat's own sheet: from its heading to its derived figures. */
      g_assert_nonnull (start);
      end = strstr (start, "Derived figures");
      g_assert_nonnull (end);
      part = no_space (g_strndup (start, end - start));
      for (guint v = 0; v < g_list_model_get_n_items (values); v++)
        {
          g_autoptr(SfIndicatorValue) value = g_list_model_get_item (values, v);
          SfIndicator *indicator = sf_project_find_indicator (
            f->project, sf_indicator_value_get_indicator_id (value));
          g_autofree char *number = NULL, *expected = NULL;
          gboolean estimate = sf_indicator_value_get_accuracy (value) != SF_ACCURACY_EXACT;

          if (sf_indicator_get_hidden (indicator) ||
              sf_indicator_get_indicator_type (indicator) != SF_INDICATOR_COUNT ||
              !sf_indicator_value_has_number (value))
            continue;
          number = sf_chart_format_figure (SF_CHART_FORMAT_NUMBER,
                                           sf_indicator_value_get_number (value));
          /* Poppler joins a row's cells without a space: compare without spaces. */
          expected = no_space (g_strdup_printf ("%s%s%s%s", sf_indicator_get_name (indicator),
                                                estimate ? "≈" : "", number,
                                                sf_indicator_get_unit (indicator)));
          g_test_message ("looking for “%s”", expected);
          g_assert_nonnull (strstr (part, expected));
          n_checked++;
          n_estimates += estimate;
        }
    }
  g_assert_cmpuint (n_checked, >=, 10);
  g_assert_cmpuint (n_estimates, >=, 3);
  sf_test_report_free_layout (layout);
}

static guint
count_text (const char *text,
            const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* Every chart says its scale: the shares of care use on 0-100 % (at a glance and in step 3);
 * a figure reads the same in a table and in a chart ("Residents per dwelling" is 118/96 in
 * De Zilverreiger and about 81/64 in Het Kwikstaartje). */
static void
test_charts (SfTestReport  *f,
             gconstpointer  data)
{
  SfReportOptions options;
  SfReportLayout *layout;
  g_autofree char *text = NULL;
  g_autofree char *exact = sf_chart_format_figure (SF_CHART_FORMAT_NUMBER, 118.0 / 96);
  g_autofree char *estimate = sf_chart_format_figure (SF_CHART_FORMAT_NUMBER, 81.0 / 64);
  g_autofree char *estimate_text = g_strconcat ("≈ ", estimate, NULL);
  g_autofree char *compact = NULL;

  sf_report_options_init_default (&options);
  layout = sf_test_report_export (f, &options);
  text = sf_test_pdf_text (f->pdf_path);
  compact = no_space (g_strdup (text));
  /* Poppler may join "0 %" to "0%": compared without spaces. */
  g_assert_cmpuint (count_text (compact, "0%25%50%75%100%"), ==, 2);
  g_assert_cmpstr (exact, ==, "1.2");
  g_assert_cmpstr (estimate, ==, "1.3");
  /* In the derived figures and in "The flats side by side". */
  g_assert_cmpuint (count_text (text, " 1.2 "), ==, 2);
  g_assert_cmpuint (count_text (text, estimate_text), ==, 2);
  g_assert_null (strstr (text, "1.23"));
  g_assert_null (strstr (text, "1.27"));
  sf_test_report_free_layout (layout);
}

static void
test_fonts (SfTestReport  *f,
            gconstpointer  data)
{
  SfReportOptions options;
  SfReportLayout *layout;
  g_autoptr(GObject) pdf_object = NULL;
  PopplerDocument *pdf;
  PopplerFontInfo *info;
  PopplerFontsIter *iter = NULL;
  guint n = 0;

  sf_report_options_init_default (&options);
  layout = sf_test_report_export (f, &options);
  pdf_object = G_OBJECT (sf_test_open_pdf (f->pdf_path));
  pdf = POPPLER_DOCUMENT (pdf_object);
  g_assert_cmpstr (poppler_document_get_creator (pdf), ==, "Startfoto");
  g_assert_null (poppler_document_get_author (pdf));
  info = poppler_font_info_new (pdf);
  while (poppler_font_info_scan (info, poppler_document_get_n_pages (pdf), &iter))
    {
      if (iter == NULL)
        continue;
      do
        {
          g_test_message ("font %s", poppler_fonts_iter_get_full_name (iter));
          g_assert_true (poppler_fonts_iter_is_embedded (iter));
          n++;
        }
      while (poppler_fonts_iter_next (iter));
      poppler_fonts_iter_free (iter);
    }
  poppler_font_info_free (info);
  g_assert_cmpuint (n, >, 0);
  sf_test_report_free_layout (layout);
}

/* Nothing leaves the margins; the running header and footer stay on the page. */
static void
assert_inside (SfReportLayout *layout)
{
  const SfReportPageSetup *setup = sf_report_layout_get_setup (layout);
  guint n;
  const SfReportBox *boxes = sf_report_layout_get_boxes (layout, &n);
  const double eps = 0.01;

  for (guint i = 0; i < n; i++)
    {
      const SfReportBox *b = &boxes[i];
      gboolean running = b->role == SF_REPORT_ROLE_RUNNING;
      double left = running ? 0 : setup->margin_left;
      double right = setup->width - (running ? 0 : setup->margin_right);
      double top = running ? 0 : setup->margin_top;
      double bottom = setup->height - (running ? 0 : setup->margin_bottom);

      if (b->x < left - eps || b->x + b->width > right + eps || b->y < top - eps ||
          b->y + b->height > bottom + eps)
        g_error ("box %u (page %u, block %u, kind %d) at %.1f,%.1f %.1fx%.1f is outside",
                 i, b->page, b->block, b->kind, b->x, b->y, b->width, b->height);
    }
}

static void
test_empty (SfTestReport  *f,
            gconstpointer  data)
{
  SfReportOptions options;
  SfReportLayout *layout;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) titles = NULL;

  sf_report_options_init_default (&options);
  options.with_answers = TRUE;
  options.names_as_roles = TRUE;
  layout = sf_test_report_export (f, &options);
  assert_inside (layout);
  text = sf_test_pdf_text (f->pdf_path);
  for (guint step = 1; step <= 4; step++)
    {
      g_autofree char *said = g_strdup_printf ("Step %u has not been done yet", step);

      g_assert_nonnull (strstr (text, said));
    }
  titles = outline_titles (f->pdf_path);
  for (guint i = 0; i < G_N_ELEMENTS (all_chapters); i++)
    g_assert_true (has_title (titles, sf_report_chapter_get_title (all_chapters[i])));
  sf_test_report_free_layout (layout);
}

static char *
long_text (const char *start,
           guint       i)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_printf (text, "%s %u ", start, i);
  /* Words, then one long word with nowhere to break. */
  while (text->len < 120)
    g_string_append (text, "woningcorporatie ");
  while (text->len < 200)
    g_string_append_c (text, 'W');
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The appendix numbers the questions in the margin, with no bullet before the number. */
static void
test_appendix_numbers (SfTestReport  *f,
                       gconstpointer  data)
{
  SfReportOptions options;
  SfReportLayout *layout;
  g_autofree char *text = NULL;
  g_autoptr(GRegex) bullet_number = g_regex_new ("•\\s*[0-9]+\\.", 0, 0, NULL);
  GListModel *questions = sf_project_get_questions (f->project, 1);
  g_autoptr(SfQuestion) first = g_list_model_get_item (questions, 0);
  g_autofree char *numbered = g_strdup_printf ("1. %s", sf_question_get_text (first));

  sf_report_options_init_default (&options);
  options.chapters = SF_REPORT_CHAPTER_APPENDIX;
  layout = sf_test_report_export (f, &options);
  text = sf_test_pdf_text (f->pdf_path);
  g_assert_nonnull (strstr (text, numbered));
  g_assert_false (g_regex_match (bullet_number, text, 0, NULL));
  sf_test_report_free_layout (layout);
}

/* The chart titled @title in @doc, or NULL. */
static SfChart *
find_chart (SfReportDocument *doc,
            const char       *title)
{
  for (guint i = 0; i < sf_report_document_get_n_blocks (doc); i++)
    {
      const SfReportBlock *block = sf_report_document_get_block (doc, i);

      if (block->kind == SF_REPORT_BLOCK_CHART &&
          g_strcmp0 (sf_chart_get_title (block->chart), title) == 0)
        return block->chart;
    }
  return NULL;
}

/* "Most frequent themes" shows eight themes and the rest as "Other", but never an "Other"
 * of one theme: that one is shown by name. */
static void
test_themes_other (SfTestReport  *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SfPartnerFields pf = { NULL, "care", "Zorggroep", NULL, NULL };
  g_autofree char *partner = sf_project_add_partner (f->project, &pf, &error);
  SfReportOptions options;

  g_assert_no_error (error);
  sf_report_options_init_default (&options);
  options.chapters = SF_REPORT_CHAPTER_AT_A_GLANCE;
  for (guint n = 1; n <= 10; n++)
    {
      g_autofree char *text = g_strdup_printf ("Punt %u", n);
      g_autofree char *theme = g_strdup_printf ("Thema %u", n);
      g_autofree char *point = sf_project_add_key_point (f->project, partner, text, &error);
      g_autofree char *theme_id = sf_project_tag_key_point_by_name (f->project, point, theme,
                                                                    &error);
      g_autoptr(SfReportDocument) doc = NULL;
      SfChart *chart;
      guint n_bars;

      g_assert_no_error (error);
      doc = sf_report_build (f->project, &options, &error);
      g_assert_no_error (error);
      chart = find_chart (doc, "Most frequent themes");
      g_assert_nonnull (chart);
      n_bars = sf_chart_get_n_bars (chart);
      g_test_message ("%u themes, %u bars", n, n_bars);
      if (n <= 9)
        {
          /* Every theme by its name. */
          g_assert_cmpuint (n_bars, ==, n);
          for (guint b = 0; b < n_bars; b++)
            g_assert_true (g_str_has_prefix (sf_chart_get_bar_label (chart, b), "Thema "));
        }
      else
        {
          g_assert_cmpuint (n_bars, ==, 9);
          g_assert_cmpstr (sf_chart_get_bar_label (chart, 8), ==, "Other (2 themes)");
        }
    }
}

/* 80 themes, 20 flats and 200-character names: everything inside the margins. */
static void
test_large (SfTestReport  *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SfIndicator *dwellings = sf_project_find_indicator_by_key (f->project, "s3q1a");
  SfIndicator *residents = sf_project_find_indicator_by_key (f->project, "s3q1b");
  g_autofree char *partner = NULL;
  SfPartnerFields pf = { NULL, "care", NULL, NULL, NULL };
  g_autofree char *organisation = long_text ("Zorgorganisatie", 0);
  g_autofree char *role = long_text ("wijkverpleegkundige", 0);
  g_autofree char *contact = long_text ("Jan", 0);
  SfReportOptions options;
  SfReportLayout *layout;

  pf.organisation = organisation, pf.role = role, pf.contact = contact;
  partner = sf_project_add_partner (f->project, &pf, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *name = long_text ("Flat", i);
      SfFlatFields fields = { name, "Laan 1", "Woonstichting", 80 + i };
      g_autofree char *id = sf_project_add_flat (f->project, &fields, &error);
      SfIndicatorValueFields value = { TRUE, 100 + i, NULL, NULL,
                                       i % 2 ? SF_ACCURACY_ESTIMATE : SF_ACCURACY_EXACT,
                                       "Woonstichting", "2026", NULL, SF_VALUE_RECEIVED };

      g_assert_no_error (error);
      g_assert_true (sf_project_set_indicator_value (
        f->project, sf_record_get_id (SF_RECORD (dwellings)), id, &value, &error));
      value.number = 150 + i;
      g_assert_true (sf_project_set_indicator_value (
        f->project, sf_record_get_id (SF_RECORD (residents)), id, &value, &error));
    }
  for (guint i = 0; i < 80; i++)
    {
      g_autofree char *text = long_text ("Punt", i);
      g_autofree char *theme = long_text ("Thema", i);
      g_autofree char *point = sf_project_add_key_point (f->project, partner, text, &error);
      g_autofree char *theme_id = sf_project_tag_key_point_by_name (f->project, point, theme,
                                                                    &error);

      g_assert_no_error (error);
    }
  sf_report_options_init_default (&options);
  options.with_answers = TRUE;
  layout = sf_test_report_export (f, &options);
  assert_inside (layout);
  g_assert_cmpuint (sf_report_layout_get_n_pages (layout), >, 10);
  sf_test_report_free_layout (layout);
  options.names_as_roles = TRUE;
  layout = sf_test_report_export (f, &options);
  assert_inside (layout);
  sf_test_report_free_layout (layout);
}

/* Step 2's key points under their themes, as step 1's are; the untagged ones last. */
static void
test_session_themes (SfTestReport  *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *session = sf_project_add_session (f->project, "2026-05-12", NULL, NULL,
                                                     &error);
  const char *q1 = sf_record_get_id (sf_test_item (sf_project_get_questions (f->project, 2), 0));
  const char *points[] = { "Een vast aanspreekpunt in de flat", "Mensen zitten alleen thuis",
                           "Meer bankjes bij de ingang", NULL };
  const char *themes[] = { "Samenwerking", "Eenzaamheid", NULL };
  g_autofree char *statement = NULL;
  g_autofree char *text = NULL;
  SfReportOptions options;
  SfReportLayout *layout;
  const char *by_theme, *loneliness, *cooperation, *without, *said;

  g_assert_no_error (error);
  for (guint i = 0; points[i] != NULL; i++)
    {
      g_autofree char *point = sf_project_add_session_key_point (f->project, session, points[i],
                                                                 &error);
      g_autofree char *theme = themes[i] != NULL
        ? sf_project_tag_key_point_by_name (f->project, point, themes[i], &error) : NULL;

      g_assert_no_error (error);
    }
  statement = sf_project_add_statement (f->project, session, q1, NULL,
                                        "Ik kom er elke week.", &error);
  g_assert_no_error (error);

  sf_report_options_init_default (&options);
  layout = sf_test_report_export (f, &options);
  text = sf_test_pdf_text (f->pdf_path);
  by_theme = strstr (text, "Key points by theme");
  g_assert_nonnull (by_theme);
  /* The themes in their order (by name), each over its point; then the rest. */
  loneliness = strstr (by_theme, "Eenzaamheid • Mensen zitten alleen thuis");
  cooperation = strstr (by_theme, "Samenwerking • Een vast aanspreekpunt in de flat");
  without = strstr (by_theme, "Without a theme • Meer bankjes bij de ingang");
  g_assert_nonnull (loneliness);
  g_assert_nonnull (cooperation);
  g_assert_nonnull (without);
  g_assert_true (loneliness < cooperation && cooperation < without);
  g_assert_null (strstr (without + 1, "Without a theme"));
  /* The first question's two versions, as the method has them, without a "|". */
  said = strstr (text, "What was said");
  g_assert_nonnull (said);
  g_assert_nonnull (strstr (said, "How often do you come to the flat, and why? How long have "
                                  "you lived in the flat"));
  g_assert_null (strchr (text, '|'));
  sf_test_report_free_layout (layout);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/report/outline", SfTestReport, NULL, sf_test_report_set_up_example, test_outline,
              sf_test_report_tear_down);
  g_test_add ("/report/fact-sheet", SfTestReport, NULL, sf_test_report_set_up_example,
              test_fact_sheet, sf_test_report_tear_down);
  g_test_add ("/report/charts", SfTestReport, NULL, sf_test_report_set_up_example, test_charts,
              sf_test_report_tear_down);
  g_test_add ("/report/fonts", SfTestReport, NULL, sf_test_report_set_up_example, test_fonts,
              sf_test_report_tear_down);
  g_test_add ("/report/empty", SfTestReport, NULL, sf_test_report_set_up_empty, test_empty,
              sf_test_report_tear_down);
  g_test_add ("/report/appendix-numbers", SfTestReport, NULL, sf_test_report_set_up_example,
              test_appendix_numbers, sf_test_report_tear_down);
  g_test_add ("/report/themes-other", SfTestReport, NULL, sf_test_report_set_up_empty,
              test_themes_other, sf_test_report_tear_down);
  g_test_add ("/report/large", SfTestReport, NULL, sf_test_report_set_up_empty, test_large,
              sf_test_report_tear_down);
  g_test_add ("/report/session-themes", SfTestReport, NULL, sf_test_report_set_up_empty,
              test_session_themes, sf_test_report_tear_down);
  return g_test_run ();
}
