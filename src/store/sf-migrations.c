/* sf-migrations.c: every schema version of a project file, oldest first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Append only: a released migration is never edited, because users' files went through it.
 * Every table has a random UUID text key so that copies edited apart can be merged later
 * (the session extension matches rows by primary key).
 */
#include "sf-migrations.h"

static const SfMigration migrations[] = {
  { 1,
    "CREATE TABLE project ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  name TEXT NOT NULL DEFAULT '',"
    "  municipality TEXT NOT NULL DEFAULT '',"
    "  neighbourhood TEXT NOT NULL DEFAULT '',"
    "  concept_name TEXT NOT NULL DEFAULT 'Welthuisflat',"
    "  is_example INTEGER NOT NULL DEFAULT 0,"
    "  created TEXT NOT NULL,"
    "  modified TEXT NOT NULL);"
    "CREATE TABLE flat ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  position INTEGER NOT NULL,"
    "  name TEXT NOT NULL DEFAULT '',"
    "  address TEXT NOT NULL DEFAULT '',"
    "  corporation TEXT NOT NULL DEFAULT '',"
    "  dwellings INTEGER CHECK (dwellings IS NULL OR dwellings >= 0));"
    "CREATE TABLE partner ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  organisation TEXT NOT NULL DEFAULT '',"
    "  domain TEXT NOT NULL DEFAULT 'other' CHECK (domain IN"
    "    ('housing', 'care', 'welfare', 'municipality', 'residents', 'other')),"
    "  role TEXT NOT NULL DEFAULT '',"
    "  contact TEXT NOT NULL DEFAULT '',"
    "  notes TEXT NOT NULL DEFAULT '',"
    "  created TEXT NOT NULL);"
    "CREATE TABLE question ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 5),"
    "  position INTEGER NOT NULL,"
    "  method_key TEXT,"
    "  text TEXT,"
    "  hidden INTEGER NOT NULL DEFAULT 0,"
    "  CHECK (method_key IS NOT NULL OR text IS NOT NULL));"
    "CREATE INDEX question_by_step ON question (step, position);"
    "CREATE TABLE step ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  number INTEGER NOT NULL UNIQUE CHECK (number BETWEEN 1 AND 5),"
    "  status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 2));" },
};

const SfMigration *
sf_migrations_get (guint *n_migrations)
{
  *n_migrations = G_N_ELEMENTS (migrations);
  return migrations;
}
