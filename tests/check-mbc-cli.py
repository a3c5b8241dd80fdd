#!/usr/bin/env python3
"""The business case on the command line (issue 16): --info's "Business case:" line per flat in
English (also where the terminal has no euro sign) and Dutch, --json's business_case, and
--export-mbc OUT.csv FILE: private (0600), whole, read back as the calculation --info gave,
with every parameter and where it came from. Bad input exits 1 and leaves the file as it was."""
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

from cli_check import EN as en, NL as nl, Checks

startfoto, write_example = sys.argv[1], sys.argv[2]
checks = Checks(startfoto)
run, check = checks.run, checks.check
ASCII = dict(os.environ, LANG='C', LANGUAGE='')
ASCII.pop('LC_ALL', None)
EN_COLUMNS = ['flat', 'part', 'item', 'key', 'value', 'unit', 'mark', 'source']
NL_COLUMNS = ['flat', 'onderdeel', 'post', 'sleutel', 'waarde', 'eenheid', 'markering', 'bron']
FLATS = ['De Zilverreiger (fictief)', 'Het Kwikstaartje (fictief)']
N_PARAMS = 44


def read_rows(path, delimiter=';'):
    text = path.read_bytes().decode('utf-8-sig')
    return list(csv.reader(io.StringIO(text, newline=''), delimiter=delimiter))


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


with tempfile.TemporaryDirectory() as tmp:
    tmp = pathlib.Path(tmp)
    project = tmp / 'voorbeeld.startfoto'
    subprocess.run([write_example, str(project)], check=True)
    before = digest(project)

    # --info: a line per flat, in English and Dutch.
    r = run('--info', str(project))
    lines = [line for line in r.stdout.splitlines() if line.startswith('Business case: ')]
    check(r.returncode == 0 and len(lines) == 2 and all(f in ''.join(lines) for f in FLATS),
          '--info: a "Business case:" line per flat')
    check('result after 3 years' in lines[0] and '€' in lines[0] and
          'of 5 care figures the flat\'s own' in lines[0] and
          lines[1].endswith(', 2 parameters changed'),
          'the line says the result, where the care figures came from, what was changed: ' +
          ' | '.join(lines))
    r = run('--info', str(project), e=ASCII)
    lines = [line for line in r.stdout.splitlines() if line.startswith('Business case: ')]
    check(r.returncode == 0 and len(lines) == 2 and 'EUR ' in lines[0] and '?' not in lines[0],
          'under LANG=C, in English with EUR instead of a question mark: ' + lines[0])
    r = run('--info', str(project), e=nl)
    lines = [line for line in r.stdout.splitlines() if line.startswith('Businesscase: ')]
    check(r.returncode == 0 and len(lines) == 2 and 'resultaat na 3 jaar €\xa0' in lines[0] and
          lines[1].endswith(', 2 parameters gewijzigd'),
          'in Dutch, amounts the Dutch way: ' + ' | '.join(lines))

    # --json: the same figures, whole euros.
    r = run('--info', str(project), '--json')
    cases = json.loads(r.stdout).get('business_case', [])
    check(r.returncode == 0 and [c['flat'] for c in cases] == FLATS,
          '--json: business_case per flat')
    kwik = cases[1]
    check(all(len(c['years']) == 3 and len(c['care']) == 5 and c['missing'] is None
              for c in cases), 'three years and five kinds of care, nothing missing')
    check(kwik['changed_parameters'] == 2 and kwik['years'][0]['costs'] == 71000 and
          kwik['years'][1]['costs'] == 51800, 'the flat\'s own staffing costs count')
    zilver = cases[0]
    check([c['origin'] for c in zilver['care']] ==
          ['flat-estimate', 'flat', 'assumption', 'assumption', 'flat-estimate'],
          'the origins of the care figures: the flat\'s own with their marks, else assumed')
    check(abs(sum(y['result'] for y in zilver['years']) - zilver['years'][2]['cumulative']) <= 2,
          'the cumulative result adds up the years')

    # --export-mbc in English: every parameter, every figure, as --info gave it.
    out = tmp / 'mbc.csv'
    r = run('--export-mbc', str(out), str(project))
    check(r.returncode == 0 and r.stdout == '' and r.stderr == '', '--export-mbc exits 0 quietly')
    check(os.stat(out).st_mode & 0o777 == 0o600, 'the file is private (0600)')
    check(out.read_bytes().startswith(b'\xef\xbb\xbf'), 'UTF-8 with a byte order mark')
    rows = read_rows(out)
    check(rows[0] == EN_COLUMNS and all(len(row) == 8 for row in rows),
          'the header row, and every row as wide')
    by = {(row[0], row[3]): dict(zip(EN_COLUMNS, row)) for row in rows[1:]}
    params = [row for row in rows[1:] if row[1] == 'parameter']
    check(len(params) == 2 * N_PARAMS and all(row[7] for row in params),
          'every parameter for each flat, each with its source')
    staff = by.get((FLATS[1], 'cost_personnel_later'), {})
    check(staff.get('value') == '35000' and
          staff.get('mark') == 'changed for this flat: Zorggroep De Linde',
          'a changed parameter says for what and by whom')
    check(by.get((FLATS[0], 'cost_personnel_later'), {}).get('mark') == 'Rotterdam' and
          by.get((FLATS[0], 'prevention'), {}).get('source', '').startswith('MBC Rotterdam'),
          'an unchanged one is Rotterdam\'s, with the seed\'s table')
    check(len(by) == len(rows) - 1, 'each key once per flat')
    wmo = by.get((FLATS[0], 'care_clients_wmo'), {})
    check(by.get((FLATS[0], 'residents'), {}).get('value') == '118' and
          wmo.get('value') == '40' and wmo.get('mark') == 'the flat\'s figure, estimate',
          'step 3\'s figures flow in, household help and guidance marked as an estimate')
    for i, case in enumerate(cases):
        written = round(float(by.get((FLATS[i], 'year3_cumulative'), {}).get('value', 'nan')))
        check(written == case['years'][2]['cumulative'],
              f'{FLATS[i]}: the file\'s result is --info\'s ({written})')
    strongest = [row for row in rows if row[6] == 'moves the result most']
    check(len(strongest) == 6, 'the parameter that moves the result most is marked per flat')
    check(digest(project) == before, 'exporting and looking leave the project as it was')

    # In Dutch: the words and a decimal comma.
    r = run('--export-mbc', str(out), str(project), e=nl)
    rows = read_rows(out)
    by = {(row[0], row[3]): row for row in rows[1:]}
    check(r.returncode == 0 and rows[0] == NL_COLUMNS and
          by[(FLATS[0], 'prevention')][4] == '0,075' and
          by[(FLATS[0], 'residents')][6] == 'cijfer van de flat',
          'in Dutch: the columns, the marks, a decimal comma')
    r = run('--export-mbc', str(out), '--separator', ',', str(project))
    rows = read_rows(out, ',')
    check(r.returncode == 0 and rows[0] == EN_COLUMNS and all(len(row) == 8 for row in rows),
          '--separator ,')

    # A flat without residents or dwellings: unknown, and what is missing.
    gaps = tmp / 'gaten.startfoto'
    gaps.write_bytes(project.read_bytes())
    con = sqlite3.connect(gaps)
    con.execute("DELETE FROM indicator_value WHERE flat_id = (SELECT id FROM flat "
                "WHERE name LIKE 'Het Kwik%') AND indicator_id IN "
                "(SELECT id FROM indicator WHERE key IN ('s3q1a', 's3q1b'))")
    con.commit()
    con.close()
    r = run('--info', str(gaps))
    check('Business case: Het Kwikstaartje (fictief): unknown, it needs the number of residents'
          in r.stdout, 'a flat without residents: unknown, and what it needs')
    r = run('--info', str(gaps), '--json')
    kwik = json.loads(r.stdout)['business_case'][1]
    check(kwik['years'][2]['cumulative'] is None and kwik['care_total'] is None and
          'residents' in kwik['missing'] and kwik['years'][0]['costs'] == 71000,
          '--json: null where unknown, what is missing, the known costs still there')
    r = run('--export-mbc', str(out), str(gaps))
    rows = read_rows(out)
    cell = [row for row in rows if row[0] == FLATS[1] and row[3] == 'year3_cumulative'][0]
    check(cell[4] == '' and cell[6].startswith('unknown, missing: the number of residents'),
          'the file: an empty value, marked with what is missing')

    # Bad input: exit 1, a message, the destination as it was.
    out.write_text('de vorige versie\n')
    kept = out.read_bytes()
    letter = tmp / 'brief.startfoto'
    letter.write_text('Beste collega\n' * 50)
    r = run('--export-mbc', str(out), str(letter))
    check(r.returncode == 1 and 'not a Startfoto project' in r.stderr and
          out.read_bytes() == kept, 'not a project: exit 1, the CSV untouched')
    unwritable = tmp / 'geen-map' / 'mbc.csv'
    r = run('--export-mbc', str(unwritable), str(project), e=nl)
    check(r.returncode == 1 and 'De businesscase kon niet' in r.stderr,
          'an unwritable destination: exit 1, a Dutch message')
    r = run('--export-mbc', str(out))
    check(r.returncode == 1 and 'needs one project FILE' in r.stderr, 'no project: exit 1')
    made = {'voorbeeld.startfoto', 'mbc.csv', 'gaten.startfoto', 'brief.startfoto'}
    left = sorted(p.name for p in tmp.iterdir() if p.name not in made)
    check(left == [], 'no temporary files are left behind: ' + ', '.join(left))

checks.done()
