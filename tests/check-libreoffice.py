#!/usr/bin/env python3
"""Both ODF exports of the example, made on a Dutch system, opened by LibreOffice: converted to
PDF headlessly (a profile of its own in a temporary folder) and read back with pdftotext. The
text document keeps every heading and table header, the presentation a 16:9 page per slide
with its title; Dutch throughout. Skipped (77) only when LibreOffice is not installed."""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

from odf import draw, teletype
from odf.opendocument import load

from cli_check import NL as nl, Checks

startfoto, write_example, outline_exe = sys.argv[1], sys.argv[2], sys.argv[3]
soffice = shutil.which('soffice') or shutil.which('libreoffice')
if soffice is None:
    print('SKIP    LibreOffice (soffice) is not installed')
    sys.exit(77)
checks = Checks(startfoto)
run, check = checks.run, checks.check


def words(s):
    """White space made single, and a word LibreOffice hyphenated at a line's end whole."""
    return ' '.join(re.sub(r'(\w)[-\u00ad]\s*\n\s*(\w)', r'\1\2', s).split())


def pdf_pages(pdf):
    out = subprocess.run(['pdftotext', '-layout', str(pdf), '-'], capture_output=True,
                         text=True).stdout
    return [words(p) for p in out.split('\f')[:-1]]


def page_size(pdf):
    info = subprocess.run(['pdfinfo', str(pdf)], capture_output=True, text=True).stdout
    size = re.search(r'^Page size:\s+([\d.]+) x ([\d.]+) pts', info, re.M)
    return (float(size.group(1)), float(size.group(2))) if size else (0.0, 0.0)


def convert(tmp, *documents):
    """The documents as LibreOffice prints them to PDF, by name."""
    profile = (tmp / 'lo-profile').as_uri()
    out = tmp / 'converted'
    subprocess.run([soffice, '-env:UserInstallation=' + profile, '--headless', '--norestore',
                    '--convert-to', 'pdf', '--outdir', str(out), *map(str, documents)],
                   capture_output=True, env=nl, timeout=600)
    return {d.name: out / (d.stem + '.pdf') for d in documents}


with tempfile.TemporaryDirectory() as tmp:
    tmp = pathlib.Path(tmp)
    project = tmp / 'voorbeeld.startfoto'
    subprocess.run([write_example, str(project)], check=True)
    odt, odp, deck = tmp / 'rapport.odt', tmp / 'dias.odp', tmp / 'dias.pdf'
    for args in (['--export-odt', str(odt)], ['--export-odp', str(odp)],
                 ['--export-deck', str(deck)]):
        r = run(*args, str(project), e=nl)
        check(r.returncode == 0, ' '.join(args[:1]) + ' on a Dutch system')
    pdfs = convert(tmp, odt, odp)

    # The text document.
    pages = pdf_pages(pdfs['rapport.odt']) if pdfs['rapport.odt'].exists() else []
    text = ' '.join(pages)
    width, height = page_size(pdfs['rapport.odt'])
    check(len(pages) > 10 and abs(width - 595.3) < 1 and abs(height - 841.9) < 1,
          'LibreOffice opens the text document: %d A4 pages' % len(pages))
    outline = [line.split('\t') for line in subprocess.run(
        [outline_exe, str(project)], capture_output=True, text=True, env=nl,
        check=True).stdout.splitlines()]
    headings = [e[2] for e in outline if e[0] == 'H']
    missing = [h for h in headings if words(h) not in text]
    check(len(headings) > 5 and not missing,
          'every heading is on its pages (%d), none lost%s'
          % (len(headings), ': ' + ', '.join(missing) if missing else ''))
    # A header cell may wrap in its column, and the PDF's text then reads the cells' lines
    # interleaved: each cell is looked for on its own, its words in order with at most a
    # line of the row's other cells between them.
    heads = [e[2:] for e in outline if e[0] == 'T']
    missing = [' | '.join(h) for h in heads
               if not all(re.search(r'[\s\S]{1,160}?'.join(map(re.escape, cell.split())), text)
                          for cell in h if cell.strip())]
    check(len(heads) > 3 and not missing,
          'every table\'s header cells are on its pages (%d tables)%s'
          % (len(heads), ': ' + ', '.join(missing) if missing else ''))
    contents = [p for p in pages[:4] if 'Inhoud' in p]
    check(contents != [] and 'Cijfers en feiten' in contents[0],
          'the contents lists the chapters')
    check(all(w in text for w in ('In één oogopslag', 'Woonstichting Voorbeeld',
                                  '“≈” staat voor een schatting of een gemiddelde.',
                                  'Figuur 1')) and 'Figure ' not in text,
          'Dutch throughout: text, the estimate\'s note, the captions')

    # The presentation.
    pages = pdf_pages(pdfs['dias.odp']) if pdfs['dias.odp'].exists() else []
    deck_pages = pdf_pages(deck)
    width, height = page_size(pdfs['dias.odp'])
    check(len(pages) == len(deck_pages) > 5 and abs(width / height - 16 / 9) < 0.01,
          'LibreOffice opens the presentation: a 16:9 page per slide (%d of %d)'
          % (len(pages), len(deck_pages)))
    titles = []
    for page in load(str(odp)).getElementsByType(draw.Page):
        titles += [words(teletype.extractText(f)) for f in page.childNodes
                   if f.qname[1] == 'frame' and f.getAttribute('class') == 'title']
    check(len(titles) == len(pages) and all(t in p for t, p in zip(titles, pages)),
          'each slide\'s title is on its page')
    check(all(w in ' '.join(pages) for w in ('Waarom een Welthuisflat?', 'Onze vraag aan u',
                                            'Dank u wel')) and
          'Laat de stilte even staan' not in ' '.join(pages),
          'Dutch throughout; the speaker notes are not on the slides')

checks.done()
