/* sf-report-flow-text.c: the report's text on the pages: headings, lists, the cover, the
 * contents, and the running header and footer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-report-flow.h"

#define BULLET_INDENT   14.0
#define NUMBER_INDENT   24.0 /* room for "10." */
#define NUMBER_WIDTH    36.0
#define SECTION_INDENT  16.0

void
sf_flow_place_heading (SfFlow              *f,
                       guint                index,
                       const SfReportBlock *block)
{
  gboolean chapter = block->kind == SF_REPORT_BLOCK_CHAPTER;
  SfReportStyle style = chapter ? SF_REPORT_STYLE_CHAPTER : SF_REPORT_STYLE_SECTION;
  double rule = chapter ? 4.0 + 14.0 : 0; /* a short accent bar above a chapter's title */
  double need = rule + sf_flow_text_height (f, style, block->text, FALSE, f->width);
  SfReportHeading heading = { chapter ? 1 : 2, block->text, 0, 0 };
  guint first;

  if (chapter)
    f->break_pending = TRUE;
  sf_flow_start_block (f, block->kind, chapter ? 0 : 18, chapter ? 18 : 6);
  if (!f->page_empty &&
      f->y + need + (chapter ? 18 : 6) + sf_flow_keep_height (f, index + 1) > f->bottom)
    sf_flow_new_page (f);
  heading.page = f->page;
  heading.y = f->y;
  g_array_append_val (f->self->headings, heading);
  if (chapter)
    {
      SfReportBox *bar = sf_flow_add_box (f, SF_REPORT_BOX_RULE, SF_REPORT_ROLE_HEADING, index,
                                          f->left, f->y, 48, 4);

      bar->grey = -1;
      f->y += rule;
      f->page_empty = FALSE;
    }
  first = sf_flow_place_lines (f, index, SF_REPORT_ROLE_HEADING, style, block->text, FALSE,
                               f->left, f->width, FALSE);
  g_array_index (f->self->boxes, SfReportBox, first).dest_id = f->self->headings->len;
}

/* A lead-in goes to the next page with what it introduces when that does not fit after it. */
void
sf_flow_place_paragraph (SfFlow              *f,
                         guint                index,
                         const SfReportBlock *block)
{
  sf_flow_start_block (f, block->kind, 0, 8);
  if (!f->page_empty && sf_flow_is_lead_in (f, index) &&
      f->y + sf_flow_text_height (f, SF_REPORT_STYLE_BODY, block->text, block->markup,
                                  f->width) +
      sf_flow_keep_height (f, index + 1) > f->bottom)
    sf_flow_new_page (f);
  sf_flow_place_lines (f, index, SF_REPORT_ROLE_BODY, SF_REPORT_STYLE_BODY, block->text,
                       block->markup, f->left, f->width, TRUE);
}

void
sf_flow_place_caption (SfFlow              *f,
                       guint                index,
                       const SfReportBlock *block)
{
  sf_flow_start_block (f, block->kind, 0, 10);
  sf_flow_place_lines (f, index, SF_REPORT_ROLE_BODY, SF_REPORT_STYLE_CAPTION, block->text,
                       FALSE, f->left, f->width, TRUE);
}

double
sf_flow_list_indent (const SfReportBlock *block)
{
  return block->numbered ? NUMBER_INDENT : BULLET_INDENT;
}

void
sf_flow_place_bullets (SfFlow              *f,
                       guint                index,
                       const SfReportBlock *block)
{
  double indent = sf_flow_list_indent (block), note = sf_flow_note_height (f, index, 8);

  sf_flow_start_block (f, block->kind, 0, 8);
  for (guint i = 0; block->items[i]; i++)
    {
      guint first, page;
      SfReportBox *marker;
      const char *text = "•";
      double y, width;

      if (i > 0)
        f->y += 3;
      /* The last item goes along with a note under the list, when it is short. */
      if (block->items[i + 1] == NULL && note > 0 && !f->page_empty)
        {
          double item = sf_flow_text_height (f, SF_REPORT_STYLE_BODY, block->items[i], FALSE,
                                             f->width - indent);

          if (item < (f->bottom - f->top) / 4 && f->y + item + note > f->bottom)
            sf_flow_new_page (f);
        }
      first = sf_flow_place_lines (f, index, SF_REPORT_ROLE_BODY, SF_REPORT_STYLE_BODY,
                                   block->items[i], FALSE, f->left + indent, f->width - indent,
                                   TRUE);
      page = g_array_index (f->self->boxes, SfReportBox, first).page;
      y = g_array_index (f->self->boxes, SfReportBox, first).y;
      /* A number instead of the bullet, its point lined up with the others' and clear of
       * the text. */
      if (block->numbered)
        text = sf_flow_keep_string (f->self, g_strdup_printf ("%u.", i + 1));
      width = block->numbered ? indent - 7 : indent - 2;
      marker = sf_flow_add_text_box (f, SF_REPORT_ROLE_BODY, index, SF_REPORT_STYLE_BODY, text,
                                     FALSE, f->left + 2, y, width,
                                     sf_flow_text_height_limited (f, SF_REPORT_STYLE_BODY, text,
                                                                  FALSE, width, 1),
                                     block->numbered ? SF_REPORT_ALIGN_END
                                                     : SF_REPORT_ALIGN_START);
      marker->max_lines = 1;
      marker->page = page; /* beside the item's first line, wherever that went */
    }
}

/* A box of text of known lines at the cursor, moving to a new page when it does not fit. */
static SfReportBox *
place_unit (SfFlow        *f,
            guint          index,
            SfReportStyle  style,
            const char    *text,
            double         x,
            double         width)
{
  PangoLayout *kept = NULL;
  double height = sf_flow_text_height_full (f, style, text, FALSE, width, SF_REPORT_ALIGN_START, 0,
                                            &kept);
  SfReportBox *box;

  if (!f->page_empty && f->y + height > f->bottom)
    sf_flow_new_page (f);
  box = sf_flow_add_text_box (f, SF_REPORT_ROLE_BODY, index, style, text, FALSE, x, f->y, width,
                              height, SF_REPORT_ALIGN_START);
  sf_flow_keep_text (f, kept);
  f->page_empty = FALSE;
  return box;
}

void
sf_flow_place_cover (SfFlow              *f,
                     guint                index,
                     const SfReportBlock *block)
{
  SfReportBox *box;
  double label_width = f->width * 0.3;

  if (!f->page_empty)
    sf_flow_new_page (f);
  sf_flow_mark_page (f, TRUE);
  f->y = f->top + (f->bottom - f->top) * 0.22;
  box = sf_flow_add_box (f, SF_REPORT_BOX_RULE, SF_REPORT_ROLE_BODY, index, f->left, f->y, 64, 5);
  box->grey = -1;
  f->y += 5 + 22;
  box = place_unit (f, index, SF_REPORT_STYLE_TITLE, block->text, f->left, f->width);
  f->y += box->height;
  if (block->subtitle && *block->subtitle)
    {
      f->y += 10;
      box = place_unit (f, index, SF_REPORT_STYLE_SUBTITLE, block->subtitle, f->left, f->width);
      f->y += box->height;
    }
  f->y += 40;
  for (guint i = 0; block->items[i]; i++)
    {
      double value = sf_flow_text_height (f, SF_REPORT_STYLE_BODY, block->values[i], FALSE,
                                          f->width - label_width);
      double label = sf_flow_text_height (f, SF_REPORT_STYLE_CAPTION, block->items[i], FALSE,
                                          label_width - 10);
      double height = MAX (value, label);

      if (f->y + height > f->bottom)
        sf_flow_new_page (f);
      sf_flow_add_text_box (f, SF_REPORT_ROLE_BODY, index, SF_REPORT_STYLE_CAPTION,
                            block->items[i], FALSE, f->left, f->y + 1.5, label_width - 10, label,
                            SF_REPORT_ALIGN_START);
      sf_flow_add_text_box (f, SF_REPORT_ROLE_BODY, index, SF_REPORT_STYLE_BODY, block->values[i],
                            FALSE, f->left + label_width, f->y, f->width - label_width, value,
                            SF_REPORT_ALIGN_START);
      f->y += height + 7;
    }
  f->page_empty = FALSE;
  f->break_pending = TRUE;
  f->pending_space = 0;
}

/* Entries now, page numbers once every heading after them has landed (see
 * sf_flow_fill_contents). */
void
sf_flow_place_contents (SfFlow              *f,
                        guint                index,
                        const SfReportBlock *block,
                        GArray              *entries)
{
  guint n_blocks = sf_report_document_get_n_blocks (f->self->doc);

  f->break_pending = TRUE;
  sf_flow_start_block (f, block->kind, 0, 18);
  sf_flow_place_lines (f, index, SF_REPORT_ROLE_HEADING, SF_REPORT_STYLE_CHAPTER, block->text,
                       FALSE, f->left, f->width, FALSE);
  f->y += 18;
  for (guint i = index + 1; i < n_blocks; i++)
    {
      const SfReportBlock *heading = sf_report_document_get_block (f->self->doc, i);
      gboolean chapter = heading->kind == SF_REPORT_BLOCK_CHAPTER;
      double indent = chapter ? 0 : SECTION_INDENT;
      SfReportStyle style = chapter ? SF_REPORT_STYLE_STRONG : SF_REPORT_STYLE_BODY;
      SfReportBox *title, *number;
      guint title_index;

      if (!chapter && heading->kind != SF_REPORT_BLOCK_SECTION)
        continue;
      f->y += chapter && entries->len > 0 ? 9 : 2;
      title = place_unit (f, index, style, heading->text, f->left + indent,
                          f->width - indent - NUMBER_WIDTH - 12);
      title_index = f->self->boxes->len - 1;
      number = sf_flow_add_text_box (f, SF_REPORT_ROLE_BODY, index, style, "", FALSE,
                                     f->left + f->width - NUMBER_WIDTH, title->y, NUMBER_WIDTH,
                                     sf_flow_text_height (f, style, "0", FALSE, NUMBER_WIDTH),
                                     SF_REPORT_ALIGN_END);
      number->max_lines = 1;
      f->y += g_array_index (f->self->boxes, SfReportBox, title_index).height;
      g_array_append_val (entries, title_index);
    }
  f->break_pending = TRUE;
}

void
sf_flow_fill_contents (SfReportLayout *self,
                       GArray         *entries,
                       guint           first_heading)
{
  for (guint i = 0; i < entries->len; i++)
    {
      guint title_index = g_array_index (entries, guint, i);
      SfReportBox *title = &g_array_index (self->boxes, SfReportBox, title_index);
      SfReportBox *number = title + 1;
      SfReportHeading *heading;

      if (first_heading + i >= self->headings->len)
        break;
      heading = &g_array_index (self->headings, SfReportHeading, first_heading + i);
      number->text = sf_flow_keep_string (self, g_strdup_printf ("%u", heading->page + 1));
      title->link_page = heading->page + 1;
      title->link_y = heading->y;
      title->link_id = first_heading + i + 1;
    }
}

void
sf_flow_add_running (SfFlow *f)
{
  SfReportLayout *self = f->self;
  const char *title = sf_report_document_get_title (self->doc);
  const SfReportPageSetup *s = &self->setup;

  for (guint p = 0; p < self->n_pages; p++)
    {
      SfReportBox *box;
      PangoLayout *kept = NULL;
      const char *footer;
      char *text;
      double height;

      if (g_array_index (self->covers, gboolean, p))
        continue;
      f->page = p;
      if (title && *title && !s->slides)
        {
          box = sf_flow_add_text_box (f, SF_REPORT_ROLE_RUNNING, G_MAXUINT,
                                      SF_REPORT_STYLE_CAPTION, title, FALSE, f->left,
                                      s->margin_top - 36, f->width,
                                      sf_flow_text_height (f, SF_REPORT_STYLE_CAPTION, "X", FALSE,
                                                           f->width),
                                      SF_REPORT_ALIGN_START);
          box->max_lines = 1;
          box = sf_flow_add_box (f, SF_REPORT_BOX_RULE, SF_REPORT_ROLE_RUNNING, G_MAXUINT, f->left,
                                 s->margin_top - 20, f->width, 0.5);
          box->grey = 0.75;
        }
      if (s->slides)
        text = g_strdup_printf ("%u", s->page_offset + p + 1);
      else
        /* TRANSLATORS: the footer of every report page but the cover */
        text = g_strdup_printf (_("page %u of %u"), p + 1, self->n_pages);
      footer = sf_flow_keep_string (self, text);
      height = sf_flow_text_height_full (f, SF_REPORT_STYLE_CAPTION, footer, FALSE, f->width,
                                         SF_REPORT_ALIGN_END, 1, &kept);
      /* A slide's number sits in the middle of its narrow bottom margin. */
      box = sf_flow_add_text_box (f, SF_REPORT_ROLE_RUNNING, G_MAXUINT, SF_REPORT_STYLE_CAPTION,
                                  footer, FALSE, f->left,
                                  s->slides ? s->height - (s->margin_bottom + height) / 2
                                            : s->height - s->margin_bottom + 24,
                                  f->width, height, SF_REPORT_ALIGN_END);
      box->max_lines = 1;
      sf_flow_keep_text (f, kept);
    }
}
