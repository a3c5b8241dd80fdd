/* sf-migrations.c: every schema version of a project file, oldest first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Append only: a released migration is never edited, because users' files went through it.
 * Every table has a random UUID text key so that copies edited apart can be merged later
 * (the session extension matches rows by primary key).
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-date.h"
#include "sf-migrations.h"

/* A random (version 4) UUID, as g_uuid_string_random () makes them. */
#define UUID_SQL \
  "lower (hex (randomblob (4)) || '-' || hex (randomblob (2)) || '-4' ||" \
  "       substr (hex (randomblob (2)), 2) || '-' ||" \
  "       substr ('89ab', 1 + abs (random ()) % 4, 1) ||" \
  "       substr (hex (randomblob (2)), 2) || '-' || hex (randomblob (6)))"

static const SfMigration migrations[] = {
  { 1,
    "CREATE TABLE project ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  name TEXT NOT NULL DEFAULT '',"
    "  municipality TEXT NOT NULL DEFAULT '',"
    "  neighbourhood TEXT NOT NULL DEFAULT '',"
    "  concept_name TEXT NOT NULL DEFAULT 'Welthuisflat',"
    "  is_example INTEGER NOT NULL DEFAULT 0,"
    "  created TEXT NOT NULL,"
    "  modified TEXT NOT NULL);"
    "CREATE TABLE flat ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  position INTEGER NOT NULL,"
    "  name TEXT NOT NULL DEFAULT '',"
    "  address TEXT NOT NULL DEFAULT '',"
    "  corporation TEXT NOT NULL DEFAULT '',"
    "  dwellings INTEGER CHECK (dwellings IS NULL OR dwellings >= 0));"
    "CREATE TABLE partner ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  organisation TEXT NOT NULL DEFAULT '',"
    "  domain TEXT NOT NULL DEFAULT 'other' CHECK (domain IN"
    "    ('housing', 'care', 'welfare', 'municipality', 'residents', 'other')),"
    "  role TEXT NOT NULL DEFAULT '',"
    "  contact TEXT NOT NULL DEFAULT '',"
    "  notes TEXT NOT NULL DEFAULT '',"
    "  created TEXT NOT NULL);"
    "CREATE TABLE question ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 5),"
    "  position INTEGER NOT NULL,"
    "  method_key TEXT,"
    "  text TEXT,"
    "  hidden INTEGER NOT NULL DEFAULT 0,"
    "  CHECK (method_key IS NOT NULL OR text IS NOT NULL));"
    "CREATE INDEX question_by_step ON question (step, position);"
    "CREATE TABLE step ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  number INTEGER NOT NULL UNIQUE CHECK (number BETWEEN 1 AND 5),"
    "  status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 2));" },

  /* 2: steps 1 and 2 (issue 3). People are stored once and referred to, so that names can
   * be replaced by roles in exports; a partner's contact becomes a person. The search index
   * is kept by the store from each action's changeset (sf-search.c), not by triggers:
   * with trusted_schema off, SQLite refuses FTS5 tables inside triggers. */
  { 2,
    "CREATE TABLE person ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  name TEXT NOT NULL DEFAULT '',"
    "  organisation TEXT NOT NULL DEFAULT '',"
    "  role TEXT NOT NULL DEFAULT '');"
    "CREATE TEMP TABLE contact_map AS"
    "  SELECT id AS partner_id, organisation, contact,"
    "    lower (hex (randomblob (4)) || '-' || hex (randomblob (2)) || '-4' ||"
    "           substr (hex (randomblob (2)), 2) || '-' ||"
    "           substr ('89ab', 1 + abs (random ()) % 4, 1) ||"
    "           substr (hex (randomblob (2)), 2) || '-' || hex (randomblob (6))) AS person_id"
    "  FROM partner WHERE trim (contact) != '';"
    "INSERT INTO person (id, name, organisation)"
    "  SELECT person_id, contact, organisation FROM contact_map;"
    "ALTER TABLE partner ADD COLUMN contact_id TEXT REFERENCES person (id) ON DELETE SET NULL;"
    "UPDATE partner SET contact_id ="
    "  (SELECT person_id FROM contact_map WHERE partner_id = partner.id);"
    "ALTER TABLE partner DROP COLUMN contact;"
    "DROP TABLE contact_map;"

    "CREATE TABLE interview ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  partner_id TEXT NOT NULL UNIQUE REFERENCES partner (id) ON DELETE CASCADE,"
    "  interviewer_id TEXT REFERENCES person (id) ON DELETE SET NULL,"
    "  date TEXT NOT NULL DEFAULT '',"
    "  place TEXT NOT NULL DEFAULT '',"
    "  status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 3),"
    "  notes TEXT NOT NULL DEFAULT '',"
    "  notes_confidential INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE answer ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  interview_id TEXT NOT NULL REFERENCES interview (id) ON DELETE CASCADE,"
    "  question_id TEXT NOT NULL REFERENCES question (id) ON DELETE CASCADE,"
    "  text TEXT NOT NULL DEFAULT '',"
    "  not_asked INTEGER NOT NULL DEFAULT 0,"
    "  confidential INTEGER NOT NULL DEFAULT 0,"
    "  UNIQUE (interview_id, question_id));"

    "CREATE TABLE session ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  date TEXT NOT NULL DEFAULT '',"
    "  place TEXT NOT NULL DEFAULT '',"
    "  facilitator_id TEXT REFERENCES person (id) ON DELETE SET NULL,"
    "  held INTEGER NOT NULL DEFAULT 0,"
    "  notes TEXT NOT NULL DEFAULT '',"
    "  notes_confidential INTEGER NOT NULL DEFAULT 0,"
    "  created TEXT NOT NULL);"
    "CREATE TABLE participant ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  session_id TEXT NOT NULL REFERENCES session (id) ON DELETE CASCADE,"
    "  person_id TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,"
    "  role TEXT NOT NULL DEFAULT '',"
    "  attended INTEGER NOT NULL DEFAULT 0,"
    "  stance INTEGER NOT NULL DEFAULT 0 CHECK (stance BETWEEN 0 AND 3),"
    "  stance_note TEXT NOT NULL DEFAULT '',"
    "  UNIQUE (session_id, person_id));"
    "CREATE TABLE statement ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  session_id TEXT NOT NULL REFERENCES session (id) ON DELETE CASCADE,"
    "  question_id TEXT REFERENCES question (id) ON DELETE SET NULL,"
    "  participant_id TEXT REFERENCES participant (id) ON DELETE SET NULL,"
    "  position INTEGER NOT NULL,"
    "  text TEXT NOT NULL CHECK (length (trim (text)) > 0),"
    "  confidential INTEGER NOT NULL DEFAULT 0,"
    "  created TEXT NOT NULL);"
    "CREATE INDEX statement_by_question ON statement (session_id, question_id, position);"

    "CREATE TABLE key_point ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  partner_id TEXT REFERENCES partner (id) ON DELETE CASCADE,"
    "  session_id TEXT REFERENCES session (id) ON DELETE CASCADE,"
    "  position INTEGER NOT NULL,"
    "  text TEXT NOT NULL CHECK (length (trim (text)) > 0),"
    "  confidential INTEGER NOT NULL DEFAULT 0,"
    "  CHECK ((partner_id IS NULL) != (session_id IS NULL)));"
    "CREATE TABLE key_point_source ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  key_point_id TEXT NOT NULL REFERENCES key_point (id) ON DELETE CASCADE,"
    "  answer_id TEXT REFERENCES answer (id) ON DELETE CASCADE,"
    "  statement_id TEXT REFERENCES statement (id) ON DELETE CASCADE,"
    "  CHECK ((answer_id IS NULL) != (statement_id IS NULL)));"
    "CREATE TABLE theme ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  name TEXT NOT NULL CHECK (length (trim (name)) > 0),"
    "  name_key TEXT NOT NULL UNIQUE,"
    "  colour TEXT NOT NULL DEFAULT '',"
    "  created TEXT NOT NULL);"
    "CREATE TABLE tag ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  theme_id TEXT NOT NULL REFERENCES theme (id) ON DELETE CASCADE,"
    "  key_point_id TEXT REFERENCES key_point (id) ON DELETE CASCADE,"
    "  statement_id TEXT REFERENCES statement (id) ON DELETE CASCADE,"
    "  CHECK ((key_point_id IS NULL) != (statement_id IS NULL)),"
    "  UNIQUE (theme_id, key_point_id),"
    "  UNIQUE (theme_id, statement_id));"
    "CREATE INDEX tag_by_key_point ON tag (key_point_id);"
    "CREATE INDEX tag_by_statement ON tag (statement_id);"

    "CREATE VIRTUAL TABLE search_fts USING fts5 (text, kind UNINDEXED, ref UNINDEXED,"
    "  tokenize = 'unicode61 remove_diacritics 2');"
    "CREATE TABLE search_fts_ref (ref TEXT PRIMARY KEY NOT NULL, doc INTEGER NOT NULL);"
    "INSERT INTO search_fts (text, kind, ref)"
    "  SELECT organisation || ' ' || notes, 'partner', id FROM partner;"
    "INSERT INTO search_fts_ref (ref, doc) SELECT ref, rowid FROM search_fts;" },

  /* 3: step 3, the inventory of facts and figures (issue 4). An indicator of the method has
   * a key and no name or unit of its own (they come translated from the method, until the
   * user renames it); one of the user's own has a name and no key. The method's indicators
   * are copied in right here, with literal rows that the tests check against method.json:
   * a new file gets them from this migration as well, and a file opened read-only is
   * migrated in memory with them, with no code to run on open. (A later method version
   * that adds indicators adds them in its own migration.) A value with no flat is about the
   * whole neighbourhood; SQLite lets NULLs repeat in a UNIQUE constraint, hence the partial
   * index. value_json holds the structured types (see sf-inventory.h). */
  { 3,
    "CREATE TABLE indicator ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  key TEXT UNIQUE,"
    "  name TEXT,"
    "  type TEXT NOT NULL CHECK (type IN ('count', 'yes_no', 'distribution', 'category',"
    "    'category_counts', 'activities')),"
    "  unit TEXT,"
    "  position INTEGER NOT NULL,"
    "  hidden INTEGER NOT NULL DEFAULT 0,"
    "  CHECK (key IS NOT NULL OR name IS NOT NULL));"
    "CREATE TABLE indicator_value ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  indicator_id TEXT NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,"
    "  flat_id TEXT REFERENCES flat (id) ON DELETE CASCADE,"
    "  value_number REAL,"
    "  value_text TEXT NOT NULL DEFAULT '',"
    "  value_json TEXT,"
    "  accuracy INTEGER NOT NULL DEFAULT 0 CHECK (accuracy BETWEEN 0 AND 2),"
    "  source TEXT NOT NULL DEFAULT '',"
    "  period TEXT NOT NULL DEFAULT '',"
    "  note TEXT NOT NULL DEFAULT '',"
    "  status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 2),"
    "  UNIQUE (indicator_id, flat_id));"
    "CREATE UNIQUE INDEX indicator_value_neighbourhood ON indicator_value (indicator_id)"
    "  WHERE flat_id IS NULL;"
    "CREATE INDEX indicator_value_by_flat ON indicator_value (flat_id);"
    "CREATE TABLE indicator_assignment ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  indicator_id TEXT NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,"
    "  partner_id TEXT NOT NULL REFERENCES partner (id) ON DELETE CASCADE,"
    "  UNIQUE (indicator_id, partner_id));"
    "CREATE INDEX indicator_assignment_by_partner ON indicator_assignment (partner_id);"
    "INSERT INTO indicator (id, key, type, position)"
    "  SELECT lower (hex (randomblob (4)) || '-' || hex (randomblob (2)) || '-4' ||"
    "           substr (hex (randomblob (2)), 2) || '-' ||"
    "           substr ('89ab', 1 + abs (random ()) % 4, 1) ||"
    "           substr (hex (randomblob (2)), 2) || '-' || hex (randomblob (6))),"
    "         column1, column2, column3"
    "  FROM (VALUES"
    "  ('s3q1a', 'count', 0),"
    "  ('s3q1b', 'count', 1),"
    "  ('s3q2', 'yes_no', 2),"
    "  ('s3q3', 'distribution', 3),"
    "  ('s3q4', 'category', 4),"
    "  ('s3q5', 'count', 5),"
    "  ('s3q6', 'count', 6),"
    "  ('s3q7', 'count', 7),"
    "  ('s3q8', 'count', 8),"
    "  ('s3q9', 'count', 9),"
    "  ('s3q10', 'count', 10),"
    "  ('s3q11a', 'count', 11),"
    "  ('s3q11b', 'count', 12),"
    "  ('s3q12', 'category_counts', 13),"
    "  ('s3q13', 'category_counts', 14),"
    "  ('s3q14', 'activities', 15),"
    "  ('s3q15', 'activities', 16),"
    "  ('req_social_rent', 'yes_no', 17),"
    "  ('req_near_transport_shop', 'yes_no', 18),"
    "  ('req_scooter_storage', 'yes_no', 19));" },

  /* 4 (issue 10): a step's status follows the work (sf-progress.c) unless the user set it;
   * a status other than "not started" was set by hand.
   * And a flat's number of dwellings is kept once, as step 3's "Aantal woningen":
   * the flat's own column and the figure had drifted apart. A number only the flat had
   * becomes the figure; where both had one and they differ, the figure (with its accuracy and
   * source) stays, the flat's number goes into its note, in words (sf_dwellings_note ()), and
   * a figure marked checked goes back to received, to be checked again. */
  { 4,
    "CREATE TEMP TABLE dwellings_map AS"
    "  SELECT flat.id AS flat_id, flat.dwellings AS dwellings,"
    "    (SELECT id FROM indicator WHERE key = 's3q1a') AS indicator_id"
    "  FROM flat WHERE flat.dwellings IS NOT NULL;"
    "UPDATE indicator_value SET"
    "  note = sf_dwellings_note (note, value_number,"
    "    (SELECT dwellings FROM dwellings_map WHERE flat_id = indicator_value.flat_id)),"
    "  status = min (status, 1)"
    "  WHERE value_number IS NOT NULL AND EXISTS (SELECT 1 FROM dwellings_map m"
    "    WHERE m.flat_id = indicator_value.flat_id AND m.indicator_id = indicator_value.indicator_id"
    "    AND m.dwellings != indicator_value.value_number);"
    "UPDATE indicator_value SET"
    "  value_number = (SELECT dwellings FROM dwellings_map WHERE flat_id = indicator_value.flat_id),"
    "  status = max (status, 1)"
    "  WHERE value_number IS NULL AND EXISTS (SELECT 1 FROM dwellings_map m"
    "    WHERE m.flat_id = indicator_value.flat_id AND m.indicator_id = indicator_value.indicator_id);"
    "INSERT INTO indicator_value (id, indicator_id, flat_id, value_number, status)"
    "  SELECT lower (hex (randomblob (4)) || '-' || hex (randomblob (2)) || '-4' ||"
    "           substr (hex (randomblob (2)), 2) || '-' ||"
    "           substr ('89ab', 1 + abs (random ()) % 4, 1) ||"
    "           substr (hex (randomblob (2)), 2) || '-' || hex (randomblob (6))),"
    "         indicator_id, flat_id, dwellings, 1"
    "  FROM dwellings_map m WHERE NOT EXISTS (SELECT 1 FROM indicator_value v"
    "    WHERE v.flat_id = m.flat_id AND v.indicator_id = m.indicator_id);"
    "DROP TABLE dwellings_map;"
    "ALTER TABLE flat DROP COLUMN dwellings;"
    "ALTER TABLE step ADD COLUMN by_hand INTEGER NOT NULL DEFAULT 0 CHECK (by_hand IN (0, 1));"
    "UPDATE step SET by_hand = 1 WHERE status != 0;" },

  /* 5 (issue 10): keeping the app's promises in step 1.
   * - A key point can come from an interview's notes: key_point_source gets interview_id.
   *   SQLite cannot change a CHECK constraint, so the table is copied into a new one.
   * - A partner's role that is one of the method's is kept by its key, so that the roles
   *   still missing are right in any language. The roles as people picked or typed them in
   *   Dutch or English are matched here, with literal rows that the tests check against
   *   method.json and po/nl.po; from now on the store fills the key.
   * - Dates were free text until now (the session's always, the interview's through the
   *   store): what sf_iso_date () (below) reads becomes ISO 8601;
   *   what it cannot read stays as it is, never lost. */
  { 5,
    "CREATE TABLE key_point_source_new ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  key_point_id TEXT NOT NULL REFERENCES key_point (id) ON DELETE CASCADE,"
    "  answer_id TEXT REFERENCES answer (id) ON DELETE CASCADE,"
    "  statement_id TEXT REFERENCES statement (id) ON DELETE CASCADE,"
    "  interview_id TEXT REFERENCES interview (id) ON DELETE CASCADE,"
    "  CHECK ((answer_id IS NOT NULL) + (statement_id IS NOT NULL) +"
    "         (interview_id IS NOT NULL) = 1));"
    "INSERT INTO key_point_source_new (id, key_point_id, answer_id, statement_id)"
    "  SELECT id, key_point_id, answer_id, statement_id FROM key_point_source;"
    "DROP TABLE key_point_source;"
    "ALTER TABLE key_point_source_new RENAME TO key_point_source;"
    "CREATE INDEX key_point_source_by_key_point ON key_point_source (key_point_id);"

    "ALTER TABLE partner ADD COLUMN role_key TEXT;"
    "UPDATE partner SET role_key = (SELECT column1 FROM (VALUES"
    "  ('s1r1', 'project leader/process facilitator'),"
    "  ('s1r1', 'projectleider/procesondersteuner'),"
    "  ('s1r2', 'manager(s) of care organizations (including domestic help)'),"
    "  ('s1r2', 'manager(s) zorgorganisaties (inclusief huishoudelijke hulp)'),"
    "  ('s1r3', 'manager of the welfare organization'),"
    "  ('s1r3', 'manager welzijnsorganisatie'),"
    "  ('s1r4', 'manager of the housing corporation'),"
    "  ('s1r4', 'manager woningcorporatie'),"
    "  ('s1r5', 'municipal policy adviser'),"
    "  ('s1r5', 'beleidsadviseur gemeente'),"
    "  ('s1r6', 'representative(s) of the activity committee'),"
    "  ('s1r6', 'vertegenwoordiger(s) van de activiteitencommissie'),"
    "  ('s1r7', 'any initiators/involved residents'),"
    "  ('s1r7', 'eventuele initiatiefnemers/betrokken bewoners'))"
    "  WHERE column2 = lower (trim (partner.role)));"

    "UPDATE interview SET date = sf_iso_date (date) WHERE sf_iso_date (date) IS NOT NULL"
    "  AND sf_iso_date (date) != date;"
    "UPDATE session SET date = sf_iso_date (date) WHERE sf_iso_date (date) IS NOT NULL"
    "  AND sf_iso_date (date) != date;" },

  /* Version 6: the time of the last change in a row of its own. Every action sets it, and
   * updating it in the project's row rewrote the whole row, however long its texts. */
  { 6,
    "CREATE TABLE last_change ("
    "  id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),"
    "  modified TEXT NOT NULL);"
    "INSERT INTO last_change (id, modified) SELECT 1, modified FROM project LIMIT 1;"
    "ALTER TABLE project DROP COLUMN modified;" },

  /* Version 7 (issue 13): step 4's preconditions. The method's own are rows like its
   * questions (their text is the method's, in the reader's language); the project may add its
   * own. Each is judged for the whole project or, when it is about the building, per flat: a
   * status set by hand (otherwise step 3's check, where there is one, suggests it). The
   * partners' choice: 0 none yet, 1 adopt, 2 fill in differently, 3 not adopt. */
  { 7,
    "CREATE TABLE precondition ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  position INTEGER NOT NULL,"
    "  method_key TEXT UNIQUE,"
    "  group_key TEXT NOT NULL DEFAULT 'offer' CHECK (group_key IN ('complex', 'offer')),"
    "  text TEXT NOT NULL DEFAULT '',"
    "  per_flat INTEGER NOT NULL DEFAULT 0 CHECK (per_flat IN (0, 1)),"
    "  choice INTEGER NOT NULL DEFAULT 0 CHECK (choice BETWEEN 0 AND 3),"
    "  vision TEXT NOT NULL DEFAULT '',"
    "  created TEXT NOT NULL);"
    /* 1 met, 2 partly, 3 not yet, 0 unknown (said so by hand). */
    "CREATE TABLE precondition_status ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  precondition_id TEXT NOT NULL REFERENCES precondition (id) ON DELETE CASCADE,"
    "  flat_id TEXT REFERENCES flat (id) ON DELETE CASCADE,"
    "  status INTEGER NOT NULL CHECK (status BETWEEN 0 AND 3),"
    "  basis TEXT NOT NULL DEFAULT '');"
    "CREATE UNIQUE INDEX precondition_status_per_flat"
    "  ON precondition_status (precondition_id, flat_id) WHERE flat_id IS NOT NULL;"
    "CREATE UNIQUE INDEX precondition_status_whole"
    "  ON precondition_status (precondition_id) WHERE flat_id IS NULL;"
    "CREATE INDEX precondition_status_by_flat ON precondition_status (flat_id);"
    /* The plan for the coming year: what, why (a precondition, a theme, in words), one
     * partner responsible and others involved, when (an ISO date or a quarter, "2027-Q1"),
     * and how far: 0 open, 1 under way, 2 done, 3 dropped. */
    "CREATE TABLE plan_action ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  what TEXT NOT NULL,"
    "  why TEXT NOT NULL DEFAULT '',"
    "  precondition_id TEXT REFERENCES precondition (id) ON DELETE SET NULL,"
    "  theme_id TEXT REFERENCES theme (id) ON DELETE SET NULL,"
    "  responsible_id TEXT REFERENCES partner (id) ON DELETE SET NULL,"
    "  due TEXT NOT NULL DEFAULT '',"
    "  status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 3),"
    "  created TEXT NOT NULL);"
    "CREATE TABLE plan_action_partner ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  action_id TEXT NOT NULL REFERENCES plan_action (id) ON DELETE CASCADE,"
    "  partner_id TEXT NOT NULL REFERENCES partner (id) ON DELETE CASCADE,"
    "  UNIQUE (action_id, partner_id));"
    /* Remarks made while the partners check the Startfoto together, each on one item of
     * steps 1-3 (its kind and id, as search names them; a missing role by its key), maybe
     * confidential, and what was done with it: 0 open, 1 corrected in place, 2 turned into
     * an action, 3 dismissed (with the reason). */
    "CREATE TABLE remark ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  item_kind TEXT NOT NULL,"
    "  item_ref TEXT NOT NULL,"
    "  text TEXT NOT NULL,"
    "  confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),"
    "  resolution INTEGER NOT NULL DEFAULT 0 CHECK (resolution BETWEEN 0 AND 3),"
    "  action_id TEXT REFERENCES plan_action (id) ON DELETE SET NULL,"
    "  reason TEXT NOT NULL DEFAULT '',"
    "  created TEXT NOT NULL);"
    "CREATE INDEX remark_by_item ON remark (item_kind, item_ref);"
    /* The decisions (besluitenlijst): 0 proposed (for the boards, step 5), 1 taken,
     * 2 revised; which partners agreed, and how it was decided. */
    "CREATE TABLE decision ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  date TEXT NOT NULL DEFAULT '',"
    "  text TEXT NOT NULL,"
    "  reasoning TEXT NOT NULL DEFAULT '',"
    "  how TEXT NOT NULL DEFAULT '',"
    "  status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 2),"
    "  created TEXT NOT NULL);"
    "CREATE TABLE decision_partner ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  decision_id TEXT NOT NULL REFERENCES decision (id) ON DELETE CASCADE,"
    "  partner_id TEXT NOT NULL REFERENCES partner (id) ON DELETE CASCADE,"
    "  UNIQUE (decision_id, partner_id));"
    /* What to take into account: 0 interests, 1 tenders, 2 ongoing projects, 3 workload,
     * 4 decision-making, 5 other; maybe about one partner; a partner's interests may be
     * confidential. */
    "CREATE TABLE consideration ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  kind INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 5),"
    "  note TEXT NOT NULL,"
    "  partner_id TEXT REFERENCES partner (id) ON DELETE SET NULL,"
    "  confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),"
    "  created TEXT NOT NULL);"
    /* The communication plan: to whom (0 boards, 1 residents, 2 partners, 3 external
     * parties, 4 other), what, by what means, which partner, when (as an action's). */
    "CREATE TABLE communication ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  audience INTEGER NOT NULL CHECK (audience BETWEEN 0 AND 4),"
    "  message TEXT NOT NULL,"
    "  means TEXT NOT NULL DEFAULT '',"
    "  partner_id TEXT REFERENCES partner (id) ON DELETE SET NULL,"
    "  due TEXT NOT NULL DEFAULT '',"
    "  created TEXT NOT NULL);"
    "INSERT INTO precondition (id, position, method_key, group_key, per_flat, created)"
    "  SELECT " UUID_SQL ", column1, column2, column3, column4,"
    "         strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"
    "  FROM (VALUES"
    "  (0, 's4p1', 'complex', 1),"
    "  (1, 's4p2', 'complex', 1),"
    "  (2, 's4p3', 'complex', 1),"
    "  (3, 's4p4', 'complex', 1),"
    "  (4, 's4p5', 'complex', 1),"
    "  (5, 's4p6', 'complex', 1),"
    "  (6, 's4p7', 'complex', 1),"
    "  (7, 's4p8', 'complex', 1),"
    "  (8, 's4p9', 'complex', 1),"
    "  (9, 's4p10', 'complex', 1),"
    "  (10, 's4p11', 'offer', 0),"
    "  (11, 's4p12', 'offer', 0),"
    "  (12, 's4p13', 'offer', 0),"
    "  (13, 's4p14', 'offer', 0),"
    "  (14, 's4p15', 'offer', 0),"
    "  (15, 's4p16', 'offer', 0),"
    "  (16, 's4p17', 'offer', 0),"
    "  (17, 's4p18', 'offer', 0),"
    "  (18, 's4p19', 'offer', 0),"
    "  (19, 's4p20', 'offer', 0));" },

  /* Version 8 (issue 13): step 4's meeting, one per project: its details, the working
   * arrangements agreed there (questions 9-13; the form: 0 none yet, 1 covenant, 2 cooperation
   * agreement, 3 letter of intent, 4 other), the partners invited (0 invited, 1 present,
   * 2 sent apologies), and the short notes taken per question of its agenda. */
  { 8,
    "CREATE TABLE review_meeting ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  date TEXT NOT NULL DEFAULT '',"
    "  place TEXT NOT NULL DEFAULT '',"
    "  chair_id TEXT REFERENCES person (id) ON DELETE SET NULL,"
    "  held INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1)),"
    "  decision_making TEXT NOT NULL DEFAULT '',"
    "  input TEXT NOT NULL DEFAULT '',"
    "  arrangement INTEGER NOT NULL DEFAULT 0 CHECK (arrangement BETWEEN 0 AND 4),"
    "  arrangement_note TEXT NOT NULL DEFAULT '',"
    "  created TEXT NOT NULL);"
    "CREATE TABLE review_attendance ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  meeting_id TEXT NOT NULL REFERENCES review_meeting (id) ON DELETE CASCADE,"
    "  partner_id TEXT NOT NULL REFERENCES partner (id) ON DELETE CASCADE,"
    "  attended INTEGER NOT NULL DEFAULT 0 CHECK (attended BETWEEN 0 AND 2),"
    "  UNIQUE (meeting_id, partner_id));"
    "CREATE TABLE review_note ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  meeting_id TEXT NOT NULL REFERENCES review_meeting (id) ON DELETE CASCADE,"
    "  question_id TEXT REFERENCES question (id) ON DELETE SET NULL,"
    "  position INTEGER NOT NULL,"
    "  text TEXT NOT NULL CHECK (length (trim (text)) > 0),"
    "  confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),"
    "  created TEXT NOT NULL);"
    "CREATE INDEX review_note_by_question ON review_note (question_id, position);" },

  /* Version 9 (issue 14): step 5's board meeting, one per project (the question put to the
   * boards); each partner's board members, persons with their function in person.role and
   * their attendance as step 4's (0 invited, 1 present, 2 sent apologies); per partner and
   * decision its board's support (stance: 0 no decision yet, 1 supports, 2 supports on
   * conditions, 3 does not support) and per partner the form of the whole (0 none yet,
   * 1 statement of support, 2 letter of intent, 3 administrative agreement). */
  { 9,
    "CREATE TABLE board_meeting ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  date TEXT NOT NULL DEFAULT '',"
    "  place TEXT NOT NULL DEFAULT '',"
    "  question TEXT NOT NULL DEFAULT '',"
    "  held INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1)),"
    "  created TEXT NOT NULL);"
    "CREATE TABLE board_member ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  partner_id TEXT NOT NULL REFERENCES partner (id) ON DELETE CASCADE,"
    "  person_id TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,"
    "  attended INTEGER NOT NULL DEFAULT 0 CHECK (attended BETWEEN 0 AND 2),"
    "  created TEXT NOT NULL);"
    "CREATE INDEX board_member_by_partner ON board_member (partner_id);"
    "CREATE TABLE board_form ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  partner_id TEXT NOT NULL UNIQUE REFERENCES partner (id) ON DELETE CASCADE,"
    "  form INTEGER NOT NULL DEFAULT 0 CHECK (form BETWEEN 0 AND 3));"
    "CREATE TABLE board_support ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  partner_id TEXT NOT NULL REFERENCES partner (id) ON DELETE CASCADE,"
    "  decision_id TEXT NOT NULL REFERENCES decision (id) ON DELETE CASCADE,"
    "  stance INTEGER NOT NULL DEFAULT 0 CHECK (stance BETWEEN 0 AND 3),"
    "  conditions TEXT NOT NULL DEFAULT '',"
    "  commitment TEXT NOT NULL DEFAULT '',"
    "  mandate TEXT NOT NULL DEFAULT '',"
    "  date TEXT NOT NULL DEFAULT '',"
    "  created TEXT NOT NULL,"
    "  UNIQUE (partner_id, decision_id));" },
  /* Version 10 (issue 14): step 5's deck: the user's changes to the slides made from the project (a row per slide
   * key, made by the first change to it) and the user's own slides (key NULL). NULL title,
   * body or position: the generated one. */
  { 10,
    "CREATE TABLE slide ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  key TEXT UNIQUE CHECK (key IS NULL OR length (key) > 0),"
    "  position INTEGER,"
    "  hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),"
    "  title TEXT,"
    "  body TEXT,"
    "  notes TEXT NOT NULL DEFAULT '',"
    "  created TEXT NOT NULL,"
    "  CHECK (key IS NOT NULL OR (position IS NOT NULL AND title IS NOT NULL)));" },
  /* Version 11 (issue 14): the project leader marks step 5's deck ready to present. */
  { 11,
    "ALTER TABLE board_meeting ADD COLUMN"
    "  deck_ready INTEGER NOT NULL DEFAULT 0 CHECK (deck_ready IN (0, 1));" },
  /* Version 12 (issue 15): merging copies. A copy names the base it was made from
   * (copy_origin); a project keeps which copies were merged into it (merge_record) and the
   * conflicts they brought (merge_conflict: base, mine and theirs of one column, or of a whole
   * row when column_name is NULL; their values keep their types, so no affinity). */
  { 12,
    "CREATE TABLE copy_origin ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  made TEXT NOT NULL);"
    "CREATE TABLE merge_record ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  merged TEXT NOT NULL,"
    "  copy_name TEXT NOT NULL DEFAULT '',"
    "  base_id TEXT,"
    "  added INTEGER NOT NULL DEFAULT 0,"
    "  changed INTEGER NOT NULL DEFAULT 0,"
    "  removed INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE merge_conflict ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  merge_id TEXT NOT NULL REFERENCES merge_record (id) ON DELETE CASCADE,"
    "  table_name TEXT NOT NULL,"
    "  row_id TEXT NOT NULL,"
    "  column_name TEXT,"
    "  kind INTEGER NOT NULL DEFAULT 0 CHECK (kind BETWEEN 0 AND 4),"
    "  base_value,"
    "  mine_value,"
    "  theirs_value,"
    "  decided INTEGER NOT NULL DEFAULT 0 CHECK (decided BETWEEN 0 AND 3));"
    "CREATE INDEX merge_conflict_by_merge ON merge_conflict (merge_id);" },
  /* Version 13 (issue 16): the societal business case. A parameter changed from Rotterdam's
   * value (sf-mbc.h: its key), for the project (flat_id NULL) or for one flat, with who set
   * it. The concept's cost and income lines are parameters too. The id is derived from the
   * flat and the key (sf-project-mbc.c), so copies that change the same parameter apart meet
   * on one row when merged instead of adding two. */
  { 13,
    "CREATE TABLE mbc_parameter ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  flat_id TEXT REFERENCES flat (id) ON DELETE CASCADE,"
    "  key TEXT NOT NULL CHECK (length (key) > 0),"
    "  value REAL NOT NULL CHECK (value >= 0),"
    "  set_by TEXT NOT NULL DEFAULT '',"
    "  changed TEXT NOT NULL);"
    "CREATE INDEX mbc_parameter_by_flat ON mbc_parameter (flat_id);" },
  /* Version 14 (issue 15): a count of the project's changes, moved by every action, undo and
   * redo (the undo stack's follow-up, sf_project_touch ()). A merge checks it inside its own
   * transaction: mine is still what the plan was made from, whichever connection wrote. */
  { 14,
    "ALTER TABLE last_change ADD COLUMN changes INTEGER NOT NULL DEFAULT 0;" },
};

/* sf_dwellings_note (note, figure, flat's number): the figure's note with a sentence added
 * that says what the flat's details said, in the user's language. */
static void
dwellings_note (sqlite3_context  *context,
                int               argc,
                sqlite3_value   **argv)
{
  const char *note = (const char *) sqlite3_value_text (argv[0]);
  double figure = sqlite3_value_double (argv[1]);
  int flat = sqlite3_value_int (argv[2]);
  g_autofree char *said = NULL;
  g_autofree char *text = NULL;
  /* A count, but kept as a real: printf writes the locale's decimal mark. */
  g_autofree char *number = g_strdup_printf (figure == (double) (gint64) figure ? "%.0f" : "%.1f",
                                             figure);

  said = g_strdup_printf (
    /* Translators: added to the note of step 3's number of dwellings of a flat when an older
     * project had two numbers: the first is the flat's, the second the figure's. */
    _("Until now the flat's details said %d dwellings and this figure %s. Startfoto keeps "
      "one number now: this one. Check which is right."), flat, number);
  text = note != NULL && *note != '\0' ? g_strconcat (note, "\n", said, NULL)
                                        : g_steal_pointer (&said);
  sqlite3_result_text (context, text, -1, SQLITE_TRANSIENT);
}

/* sf_iso_date (text): the date @text as ISO 8601 ("" for none), or NULL when it cannot be
 * read (sf_date_to_iso ()). */
static void
iso_date (sqlite3_context  *context,
          int               argc,
          sqlite3_value   **argv)
{
  g_autofree char *iso = sf_date_to_iso ((const char *) sqlite3_value_text (argv[0]), NULL);

  if (iso == NULL)
    sqlite3_result_null (context);
  else
    sqlite3_result_text (context, iso, -1, SQLITE_TRANSIENT);
}

void
sf_migrations_add_functions (sqlite3 *handle)
{
  sqlite3_create_function (handle, "sf_dwellings_note", 3, SQLITE_UTF8, NULL, dwellings_note,
                           NULL, NULL);
  sqlite3_create_function (handle, "sf_iso_date", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
                           iso_date, NULL, NULL);
}

const SfMigration *
sf_migrations_get (guint *n_migrations)
{
  *n_migrations = G_N_ELEMENTS (migrations);
  return migrations;
}
