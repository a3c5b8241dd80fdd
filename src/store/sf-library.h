/* sf-library.h: the folder of project files listed on the welcome screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sf-library-entry.h"

G_BEGIN_DECLS

#define SF_TYPE_LIBRARY (sf_library_get_type ())
G_DECLARE_FINAL_TYPE (SfLibrary, sf_library, SF, LIBRARY, GObject)

SfLibrary      *sf_library_new                    (const char          *dir);
const char     *sf_library_get_dir                (SfLibrary           *self);
char           *sf_library_default_dir            (void);
GListModel     *sf_library_get_projects           (SfLibrary           *self);
gboolean        sf_library_get_loaded             (SfLibrary           *self);
void            sf_library_refresh                (SfLibrary           *self);
void            sf_library_refresh_async          (SfLibrary           *self,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
gboolean        sf_library_refresh_finish         (SfLibrary           *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);
void            sf_library_update                 (SfLibrary           *self,
                                                   const char          *path);
char           *sf_library_new_path               (SfLibrary           *self,
                                                   GError             **error);
gboolean        sf_library_contains               (SfLibrary           *self,
                                                   const char          *path);
char           *sf_library_find_project           (SfLibrary           *self,
                                                   const char          *project_id);
SfLibraryEntry *sf_library_get_entry              (SfLibrary           *self,
                                                   const char          *path);
char           *sf_library_import                 (SfLibrary           *self,
                                                   const char          *source_path,
                                                   GError             **error);
char           *sf_library_write_example          (SfLibrary           *self,
                                                   GError             **error);
void            sf_library_write_example_async    (SfLibrary           *self,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
char           *sf_library_write_example_finish   (SfLibrary           *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);
gboolean        sf_library_remove                 (SfLibrary           *self,
                                                   const char          *path,
                                                   GError             **error);
gboolean        sf_library_restore                (SfLibrary           *self,
                                                   const char          *path,
                                                   GError             **error);
/* Removes what a crash left in the library folder: projects half made, copies half written,
 * when older than @older_than (another instance may be writing one now). Returns how many. */
guint           sf_library_clear_leftovers        (SfLibrary           *self,
                                                   GTimeSpan            older_than);
gboolean        sf_library_trash                  (SfLibrary           *self,
                                                   const char          *path,
                                                   GError             **error);

G_END_DECLS
