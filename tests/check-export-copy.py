#!/usr/bin/env python3
"""startfoto --export-copy OUT.startfoto FILE [--include-confidential | --for-partner ORG]: the
copy the window makes, without a window: confidential items left out unless asked, down to the
file's bytes; a partner's copy with only that partner's part, saying what it holds; exit 1 and
a clear message for a file, partner or destination that cannot be used, writing nothing."""
import os
import pathlib
import sqlite3
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

    # A partner's copy (the store's test, test-copy-partner.c, looks at what it holds).
    linde = tmp / 'linde.startfoto'
    r = run('--export-copy', str(linde), str(project), '--for-partner',
            'zorggroep de linde (fictief)')
    check(r.returncode == 0 and r.stderr == '' and r.stdout.splitlines() == [
        'The copy for Zorggroep De Linde (fictief) holds:', '  2 flats', '  4 figures to fill in',
        '  its interview with 4 answers', '  0 key points',
        '  nothing confidential, nothing of other partners'],
        '--for-partner (any case) writes the copy and says what it holds: ' + repr(r.stdout))
    data = linde.read_bytes() if linde.exists() else b''
    check(b'Zorggroep De Linde (fictief)' in data and SECRET not in data and
          all(o not in data for o in [b'Welzijn Voorbeeldstad', b'Gemeente (voorbeeld)',
                                      b'Activiteitencommissie De Zilverreiger']),
          "the partner's copy holds the partner, no other partner and nothing confidential")
    check(linde.exists() and os.stat(linde).st_mode & 0o777 == 0o600, "the partner's copy is 0600")
    r = run('--info', str(linde))
    check(r.returncode == 0 and 'Partners: 1' in r.stdout, "the partner's copy is a sound project")
    r = run('--export-copy', str(tmp / 'nl-linde.startfoto'), str(project), '--for-partner',
            'Zorggroep De Linde (fictief)', e=nl)
    check(r.returncode == 0 and 'Zorggroep De Linde (fictief) bevat:' in r.stdout and
          '4 cijfers om in te vullen' in r.stdout,
          'what it holds is said in Dutch on a Dutch system')

    nobody = tmp / 'niemand.startfoto'
    r = run('--export-copy', str(nobody), str(project), '--for-partner', 'Zorggroep')
    check(r.returncode == 1 and 'no partner “Zorggroep”' in r.stderr and
          '  Welzijn Voorbeeldstad\n' in r.stderr and not nobody.exists(),
          'an unknown partner: exit 1, the organisations listed, nothing written')
    r = run('--export-copy', str(nobody), str(project), '--for-partner', 'Welzijn Voorbeeldstad',
            '--include-confidential')
    check(r.returncode == 1 and '--include-confidential cannot go with --for-partner' in r.stderr
          and not nobody.exists(), '--include-confidential with --for-partner is refused')
    # Two partners whose names differ only in case: only an exact name tells them apart.
    twins = tmp / 'tweeling.startfoto'
    twins.write_bytes(original)
    with sqlite3.connect(twins) as db:
        db.execute("UPDATE partner SET organisation = 'welzijn voorbeeldstad'"
                   " WHERE organisation = 'Gemeente (voorbeeld)'")
    db.close()
    r = run('--export-copy', str(nobody), str(twins), '--for-partner', 'WELZIJN VOORBEELDSTAD')
    check(r.returncode == 1 and 'More than one partner is called “WELZIJN VOORBEELDSTAD”'
          in r.stderr and not nobody.exists(), 'an ambiguous partner: exit 1, nothing written')
    r = run('--export-copy', str(nobody), str(twins), '--for-partner', 'welzijn voorbeeldstad')
    check(r.returncode == 0 and 'The copy for welzijn voorbeeldstad holds' in r.stdout,
          'the exact name picks one of the two')
    nobody.unlink(missing_ok=True)
    r = run('--for-partner', 'Welzijn Voorbeeldstad', str(project))
    check(r.returncode == 1 and '--export-copy' in r.stderr,
          '--for-partner without --export-copy: exit 1')

    bad = tmp / 'brief.startfoto'
    bad.write_text('Beste collega, hierbij het project.\n' * 50)
    r = run('--export-copy', str(tmp / 'y.startfoto'), str(bad))
    check(r.returncode == 1 and 'not a Startfoto project' in r.stderr and
          not (tmp / 'y.startfoto').exists(), 'a file that is not a project: exit 1, nothing written')

    gone = tmp / 'bestaat-niet' / 'kopie.startfoto'
    r = run('--export-copy', str(gone), str(project))
    check(r.returncode == 1 and 'could not be written' in r.stderr, 'a destination that cannot be written: exit 1')
    made = {'voorbeeld.startfoto', 'kopie.startfoto', 'met.startfoto', 'nl.startfoto',
            'brief.startfoto', 'linde.startfoto', 'nl-linde.startfoto', 'tweeling.startfoto'}
    left = sorted(p.name for p in tmp.iterdir() if p.name not in made)
    check(left == [], 'no temporary files are left behind: ' + ', '.join(left))

    r = run('--export-copy', str(out))
    check(r.returncode == 1 and 'needs one project FILE' in r.stderr, 'no project: exit 1')
    r = run('--include-confidential', str(project))
    check(r.returncode == 1 and '--export-copy' in r.stderr,
          '--include-confidential without --export-copy: exit 1')

checks.done()
