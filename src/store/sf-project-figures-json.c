/* sf-inventory-json.c: whether a structured figure (age bands, counts by kind, activities)
 * is JSON of the form its indicator needs, and whether two such figures mean the same
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A CSV import checks thousands of these. json-glib builds a tree of GObjects for each, which
 * took a third of the import's reading; this checks the text in one pass, as strict JSON
 * (RFC 8259), without building anything. What it accepts, json-glib reads the same way. The
 * readers get the same tree json-glib would build (JsonNode), built here in one pass too;
 * tests/fuzz-json.c holds both against json-glib.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "sf-project-figures-private.h"

/* Deeper than any figure needs; it keeps the recursion bounded. */
#define MAX_DEPTH 32

typedef struct
{
  const char *p;
  int         depth;
  GString    *name;  /* the member name being read */
} Json;

/* Reads a member's value; @name (json->name) is only valid until the value is read. */
typedef gboolean (*MemberFunc)  (Json       *json,
                                 const char *name,
                                 gpointer    data);
typedef gboolean (*ElementFunc) (Json       *json,
                                 gpointer    data);

static gboolean any_value (Json *json);

static void
skip_space (Json *json)
{
  while (*json->p == ' ' || *json->p == '\t' || *json->p == '\n' || *json->p == '\r')
    json->p++;
}

static int
hex_digit (char c)
{
  return g_ascii_xdigit_value (c);
}

/* Four hex digits after "\u"; -1 if they are not. */
static int
read_hex4 (const char *p)
{
  int value = 0;

  for (int i = 0; i < 4; i++)
    {
      int digit = hex_digit (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  return value;
}

/* A string at json->p; its text, unescaped, in @text when that is not NULL. A NUL (escaped
 * or not) and a lone surrogate are refused: no C string can hold the one, no UTF-8 the
 * other. */
static gboolean
read_string (Json    *json,
             GString *text)
{
  if (*json->p != '"')
    return FALSE;
  json->p++;
  if (text != NULL)
    g_string_truncate (text, 0);
  for (;;)
    {
      guchar c = *json->p;
      gunichar u;
      int unit, low;

      if (c == '"')
        {
          json->p++;
          return TRUE;
        }
      if (c < 0x20)
        return FALSE;
      if (c != '\\')
        {
          if (text != NULL)
            g_string_append_c (text, c);
          json->p++;
          continue;
        }
      json->p++;
      switch (*json->p)
        {
        case '"': u = '"'; break;
        case '\\': u = '\\'; break;
        case '/': u = '/'; break;
        case 'b': u = '\b'; break;
        case 'f': u = '\f'; break;
        case 'n': u = '\n'; break;
        case 'r': u = '\r'; break;
        case 't': u = '\t'; break;
        case 'u':
          unit = read_hex4 (json->p + 1);
          if (unit <= 0 || (unit >= 0xdc00 && unit <= 0xdfff))
            return FALSE;
          json->p += 4;
          u = unit;
          if (unit >= 0xd800 && unit <= 0xdbff)
            {
              if (json->p[1] != '\\' || json->p[2] != 'u')
                return FALSE;
              low = read_hex4 (json->p + 3);
              if (low < 0xdc00 || low > 0xdfff)
                return FALSE;
              json->p += 6;
              u = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
            }
          break;
        default:
          return FALSE;
        }
      if (text != NULL)
        g_string_append_unichar (text, u);
      json->p++;
    }
}

/* A number at json->p, in @value when that is not NULL; @whole tells whether it has neither
 * a fraction nor an exponent. */
static gboolean
read_number (Json     *json,
             double   *value,
             gboolean *whole)
{
  const char *start = json->p;
  guint digits = 0;

  *whole = TRUE;
  if (*json->p == '-')
    json->p++;
  if (*json->p == '0')
    {
      json->p++;
      digits = 1;
    }
  else if (g_ascii_isdigit (*json->p))
    for (; g_ascii_isdigit (*json->p); json->p++)
      digits++;
  else
    return FALSE;
  if (*json->p == '.')
    {
      json->p++;
      *whole = FALSE;
      if (!g_ascii_isdigit (*json->p))
        return FALSE;
      while (g_ascii_isdigit (*json->p))
        json->p++;
    }
  if (*json->p == 'e' || *json->p == 'E')
    {
      json->p++;
      *whole = FALSE;
      if (*json->p == '+' || *json->p == '-')
        json->p++;
      if (!g_ascii_isdigit (*json->p))
        return FALSE;
      while (g_ascii_isdigit (*json->p))
        json->p++;
    }
  /* A whole number beyond 64 bits is read differently by every parser: not a figure. */
  if (*whole && digits > 18)
    return FALSE;
  if (value != NULL)
    *value = g_ascii_strtod (start, NULL);
  return TRUE;
}

static gboolean
read_literal (Json       *json,
              const char *word)
{
  gsize length = strlen (word);

  if (strncmp (json->p, word, length) != 0)
    return FALSE;
  json->p += length;
  return TRUE;
}

/* An object at json->p; @member reads each member's value (any value when NULL). */
static gboolean
read_object (Json       *json,
             MemberFunc  member,
             gpointer    data)
{
  if (*json->p != '{' || ++json->depth > MAX_DEPTH)
    return FALSE;
  json->p++;
  skip_space (json);
  if (*json->p != '}')
    for (;;)
      {
        skip_space (json);
        if (!read_string (json, json->name))
          return FALSE;
        skip_space (json);
        if (*json->p != ':')
          return FALSE;
        json->p++;
        skip_space (json);
        if (!(member != NULL ? member (json, json->name->str, data) : any_value (json)))
          return FALSE;
        skip_space (json);
        if (*json->p != ',')
          break;
        json->p++;
      }
  if (*json->p != '}')
    return FALSE;
  json->p++;
  json->depth--;
  return TRUE;
}

/* An array at json->p; @element reads each element (any value when NULL). */
static gboolean
read_array (Json        *json,
            ElementFunc  element,
            gpointer     data)
{
  if (*json->p != '[' || ++json->depth > MAX_DEPTH)
    return FALSE;
  json->p++;
  skip_space (json);
  if (*json->p != ']')
    for (;;)
      {
        skip_space (json);
        if (!(element != NULL ? element (json, data) : any_value (json)))
          return FALSE;
        skip_space (json);
        if (*json->p != ',')
          break;
        json->p++;
      }
  if (*json->p != ']')
    return FALSE;
  json->p++;
  json->depth--;
  return TRUE;
}

static gboolean
any_value (Json *json)
{
  gboolean whole;

  switch (*json->p)
    {
    case '{':
      return read_object (json, NULL, NULL);
    case '[':
      return read_array (json, NULL, NULL);
    case '"':
      return read_string (json, NULL);
    case 't':
      return read_literal (json, "true");
    case 'f':
      return read_literal (json, "false");
    case 'n':
      return read_literal (json, "null");
    default:
      return read_number (json, NULL, &whole);
    }
}

/* A count: a number, not below zero. */
static gboolean
read_count (Json *json)
{
  double value;
  gboolean whole;

  return read_number (json, &value, &whole) && isfinite (value) && value >= 0;
}

/* ---- one form for one meaning ------------------------------------------------------------ */

static gboolean normal_value (Json    *json,
                              GString *out);

void
sf_inventory_json_append_number (GString *out,
                                 double   number)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (number == 0)
    number = 0;
  g_ascii_formatd (buffer, sizeof buffer, "%.15g", number);
  if (g_ascii_strtod (buffer, NULL) != number)
    g_ascii_formatd (buffer, sizeof buffer, "%.17g", number);
  g_string_append (out, buffer);
}

void
sf_inventory_json_append_string (GString    *out,
                                 const char *text)
{
  g_string_append_c (out, '"');
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    switch (*p)
      {
      case '"':
      case '\\':
        g_string_append_c (out, '\\');
        g_string_append_c (out, *p);
        break;
      case '\n':
        g_string_append (out, "\\n");
        break;
      case '\r':
        g_string_append (out, "\\r");
        break;
      case '\t':
        g_string_append (out, "\\t");
        break;
      default:
        if (*p < 0x20)
          g_string_append_printf (out, "\\u%04x", *p);
        else
          g_string_append_c (out, *p);
        break;
      }
  g_string_append_c (out, '"');
}

typedef struct
{
  char *name;
  char *value; /* in normal form */
} Member;

static void
member_clear (gpointer data)
{
  Member *member = data;

  g_free (member->name);
  g_free (member->value);
}

static int
compare_members (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (((const Member *) a)->name, ((const Member *) b)->name);
}

static gboolean
normal_member (Json       *json,
               const char *name,
               gpointer    data)
{
  g_autoptr(GString) value = g_string_new (NULL);
  Member member;

  member.name = g_strdup (name);
  if (!normal_value (json, value))
    {
      g_free (member.name);
      return FALSE;
    }
  member.value = g_string_free (g_steal_pointer (&value), FALSE);
  g_array_append_val ((GArray *) data, member);
  return TRUE;
}

/* An object's members in the order of their names: the order they were written in means
 * nothing. */
static gboolean
normal_object (Json    *json,
               GString *out)
{
  g_autoptr(GArray) members = g_array_new (FALSE, TRUE, sizeof (Member));

  g_array_set_clear_func (members, member_clear);
  if (!read_object (json, normal_member, members))
    return FALSE;
  g_array_sort (members, compare_members);
  g_string_append_c (out, '{');
  for (guint i = 0; i < members->len; i++)
    {
      Member *member = &g_array_index (members, Member, i);

      if (i > 0)
        g_string_append_c (out, ',');
      sf_inventory_json_append_string (out, member->name);
      g_string_append_c (out, ':');
      g_string_append (out, member->value);
    }
  g_string_append_c (out, '}');
  return TRUE;
}

typedef struct
{
  GString *out;
  gsize    start; /* where the array's elements begin in @out */
} Elements;

static gboolean
normal_element (Json     *json,
                gpointer  data)
{
  Elements *elements = data;

  if (elements->out->len > elements->start)
    g_string_append_c (elements->out, ',');
  return normal_value (json, elements->out);
}

static gboolean
normal_array (Json    *json,
              GString *out)
{
  Elements elements;

  g_string_append_c (out, '[');
  elements = (Elements) { out, out->len };
  if (!read_array (json, normal_element, &elements))
    return FALSE;
  g_string_append_c (out, ']');
  return TRUE;
}

static gboolean
normal_value (Json    *json,
              GString *out)
{
  const char *start = json->p;
  gboolean whole;
  double number;

  switch (*json->p)
    {
    case '{':
      return normal_object (json, out);
    case '[':
      return normal_array (json, out);
    case '"':
      {
        g_autoptr(GString) text = g_string_new (NULL);

        if (!read_string (json, text))
          return FALSE;
        sf_inventory_json_append_string (out, text->str);
        return TRUE;
      }
    case 't':
    case 'f':
    case 'n':
      if (!read_literal (json, "true") && !read_literal (json, "false") &&
          !read_literal (json, "null"))
        return FALSE;
      g_string_append_len (out, start, json->p - start);
      return TRUE;
    default:
      if (!read_number (json, &number, &whole) || !isfinite (number))
        return FALSE;
      sf_inventory_json_append_number (out, number);
      return TRUE;
    }
}

/* @text in one form for one meaning (no spaces, members in order, numbers as short as they
 * can be); NULL when it is no JSON. */
static char *
normal_form (const char *text)
{
  g_autoptr(GString) name = g_string_sized_new (32);
  g_autoptr(GString) out = g_string_new (NULL);
  Json json = { text, 0, name };

  if (!g_utf8_validate (text, -1, NULL))
    return NULL;
  skip_space (&json);
  if (!normal_value (&json, out))
    return NULL;
  skip_space (&json);
  if (*json.p != '\0')
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* ---- a tree of what was read ------------------------------------------------------------ */

static JsonNode *build_value (Json *json);

static gboolean
build_member (Json       *json,
              const char *name,
              gpointer    data)
{
  g_autofree char *kept = g_strdup (name); /* the next member's name goes where it is */
  JsonNode *value = build_value (json);

  if (value == NULL)
    return FALSE;
  json_object_set_member (data, kept, value);
  return TRUE;
}

static gboolean
build_element (Json     *json,
               gpointer  data)
{
  JsonNode *value = build_value (json);

  if (value == NULL)
    return FALSE;
  json_array_add_element (data, value);
  return TRUE;
}

/* The value at json->p as json-glib's parser makes it: a whole number an integer, any other a
 * double. */
static JsonNode *
build_value (Json *json)
{
  const char *start = json->p;
  JsonNode *node = NULL;
  double number;
  gboolean whole;

  switch (*json->p)
    {
    case '{':
      {
        JsonObject *object = json_object_new ();

        if (read_object (json, build_member, object))
          json_node_take_object ((node = json_node_new (JSON_NODE_OBJECT)), object);
        else
          json_object_unref (object);
        return node;
      }
    case '[':
      {
        JsonArray *array = json_array_new ();

        if (read_array (json, build_element, array))
          json_node_take_array ((node = json_node_new (JSON_NODE_ARRAY)), array);
        else
          json_array_unref (array);
        return node;
      }
    case '"':
      {
        g_autoptr(GString) text = g_string_new (NULL);

        if (read_string (json, text))
          json_node_set_string ((node = json_node_new (JSON_NODE_VALUE)), text->str);
        return node;
      }
    case 't':
    case 'f':
      if (read_literal (json, "true") || read_literal (json, "false"))
        json_node_set_boolean ((node = json_node_new (JSON_NODE_VALUE)), *start == 't');
      return node;
    case 'n':
      return read_literal (json, "null") ? json_node_new (JSON_NODE_NULL) : NULL;
    default:
      if (!read_number (json, &number, &whole))
        return NULL;
      node = json_node_new (JSON_NODE_VALUE);
      if (whole)
        json_node_set_int (node, g_ascii_strtoll (start, NULL, 10));
      else
        json_node_set_double (node, number);
      return node;
    }
}

/* Read here rather than by json-glib's parser, whose objects, signals and scanner took most of
 * the time a deck needs to read a flat's figures anew; tests/fuzz-json.c holds the two
 * trees equal. */
JsonNode *
sf_inventory_json_parse (const char *json)
{
  g_autoptr(GString) name = g_string_sized_new (32);
  Json reader = { json, 0, name };
  g_autoptr(JsonNode) root = NULL;

  if (json == NULL || !g_utf8_validate (json, -1, NULL))
    return NULL;
  skip_space (&reader);
  if ((root = build_value (&reader)) == NULL)
    return NULL;
  skip_space (&reader);
  if (*reader.p != '\0')
    return NULL;
  return g_steal_pointer (&root);
}

gboolean
sf_inventory_json_equal (const char *a,
                         const char *b)
{
  g_autofree char *normal_a = NULL;
  g_autofree char *normal_b = NULL;

  if (g_strcmp0 (a, b) == 0)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;
  normal_a = normal_form (a);
  normal_b = normal_form (b);
  return normal_a != NULL && normal_b != NULL && strcmp (normal_a, normal_b) == 0;
}

/* ---- the forms -------------------------------------------------------------------------- */

/* {"bands": {"<55": 10, ...}, "average": 77}: bands or an average or both, other members
 * ignored. */
typedef struct
{
  gboolean has_bands;
  gboolean has_average;
} Distribution;

static gboolean
read_band (Json       *json,
           const char *name,
           gpointer    data)
{
  return g_strv_contains (SF_AGE_BANDS, name) && read_count (json);
}

static gboolean
read_distribution_member (Json       *json,
                          const char *name,
                          gpointer    data)
{
  Distribution *distribution = data;

  if (strcmp (name, "bands") == 0)
    {
      distribution->has_bands = TRUE;
      return read_object (json, read_band, NULL);
    }
  if (strcmp (name, "average") == 0)
    {
      distribution->has_average = TRUE;
      return read_count (json);
    }
  return any_value (json);
}

/* A list of objects whose members are the given texts and one count, all optional except
 * @required (a text), when given. */
typedef struct
{
  const char * const *texts;
  const char         *count;
  const char         *required;
  gboolean            has_required;
} List;

static gboolean
read_list_member (Json       *json,
                  const char *name,
                  gpointer    data)
{
  List *list = data;

  if (g_strv_contains (list->texts, name))
    {
      if (list->required != NULL && strcmp (name, list->required) == 0)
        list->has_required = TRUE;
      return read_string (json, NULL);
    }
  return strcmp (name, list->count) == 0 && read_count (json);
}

static gboolean
read_list_element (Json     *json,
                   gpointer  data)
{
  List *list = data;

  list->has_required = FALSE;
  return read_object (json, read_list_member, list) &&
         (list->required == NULL || list->has_required);
}

/* Whether @json is the structured value of a @type indicator (also used by the CSV import). */
gboolean
sf_inventory_json_fits (SfIndicatorType  type,
                        const char      *text)
{
  g_autoptr(GString) name = g_string_sized_new (32);
  Json json = { text, 0, name };
  gboolean ok;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return FALSE;
  skip_space (&json);
  if (type == SF_INDICATOR_DISTRIBUTION)
    {
      Distribution distribution = { FALSE, FALSE };

      ok = read_object (&json, read_distribution_member, &distribution) &&
           (distribution.has_bands || distribution.has_average);
    }
  else if (type == SF_INDICATOR_CATEGORY_COUNTS)
    {
      List list = { (const char *[]) { "kind", NULL }, "count", "kind", FALSE };

      ok = read_array (&json, read_list_element, &list);
    }
  else if (type == SF_INDICATOR_ACTIVITIES)
    {
      List list = { (const char *[]) { "name", "organiser", "frequency", NULL }, "attendance",
                    NULL, FALSE };

      ok = read_array (&json, read_list_element, &list);
    }
  else
    return FALSE;
  skip_space (&json);
  return ok && *json.p == '\0';
}
