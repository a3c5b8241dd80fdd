/* sf-report-walk.c: a read-only walk over a report document, block by block
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-report-blocks.h"
#include "sf-report-walk.h"

#define CALL(visitor, name, ...) \
  G_STMT_START { if ((visitor)->name) (visitor)->name (__VA_ARGS__); } G_STMT_END

/* Not measured, as the PDF's layout does: two lines of body text hold about this much. */
#define LEAD_IN_CHARS 160

static gboolean
is_lead_in (SfReportDocument *doc,
            guint             index)
{
  const SfReportBlock *block = sf_report_document_get_block (doc, index);

  return sf_report_document_is_lead_in (doc, index) && block->text != NULL &&
         g_utf8_strlen (block->text, -1) <= LEAD_IN_CHARS;
}

void
sf_report_document_walk (SfReportDocument      *doc,
                         const SfReportVisitor *visitor,
                         gpointer               user_data)
{
  guint n = sf_report_document_get_n_blocks (doc);

  for (guint i = 0; i < n; i++)
    {
      const SfReportBlock *block = sf_report_document_get_block (doc, i);
      const char *const *items = (const char *const *) block->items;

      switch (block->kind)
        {
        case SF_REPORT_BLOCK_COVER:
          CALL (visitor, cover, user_data, block->text, block->subtitle, items,
                (const char *const *) block->values);
          break;
        case SF_REPORT_BLOCK_CONTENTS:
          CALL (visitor, contents, user_data, block->text);
          break;
        case SF_REPORT_BLOCK_CHAPTER:
          CALL (visitor, heading, user_data, 1, block->text);
          break;
        case SF_REPORT_BLOCK_SECTION:
          CALL (visitor, heading, user_data, 2, block->text);
          break;
        case SF_REPORT_BLOCK_PARAGRAPH:
          CALL (visitor, paragraph, user_data, block->text, block->markup,
                is_lead_in (doc, i));
          break;
        case SF_REPORT_BLOCK_CAPTION:
          CALL (visitor, caption, user_data, block->text);
          break;
        case SF_REPORT_BLOCK_BULLETS:
          CALL (visitor, list, user_data, items, block->numbered);
          break;
        case SF_REPORT_BLOCK_TABLE:
          CALL (visitor, table, user_data, block->table);
          break;
        case SF_REPORT_BLOCK_CHART:
          CALL (visitor, chart, user_data, block->chart, block->timeline);
          break;
        case SF_REPORT_BLOCK_TILES:
          CALL (visitor, tiles, user_data, block->tiles);
          break;
        case SF_REPORT_BLOCK_PAGE_BREAK:
          CALL (visitor, page_break, user_data);
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

guint
sf_report_table_get_n_columns (SfReportTable *table)
{
  return table->n_columns;
}

const char *
sf_report_table_get_title (SfReportTable *table,
                           guint          column)
{
  g_return_val_if_fail (column < table->n_columns, "");
  return table->columns[column].title ? table->columns[column].title : "";
}

double
sf_report_table_get_share (SfReportTable *table,
                           guint          column)
{
  g_return_val_if_fail (column < table->n_columns, 1.0);
  return table->columns[column].share;
}

SfReportAlign
sf_report_table_get_align (SfReportTable *table,
                           guint          column)
{
  g_return_val_if_fail (column < table->n_columns, SF_REPORT_ALIGN_START);
  return table->columns[column].align;
}

const char *
sf_report_table_get_cell (SfReportTable *table,
                          guint          row,
                          guint          column)
{
  g_return_val_if_fail (row < table->rows->len && column < table->n_columns, "");
  return ((GStrv) g_ptr_array_index (table->rows, row))[column];
}

gboolean
sf_report_table_get_estimate (SfReportTable *table,
                              guint          row,
                              guint          column)
{
  g_return_val_if_fail (row < table->rows->len && column < table->n_columns, FALSE);
  return g_array_index (table->estimates, guint8, row * table->n_columns + column);
}

gboolean
sf_report_table_get_total (SfReportTable *table,
                           guint          row)
{
  g_return_val_if_fail (row < table->rows->len, FALSE);
  return g_array_index (table->totals, guint8, row);
}

guint
sf_report_tiles_get_n (SfReportTiles *tiles)
{
  return tiles->tiles->len;
}

void
sf_report_tiles_get (SfReportTiles  *tiles,
                     guint           index,
                     const char    **label,
                     const char    **value,
                     gboolean       *estimate)
{
  SfReportTile *tile;

  g_return_if_fail (index < tiles->tiles->len);
  tile = g_ptr_array_index (tiles->tiles, index);
  *label = tile->label;
  *value = tile->value;
  *estimate = tile->estimate;
}
