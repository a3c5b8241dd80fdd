/* sf-copy-private.h: the way every copy for someone else is made (sf-copy.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-copy.h"
#include "sf-db.h"

G_BEGIN_DECLS

/* Removes from @copy, inside the copy's transaction, what the one it is for may not see. */
typedef gboolean (*SfCopyFilter) (SfDb     *copy,
                                  gpointer  data,
                                  GError  **error);

/* Copies the project into memory, lets @filter (may be NULL) remove rows, rebuilds the search
 * index and writes the vacuumed result to @dest_path (0600, never half-written). */
gboolean sf_copy_write               (SfProject     *self,
                                      const char    *dest_path,
                                      SfCopyFilter   filter,
                                      gpointer       data,
                                      GError       **error);
/* Deletes every confidential item of @copy (and empties confidential notes). */
gboolean sf_copy_remove_confidential (SfDb          *copy,
                                      GError       **error);

G_END_DECLS
