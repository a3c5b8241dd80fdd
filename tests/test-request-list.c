/* test-request-list.c: the letter asking a partner for its outstanding figures, without a
 * display: addressed to the right person, listing per flat what is still missing and in what
 * form, and no longer listing what has come in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sf-project-figures.h"
#include "sf-project.h"
#include "sf-request-list.h"
#include "sf-test-store.h"

typedef struct
{
  char      *dir;
  char      *path;
  SfProject *project;
  char      *flat;    /* "De Zilverreiger" */
  char      *other;   /* "Het Baken" */
  char      *partner; /* "Woonstad", contact Jan de Vries */
  char      *team;    /* "Sociaal wijkteam", no contact */
} Fixture;

static void
assign (Fixture    *f,
        const char *key,
        const char *partner)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sf_project_assign_indicator (f->project, sf_test_key_id (f->project, key),
                                              partner, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("startfoto-test-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->path = g_build_filename (f->dir, "project.startfoto", NULL);
  f->project = sf_test_create_project (f->path);
  f->flat = sf_test_add_flat (f->project, "De Zilverreiger");
  f->other = sf_test_add_flat (f->project, "Het Baken");
  f->partner = sf_test_add_partner (f->project, "Woonstad", "housing", "Jan de Vries");
  f->team = sf_test_add_partner (f->project, "Sociaal wijkteam", "housing", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->project);
  sf_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->flat);
  g_free (f->other);
  g_free (f->partner);
  g_free (f->team);
}

/* The text between the line "@heading:" and the next empty line. */
static char *
section (const char *text,
         const char *heading)
{
  g_autofree char *start_line = g_strdup_printf ("\n%s:\n", heading);
  const char *start = strstr (text, start_line);
  const char *end;

  if (start == NULL)
    return NULL;
  start += strlen (start_line);
  end = strstr (start, "\n\n");
  return g_strndup (start, end != NULL ? (gsize) (end - start) : strlen (start));
}

static void
test_addressed (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *letter = NULL;
  g_autofree char *team_letter = NULL;

  assign (f, "s3q1a", f->partner);
  letter = sf_project_format_request_list (f->project, f->partner, NULL);
  g_assert_nonnull (letter);
  /* The contact person by name, the project by its name and place. */
  g_assert_true (g_str_has_prefix (letter,
                                   "Subject: figures for the Startfoto of Welthuisflat Zuid "
                                   "(Zuidwest, Leiden)\n\nDear Jan de Vries,\n"));
  g_assert_nonnull (strstr (letter, "Could Woonstad help us"));
  /* What to do with estimates, sources and dates. */
  g_assert_nonnull (strstr (letter, "mark it as an estimate or an average"));
  g_assert_nonnull (strstr (letter, "where it comes from (the source)"));
  g_assert_nonnull (strstr (letter, "the date or period it refers to"));
  g_assert_true (g_str_has_suffix (letter, "Kind regards,\n"));

  /* Without a contact person: the organisation. */
  assign (f, "s3q9", f->team);
  team_letter = sf_project_format_request_list (f->project, f->team, NULL);
  g_assert_nonnull (strstr (team_letter, "\nDear colleagues at Sociaal wijkteam,\n"));
  g_assert_null (strstr (team_letter, "Jan de Vries"));

  g_assert_null (sf_project_format_request_list (f->project, "no-such-partner", NULL));
}

static void
test_per_flat (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *letter = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GError) error = NULL;
  SfIndicatorValueFields dwellings = { TRUE, 120, NULL, NULL, SF_ACCURACY_EXACT, "", "", "",
                                       SF_VALUE_RECEIVED };

  assign (f, "s3q1a", f->partner);
  assign (f, "s3q3", f->partner);
  assign (f, "s3q12", f->partner);
  assign (f, "s3q2", f->partner);
  /* One figure of one flat is in: it is no longer asked for there. */
  g_assert_true (sf_project_set_indicator_value (f->project, sf_test_key_id (f->project, "s3q1a"),
                                                 f->flat, &dwellings, &error));
  g_assert_no_error (error);

  letter = sf_project_format_request_list (f->project, f->partner, NULL);
  first = section (letter, "De Zilverreiger");
  second = section (letter, "Het Baken");
  g_assert_nonnull (first);
  g_assert_nonnull (second);
  /* In the order of the indicators, each with its unit or the form of its answer. */
  g_assert_cmpstr (first, ==,
                   "- Activity room: yes or no, with a short description\n"
                   "- Age of the residents: number of residents per age group: "
                   "<55, 55–64, 65–74, 75–84, 85+; or else the average age\n"
                   "- Reports to the housing corporation: per kind, the number of reports");
  g_assert_true (g_str_has_prefix (second, "- Number of dwellings (dwellings)\n"
                                           "- Activity room: "));
  /* The flats in the project's order; the neighbourhood only when there are no flats. */
  g_assert_true (strstr (letter, "\nDe Zilverreiger:\n") < strstr (letter, "\nHet Baken:\n"));
  g_assert_null (strstr (letter, "Whole neighbourhood"));
}

static void
test_nothing_outstanding (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *letter = sf_project_format_request_list (f->project, f->team, NULL);

  g_assert_nonnull (letter);
  g_assert_nonnull (strstr (letter, "not waiting for any figures from you"));
  g_assert_null (strstr (letter, "\n- "));
}

/* Signed by the user, with the date to answer by (in Dutch: test-ui-inventory-exchange.c). */
static void
test_sender_and_date (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GDateTime) friday = g_date_time_new_local (2026, 3, 13, 0, 0, 0);
  SfRequestLetter signed_letter = { "  Anna de Boer ", "Gemeente Leiden", friday };
  SfRequestLetter unsigned_letter = { "", NULL, friday };
  g_autofree char *letter = NULL;
  g_autofree char *nothing_asked = NULL;
  g_autofree char *anonymous = NULL;

  assign (f, "s3q1a", f->partner);
  letter = sf_project_format_request_list (f->project, f->partner, &signed_letter);
  g_assert_nonnull (strstr (letter, "the date or period it refers to.\n\n"
                                    "We would like to receive the figures by Friday, March 13, "
                                    "2026.\n\nThank you very much in advance!\n"));
  g_assert_true (g_str_has_suffix (letter, "\nKind regards,\nAnna de Boer\nGemeente Leiden\n"));
  anonymous = sf_project_format_request_list (f->project, f->partner, &unsigned_letter);
  g_assert_true (g_str_has_suffix (anonymous, "!\n\nKind regards,\n"));

  /* Nothing to ask for: no date either. */
  nothing_asked = sf_project_format_request_list (f->project, f->team, &signed_letter);
  g_assert_null (strstr (nothing_asked, "March"));
  g_assert_true (g_str_has_suffix (nothing_asked,
                                   "Kind regards,\nAnna de Boer\nGemeente Leiden\n"));
}

int
main (int   argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/request-list/addressed", Fixture, NULL, fixture_set_up, test_addressed,
              fixture_tear_down);
  g_test_add ("/request-list/per-flat", Fixture, NULL, fixture_set_up, test_per_flat,
              fixture_tear_down);
  g_test_add ("/request-list/nothing-outstanding", Fixture, NULL, fixture_set_up,
              test_nothing_outstanding, fixture_tear_down);
  g_test_add ("/request-list/sender-and-date", Fixture, NULL, fixture_set_up,
              test_sender_and_date, fixture_tear_down);
  return g_test_run ();
}
