/* sf-report-pdf.c: a laid-out report written as a PDF file, with metadata and an outline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cairo embeds (subsets of) every font it draws with, so the file looks the same everywhere.
 */
#include "config.h"

#include <cairo-pdf.h>

#include "sf-file.h"
#include "sf-report-pdf.h"

static void
set_metadata (cairo_surface_t          *surface,
              cairo_pdf_metadata_t      key,
              const char               *value)
{
  if (value && *value)
    cairo_pdf_surface_set_metadata (surface, key, value);
}

static void
add_outline (cairo_surface_t *surface,
             SfReportLayout  *layout,
             guint            first_page)
{
  const SfReportHeading *headings;
  guint n, chapter = CAIRO_PDF_OUTLINE_ROOT;

  headings = sf_report_layout_get_headings (layout, &n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *link = NULL;
      int id;

      /* Whole points: cairo 1.16 reads these numbers in the locale (see sf-report-draw.c). */
      link = g_strdup_printf ("page=%u pos=[0 %d]", first_page + headings[i].page + 1,
                              (int) MAX (headings[i].y - 12, 0));
      id = cairo_pdf_surface_add_outline (surface,
                                          headings[i].level == 1 ? CAIRO_PDF_OUTLINE_ROOT
                                                                 : (int) chapter,
                                          headings[i].text, link, 0);
      if (headings[i].level == 1)
        chapter = id;
    }
}

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

cairo_surface_t *
sf_report_pdf_surface_new (GByteArray       *pdf,
                           SfReportDocument *doc,
                           double            width,
                           double            height)
{
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_cb, pdf, width,
                                                                  height);

  set_metadata (surface, CAIRO_PDF_METADATA_TITLE, sf_report_document_get_title (doc));
  set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, sf_report_document_get_subject (doc));
  set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS, sf_report_document_get_keywords (doc));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Startfoto");
  return surface;
}

gboolean
sf_report_pdf_surface_finish (cairo_surface_t  *surface,
                              cairo_t          *cr,
                              GError          **error)
{
  cairo_status_t status = cairo_status (cr);

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", cairo_status_to_string (status));
  return FALSE;
}

GBytes *
sf_report_pdf_render_all (SfReportLayout * const *layouts,
                          guint                    n,
                          GError                 **error)
{
  const SfReportPageSetup *setup;
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  guint first_page = 0;

  g_return_val_if_fail (n > 0, NULL);

  setup = sf_report_layout_get_setup (layouts[0]);
  surface = sf_report_pdf_surface_new (pdf, sf_report_layout_get_document (layouts[0]),
                                       setup->width, setup->height);
  cr = cairo_create (surface);
  for (guint i = 0; i < n; i++)
    {
      guint n_pages = sf_report_layout_get_n_pages (layouts[i]);

      for (guint page = 0; page < n_pages; page++)
        {
          sf_report_layout_draw_page (layouts[i], cr, page);
          cairo_show_page (cr);
        }
      add_outline (surface, layouts[i], first_page);
      first_page += n_pages;
    }
  if (!sf_report_pdf_surface_finish (surface, cr, error))
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&pdf));
}

GBytes *
sf_report_pdf_render (SfReportLayout  *layout,
                      GError         **error)
{
  return sf_report_pdf_render_all (&layout, 1, error);
}

gboolean
sf_report_pdf_write (SfReportLayout  *layout,
                     const char      *path,
                     GError         **error)
{
  g_autoptr(GBytes) pdf = sf_report_pdf_render (layout, error);
  gsize size;
  const char *data;

  if (pdf == NULL)
    return FALSE;
  data = g_bytes_get_data (pdf, &size);
  return sf_file_write_private (path, data, size, error);
}
