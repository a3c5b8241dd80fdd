/* sf-source-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The whole text is the check's label: a click anywhere on it chooses, and a screen reader
 * reads what is chosen. A long text shows its beginning; the whole of it only on request, in
 * a box that scrolls: a text view lays out only what is seen, where a label lays out all of
 * it at every resize (seconds for a pasted transcript).
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sf-confidential-marker.h"
#include "sf-source-row.h"
#include "sf-store-text.h"
#include "sf-text.h"
#include "steps-resources.h"

/* Longer texts (in bytes) show their beginning until asked for the whole. */
#define LONG_TEXT 2000

struct _SfSourceRow
{
  AdwPreferencesRow parent_instance;

  SfSourceKind kind;
  char        *id;
  char        *full;      /* the text as the store has it */
  char        *long_shown; /* what the long text view shows, or NULL */
  gboolean     expanded;  /* asked for the whole text */
  gboolean     loading;   /* the check is set from the store */

  GtkWidget   *check;
  GtkWidget   *heading;
  GtkWidget   *text;
  GtkWidget   *speaker;
  GtkWidget   *marker;
  GtkWidget   *more;
  GtkWidget   *long_text;
  GtkWidget   *long_view;
};

enum {
  TOGGLED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SfSourceRow, sf_source_row, ADW_TYPE_PREFERENCES_ROW)

/* The first LONG_TEXT bytes, cut between words, and an ellipsis. */
static char *
preview_of (const char *text)
{
  const char *end = g_utf8_find_prev_char (text, text + LONG_TEXT);
  const char *space = g_utf8_strrchr (text, end - text, ' ');

  return g_strdup_printf ("%.*s…", (int) ((space != NULL ? space : end) - text), text);
}

/* A text view lays out a paragraph as a whole, and a transcript pasted as one paragraph
 * takes seconds: for showing, a long paragraph is broken after a sentence now and then. */
static char *
in_short_lines (const char *text)
{
  char *lines = g_strdup (text);
  gsize since_break = 0;

  for (char *p = lines; *p != '\0'; p++, since_break++)
    {
      if (*p == '\n')
        since_break = 0;
      else if (*p == ' ' && since_break > LONG_TEXT / 2 &&
               (since_break > LONG_TEXT || (p > lines && strchr (".!?", p[-1]) != NULL)))
        {
          *p = '\n';
          since_break = 0;
        }
    }
  return lines;
}

static void
show_text (SfSourceRow *self)
{
  gboolean blank = sf_store_text_is_blank (self->full);
  gboolean is_long = !blank && strlen (self->full) > LONG_TEXT;
  gboolean expanded = is_long && self->expanded;

  if (blank)
    gtk_label_set_text (GTK_LABEL (self->text), _("No text any more"));
  else if (is_long)
    {
      g_autofree char *preview = preview_of (self->full);

      gtk_label_set_text (GTK_LABEL (self->text), preview);
    }
  else
    gtk_label_set_text (GTK_LABEL (self->text), self->full);
  if (blank)
    gtk_widget_add_css_class (self->text, "dim-label");
  else
    gtk_widget_remove_css_class (self->text, "dim-label");
  gtk_widget_set_visible (self->text, !expanded);
  gtk_widget_set_visible (self->more, is_long && !expanded);
  if (expanded && g_strcmp0 (self->long_shown, self->full) != 0)
    {
      g_autofree char *lines = in_short_lines (self->full);

      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->long_view)),
                                lines, -1);
      g_free (self->long_shown);
      self->long_shown = g_strdup (self->full);
    }
  gtk_widget_set_visible (self->long_text, expanded);
}

static void
show_all_clicked (SfSourceRow *self)
{
  self->expanded = TRUE;
  show_text (self);
}

static void
check_toggled (SfSourceRow *self)
{
  if (!self->loading)
    g_signal_emit (self, signals[TOGGLED], 0,
                   gtk_check_button_get_active (GTK_CHECK_BUTTON (self->check)));
}

static void
sf_source_row_finalize (GObject *object)
{
  SfSourceRow *self = SF_SOURCE_ROW (object);

  g_free (self->id);
  g_free (self->full);
  g_free (self->long_shown);
  G_OBJECT_CLASS (sf_source_row_parent_class)->finalize (object);
}

static void
sf_source_row_class_init (SfSourceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sf_source_row_finalize;

  signals[TOGGLED] = g_signal_new ("toggled", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  g_type_ensure (SF_TYPE_CONFIDENTIAL_MARKER);
  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_steps_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-source-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SfSourceRow, check);
  gtk_widget_class_bind_template_child (widget_class, SfSourceRow, heading);
  gtk_widget_class_bind_template_child (widget_class, SfSourceRow, text);
  gtk_widget_class_bind_template_child (widget_class, SfSourceRow, speaker);
  gtk_widget_class_bind_template_child (widget_class, SfSourceRow, marker);
  gtk_widget_class_bind_template_child (widget_class, SfSourceRow, more);
  gtk_widget_class_bind_template_child (widget_class, SfSourceRow, long_text);
  gtk_widget_class_bind_template_child (widget_class, SfSourceRow, long_view);
  gtk_widget_class_bind_template_callback (widget_class, check_toggled);
  gtk_widget_class_bind_template_callback (widget_class, show_all_clicked);
}

static void
sf_source_row_init (SfSourceRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sf_source_row_new (const SfSourceCandidate *candidate)
{
  SfSourceRow *self;

  g_return_val_if_fail (candidate != NULL, NULL);

  self = g_object_new (SF_TYPE_SOURCE_ROW, NULL);
  self->kind = candidate->kind;
  self->id = g_strdup (candidate->id);
  return GTK_WIDGET (self);
}

void
sf_source_row_update (SfSourceRow             *self,
                      const SfSourceCandidate *candidate,
                      gboolean                 show_heading)
{
  g_return_if_fail (SF_IS_SOURCE_ROW (self));

  gtk_label_set_text (GTK_LABEL (self->heading),
                      candidate->heading != NULL ? candidate->heading : "");
  gtk_widget_set_visible (self->heading, show_heading);
  gtk_label_set_text (GTK_LABEL (self->speaker),
                      candidate->speaker != NULL ? candidate->speaker : "");
  gtk_widget_set_visible (self->speaker, !sf_store_text_is_blank (candidate->speaker));
  /* A chosen source whose text has gone stays (shown as such), so that it can be unchosen. */
  g_free (self->full);
  self->full = g_strdup (candidate->text);
  show_text (self);
  gtk_widget_set_visible (self->marker, candidate->confidential);
  self->loading = TRUE;
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->check), candidate->chosen);
  self->loading = FALSE;
}

const char *
sf_source_row_get_id (SfSourceRow *self)
{
  g_return_val_if_fail (SF_IS_SOURCE_ROW (self), NULL);
  return self->id;
}

SfSourceKind
sf_source_row_get_kind (SfSourceRow *self)
{
  g_return_val_if_fail (SF_IS_SOURCE_ROW (self), SF_SOURCE_ANSWER);
  return self->kind;
}
