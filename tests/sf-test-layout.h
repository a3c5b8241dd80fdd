/* sf-test-layout.h: checks of a report's laid-out pages, for the layout tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-report-layout.h"

G_BEGIN_DECLS

/* Nothing leaves the margins; the running header and footer stay on the page. */
void sf_test_check_margins (SfReportLayout *layout);

G_END_DECLS
