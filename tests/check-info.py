#!/usr/bin/env python3
"""startfoto --info FILE [--json]: a summary without a window; exit 1 and a clear message for a
file that cannot be used, which is left unchanged."""
import hashlib
import json
import os
import pathlib
import subprocess
import sys
import tempfile

startfoto, fixture = sys.argv[1], sys.argv[2]
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

print(f'{len(failures)} failed')
sys.exit(1 if failures else 0)
