/* sf-project.h: an open Startfoto project: its details, lists and every change to them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sf-db.h"
#include "sf-flat.h"
#include "sf-partner.h"
#include "sf-question.h"
#include "sf-step-state.h"

G_BEGIN_DECLS

#define SF_TYPE_PROJECT (sf_project_get_type ())
G_DECLARE_FINAL_TYPE (SfProject, sf_project, SF, PROJECT, GObject)

typedef enum {
  SF_PROJECT_FIELD_NAME,
  SF_PROJECT_FIELD_MUNICIPALITY,
  SF_PROJECT_FIELD_NEIGHBOURHOOD,
  SF_PROJECT_FIELD_CONCEPT_NAME,
} SfProjectField;

typedef enum {
  SF_STEP_NOT_STARTED = 0,
  SF_STEP_IN_PROGRESS = 1,
  SF_STEP_DONE        = 2,
} SfStepStatus;

#define SF_STEP_N_STATUSES 3

typedef struct {
  const char *name;
  const char *address;
  const char *corporation;
  int         dwellings; /* -1: not known */
} SfFlatFields;

typedef struct {
  const char *organisation;
  const char *domain; /* one of sf_partner_domains () */
  const char *role;
  const char *contact;
  const char *notes;
} SfPartnerFields;

typedef struct {
  const char *name;
  const char *municipality;
  const char *neighbourhood;
  const char *concept_name; /* NULL: "Welthuisflat" */
} SfProjectFields;

#define SF_DEFAULT_CONCEPT_NAME "Welthuisflat"

const char * const *sf_partner_domains (void);

SfProject   *sf_project_create           (const char             *path,
                                          const SfProjectFields  *fields,
                                          GError                **error);
SfProject   *sf_project_open             (const char             *path,
                                          SfDbOpenFlags           flags,
                                          GError                **error);
/* Re-reads everything when another window, instance or the command line changed the file
 * since the last look; every action does this first. */
gboolean     sf_project_catch_up         (SfProject              *self,
                                          GError                **error);
/* Around a view built from many reads (the deck, the report): see sf_db_begin_read (). */
gboolean     sf_project_begin_read       (SfProject              *self);
void         sf_project_end_read         (SfProject              *self);

const char  *sf_project_get_path         (SfProject   *self);
const char  *sf_project_get_id           (SfProject   *self);
const char  *sf_project_get_name         (SfProject   *self);
const char  *sf_project_get_municipality (SfProject   *self);
const char  *sf_project_get_neighbourhood (SfProject  *self);
const char  *sf_project_get_concept_name (SfProject   *self);
const char  *sf_project_get_modified     (SfProject   *self);
gboolean     sf_project_get_is_example   (SfProject   *self);

GListModel  *sf_project_get_flats        (SfProject   *self);
GListModel  *sf_project_get_partners     (SfProject   *self);
GListModel  *sf_project_get_questions    (SfProject   *self,
                                          guint        step);
GListModel  *sf_project_get_steps        (SfProject   *self);
/* The status set by hand, or else the one the work suggests (sf-progress.h). */
SfStepStatus sf_project_get_step_status  (SfProject   *self,
                                          guint        step);
gboolean     sf_project_get_step_status_by_hand (SfProject *self,
                                          guint        step);
SfStepStatus sf_project_get_suggested_step_status (SfProject *self,
                                          guint        step);
/* By each step's status as sf_project_get_step_status () gives it. */
guint        sf_project_count_steps_done (SfProject   *self);

gboolean     sf_project_set_field        (SfProject             *self,
                                          SfProjectField         field,
                                          const char            *value,
                                          GError               **error);
gboolean     sf_project_set_example      (SfProject             *self,
                                          gboolean               is_example,
                                          GError               **error);
char        *sf_project_add_flat         (SfProject             *self,
                                          const SfFlatFields    *fields,
                                          GError               **error);
gboolean     sf_project_update_flat      (SfProject             *self,
                                          const char            *id,
                                          const SfFlatFields    *fields,
                                          GError               **error);
gboolean     sf_project_remove_flat      (SfProject             *self,
                                          const char            *id,
                                          GError               **error);
char        *sf_project_add_partner      (SfProject             *self,
                                          const SfPartnerFields *fields,
                                          GError               **error);
gboolean     sf_project_update_partner   (SfProject             *self,
                                          const char            *id,
                                          const SfPartnerFields *fields,
                                          GError               **error);
gboolean     sf_project_remove_partner   (SfProject             *self,
                                          const char            *id,
                                          GError               **error);
char        *sf_project_add_question     (SfProject             *self,
                                          guint                  step,
                                          const char            *text,
                                          GError               **error);
gboolean     sf_project_reword_question  (SfProject             *self,
                                          const char            *id,
                                          const char            *text,
                                          GError               **error);
gboolean     sf_project_set_question_hidden (SfProject          *self,
                                          const char            *id,
                                          gboolean               hidden,
                                          GError               **error);
gboolean     sf_project_move_question    (SfProject             *self,
                                          const char            *id,
                                          guint                  new_position,
                                          GError               **error);
gboolean     sf_project_remove_question  (SfProject             *self,
                                          const char            *id,
                                          GError               **error);
gboolean     sf_project_restore_questions (SfProject            *self,
                                          guint                  step,
                                          GError               **error);
/* Sets it by hand: it then wins over what the work suggests, until the user lets it follow
 * the work again. */
gboolean     sf_project_set_step_status  (SfProject             *self,
                                          guint                  step,
                                          SfStepStatus           status,
                                          GError               **error);
gboolean     sf_project_follow_work_step_status (SfProject      *self,
                                          guint                  step,
                                          GError               **error);

gboolean     sf_project_can_undo         (SfProject   *self);
gboolean     sf_project_can_redo         (SfProject   *self);
const char  *sf_project_get_undo_label   (SfProject   *self);
const char  *sf_project_get_redo_label   (SfProject   *self);
gboolean     sf_project_undo             (SfProject   *self,
                                          GError     **error);
gboolean     sf_project_redo             (SfProject   *self,
                                          GError     **error);

G_END_DECLS
