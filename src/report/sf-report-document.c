/* sf-report-document.c: a report as a flow of blocks, before it is laid out on pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-report-blocks.h"

struct _SfReportDocument
{
  char      *title;
  char      *subject;
  char      *keywords;
  char      *language;
  gboolean   fit_charts;
  GPtrArray *blocks; /* of SfReportBlock */
};

static void
table_free (SfReportTable *table)
{
  for (guint i = 0; i < table->n_columns; i++)
    g_free (table->columns[i].title);
  g_free (table->columns);
  g_ptr_array_unref (table->rows);
  g_array_unref (table->estimates);
  g_array_unref (table->totals);
  g_free (table);
}

static void
tile_free (gpointer data)
{
  SfReportTile *tile = data;

  g_free (tile->label);
  g_free (tile->value);
  g_free (tile);
}

static void
block_free (gpointer data)
{
  SfReportBlock *block = data;

  g_free (block->text);
  g_free (block->subtitle);
  g_strfreev (block->items);
  g_strfreev (block->values);
  if (block->table)
    table_free (block->table);
  if (block->tiles)
    {
      g_ptr_array_unref (block->tiles->tiles);
      g_free (block->tiles);
    }
  sf_chart_free (block->chart);
  sf_timeline_free (block->timeline);
  g_free (block);
}

SfReportDocument *
sf_report_document_new (const char *title)
{
  SfReportDocument *doc = g_new0 (SfReportDocument, 1);

  doc->title = g_strdup (title ? title : "");
  doc->language = g_strdup ("nl");
  doc->blocks = g_ptr_array_new_with_free_func (block_free);
  return doc;
}

void
sf_report_document_free (SfReportDocument *doc)
{
  if (doc == NULL)
    return;
  g_free (doc->title);
  g_free (doc->subject);
  g_free (doc->keywords);
  g_free (doc->language);
  g_ptr_array_unref (doc->blocks);
  g_free (doc);
}

void
sf_report_document_set_subject (SfReportDocument *doc,
                                const char       *subject)
{
  g_free (doc->subject);
  doc->subject = g_strdup (subject);
}

void
sf_report_document_set_keywords (SfReportDocument *doc,
                                 const char       *keywords)
{
  g_free (doc->keywords);
  doc->keywords = g_strdup (keywords);
}

void
sf_report_document_set_language (SfReportDocument *doc,
                                 const char       *language)
{
  g_free (doc->language);
  doc->language = g_strdup (language ? language : "nl");
}

void
sf_report_document_set_fit_charts (SfReportDocument *doc,
                                   gboolean          fit)
{
  doc->fit_charts = fit;
}

gboolean
sf_report_document_get_fit_charts (SfReportDocument *doc)
{
  return doc->fit_charts;
}

const char *
sf_report_document_get_title (SfReportDocument *doc)
{
  return doc->title;
}

const char *
sf_report_document_get_subject (SfReportDocument *doc)
{
  return doc->subject;
}

const char *
sf_report_document_get_keywords (SfReportDocument *doc)
{
  return doc->keywords;
}

const char *
sf_report_document_get_language (SfReportDocument *doc)
{
  return doc->language;
}

guint
sf_report_document_get_n_blocks (SfReportDocument *doc)
{
  return doc->blocks->len;
}

const SfReportBlock *
sf_report_document_get_block (SfReportDocument *doc,
                              guint             index)
{
  g_return_val_if_fail (index < doc->blocks->len, NULL);
  return g_ptr_array_index (doc->blocks, index);
}

gboolean
sf_report_document_is_lead_in (SfReportDocument *doc,
                               guint             index)
{
  const SfReportBlock *next;

  if (index + 1 >= doc->blocks->len ||
      ((SfReportBlock *) g_ptr_array_index (doc->blocks, index))->kind !=
        SF_REPORT_BLOCK_PARAGRAPH)
    return FALSE;
  next = g_ptr_array_index (doc->blocks, index + 1);
  return next->kind == SF_REPORT_BLOCK_TABLE || next->kind == SF_REPORT_BLOCK_TILES ||
         next->kind == SF_REPORT_BLOCK_BULLETS || next->kind == SF_REPORT_BLOCK_CHART;
}

static SfReportBlock *
add_block (SfReportDocument  *doc,
           SfReportBlockKind  kind,
           const char        *text)
{
  SfReportBlock *block = g_new0 (SfReportBlock, 1);

  block->kind = kind;
  block->text = g_strdup (text ? text : "");
  g_ptr_array_add (doc->blocks, block);
  return block;
}

void
sf_report_document_add_cover (SfReportDocument  *doc,
                              const char        *title,
                              const char        *subtitle,
                              const char *const *labels,
                              const char *const *values)
{
  SfReportBlock *block = add_block (doc, SF_REPORT_BLOCK_COVER, title);
  const char *const none[] = { NULL };

  g_return_if_fail (g_strv_length ((GStrv) (labels ? labels : none)) ==
                    g_strv_length ((GStrv) (values ? values : none)));
  block->subtitle = g_strdup (subtitle);
  block->items = g_strdupv ((GStrv) (labels ? labels : none));
  block->values = g_strdupv ((GStrv) (values ? values : none));
}

void
sf_report_document_add_contents (SfReportDocument *doc,
                                 const char       *heading)
{
  add_block (doc, SF_REPORT_BLOCK_CONTENTS, heading);
}

void
sf_report_document_add_chapter (SfReportDocument *doc,
                                const char       *text)
{
  add_block (doc, SF_REPORT_BLOCK_CHAPTER, text);
}

void
sf_report_document_add_section (SfReportDocument *doc,
                                const char       *text)
{
  add_block (doc, SF_REPORT_BLOCK_SECTION, text);
}

void
sf_report_document_add_paragraph (SfReportDocument *doc,
                                  const char       *text)
{
  add_block (doc, SF_REPORT_BLOCK_PARAGRAPH, text);
}

void
sf_report_document_add_markup (SfReportDocument *doc,
                               const char       *markup)
{
  add_block (doc, SF_REPORT_BLOCK_PARAGRAPH, markup)->markup = TRUE;
}

void
sf_report_document_add_caption (SfReportDocument *doc,
                                const char       *text)
{
  add_block (doc, SF_REPORT_BLOCK_CAPTION, text);
}

static SfReportBlock *
add_list (SfReportDocument  *doc,
          const char *const *items)
{
  const char *const none[] = { NULL };
  SfReportBlock *block = add_block (doc, SF_REPORT_BLOCK_BULLETS, NULL);

  block->items = g_strdupv ((GStrv) (items ? items : none));
  return block;
}

void
sf_report_document_add_bullets (SfReportDocument  *doc,
                                const char *const *items)
{
  add_list (doc, items);
}

void
sf_report_document_add_numbered (SfReportDocument  *doc,
                                 const char *const *items)
{
  add_list (doc, items)->numbered = TRUE;
}

void
sf_report_document_add_chart (SfReportDocument *doc,
                              SfChart          *chart)
{
  g_return_if_fail (chart != NULL);
  add_block (doc, SF_REPORT_BLOCK_CHART, NULL)->chart = chart;
}

void
sf_report_document_add_timeline (SfReportDocument *doc,
                                 SfTimeline       *timeline)
{
  g_return_if_fail (timeline != NULL);
  add_block (doc, SF_REPORT_BLOCK_CHART, NULL)->timeline = timeline;
}

void
sf_report_document_add_page_break (SfReportDocument *doc)
{
  add_block (doc, SF_REPORT_BLOCK_PAGE_BREAK, NULL);
}

SfReportTable *
sf_report_document_add_table (SfReportDocument *doc,
                              guint             n_columns)
{
  SfReportBlock *block;
  SfReportTable *table;

  g_return_val_if_fail (n_columns > 0, NULL);
  block = add_block (doc, SF_REPORT_BLOCK_TABLE, NULL);
  table = block->table = g_new0 (SfReportTable, 1);
  table->n_columns = n_columns;
  table->columns = g_new0 (SfReportColumn, n_columns);
  for (guint i = 0; i < n_columns; i++)
    table->columns[i].share = 1.0;
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  table->estimates = g_array_new (FALSE, TRUE, sizeof (guint8));
  table->totals = g_array_new (FALSE, TRUE, sizeof (guint8));
  return table;
}

void
sf_report_table_set_column (SfReportTable *table,
                            guint          column,
                            const char    *title,
                            double         width_share,
                            SfReportAlign  align)
{
  g_return_if_fail (column < table->n_columns);
  g_free (table->columns[column].title);
  table->columns[column].title = g_strdup (title);
  table->columns[column].share = width_share > 0 ? width_share : 1.0;
  table->columns[column].align = align;
}

guint
sf_report_table_add_row (SfReportTable     *table,
                         const char *const *cells)
{
  GStrv row = g_new0 (char *, table->n_columns + 1);

  for (guint i = 0; i < table->n_columns; i++)
    row[i] = g_strdup (cells && cells[i] ? cells[i] : "");
  g_ptr_array_add (table->rows, row);
  g_array_set_size (table->estimates, table->rows->len * table->n_columns);
  g_array_set_size (table->totals, table->rows->len);
  return table->rows->len - 1;
}

void
sf_report_table_set_total (SfReportTable *table,
                           guint          row)
{
  g_return_if_fail (row < table->rows->len);
  g_array_index (table->totals, guint8, row) = TRUE;
}

void
sf_report_table_set_estimate (SfReportTable *table,
                              guint          row,
                              guint          column,
                              gboolean       estimate)
{
  g_return_if_fail (row < table->rows->len && column < table->n_columns);
  g_array_index (table->estimates, guint8, row * table->n_columns + column) = !!estimate;
}

guint
sf_report_table_get_n_rows (SfReportTable *table)
{
  return table->rows->len;
}

SfReportTiles *
sf_report_document_add_tiles (SfReportDocument *doc)
{
  SfReportBlock *block = add_block (doc, SF_REPORT_BLOCK_TILES, NULL);

  block->tiles = g_new0 (SfReportTiles, 1);
  block->tiles->tiles = g_ptr_array_new_with_free_func (tile_free);
  return block->tiles;
}

void
sf_report_tiles_add (SfReportTiles *tiles,
                     const char    *label,
                     const char    *value,
                     gboolean       estimate)
{
  SfReportTile *tile = g_new0 (SfReportTile, 1);

  tile->label = g_strdup (label ? label : "");
  tile->value = g_strdup (value ? value : "");
  tile->estimate = estimate;
  g_ptr_array_add (tiles->tiles, tile);
}
