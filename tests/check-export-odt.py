#!/usr/bin/env python3
"""startfoto --export-odt OUT.odt FILE: the report as an ODF text document, with --export-pdf's
options. The package is read as a zip and back with an independent ODF reader (python3-odf),
and compared with what the report holds (report-outline) and with the PDF's metadata."""
import os
import pathlib
import sqlite3
import subprocess
import sys
import tempfile

from odf import dc, draw, meta, table, teletype, text
from odf.opendocument import load

from cli_check import EN, NL as nl, Checks
from odf_package import check_refusals, parts, check_package as package_check

startfoto, write_example, outline_exe = sys.argv[1], sys.argv[2], sys.argv[3]
MEDIA_TYPE = b'application/vnd.oasis.opendocument.text'
# The example's confidential items (src/store/sf-example*.c), as check-export-copy.py has them.
SECRETS = ['komt de deur niet meer uit', 'Dit weten de medewerkers nog niet',
           'niet naar buiten brengen']
checks = Checks(startfoto)
run, check = checks.run, checks.check


def check_package(odt, what):
    package_check(check, odt, MEDIA_TYPE, what)


def outline(project, *options, e=EN):
    out = subprocess.run([outline_exe, str(project), *options], capture_output=True, text=True,
                         env=e, check=True).stdout
    return [line.split('\t') for line in out.splitlines()]


def body_text(doc):
    return teletype.extractText(doc.text)


def check_structure(odt, expected, what):
    doc = load(str(odt))
    headings = [[h.getAttribute('outlinelevel'), teletype.extractText(h)]
                for h in doc.getElementsByType(text.H)]
    want = [[e[1], e[2]] for e in expected if e[0] == 'H']
    check(headings == want and len(want) > 5,
          what + ': every chapter and section is a heading on its outline level (%d)' % len(want))
    tables = doc.getElementsByType(table.Table)
    with_head = [t for t in tables if t.getElementsByType(table.TableHeaderRows)]
    want_tables = [e for e in expected if e[0] == 'T']
    heads = [[teletype.extractText(c) for c in
              t.getElementsByType(table.TableHeaderRows)[0].getElementsByType(table.TableCell)]
             for t in with_head]
    rows = [len(t.getElementsByType(table.TableRow)) - 1 for t in with_head]
    check(heads == [e[2:] for e in want_tables] and rows == [int(e[1]) for e in want_tables]
          and len(want_tables) > 3,
          what + ': every table is a table, its column titles a repeated header row (%d)'
          % len(want_tables))
    check(len(tables) - len(with_head) == len([e for e in expected if e[0] == 'K']),
          what + ': the key figures are tables of their own')
    frames = doc.getElementsByType(draw.Frame)
    charts = [e for e in expected if e[0] == 'C']
    files = parts(odt)
    images = [[i.getAttribute('href') for i in f.getElementsByType(draw.Image)] for f in frames]
    check(len(frames) == len(charts) > 3 and
          all(len(i) == 2 and i[0].endswith('.svg') and i[1].endswith('.png')
              and all(p in files for p in i) for i in images),
          what + ': a picture per chart (%d), SVG with a PNG fallback in the package'
          % len(charts))
    captions = [teletype.extractText(p) for p in doc.getElementsByType(text.P)
                if p.getAttribute('stylename') == 'Figure']
    check(len(captions) == len(charts) and
          all(c[1] == '' or c[1] in cap for c, cap in zip(charts, captions)),
          what + ': each picture has a caption with the chart\'s title')
    toc = doc.getElementsByType(text.TableOfContent)
    check(len(toc) == 1 and toc[0].getElementsByType(text.TableOfContentSource)[0]
          .getAttribute('outlinelevel') == '2', what + ': a contents field over two levels')
    return doc


def pdf_info(pdf):
    out = subprocess.run(['pdfinfo', str(pdf)], capture_output=True, text=True).stdout
    return dict(line.split(':', 1) for line in out.splitlines() if ':' in line)


with tempfile.TemporaryDirectory() as tmp:
    tmp = pathlib.Path(tmp)
    project = tmp / 'voorbeeld.startfoto'
    subprocess.run([write_example, str(project)], check=True)
    names = [r[0] for r in sqlite3.connect(project).execute(
        "SELECT name FROM person WHERE name != ''")]
    check(len(names) > 5 and 'Sanne Visser' in names and
          all(s.encode() in project.read_bytes() for s in SECRETS),
          'the example names people and holds confidential items (the test means something)')

    out = tmp / 'rapport.odt'
    r = run('--export-odt', str(out), str(project))
    check(r.returncode == 0 and r.stderr == '' and out.exists(), '--export-odt exits 0 quietly')
    check(out.exists() and os.stat(out).st_mode & 0o777 == 0o600,
          'the document is private (0600): it holds people\'s data')
    check_package(out, 'English')
    doc = check_structure(out, outline(project), 'English')
    content = parts(out)['content.xml'].decode()
    check('Estimate">≈\u00a0' in content and
          '“≈” marks an estimate or an average.' in body_text(doc),
          'estimates are "≈ value" in the Estimate style, with the note the PDF has')
    check('<b>' not in body_text(doc) and '<i>' not in body_text(doc) and
          'Strong_20_Emphasis' in content,
          'markup became bold and italic spans, its tags are not in the text')

    pdf = tmp / 'rapport.pdf'
    run('--export-pdf', str(pdf), str(project))
    info = pdf_info(pdf)
    m = doc.meta
    title = teletype.extractText(m.getElementsByType(dc.Title)[0])
    keywords = [teletype.extractText(k) for k in m.getElementsByType(meta.Keyword)]
    check(title == info.get('Title', '').strip() and
          ', '.join(keywords) == info.get('Keywords', '').strip() and
          'Startfoto' in keywords, 'title and keywords are the PDF\'s')
    meta_xml = parts(out)['meta.xml'].decode()
    check('<dc:language>nl</dc:language>' in meta_xml and 'dc:creator' not in meta_xml and
          'initial-creator' not in meta_xml and 'dc:date' not in meta_xml,
          'metadata: the language, no author and no date')
    everything = b''.join(parts(out).values())
    check(str(tmp).encode() not in everything and os.environ.get('HOME', '/root').encode()
          not in everything, 'no path of the user\'s in any part')
    check(not any(s.encode() in everything for s in SECRETS),
          'nothing confidential in any part')
    check('Ans Koster' not in body_text(doc) and 'Sanne Visser' in body_text(doc),
          'residents appear by their role by default, professionals by name')

    roles = tmp / 'rollen.odt'
    r = run('--export-odt', str(roles), str(project), '--with-answers', '--names-as-roles')
    every = b''.join(parts(roles).values()) if r.returncode == 0 else b''
    check(r.returncode == 0 and every != b'' and
          not [n for n in names if n.encode() in every],
          '--names-as-roles: no person\'s name in any part (XML, pictures)')
    check_structure(roles, outline(project, '--with-answers', '--names-as-roles'),
                    'with answers, names as roles')

    named = tmp / 'met-namen.odt'
    r = run('--export-odt', str(named), str(project), '--with-resident-names')
    check(r.returncode == 0 and 'Ans Koster' in body_text(load(str(named))),
          '--with-resident-names names the residents')

    # In Dutch: the report's text, the tables' and pictures' names, the captions.
    dutch = tmp / 'rapport-nl.odt'
    r = run('--export-odt', str(dutch), str(project), e=nl)
    check(r.returncode == 0 and r.stderr == '', '--export-odt works on a Dutch system')
    check_package(dutch, 'Dutch')
    doc_nl = check_structure(dutch, outline(project, e=nl), 'Dutch')
    content = parts(dutch)['content.xml'].decode()
    check('In één oogopslag' in body_text(doc_nl) and 'table:name="Tabel 1"' in content and
          'table:name="Kerncijfers 1"' in content and 'draw:name="Figuur 1"' in content and
          'Figuur 1: ' in body_text(doc_nl), 'Dutch throughout: headings, names, captions')

    some = tmp / 'stap3.odt'
    r = run('--export-odt', str(some), str(project), '--chapters=step3')
    level1 = [teletype.extractText(h) for h in load(str(some)).getElementsByType(text.H)
              if h.getAttribute('outlinelevel') == '1'] if r.returncode == 0 else []
    check(level1 == ['Facts and Figures'], '--chapters=step3 writes that chapter alone')

    r = run('--export-odt', str(tmp / 'x.odt'), str(project), '--chapters=step9')
    check(r.returncode == 1 and 'step9' in r.stderr and not (tmp / 'x.odt').exists(),
          'an unknown chapter: exit 1, nothing written')
    check_refusals(run, check, '--export-odt', out, project, tmp, nl, 'kon niet')

checks.done()
