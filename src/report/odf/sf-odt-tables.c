/* sf-odt-tables.c: the report's tables and key-figure tiles as ODF tables
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A table's header row is a header row (table:table-header-rows), so an office suite repeats
 * it on every page, as the PDF does. An estimate is "≈ value" in the character style
 * Estimate (italics), as the PDF draws it; the note that explains "≈" is the caption block
 * the chapter puts under the table.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-odt-content.h"
#include "sf-odt-private.h"

#define TILES_PER_ROW 4

static const char *
cell_style (SfReportAlign align,
            gboolean      head)
{
  switch (align)
    {
    case SF_REPORT_ALIGN_END:
      return head ? "HeadEnd" : "End";
    case SF_REPORT_ALIGN_CENTER:
      return head ? "HeadCentre" : "Centre";
    case SF_REPORT_ALIGN_START:
    default:
      return head ? SF_ODT_TABLE_HEAD : SF_ODT_TABLE_TEXT;
    }
}

static void
start_cell (SfOdtWriter *w,
            const char  *style)
{
  sf_odf_xml_start (w->xml, "table:table-cell");
  sf_odf_xml_attr (w->xml, "table:style-name", style);
  sf_odf_xml_attr (w->xml, "office:value-type", "string");
}

/* "≈ value" in italics, the no-break space keeping them together, as the PDF writes it. */
static void
write_estimate (SfOdtWriter *w,
                const char  *value)
{
  g_autofree char *text = g_strconcat ("≈\u00A0", value, NULL);

  sf_odf_xml_start (w->xml, "text:span");
  sf_odf_xml_attr (w->xml, "text:style-name", SF_ODT_ESTIMATE);
  sf_odf_xml_text (w->xml, text, -1);
  sf_odf_xml_end (w->xml);
}

static void
write_table (gpointer       data,
             SfReportTable *table)
{
  SfOdtWriter *w = data;
  guint n = sf_report_table_get_n_columns (table);
  guint rows = sf_report_table_get_n_rows (table);

  w->n_tables++;
  sf_odf_xml_start (w->xml, "table:table");
  /* Translators: the name of the document's n-th table, as an office suite's navigator
   * lists it. */
  sf_odf_xml_attr_printf (w->xml, "table:name", _("Table %u"), w->n_tables);
  sf_odf_xml_attr (w->xml, "table:style-name", "Table");
  for (guint i = 0; i < n; i++)
    {
      sf_odf_xml_start (w->xml, "table:table-column");
      sf_odf_xml_attr_printf (w->xml, "table:style-name", "T%u.C%u", w->n_tables, i);
      sf_odf_xml_end (w->xml);
    }
  sf_odf_xml_start (w->xml, "table:table-header-rows");
  sf_odf_xml_start (w->xml, "table:table-row");
  for (guint i = 0; i < n; i++)
    {
      start_cell (w, "Head");
      sf_odt_start_paragraph (w, cell_style (sf_report_table_get_align (table, i), TRUE));
      sf_odf_xml_text (w->xml, sf_report_table_get_title (table, i), -1);
      sf_odf_xml_end (w->xml);
      sf_odf_xml_end (w->xml);
    }
  sf_odf_xml_end (w->xml);
  sf_odf_xml_end (w->xml);
  for (guint r = 0; r < rows; r++)
    {
      sf_odf_xml_start (w->xml, "table:table-row");
      for (guint i = 0; i < n; i++)
        {
          const char *cell = sf_report_table_get_cell (table, r, i);

          start_cell (w, "Cell");
          /* A total in the header's bold, as in the PDF. */
          sf_odt_start_paragraph (w, cell_style (sf_report_table_get_align (table, i),
                                                 sf_report_table_get_total (table, r)));
          if (sf_report_table_get_estimate (table, r, i) && *cell)
            write_estimate (w, cell);
          else
            sf_odf_xml_text (w->xml, cell, -1);
          sf_odf_xml_end (w->xml);
          sf_odf_xml_end (w->xml);
        }
      sf_odf_xml_end (w->xml);
    }
  sf_odf_xml_end (w->xml);
}

static void
write_tile (SfOdtWriter   *w,
            SfReportTiles *tiles,
            guint          index)
{
  const char *label, *value;
  gboolean estimate;

  start_cell (w, "Tile");
  if (index < sf_report_tiles_get_n (tiles))
    {
      sf_report_tiles_get (tiles, index, &label, &value, &estimate);
      sf_odt_start_paragraph (w, SF_ODT_KEY_FIGURE);
      if (estimate)
        write_estimate (w, value);
      else
        sf_odf_xml_text (w->xml, value, -1);
      sf_odf_xml_end (w->xml);
      sf_odt_start_paragraph (w, SF_ODT_NOTE);
      sf_odf_xml_text (w->xml, label, -1);
      sf_odf_xml_end (w->xml);
    }
  else
    {
      /* A cell must hold a paragraph. */
      sf_odt_start_paragraph (w, SF_ODT_NOTE);
      sf_odf_xml_end (w->xml);
    }
  sf_odf_xml_end (w->xml);
}

/* Key figures: a table of up to four cells a row, the value over its label, no header. */
static void
write_tiles (gpointer       data,
             SfReportTiles *tiles)
{
  SfOdtWriter *w = data;
  guint n = sf_report_tiles_get_n (tiles), per_row = CLAMP (n, 1, TILES_PER_ROW);

  if (n == 0)
    return;
  w->n_tiles++;
  sf_odf_xml_start (w->xml, "table:table");
  /* Translators: the name of the document's n-th table of key figures, as an office suite's
   * navigator lists it. */
  sf_odf_xml_attr_printf (w->xml, "table:name", _("Key figures %u"), w->n_tiles);
  sf_odf_xml_attr (w->xml, "table:style-name", "Table");
  sf_odf_xml_start (w->xml, "table:table-column");
  sf_odf_xml_attr_printf (w->xml, "table:number-columns-repeated", "%u", per_row);
  sf_odf_xml_end (w->xml);
  for (guint first = 0; first < n; first += per_row)
    {
      sf_odf_xml_start (w->xml, "table:table-row");
      for (guint i = first; i < first + per_row; i++)
        write_tile (w, tiles, i);
      sf_odf_xml_end (w->xml);
    }
  sf_odf_xml_end (w->xml);
}

void
sf_odt_tables_init_walk (SfReportVisitor *visitor)
{
  visitor->table = write_table;
  visitor->tiles = write_tiles;
}
