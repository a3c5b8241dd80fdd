/* sf-deck-render.c: step 5's deck laid out on 16:9 pages by the report engine, drawn on the
 * screen, and written as a PDF or a handout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every slide is a document of its own, one chapter (the entry of the PDF's outline) laid out
 * on one page: slides never share a page, so each is laid out once, and the PDF draws their
 * pages one after the other. A slide that runs onto a second page does not fit: its text is
 * shortened, a step at a time (long lines, a long title, a quarter of the lines, the chart,
 * shorter lines still), each cut marked with "…", and laid out again until it is one page.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-deck-private.h"
#include "sf-file.h"
#include "sf-report-document.h"
#include "sf-report-pdf.h"
#include "sf-report-style.h"

/* The longest a line or a title gets when it must be shortened, in characters. */
#define LONG_LINE   160
#define LONG_TITLE  64    /* three lines of a slide's title at most */
#define SHORT_LINE  60
#define SHORT_TITLE 40
/* Laying out again stops here; a slide that still runs over is then at its shortest. */
#define MAX_PASSES  24

/* The handout: A4, two slides a page, each with its notes under it. */
#define HANDOUT_WIDTH   595.276
#define HANDOUT_HEIGHT  841.89
#define HANDOUT_MARGIN  56.0
#define HANDOUT_NOTES   4     /* lines of notes under a slide */

/* @text cut to @max characters at a word where it can, with "…"; @cut says whether it was. */
static char *
shorten (const char *text,
         guint       max,
         gboolean   *cut)
{
  const char *end;
  const char *space;
  g_autofree char *kept = NULL;

  if (max == G_MAXUINT || (guint) g_utf8_strlen (text, -1) <= max)
    return g_strdup (text);
  *cut = TRUE;
  end = g_utf8_offset_to_pointer (text, max - 1);
  /* At a word's end when one is not too far back. */
  space = g_utf8_strrchr (text, end - text, ' ');
  if (space != NULL && g_utf8_pointer_to_offset (space, end) < 20)
    end = space;
  kept = g_strndup (text, end - text);
  return g_strconcat (kept, "…", NULL);
}

/* The room for a slide's text under a title of at least one line. */
static double
body_room (void)
{
  SfReportPageSetup setup;

  sf_report_page_setup_slide (&setup);
  return setup.height - setup.margin_top - setup.margin_bottom -
         sf_report_style_size (SF_REPORT_STYLE_CHAPTER);
}

/* The most lines a slide could show: each takes at least a line of body text. A longer list
 * is cut to this many before it is laid out, rather than measured whole only to be cut. */
static guint
most_lines (void)
{
  return (guint) (body_room () / sf_report_style_size (SF_REPORT_STYLE_BODY)) + 1;
}

static void
add_slide (SfDeck      *self,
           SfDeckSlide *slide)
{
  SfReportDocument *doc = self->ctx.doc;
  const char *text = slide->title != NULL ? slide->title : slide->generated_title;
  g_auto(GStrv) lines = g_strsplit (slide->body != NULL ? slide->body : slide->generated_body,
                                    "\n", -1);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = NULL;
  guint n_lines = 0;
  gboolean cut = FALSE;

  title = shorten (g_strstrip (g_strdup (text)), slide->max_title, &cut);
  /* A chapter needs a title to be the slide's page and its entry in the outline. */
  sf_report_document_add_chapter (doc, *title != '\0' ? title : _("Slide"));
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] == '\0')
        continue;
      if (n_lines++ < slide->max_lines)
        g_ptr_array_add (items, shorten (lines[i], slide->max_chars, &cut));
    }
  if (n_lines > slide->max_lines)
    {
      g_ptr_array_add (items, g_strdup ("…"));
      cut = TRUE;
    }
  g_ptr_array_add (items, NULL);
  if (items->len == 2 || slide->plain)
    for (guint i = 0; i + 1 < items->len; i++)
      sf_report_document_add_paragraph (doc, g_ptr_array_index (items, i));
  else if (items->len > 2)
    sf_report_document_add_bullets (doc, (const char * const *) items->pdata);
  slide->n_lines = n_lines;
  slide->n_rows = 0;
  if (slide->visual != SF_DECK_VISUAL_NONE && !slide->no_visual)
    {
      /* Rows of tiles, several to a line: as many as a slide could hold at most, for the
       * same reason. */
      guint max_rows = MIN (slide->max_rows, sf_report_layout_most_tiles (body_room ()));
      guint rows = sf_deck_add_visual (self, slide, max_rows);

      cut |= rows > max_rows;
      slide->n_rows = MIN (rows, max_rows);
    }
  else if (slide->visual != SF_DECK_VISUAL_NONE)
    {
      sf_report_document_add_caption (doc, slide->visual == SF_DECK_VISUAL_TILES ||
                                           slide->visual == SF_DECK_VISUAL_MBC
                                           ? _("… The figures do not fit on this slide: see "
                                               "the report.")
                                           : _("… The chart does not fit on this slide: see "
                                               "the report."));
      cut = TRUE;
    }
  slide->shortened = cut;
}

/* How much of what @layout holds fits on its first page: the first page's height for text
 * against the height of all its body. */
static double
room_share (SfReportLayout *layout)
{
  const SfReportPageSetup *setup = sf_report_layout_get_setup (layout);
  double page = setup->height - setup->margin_top - setup->margin_bottom, used = 0;
  const SfReportBox *boxes;
  guint n;

  boxes = sf_report_layout_get_boxes (layout, &n);
  for (guint i = 0; i < n; i++)
    if (boxes[i].role != SF_REPORT_ROLE_RUNNING)
      used = MAX (used, boxes[i].page * page + boxes[i].y + boxes[i].height -
                        setup->margin_top);
  return used > page ? page / used : 1.0;
}

/* How many of @n lines or rows to keep, from @layout, where the slide ran over its page: the
 * tiles its page held, for rows (a visual's rows are tiles), or else as many as the share of
 * its body the page held. A slide keeps as many as fit, and is laid out only a few times to
 * find them. */
static guint
to_keep (SfReportLayout *layout,
         guint           n,
         gboolean        tiles)
{
  guint held = 0, n_boxes;
  const SfReportBox *boxes = sf_report_layout_get_boxes (layout, &n_boxes);

  /* A tile is a filled box, the only kind on a slide. */
  for (guint i = 0; tiles && i < n_boxes; i++)
    held += boxes[i].kind == SF_REPORT_BOX_FILL && boxes[i].page == 0;
  if (held == 0 || held >= n)
    held = (guint) (n * room_share (layout));
  return CLAMP (held, 1, n - 1);
}

/* Makes @slide, laid out as @layout, shorter by one step: its rows of tiles before its lines,
 * as a caption says how many flats more there are, and the lines are what the user wrote or
 * kept; FALSE when it cannot get any shorter. */
static gboolean
tighten (SfDeckSlide    *slide,
         SfReportLayout *layout)
{
  const char *title = slide->title != NULL ? slide->title : slide->generated_title;
  const char *body = slide->body != NULL ? slide->body : slide->generated_body;
  guint longest = 0;
  g_auto(GStrv) lines = g_strsplit (body, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    longest = MAX (longest, (guint) g_utf8_strlen (lines[i], -1));
  if (longest > LONG_LINE && slide->max_chars > LONG_LINE)
    slide->max_chars = LONG_LINE;
  else if ((guint) g_utf8_strlen (title, -1) > LONG_TITLE && slide->max_title > LONG_TITLE)
    slide->max_title = LONG_TITLE;
  else if (slide->n_rows > 1)
    slide->max_rows = to_keep (layout, slide->n_rows, TRUE);
  else if (MIN (slide->n_lines, slide->max_lines) > 1)
    slide->max_lines = to_keep (layout, MIN (slide->n_lines, slide->max_lines), FALSE);
  else if (slide->visual != SF_DECK_VISUAL_NONE && !slide->no_visual)
    slide->no_visual = TRUE;
  else if (slide->max_chars > SHORT_LINE || slide->max_title > SHORT_TITLE)
    {
      slide->max_chars = SHORT_LINE;
      slide->max_title = SHORT_TITLE;
    }
  else if (slide->max_lines > 0)
    slide->max_lines = 0;
  else
    return FALSE;
  return TRUE;
}

/* A document of @slide alone, laid out on its page: numbered as the @page-th shown. */
static SfReportLayout *
lay_out_slide (SfDeck      *self,
               SfDeckSlide *slide,
               guint        page)
{
  SfReportDocument *doc = sf_report_document_new (sf_project_get_name (self->project));
  SfReportPageSetup setup;

  sf_report_document_set_subject (doc, _("Presentation to the partners' boards"));
  sf_report_document_set_fit_charts (doc, TRUE);
  if (slide != NULL)
    {
      self->ctx.doc = doc;
      add_slide (self, slide);
      self->ctx.doc = NULL;
    }
  sf_report_page_setup_slide (&setup);
  setup.page_offset = page;
  /* Laid out to be drawn once more (the PDF): each text keeps its pango layout. */
  g_ptr_array_add (self->docs, doc);
  return sf_report_layout_new_for_export_measured (doc, &setup, self->measures);
}

/* @slide laid out again as it is now, in place of @layout. */
static SfReportLayout *
lay_out_again (SfDeck         *self,
               SfDeckSlide    *slide,
               SfReportLayout *layout,
               guint           page)
{
  sf_report_layout_free (layout);
  g_ptr_array_remove_index (self->docs, self->docs->len - 1);
  return lay_out_slide (self, slide, page);
}

/* @slide laid out alone (a slide starts a page of its own), shortened until it fits its page
 * or can get no shorter. */
static SfReportLayout *
fit_slide (SfDeck      *self,
           SfDeckSlide *slide,
           guint        page)
{
  SfReportLayout *layout;
  guint over = G_MAXUINT; /* the fewest lines shown on the slide while it ran over */

  slide->max_chars = slide->max_title = slide->max_rows = G_MAXUINT;
  slide->max_lines = most_lines ();
  slide->no_visual = slide->shortened = FALSE;
  layout = lay_out_slide (self, slide, page);
  for (guint pass = 0; pass < MAX_PASSES && sf_report_layout_get_n_pages (layout) > 1; pass++)
    {
      guint shown = MIN (slide->n_lines, slide->max_lines);

      if (!tighten (slide, layout))
        break;
      if (slide->max_lines < shown)
        over = shown;
      layout = lay_out_again (self, slide, layout, page);
    }
  /* Lines cut by a share of the room may be more than needed: one back at a time, while the
   * slide still fits. */
  while (over != G_MAXUINT && sf_report_layout_get_n_pages (layout) == 1 &&
         slide->max_lines + 1 < over)
    {
      slide->max_lines++;
      layout = lay_out_again (self, slide, layout, page);
      if (sf_report_layout_get_n_pages (layout) > 1)
        {
          slide->max_lines--;
          return lay_out_again (self, slide, layout, page);
        }
    }
  return layout;
}

void
sf_deck_ensure_layout (SfDeck *self)
{
  gboolean reading;

  if (self->layouts != NULL)
    return;
  /* The slides' charts and figures are read as they are laid out. */
  reading = sf_project_begin_read (self->project);
  self->docs = g_ptr_array_new_with_free_func ((GDestroyNotify) sf_report_document_free);
  self->layouts = g_ptr_array_new_with_free_func ((GDestroyNotify) sf_report_layout_free);
  self->measures = sf_report_measures_new ();
  for (guint i = 0; i < self->slides->len; i++)
    ((SfDeckSlide *) g_ptr_array_index (self->slides, i))->shortened = FALSE;
  /* Slides are laid out one by one: a slide is one page, and only one that runs over is laid
   * out again. No slide shown: one blank page, as an empty document is. */
  for (guint i = 0; i < MAX (self->shown->len, 1); i++)
    g_ptr_array_add (self->layouts,
                     i < self->shown->len
                       ? fit_slide (self, g_ptr_array_index (self->slides,
                                                             g_array_index (self->shown, guint,
                                                                            i)), i)
                       : lay_out_slide (self, NULL, 0));
  if (reading)
    sf_project_end_read (self->project);
}

void
sf_deck_clear_layout (SfDeck *self)
{
  /* The layouts first: they point into their documents. */
  g_clear_pointer (&self->layouts, g_ptr_array_unref);
  g_clear_pointer (&self->docs, g_ptr_array_unref);
  g_clear_pointer (&self->measures, sf_report_measures_free);
}

void
sf_deck_render_slide (SfDeck  *self,
                      guint    page,
                      cairo_t *cr,
                      double   width,
                      double   height)
{
  SfReportPageSetup setup;
  double scale;

  g_return_if_fail (self != NULL && cr != NULL);

  sf_deck_ensure_layout (self);
  sf_report_page_setup_slide (&setup);
  scale = MIN (width / setup.width, height / setup.height);
  cairo_save (cr);
  cairo_translate (cr, (width - setup.width * scale) / 2, (height - setup.height * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, setup.width, setup.height);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);
  if (page < self->shown->len)
    sf_report_layout_draw_page (g_ptr_array_index (self->layouts, page), cr, 0);
  cairo_restore (cr);
}

/* A slide framed at @y on a handout page, with its notes under it (shortened with "…"). */
static void
draw_handout_slide (SfDeck       *self,
                    PangoContext *context,
                    cairo_t      *cr,
                    guint         page,
                    double        y)
{
  SfReportPageSetup setup;
  double width = HANDOUT_WIDTH - 2 * HANDOUT_MARGIN;
  double height;
  SfDeckSlide *slide = g_ptr_array_index (self->slides, g_array_index (self->shown, guint, page));
  g_autoptr(PangoLayout) notes = NULL;

  sf_report_page_setup_slide (&setup);
  height = width * setup.height / setup.width;
  cairo_save (cr);
  cairo_translate (cr, HANDOUT_MARGIN, y);
  sf_deck_render_slide (self, page, cr, width, height);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_set_source_rgb (cr, 0.7, 0.7, 0.7);
  cairo_set_line_width (cr, 0.5);
  cairo_stroke (cr);
  if (*slide->notes != '\0')
    {
      notes = sf_report_layout_text (context, SF_REPORT_STYLE_BODY, slide->notes, FALSE, width,
                                     SF_REPORT_ALIGN_START);
      pango_layout_set_height (notes, -HANDOUT_NOTES);
      pango_layout_set_ellipsize (notes, PANGO_ELLIPSIZE_END);
      cairo_move_to (cr, 0, height + 10);
      cairo_set_source_rgb (cr, 0, 0, 0);
      pango_cairo_show_layout (cr, notes);
    }
  cairo_restore (cr);
}

static GBytes *
render_handout (SfDeck  *self,
                GError **error)
{
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  SfReportDocument *doc = g_ptr_array_index (self->docs, 0);
  PangoContext *context;
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = sf_report_pdf_surface_new (pdf, doc, HANDOUT_WIDTH, HANDOUT_HEIGHT);
  cr = cairo_create (surface);
  context = sf_report_context_new (sf_report_document_get_language (doc));
  sf_report_context_update (context, cr);
  for (guint page = 0; page < MAX (self->shown->len, 1); page += 2)
    {
      for (guint k = 0; k < 2 && page + k < self->shown->len; k++)
        draw_handout_slide (self, context, cr, page + k,
                            HANDOUT_MARGIN + k * (HANDOUT_HEIGHT - HANDOUT_MARGIN) / 2);
      cairo_show_page (cr);
    }
  g_object_unref (context);
  if (!sf_report_pdf_surface_finish (surface, cr, error))
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&pdf));
}

GBytes *
sf_deck_render_pdf (SfDeck    *self,
                    gboolean   handout,
                    GError   **error)
{
  g_return_val_if_fail (self != NULL, NULL);

  sf_deck_ensure_layout (self);
  return handout ? render_handout (self, error)
                 : sf_report_pdf_render_all ((SfReportLayout * const *) self->layouts->pdata,
                                             self->layouts->len, error);
}

gboolean
sf_deck_write_pdf (SfDeck      *self,
                   const char  *path,
                   gboolean     handout,
                   GError     **error)
{
  g_autoptr(GBytes) pdf = sf_deck_render_pdf (self, handout, error);
  const char *data;
  gsize size;

  if (pdf == NULL)
    return FALSE;
  data = g_bytes_get_data (pdf, &size);
  return sf_file_write_private (path, data, size, error);
}
