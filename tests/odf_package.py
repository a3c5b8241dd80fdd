"""What the checks of the ODF exports (check-export-odt.py, check-export-odp.py) share: an
OpenDocument package read as the zip it is, against ODF's packaging rules."""
import zipfile
import xml.etree.ElementTree as ET

MANIFEST_NS = '{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}'


def parts(path):
    """Every part of the package, decompressed, by name."""
    with zipfile.ZipFile(path) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def check_package(check, path, media_type, what):
    """"mimetype" first and stored, a manifest of every part with its media type, every XML
    part well-formed, the pictures' fallbacks PNG."""
    raw = path.read_bytes()
    with zipfile.ZipFile(path) as z:
        infos = z.infolist()
        first = infos[0]
        check(first.filename == 'mimetype' and first.compress_type == zipfile.ZIP_STORED
              and first.extra == b'' and z.read(first) == media_type
              and raw[30:38] == b'mimetype' and raw[38:38 + len(media_type)] == media_type,
              what + ': "mimetype" comes first, stored, without extra field')
        manifest = ET.fromstring(z.read('META-INF/manifest.xml'))
        listed = {e.get(MANIFEST_NS + 'full-path'): e.get(MANIFEST_NS + 'media-type')
                  for e in manifest.iter(MANIFEST_NS + 'file-entry')}
        names = {i.filename for i in infos} - {'mimetype', 'META-INF/manifest.xml'}
        check(listed.get('/') == media_type.decode() and set(listed) - {'/'} == names,
              what + ': the manifest lists every part and nothing else')
        check(all(listed[n] == ('image/svg+xml' if n.endswith('.svg') else
                                'image/png' if n.endswith('.png') else 'text/xml')
                  for n in names), what + ': each part has its media type')
        for name in names:
            if name.endswith('.xml') or name.endswith('.svg'):
                try:
                    ET.fromstring(z.read(name))
                except ET.ParseError as e:
                    check(False, '%s: %s is well-formed XML (%s)' % (what, name, e))
                    return
        check({'content.xml', 'styles.xml', 'meta.xml'} <= names,
              what + ': every XML part is well-formed; content, styles and meta are there')
        check(all(z.read(n).startswith(b'\x89PNG') for n in names if n.endswith('.png')),
              what + ': the fallback pictures are PNG')


def check_refusals(run, check, option, out, project, tmp, nl, dutch):
    """What @option refuses, as every export does: a file that is no project (the old file
    kept), a destination that cannot be written (said in Dutch: @dutch), no project; and no
    temporary file left behind."""
    bad = tmp / 'brief.startfoto'
    bad.write_text('Beste collega, hierbij het project.\n' * 50)
    before = out.read_bytes()
    r = run(option, str(out), str(bad))
    check(r.returncode == 1 and 'not a Startfoto project' in r.stderr and
          out.read_bytes() == before, 'a file that is not a project: exit 1, the old file kept')
    gone = tmp / 'bestaat-niet' / out.name
    r = run(option, str(gone), str(project), e=nl)
    check(r.returncode == 1 and dutch in r.stderr and not gone.parent.exists(),
          'a destination that cannot be written: exit 1, said in Dutch')
    check([p.name for p in tmp.iterdir() if p.name.startswith('.')] == [],
          'no temporary files are left behind')
    r = run(option, str(out))
    check(r.returncode == 1 and option + ' OUT' + out.suffix + ' needs one project FILE'
          in r.stderr, 'no project: exit 1')
