/* sf-lock-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-confidential-marker.h"
#include "sf-feedback.h"
#include "sf-lock-row.h"

typedef struct
{
  GtkWidget *marker;
  GtkWidget *lock;
  GtkWidget *remove;
  char      *refused;
  gboolean   confidential;  /* as shown */
} SfLockRowPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (SfLockRow, sf_lock_row, ADW_TYPE_ACTION_ROW)

#define PRIV(self) ((SfLockRowPrivate *) sf_lock_row_get_instance_private (self))

static void
lock_toggled_cb (SfLockRow *self)
{
  SfLockRowPrivate *priv = PRIV (self);
  gboolean on = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (priv->lock));
  g_autoptr(GError) error = NULL;

  if (on == priv->confidential)
    return;
  if (!SF_LOCK_ROW_GET_CLASS (self)->set_confidential (self, on, &error))
    {
      sf_feedback_error (GTK_WIDGET (self), priv->refused, error);
      sf_lock_row_show_confidential (self, priv->confidential);
    }
}

static GtkWidget *
flat_button (GtkWidget  *button,
             const char *icon_name)
{
  gtk_button_set_icon_name (GTK_BUTTON (button), icon_name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_focus_on_click (button, FALSE);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static void
sf_lock_row_finalize (GObject *object)
{
  g_free (PRIV (SF_LOCK_ROW (object))->refused);
  G_OBJECT_CLASS (sf_lock_row_parent_class)->finalize (object);
}

static void
sf_lock_row_class_init (SfLockRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sf_lock_row_finalize;
}

static void
sf_lock_row_init (SfLockRow *self)
{
  SfLockRowPrivate *priv = PRIV (self);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (self), 0);
  /* The marker comes first among the suffixes, before the buttons. */
  priv->marker = sf_confidential_marker_new ();
  gtk_widget_set_visible (priv->marker, FALSE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), priv->marker);
  priv->lock = flat_button (gtk_toggle_button_new (), "changes-prevent-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (priv->lock), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Confidential"), -1);
  g_signal_connect_swapped (priv->lock, "toggled", G_CALLBACK (lock_toggled_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), priv->lock);
  priv->remove = flat_button (gtk_button_new (), "user-trash-symbolic");
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), priv->remove);
  sf_lock_row_show_confidential (self, FALSE);
}

void
sf_lock_row_setup (SfLockRow  *self,
                   const char *lock_name,
                   const char *remove_action,
                   const char *id,
                   const char *remove_label,
                   const char *refused)
{
  SfLockRowPrivate *priv;

  g_return_if_fail (SF_IS_LOCK_ROW (self));

  priv = PRIV (self);
  gtk_widget_set_name (priv->lock, lock_name);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (priv->remove), remove_action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (priv->remove), "s", id);
  gtk_widget_set_tooltip_text (priv->remove, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (priv->remove),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  g_free (priv->refused);
  priv->refused = g_strdup (refused);
}

void
sf_lock_row_show_confidential (SfLockRow *self,
                               gboolean   confidential)
{
  SfLockRowPrivate *priv;

  g_return_if_fail (SF_IS_LOCK_ROW (self));

  priv = PRIV (self);
  priv->confidential = confidential;
  gtk_widget_set_visible (priv->marker, confidential);
  if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (priv->lock)) != confidential)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (priv->lock), confidential);
  gtk_widget_set_tooltip_text (priv->lock, confidential ? _("Confidential: Not Shown to the Room")
                                                        : _("Mark as Confidential"));
}
