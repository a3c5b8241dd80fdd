#!/usr/bin/env python3
"""startfoto --export-pdf OUT.pdf FILE: the report without a window, with the chapter choices;
exit 1 and a clear message for a file or destination that cannot be used, writing nothing."""
import os
import pathlib
import subprocess
import sys
import tempfile

from cli_check import NL as nl, Checks

startfoto, write_example = sys.argv[1], sys.argv[2]
checks = Checks(startfoto)
run, check = checks.run, checks.check


with tempfile.TemporaryDirectory() as tmp:
    tmp = pathlib.Path(tmp)
    project = tmp / 'voorbeeld.startfoto'
    subprocess.run([write_example, str(project)], check=True)

    out = tmp / 'rapport.pdf'
    r = run('--export-pdf', str(out), str(project))
    check(r.returncode == 0 and r.stderr == '', '--export-pdf exits 0 quietly')
    check(out.exists() and out.read_bytes().startswith(b'%PDF-'), 'it writes a PDF')
    full = out.stat().st_size if out.exists() else 0
    check(os.stat(out).st_mode & 0o777 == 0o600 if out.exists() else False,
          'the PDF is private (0600): it holds people\'s data')

    # A Dutch system writes decimal commas; the PDF's links and outline must not break.
    out_nl = tmp / 'rapport-nl.pdf'
    r = run('--export-pdf', str(out_nl), str(project), '--with-answers', '--names-as-roles', e=nl)
    check(r.returncode == 0 and out_nl.exists() and out_nl.read_bytes().startswith(b'%PDF-'),
          '--export-pdf works on a Dutch system, with answers and names as roles')

    # The example's resident is named by role unless asked; professionals keep their names.
    def text_of(pdf):
        return subprocess.run(['pdftotext', str(pdf), '-'], capture_output=True,
                              text=True).stdout
    check('Ans Koster' not in text_of(out) and 'Sanne Visser' in text_of(out),
          'residents appear by their role by default, professionals by name')
    named = tmp / 'met-namen.pdf'
    r = run('--export-pdf', str(named), str(project), '--with-resident-names')
    check(r.returncode == 0 and 'Ans Koster' in text_of(named),
          '--with-resident-names names the residents')

    some = tmp / 'stap1.pdf'
    r = run('--export-pdf', str(some), str(project), '--chapters=step1,appendix')
    check(r.returncode == 0 and some.exists() and 0 < some.stat().st_size < full,
          '--chapters leaves the other chapters out')

    step4 = tmp / 'stap4.pdf'
    r = run('--export-pdf', str(step4), str(project), '--chapters=step4')
    check(r.returncode == 0 and 'Discussing the Outcomes' in text_of(step4)
          and 'Facts and Figures' not in text_of(step4),
          '--chapters=step4 writes the chapter on step 4 alone')

    step5 = tmp / 'stap5.pdf'
    r = run('--export-pdf', str(step5), str(project), '--chapters=step5')
    check(r.returncode == 0 and 'Presenting to the Boards' in text_of(step5)
          and 'Support of the boards' in text_of(step5)
          and 'Discussing the Outcomes' not in text_of(step5),
          '--chapters=step5 writes the chapter on step 5 alone')

    mbc = tmp / 'mbc.pdf'
    r = run('--export-pdf', str(mbc), str(project), '--chapters=mbc')
    check(r.returncode == 0 and 'Societal Business Case' in text_of(mbc)
          and 'Valuing is not yet funding' in text_of(mbc)
          and 'Presenting to the Boards' not in text_of(mbc),
          '--chapters=mbc writes the business case alone, its disclaimer with it')
    mbc_nl = tmp / 'mbc-nl.pdf'
    r = run('--export-pdf', str(mbc_nl), str(project), '--chapters=mbc', e=nl)
    check(r.returncode == 0 and 'Maatschappelijke business case' in text_of(mbc_nl)
          and 'Waardering is nog geen bekostiging' in text_of(mbc_nl),
          '--chapters=mbc in Dutch')

    r = run('--export-pdf', str(tmp / 'x.pdf'), str(project), '--chapters=,')
    check(r.returncode == 1 and not (tmp / 'x.pdf').exists(),
          'no chapter at all: exit 1, nothing written')

    r = run('--export-pdf', str(tmp / 'x.pdf'), str(project), '--chapters=step9')
    check(r.returncode == 1 and 'step9' in r.stderr and not (tmp / 'x.pdf').exists(),
          'an unknown chapter: exit 1, nothing written')

    bad = tmp / 'brief.startfoto'
    bad.write_text('Beste collega, hierbij het project.\n' * 50)
    r = run('--export-pdf', str(tmp / 'y.pdf'), str(bad))
    check(r.returncode == 1 and 'not a Startfoto project' in r.stderr and r.stdout == '' and
          not (tmp / 'y.pdf').exists(), 'a file that is not a project: exit 1, nothing written')

    r = run('--export-pdf', str(tmp / 'y.pdf'), str(bad), e=nl)
    check(r.returncode == 1 and 'geen Startfoto-project' in r.stderr,
          'the message is in Dutch on a Dutch system')

    r = run('--export-pdf', str(tmp / 'y.pdf'), str(tmp / 'weg.startfoto'))
    check(r.returncode == 1 and r.stderr != '' and not (tmp / 'y.pdf').exists(),
          'a missing project: exit 1, nothing written')

    gone = tmp / 'bestaat-niet' / 'rapport.pdf'
    r = run('--export-pdf', str(gone), str(project))
    check(r.returncode == 1 and 'could not be written' in r.stderr and
          not gone.parent.exists(), 'a destination that cannot be written: exit 1')
    r = run('--export-pdf', str(tmp), str(project))
    check(r.returncode == 1 and 'could not be written' in r.stderr,
          'a folder as destination: exit 1')
    left = [p.name for p in tmp.iterdir() if p.name.startswith('.')]
    check(left == [], 'no temporary files are left behind')

    before = out.read_bytes()
    r = run('--export-pdf', str(out), str(bad))
    check(r.returncode == 1 and out.read_bytes() == before,
          'a failed export leaves an existing PDF as it was')

    r = run('--export-pdf', str(out))
    check(r.returncode == 1 and 'needs one project FILE' in r.stderr, 'no project: exit 1')
    r = run('--with-answers', str(project))
    check(r.returncode == 1 and '--export-pdf' in r.stderr,
          '--with-answers without --export-pdf: exit 1')

checks.done()
