/* sf-export-pdf.h: `startfoto --export-pdf OUT.pdf FILE`: a project's report as PDF, no window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @chapters: comma-separated "glance", "step1", "step2", "step3", "step4", "mbc",
 * "step5", "appendix"; NULL: all. Returns the exit status. */
int sf_export_pdf_run (const char *out_path,
                       const char *project_path,
                       const char *chapters,
                       gboolean    with_answers,
                       gboolean    names_as_roles,
                       gboolean    resident_names);
/* `startfoto --export-odt OUT.odt FILE`: the same report as an ODF text document, with the same
 * options. Returns the exit status. */
int sf_export_odt_run (const char *out_path,
                       const char *project_path,
                       const char *chapters,
                       gboolean    with_answers,
                       gboolean    names_as_roles,
                       gboolean    resident_names);
/* `startfoto --export-minutes OUT.pdf FILE`: the minutes of step 5's board meeting, written
 * as the report is. Returns the exit status. */
int sf_export_minutes_run (const char *out_path,
                           const char *project_path,
                           gboolean    names_as_roles,
                           gboolean    resident_names);

G_END_DECLS
