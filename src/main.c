/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "sf-application.h"

/* Run from the build directory, the binary uses the translations and settings schema built
 * there, so that `./build/src/startfoto` works without installing. */
static gboolean
running_uninstalled (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *build_exe = g_build_filename (SF_BUILD_ROOT, "src", "startfoto", NULL);

  return exe != NULL && g_str_equal (exe, build_exe);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SfApplication) app = NULL;
  const char *localedir = LOCALEDIR;

  if (running_uninstalled ())
    {
      localedir = SF_BUILD_ROOT "/po";
      g_setenv ("GSETTINGS_SCHEMA_DIR", SF_BUILD_ROOT "/data", FALSE);
    }

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = sf_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
