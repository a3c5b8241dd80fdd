/* sf-test-layout.c: checks of a report's laid-out pages, for the layout tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-test-layout.h"

/* Nothing leaves the margins; the running header and footer stay on the page. */
void
sf_test_check_margins (SfReportLayout *layout)
{
  const SfReportPageSetup *setup = sf_report_layout_get_setup (layout);
  double right = setup->width - setup->margin_right;
  double bottom = setup->height - setup->margin_bottom;
  const SfReportBox *boxes;
  guint n;

  boxes = sf_report_layout_get_boxes (layout, &n);
  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      const SfReportBox *b = &boxes[i];

      g_assert_cmpuint (b->page, <, sf_report_layout_get_n_pages (layout));
      g_assert_cmpfloat (b->x, >=, setup->margin_left - 0.01);
      g_assert_cmpfloat (b->x + b->width, <=, right + 0.01);
      if (b->role == SF_REPORT_ROLE_RUNNING)
        {
          g_assert_cmpfloat (b->y, >=, 0);
          g_assert_cmpfloat (b->y + b->height, <=, setup->height);
          g_assert_true (b->y + b->height <= setup->margin_top || b->y >= bottom);
        }
      else
        {
          g_assert_cmpfloat (b->y, >=, setup->margin_top - 0.01);
          g_assert_cmpfloat (b->y + b->height, <=, bottom + 0.01);
        }
    }
}
