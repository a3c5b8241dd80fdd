/* sf-merge-record.c: a copy merged into the project, when, and what it brought
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The project's history of merges: merge_record says what each merge added, changed and
 * removed; its conflicts are counted from merge_conflict, so that deciding one shows at once.
 */
#include "config.h"

#include "sf-merge-record.h"
#include "sf-project-private.h"

struct _SfMergeRecord
{
  SfRecord parent_instance;

  char *merged;
  char *copy_name;
  int   counts[5]; /* added, changed, removed, conflicts, open conflicts */
};

G_DEFINE_FINAL_TYPE (SfMergeRecord, sf_merge_record, SF_TYPE_RECORD)

enum {
  PROP_0,
  PROP_MERGED,
  PROP_COPY_NAME,
  PROP_ADDED,
  PROP_CHANGED,
  PROP_REMOVED,
  PROP_N_CONFLICTS,
  PROP_N_OPEN,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
sf_merge_record_load (SfRecord     *record,
                      sqlite3_stmt *stmt)
{
  SfMergeRecord *self = SF_MERGE_RECORD (record);

  sf_record_set_string (record, &self->merged, stmt, 1, properties[PROP_MERGED]);
  sf_record_set_string (record, &self->copy_name, stmt, 2, properties[PROP_COPY_NAME]);
  for (guint i = 0; i < G_N_ELEMENTS (self->counts); i++)
    {
      sf_record_set_int (record, &self->counts[i], stmt, 3 + i, 0,
                         properties[PROP_ADDED + i]);
      /* A file from elsewhere may hold any number; a count is never below nothing. */
      self->counts[i] = MAX (self->counts[i], 0);
    }
}

static void
sf_merge_record_finalize (GObject *object)
{
  SfMergeRecord *self = SF_MERGE_RECORD (object);

  g_free (self->merged);
  g_free (self->copy_name);
  G_OBJECT_CLASS (sf_merge_record_parent_class)->finalize (object);
}

static void
sf_merge_record_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SfMergeRecord *self = SF_MERGE_RECORD (object);

  if (prop_id == PROP_MERGED)
    g_value_set_string (value, self->merged);
  else if (prop_id == PROP_COPY_NAME)
    g_value_set_string (value, self->copy_name);
  else if (prop_id >= PROP_ADDED && prop_id < N_PROPS)
    g_value_set_uint (value, self->counts[prop_id - PROP_ADDED]);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sf_merge_record_class_init (SfMergeRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  const char *counts[] = { "added", "changed", "removed", "n-conflicts", "n-open" };

  object_class->finalize = sf_merge_record_finalize;
  object_class->get_property = sf_merge_record_get_property;
  SF_RECORD_CLASS (klass)->load = sf_merge_record_load;
  properties[PROP_MERGED] = g_param_spec_string ("merged", NULL, NULL, NULL, flags);
  properties[PROP_COPY_NAME] = g_param_spec_string ("copy-name", NULL, NULL, NULL, flags);
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    properties[PROP_ADDED + i] = g_param_spec_uint (counts[i], NULL, NULL, 0, G_MAXUINT, 0,
                                                    flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_merge_record_init (SfMergeRecord *self)
{
}

const char *
sf_merge_record_get_merged (SfMergeRecord *self)
{
  return self->merged;
}

const char *
sf_merge_record_get_copy_name (SfMergeRecord *self)
{
  return self->copy_name;
}

guint
sf_merge_record_get_added (SfMergeRecord *self)
{
  return self->counts[0];
}

guint
sf_merge_record_get_changed (SfMergeRecord *self)
{
  return self->counts[1];
}

guint
sf_merge_record_get_removed (SfMergeRecord *self)
{
  return self->counts[2];
}

guint
sf_merge_record_get_n_conflicts (SfMergeRecord *self)
{
  return self->counts[3];
}

guint
sf_merge_record_get_n_open (SfMergeRecord *self)
{
  return self->counts[4];
}

GListModel *
sf_project_get_merges (SfProject *project)
{
  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  return sf_project_cached_list (
    project, "sf-merges", SF_TYPE_MERGE_RECORD,
    "SELECT r.id, r.merged, r.copy_name, r.added, r.changed, r.removed, "
    "  (SELECT count (*) FROM merge_conflict c WHERE c.merge_id = r.id), "
    "  (SELECT count (*) FROM merge_conflict c WHERE c.merge_id = r.id AND c.decided = 0) "
    "FROM merge_record r ORDER BY r.merged DESC, r.rowid DESC",
    (const char *[]) { "merge_record", "merge_conflict", NULL });
}
