/* sf-merge-cli.c: `startfoto --merge THEIRS.startfoto MINE.startfoto [--dry-run] [--json]`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints the plan (added, changed and removed per part, and each conflict) and, unless
 * --dry-run, merges what does not conflict and records the conflicts, which the window then
 * shows for a decision. Exit status: 0 all merged, 3 conflicts wait for a decision, 1 a file
 * that cannot be used (the message says why; nothing is changed).
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "sf-merge-cli.h"
#include "sf-merge.h"

static const char * const kinds[] = {
  "both-changed", "mine-removed", "theirs-removed", "parent-removed", "differs",
};

static const char *
kind_text (SfMergeConflictKind kind)
{
  switch (kind)
    {
    case SF_MERGE_BOTH_CHANGED:
      return _("changed on both sides");
    case SF_MERGE_MINE_REMOVED:
      return _("changed in the copy, removed here");
    case SF_MERGE_THEIRS_REMOVED:
      return _("removed in the copy, changed here");
    case SF_MERGE_PARENT_REMOVED:
      return _("added in the copy to what was removed here");
    case SF_MERGE_DIFFERS:
    default:
      return _("differs, and who changed it cannot be known");
    }
}

static void
print_text (SfMergePlan *plan,
            const char  *theirs,
            gboolean     dry_run)
{
  GPtrArray *conflicts = sf_merge_plan_get_conflicts (plan);
  g_autofree char *name = g_filename_display_basename (theirs);

  if (sf_merge_plan_has_base (plan))
    /* Translators: %s is the copy's file name. */
    g_print (_("Merging “%s”, from the copy made of this project.\n"), name);
  else
    g_print (_("Merging “%s” without its base: what the copy removed cannot be known, so "
               "nothing is removed.\n"), name);
  for (guint part = 0; part < SF_MERGE_N_PARTS; part++)
    {
      const SfMergeCounts *counts = sf_merge_plan_get_counts (plan, part);

      if (counts->added + counts->changed + counts->removed > 0)
        /* Translators: one part of the project in a merge's plan, e.g.
         * "Interviews: 2 added, 1 changed, 0 removed". */
        g_print (_("%s: %u added, %u changed, %u removed\n"), sf_merge_part_name (part),
                 counts->added, counts->changed, counts->removed);
    }
  if (sf_merge_plan_is_empty (plan))
    g_print ("%s\n", _("Nothing to merge: the project already holds everything in the copy."));
  g_print (g_dngettext (NULL, "%u conflict\n", "%u conflicts\n", conflicts->len),
           conflicts->len);
  for (guint i = 0; i < conflicts->len; i++)
    {
      SfMergeConflict *conflict = g_ptr_array_index (conflicts, i);
      g_autofree char *what = sf_merge_plan_describe (plan, conflict);

      if (conflict->column != NULL)
        {
          g_autofree char *base = sf_merge_plan_value_text (plan, conflict, conflict->base);
          g_autofree char *mine = sf_merge_plan_value_text (plan, conflict, conflict->mine);
          g_autofree char *copy = sf_merge_plan_value_text (plan, conflict, conflict->theirs);

          /* Translators: a conflict: what, then the base's, mine and the copy's value. */
          g_print (_("  %s: %s / %s / %s (base / here / copy)\n"), what, base, mine, copy);
        }
      else
        g_print ("  %s: %s\n", what, kind_text (conflict->kind));
    }
  if (!dry_run && conflicts->len > 0)
    g_print ("%s\n", _("Merged what does not conflict; the conflicts keep this project's "
                       "version until you decide them in the window."));
}

static void
add_value (JsonBuilder   *b,
           const char    *member,
           sqlite3_value *value)
{
  json_builder_set_member_name (b, member);
  if (value == NULL || sqlite3_value_type (value) == SQLITE_NULL)
    json_builder_add_null_value (b);
  else if (sqlite3_value_type (value) == SQLITE_INTEGER)
    json_builder_add_int_value (b, sqlite3_value_int64 (value));
  else if (sqlite3_value_type (value) == SQLITE_FLOAT)
    json_builder_add_double_value (b, sqlite3_value_double (value));
  else
    json_builder_add_string_value (b, (const char *) sqlite3_value_text (value));
}

static void
print_json (SfMergePlan *plan,
            gboolean     applied)
{
  static const char * const part_keys[SF_MERGE_N_PARTS] = {
    "overview", "step1", "step2", "step3", "step4", "step5", "themes",
  };
  GPtrArray *conflicts = sf_merge_plan_get_conflicts (plan);
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "base");
  json_builder_add_boolean_value (b, sf_merge_plan_has_base (plan));
  json_builder_set_member_name (b, "applied");
  json_builder_add_boolean_value (b, applied);
  json_builder_set_member_name (b, "parts");
  json_builder_begin_object (b);
  for (guint part = 0; part < SF_MERGE_N_PARTS; part++)
    {
      const SfMergeCounts *counts = sf_merge_plan_get_counts (plan, part);

      json_builder_set_member_name (b, part_keys[part]);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "added");
      json_builder_add_int_value (b, counts->added);
      json_builder_set_member_name (b, "changed");
      json_builder_add_int_value (b, counts->changed);
      json_builder_set_member_name (b, "removed");
      json_builder_add_int_value (b, counts->removed);
      json_builder_end_object (b);
    }
  json_builder_end_object (b);
  json_builder_set_member_name (b, "conflicts");
  json_builder_begin_array (b);
  for (guint i = 0; i < conflicts->len; i++)
    {
      SfMergeConflict *conflict = g_ptr_array_index (conflicts, i);
      g_autofree char *what = sf_merge_plan_describe (plan, conflict);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "table");
      json_builder_add_string_value (b, conflict->table);
      json_builder_set_member_name (b, "row");
      json_builder_add_string_value (b, conflict->row_id);
      json_builder_set_member_name (b, "column");
      json_builder_add_string_value (b, conflict->column);
      json_builder_set_member_name (b, "kind");
      json_builder_add_string_value (b, kinds[conflict->kind]);
      json_builder_set_member_name (b, "description");
      json_builder_add_string_value (b, what);
      add_value (b, "base", conflict->base);
      add_value (b, "mine", conflict->mine);
      add_value (b, "theirs", conflict->theirs);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

int
sf_merge_run (const char *theirs_path,
              const char *mine_path,
              gboolean    dry_run,
              gboolean    json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfProject) mine = NULL;
  g_autoptr(SfMergePlan) plan = NULL;
  gboolean applied = FALSE;

  mine = sf_project_open (mine_path, dry_run ? SF_DB_OPEN_READ_ONLY | SF_DB_OPEN_CHECK
                                             : SF_DB_OPEN_CHECK, &error);
  if (mine != NULL)
    plan = sf_merge_plan_new (mine, theirs_path, NULL, &error);
  if (plan != NULL && !dry_run)
    applied = sf_project_apply_merge (mine, plan, &error);
  if (plan == NULL || (!dry_run && !applied))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (json)
    print_json (plan, applied);
  else
    print_text (plan, theirs_path, dry_run);
  return sf_merge_plan_get_conflicts (plan)->len > 0 ? 3 : 0;
}
