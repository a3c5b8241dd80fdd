/* sf-record.h: base class of one row of a project table, shown in a list model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>
#include <sqlite3.h>

G_BEGIN_DECLS

#define SF_TYPE_RECORD (sf_record_get_type ())
G_DECLARE_DERIVABLE_TYPE (SfRecord, sf_record, SF, RECORD, GObject)

struct _SfRecordClass
{
  GObjectClass parent_class;

  /* Reads the row's columns (column 0 is the id) and notifies the properties that changed. */
  void (*load) (SfRecord     *self,
                sqlite3_stmt *stmt);
};

const char *sf_record_get_id     (SfRecord     *self);
void        sf_record_load       (SfRecord     *self,
                                  sqlite3_stmt *stmt);

/* For subclasses: set a field from a column and notify if it changed. */
void        sf_record_set_string (SfRecord     *self,
                                  char        **field,
                                  sqlite3_stmt *stmt,
                                  int           column,
                                  GParamSpec   *pspec);
void        sf_record_set_int    (SfRecord     *self,
                                  int          *field,
                                  sqlite3_stmt *stmt,
                                  int           column,
                                  int           null_value,
                                  GParamSpec   *pspec);
/* The same for a value of @n_values (0 to @n_values - 1): one out of that range, or NULL, is
 * @fallback. A file from elsewhere can hold any number there, and the code indexes by it. */
void        sf_record_set_enum   (SfRecord     *self,
                                  int          *field,
                                  sqlite3_stmt *stmt,
                                  int           column,
                                  int           n_values,
                                  int           fallback,
                                  GParamSpec   *pspec);

G_END_DECLS
