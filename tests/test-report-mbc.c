/* test-report-mbc.c: the societal business case in the report and in step 5's deck (issue 16),
 * read back from their PDFs as a board member's viewer would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The disclaimer comes before any amount; each flat has its tables, chart and sensitivity; the
 * assumptions, the P.M. items and the seed's inconsistencies follow; unknown figures say so;
 * the slide shows each flat's result under the disclaimer, bound to the data, in English and
 * Dutch, never running over.
 */
#include "config.h"

#include <string.h>

#include "sf-deck.h"
#include "sf-project-mbc.h"
#include "sf-project-slides.h"
#include "sf-test-pdf.h"
#include "sf-test-report.h"
#include "sf-test-store.h"

/* The flat's cumulative result after the last year, as the report writes it now. */
static char *
flat_result (SfProject *project,
             guint      index)
{
  g_autoptr(SfFlat) flat = g_list_model_get_item (sf_project_get_flats (project), index);
  SfMbcResult r;

  sf_project_calculate_mbc (project, sf_record_get_id (SF_RECORD (flat)), NULL, &r);
  return sf_mbc_format_amount (r.years[SF_MBC_YEARS - 1].cumulative);
}

/* @amount (taken) with its non-breaking space as a page's text reads it: a space. */
static char *
spaced (char *amount)
{
  g_auto(GStrv) words = g_strsplit (amount, "\u00A0", -1);

  g_free (amount);
  return g_strjoinv (" ", words);
}

static char *
flat_name (SfProject *project,
           guint      index)
{
  g_autoptr(SfFlat) flat = g_list_model_get_item (sf_project_get_flats (project), index);

  return g_strdup (sf_flat_get_name (flat));
}

/* Whether @text writes a number that is none, as printf does ("nan", "-inf"). */
static gboolean
no_number (const char *text)
{
  return g_regex_match_simple ("\\b(nan|inf|infinity)\\b", text, G_REGEX_CASELESS, 0);
}

/* The chapter of the example: the disclaimer first, then per flat every part in order, then
 * the assumptions, the P.M. items and the inconsistencies, each with its own text. */
static void
test_chapter (SfTestReport  *f,
              gconstpointer  data)
{
  g_autofree char *text = sf_test_report_text (f, SF_REPORT_CHAPTER_MBC, FALSE);
  g_autofree char *first = flat_name (f->project, 0);
  g_autofree char *second = flat_name (f->project, 1);
  g_autofree char *result = flat_result (f->project, 0);
  SfMbcPmItem pm = sf_mbc_pm_item (sf_mbc_n_pm_items () - 1);
  SfMbcInconsistency last = sf_mbc_inconsistency (sf_mbc_n_inconsistencies () - 1);
  const char *cells[] = {
    "Kind of care", "Origin", "Wmo support", "Step 3", "Wlz care at home", "Total",
    "Saving by prevention", "residents ×", "Personnel", "Each later year", "Income",
    "Effect reached", "Cumulative", "Costs of the concept", "cumulative", "Unfavourable",
    "Expected", "Favourable", "Residents of the reference flat", "MBC Rotterdam, Table 2",
    "Table 11 and Table 14", last.where, "Assumption: Rotterdam's average",
  };
  const char *disclaimer;

  /* The parts in order; the cells of a table are read back in no set order. */
  sf_test_assert_in_order (text, (const char *[]) {
    "Societal Business Case", "Read this first:", "not a budget",
    "Valuing is not yet funding", "No causality is claimed", "living document",
    first, result, "Cumulative result after 3 years",
    "Care and support costs a year", "Effects a year at full effect",
    "The concept's costs and income", "Over the years",
    "Costs and benefits per year", "Sensitivity", "What moves the result most:",
    second, "Care and support costs a year", "Sensitivity",
    "Assumptions", "Effects not valued (P.M.)", pm.title,
    "Where the source contradicts itself", NULL });
  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    if (strstr (text, cells[i]) == NULL)
      g_error ("“%s” is not in the chapter", cells[i]);
  /* Before any amount: the disclaimer is read first. */
  disclaimer = strstr (text, "Valuing is not yet funding");
  g_assert_nonnull (strstr (disclaimer, "€"));
  g_assert_null (g_strstr_len (text, disclaimer - text, "€"));
  /* Chosen alone: no other chapter. */
  g_assert_null (strstr (text, "Discussing the Outcomes"));
  g_assert_null (strstr (text, "Presenting to the Boards"));
  /* Unknown is never NaN or infinity. */
  g_assert_false (no_number (text));
}

/* The rows that sum others (the totals, the concept's costs and income) are set in bold, the
 * rows they sum are not. */
static void
test_totals_bold (SfTestReport  *f,
                  gconstpointer  data)
{
  SfReportOptions options;
  SfReportLayout *layout;
  const SfReportBox *boxes;
  guint n, bold = 0, plain = 0;

  sf_report_options_init_default (&options);
  options.chapters = SF_REPORT_CHAPTER_MBC;
  layout = sf_test_report_export (f, &options);
  boxes = sf_report_layout_get_boxes (layout, &n);
  for (guint i = 0; i < n; i++)
    {
      if (boxes[i].kind != SF_REPORT_BOX_TEXT || boxes[i].role != SF_REPORT_ROLE_BODY)
        continue;
      if (g_strcmp0 (boxes[i].text, "Total") == 0 || g_strcmp0 (boxes[i].text, "Costs") == 0 ||
          g_strcmp0 (boxes[i].text, "Income") == 0)
        {
          g_assert_cmpint (boxes[i].style, ==, SF_REPORT_STYLE_TABLE_HEAD);
          bold++;
        }
      else if (g_strcmp0 (boxes[i].text, "Personnel") == 0)
        {
          g_assert_cmpint (boxes[i].style, ==, SF_REPORT_STYLE_TABLE);
          plain++;
        }
    }
  /* Per flat: the care's total, the effects' total, the costs and the income. */
  g_assert_cmpuint (bold, ==, 4 * 2);
  g_assert_cmpuint (plain, ==, 2);
  sf_test_report_free_layout (layout);
}

/* A flat without residents or dwellings: its amounts are unknown and it says what it needs;
 * the concept's costs, which do not depend on it, are still shown. */
static void
test_unknown (SfTestReport  *f,
              gconstpointer  data)
{
  g_autofree char *flat = sf_test_add_flat (f->project, "Flat Zonder Cijfers");
  g_autofree char *text = sf_test_report_text (f, SF_REPORT_CHAPTER_MBC, FALSE);

  sf_test_assert_in_order (text, (const char *[]) {
    "Flat Zonder Cijfers", "unknown", "Unknown: the business case needs the number of "
    "residents", "Wmo support", "unknown", "€60,000", "Over the years", "unknown",
    "Costs and benefits per year", NULL });
  g_assert_false (no_number (text));
}

/* A parameter changed for the project moves the result, is marked changed with who set it,
 * and that person is named by role when names are replaced. */
static void
test_changed_parameter (SfTestReport  *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = flat_result (f->project, 0);
  g_autofree char *after = NULL;
  g_autofree char *text = NULL;
  g_autofree char *roles = NULL;

  g_assert_true (sf_project_set_mbc_param (f->project, NULL, SF_MBC_COST_PERSONNEL_1, 12345,
                                           "Ria Verbeek", &error));
  g_assert_no_error (error);
  after = flat_result (f->project, 0);
  g_assert_cmpstr (before, !=, after);
  text = sf_test_report_text (f, SF_REPORT_CHAPTER_MBC, FALSE);
  g_assert_nonnull (strstr (text, after));
  g_assert_null (strstr (text, before));
  sf_test_assert_in_order (text, (const char *[]) {
    "Assumptions", "Personnel, year 1", "€12,345", "Own assumption, set by Ria Verbeek",
    "For the project", NULL });
  roles = sf_test_report_text (f, SF_REPORT_CHAPTER_MBC, TRUE);
  g_assert_null (strstr (roles, "Ria Verbeek"));
  g_assert_nonnull (strstr (roles, "Own assumption, set by"));
}

/* In Dutch: the chapter's words and money the Dutch way. */
static void
test_dutch (SfTestReport  *f,
            gconstpointer  data)
{
  g_autofree char *text = NULL;
  g_autofree char *result = NULL;

  sf_test_set_language ("nl");
  text = sf_test_report_text (f, SF_REPORT_CHAPTER_MBC, FALSE);
  result = flat_result (f->project, 0);
  sf_test_set_language ("en");
  /* "€" and the amount are kept on one line (a non-breaking space). */
  g_assert_true (g_str_has_prefix (result, "€\u00A0"));
  result = spaced (result);
  sf_test_assert_in_order (text, (const char *[]) {
    "Maatschappelijke business case", "Lees dit eerst:", "Waardering is nog geen bekostiging",
    "geen causaliteit", "levend document", result, "Cumulatief resultaat na 3 jaar",
    "Kosten van zorg en ondersteuning per jaar", "Herkomst", "Stap 3",
    "Effecten per jaar bij volledig effect", "Kosten en inkomsten van het concept",
    "Door de jaren heen", "Kosten en baten per jaar", "Gevoeligheid",
    "Aannames", "Niet gewaardeerde effecten (p.m.)", "Waar de bron zichzelf tegenspreekt",
    NULL });
}

/* ---- the deck ---------------------------------------------------------------------------- */

static SfDeck *
new_deck (SfTestReport *f)
{
  SfDeckOptions options = { FALSE, FALSE };
  g_autoptr(GError) error = NULL;
  SfDeck *deck = sf_deck_new (f->project, &options, &error);

  g_assert_no_error (error);
  return deck;
}

static guint
find (SfDeck     *deck,
      const char *ref)
{
  for (guint i = 0; i < sf_deck_get_n_slides (deck); i++)
    if (g_str_equal (sf_deck_get_ref (deck, i), ref))
      return i;
  g_assert_not_reached ();
}

static char *
deck_text (SfTestReport *f,
           SfDeck       *deck)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sf_deck_write_pdf (deck, f->pdf_path, FALSE, &error));
  g_assert_no_error (error);
  return sf_test_pdf_text (f->pdf_path);
}

/* After the preconditions: the disclaimer in one line and each flat's result, whole; a
 * changed parameter shows in the next deck. */
static void
test_slide (SfTestReport  *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfDeck) deck = new_deck (f);
  g_autoptr(SfDeck) again = NULL;
  g_autofree char *first = flat_result (f->project, 0);
  g_autofree char *second = flat_result (f->project, 1);
  g_autofree char *changed = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;
  guint mbc = find (deck, "mbc");

  g_assert_cmpuint (mbc, ==, find (deck, "preconditions") + 1);
  g_assert_cmpstr (sf_deck_get_title (deck, mbc), ==, "Societal Business Case");
  g_assert_nonnull (strstr (sf_deck_get_body (deck, mbc), "valuing is not yet funding"));
  g_assert_false (sf_deck_get_hidden (deck, mbc));
  text = deck_text (f, deck);
  g_assert_false (sf_deck_get_shortened (deck, mbc));
  sf_test_assert_in_order (text, (const char *[]) {
    "Societal Business Case", "valuing is not yet funding", "no causality",
    "living document", NULL });
  g_assert_nonnull (strstr (text, first));
  g_assert_nonnull (strstr (text, second));
  g_assert_nonnull (strstr (text, "result after 3 years"));
  /* And what the result is made of: the benefits and the costs of those years. */
  g_assert_nonnull (strstr (text, "benefits €"));
  g_assert_nonnull (strstr (text, "minus costs €"));

  g_assert_true (sf_project_set_mbc_param (f->project, NULL, SF_MBC_COST_PERSONNEL_LATER, 1000,
                                           NULL, &error));
  g_assert_no_error (error);
  changed = flat_result (f->project, 0);
  again = new_deck (f);
  text_again = deck_text (f, again);
  g_assert_nonnull (strstr (text_again, changed));
  g_assert_null (strstr (text_again, first));
}

/* Four flats more than the example's two, each with a result of its own. */
static void
add_four_flats (SfTestReport *f)
{
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *name = g_strdup_printf ("Flat met een lange naam nummer %u", i + 1);
      g_autofree char *id = sf_test_add_flat (f->project, name);

      sf_test_set_number (f->project, "s3q1a", id, 40 + i, SF_ACCURACY_EXACT);
    }
}

/* Many flats: as many tiles as fit, four at most, each result whole (no "€ -58…"), and a line
 * for the rest, within the slide. */
static void
test_slide_many_flats (SfTestReport  *f,
                       gconstpointer  data)
{
  g_autoptr(SfDeck) deck = NULL;
  g_autofree char *text = NULL;
  g_autofree char *more = NULL;
  PopplerDocument *pdf;
  guint mbc, shown = 0;

  add_four_flats (f);
  deck = new_deck (f);
  mbc = find (deck, "mbc");
  text = deck_text (f, deck);
  pdf = sf_test_open_pdf (f->pdf_path);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, sf_deck_get_n_shown (deck));
  g_object_unref (pdf);
  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *result = spaced (flat_result (f->project, i));

      if (strstr (text, result) == NULL)
        break;
      shown++;
    }
  /* The example's results are six figures of euros: three tiles to a row, one row. */
  g_assert_cmpuint (shown, ==, 3);
  more = g_strdup_printf ("… and %u more flats", 6 - shown);
  g_assert_nonnull (strstr (text, more));
  g_assert_true (sf_deck_get_shortened (deck, mbc));
  g_assert_nonnull (strstr (text, "valuing is not yet funding"));
}

/* With a long text of the user's own and many flats, the slide gives up tiles before lines:
 * one whole result stays, under as many of the user's lines as still fit. */
static void
test_slide_own_text (SfTestReport  *f,
                     gconstpointer  data)
{
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(SfDeck) deck = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *first = NULL;
  PopplerDocument *pdf;
  guint lines = 0;

  add_four_flats (f);
  for (guint i = 1; i <= 8; i++)
    g_string_append_printf (body, "Regel %02u met wat woorden erbij.\n", i);
  g_assert_true (sf_project_set_slide_body (f->project, "mbc", body->str, &error));
  g_assert_no_error (error);
  deck = new_deck (f);
  text = deck_text (f, deck);
  pdf = sf_test_open_pdf (f->pdf_path);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, sf_deck_get_n_shown (deck));
  g_object_unref (pdf);
  for (guint i = 1; i <= 8; i++)
    {
      g_autofree char *line = g_strdup_printf ("Regel %02u", i);

      lines += strstr (text, line) != NULL;
    }
  first = spaced (flat_result (f->project, 0));
  g_assert_nonnull (strstr (text, first));
  g_assert_cmpuint (lines, >=, 2);
  g_assert_cmpuint (lines, <, 8);
  g_assert_true (sf_deck_get_shortened (deck, find (deck, "mbc")));
}

/* In Dutch, the slide's title, disclaimer and amounts. */
static void
test_slide_dutch (SfTestReport  *f,
                  gconstpointer  data)
{
  g_autoptr(SfDeck) deck = NULL;
  g_autofree char *text = NULL;
  g_autofree char *result = NULL;

  sf_test_set_language ("nl");
  deck = new_deck (f);
  text = deck_text (f, deck);
  result = flat_result (f->project, 0);
  sf_test_set_language ("en");
  result = spaced (result);
  g_assert_false (sf_deck_get_shortened (deck, find (deck, "mbc")));
  sf_test_assert_in_order (text, (const char *[]) {
    "Maatschappelijke business case", "waardering is nog geen bekostiging", NULL });
  g_assert_nonnull (strstr (text, result));
  g_assert_nonnull (strstr (text, "resultaat na 3 jaar: baten €"));
  g_assert_nonnull (strstr (text, "min kosten €"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, set_up) \
  g_test_add (path, SfTestReport, NULL, set_up, func, sf_test_report_tear_down)
  ADD ("/report-mbc/chapter", test_chapter, sf_test_report_set_up_example);
  ADD ("/report-mbc/unknown", test_unknown, sf_test_report_set_up_empty);
  ADD ("/report-mbc/totals-bold", test_totals_bold, sf_test_report_set_up_example);
  ADD ("/report-mbc/changed-parameter", test_changed_parameter, sf_test_report_set_up_example);
  ADD ("/report-mbc/dutch", test_dutch, sf_test_report_set_up_example);
  ADD ("/report-mbc/slide", test_slide, sf_test_report_set_up_example);
  ADD ("/report-mbc/slide-many-flats", test_slide_many_flats, sf_test_report_set_up_example);
  ADD ("/report-mbc/slide-own-text", test_slide_own_text, sf_test_report_set_up_example);
  ADD ("/report-mbc/slide-dutch", test_slide_dutch, sf_test_report_set_up_example);
  return g_test_run ();
}
