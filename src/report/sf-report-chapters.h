/* sf-report-chapters.h: what the report's chapters share while a report is built (private)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each chapter has a file of its own and appends its blocks to the document. Every text that
 * can name a person passes through sf_report_context_person () or sf_report_context_text (),
 * so that "names as roles" holds throughout.
 */
#pragma once

#include "sf-report-builder.h"

G_BEGIN_DECLS

typedef struct
{
  SfProject             *project;
  const SfReportOptions *options;
  SfReportDocument      *doc;
  GPtrArray             *names;  /* the names of known people named by role, longest first */
  GPtrArray             *labels; /* and what replaces each */
  GPtrArray             *strings; /* texts made while building, freed with the context */
  GHashTable            *precondition_states; /* step 4's, read once (sf-report-step4.h) */
  GHashTable            *requirement_checks;  /* step 3's per flat, by its id */
  GHashTable            *precondition_statuses; /* those set by hand, read at once */
  GArray                *preconditions_met;   /* per flat (sf-report-glance.c), counted once */
} SfReportContext;

void        sf_report_context_init    (SfReportContext       *ctx,
                                       SfProject             *project,
                                       const SfReportOptions *options,
                                       SfReportDocument      *doc);
void        sf_report_context_clear   (SfReportContext       *ctx);
/* How the report names a person: @name, or by role (a neutral label when there is none) with
 * names_as_roles, or for a resident unless resident_names. "" when there is nobody to name.
 * Owned by @ctx. */
const char *sf_report_context_person  (SfReportContext       *ctx,
                                       const char            *name,
                                       const char            *role);
/* A text someone typed, with the name of everyone named by role replaced by the role. Owned by
 * @ctx. */
const char *sf_report_context_text    (SfReportContext       *ctx,
                                       const char            *text);
/* Says plainly that the step has not been done yet. */
void        sf_report_add_not_done    (SfReportContext       *ctx,
                                       guint                  step);
/* The method's purpose of the step, as the chapter's opening paragraph. */
void        sf_report_add_purpose     (SfReportContext       *ctx,
                                       guint                  step);
const char *sf_report_step_status_label (SfStepStatus         status);

void        sf_report_add_glance      (SfReportContext       *ctx);
void        sf_report_add_step1       (SfReportContext       *ctx);
void        sf_report_add_step2       (SfReportContext       *ctx);
void        sf_report_add_step3       (SfReportContext       *ctx);
void        sf_report_add_step4       (SfReportContext       *ctx);
void        sf_report_add_step5       (SfReportContext       *ctx);
void        sf_report_add_mbc         (SfReportContext       *ctx);
void        sf_report_add_appendix    (SfReportContext       *ctx);

/* The glance's parts that the deck shows too (sf-report-glance.c): a flat's key-figure tiles
 * (NULL: the neighbourhood), with @heading over them when not NULL; the most frequent themes
 * as a chart of at most @max_bars bars (the last one "other" when there are more), titled
 * when @titled; and "12 of 20 met" per flat, at most @max_rows flats, in a table or (@tiles)
 * as tiles, returning how many flats there would be (0: none, the preconditions were not
 * discussed). */
void        sf_report_add_flat_tiles  (SfReportContext       *ctx,
                                       const char            *flat_id,
                                       const char            *heading);
void        sf_report_add_top_themes  (SfReportContext       *ctx,
                                       guint                  max_bars,
                                       gboolean               titled);
guint       sf_report_add_preconditions_met (SfReportContext *ctx,
                                       guint                  max_rows,
                                       gboolean               tiles);
/* Bullet items "text (theme, theme)" of the key points in @points that are not
 * confidential, NULL-terminated. */
GPtrArray  *sf_report_key_point_items (SfReportContext       *ctx,
                                       GListModel            *points);

/* Step 3's figures, shared by the glance and the step 3 chapter. */
typedef struct
{
  gboolean known;
  double   value;
  gboolean estimate;
} SfReportFigure;

SfReportFigure sf_report_figure       (SfProject             *project,
                                       const char            *indicator_key,
                                       const char            *flat_id);
/* "8 september 2026" from "2026-09-08"; anything else as it is. */
char       *sf_report_format_date     (const char            *iso);
/* A figure, or a share with @share, as sf_chart_format_figure writes it. */
char       *sf_report_format_number   (double                 value,
                                       gboolean               share);

G_END_DECLS
