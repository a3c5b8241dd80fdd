/* sf-changeset-writer.c: an undo record written by the action itself, for bulk writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The format is the one sqlite3session.c documents ("CHANGESET FORMAT"): per table a header
 * ('T', the number of columns as a varint, one primary-key flag byte per column, the name and
 * a nul), then per row the operation, an "indirect" byte and the old and/or new record; a
 * record holds per column a type byte and the value (integers and reals as 8 big-endian
 * bytes, text as a varint length and the bytes; "undefined" is a lone 0).
 */
#include "config.h"

#include <string.h>

#include "sf-changeset-writer.h"

struct _SfChangesetWriter
{
  guint8     *data;         /* from sqlite3_malloc (), as a session's changeset */
  gsize       length;
  gsize       allocated;
  GPtrArray  *tables;       /* names of the tables with changes, in order */
  char       *table;        /* the table of the next change */
  guint       n_columns;
  guint       key_column;
  gboolean    header_done;  /* the current table's header is written */
};

SfChangeValue
sf_change_from_column (sqlite3_stmt *stmt,
                       int           column)
{
  switch (sqlite3_column_type (stmt, column))
    {
    case SQLITE_INTEGER:
      return sf_change_integer (sqlite3_column_int64 (stmt, column));
    case SQLITE_FLOAT:
      return sf_change_real (sqlite3_column_double (stmt, column));
    case SQLITE_TEXT:
      return sf_change_text ((const char *) sqlite3_column_text (stmt, column));
    case SQLITE_NULL:
      return sf_change_null ();
    default:
      /* Blobs (and text holding a nul) are not in the tables written this way. */
      g_critical ("a blob cannot be read into a changeset value");
      return sf_change_null ();
    }
}

SfChangesetWriter *
sf_changeset_writer_new (void)
{
  SfChangesetWriter *writer = g_new0 (SfChangesetWriter, 1);

  writer->tables = g_ptr_array_new_with_free_func (g_free);
  return writer;
}

void
sf_changeset_writer_free (SfChangesetWriter *writer)
{
  if (writer == NULL)
    return;
  sqlite3_free (writer->data);
  g_ptr_array_unref (writer->tables);
  g_free (writer->table);
  g_free (writer);
}

/* The table that the next changes belong to; its header is written with the first of them,
 * so that a table without changes leaves no trace. */
void
sf_changeset_writer_set_table (SfChangesetWriter *writer,
                               const char        *table,
                               guint              n_columns,
                               guint              key_column)
{
  g_return_if_fail (key_column < n_columns);

  if (g_strcmp0 (writer->table, table) == 0 && writer->n_columns == n_columns &&
      writer->key_column == key_column)
    return;
  g_free (writer->table);
  writer->table = g_strdup (table);
  writer->n_columns = n_columns;
  writer->key_column = key_column;
  writer->header_done = FALSE;
}

/* Room for @n more bytes at the end of the changeset. */
static guint8 *
grow (SfChangesetWriter *writer,
      gsize              n)
{
  guint8 *end;

  if (writer->length + n > writer->allocated)
    {
      gsize allocated = MAX (4096, writer->allocated);

      while (allocated < writer->length + n)
        allocated *= 2;
      writer->data = sqlite3_realloc64 (writer->data, allocated);
      if (writer->data == NULL)
        g_error ("out of memory for a changeset of %" G_GSIZE_FORMAT " bytes", allocated);
      writer->allocated = allocated;
    }
  end = writer->data + writer->length;
  writer->length += n;
  return end;
}

static void
put_byte (SfChangesetWriter *writer,
          guint8             byte)
{
  *grow (writer, 1) = byte;
}

/* SQLite's varint: seven bits per byte, most significant first, the high bit set on every
 * byte but the last (enough for lengths below 2^56, which a text always is). Returns the
 * number of bytes, writing them when @out is not NULL. */
static int
put_varint (guint8  *out,
            guint64  value)
{
  int n = 1;

  for (guint64 rest = value >> 7; rest != 0; rest >>= 7)
    n++;
  if (out != NULL)
    for (int i = n - 1; i >= 0; i--, value >>= 7)
      out[i] = (value & 0x7f) | (i == n - 1 ? 0 : 0x80);
  return n;
}

static void
put_big_endian (guint8  *out,
                guint64  bits)
{
  for (int i = 0; i < 8; i++)
    out[i] = (bits >> (56 - 8 * i)) & 0xff;
}

static void
put_value (SfChangesetWriter   *writer,
           const SfChangeValue *value)
{
  guint8 *out;
  guint64 bits;
  gsize length;
  int n;

  switch (value->type)
    {
    case SQLITE_INTEGER:
      out = grow (writer, 9);
      put_big_endian (out + 1, (guint64) value->v.integer);
      break;
    case SQLITE_FLOAT:
      out = grow (writer, 9);
      memcpy (&bits, &value->v.real, sizeof bits);
      put_big_endian (out + 1, bits);
      break;
    case SQLITE_TEXT:
      length = strlen (value->v.text);
      n = put_varint (NULL, length);
      out = grow (writer, 1 + n + length);
      put_varint (out + 1, length);
      memcpy (out + 1 + n, value->v.text, length);
      break;
    case SQLITE_NULL:
      out = grow (writer, 1);
      break;
    default:
      /* A type without its value would make the rest of the changeset unreadable. */
      g_critical ("a changeset value of type %d cannot be written", value->type);
      out = grow (writer, 1);
      out[0] = SQLITE_NULL;
      return;
    }
  out[0] = value->type;
}

static void
put_undefined (SfChangesetWriter *writer)
{
  put_byte (writer, 0);
}

static void
begin_change (SfChangesetWriter *writer,
              int                op)
{
  g_assert (writer->table != NULL);

  if (!writer->header_done)
    {
      put_byte (writer, 'T');
      put_varint (grow (writer, put_varint (NULL, writer->n_columns)), writer->n_columns);
      for (guint i = 0; i < writer->n_columns; i++)
        put_byte (writer, i == writer->key_column ? 1 : 0);
      memcpy (grow (writer, strlen (writer->table) + 1), writer->table,
              strlen (writer->table) + 1);
      writer->header_done = TRUE;
      if (!g_ptr_array_find_with_equal_func (writer->tables, writer->table, g_str_equal, NULL))
        g_ptr_array_add (writer->tables, g_strdup (writer->table));
    }
  put_byte (writer, op);
  put_byte (writer, 0); /* a direct change */
}

/* A row that was inserted, with every column's value. */
void
sf_changeset_writer_insert (SfChangesetWriter   *writer,
                            const SfChangeValue *row)
{
  begin_change (writer, SQLITE_INSERT);
  for (guint i = 0; i < writer->n_columns; i++)
    put_value (writer, &row[i]);
}

/* Whether a column holds the same after as before, the way the session compares: by type and
 * by the stored bytes. */
static gboolean
same_value (const SfChangeValue *a,
            const SfChangeValue *b)
{
  if (a->type != b->type)
    return FALSE;
  switch (a->type)
    {
    case SQLITE_INTEGER:
      return a->v.integer == b->v.integer;
    case SQLITE_FLOAT:
      return memcmp (&a->v.real, &b->v.real, sizeof (double)) == 0;
    case SQLITE_TEXT:
      return strcmp (a->v.text, b->v.text) == 0;
    case SQLITE_NULL:
    default:
      return TRUE;
    }
}

/* A row updated in place (the key stays), given every column before and after. Returns
 * FALSE and writes nothing when no column changed, as a session leaves such rows out. */
gboolean
sf_changeset_writer_update (SfChangesetWriter   *writer,
                            const SfChangeValue *old_row,
                            const SfChangeValue *new_row)
{
  gboolean changed = FALSE;

  g_return_val_if_fail (same_value (&old_row[writer->key_column],
                                    &new_row[writer->key_column]), FALSE);

  for (guint i = 0; i < writer->n_columns && !changed; i++)
    changed = !same_value (&old_row[i], &new_row[i]);
  if (!changed)
    return FALSE;

  /* The old record holds the key and the old value of each changed column; the new record
   * the new value of each changed column; every other field is "undefined". */
  begin_change (writer, SQLITE_UPDATE);
  for (guint i = 0; i < writer->n_columns; i++)
    {
      if (i == writer->key_column || !same_value (&old_row[i], &new_row[i]))
        put_value (writer, &old_row[i]);
      else
        put_undefined (writer);
    }
  for (guint i = 0; i < writer->n_columns; i++)
    {
      if (i != writer->key_column && !same_value (&old_row[i], &new_row[i]))
        put_value (writer, &new_row[i]);
      else
        put_undefined (writer);
    }
  return TRUE;
}

/* Adds the names of the tables that have changes to @tables (a set of owned strings). */
gboolean
sf_changeset_writer_append (SfChangesetWriter *writer,
                            const void        *changeset,
                            int                size)
{
  sqlite3_changeset_iter *it = NULL;
  const char *last = NULL;
  int rc;

  g_return_val_if_fail (size >= 0, FALSE);

  rc = sqlite3changeset_start (&it, size, (void *) changeset);
  while (rc == SQLITE_OK && sqlite3changeset_next (it) == SQLITE_ROW)
    {
      const char *table = NULL;
      int n_columns, op, indirect;

      sqlite3changeset_op (it, &table, &n_columns, &op, &indirect);
      if (g_strcmp0 (table, last) != 0)
        g_ptr_array_add (writer->tables, g_strdup (table));
      last = writer->tables->len > 0 ? g_ptr_array_index (writer->tables, writer->tables->len - 1)
                                     : NULL;
    }
  if (rc == SQLITE_OK)
    rc = sqlite3changeset_finalize (it);
  if (rc != SQLITE_OK)
    return FALSE;
  if (size > 0)
    memcpy (grow (writer, size), changeset, size);
  /* What is written next starts a table section of its own. */
  g_clear_pointer (&writer->table, g_free);
  writer->header_done = FALSE;
  return TRUE;
}

void
sf_changeset_writer_add_tables (SfChangesetWriter *writer,
                                GHashTable        *tables)
{
  for (guint i = 0; i < writer->tables->len; i++)
    if (!g_hash_table_contains (tables, writer->tables->pdata[i]))
      g_hash_table_add (tables, g_strdup (writer->tables->pdata[i]));
}

/* The changeset, in memory from sqlite3_malloc () as the session's are: NULL and 0 when
 * nothing changed, NULL and a size when it is too large to apply. The writer starts empty
 * again. */
void *
sf_changeset_writer_steal (SfChangesetWriter *writer,
                           int               *size)
{
  void *changeset = writer->data;

  /* A changeset is counted in an int; the import's 20 MB limit keeps far below it. */
  *size = writer->length <= G_MAXINT ? (int) writer->length : G_MAXINT;
  if (writer->length > G_MAXINT)
    {
      sqlite3_free (writer->data);
      changeset = NULL;
    }
  writer->data = NULL;
  writer->length = writer->allocated = 0;
  g_ptr_array_set_size (writer->tables, 0);
  writer->header_done = FALSE;
  return changeset;
}
