#!/usr/bin/env python3
"""startfoto --export-odp OUT.odp FILE [--names-as-roles | --with-resident-names]: step 5's deck
as an ODF presentation. The package is read as a zip and back with an independent ODF reader
(python3-odf), and compared page by page with the PDF deck the same command line writes."""
import os
import pathlib
import re
import sqlite3
import subprocess
import sys
import tempfile

from odf import dc, draw, presentation, teletype
from odf.opendocument import load

from cli_check import EN, NL as nl, Checks
from odf_package import check_refusals, parts, check_package

startfoto, write_example = sys.argv[1], sys.argv[2]
MEDIA_TYPE = b'application/vnd.oasis.opendocument.presentation'
# The example's confidential items (src/store/sf-example*.c), as check-export-copy.py has them.
SECRETS = ['komt de deur niet meer uit', 'Dit weten de medewerkers nog niet',
           'niet naar buiten brengen']
# The slides of the example's deck with a chart, tiles or a table (sf-deck-content.c): the
# themes, a flat's key figures, the preconditions met, each flat's business case and the
# plan's timeline.
PICTURED = {'en': ['What we heard', 'Key figures: De Zilverreiger (fictief)', 'Preconditions',
                   'Societal Business Case', 'The plan for the coming year'],
            'nl': ['Wat we hoorden', 'Kerncijfers: De Zilverreiger (fictief)', 'Randvoorwaarden',
                   'Maatschappelijke business case', 'Het plan voor het komend jaar']}
checks = Checks(startfoto)
run, check = checks.run, checks.check


def words(s):
    return ' '.join(s.split())


def pdf_pages(pdf):
    """Each page's text, white space made single, as pdftotext reads it."""
    out = subprocess.run(['pdftotext', '-layout', str(pdf), '-'], capture_output=True,
                         text=True).stdout
    return [words(p) for p in out.split('\f')[:-1]]


def pdf_info(pdf):
    out = subprocess.run(['pdfinfo', str(pdf)], capture_output=True, text=True).stdout
    return {k.strip(): v.strip() for k, v in
            (line.split(':', 1) for line in out.splitlines() if ':' in line)}


def slides(odp):
    """Per slide: its title, the text of its other shapes, its pictures' files, its notes."""
    found = []
    for page in load(str(odp)).getElementsByType(draw.Page):
        notes = page.getElementsByType(presentation.Notes)
        shapes = [n for n in page.childNodes if n.qname[1] == 'frame']
        title = [words(teletype.extractText(f)) for f in shapes
                 if f.getAttribute('class') == 'title']
        found.append({
            'title': title[0] if len(title) == 1 else None,
            'text': words(' '.join(teletype.extractText(f) for f in shapes
                                   if f.getAttribute('class') != 'title')),
            'pictures': [[i.getAttribute('href') for i in f.getElementsByType(draw.Image)]
                         for f in shapes if f.getElementsByType(draw.Image)],
            'notes': words(' '.join(teletype.extractText(f)
                                    for n in notes for f in n.getElementsByType(draw.Frame)
                                    if f.getAttribute('class') == 'notes')),
            'has_notes': len(notes) == 1,
        })
    return found


def check_deck(odp, pdf, language, what):
    """The presentation against the PDF deck of the same project and options."""
    check_package(check, odp, MEDIA_TYPE, what)
    got = slides(odp)
    pages = pdf_pages(pdf)
    check(len(got) == len(pages) == 12,
          what + ': a slide per slide the PDF shows (%d of %d)' % (len(got), len(pages)))
    check(all(s['title'] and s['title'] in page for s, page in zip(got, pages)),
          what + ': each slide\'s title is a title text box, as on the PDF\'s page')
    check(all(s['text'] and all(w in page for w in s['text'].split()[:8])
              for s, page in zip(got, pages) if s['text']) and
          sum(1 for s in got if s['text']) >= 9,
          what + ': the slides\' texts are text boxes, as on the PDF\'s pages')
    files = parts(odp)
    pictured = [s['title'] for s in got if s['pictures']]
    check(pictured == PICTURED[language] and
          all(len(p) == 2 and p[0].endswith('.svg') and p[1].endswith('.png') and
              all(f in files for f in p) for s in got for p in s['pictures']),
          what + ': the chart, the tiles and the timeline as pictures (SVG and PNG) on their '
          'slides')
    check(all(s['has_notes'] for s in got), what + ': every slide has its notes page')
    return got


with tempfile.TemporaryDirectory() as tmp:
    tmp = pathlib.Path(tmp)
    project = tmp / 'voorbeeld.startfoto'
    subprocess.run([write_example, str(project)], check=True)
    names = [r[0] for r in sqlite3.connect(project).execute(
        "SELECT name FROM person WHERE name != ''")]
    check(len(names) > 5 and 'Fatma Yılmaz' in names and
          all(s.encode() in project.read_bytes() for s in SECRETS),
          'the example names people and holds confidential items (the test means something)')
    before = project.read_bytes()

    out = tmp / 'dias.odp'
    r = run('--export-odp', str(out), str(project))
    check(r.returncode == 0 and r.stderr == '' and out.exists(), '--export-odp exits 0 quietly')
    check(out.exists() and os.stat(out).st_mode & 0o777 == 0o600,
          'the presentation is private (0600): it can name people')
    pdf = tmp / 'dias.pdf'
    run('--export-deck', str(pdf), str(project))
    got = check_deck(out, pdf, 'en', 'English')
    notes = ' '.join(s['notes'] for s in got)
    check(got[0]['notes'] == 'Welkom heten; de bestuurders stellen zich kort voor.' and
          'Laat de stilte even staan' in notes and 'Fatma Yılmaz licht het eerste besluit toe'
          in notes, 'the speaker notes are the slides\' notes pages, the user\'s text whole')
    check(not any('Laat de stilte' in s['text'] or 'Laat de stilte' in (s['title'] or '')
                  for s in got), 'the notes are not on the slides')
    styles = parts(out)['styles.xml'].decode()
    check('fo:page-width="453.54pt"' in styles and 'fo:page-height="255.12pt"' in styles,
          'a 16:9 page of 160 x 90 mm, the deck\'s slide')
    info = pdf_info(pdf)
    doc = load(str(out))
    title = teletype.extractText(doc.meta.getElementsByType(dc.Title)[0])
    subject = teletype.extractText(doc.meta.getElementsByType(dc.Subject)[0])
    meta_xml = parts(out)['meta.xml'].decode()
    check(title == info.get('Title') and subject == info.get('Subject') and
          'dc:creator' not in meta_xml and 'dc:date' not in meta_xml,
          'metadata: the PDF deck\'s title and subject, no author and no date')
    everything = b''.join(parts(out).values())
    check(str(tmp).encode() not in everything and os.environ.get('HOME', '/root').encode()
          not in everything, 'no path of the user\'s in any part')
    check(not any(s.encode() in everything for s in SECRETS), 'nothing confidential in any part')
    check(project.read_bytes() == before, 'the project is not changed')

    roles = tmp / 'rollen.odp'
    r = run('--export-odp', str(roles), str(project), '--names-as-roles')
    every = b''.join(parts(roles).values()) if r.returncode == 0 else b''
    check(r.returncode == 0 and every != b'' and not [n for n in names if n.encode() in every],
          '--names-as-roles: no person\'s name in any part (XML, pictures, notes)')
    check('licht het eerste besluit toe' in ' '.join(s['notes'] for s in slides(roles)),
          '--names-as-roles: the notes are there, the name replaced')

    # In Dutch: the slides' texts, compared with the Dutch PDF deck.
    dutch = tmp / 'dias-nl.odp'
    r = run('--export-odp', str(dutch), str(project), e=nl)
    check(r.returncode == 0 and r.stderr == '', '--export-odp works on a Dutch system')
    pdf_nl = tmp / 'dias-nl.pdf'
    run('--export-deck', str(pdf_nl), str(project), e=nl)
    got = check_deck(dutch, pdf_nl, 'nl', 'Dutch')
    check([s['title'] for s in got][-2:] == ['Onze vraag aan u', 'Dank u wel'] and
          'Presentatie aan de bestuurders van de partners' in got[0]['text'],
          'Dutch throughout: titles and text')

    r = run('--export-odp', str(tmp / 'h.odp'), str(project), '--handout')
    check(r.returncode == 1 and '--handout' in r.stderr and not (tmp / 'h.odp').exists(),
          '--handout is for the PDF: exit 1, nothing written')
    check_refusals(run, check, '--export-odp', out, project, tmp, nl, 'konden niet naar')

checks.done()
