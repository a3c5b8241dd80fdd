#!/usr/bin/env python3
"""startfoto --info FILE [--json]: a summary without a window; exit 1 and a clear message for a
file that cannot be used, which is left unchanged. Step 3 is checked on the example project
(written by the store's own example code), and so is startfoto --export-csv OUT.csv FILE."""
import csv
import hashlib
import io
import json
import os
import pathlib
import sqlite3
import subprocess
import sys
import tempfile

startfoto, fixture, write_example = sys.argv[1], sys.argv[2], sys.argv[3]
env = dict(os.environ, LC_ALL='C.UTF-8', LANGUAGE='')
failures = []


def run(*args, **kw):
    return subprocess.run([startfoto, *args], capture_output=True, text=True, env=kw.get('env', env),
                          timeout=60)


def check(ok, what):
    print(('ok      ' if ok else 'FAIL    ') + what)
    if not ok:
        failures.append(what)


with tempfile.TemporaryDirectory() as tmp:
    project = pathlib.Path(tmp) / 'kopie.startfoto'
    project.write_bytes(pathlib.Path(fixture).read_bytes())
    before = hashlib.sha256(project.read_bytes()).hexdigest()

    r = run('--info', str(project), '--json')
    check(r.returncode == 0, '--info --json exits 0')
    info = json.loads(r.stdout)
    check(info['name'] == 'Voorbeeldproject De Zilverreiger', 'JSON has the project name')
    check(info['municipality'] == 'Leiden', 'JSON has the municipality')
    check([f['dwellings'] for f in info['flats']] == [96, None], 'JSON lists the flats')
    check(info['partners'] == 5, 'JSON counts the partners')
    check([s['questions'] for s in info['steps']] == [10, 6, 15, 13, 0], 'JSON counts questions per step')
    check([s['status'] for s in info['steps']][:3] == ['in-progress', 'not-started', 'in-progress'],
          'JSON has each step\'s progress')
    # The v1 file's statuses were set by hand: they stay so.
    check([s['status_set_by_hand'] for s in info['steps']] == [True, False, True, False, False],
          'JSON says which status was set by hand')

    r = run('--info', str(project))
    check(r.returncode == 0 and 'Partners: 5' in r.stdout and 'Municipality: Leiden' in r.stdout,
          '--info prints a readable summary')
    nl = dict(env, LC_ALL='nl_NL.UTF-8', LANGUAGE='nl')
    r = run('--info', str(project), env=nl)
    check('Gemeente: Leiden' in r.stdout and 'Stap 1, Interviews: Bezig' in r.stdout,
          '--info speaks Dutch on a Dutch system')
    check(hashlib.sha256(project.read_bytes()).hexdigest() == before, 'looking leaves the file as it was')

    bad = pathlib.Path(tmp) / 'brief.startfoto'
    bad.write_text('Beste collega, hierbij het project.\n' * 50)
    r = run('--info', str(bad))
    check(r.returncode == 1 and 'not a Startfoto project' in r.stderr and r.stdout == '',
          'a file that is not a project: exit 1 with a clear message')
    r = run('--info', str(pathlib.Path(tmp) / 'weg.startfoto'))
    check(r.returncode == 1 and 'does not exist' in r.stderr, 'a missing file: exit 1 with a clear message')
    r = run('--info', str(bad), env=nl)
    check(r.returncode == 1 and 'is geen Startfoto-projectbestand' in r.stderr, 'the message is in Dutch too')



def near(a, b):
    return a is not None and abs(a - b) < 1e-9


with tempfile.TemporaryDirectory() as tmp:
    example = pathlib.Path(tmp) / 'voorbeeld.startfoto'
    subprocess.run([write_example, str(example)], check=True, timeout=120)
    before = hashlib.sha256(example.read_bytes()).hexdigest()

    # Step 3 in JSON: real figures of the example's two flats.
    r = run('--info', str(example), '--json')
    check(r.returncode == 0, 'the example: --info --json exits 0')
    inv = json.loads(r.stdout)['inventory']
    zilver, kwik = inv['flats']
    check(zilver['name'] == 'De Zilverreiger (fictief)' and zilver['answered'] == 19 and
          zilver['indicators'] == 21 and near(zilver['completeness'], 19 / 21),
          'JSON: answered figures and completeness of a flat')
    check(zilver['missing'] == 2 and [m['key'] for m in zilver['missing_indicators']] ==
          ['s3q9', 's3q10'], 'JSON: the missing figures, counted and named')
    check(zilver['estimated'] == 5 and 's3q5' in [e['key'] for e in zilver['estimated_indicators']],
          'JSON: estimates and averages, counted and named')
    check(kwik['missing'] == 6 and any(m['key'] is None or m['name'] == 'Mobility scooter storage'
                                       for m in kwik['missing_indicators']),
          'JSON: the second flat has its own gaps')
    d = {f['key']: f for f in zilver['derived']}
    check(d['residents-per-dwelling']['known'] and near(d['residents-per-dwelling']['value'], 118 / 96)
          and not d['residents-per-dwelling']['estimate'] and 'percent' not in d['residents-per-dwelling'],
          'JSON: residents per dwelling, exact')
    check(near(d['share-household-help']['value'], 31 / 118) and
          near(d['share-household-help']['percent'], 3100 / 118) and d['share-household-help']['estimate'],
          'JSON: a share as a fraction and a percentage, marked as an estimate')
    check(near(d['share-75-plus']['percent'], 6000 / 118), 'JSON: the share aged 75 or over')
    check(near(d['corporation-reports-per-100']['value'], 59 * 100 / 96),
          'JSON: reports to the corporation per 100 dwellings')
    k = {f['key']: f for f in kwik['derived']}
    check(k['share-75-plus'] == {'key': 'share-75-plus', 'known': False, 'value': None, 'percent': None,
                                 'estimate': False}, 'JSON: an unknown figure is null')
    check(k['residents-per-dwelling']['estimate'] and near(k['residents-per-dwelling']['value'], 81 / 64),
          'JSON: a figure from an estimate is marked')
    req = {q['key']: q['state'] for q in zilver['requirements']}
    check(req == {'min-dwellings': 'met', 'common-room': 'met', 'social-rent': 'met',
                  'near-transport-shop': 'met', 'scooter-storage': 'not-met'},
          'JSON: the Thuisplusflat requirements of a flat')
    req = {q['key']: q['state'] for q in kwik['requirements']}
    check(req['min-dwellings'] == 'not-met' and req['scooter-storage'] == 'unknown',
          'JSON: a requirement not met and one unknown')
    check(inv['neighbourhood'] is not None and inv['neighbourhood']['answered'] == 1,
          'JSON: the neighbourhood, which has a figure of its own')

    # Step 4 (src/store/sf-example-review.c): the method's twenty preconditions, all discussed;
    # ten actions, one done; five decisions, three of them proposals for the boards.
    check(json.loads(r.stdout)['preconditions'] == {'total': 20, 'discussed': 20},
          'JSON: the preconditions, counted')
    check(json.loads(r.stdout)['actions'] == {'total': 10, 'done': 1}, 'JSON: the plan, counted')
    check(json.loads(r.stdout)['decisions'] == {'total': 5, 'proposed': 3},
          'JSON: the decisions, counted')
    # Step 5 (src/store/sf-example-board.c): five board members of four partners, four present;
    # three of the four boards support every proposal (one on conditions), one has not decided.
    check(json.loads(r.stdout)['board_members'] == {'total': 5, 'present': 4},
          'JSON: the board members, counted')
    check(json.loads(r.stdout)['support'] == {'boards': 4, 'supporting': 3},
          'JSON: the boards that support, counted')
    # Step 5 (src/store/sf-example-slides.c): the method's eleven slides (the business case's
    # one of them), a figures slide per flat (one hidden), and one of the project leader's own.
    check(json.loads(r.stdout)['slides'] == {'total': 13, 'hidden': 1, 'own': 1},
          'JSON: the slides, counted')

    # Step 3 as text, in English and in Dutch.
    r = run('--info', str(example))
    out = r.stdout
    check('Inventory of De Zilverreiger (fictief):' in out and
          'Answered: 19 of 21 figures (90 %)' in out and 'Missing: 2' in out and
          '    - Clients of the social district team' in out, 'text: completeness and gaps')
    check('Residents per dwelling: 1.2\n' in out and
          'Share of residents receiving household help: 26 % (estimate)' in out and
          'Share of residents aged 75 or over: unknown' in out and
          'Mobility scooter storage: not met' in out and 'At least 80 dwellings: met' in out,
          'text: derived figures, estimates, unknowns and requirements')
    check('Inventory of the whole neighbourhood:' in out, 'text: the neighbourhood, as it has a figure')
    check('\nPreconditions: 20, 20 discussed\nActions: 10, 1 done\n'
          'Decisions: 5, 3 proposed to the boards\n' in out,
          'text: the preconditions, actions and decisions lines')
    check('\nBoard members: 5, 4 present\n'
          'Support: 3 of 4 boards support the intended decisions\n'
          'Slides: 13, 1 hidden, 1 own\n' in out,
          'text: the board members, support and slides lines')
    r = run('--info', str(example), env=nl)
    out = r.stdout
    check('Bewoners per woning: 1,2\n' in out and
          'Aandeel bewoners met huishoudelijke zorg: 26% (schatting)' in out and
          'Scootmobielstalling: niet voldaan' in out and
          'Aandeel bewoners van 75 jaar en ouder: onbekend' in out,
          'text: step 3 in Dutch, with decimal commas')
    check('Inventarisatie van De Zilverreiger (fictief):' in out and
          'Ingevuld: 19 van 21 cijfers (90%)' in out and 'Ontbreekt nog: 2' in out and
          'Inventory' not in out and 'Answered' not in out, 'text: step 3\'s headings in Dutch')
    check('\nRandvoorwaarden: 20, 20 besproken\nActies: 10, 1 gedaan\n'
          'Besluiten: 5, 3 voorgesteld aan de bestuurders\n' in out,
          'text: step 4\'s lines in Dutch')
    check('\nBestuurders: 5, 4 aanwezig\n'
          'Steun: 3 van 4 besturen steunen de voorgenomen besluiten\n'
          'Dia\'s: 13, 1 verborgen, 1 eigen\n' in out,
          'text: step 5\'s lines in Dutch')

    # --export-csv: the figures without a window, the project untouched.
    out_csv = pathlib.Path(tmp) / 'cijfers.csv'
    r = run('--export-csv', str(out_csv), str(example))
    check(r.returncode == 0 and r.stdout == '' and r.stderr == '', '--export-csv exits 0 quietly')
    text = out_csv.read_text(encoding='utf-8-sig')
    rows = list(csv.DictReader(text.splitlines(), delimiter=';'))
    row = {(x['flat'], x['indicator']): x for x in rows}
    check(row[('De Zilverreiger (fictief)', 's3q1b')]['value'] == '118' and
          row[('De Zilverreiger (fictief)', 's3q1b')]['source'] ==
          'Woonstichting Voorbeeld, huurdersadministratie' and
          row[('Het Kwikstaartje (fictief)', 's3q1b')]['accuracy'] == 'estimate' and
          row[('', 's3q11a')]['value'] == '310', '--export-csv writes the figures, \';\' by default')
    r = run('--export-csv', str(out_csv), '--separator', ',', str(example))
    rows = list(csv.DictReader(out_csv.read_text(encoding='utf-8-sig').splitlines(), delimiter=','))
    check(r.returncode == 0 and len(rows) > 40 and rows[0]['indicator'] == 's3q1a',
          '--separator , writes commas')
    r = run('--export-csv', str(out_csv), str(example), env=nl)
    text = out_csv.read_text(encoding='utf-8-sig')
    rows = list(csv.DictReader(io.StringIO(text, newline=''), delimiter=';'))
    row = {(x['flat'], x['cijfer']): x for x in rows}
    zilverreiger = 'De Zilverreiger (fictief)'
    check(r.returncode == 0 and text.startswith('flat;cijfer;naam;eenheid;waarde;beschrijving;') and
          row[('Het Kwikstaartje (fictief)', 's3q1b')]['nauwkeurigheid'] == 'schatting' and
          row[(zilverreiger, 's3q2')]['waarde'] == 'ja' and
          row[(zilverreiger, 's3q4')]['waarde'] == 'alleen ouderen' and
          row[(zilverreiger, 's3q1b')]['status'] == 'gecontroleerd' and
          row[(zilverreiger, 's3q3')]['waarde'] ==
          '<55: 6; 55-64: 14; 65-74: 38; 75-84: 41; 85+: 19; gemiddelde leeftijd: 76' and
          row[(zilverreiger, 's3q14')]['waarde'] ==
          'Koffieochtend; organisator: Welzijn Voorbeeldstad; hoe vaak: wekelijks, dinsdag; '
          'deelnemers: 18\nBewegen voor ouderen; organisator: Welzijn Voorbeeldstad; '
          'hoe vaak: wekelijks, donderdag; deelnemers: 11' and
          '{' not in text and 'estimate' not in text,
          '--export-csv on a Dutch system: Dutch columns and words, structured figures as text')
    check(hashlib.sha256(example.read_bytes()).hexdigest() == before, 'exporting leaves the project as it was')

    untouched = out_csv.read_bytes()
    letter = pathlib.Path(tmp) / 'brief.startfoto'
    letter.write_text('Beste collega, hierbij de cijfers.\n' * 50)
    r = run('--export-csv', str(out_csv), str(letter))
    check(r.returncode == 1 and r.stdout == '' and 'not a Startfoto project' in r.stderr
          and out_csv.read_bytes() == untouched,
          '--export-csv of a file that is not a project: exit 1, a message, nothing written')
    gone = pathlib.Path(tmp) / 'nieuw.csv'
    r = run('--export-csv', str(gone), str(pathlib.Path(tmp) / 'weg.startfoto'), env=nl)
    check(r.returncode == 1 and 'bestaat niet' in r.stderr and not gone.exists(),
          '--export-csv of a missing file: exit 1, a Dutch message, no CSV')
    unwritable = pathlib.Path(tmp) / 'geen-map' / 'cijfers.csv'
    r = run('--export-csv', str(unwritable), str(example))
    check(r.returncode == 1 and 'could not be written' in r.stderr and not unwritable.parent.exists(),
          '--export-csv to a folder that does not exist: exit 1 with a message')
    r = run('--export-csv', str(unwritable), str(example), env=nl)
    check(r.returncode == 1 and 'De cijfers konden niet naar' in r.stderr,
          'the message for an unwritable destination is in Dutch too')
    r = run('--export-csv', str(gone), '--separator', 'x', str(example))
    check(r.returncode == 1 and 'separator' in r.stderr and not gone.exists(),
          '--separator refuses what it cannot use')
    r = run('--export-csv', str(gone))
    check(r.returncode == 1 and 'FILE' in r.stderr and not gone.exists(),
          '--export-csv without a project: exit 1 with a message')

    # A file from elsewhere can hold any number where the code expects one of a few (written
    # past its CHECK constraints): the summary stays readable, every status one it knows.
    odd = pathlib.Path(tmp) / 'vreemd.startfoto'
    odd.write_bytes(example.read_bytes())
    con = sqlite3.connect(odd)
    con.execute('PRAGMA ignore_check_constraints = ON')
    con.execute('UPDATE step SET status = 100000000, by_hand = 1 WHERE number = 1')
    con.execute('UPDATE step SET status = 4, by_hand = 1 WHERE number = 2')
    con.execute('UPDATE interview SET status = -3')
    con.commit()
    con.close()
    r = run('--info', str(odd), '--json')
    known = {'not-started', 'in-progress', 'done'}
    check(r.returncode == 0 and all(s['status'] in known for s in json.loads(r.stdout)['steps']),
          '--info --json of out-of-range statuses: only statuses it knows')
    r = run('--info', str(odd))
    check(r.returncode == 0 and '(null)' not in r.stdout and 'Step 1, Partner interviews: Not started' in r.stdout,
          '--info of out-of-range statuses: a readable summary')

    # A structured value nested 200,000 deep overflowed the JSON parser's stack: such a value is
    # no value, and the summary and the CSV are made all the same.
    deep = pathlib.Path(tmp) / 'diep.startfoto'
    deep.write_bytes(example.read_bytes())
    con = sqlite3.connect(deep)
    con.execute("UPDATE indicator_value SET value_json = ? WHERE value_json IS NOT NULL", ('[' * 200000,))
    con.commit()
    con.close()
    r = run('--info', str(deep), '--json')
    check(r.returncode == 0 and json.loads(r.stdout)['name'] == 'Voorbeeldproject De Zilverreiger',
          '--info --json of deeply nested values: a summary')
    deep_csv = pathlib.Path(tmp) / 'diep.csv'
    r = run('--export-csv', str(deep_csv), str(deep))
    check(r.returncode == 0 and deep_csv.exists(), '--export-csv of deeply nested values: a CSV')

print(f'{len(failures)} failed')
sys.exit(1 if failures else 0)
