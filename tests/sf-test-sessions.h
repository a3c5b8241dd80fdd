/* sf-test-sessions.h: what step 2's store tests share: a project in a temporary folder, and
 * sessions, participants and statements made in one call
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-project-key-figures.h"

G_BEGIN_DECLS

/* A new project in a temporary folder: a g_test_add () fixture. */
typedef struct
{
  char      *dir;
  char      *path;
  SfProject *project;
} SfTestSessions;

void        sf_test_sessions_set_up    (SfTestSessions *f,
                                        gconstpointer   data);
void        sf_test_sessions_tear_down (SfTestSessions *f,
                                        gconstpointer   data);
/* Adds the test @func (SfTestSessions *f, gconstpointer data) at @path, with the fixture. */
#define SF_TEST_SESSIONS_ADD(path, func) \
  g_test_add (path, SfTestSessions, NULL, sf_test_sessions_set_up, func, \
              sf_test_sessions_tear_down)

/* Each asserts that the store took it; ids are newly allocated. */
/* On 2026-03-12 in " Buurthuis De Ster ". */
char       *sf_test_add_session        (SfProject      *project);
/* Of "Welzijn Leiden". */
char       *sf_test_add_participant    (SfProject      *project,
                                        const char     *session_id,
                                        const char     *name,
                                        const char     *role);
char       *sf_test_add_statement      (SfProject      *project,
                                        const char     *session_id,
                                        const char     *question_id,
                                        const char     *participant_id,
                                        const char     *text);
/* The id of step 2's question @index. */
const char *sf_test_session_question   (SfProject      *project,
                                        guint           index);
/* Each asserts that there is something to undo (redo) and that it is done. */
void        sf_test_undo               (SfProject      *project);
void        sf_test_redo               (SfProject      *project);

G_END_DECLS
