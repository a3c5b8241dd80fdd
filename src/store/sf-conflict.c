/* sf-conflict.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-conflict.h"

struct _SfConflict
{
  SfRecord parent_instance;

  char *table;
  char *row_id;
  char *column;
  int   kind;
  char *base;
  char *mine;
  char *theirs;
};

G_DEFINE_FINAL_TYPE (SfConflict, sf_conflict, SF_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TABLE,
  PROP_ROW_ID,
  PROP_COLUMN,
  PROP_KIND,
  PROP_BASE,
  PROP_MINE,
  PROP_THEIRS,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
sf_conflict_load (SfRecord     *record,
                  sqlite3_stmt *stmt)
{
  SfConflict *self = SF_CONFLICT (record);

  sf_record_set_string (record, &self->table, stmt, 1, properties[PROP_TABLE]);
  sf_record_set_string (record, &self->row_id, stmt, 2, properties[PROP_ROW_ID]);
  sf_record_set_string (record, &self->column, stmt, 3, properties[PROP_COLUMN]);
  sf_record_set_enum (record, &self->kind, stmt, 4, SF_MERGE_DIFFERS + 1, SF_MERGE_DIFFERS,
                      properties[PROP_KIND]);
  sf_record_set_string (record, &self->base, stmt, 5, properties[PROP_BASE]);
  sf_record_set_string (record, &self->mine, stmt, 6, properties[PROP_MINE]);
  sf_record_set_string (record, &self->theirs, stmt, 7, properties[PROP_THEIRS]);
}

static void
sf_conflict_finalize (GObject *object)
{
  SfConflict *self = SF_CONFLICT (object);

  g_free (self->table);
  g_free (self->row_id);
  g_free (self->column);
  g_free (self->base);
  g_free (self->mine);
  g_free (self->theirs);
  G_OBJECT_CLASS (sf_conflict_parent_class)->finalize (object);
}

static void
sf_conflict_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SfConflict *self = SF_CONFLICT (object);
  const char *texts[] = { NULL, self->table, self->row_id, self->column, NULL, self->base,
                          self->mine, self->theirs };

  if (prop_id == PROP_KIND)
    g_value_set_int (value, self->kind);
  else if (prop_id > PROP_0 && prop_id < N_PROPS)
    g_value_set_string (value, texts[prop_id]);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sf_conflict_class_init (SfConflictClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  const char *names[] = { NULL, "table", "row-id", "column", NULL, "base", "mine", "theirs" };

  object_class->finalize = sf_conflict_finalize;
  object_class->get_property = sf_conflict_get_property;
  SF_RECORD_CLASS (klass)->load = sf_conflict_load;
  for (guint i = PROP_TABLE; i < N_PROPS; i++)
    properties[i] = i == PROP_KIND
      ? g_param_spec_int ("kind", NULL, NULL, 0, SF_MERGE_DIFFERS, 0, flags)
      : g_param_spec_string (names[i], NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_conflict_init (SfConflict *self)
{
}

const char *
sf_conflict_get_table (SfConflict *self)
{
  return self->table;
}

const char *
sf_conflict_get_row_id (SfConflict *self)
{
  return self->row_id;
}

const char *
sf_conflict_get_column (SfConflict *self)
{
  return self->column;
}

SfMergeConflictKind
sf_conflict_get_kind (SfConflict *self)
{
  return self->kind;
}

const char *
sf_conflict_get_base (SfConflict *self)
{
  return self->base;
}

const char *
sf_conflict_get_mine (SfConflict *self)
{
  return self->mine;
}

const char *
sf_conflict_get_theirs (SfConflict *self)
{
  return self->theirs;
}
