/* sf-test-pdf.h: reading back the PDFs the report writes, for the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <poppler.h>

G_BEGIN_DECLS

/* The PDF at @path, asserting that poppler reads it. */
PopplerDocument *sf_test_open_pdf (const char *path);
/* All pages' text, every run of white space one space, so that a wrapped line still reads as
 * the sentence it is. */
char            *sf_test_pdf_text (const char *path);

G_END_DECLS
