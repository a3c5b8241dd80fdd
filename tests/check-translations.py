#!/usr/bin/env python3
"""Fails when the Dutch translation is incomplete: a string in the code or the method that
po/nl.po lacks, an untranslated or fuzzy entry, or a source file with translatable strings
that po/POTFILES.in does not list."""
import pathlib
import re
import subprocess
import sys
import tempfile

root = pathlib.Path(sys.argv[1])
po = root / 'po' / 'nl.po'
failures = []

stats = subprocess.run(['msgfmt', '--check', '--statistics', '-o', '/dev/null', str(po)],
                       capture_output=True, text=True)
print('nl.po:', stats.stderr.strip())
if stats.returncode != 0 or 'untranslated' in stats.stderr or 'fuzzy' in stats.stderr:
    failures.append('po/nl.po has errors, untranslated or fuzzy entries: ' + stats.stderr.strip())

listed = [l.split('#')[0].strip() for l in (root / 'po' / 'POTFILES.in').read_text().splitlines()]
listed = [l for l in listed if l]
marker = re.compile(r'_\(|N_\(|C_\(|g_dngettext|translatable="yes"|<_?summary>')
for path in sorted(list(root.glob('src/**/*.c')) + list(root.glob('src/**/*.ui')) +
                   list(root.glob('ui/**/*.ui'))):
    rel = str(path.relative_to(root))
    if marker.search(path.read_text()) and rel not in listed:
        failures.append(f'{rel} has translatable strings but is not in po/POTFILES.in')

with tempfile.TemporaryDirectory() as tmp:
    code_pot = pathlib.Path(tmp) / 'code.pot'
    method_pot = pathlib.Path(tmp) / 'method.pot'
    pot = pathlib.Path(tmp) / 'all.pot'
    subprocess.run(['xgettext', '--from-code=UTF-8', '-k_', '-kN_', '-kC_:1c,2', '-kNC_:1c,2',
                    '-kg_dngettext:2,3', '-kngettext:1,2', '-o', str(code_pot),
                    *[str(root / f) for f in listed]], check=True, cwd=root)
    subprocess.run([sys.executable, str(root / 'build-aux' / 'method-strings.py'),
                    str(root / 'src' / 'method' / 'method.json'), '-o', str(method_pot)],
                   check=True)
    subprocess.run(['msgcat', '--use-first', str(code_pot), str(method_pot), '-o', str(pot)],
                   check=True)
    cmp = subprocess.run(['msgcmp', str(po), str(pot)], capture_output=True, text=True)
    if cmp.returncode != 0:
        missing = [l for l in cmp.stderr.splitlines() if 'not defined' in l or 'untranslated' in l]
        failures.append(f'{len(missing)} strings are missing from po/nl.po:\n' +
                        '\n'.join(cmp.stderr.splitlines()[:40]))

for f in failures:
    print('FAIL:', f)
if failures:
    sys.exit(1)
print('Dutch translation complete')
