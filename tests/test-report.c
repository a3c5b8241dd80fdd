/* test-report.c: the report built from a project: its chapters, its figures, and nothing
 * confidential or personal in it when the user chose so
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDF is read back with poppler, as a reader's viewer would; the layout's boxes show
 * whether anything would be drawn outside the margins.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "sf-example.h"
#include "sf-project-interviews.h"
#include "sf-project-figures.h"
#include "sf-report-blocks.h"
#include "sf-report-builder.h"
#include "sf-report-layout.h"
#include "sf-report-pdf.h"
#include "sf-project-key-figures.h"
#include "sf-test-pdf.h"
#include "sf-test-store.h"
#include "sf-project-themes.h"

typedef struct
{
  char      *dir;
  char      *project_path;
  char      *pdf_path;
  SfProject *project;
} Fixture;

static void
fixture_example (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("sf-report-XXXXXX", &error);
  g_assert_no_error (error);
  f->project_path = g_build_filename (f->dir, "voorbeeld.startfoto", NULL);
  f->pdf_path = g_build_filename (f->dir, "rapport.pdf", NULL);
  g_assert_true (sf_example_write (f->project_path, &error));
  g_assert_no_error (error);
  f->project = sf_project_open (f->project_path, 0, &error);
  g_assert_no_error (error);
}

static void
fixture_empty (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("sf-report-XXXXXX", &error);
  g_assert_no_error (error);
  f->project_path = g_build_filename (f->dir, "leeg.startfoto", NULL);
  f->pdf_path = g_build_filename (f->dir, "rapport.pdf", NULL);
  f->project = sf_test_create_project (f->project_path);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->project);
  sf_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->project_path);
  g_free (f->pdf_path);
}

/* Builds, lays out and writes the report; returns the layout (with its document). */
static SfReportLayout *
export (Fixture               *f,
        const SfReportOptions *options)
{
  g_autoptr(GError) error = NULL;
  SfReportDocument *doc = sf_report_build (f->project, options, &error);
  SfReportPageSetup setup;
  SfReportLayout *layout;

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  sf_report_page_setup_a4 (&setup);
  layout = sf_report_layout_new (doc, &setup);
  g_assert_true (sf_report_pdf_write (layout, f->pdf_path, &error));
  g_assert_no_error (error);
  return layout;
}

static void
layout_free (SfReportLayout *layout)
{
  SfReportDocument *doc = sf_report_layout_get_document (layout);

  sf_report_layout_free (layout);
  sf_report_document_free (doc);
}

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
  SF_REPORT_CHAPTER_STEP_3, SF_REPORT_CHAPTER_APPENDIX,
};

/* The outline has the chapters chosen, and only those. */
static void
test_outline (Fixture       *f,
              gconstpointer  data)
{
  SfReportOptions options;
  SfReportLayout *layout;
  g_autoptr(GPtrArray) titles = NULL;
  g_autoptr(GPtrArray) some = NULL;

  sf_report_options_init_default (&options);
  layout = export (f, &options);
  titles = outline_titles (f->pdf_path);
  for (guint i = 0; i < G_N_ELEMENTS (all_chapters); i++)
    g_assert_true (has_title (titles, sf_report_chapter_get_title (all_chapters[i])));
  g_assert_true (has_title (titles, "Fact sheet: De Zilverreiger (fictief)"));
  g_assert_true (has_title (titles, "The Thuisplusflat requirements"));
  layout_free (layout);

  options.chapters = SF_REPORT_CHAPTER_STEP_1 | SF_REPORT_CHAPTER_APPENDIX;
  layout = export (f, &options);
  some = outline_titles (f->pdf_path);
  for (guint i = 0; i < G_N_ELEMENTS (all_chapters); i++)
    g_assert_cmpint (has_title (some, sf_report_chapter_get_title (all_chapters[i])), ==,
                     (options.chapters & all_chapters[i]) != 0);
  layout_free (layout);
}

/* Every number on the fact sheets appears, an estimate or average with its "≈". */
static void
test_fact_sheet (Fixture       *f,
                 gconstpointer  data)
{
  SfReportOptions options;
  SfReportLayout *layout;
  g_autofree char *text = NULL;
  GListModel *flats = sf_project_get_flats (f->project);
  guint n_checked = 0, n_estimates = 0;

  sf_report_options_init_default (&options);
  options.chapters = SF_REPORT_CHAPTER_STEP_3;
  layout = export (f, &options);
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
  layout_free (layout);
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
test_charts (Fixture       *f,
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
  layout = export (f, &options);
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
  layout_free (layout);
}

#define SECRET_ANSWER    "Zwijgplicht-antwoord over de begroting"
#define SECRET_NOTES     "Zwijgplicht-notitie over een bewoner"
#define SECRET_POINT     "Zwijgplicht-punt over de directie"
#define SECRET_STATEMENT "Zwijgplicht-uitspraak over de buren"
#define SECRET_SESSION   "Zwijgplicht-verslag van de bijeenkomst"
#define OPEN_ANSWER      "Openbaar antwoord over de koffieochtend"

static void
make_secrets (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GListModel *interviews = sf_project_get_interviews (f->project);
  g_autoptr(SfInterview) interview = g_list_model_get_item (interviews, 0);
  const char *interview_id = sf_record_get_id (SF_RECORD (interview));
  GListModel *questions = sf_project_get_questions (f->project, 1);
  g_autoptr(SfQuestion) q1 = g_list_model_get_item (questions, 0);
  g_autoptr(SfQuestion) q9 = g_list_model_get_item (questions, 8);
  GListModel *sessions = sf_project_get_sessions (f->project);
  g_autoptr(SfSession) session = g_list_model_get_item (sessions, 0);
  const char *session_id = sf_record_get_id (SF_RECORD (session));
  g_autofree char *point = NULL, *session_point = NULL, *statement = NULL;

  g_assert_true (sf_project_set_answer (f->project, interview_id,
                                        sf_record_get_id (SF_RECORD (q1)), SECRET_ANSWER,
                                        &error));
  g_assert_true (sf_project_set_answer_confidential (f->project, interview_id,
                                                     sf_record_get_id (SF_RECORD (q1)), TRUE,
                                                     &error));
  g_assert_true (sf_project_set_answer (f->project, interview_id,
                                        sf_record_get_id (SF_RECORD (q9)), OPEN_ANSWER,
                                        &error));
  g_assert_true (sf_project_set_interview_notes (f->project, interview_id, SECRET_NOTES, TRUE,
                                                 &error));
  point = sf_project_add_key_point (f->project, sf_interview_get_partner_id (interview),
                                    SECRET_POINT, &error);
  g_assert_nonnull (point);
  g_assert_true (sf_project_set_key_point_confidential (f->project, point, TRUE, &error));
  session_point = sf_project_add_session_key_point (f->project, session_id, SECRET_POINT,
                                                    &error);
  g_assert_true (sf_project_set_key_point_confidential (f->project, session_point, TRUE,
                                                        &error));
  statement = sf_project_add_statement (f->project, session_id, NULL, NULL, SECRET_STATEMENT,
                                        &error);
  g_assert_nonnull (statement);
  g_assert_true (sf_project_set_statement_confidential (f->project, statement, TRUE, &error));
  g_assert_true (sf_project_set_session_notes (f->project, session_id, SECRET_SESSION, TRUE,
                                               &error));
  g_assert_no_error (error);
}

/* Nothing confidential in the text, with or without answers. */
static void
test_confidential (Fixture       *f,
                   gconstpointer  data)
{
  const char *secrets[] = { SECRET_ANSWER, SECRET_NOTES, SECRET_POINT, SECRET_STATEMENT,
                            SECRET_SESSION, "Zwijgplicht",
                            /* The example's own confidential statement. */
                            "vierde verdieping", NULL };

  make_secrets (f);
  for (int with_answers = 0; with_answers <= 1; with_answers++)
    {
      SfReportOptions options;
      SfReportLayout *layout;
      g_autofree char *text = NULL;

      sf_report_options_init_default (&options);
      options.with_answers = with_answers;
      layout = export (f, &options);
      text = sf_test_pdf_text (f->pdf_path);
      for (guint i = 0; secrets[i] != NULL; i++)
        {
          g_test_message ("with answers: %d, secret “%s”", with_answers, secrets[i]);
          g_assert_null (strstr (text, secrets[i]));
        }
      /* The answers are there only when chosen. */
      g_assert_cmpint (strstr (text, OPEN_ANSWER) != NULL, ==, with_answers);
      layout_free (layout);
    }
}

static void
add_name (GPtrArray  *names,
          const char *name)
{
  if (name != NULL && g_utf8_strlen (name, -1) >= 3)
    g_ptr_array_add (names, g_strdup (name));
}

/* Every person's name: people, partners' contacts, the session's participants. */
static GPtrArray *
person_names (SfProject *project)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  GListModel *people = sf_project_get_people (project);
  GListModel *partners = sf_project_get_partners (project);
  GListModel *sessions = sf_project_get_sessions (project);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(SfPerson) person = g_list_model_get_item (people, i);

      add_name (names, sf_person_get_name (person));
    }
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);

      add_name (names, sf_partner_get_contact (partner));
    }
  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(SfSession) session = g_list_model_get_item (sessions, i);
      GListModel *participants = sf_project_get_participants (
        project, sf_record_get_id (SF_RECORD (session)));

      for (guint j = 0; j < g_list_model_get_n_items (participants); j++)
        {
          g_autoptr(SfParticipant) p = g_list_model_get_item (participants, j);

          add_name (names, sf_participant_get_name (p));
        }
    }
  return names;
}

static void
test_names_as_roles (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) names = person_names (f->project);
  g_autoptr(GError) error = NULL;
  GListModel *interviews = sf_project_get_interviews (f->project);
  g_autoptr(SfInterview) interview = g_list_model_get_item (interviews, 0);
  g_autoptr(SfQuestion) q9 = g_list_model_get_item (sf_project_get_questions (f->project, 1), 8);
  g_autofree char *mention = NULL;
  gboolean named = FALSE;

  g_assert_cmpuint (names->len, >=, 6);
  /* A name inside an answer is replaced too. */
  mention = g_strdup_printf ("Overleg met %s over de sleutels.",
                             (char *) g_ptr_array_index (names, 0));
  g_assert_true (sf_project_set_answer (f->project, sf_record_get_id (SF_RECORD (interview)),
                                        sf_record_get_id (SF_RECORD (q9)), mention, &error));
  g_assert_no_error (error);
  for (int as_roles = 0; as_roles <= 1; as_roles++)
    {
      SfReportOptions options;
      SfReportLayout *layout;
      g_autofree char *text = NULL;

      sf_report_options_init_default (&options);
      options.with_answers = TRUE;
      options.names_as_roles = as_roles;
      layout = export (f, &options);
      text = sf_test_pdf_text (f->pdf_path);
      for (guint i = 0; i < names->len; i++)
        {
          gboolean found = strstr (text, g_ptr_array_index (names, i)) != NULL;

          if (as_roles)
            {
              g_test_message ("name “%s”", (char *) g_ptr_array_index (names, i));
              g_assert_false (found);
            }
          named = named || found;
        }
      if (as_roles)
        {
          g_assert_nonnull (strstr (text, "Wijkverpleegkundige"));
          g_assert_nonnull (strstr (text, "Overleg met "));
        }
      else
        g_assert_true (named); /* the check can fail */
      layout_free (layout);
    }
}

/* The example's resident: the activity committee's contact, and a participant in the session
 * as "betrokken bewoners". */
#define RESIDENT "Ans Koster"

static SfParticipant *
participant_named (SfProject  *project,
                   const char *name)
{
  g_autoptr(SfSession) session = g_list_model_get_item (sf_project_get_sessions (project), 0);
  GListModel *participants = sf_project_get_participants (project,
                                                          sf_record_get_id (SF_RECORD (session)));

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(SfParticipant) p = g_list_model_get_item (participants, i);

      if (strstr (sf_participant_get_name (p), name) != NULL)
        return p;
    }
  g_assert_not_reached ();
}

/* Residents appear by their role unless the user asks for their names; people who take part
 * for an organisation keep theirs. */
static void
test_residents_by_role (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SfParticipant *resident = participant_named (f->project, RESIDENT);
  SfReportOptions options;
  SfReportLayout *layout;
  g_autofree char *text = NULL;
  g_autofree char *named = NULL;

  g_autoptr(SfSession) session = g_list_model_get_item (sf_project_get_sessions (f->project), 0);
  g_autofree char *ria = NULL;

  g_assert_true (sf_project_set_participant_stance (f->project,
                                                    sf_record_get_id (SF_RECORD (resident)),
                                                    SF_STANCE_HESITANT,
                                                    "Bang dat de huur omhoog gaat", &error));
  ria = sf_project_add_participant (f->project, sf_record_get_id (SF_RECORD (session)), "Ria",
                                    "", "mantelzorger", &error);
  g_assert_true (sf_project_set_participant_attended (f->project, ria, TRUE, &error));
  g_assert_true (sf_project_set_participant_stance (f->project, ria, SF_STANCE_POSITIVE,
                                                    "Nieuw materiaal voor de hal; Hans Koster "
                                                    "helpt, Ria ook.", &error));
  g_assert_no_error (error);

  sf_report_options_init_default (&options);
  options.with_answers = TRUE;
  layout = export (f, &options);
  text = sf_test_pdf_text (f->pdf_path);
  layout_free (layout);
  g_assert_null (strstr (text, RESIDENT));
  g_assert_nonnull (strstr (text, "Betrokken bewoners (Hesitant): Bang dat de huur omhoog gaat"));
  g_assert_nonnull (strstr (text, "Sanne Visser"));   /* the district nurse */
  g_assert_nonnull (strstr (text, "Fatma Yılmaz"));   /* the housing corporation's manager */
  /* A name is replaced where it stands as a name, never inside another word or name; a key
   * figure there for no organisation counts as a private person. */
  g_assert_nonnull (strstr (text, "Mantelzorger (Positive): Nieuw materiaal voor de hal; "
                                  "Hans Koster helpt, Mantelzorger ook."));

  options.resident_names = TRUE;
  layout = export (f, &options);
  named = sf_test_pdf_text (f->pdf_path);
  layout_free (layout);
  g_assert_nonnull (strstr (named, "Mevr. Ans Koster (Hesitant): Bang dat de huur omhoog gaat"));
  g_assert_nonnull (strstr (named, "Sanne Visser"));
}

static void
test_fonts (Fixture       *f,
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
  layout = export (f, &options);
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
  layout_free (layout);
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
test_empty (Fixture       *f,
            gconstpointer  data)
{
  SfReportOptions options;
  SfReportLayout *layout;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) titles = NULL;

  sf_report_options_init_default (&options);
  options.with_answers = TRUE;
  options.names_as_roles = TRUE;
  layout = export (f, &options);
  assert_inside (layout);
  text = sf_test_pdf_text (f->pdf_path);
  for (guint step = 1; step <= 3; step++)
    {
      g_autofree char *said = g_strdup_printf ("Step %u has not been done yet", step);

      g_assert_nonnull (strstr (text, said));
    }
  titles = outline_titles (f->pdf_path);
  for (guint i = 0; i < G_N_ELEMENTS (all_chapters); i++)
    g_assert_true (has_title (titles, sf_report_chapter_get_title (all_chapters[i])));
  layout_free (layout);
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
test_appendix_numbers (Fixture       *f,
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
  layout = export (f, &options);
  text = sf_test_pdf_text (f->pdf_path);
  g_assert_nonnull (strstr (text, numbered));
  g_assert_false (g_regex_match (bullet_number, text, 0, NULL));
  layout_free (layout);
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
test_themes_other (Fixture       *f,
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
test_large (Fixture       *f,
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
  layout = export (f, &options);
  assert_inside (layout);
  g_assert_cmpuint (sf_report_layout_get_n_pages (layout), >, 10);
  layout_free (layout);
  options.names_as_roles = TRUE;
  layout = export (f, &options);
  assert_inside (layout);
  layout_free (layout);
}

/* Step 2's key points under their themes, as step 1's are; the untagged ones last. */
static void
test_session_themes (Fixture       *f,
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
  layout = export (f, &options);
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
  layout_free (layout);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/report/outline", Fixture, NULL, fixture_example, test_outline,
              fixture_teardown);
  g_test_add ("/report/fact-sheet", Fixture, NULL, fixture_example, test_fact_sheet,
              fixture_teardown);
  g_test_add ("/report/charts", Fixture, NULL, fixture_example, test_charts, fixture_teardown);
  g_test_add ("/report/confidential", Fixture, NULL, fixture_example, test_confidential,
              fixture_teardown);
  g_test_add ("/report/names-as-roles", Fixture, NULL, fixture_example, test_names_as_roles,
              fixture_teardown);
  g_test_add ("/report/residents-by-role", Fixture, NULL, fixture_example,
              test_residents_by_role, fixture_teardown);
  g_test_add ("/report/fonts", Fixture, NULL, fixture_example, test_fonts, fixture_teardown);
  g_test_add ("/report/empty", Fixture, NULL, fixture_empty, test_empty, fixture_teardown);
  g_test_add ("/report/appendix-numbers", Fixture, NULL, fixture_example, test_appendix_numbers,
              fixture_teardown);
  g_test_add ("/report/themes-other", Fixture, NULL, fixture_empty, test_themes_other,
              fixture_teardown);
  g_test_add ("/report/large", Fixture, NULL, fixture_empty, test_large, fixture_teardown);
  g_test_add ("/report/session-themes", Fixture, NULL, fixture_empty, test_session_themes,
              fixture_teardown);
  return g_test_run ();
}
