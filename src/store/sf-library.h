/* sf-library.h: the folder of project files listed on the welcome screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SF_TYPE_LIBRARY_ENTRY (sf_library_entry_get_type ())
G_DECLARE_FINAL_TYPE (SfLibraryEntry, sf_library_entry, SF, LIBRARY_ENTRY, GObject)

#define SF_TYPE_LIBRARY (sf_library_get_type ())
G_DECLARE_FINAL_TYPE (SfLibrary, sf_library, SF, LIBRARY, GObject)

const char     *sf_library_entry_get_path         (SfLibraryEntry *self);
const char     *sf_library_entry_get_project_id   (SfLibraryEntry *self);
const char     *sf_library_entry_get_name         (SfLibraryEntry *self);
const char     *sf_library_entry_get_municipality (SfLibraryEntry *self);
const char     *sf_library_entry_get_modified     (SfLibraryEntry *self);
guint           sf_library_entry_get_steps_done   (SfLibraryEntry *self);
gboolean        sf_library_entry_get_is_example   (SfLibraryEntry *self);
SfLibraryEntry *sf_library_entry_read             (const char     *path,
                                                   gboolean        from_elsewhere,
                                                   GError        **error);

SfLibrary      *sf_library_new                    (const char     *dir);
const char     *sf_library_get_dir                (SfLibrary      *self);
char           *sf_library_default_dir            (void);
GListModel     *sf_library_get_projects           (SfLibrary      *self);
void            sf_library_refresh                (SfLibrary      *self);
char           *sf_library_new_path               (SfLibrary      *self,
                                                   GError        **error);
gboolean        sf_library_contains               (SfLibrary      *self,
                                                   const char     *path);
char           *sf_library_find_project           (SfLibrary      *self,
                                                   const char     *project_id);
SfLibraryEntry *sf_library_get_entry              (SfLibrary      *self,
                                                   const char     *path);
char           *sf_library_import                 (SfLibrary      *self,
                                                   const char     *source_path,
                                                   GError        **error);
char           *sf_library_write_example          (SfLibrary      *self,
                                                   GError        **error);
gboolean        sf_library_remove                 (SfLibrary      *self,
                                                   const char     *path,
                                                   GError        **error);
gboolean        sf_library_restore                (SfLibrary      *self,
                                                   const char     *path,
                                                   GError        **error);
gboolean        sf_library_trash                  (SfLibrary      *self,
                                                   const char     *path,
                                                   GError        **error);

G_END_DECLS
