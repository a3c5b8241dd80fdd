/* sf-remark-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The title is the remark; the subtitle what it is about and what was done with it. The row
 * follows its remark (a resolution, undo, redo) and the item it points at (a correction).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-confidential-marker.h"
#include "sf-icon-button.h"
#include "sf-menu-button.h"
#include "sf-project-items.h"
#include "sf-remark-row.h"

struct _SfRemarkRow
{
  AdwActionRow parent_instance;

  SfProject *project;
  SfRemark  *remark;
  GtkWidget *marker;
  GtkWidget *open_button;
};

G_DEFINE_FINAL_TYPE (SfRemarkRow, sf_remark_row, ADW_TYPE_ACTION_ROW)

static char *
resolution_text (SfRemark *remark)
{
  switch (sf_remark_get_resolution (remark))
    {
    case SF_REMARK_CORRECTED:
      return g_strdup (_("Corrected"));
    case SF_REMARK_ACTION:
      return g_strdup (_("Turned into an action"));
    case SF_REMARK_DISMISSED:
      /* Translators: a remark dismissed, with the reason, as in "Dismissed: figure is right" */
      return g_strdup_printf (_("Dismissed: %s"), sf_remark_get_reason (remark));
    case SF_REMARK_OPEN:
    case SF_REMARK_N_RESOLUTIONS:
    default:
      return g_strdup (_("Open"));
    }
}

static void
update (SfRemarkRow *self)
{
  g_autofree char *about = sf_project_describe_item (self->project,
                                                     sf_remark_get_item_kind (self->remark),
                                                     sf_remark_get_item_ref (self->remark),
                                                     NULL, NULL);
  g_autofree char *resolution = resolution_text (self->remark);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s",
                                               about != NULL ? about : _("Item removed"),
                                               resolution);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), sf_remark_get_text (self->remark));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  gtk_widget_set_visible (self->marker, sf_remark_get_confidential (self->remark));
  gtk_widget_set_sensitive (self->open_button, about != NULL);
}

static GMenuModel *
create_menu (const char *id)
{
  static const struct { const char *label, *action; } items[] = {
    { N_("Mark as _Corrected"), "remarks.corrected" },
    { N_("Turn into _Action…"), "remarks.to-action" },
    { N_("_Dismiss…"), "remarks.dismiss" },
    { N_("_Open Again"), "remarks.reopen" },
  };
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) last = g_menu_new ();
  g_autoptr(GMenuItem) remove = g_menu_item_new (_("_Remove"), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(items[i].label), NULL);

      g_menu_item_set_action_and_target (item, items[i].action, "s", id);
      g_menu_append_item (menu, item);
    }
  g_menu_item_set_action_and_target (remove, "remarks.remove", "s", id);
  g_menu_append_item (last, remove);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (last));
  return G_MENU_MODEL (menu);
}

static void
sf_remark_row_dispose (GObject *object)
{
  SfRemarkRow *self = SF_REMARK_ROW (object);

  g_clear_object (&self->remark);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_remark_row_parent_class)->dispose (object);
}

static void
sf_remark_row_class_init (SfRemarkRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sf_remark_row_dispose;
}

static void
sf_remark_row_init (SfRemarkRow *self)
{
}

GtkWidget *
sf_remark_row_new (SfProject *project,
                   SfRemark  *remark)
{
  SfRemarkRow *self = g_object_new (SF_TYPE_REMARK_ROW, "use-markup", FALSE,
                                    "title-lines", 0, NULL);
  const char *id = sf_record_get_id (SF_RECORD (remark));
  g_autoptr(GMenuModel) menu = create_menu (id);
  GtkWidget *menu_button = gtk_menu_button_new ();
  g_autofree char *signal = NULL;
  const char *kind;

  self->project = g_object_ref (project);
  self->remark = g_object_ref (remark);
  gtk_widget_set_name (GTK_WIDGET (self), "remark-row");

  self->marker = sf_confidential_marker_new ();
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), self->marker);
  self->open_button = sf_icon_button_new ("find-location-symbolic", _("Open the Item"));
  gtk_widget_set_valign (self->open_button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->open_button), "remarks.open");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->open_button), "s", id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), self->open_button);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_widget_set_tooltip_text (menu_button, _("What Was Done"));
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (menu_button, "flat");
  sf_menu_button_set_menu_later (GTK_MENU_BUTTON (menu_button), menu);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), menu_button);

  g_signal_connect_object (remark, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  /* What it is about is re-read when that item's table changes (a missing role's: the
   * register), not on every edit. */
  kind = sf_remark_get_item_kind (remark);
  signal = g_strdup_printf ("changed::%s", g_str_equal (kind, "role") ? "partner" : kind);
  g_signal_connect_object (project, signal, G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
  return GTK_WIDGET (self);
}
