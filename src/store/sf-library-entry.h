/* sf-library-entry.h: what the welcome screen shows of one project file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SF_TYPE_LIBRARY_ENTRY (sf_library_entry_get_type ())
G_DECLARE_FINAL_TYPE (SfLibraryEntry, sf_library_entry, SF, LIBRARY_ENTRY, GObject)

const char     *sf_library_entry_get_path         (SfLibraryEntry *self);
const char     *sf_library_entry_get_project_id   (SfLibraryEntry *self);
const char     *sf_library_entry_get_name         (SfLibraryEntry *self);
const char     *sf_library_entry_get_municipality (SfLibraryEntry *self);
const char     *sf_library_entry_get_modified     (SfLibraryEntry *self);
guint           sf_library_entry_get_steps_done   (SfLibraryEntry *self);
gboolean        sf_library_entry_get_is_example   (SfLibraryEntry *self);
/* What is wrong with a file that cannot be read as a project, or NULL: such a file is listed
 * all the same, by its file name, so that no project ever silently vanishes from the list. */
const char     *sf_library_entry_get_problem      (SfLibraryEntry *self);
SfLibraryEntry *sf_library_entry_new_unreadable   (const char     *path,
                                                   const char     *problem);
/* Safe on any thread: it opens a connection of its own. */
SfLibraryEntry *sf_library_entry_read             (const char     *path,
                                                   gboolean        from_elsewhere,
                                                   GError        **error);
gboolean        sf_library_entry_equal            (SfLibraryEntry *a,
                                                   SfLibraryEntry *b);
int             sf_library_entry_compare_newest   (SfLibraryEntry *a,
                                                   SfLibraryEntry *b);

G_END_DECLS
