/* sf-schema-gen.c: writes the schema that the migrations make, as C, at build time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every open compares a file's schema with this one (sf-db-schema.c). Making it at run time
 * means running every migration in memory, a few milliseconds of each start; made here, an
 * open only reads a table. A test checks that it is what the migrations make at run time.
 */
#include "config.h"

#include <stdio.h>

#include "sf-db-schema.h"
#include "sf-migrations.h"

/* @text as a C string literal. */
static void
write_literal (FILE       *out,
               const char *text)
{
  fputc ('"', out);
  for (const char *p = text; *p; p++)
    {
      if (*p == '"' || *p == '\\')
        fprintf (out, "\\%c", *p);
      else if (*p == '\n')
        fputs ("\\n", out);
      else
        fputc (*p, out);
    }
  fputc ('"', out);
}

int
main (int   argc,
      char *argv[])
{
  guint n;
  const SfMigration *migrations = sf_migrations_get (&n);
  g_autoptr(GPtrArray) rows = sf_db_schema_make (migrations, n, migrations[n - 1].version);
  FILE *out;

  if (argc != 2 || rows == NULL || (out = fopen (argv[1], "w")) == NULL)
    return 1;
  fprintf (out, "/* Made by sf-schema-gen from the migrations; not edited by hand. */\n"
                "#define SF_SCHEMA_VERSION %d\n"
                "static const char *const sf_schema_rows[] = {\n",
           migrations[n - 1].version);
  for (guint i = 0; i < rows->len; i++)
    {
      fputs ("  ", out);
      write_literal (out, g_ptr_array_index (rows, i));
      fputs (",\n", out);
    }
  fputs ("};\n", out);
  return fclose (out) == 0 ? 0 : 1;
}
