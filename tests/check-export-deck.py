#!/usr/bin/env python3
"""startfoto --export-deck OUT.pdf FILE [--handout] [--names-as-roles]: step 5's slides without a
window, 16:9 pages or an A4 handout with the notes; exit 1 and a clear message for a file or
destination that cannot be used, writing nothing."""
import os
import pathlib
import re
import subprocess
import sys
import tempfile

from cli_check import NL as nl, Checks

startfoto, write_example = sys.argv[1], sys.argv[2]
checks = Checks(startfoto)
run, check = checks.run, checks.check


def text_of(pdf):
    """The PDF's text, every run of white space one space, so a wrapped line reads whole."""
    return ' '.join(subprocess.run(['pdftotext', str(pdf), '-'], capture_output=True,
                                   text=True).stdout.split())


def pages_of(pdf):
    """The page count and the first page's size in points, as pdfinfo reads them."""
    info = subprocess.run(['pdfinfo', str(pdf)], capture_output=True, text=True).stdout
    pages = re.search(r'^Pages:\s+(\d+)', info, re.M)
    size = re.search(r'^Page size:\s+([\d.]+) x ([\d.]+) pts', info, re.M)
    if not pages or not size:
        return 0, 0.0, 0.0
    return int(pages.group(1)), float(size.group(1)), float(size.group(2))


with tempfile.TemporaryDirectory() as tmp:
    tmp = pathlib.Path(tmp)
    project = tmp / 'voorbeeld.startfoto'
    subprocess.run([write_example, str(project)], check=True)
    before = project.read_bytes()

    out = tmp / 'dias.pdf'
    r = run('--export-deck', str(out), str(project))
    check(r.returncode == 0 and r.stderr == '', '--export-deck exits 0 quietly')
    check(out.exists() and out.read_bytes().startswith(b'%PDF-'), 'it writes a PDF')
    check(os.stat(out).st_mode & 0o777 == 0o600 if out.exists() else False,
          'the PDF is private (0600): it can name people')
    n, width, height = pages_of(out)
    # The example's deck: thirteen slides, one hidden (sf-example-slides.c).
    check(n == 12 and abs(width / height - 16 / 9) < 0.001 if height else False,
          'a 16:9 page per slide shown, the hidden one left out')
    text = text_of(out)
    check('Voorbeeldproject De Zilverreiger' in text and 'Een bewoner aan het woord' in text
          and 'per organisatie één vast aanspreekpunt' in text,
          'the generated slides, the own slide and the user\'s text of the ask')
    check('Laat de stilte even staan' not in text, 'speaker notes are not on the slides')
    check(project.read_bytes() == before, 'the project is not changed')

    handout = tmp / 'hand-out.pdf'
    r = run('--export-deck', str(handout), str(project), '--handout', '--names-as-roles', e=nl)
    n, width, height = pages_of(handout)
    check(r.returncode == 0 and n == 6 and abs(width - 595.28) < 0.1,
          '--handout: two slides a page on A4, on a Dutch system, with names as roles')
    text = text_of(handout)
    check('Laat de stilte even staan' in text and 'Onze vraag aan u' in text,
          'the handout has the notes, and the slides in Dutch')
    check('Fatma Yılmaz' not in text and 'licht het eerste besluit toe' in text,
          '--names-as-roles: the corporation\'s manager in the notes by her role')
    r = run('--export-deck', str(handout), str(project), '--handout')
    check(r.returncode == 0 and 'Fatma Yılmaz licht het eerste besluit toe' in text_of(handout),
          'without it, professionals by name')

    bad = tmp / 'brief.startfoto'
    bad.write_text('Beste collega, hierbij het project.\n' * 50)
    r = run('--export-deck', str(tmp / 'y.pdf'), str(bad))
    check(r.returncode == 1 and 'not a Startfoto project' in r.stderr and r.stdout == '' and
          not (tmp / 'y.pdf').exists(), 'a file that is not a project: exit 1, nothing written')
    gone = tmp / 'bestaat-niet' / 'dias.pdf'
    r = run('--export-deck', str(gone), str(project))
    check(r.returncode == 1 and 'could not be written' in r.stderr and
          not gone.parent.exists(), 'a destination that cannot be written: exit 1')
    r = run('--export-deck', str(gone), str(project), e=nl)
    check(r.returncode == 1 and 'konden niet naar' in r.stderr, 'the message is in Dutch')
    left = [p.name for p in tmp.iterdir() if p.name.startswith('.')]
    check(left == [], 'no temporary files are left behind')

    r = run('--export-deck', str(out))
    check(r.returncode == 1 and 'needs one project FILE' in r.stderr, 'no project: exit 1')
    r = run('--handout', str(project))
    check(r.returncode == 1 and '--export-deck' in r.stderr,
          '--handout without --export-deck: exit 1')

checks.done()
