/* sf-board-labels.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-board-labels.h"

static const char * const stances[] = {
  N_("No decision yet"), N_("Supports"), N_("Supports on conditions"), N_("Does not support"),
  NULL
};

static const char * const styles[] = { "dim-label", "success", "warning", "error" };

static const char * const forms[] = {
  N_("Not yet"), N_("Statement of support"), N_("Letter of intent"),
  N_("Administrative agreement"), NULL
};

static const char * const attendances[] = {
  N_("Invited"), N_("Present"), N_("Sent apologies"), NULL
};

const char *
sf_board_stance_label (SfBoardStance stance)
{
  g_return_val_if_fail (stance < SF_BOARD_STANCE_N_VALUES, "");

  return _(stances[stance]);
}

const char *
sf_board_stance_style (SfBoardStance stance)
{
  g_return_val_if_fail (stance < SF_BOARD_STANCE_N_VALUES, "dim-label");

  return styles[stance];
}

static GListModel *
model_of (const char * const *labels)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; labels[i] != NULL; i++)
    gtk_string_list_append (list, _(labels[i]));
  return G_LIST_MODEL (list);
}

GListModel *
sf_board_stance_model (void)
{
  return model_of (stances);
}

GListModel *
sf_board_form_model (void)
{
  return model_of (forms);
}

GListModel *
sf_board_attendance_model (void)
{
  return model_of (attendances);
}
