/* sf-method-private.h: reading the method's JSON resource, for the files of src/method
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The resource is part of the program: anything missing or malformed is a programming
 * error and aborts with g_error (), naming the place.
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define SF_METHOD_RESOURCE_PATH "/io/github/startfoto/Startfoto/method/method.json"

void        sf_method_ensure_loaded       (void);
const char *sf_method_translate           (const char  *msgid);
/* The interned string member @name, or NULL if it is absent and not @required. */
const char *sf_method_get_string          (JsonObject  *object,
                                           const char  *name,
                                           gboolean     required,
                                           const char  *where);
JsonArray  *sf_method_get_array           (JsonObject  *object,
                                           const char  *name,
                                           gboolean     required,
                                           const char  *where);
JsonObject *sf_method_array_get_object    (JsonArray   *array,
                                           guint        index,
                                           const char  *where);
/* Step 4's preconditions and their groups, from the step's object. */
void        sf_method_load_preconditions  (JsonObject  *step,
                                           GHashTable  *keys);

G_END_DECLS
