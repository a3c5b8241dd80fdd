/* sf-test-figures.h: the CSV tests' project, with figures of every kind, and what its figures
 * are
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-project.h"
#include "sf-project-figures.h"

G_BEGIN_DECLS

typedef struct
{
  char      *dir;
  char      *path;
  char      *csv;
  SfProject *project;
  char      *flat;  /* "De Zilverreiger" */
  char      *other; /* "Het Baken" */
} SfTestFigures;

/* Structured figures, their texts such that their cells need quotes. */
#define AGES_JSON "{\"bands\": {\"<55\": 10, \"85+\": 20}, \"average\": 77}"
#define REPORTS_JSON \
  "[{\"kind\": \"Overlast: geluid\", \"count\": 4}, " \
  "{\"kind\": \"Lekkage; dak\", \"count\": 2.5}, {\"kind\": \"Zonder aantal\"}, " \
  "{\"kind\": \" \\\"Spatie\\\" \", \"count\": 0.30000000000000004}]"
#define ACTIVITIES_JSON \
  "[{\"name\": \"Koffie: ochtend\", \"organiser\": \"Buurthuis \\\"De Brug\\\"\", " \
  "\"frequency\": \"di 10:00; do 14:00\", \"attendance\": 12}, {\"organiser\": \"Bewoners\"}, " \
  "{\"name\": \"[Bingo]\", \"frequency\": \"\"}, " \
  "{\"name\": \"Tuin\\nclub\", \"attendance\": 1e-07}]"

void  sf_test_figures_set_up     (SfTestFigures *f,
                                  gconstpointer  data);
void  sf_test_figures_tear_down  (SfTestFigures *f,
                                  gconstpointer  data);
/* Adds the test @func (SfTestFigures *f, gconstpointer data) at @path, with the fixture. */
#define SF_TEST_FIGURES_ADD(path, func, data) \
  g_test_add (path, SfTestFigures, data, sf_test_figures_set_up, func, \
              sf_test_figures_tear_down)
/* The figures as a user sees them (structured ones without their spacing). */
char *sf_test_figures_snapshot   (SfProject     *project);
/* Every row of indicator_value as stored, ids and types included. */
char *sf_test_figures_raw        (SfProject     *project);
/* Asserts that @contents was written to @path. */
void  sf_test_write_file         (const char    *path,
                                  const char    *contents);

G_END_DECLS
