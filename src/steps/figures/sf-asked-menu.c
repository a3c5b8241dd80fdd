/* sf-asked-menu.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The items' actions ("asked.partner-N") are made anew only when the partners change: an
 * item's own action outlives the refresh that ticking it causes.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sf-asked-menu.h"
#include "sf-partner.h"

struct _SfAskedMenu
{
  GObject             parent_instance;

  GtkWidget          *button;
  GSimpleActionGroup *actions;
  GStrv               partner_ids; /* of each action, in order */
};

G_DEFINE_FINAL_TYPE (SfAskedMenu, sf_asked_menu, G_TYPE_OBJECT)

enum {
  SIGNAL_TOGGLED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A partner's check item: asking the partner for the figure, or no longer. */
static void
change_state_cb (GSimpleAction *action,
                 GVariant      *state,
                 SfAskedMenu   *self)
{
  guint64 index = g_ascii_strtoull (g_action_get_name (G_ACTION (action)) + strlen ("partner-"),
                                    NULL, 10);

  if (self->partner_ids == NULL || index >= g_strv_length (self->partner_ids))
    return;
  g_signal_emit (self, signals[SIGNAL_TOGGLED], 0, self->partner_ids[index],
                 g_variant_get_boolean (state));
}

/* The actions fit the project's partners: one per partner, in their order. */
static gboolean
actions_fit (SfAskedMenu *self,
             GListModel  *partners)
{
  if (self->partner_ids == NULL ||
      g_strv_length (self->partner_ids) != g_list_model_get_n_items (partners))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);

      if (g_strcmp0 (self->partner_ids[i], sf_record_get_id (SF_RECORD (partner))) != 0)
        return FALSE;
    }
  return TRUE;
}

static void
make_actions (SfAskedMenu *self,
              GListModel  *partners)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  g_clear_object (&self->actions);
  g_clear_pointer (&self->partner_ids, g_strfreev);
  self->actions = g_simple_action_group_new ();
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);
      g_autofree char *name = g_strdup_printf ("partner-%u", i);
      g_autoptr(GSimpleAction) action = g_simple_action_new_stateful (
        name, NULL, g_variant_new_boolean (FALSE));

      g_strv_builder_add (ids, sf_record_get_id (SF_RECORD (partner)));
      g_signal_connect_object (action, "change-state", G_CALLBACK (change_state_cb), self, 0);
      g_action_map_add_action (G_ACTION_MAP (self->actions), G_ACTION (action));
    }
  self->partner_ids = g_strv_builder_end (ids);
  gtk_widget_insert_action_group (self->button, "asked", G_ACTION_GROUP (self->actions));
}

void
sf_asked_menu_update (SfAskedMenu *self,
                      GListModel  *partners,
                      GPtrArray   *asked_partners)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) items = g_menu_new ();
  g_autoptr(GString) label = g_string_new (NULL);

  g_return_if_fail (SF_IS_ASKED_MENU (self));

  if (!actions_fit (self, partners))
    make_actions (self, partners);
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);
      const char *organisation = sf_partner_get_organisation (partner);
      g_autofree char *name = g_strdup_printf ("partner-%u", i);
      g_autofree char *detailed = g_strconcat ("asked.", name, NULL);
      gboolean is_asked = FALSE;

      if (organisation == NULL)
        organisation = "";
      for (guint j = 0; asked_partners != NULL && j < asked_partners->len; j++)
        is_asked |= g_strcmp0 (g_ptr_array_index (asked_partners, j),
                               self->partner_ids[i]) == 0;
      if (is_asked)
        {
          if (label->len > 0)
            g_string_append (label, ", ");
          g_string_append (label, organisation);
        }
      g_simple_action_set_state (
        G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->actions), name)),
        g_variant_new_boolean (is_asked));
      g_menu_append (items, organisation, detailed);
    }
  g_menu_append_section (menu, _("Who can answer this?"), G_MENU_MODEL (items));
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->button), G_MENU_MODEL (menu));
  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->button),
                             label->len > 0 ? label->str : _("Nobody asked"));
  gtk_widget_set_sensitive (self->button, g_list_model_get_n_items (partners) > 0);
}

GActionGroup *
sf_asked_menu_get_actions (SfAskedMenu *self)
{
  g_return_val_if_fail (SF_IS_ASKED_MENU (self), NULL);

  return G_ACTION_GROUP (self->actions);
}

static void
sf_asked_menu_dispose (GObject *object)
{
  SfAskedMenu *self = SF_ASKED_MENU (object);

  g_clear_object (&self->actions);
  g_clear_object (&self->button);
  G_OBJECT_CLASS (sf_asked_menu_parent_class)->dispose (object);
}

static void
sf_asked_menu_finalize (GObject *object)
{
  g_strfreev (SF_ASKED_MENU (object)->partner_ids);
  G_OBJECT_CLASS (sf_asked_menu_parent_class)->finalize (object);
}

static void
sf_asked_menu_class_init (SfAskedMenuClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sf_asked_menu_dispose;
  object_class->finalize = sf_asked_menu_finalize;
  signals[SIGNAL_TOGGLED] = g_signal_new ("toggled", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                          2, G_TYPE_STRING, G_TYPE_BOOLEAN);
}

static void
sf_asked_menu_init (SfAskedMenu *self)
{
}

SfAskedMenu *
sf_asked_menu_new (GtkWidget *button)
{
  SfAskedMenu *self;

  g_return_val_if_fail (GTK_IS_MENU_BUTTON (button), NULL);

  self = g_object_new (SF_TYPE_ASKED_MENU, NULL);
  self->button = g_object_ref (button);
  return self;
}
