/* sf-csv-cells.c: numbers and structured figures in the cells of the figures' CSV file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A cell is read as parts separated by ';' or line breaks, each "label: value" or a text
 * alone. What is written reads back as the same figure: a text that could be read otherwise
 * is quoted, and numbers are as long as they need to be. The JSON made from a cell has the
 * form the editors give (sf-value-editor.c), so that a figure given back as it was is the same
 * text as well as the same meaning.
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sf-csv-cells.h"
#include "sf-project-figures.h"
#include "sf-project-figures-private.h"
#include "sf-store-error.h"

#define N_BANDS 5
#define AVERAGE N_BANDS
#define N_ACTIVITY_FIELDS 4
#define ATTENDANCE 3

/* What each part of an activity is written as, in each language, and the JSON member. */
static const char * const activity_members[N_ACTIVITY_FIELDS] = {
  "name", "organiser", "frequency", "attendance"
};

typedef struct
{
  const char *average;
  const char *activity[N_ACTIVITY_FIELDS];
} Labels;

static const Labels labels[] = {
  [SF_CSV_ENGLISH] = { "average age", { "activity", "organiser", "how often", "participants" } },
  [SF_CSV_DUTCH] = { "gemiddelde leeftijd",
                     { "activiteit", "organisator", "hoe vaak", "deelnemers" } },
};

/* Read as well: shorter words, and the JSON's own names. */
static const char * const average_aliases[] = {
  "average", "gemiddelde", "gemiddeld", NULL
};
static const char * const activity_aliases[N_ACTIVITY_FIELDS][4] = {
  { "name", "naam", NULL },
  { "organizer", NULL },
  { "frequency", "frequentie", NULL },
  { "attendance", NULL },
};

gboolean
sf_csv_invalid (GError    **error,
                const char *format,
                ...)
{
  va_list args;
  char *message;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID, message);
  g_free (message);
  return FALSE;
}

/* ---- numbers ---------------------------------------------------------------------------- */

char *
sf_csv_format_number (double   number,
                      gboolean decimal_comma)
{
  g_autoptr(GString) out = g_string_new (NULL);
  char *point;

  sf_inventory_json_append_number (out, number);
  if (decimal_comma && (point = strchr (out->str, '.')) != NULL)
    *point = ',';
  return g_string_free (g_steal_pointer (&out), FALSE);
}

gboolean
sf_csv_parse_number (const char *text,
                     double     *number)
{
  g_autofree char *copy = g_strdup (text);
  char *comma = strchr (copy, ',');
  char *end = NULL;

  if (comma != NULL && strchr (copy, '.') == NULL && strchr (comma + 1, ',') == NULL)
    *comma = '.';
  if (*copy == '\0' || g_ascii_isspace (*copy))
    return FALSE;
  errno = 0;
  *number = g_ascii_strtod (copy, &end);
  return errno == 0 && *end == '\0' && isfinite (*number);
}

/* ---- writing ---------------------------------------------------------------------------- */

void
sf_csv_append_quoted (GString    *out,
                      const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* Quoted when it could be read otherwise: a separator, a colon, a quote, a line end, spaces
 * at either end (parts are trimmed), nothing at all, or JSON's first characters. */
static void
append_text (GString    *out,
             const char *text)
{
  gsize len = strlen (text);

  if (len > 0 && strpbrk (text, ";:\"\r\n") == NULL && !g_ascii_isspace (text[0]) &&
      !g_ascii_isspace (text[len - 1]) && text[0] != '[' && text[0] != '{')
    {
      g_string_append_len (out, text, len);
      return;
    }
  sf_csv_append_quoted (out, text);
}

static void
append_number (GString  *out,
               double    number,
               gboolean  decimal_comma)
{
  g_autofree char *text = sf_csv_format_number (number, decimal_comma);

  g_string_append (out, text);
}

/* "; " between the parts of a line. */
static void
start_part (GString *out,
            gsize    line_start)
{
  if (out->len > line_start)
    g_string_append (out, "; ");
}

static void
format_distribution (GString      *out,
                     JsonObject   *object,
                     const Labels *words,
                     gboolean      decimal_comma)
{
  const char * const *bands = SF_AGE_BANDS;
  JsonNode *node = json_object_get_member (object, "bands");
  JsonObject *counts = node != NULL && JSON_NODE_HOLDS_OBJECT (node)
                       ? json_node_get_object (node) : NULL;
  double average = sf_inventory_json_member (object, "average");

  for (guint i = 0; bands[i] != NULL; i++)
    {
      double count = sf_inventory_json_member (counts, bands[i]);

      if (!isfinite (count))
        continue;
      start_part (out, 0);
      g_string_append_printf (out, "%s: ", bands[i]);
      append_number (out, count, decimal_comma);
    }
  if (isfinite (average))
    {
      start_part (out, 0);
      g_string_append_printf (out, "%s: ", words->average);
      append_number (out, average, decimal_comma);
    }
}

/* Counts per kind on one line; activities one per line. */
static void
format_list (GString         *out,
             SfIndicatorType  type,
             JsonArray       *array,
             const Labels    *words,
             gboolean         decimal_comma)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *item = json_array_get_object_element (array, i);
      gsize line_start;

      if (type == SF_INDICATOR_CATEGORY_COUNTS)
        {
          double count = sf_inventory_json_member (item, "count");

          start_part (out, 0);
          append_text (out, sf_inventory_json_text (item, "kind"));
          if (isfinite (count))
            {
              g_string_append (out, ": ");
              append_number (out, count, decimal_comma);
            }
          continue;
        }
      /* An activity with nothing in it has nothing to show. */
      if (json_object_get_size (item) == 0)
        continue;
      if (out->len > 0)
        g_string_append_c (out, '\n');
      line_start = out->len;
      for (guint f = 0; f < N_ACTIVITY_FIELDS; f++)
        {
          const char *text = f != ATTENDANCE ? sf_inventory_json_text (item, activity_members[f])
                                             : NULL;
          double number = f == ATTENDANCE ? sf_inventory_json_member (item, activity_members[f])
                                          : NAN;

          if (text == NULL && !isfinite (number))
            continue;
          start_part (out, line_start);
          /* The name goes first, without its label. */
          if (f > 0 || out->len > line_start)
            g_string_append_printf (out, "%s: ", words->activity[f]);
          if (text != NULL)
            append_text (out, text);
          else
            append_number (out, number, decimal_comma);
        }
    }
}

char *
sf_csv_format_structured (SfIndicatorType  type,
                          const char      *json,
                          SfCsvLanguage    language,
                          gboolean         decimal_comma)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  const Labels *words = &labels[language == SF_CSV_DUTCH ? SF_CSV_DUTCH : SF_CSV_ENGLISH];

  if (json == NULL || !sf_inventory_json_fits (type, json) ||
      (root = sf_inventory_json_parse (json)) == NULL)
    return NULL;
  if (type == SF_INDICATOR_DISTRIBUTION)
    format_distribution (out, json_node_get_object (root), words, decimal_comma);
  else
    format_list (out, type, json_node_get_array (root), words, decimal_comma);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* ---- reading: the parts of a cell ------------------------------------------------------- */

typedef struct
{
  char     *label;    /* the text before the colon, or the whole part */
  gboolean  quoted;   /* the label was in quotes */
  char     *value;    /* after the colon; NULL when there is none */
  gboolean  new_line; /* the part starts a line of the cell */
} Part;

static void
part_clear (gpointer data)
{
  Part *part = data;

  g_free (part->label);
  g_free (part->value);
}

static gboolean
ends_part (char c)
{
  return c == '\0' || c == ';' || c == '\r' || c == '\n';
}

static void
skip_blanks (const char **p)
{
  while (**p == ' ' || **p == '\t')
    (*p)++;
}

/* A quoted text at *@p, a doubled quote for a quote in it; NULL when it is not closed. */
static char *
read_quoted (const char **p)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *q = *p + 1;

  for (;;)
    {
      if (*q == '\0')
        return NULL;
      if (*q == '"' && q[1] != '"')
        break;
      if (*q == '"')
        q++;
      g_string_append_c (text, *q++);
    }
  *p = q + 1;
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
read_until_end (const char **p)
{
  const char *start = *p;

  while (!ends_part (**p))
    (*p)++;
  return g_strstrip (g_strndup (start, *p - start));
}

/* What follows a colon: a quoted text, or the rest of the part. */
static char *
read_value (const char **p)
{
  skip_blanks (p);
  if (**p == '"')
    return read_quoted (p);
  return read_until_end (p);
}

/* Splits @text into parts. A label ends at the first colon when @first_colon (the labels are
 * words, the values may hold colons), else at the last (the values are numbers, the labels
 * kinds that may hold colons). */
static gboolean
split_parts (const char  *text,
             gboolean     first_colon,
             GArray      *parts,
             const char  *name,
             GError     **error)
{
  const char *p = text;
  gboolean new_line = FALSE;

  while (*p != '\0')
    {
      Part part = { NULL };
      gboolean ok = TRUE;

      skip_blanks (&p);
      if (*p == '\r' || *p == '\n' || *p == ';')
        {
          new_line |= *p != ';';
          p++;
          continue;
        }
      if (*p == '\0')
        break;
      part.new_line = new_line;
      new_line = FALSE;
      if (*p == '"')
        {
          part.quoted = TRUE;
          part.label = read_quoted (&p);
          ok = part.label != NULL;
          skip_blanks (&p);
          if (ok && *p == ':')
            {
              p++;
              part.value = read_value (&p);
              ok = part.value != NULL;
            }
        }
      else if (first_colon)
        {
          const char *start = p;

          while (!ends_part (*p) && *p != ':')
            p++;
          part.label = g_strstrip (g_strndup (start, p - start));
          if (*p == ':')
            {
              p++;
              part.value = read_value (&p);
              ok = part.value != NULL;
            }
        }
      else
        {
          g_autofree char *segment = read_until_end (&p);
          char *colon = strrchr (segment, ':');

          if (colon != NULL)
            {
              part.value = g_strstrip (g_strdup (colon + 1));
              *colon = '\0';
            }
          part.label = g_strstrip (g_strdup (segment));
        }
      g_array_append_val (parts, part);
      skip_blanks (&p);
      if (!ok || !ends_part (*p))
        return sf_csv_invalid (error, _("In “%s”, the quotes are not where they should be."),
                               name);
    }
  return TRUE;
}

static gboolean
matches_word (const char         *text,
              const char         *word,
              const char * const *aliases)
{
  if (g_ascii_strcasecmp (text, word) == 0)
    return TRUE;
  for (guint i = 0; aliases != NULL && aliases[i] != NULL; i++)
    if (g_ascii_strcasecmp (text, aliases[i]) == 0)
      return TRUE;
  return FALSE;
}

/* A count after a label: a number, zero or more. */
static gboolean
read_count (const Part  *part,
            const char  *name,
            double      *number,
            GError     **error)
{
  if (!sf_csv_parse_number (part->value, number))
    return sf_csv_invalid (error, _("In “%s”, “%s” is not a number."), name, part->value);
  if (*number < 0)
    return sf_csv_invalid (error, _("In “%s”, “%s” cannot be negative."), name, part->label);
  return TRUE;
}

/* ---- reading: the forms ----------------------------------------------------------------- */

/* "<55", "55-64", also with an en dash or spaces; the average in either language; -1 when
 * it is neither. */
static int
band_index (const char *label)
{
  const char * const *bands = SF_AGE_BANDS;
  g_autoptr(GString) plain = g_string_new (NULL);

  for (const char *p = label; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x2013)
        g_string_append_c (plain, '-');
      else if (!g_unichar_isspace (c))
        g_string_append_unichar (plain, c);
    }
  for (int i = 0; bands[i] != NULL; i++)
    if (strcmp (plain->str, bands[i]) == 0)
      return i;
  for (guint l = 0; l < G_N_ELEMENTS (labels); l++)
    if (matches_word (label, labels[l].average, average_aliases))
      return AVERAGE;
  return -1;
}

static const Labels *
ui_labels (void)
{
  return &labels[sf_csv_language_default ()];
}

static char *
parse_distribution (GArray      *parts,
                    const char  *name,
                    GError     **error)
{
  const char * const *bands = SF_AGE_BANDS;
  gboolean has[N_BANDS + 1] = { FALSE };
  double numbers[N_BANDS + 1];
  g_autoptr(GString) json = g_string_new ("{");

  for (guint i = 0; i < parts->len; i++)
    {
      const Part *part = &g_array_index (parts, Part, i);
      int band = band_index (part->label);

      if (band < 0)
        sf_csv_invalid (error, _("In “%s”, “%s” is not an age group: use <55, 55-64, 65-74, "
                                 "75-84, 85+ or “%s”."), name, part->label, ui_labels ()->average);
      else if (part->value == NULL)
        sf_csv_invalid (error, _("In “%s”, “%s” needs a number after a colon, such as “%s: "
                                 "12”."), name, part->label, part->label);
      else if (has[band])
        sf_csv_invalid (error, _("In “%s”, “%s” is there twice."), name, part->label);
      if (band < 0 || part->value == NULL || has[band] ||
          !read_count (part, name, &numbers[band], error))
        return NULL;
      has[band] = TRUE;
    }
  for (guint i = 0; i < N_BANDS; i++)
    {
      if (!has[i])
        continue;
      g_string_append (json, json->len == 1 ? "\"bands\":{" : ",");
      sf_inventory_json_append_string (json, bands[i]);
      g_string_append_c (json, ':');
      sf_inventory_json_append_number (json, numbers[i]);
    }
  if (json->len > 1)
    g_string_append_c (json, '}');
  if (has[AVERAGE])
    {
      g_string_append (json, json->len > 1 ? ",\"average\":" : "\"average\":");
      sf_inventory_json_append_number (json, numbers[AVERAGE]);
    }
  g_string_append_c (json, '}');
  return g_string_free (g_steal_pointer (&json), FALSE);
}

static char *
parse_counts (GArray      *parts,
              const char  *name,
              GError     **error)
{
  g_autoptr(GString) json = g_string_new ("[");

  for (guint i = 0; i < parts->len; i++)
    {
      const Part *part = &g_array_index (parts, Part, i);
      double count;

      if (!part->quoted && *part->label == '\0')
        {
          sf_csv_invalid (error, _("In “%s”, each number needs its kind before it, such as "
                                   "“%s”."), name,
                          /* Translators: a kind of report with its number, in a cell of a
                           * CSV file. */
                          _("Noise: 4"));
          return NULL;
        }
      if (json->len > 1)
        g_string_append_c (json, ',');
      g_string_append (json, "{\"kind\":");
      sf_inventory_json_append_string (json, part->label);
      if (part->value != NULL)
        {
          if (!read_count (part, name, &count, error))
            return NULL;
          g_string_append (json, ",\"count\":");
          sf_inventory_json_append_number (json, count);
        }
      g_string_append_c (json, '}');
    }
  g_string_append_c (json, ']');
  return g_string_free (g_steal_pointer (&json), FALSE);
}

typedef struct
{
  const char *texts[ATTENDANCE]; /* NULL: not given */
  gboolean    has_attendance;
  double      attendance;
} Activity;

static gboolean
activity_is_empty (const Activity *activity)
{
  return activity->texts[0] == NULL && activity->texts[1] == NULL &&
         activity->texts[2] == NULL && !activity->has_attendance;
}

static void
append_activity (GString        *json,
                 const Activity *activity)
{
  gboolean first = TRUE;

  if (activity_is_empty (activity))
    return;
  g_string_append (json, json->len > 1 ? ",{" : "{");
  for (guint f = 0; f < N_ACTIVITY_FIELDS; f++)
    {
      if (f < ATTENDANCE ? activity->texts[f] == NULL : !activity->has_attendance)
        continue;
      if (!first)
        g_string_append_c (json, ',');
      first = FALSE;
      sf_inventory_json_append_string (json, activity_members[f]);
      g_string_append_c (json, ':');
      if (f < ATTENDANCE)
        sf_inventory_json_append_string (json, activity->texts[f]);
      else
        sf_inventory_json_append_number (json, activity->attendance);
    }
  g_string_append_c (json, '}');
}

static int
activity_field (const char *label)
{
  for (int f = 0; f < N_ACTIVITY_FIELDS; f++)
    for (guint l = 0; l < G_N_ELEMENTS (labels); l++)
      if (matches_word (label, labels[l].activity[f], activity_aliases[f]))
        return f;
  return -1;
}

/* An activity per line; on one line, a part whose field the activity has already starts the
 * next. */
static char *
parse_activities (GArray      *parts,
                  const char  *name,
                  GError     **error)
{
  g_autoptr(GString) json = g_string_new ("[");
  Activity activity = { { NULL } };

  for (guint i = 0; i < parts->len; i++)
    {
      const Part *part = &g_array_index (parts, Part, i);
      int field = part->value == NULL ? 0 : activity_field (part->label);
      gboolean has;

      if (field < 0)
        {
          const Labels *words = ui_labels ();
          g_autofree char *list = g_strjoin (", ", words->activity[0], words->activity[1],
                                             words->activity[2], words->activity[3], NULL);

          sf_csv_invalid (error, _("In “%s”, “%s” is not one of: %s."), name, part->label,
                          list);
          return NULL;
        }
      has = field < ATTENDANCE ? activity.texts[field] != NULL : activity.has_attendance;
      if (has || (part->new_line && !activity_is_empty (&activity)))
        {
          append_activity (json, &activity);
          activity = (Activity) { { NULL } };
        }
      if (field == ATTENDANCE)
        {
          if (!read_count (part, name, &activity.attendance, error))
            return NULL;
          activity.has_attendance = TRUE;
        }
      else
        activity.texts[field] = part->value != NULL ? part->value : part->label;
    }
  append_activity (json, &activity);
  g_string_append_c (json, ']');
  return g_string_free (g_steal_pointer (&json), FALSE);
}

char *
sf_csv_parse_structured (SfIndicatorType   type,
                         const char       *text,
                         const char       *name,
                         GError          **error)
{
  g_autoptr(GArray) parts = g_array_new (FALSE, TRUE, sizeof (Part));
  const char *start = text;

  g_array_set_clear_func (parts, part_clear);
  skip_blanks (&start);
  /* As older versions wrote it. */
  if (*start == '{' || *start == '[')
    {
      if (sf_inventory_json_fits (type, text))
        return g_strdup (text);
      sf_csv_invalid (error, _("The figures of “%s” are not in the expected form."), name);
      return NULL;
    }
  if (!split_parts (text, type == SF_INDICATOR_ACTIVITIES, parts, name, error))
    return NULL;
  if (parts->len == 0)
    {
      sf_csv_invalid (error, _("The figures of “%s” are not in the expected form."), name);
      return NULL;
    }
  switch (type)
    {
    case SF_INDICATOR_DISTRIBUTION:
      return parse_distribution (parts, name, error);
    case SF_INDICATOR_CATEGORY_COUNTS:
      return parse_counts (parts, name, error);
    case SF_INDICATOR_ACTIVITIES:
      return parse_activities (parts, name, error);
    case SF_INDICATOR_COUNT:
    case SF_INDICATOR_YES_NO:
    case SF_INDICATOR_CATEGORY:
    case SF_INDICATOR_N_TYPES:
    default:
      g_return_val_if_reached (NULL);
    }
}
