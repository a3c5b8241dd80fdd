/* sf-report-page.c: one page of a laid-out report on screen, as paper, drawn when seen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A long report has hundreds of pages: each page draws its content only while it is in (or
 * near) view, and blank paper otherwise; the paper and its shadow come from the CSS.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-report-page.h"

struct _SfReportPages
{
  gatomicrefcount   ref_count;
  SfReportDocument *doc;
  SfReportLayout   *layout;
};

SfReportPages *
sf_report_pages_new (SfReportDocument        *doc,
                     const SfReportPageSetup *setup)
{
  SfReportPages *pages = g_new0 (SfReportPages, 1);

  g_atomic_ref_count_init (&pages->ref_count);
  pages->doc = doc;
  pages->layout = sf_report_layout_new (doc, setup);
  return pages;
}

SfReportPages *
sf_report_pages_ref (SfReportPages *pages)
{
  g_atomic_ref_count_inc (&pages->ref_count);
  return pages;
}

void
sf_report_pages_unref (SfReportPages *pages)
{
  if (!g_atomic_ref_count_dec (&pages->ref_count))
    return;
  /* The layout points into the document: it goes first. */
  sf_report_layout_free (pages->layout);
  sf_report_document_free (pages->doc);
  g_free (pages);
}

SfReportLayout *
sf_report_pages_get_layout (SfReportPages *pages)
{
  return pages->layout;
}

/* ---- the page widget -------------------------------------------------------------------- */

struct _SfReportPage
{
  GtkWidget      parent_instance;

  SfReportPages *pages;
  guint          number;
  double         zoom;
  gboolean       held;
  gboolean       drawn;  /* the content, not only the paper, at the last snapshot */
};

G_DEFINE_FINAL_TYPE (SfReportPage, sf_report_page, GTK_TYPE_WIDGET)

static const SfReportPageSetup *
setup (SfReportPage *self)
{
  return sf_report_layout_get_setup (self->pages->layout);
}

/* In view, or within half a view of it: scrolling then finds the next page drawn. */
static gboolean
near_view (SfReportPage *self)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t bounds;
  double slack, height;

  if (scroller == NULL)
    return TRUE;
  if (!gtk_widget_compute_bounds (GTK_WIDGET (self), scroller, &bounds))
    return FALSE;
  height = gtk_widget_get_height (scroller);
  slack = height / 2;
  return bounds.origin.y + bounds.size.height >= -slack && bounds.origin.y <= height + slack;
}

static void
sf_report_page_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  SfReportPage *self = SF_REPORT_PAGE (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  self->drawn = !self->held && near_view (self);
  if (!self->drawn || width <= 0 || height <= 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_scale (cr, width / setup (self)->width, height / setup (self)->height);
  sf_report_layout_draw_page (self->pages->layout, cr, self->number);
  cairo_destroy (cr);
}

static void
sf_report_page_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  SfReportPage *self = SF_REPORT_PAGE (widget);
  double points = orientation == GTK_ORIENTATION_HORIZONTAL ? setup (self)->width
                                                            : setup (self)->height;

  *minimum = *natural = MAX (1, (int) round (points * self->zoom));
}

static void
sf_report_page_finalize (GObject *object)
{
  SfReportPage *self = SF_REPORT_PAGE (object);

  g_clear_pointer (&self->pages, sf_report_pages_unref);
  G_OBJECT_CLASS (sf_report_page_parent_class)->finalize (object);
}

static void
sf_report_page_class_init (SfReportPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = sf_report_page_finalize;
  widget_class->snapshot = sf_report_page_snapshot;
  widget_class->measure = sf_report_page_measure;
  gtk_widget_class_set_css_name (widget_class, "sf-report-page");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sf_report_page_init (SfReportPage *self)
{
  self->zoom = 1.0;
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

GtkWidget *
sf_report_page_new (SfReportPages *pages,
                    guint          page)
{
  SfReportPage *self = g_object_new (SF_TYPE_REPORT_PAGE, NULL);
  guint n = sf_report_layout_get_n_pages (pages->layout);
  /* TRANSLATORS: the accessible name of a page in the report's preview */
  g_autofree char *label = g_strdup_printf (_("Page %u of %u"), page + 1, n);

  self->pages = sf_report_pages_ref (pages);
  self->number = page;
  gtk_widget_set_name (GTK_WIDGET (self), "report-page");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  return GTK_WIDGET (self);
}

guint
sf_report_page_get_number (SfReportPage *self)
{
  g_return_val_if_fail (SF_IS_REPORT_PAGE (self), 0);

  return self->number;
}

void
sf_report_page_set_zoom (SfReportPage *self,
                         double        zoom)
{
  g_return_if_fail (SF_IS_REPORT_PAGE (self));

  if (self->zoom == zoom)
    return;
  self->zoom = zoom;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
sf_report_page_set_held (SfReportPage *self,
                         gboolean      held)
{
  g_return_if_fail (SF_IS_REPORT_PAGE (self));

  self->held = held;
  if (!held && !self->drawn)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
sf_report_page_wants_draw (SfReportPage *self)
{
  g_return_val_if_fail (SF_IS_REPORT_PAGE (self), FALSE);

  return !self->drawn && !self->held && near_view (self);
}
