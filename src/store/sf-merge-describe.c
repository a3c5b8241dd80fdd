/* sf-merge-describe.c: a merge's parts and conflicts in the words of the steps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A conflict names a row by what its step shows of it (a flat's name, a partner's
 * organisation, the start of a key point) and a column by what the form calls it, so that
 * "Naam van flat “De Zilverreiger”: 96 / 98 / 102" reads as the user's own words.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-merge-private.h"
#include "sf-mbc.h"
#include "sf-method.h"

#define LABEL_CHARS 40 /* of a text that names its row */

typedef struct
{
  const char *table;
  const char *word;  /* N_() */
  const char *label; /* SQL over the schema "@", ?1 the id: what names the row */
} TableWords;

static const TableWords tables[] = {
  { "project", N_("Project"), "SELECT name FROM @.project WHERE id = ?1" },
  { "flat", N_("Flat"), "SELECT name FROM @.flat WHERE id = ?1" },
  { "partner", N_("Partner"), "SELECT organisation FROM @.partner WHERE id = ?1" },
  { "person", N_("Person"), "SELECT name FROM @.person WHERE id = ?1" },
  { "interview", N_("Interview"),
    "SELECT p.organisation FROM @.interview i JOIN @.partner p ON p.id = i.partner_id "
    "WHERE i.id = ?1" },
  { "answer", N_("Answer"), "SELECT text FROM @.answer WHERE id = ?1" },
  { "key_point", N_("Key point"), "SELECT text FROM @.key_point WHERE id = ?1" },
  { "statement", N_("Statement"), "SELECT text FROM @.statement WHERE id = ?1" },
  { "theme", N_("Theme"), "SELECT name FROM @.theme WHERE id = ?1" },
  { "indicator_value", N_("Figure"),
    "SELECT coalesce (i.name, i.key) || char (31) || coalesce (f.name, '') "
    "FROM @.indicator_value v JOIN @.indicator i ON i.id = v.indicator_id "
    "LEFT JOIN @.flat f ON f.id = v.flat_id WHERE v.id = ?1" },
  { "plan_action", N_("Action"), "SELECT what FROM @.plan_action WHERE id = ?1" },
  { "decision", N_("Decision"), "SELECT text FROM @.decision WHERE id = ?1" },
  { "consideration", N_("Consideration"), "SELECT text FROM @.consideration WHERE id = ?1" },
  { "remark", N_("Remark"), "SELECT text FROM @.remark WHERE id = ?1" },
  { "review_note", N_("Meeting note"), "SELECT text FROM @.review_note WHERE id = ?1" },
  { "slide", N_("Slide"), "SELECT coalesce (title, key) FROM @.slide WHERE id = ?1" },
  { "participant", N_("Participant"),
    "SELECT p.name FROM @.participant x JOIN @.person p ON p.id = x.person_id WHERE x.id = ?1" },
  { "precondition", N_("Precondition"),
    "SELECT coalesce (nullif (text, ''), method_key) FROM @.precondition WHERE id = ?1" },
  { "mbc_parameter", N_("Business case"),
    "SELECT p.key || char (30) || coalesce (f.name, '') FROM @.mbc_parameter p "
    "LEFT JOIN @.flat f ON f.id = p.flat_id WHERE p.id = ?1" },
  { "question", N_("Question"),
    "SELECT coalesce (nullif (text, ''), method_key) FROM @.question WHERE id = ?1" },
};

static const struct { const char *column; const char *word; } columns[] = {
  { "name", N_("name") }, { "organisation", N_("organisation") },
  { "contact", N_("contact") }, { "role", N_("role") }, { "notes", N_("notes") },
  { "text", N_("text") }, { "address", N_("address") }, { "corporation", N_("corporation") },
  { "value", N_("value") }, { "value_number", N_("value") }, { "value_text", N_("value") }, { "value_json", N_("value") },
  { "accuracy", N_("accuracy") }, { "source", N_("source") }, { "status", N_("status") },
  { "date", N_("date") }, { "place", N_("place") }, { "what", N_("what") },
  { "due", N_("when") }, { "title", N_("title") }, { "body", N_("text") },
  { "set_by", N_("set by") }, { "municipality", N_("municipality") }, { "neighbourhood", N_("neighbourhood") },
  /* References to another row: their value reads as that row's name. */
  { "contact_id", N_("contact") }, { "interviewer_id", N_("interviewer") },
  { "chair_id", N_("chair") }, { "facilitator_id", N_("facilitator") },
  { "person_id", N_("person") }, { "partner_id", N_("partner") },
  { "responsible_id", N_("responsible partner") }, { "theme_id", N_("theme") },
  { "participant_id", N_("participant") }, { "precondition_id", N_("precondition") },
  { "question_id", N_("question") }, { "flat_id", N_("flat") },
};

/* A number as the reader writes it: 30000, 7,5 in Dutch (the locale's decimal mark). */
static char *
number_text (double number)
{
  return g_strdup_printf ("%.15g", number);
}

const char *
sf_merge_part_name (guint part)
{
  const SfMethodStep *step = part >= 1 && part <= 5 ? sf_method_get_step (part) : NULL;

  if (part == SF_MERGE_THEMES)
    return _("Themes");
  return step != NULL ? sf_method_step_get_short_title (step) : _("Overview");
}

static const TableWords *
table_words (const char *table)
{
  for (guint i = 0; table != NULL && i < G_N_ELEMENTS (tables); i++)
    if (g_str_equal (tables[i].table, table))
      return &tables[i];
  return NULL;
}

/* What names the row in schema @schema (main, theirs, base), shortened; NULL when not there. */
static char *
row_label (sqlite3          *db,
           const TableWords *words,
           const char       *schema,
           const char       *row_id)
{
  g_autoptr(GString) sql = g_string_new (words->label);
  sqlite3_stmt *stmt = NULL;
  g_autofree char *text = NULL;
  char *flat;

  g_string_replace (sql, "@", schema, 0);
  if (sqlite3_prepare_v2 (db, sql->str, -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, row_id, -1, SQLITE_STATIC);
      /* Text from a file is valid UTF-8 only once made so. */
      if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
        text = g_utf8_make_valid ((const char *) sqlite3_column_text (stmt, 0), -1);
    }
  sqlite3_finalize (stmt);
  if (text == NULL)
    return NULL;
  /* A business case's parameter by its key, in the reader's language, and its flat. */
  if ((flat = strchr (text, '\x1e')) != NULL)
    {
      SfMbcParam param;

      *flat++ = '\0';
      param = sf_mbc_param_from_key (text);
      return g_strdup_printf (*flat ? "%s · %s" : "%s%s",
                              param < SF_MBC_N_PARAMS ? sf_mbc_param_info (param).label : text,
                              flat);
    }
  /* A figure: the method's indicator by its key, in the reader's language, and its flat. */
  if ((flat = strchr (text, '\x1f')) != NULL)
    {
      const SfMethodIndicator *method;

      *flat++ = '\0';
      method = sf_method_lookup_indicator (text);
      return g_strdup_printf (*flat ? "%s · %s" : "%s%s",
                              method ? sf_method_indicator_get_name (method) : text, flat);
    }
  if (g_utf8_strlen (text, -1) > LABEL_CHARS)
    {
      g_autofree char *start = g_utf8_substring (text, 0, LABEL_CHARS - 1);

      return g_strconcat (g_strstrip (start), "…", NULL);
    }
  return g_steal_pointer (&text);
}

char *
sf_merge_plan_describe (SfMergePlan     *plan,
                        SfMergeConflict *conflict)
{
  return sf_merge_describe (plan->scratch, TRUE, conflict);
}

char *
sf_merge_describe (sqlite3         *db,
                   gboolean         with_copy,
                   SfMergeConflict *conflict)
{
  const TableWords *words = table_words (conflict->table);
  const char *column = conflict->column;
  g_autofree char *label = NULL;

  for (guint i = 0; column != NULL && i < G_N_ELEMENTS (columns); i++)
    if (g_str_equal (columns[i].column, conflict->column))
      column = _(columns[i].word);
  if (words != NULL)
    {
      label = row_label (db, words, "main", conflict->row_id);
      if (label == NULL && with_copy)
        label = row_label (db, words, "theirs", conflict->row_id);
      if (label == NULL && with_copy)
        label = row_label (db, words, "base", conflict->row_id); /* fails without a base */
    }
  if (words == NULL || label == NULL)
    /* Translators: a row a merge conflict is about, when it has no name: the table's name
     * and the start of its id. */
    label = g_strdup_printf (_("%s %.8s"), words ? _(words->word) : conflict->table,
                             conflict->row_id);
  else
    {
      g_autofree char *named = g_steal_pointer (&label);

      /* Translators: a row a merge conflict is about: what it is and its name, e.g.
       * Flat “De Zilverreiger”. */
      label = g_strdup_printf (_("%s “%s”"), _(words->word), named);
    }
  if (column == NULL)
    return g_steal_pointer (&label);
  /* Translators: a merge conflict: the row and the column, e.g. Flat “De Zilverreiger”:
   * name. */
  return g_strdup_printf (_("%s: %s"), label, column);
}

char *
sf_merge_value_text (sqlite3_value *value)
{
  if (value == NULL || sqlite3_value_type (value) == SQLITE_NULL)
    return g_strdup ("—");
  if (sqlite3_value_type (value) == SQLITE_FLOAT)
    return number_text (sqlite3_value_double (value));
  return g_utf8_make_valid ((const char *) sqlite3_value_text (value), -1);
}

/* Whether @table's @column holds real numbers (kept as text in a conflict's record). */
static gboolean
column_is_real (sqlite3    *db,
                const char *table,
                const char *column)
{
  sqlite3_stmt *stmt = NULL;
  gboolean real;

  sqlite3_prepare_v2 (db, "SELECT 1 FROM pragma_table_info (?1, 'main') WHERE name = ?2 "
                          "AND upper (type) = 'REAL'", -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, column, -1, SQLITE_STATIC);
  real = stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_finalize (stmt);
  return real;
}

/* The table @column of @table refers to, from mine's schema; NULL when it refers to none. */
static char *
referred_table (sqlite3    *db,
                const char *table,
                const char *column)
{
  sqlite3_stmt *stmt = NULL;
  char *referred = NULL;

  if (table == NULL || column == NULL)
    return NULL;
  sqlite3_prepare_v2 (db, "SELECT \"table\" FROM pragma_foreign_key_list (?1, 'main') "
                          "WHERE \"from\" = ?2", -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, column, -1, SQLITE_STATIC);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0))
    referred = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return referred;
}

gboolean
sf_merge_column_is_reference (sqlite3    *db,
                              const char *table,
                              const char *column)
{
  g_autofree char *referred = referred_table (db, table, column);

  return referred != NULL;
}

char *
sf_merge_describe_value (sqlite3    *db,
                         gboolean    with_copy,
                         const char *table,
                         const char *column,
                         const char *value)
{
  g_autofree char *referred = NULL;
  const TableWords *words;
  char *label = NULL;

  if (value == NULL)
    return g_strdup ("—");
  referred = referred_table (db, table, column);
  words = table_words (referred);
  if (referred == NULL && column != NULL && column_is_real (db, table, column))
    {
      char *end = NULL;
      double number = g_ascii_strtod (value, &end);

      if (end != NULL && end != value && *end == '\0')
        return number_text (number);
    }
  if (referred == NULL)
    return g_utf8_make_valid (value, -1);
  if (words != NULL)
    {
      label = row_label (db, words, "main", value);
      if (label == NULL && with_copy)
        label = row_label (db, words, "theirs", value);
      if (label == NULL && with_copy)
        label = row_label (db, words, "base", value);
    }
  /* Translators: a reference to a row that has no name (or is gone): what it is and the
   * start of its id. */
  return label != NULL ? label
         : g_strdup_printf (_("%s %.8s"), words ? _(words->word) : referred, value);
}

char *
sf_merge_plan_value_text (SfMergePlan     *plan,
                          SfMergeConflict *conflict,
                          sqlite3_value   *value)
{
  if (value != NULL && sqlite3_value_type (value) == SQLITE_TEXT)
    return sf_merge_describe_value (plan->scratch, TRUE, conflict->table, conflict->column,
                                    (const char *) sqlite3_value_text (value));
  return sf_merge_value_text (value);
}
