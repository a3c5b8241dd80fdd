#!/usr/bin/env python3
"""startfoto --export-minutes OUT.pdf FILE: the minutes of step 5's board meeting without a
window: private, in Dutch on a Dutch system, names as roles on request; exit 1 and nothing
written for a project that cannot be used."""
import os
import pathlib
import subprocess
import sys
import tempfile

from cli_check import NL as nl, Checks

startfoto, write_example = sys.argv[1], sys.argv[2]
checks = Checks(startfoto)
run, check = checks.run, checks.check


def text_of(pdf):
    return subprocess.run(['pdftotext', str(pdf), '-'], capture_output=True, text=True).stdout


with tempfile.TemporaryDirectory() as tmp:
    tmp = pathlib.Path(tmp)
    project = tmp / 'voorbeeld.startfoto'
    subprocess.run([write_example, str(project)], check=True)

    out = tmp / 'verslag.pdf'
    r = run('--export-minutes', str(out), str(project))
    check(r.returncode == 0 and r.stderr == '' and out.read_bytes().startswith(b'%PDF-'),
          '--export-minutes writes a PDF and exits 0 quietly')
    check(os.stat(out).st_mode & 0o777 == 0o600, 'the minutes are private (0600)')
    text = ' '.join(text_of(out).split())
    parts = ['Minutes of the board meeting', 'Who attended', 'Rob Mulder', 'What was presented',
             'The decisions and the boards’ answers', 'Supports on conditions',
             'Agreed follow-up']
    check(all(p in text for p in parts) and
          [text.index(p) for p in parts] == sorted(text.index(p) for p in parts),
          'the minutes: who attended, what was presented, the answers, the follow-up')

    r = run('--export-minutes', str(out), str(project), '--names-as-roles', e=nl)
    text = ' '.join(text_of(out).split())
    check(r.returncode == 0 and 'Verslag bestuurdersoverleg' in text and
          'Rob Mulder' not in text and 'Steunt onder voorwaarden' in text,
          'in Dutch on a Dutch system, board members by their role on request')

    r = run('--export-minutes', str(tmp / 'x.pdf'), str(tmp / 'weg.startfoto'))
    check(r.returncode == 1 and r.stderr != '' and not (tmp / 'x.pdf').exists(),
          'a missing project: exit 1, nothing written')

    r = run('--export-minutes', str(tmp / 'x.pdf'))
    check(r.returncode == 1 and '--export-minutes' in r.stderr and not (tmp / 'x.pdf').exists(),
          'no project FILE: exit 1 with a message')

checks.done()
