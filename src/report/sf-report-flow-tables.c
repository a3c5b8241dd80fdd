/* sf-report-flow-tables.c: a table down the pages: broken between rows, with at least two
 * rows on each side, its header row repeated
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-report-flow.h"

#define CELL_PAD_X      5.0
#define CELL_PAD_Y      3.5

/* A total is set in the header's bold. */
static SfReportStyle
cell_style (SfReportTable *table,
            guint          row)
{
  return g_array_index (table->totals, guint8, row) ? SF_REPORT_STYLE_TABLE_HEAD
                                                    : SF_REPORT_STYLE_TABLE;
}

/* @kept: NULL, or n_columns layouts handed out as sf_flow_text_height_full () does. */
static double
measure_row (SfFlow         *f,
                  SfReportTable  *table,
                  const double   *widths,
                  guint           row,
                  guint           max_lines,
                  PangoLayout   **kept)
{
  double height = 0;

  for (guint c = 0; c < table->n_columns; c++)
    {
      double w = widths[c] - 2 * CELL_PAD_X;
      SfReportAlign align = table->columns[c].align;
      PangoLayout **cell = kept ? &kept[c] : NULL;

      if (row == G_MAXUINT)
        height = MAX (height, sf_flow_text_height_full (f, SF_REPORT_STYLE_TABLE_HEAD,
                                                        table->columns[c].title, FALSE, w, align,
                                                        0, cell));
      else
        {
          GStrv cells = g_ptr_array_index (table->rows, row);
          gboolean estimate = g_array_index (table->estimates, guint8,
                                             row * table->n_columns + c);
          g_autofree char *markup = estimate ? sf_report_estimate_markup (cells[c]) : NULL;

          height = MAX (height, sf_flow_text_height_full (f, cell_style (table, row),
                                                          estimate ? markup : cells[c], estimate,
                                                          w, align, max_lines, cell));
        }
    }
  return height + 2 * CELL_PAD_Y;
}

static void
clear_layouts (PangoLayout **layouts,
               guint         n)
{
  for (guint i = 0; i < n; i++)
    g_clear_object (&layouts[i]);
}

/* A row's height, its cells cut to *@lines lines (0: all; the last one shown ends in "…")
 * when the whole row would be taller than @room, what a page has under the header: a long
 * name in a narrow column, or on a small slide. */
static double
table_row_height (SfFlow         *f,
                  SfReportTable  *table,
                  const double   *widths,
                  guint           row,
                  double          room,
                  guint          *lines,
                  PangoLayout   **kept)
{
  double height = measure_row (f, table, widths, row, 0, kept);

  *lines = 0;
  /* Most rows fit, measured once; only a taller one is measured again, a line less each time. */
  if (row == G_MAXUINT || height <= room)
    return height;
  if (kept != NULL)
    clear_layouts (kept, table->n_columns);
  for (*lines = (guint) MAX ((room - 2 * CELL_PAD_Y) /
                             sf_flow_text_height (f, SF_REPORT_STYLE_TABLE, "X", FALSE,
                                                  f->width), 1);
       *lines > 1 && measure_row (f, table, widths, row, *lines, NULL) > room;
       (*lines)--)
    ;
  return measure_row (f, table, widths, row, *lines, kept);
}

/* The room for a row under the header on a page. */
static double
table_room (SfFlow *f,
            double  header)
{
  return f->bottom - f->top - header;
}

static double *
table_widths (SfFlow        *f,
              SfReportTable *table)
{
  double *widths = g_new (double, table->n_columns);
  double total = 0;

  for (guint c = 0; c < table->n_columns; c++)
    total += table->columns[c].share;
  for (guint c = 0; c < table->n_columns; c++)
    widths[c] = f->width * table->columns[c].share / total;
  return widths;
}

/* A table may break before row @row of @n: two rows stay on each side. */
static gboolean
table_may_break (guint row,
                 guint n)
{
  return row >= 2 && row + 2 <= n;
}

/* The rows from @row that must go on one page with it: up to the next place the table may
 * break, or its end. */
static guint
table_unit_end (guint row,
                guint n)
{
  guint end = row + 1;

  while (end < n && !table_may_break (end, n))
    end++;
  return end;
}

static double
table_rows_height (SfFlow        *f,
                   SfReportTable *table,
                   const double  *widths,
                   guint          first,
                   guint          end,
                   double         room)
{
  double height = 0;
  guint lines;

  for (guint r = first; r < end; r++)
    height += table_row_height (f, table, widths, r, room, &lines, NULL);
  return height;
}

/* @kept: n_columns layouts from table_row_height (or NULLs); they stay the caller's. */
static void
place_table_row (SfFlow         *f,
                 guint           index,
                 SfReportTable  *table,
                 const double   *widths,
                 guint           row,
                 double          height,
                 guint           max_lines,
                 PangoLayout   **kept)
{
  gboolean header = row == G_MAXUINT;
  double x = f->left;
  SfReportBox *rule;

  for (guint c = 0; c < table->n_columns; c++)
    {
      SfReportColumn *column = &table->columns[c];
      const char *text = column->title;
      gboolean markup = FALSE;
      SfReportBox *box;

      if (!header)
        {
          GStrv cells = g_ptr_array_index (table->rows, row);

          markup = g_array_index (table->estimates, guint8, row * table->n_columns + c);
          text = markup ? sf_flow_keep_string (f->self, sf_report_estimate_markup (cells[c]))
                        : cells[c];
        }
      box = sf_flow_add_text_box (f, header ? SF_REPORT_ROLE_TABLE_HEADER : SF_REPORT_ROLE_BODY,
                                  index,
                                  header ? SF_REPORT_STYLE_TABLE_HEAD : cell_style (table, row),
                                  text ? text : "", markup, x + CELL_PAD_X, f->y + CELL_PAD_Y,
                                  widths[c] - 2 * CELL_PAD_X, height - 2 * CELL_PAD_Y,
                                  column->align);
      box->max_lines = header ? 0 : max_lines;
      if (kept[c])
        sf_flow_keep_text (f, g_object_ref (kept[c]));
      x += widths[c];
    }
  /* A firm line under the header, hairlines between rows. */
  rule = sf_flow_add_box (f, SF_REPORT_BOX_RULE,
                          header ? SF_REPORT_ROLE_TABLE_HEADER : SF_REPORT_ROLE_BODY, index,
                          f->left, f->y + height - (header ? 0.9 : 0.4), f->width,
                          header ? 0.9 : 0.4);
  rule->grey = header ? 0.2 : 0.78;
  f->y += height;
  f->page_empty = FALSE;
}

double
sf_flow_table_keep_height (SfFlow              *f,
                           guint                index,
                           const SfReportBlock *block)
{
  SfReportTable *table = block->table;
  g_autofree double *widths = table_widths (f, table);
  guint end = table_unit_end (0, table->rows->len);
  double header = measure_row (f, table, widths, G_MAXUINT, 0, NULL);

  return 6 + header + table_rows_height (f, table, widths, 0, end, table_room (f, header)) +
         (end == table->rows->len ? sf_flow_note_height (f, index, SF_FLOW_NOTE_SPACE) : 0);
}

void
sf_flow_place_table (SfFlow              *f,
                     guint                index,
                     const SfReportBlock *block)
{
  SfReportTable *table = block->table;
  g_autofree double *widths = table_widths (f, table);
  g_autofree PangoLayout **header_kept = g_new0 (PangoLayout *, table->n_columns);
  g_autofree PangoLayout **row_kept = g_new0 (PangoLayout *, table->n_columns);
  double header = measure_row (f, table, widths, G_MAXUINT, 0, header_kept);
  double room = table_room (f, header);

  guint n = table->rows->len;
  double note = sf_flow_note_height (f, index, SF_FLOW_NOTE_SPACE);

  sf_flow_start_block (f, block->kind, 6, 14);
  for (guint r = 0; r < n || r == 0; r++)
    {
      guint lines = 0;
      double height = r < n ? table_row_height (f, table, widths, r, room, &lines, row_kept) : 0;

      if (r == 0 || table_may_break (r, n))
        {
          guint end = table_unit_end (r, n);
          double need = (r == 0 ? header : 0) +
                        table_rows_height (f, table, widths, r, end, room) +
                        (end >= n ? note : 0);

          if (!f->page_empty && f->y + need > f->bottom)
            sf_flow_new_page (f);
        }
      /* Rows that must stay together but are taller than a page: break where they must. */
      else if (f->y + height > f->bottom)
        sf_flow_new_page (f);
      if (r == 0 || f->page_empty)
        place_table_row (f, index, table, widths, G_MAXUINT, header, 0, header_kept);
      if (r < table->rows->len)
        place_table_row (f, index, table, widths, r, height, lines, row_kept);
      clear_layouts (row_kept, table->n_columns);
    }
  clear_layouts (header_kept, table->n_columns);
}
