/* sf-figure-fields.h: a figure's value as the fields of its row on the page of step 3 edit
 * it: what is stored, with what the user typed in one field in its place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-project-figures.h"

G_BEGIN_DECLS

/* The parts of a value the user types. */
typedef enum {
  SF_FIGURE_NUMBER,
  SF_FIGURE_TEXT,
  SF_FIGURE_SOURCE,
  SF_FIGURE_PERIOD,
  SF_FIGURE_NOTE,
} SfFigurePart;

typedef enum {
  SF_TYPED_SAME,     /* nothing to write */
  SF_TYPED_CHANGED,
  SF_TYPED_INVALID,  /* no number where one goes */
} SfTyped;

/* @value's fields (an exact value, asked for, when @value is NULL); they point into @value. */
void     sf_figure_fields_from_value    (SfIndicatorValue       *value,
                                         SfIndicatorValueFields *fields);
/* A value with content counts as received; one without as merely asked for. */
void     sf_figure_fields_settle_status (SfIndicatorValueFields *fields);
/* @fields: @value (may be NULL) with @text (stripped, kept by the caller) in @part. */
SfTyped  sf_figure_fields_type_in       (SfIndicatorValue       *value,
                                         SfFigurePart            part,
                                         const char             *text,
                                         SfIndicatorValueFields *fields);
/* @fields: @value with @json as its structured value; FALSE when there is nothing to write
 * (no value, and none given). */
gboolean sf_figure_fields_structured    (SfIndicatorValue       *value,
                                         const char             *json,
                                         SfIndicatorValueFields *fields);

G_END_DECLS
