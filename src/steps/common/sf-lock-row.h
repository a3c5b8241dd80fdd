/* sf-lock-row.h: a row of something said in a meeting, with a lock that marks it confidential
 * and a button that removes it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Step 2's statements and step 4's notes: the row shows the confidential marker while its item
 * is confidential, and the lock changes the store only when the user flips it, not when the
 * row shows what is stored (an undo, say).
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SF_TYPE_LOCK_ROW (sf_lock_row_get_type ())
G_DECLARE_DERIVABLE_TYPE (SfLockRow, sf_lock_row, SF, LOCK_ROW, AdwActionRow)

struct _SfLockRowClass
{
  AdwActionRowClass parent_class;

  /* The user flipped the lock: store it; FALSE with @error when the store refuses. */
  gboolean (*set_confidential) (SfLockRow  *self,
                                gboolean    confidential,
                                GError    **error);

  gpointer padding[4];
};

/* For a subclass's new (): the lock's widget name, the remove button's action (target: @id)
 * and its label, and what an error says when the lock cannot be stored. */
void sf_lock_row_setup             (SfLockRow  *self,
                                    const char *lock_name,
                                    const char *remove_action,
                                    const char *id,
                                    const char *remove_label,
                                    const char *refused);
/* Shows whether the item is confidential now. */
void sf_lock_row_show_confidential (SfLockRow  *self,
                                    gboolean    confidential);

G_END_DECLS
