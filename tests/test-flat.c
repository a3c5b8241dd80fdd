/* test-flat.c: a flat's number of dwellings as typed, by the one rule both dialogs use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-flat.h"

static void
test_parse_dwellings (void)
{
  static const struct { const char *text; gboolean ok; int dwellings; } cases[] = {
    { "", TRUE, -1 }, { "   ", TRUE, -1 }, { NULL, TRUE, -1 },
    { "96", TRUE, 96 }, { " 125 ", TRUE, 125 }, { "0", TRUE, 0 }, { "100000", TRUE, 100000 },
    { "100001", FALSE, 0 }, { "-3", FALSE, 0 }, { "+3", FALSE, 0 }, { "1e3", FALSE, 0 },
    { "12,5", FALSE, 0 }, { "ongeveer 25", FALSE, 0 }, { "99999999999999999999", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int dwellings = 7;
      gboolean ok = sf_flat_parse_dwellings (cases[i].text, &dwellings);

      g_test_message ("“%s”", cases[i].text ? cases[i].text : "(null)");
      g_assert_cmpint (ok, ==, cases[i].ok);
      if (ok)
        g_assert_cmpint (dwellings, ==, cases[i].dwellings);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/flat/parse-dwellings", test_parse_dwellings);
  return g_test_run ();
}
