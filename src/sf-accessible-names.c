/* sf-accessible-names.c: names for screen readers without a mnemonic's underscore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 gives a button with a mnemonic ("_New Project") its label, underscore and all, as
 * its accessible label, and also says it is labelled by its own label widget: a screen
 * reader reads "_New Project New Project". This comes with every such button, also those
 * libadwaita makes (a message dialog's responses, a toast's Undo), so it is mended in one
 * place: when any button is shown, and again whenever its label changes.
 */
#include "config.h"

#include <gtk/gtk.h>

#include "sf-accessible-names.h"

#define MENDED_KEY "sf-accessible-name-mended"

/* "_Save" → "Save", "Snake__case" → "Snake_case". */
char *
sf_strip_mnemonic (const char *label)
{
  GString *text = g_string_new (NULL);

  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          if (p[1] != '_')
            continue;
          p++;
        }
      g_string_append_c (text, *p);
    }
  return g_string_free (text, FALSE);
}

static void
mend (GtkWidget *widget)
{
  const char *label = NULL;
  gboolean underline = FALSE;
  g_autofree char *name = NULL;

  if (GTK_IS_BUTTON (widget))
    {
      label = gtk_button_get_label (GTK_BUTTON (widget));
      underline = gtk_button_get_use_underline (GTK_BUTTON (widget));
    }
  else if (GTK_IS_CHECK_BUTTON (widget))
    {
      label = gtk_check_button_get_label (GTK_CHECK_BUTTON (widget));
      underline = gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (widget));
    }
  if (label == NULL || !underline)
    return;
  name = sf_strip_mnemonic (label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

static gboolean
on_map (GSignalInvocationHint *hint,
        guint                  n_params,
        const GValue          *params,
        gpointer               user_data)
{
  GtkWidget *widget = g_value_get_object (&params[0]);

  if (!(GTK_IS_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget)) ||
      g_object_get_data (G_OBJECT (widget), MENDED_KEY) != NULL)
    return TRUE;
  g_object_set_data (G_OBJECT (widget), MENDED_KEY, GINT_TO_POINTER (TRUE));
  /* GTK sets the label before it notifies, so this comes after it. */
  g_signal_connect (widget, "notify::label", G_CALLBACK (mend), NULL);
  g_signal_connect (widget, "notify::use-underline", G_CALLBACK (mend), NULL);
  mend (widget);
  return TRUE;
}

/* Once per process, before any window is shown. */
void
sf_accessible_names_install (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      /* The class holds its signals: they exist once it has been initialised. */
      gpointer widget_class = g_type_class_ref (GTK_TYPE_WIDGET);

      g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0, on_map, NULL,
                                  NULL);
      g_type_class_unref (widget_class);
      g_once_init_leave (&installed, 1);
    }
}
