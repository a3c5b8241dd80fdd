#!/usr/bin/env python3
"""startfoto --export-actions OUT.csv FILE [--separator SEP]: step 4's plan for a spreadsheet,
without a window: private (0600), whole or not at all, read back as the plan it was; in the
user's language; nothing confidential. Bad input exits 1 with a clear message and leaves the
destination as it was."""
import csv
import hashlib
import io
import os
import pathlib
import sqlite3
import subprocess
import sys
import tempfile

from cli_check import NL as nl, Checks

startfoto, write_example, fixture = sys.argv[1], sys.argv[2], sys.argv[3]
# The example's confidential statement (sf-example.c), consideration (sf-example-review.c) and
# meeting note (sf-example-meeting.c).
SECRETS = ['komt de deur niet meer uit', 'Dit weten de medewerkers nog niet',
           'niet naar buiten brengen']
EN_COLUMNS = ['what', 'why', 'responsible', 'others involved', 'due', 'quarter', 'status',
              'precondition', 'theme']
NL_COLUMNS = ['wat', 'waarom', 'verantwoordelijk', 'betrokken', 'wanneer', 'kwartaal', 'status',
              'randvoorwaarde', 'thema']
checks = Checks(startfoto)
run, check = checks.run, checks.check


def read_rows(path, delimiter=';'):
    """The file's rows as Python's csv module reads them, and its text (without the BOM)."""
    raw = path.read_bytes()
    text = raw.decode('utf-8-sig')
    return list(csv.reader(io.StringIO(text, newline=''), delimiter=delimiter)), raw, text


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


with tempfile.TemporaryDirectory() as tmp:
    tmp = pathlib.Path(tmp)
    project = tmp / 'voorbeeld.startfoto'
    subprocess.run([write_example, str(project)], check=True)
    before = digest(project)

    # In English: the header, then one row per action in the plan's order.
    plan = tmp / 'plan.csv'
    r = run('--export-actions', str(plan), str(project))
    check(r.returncode == 0 and r.stdout == '' and r.stderr == '', '--export-actions exits 0 quietly')
    check(os.stat(plan).st_mode & 0o777 == 0o600, 'the file is private (0600)')
    rows, raw, text = read_rows(plan)
    check(raw.startswith(b'\xef\xbb\xbf'), 'UTF-8 with a byte order mark, as the figures\' file')
    check(rows[0] == EN_COLUMNS, 'the header row names the columns: ' + ';'.join(rows[0]))
    check(len(rows) == 11 and all(len(row) == len(EN_COLUMNS) for row in rows),
          'ten actions, every row as wide as the header')
    actions = {row[0]: dict(zip(EN_COLUMNS, row)) for row in rows[1:]}
    meeting = actions.get('Maandelijks signaleringsoverleg starten', {})
    check(meeting.get('why') == 'Signalen van eenzaamheid komen nu laat binnen' and
          meeting.get('responsible') == 'Welzijn Voorbeeldstad' and
          meeting.get('others involved') == 'Woonstichting Voorbeeld, Zorggroep De Linde (fictief)' and
          meeting.get('due') == '2027-Q1' and meeting.get('quarter') == '2027-Q1' and
          meeting.get('status') == 'in progress' and
          meeting.get('precondition') == 'Prevention and early detection (signalling meetings)' and
          meeting.get('theme') == 'Samenwerking',
          'an action: what, why, who, others, when, status, precondition and theme')
    leader = actions.get('Procesbegeleider aanstellen die het project trekt', {})
    check(leader.get('due') == '2027-01-31' and leader.get('quarter') == '2027-Q1' and
          leader.get('status') == 'done' and leader.get('others involved') == '' and
          leader.get('precondition') == '',
          'a date is written as given, with its quarter; nothing linked is empty')
    bus = actions.get('Buurtbus naar de supermarkt onderzoeken', {})
    check(';' in bus.get('why', '') and bus.get('status') == 'dropped',
          'a text holding the separator reads back whole')
    check({a['quarter'] for a in actions.values()} == {'2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4'},
          'the plan covers the four quarters of 2027')
    check({a['status'] for a in actions.values()} == {'open', 'in progress', 'done', 'dropped'},
          'every status, in words')
    check(all(secret not in text for secret in SECRETS), 'nothing confidential in the file')
    check(digest(project) == before, 'exporting leaves the project as it was')

    # In Dutch on a Dutch system, as the figures' file; other separators.
    r = run('--export-actions', str(plan), str(project), e=nl)
    rows, raw, text = read_rows(plan)
    actions = {row[0]: dict(zip(NL_COLUMNS, row)) for row in rows[1:]}
    meeting = actions.get('Maandelijks signaleringsoverleg starten', {})
    check(r.returncode == 0 and rows[0] == NL_COLUMNS and meeting.get('status') == 'bezig' and
          meeting.get('randvoorwaarde') == 'Preventie en vroegsignalering (signaleringsoverleg)' and
          {a['status'] for a in actions.values()} == {'open', 'bezig', 'gedaan', 'vervallen'},
          'in Dutch: the columns, the statuses and the method\'s preconditions')
    for separator, char in ((',', ','), ('tab', '\t')):
        r = run('--export-actions', str(plan), '--separator', separator, str(project))
        rows, raw, text = read_rows(plan, char)
        check(r.returncode == 0 and rows[0] == EN_COLUMNS and len(rows) == 11 and
              all(len(row) == len(EN_COLUMNS) for row in rows), f'--separator {separator}')

    # Quotes, line ends and spaces at either end read back as they were written.
    odd = tmp / 'vreemd.startfoto'
    odd.write_bytes(project.read_bytes())
    con = sqlite3.connect(odd)
    tricky = ' Zeg "ja";\r\nof nee, '
    con.execute("UPDATE plan_action SET why = ? WHERE what LIKE 'Convenant%'", (tricky,))
    con.commit()
    con.close()
    r = run('--export-actions', str(plan), str(odd))
    rows, raw, text = read_rows(plan)
    check(r.returncode == 0 and any(row[1] == tricky for row in rows),
          'quotes, separators, line ends and outer spaces read back')

    # A project without a plan: the header alone.
    r = run('--export-actions', str(plan), fixture)
    rows, raw, text = read_rows(plan)
    check(r.returncode == 0 and rows == [EN_COLUMNS], 'an empty plan: the header row only')

    # Bad input: exit 1, a clear message, the destination as it was and nothing left beside it.
    plan.write_text('de vorige versie\n')
    kept = plan.read_bytes()
    letter = tmp / 'brief.startfoto'
    letter.write_text('Beste collega, hierbij het plan.\n' * 50)
    r = run('--export-actions', str(plan), str(letter))
    check(r.returncode == 1 and r.stdout == '' and 'not a Startfoto project' in r.stderr and
          plan.read_bytes() == kept, 'a file that is not a project: exit 1, the CSV untouched')
    damaged = tmp / 'beschadigd.startfoto'
    data = bytearray(project.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 8192] = b'Z' * 8192
    damaged.write_bytes(bytes(data))
    r = run('--export-actions', str(plan), str(damaged))
    check(r.returncode == 1 and 'damaged' in r.stderr and plan.read_bytes() == kept,
          'a damaged project: exit 1, a message, the CSV untouched')
    r = run('--export-actions', str(plan), str(damaged), e=nl)
    check(r.returncode == 1 and 'beschadigd' in r.stderr, 'the message is in Dutch too')
    gone = tmp / 'nieuw.csv'
    r = run('--export-actions', str(gone), str(tmp / 'weg.startfoto'), e=nl)
    check(r.returncode == 1 and 'bestaat niet' in r.stderr and not gone.exists(),
          'a missing project: exit 1, a Dutch message, no CSV')
    unwritable = tmp / 'geen-map' / 'plan.csv'
    r = run('--export-actions', str(unwritable), str(project))
    check(r.returncode == 1 and 'The plan could not be written to' in r.stderr and
          not unwritable.parent.exists(), 'a folder that does not exist: exit 1 with a message')
    r = run('--export-actions', str(unwritable), str(project), e=nl)
    check(r.returncode == 1 and 'Het plan kon niet' in r.stderr,
          'the message for an unwritable destination is in Dutch too')
    # A folder where the file should go: the rename fails after the data was written.
    folder = tmp / 'map.csv'
    folder.mkdir()
    r = run('--export-actions', str(folder), str(project))
    check(r.returncode == 1 and 'could not be written' in r.stderr and folder.is_dir() and
          list(folder.iterdir()) == [], 'a folder in the way: exit 1, the folder as it was')
    r = run('--export-actions', str(gone), '--separator', 'x', str(project))
    check(r.returncode == 1 and 'separator' in r.stderr and not gone.exists(),
          '--separator refuses what it cannot use')
    r = run('--export-actions', str(gone))
    check(r.returncode == 1 and 'needs one project FILE' in r.stderr and not gone.exists(),
          'no project: exit 1 with a message')
    made = {'voorbeeld.startfoto', 'plan.csv', 'vreemd.startfoto', 'brief.startfoto',
            'beschadigd.startfoto', 'map.csv'}
    left = sorted(p.name for p in tmp.iterdir() if p.name not in made)
    check(left == [], 'no temporary files are left behind: ' + ', '.join(left))

checks.done()
