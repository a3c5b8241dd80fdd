/* sf-sessions.h: step 2, the key-figure session: its details, participants and statements
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each function that changes something is one user action (one undo step). The lists are
 * owned by the project and kept up to date in place; asking twice gives the same list.
 */
#pragma once

#include "sf-participant.h"
#include "sf-project.h"
#include "sf-session.h"
#include "sf-statement.h"

G_BEGIN_DECLS

/* Sessions. Dates are read as sf_date_parse () reads them and kept as ISO 8601; one that
 * cannot be read is refused (SF_STORE_ERROR_INVALID) with the reason, unless it is the free
 * text the session already has. A session whose date is still to come cannot be held. */
GListModel *sf_project_get_sessions              (SfProject   *self);
char       *sf_project_add_session               (SfProject   *self,
                                                  const char  *date,
                                                  const char  *place,
                                                  const char  *facilitator_id,
                                                  GError     **error);
gboolean    sf_project_update_session            (SfProject   *self,
                                                  const char  *id,
                                                  const char  *date,
                                                  const char  *place,
                                                  const char  *facilitator_id,
                                                  GError     **error);
gboolean    sf_project_set_session_held          (SfProject   *self,
                                                  const char  *id,
                                                  gboolean     held,
                                                  GError     **error);
gboolean    sf_project_set_session_notes         (SfProject   *self,
                                                  const char  *id,
                                                  const char  *notes,
                                                  gboolean     confidential,
                                                  GError     **error);
gboolean    sf_project_remove_session            (SfProject   *self,
                                                  const char  *id,
                                                  GError     **error);

/* Participants: people (table person) are shared with step 1. */
GListModel *sf_project_get_participants          (SfProject   *self,
                                                  const char  *session_id);
char       *sf_project_add_participant           (SfProject   *self,
                                                  const char  *session_id,
                                                  const char  *name,
                                                  const char  *organisation,
                                                  const char  *role,
                                                  GError     **error);
char       *sf_project_add_participant_person    (SfProject   *self,
                                                  const char  *session_id,
                                                  const char  *person_id,
                                                  const char  *role,
                                                  GError     **error);
gboolean    sf_project_set_participant_role      (SfProject   *self,
                                                  const char  *id,
                                                  const char  *role,
                                                  GError     **error);
gboolean    sf_project_set_participant_attended  (SfProject   *self,
                                                  const char  *id,
                                                  gboolean     attended,
                                                  GError     **error);
gboolean    sf_project_set_participant_stance    (SfProject   *self,
                                                  const char  *id,
                                                  SfStance     stance,
                                                  const char  *note,
                                                  GError     **error);
gboolean    sf_project_remove_participant        (SfProject   *self,
                                                  const char  *id,
                                                  GError     **error);

/* Statements, per session and question (question_id NULL: not about one question). */
GListModel *sf_project_get_statements            (SfProject   *self,
                                                  const char  *session_id,
                                                  const char  *question_id);
char       *sf_project_add_statement             (SfProject   *self,
                                                  const char  *session_id,
                                                  const char  *question_id,
                                                  const char  *participant_id,
                                                  const char  *text,
                                                  GError     **error);
gboolean    sf_project_update_statement          (SfProject   *self,
                                                  const char  *id,
                                                  const char  *text,
                                                  GError     **error);
gboolean    sf_project_attribute_statement       (SfProject   *self,
                                                  const char  *id,
                                                  const char  *participant_id,
                                                  GError     **error);
gboolean    sf_project_set_statement_confidential (SfProject  *self,
                                                  const char  *id,
                                                  gboolean     confidential,
                                                  GError     **error);
gboolean    sf_project_remove_statement          (SfProject   *self,
                                                  const char  *id,
                                                  GError     **error);

/* Counts over the whole project, for the overview and --info. */
guint       sf_project_count_sessions            (SfProject   *self);
guint       sf_project_count_statements          (SfProject   *self);
guint       sf_project_count_participants        (SfProject   *self);
guint       sf_project_count_stances             (SfProject   *self,
                                                  SfStance     stance);

G_END_DECLS
