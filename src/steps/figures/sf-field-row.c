/* sf-field-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-field-row.h"
#include "sf-text.h"

struct _SfFieldRow
{
  AdwEntryRow parent_instance;

  gboolean    typed;
};

G_DEFINE_FINAL_TYPE (SfFieldRow, sf_field_row, ADW_TYPE_ENTRY_ROW)

enum {
  SIGNAL_COMMIT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
commit_cb (SfFieldRow *self)
{
  g_signal_emit (self, signals[SIGNAL_COMMIT], 0);
}

static void
changed_cb (SfFieldRow *self)
{
  self->typed = TRUE;
}

static void
sf_field_row_class_init (SfFieldRowClass *klass)
{
  signals[SIGNAL_COMMIT] = g_signal_new ("commit", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sf_field_row_init (SfFieldRow *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self), TRUE);
  g_signal_connect (self, "apply", G_CALLBACK (commit_cb), NULL);
  g_signal_connect (self, "entry-activated", G_CALLBACK (commit_cb), NULL);
  g_signal_connect (self, "changed", G_CALLBACK (changed_cb), NULL);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (commit_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
}

void
sf_field_row_load (SfFieldRow *self,
                   const char *text)
{
  g_return_if_fail (SF_IS_FIELD_ROW (self));

  /* Text set from the store is not an edit: keeps the apply button away. */
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self), FALSE);
  sf_text_set_loaded (GTK_EDITABLE (self), text);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self), TRUE);
  sf_field_row_mark (self, FALSE);
  self->typed = FALSE;
}

gboolean
sf_field_row_show (SfFieldRow *self,
                   const char *text)
{
  GtkRoot *root;
  GtkWidget *focus;

  g_return_val_if_fail (SF_IS_FIELD_ROW (self), FALSE);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (focus != NULL && (focus == GTK_WIDGET (self) ||
                        gtk_widget_is_ancestor (focus, GTK_WIDGET (self))))
    return FALSE;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self)), text) == 0)
    return FALSE;
  sf_field_row_load (self, text);
  return TRUE;
}

gboolean
sf_field_row_get_typed (SfFieldRow *self)
{
  g_return_val_if_fail (SF_IS_FIELD_ROW (self), FALSE);

  return self->typed;
}

void
sf_field_row_set_typed (SfFieldRow *self,
                        gboolean    typed)
{
  g_return_if_fail (SF_IS_FIELD_ROW (self));

  self->typed = typed;
}

void
sf_field_row_mark (SfFieldRow *self,
                   gboolean    wrong)
{
  g_return_if_fail (SF_IS_FIELD_ROW (self));

  if (wrong)
    gtk_widget_add_css_class (GTK_WIDGET (self), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
}

char *
sf_field_row_get_stripped (SfFieldRow *self)
{
  g_return_val_if_fail (SF_IS_FIELD_ROW (self), NULL);

  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self))));
}
