#!/usr/bin/env python3
"""startfoto --export-copy OUT.startfoto FILE [--include-confidential]: the copy the window
makes, without a window: confidential items left out unless asked, down to the file's bytes;
exit 1 and a clear message for a file or destination that cannot be used, writing nothing."""
import os
import pathlib
import subprocess
import sys
import tempfile

from cli_check import NL as nl, Checks

startfoto, write_example = sys.argv[1], sys.argv[2]
# The example's confidential statement (src/store/sf-example.c), and step 4's confidential
# consideration (sf-example-review.c) and meeting note (sf-example-meeting.c).
SECRET = 'komt de deur niet meer uit'.encode()
SECRETS4 = ['Dit weten de medewerkers nog niet'.encode(), 'niet naar buiten brengen'.encode()]
checks = Checks(startfoto)
run, check = checks.run, checks.check


with tempfile.TemporaryDirectory() as tmp:
    tmp = pathlib.Path(tmp)
    project = tmp / 'voorbeeld.startfoto'
    subprocess.run([write_example, str(project)], check=True)
    original = project.read_bytes()
    check(SECRET in original and all(s in original for s in SECRETS4),
          'the example holds confidential items of steps 2 and 4 (the test means something)')

    out = tmp / 'kopie.startfoto'
    r = run('--export-copy', str(out), str(project))
    check(r.returncode == 0 and r.stdout == '', '--export-copy exits 0 and prints nothing on stdout')
    check('3 confidential items left out' in r.stderr, 'it says on stderr what it left out')
    check(out.exists() and all(s not in out.read_bytes() for s in [SECRET] + SECRETS4),
          'the confidential statement, consideration and meeting note are not in the copy')
    check(out.exists() and os.stat(out).st_mode & 0o777 == 0o600, 'the copy is private (0600)')
    r = run('--info', str(out))
    check(r.returncode == 0 and 'Voorbeeldproject' in r.stdout, 'the copy is a sound project file')
    check(project.read_bytes() == original, 'the project itself is not changed')

    whole = tmp / 'met.startfoto'
    r = run('--export-copy', str(whole), str(project), '--include-confidential')
    check(r.returncode == 0 and r.stderr == '' and
          all(s in whole.read_bytes() for s in [SECRET] + SECRETS4),
          '--include-confidential keeps the confidential items')

    r = run('--export-copy', str(tmp / 'nl.startfoto'), str(project), e=nl)
    check(r.returncode == 0 and '3 vertrouwelijke onderdelen weggelaten' in r.stderr,
          'the message is in Dutch on a Dutch system')

    bad = tmp / 'brief.startfoto'
    bad.write_text('Beste collega, hierbij het project.\n' * 50)
    r = run('--export-copy', str(tmp / 'y.startfoto'), str(bad))
    check(r.returncode == 1 and 'not a Startfoto project' in r.stderr and
          not (tmp / 'y.startfoto').exists(), 'a file that is not a project: exit 1, nothing written')

    gone = tmp / 'bestaat-niet' / 'kopie.startfoto'
    r = run('--export-copy', str(gone), str(project))
    check(r.returncode == 1 and 'could not be written' in r.stderr, 'a destination that cannot be written: exit 1')
    made = {'voorbeeld.startfoto', 'kopie.startfoto', 'met.startfoto', 'nl.startfoto',
            'brief.startfoto'}
    left = sorted(p.name for p in tmp.iterdir() if p.name not in made)
    check(left == [], 'no temporary files are left behind: ' + ', '.join(left))

    r = run('--export-copy', str(out))
    check(r.returncode == 1 and 'needs one project FILE' in r.stderr, 'no project: exit 1')
    r = run('--include-confidential', str(project))
    check(r.returncode == 1 and '--export-copy' in r.stderr,
          '--include-confidential without --export-copy: exit 1')

checks.done()
