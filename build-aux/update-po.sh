#!/usr/bin/env bash
# Regenerates po/startfoto.pot from the sources (po/POTFILES.in) and the method's JSON, and
# merges it into po/nl.po. Run after adding or changing user-visible strings, then translate
# what msgfmt --statistics reports as untranslated or fuzzy.
set -euo pipefail
cd "$(dirname "$0")/.."

pot=po/startfoto.pot
sed 's/#.*//;/^\s*$/d' po/POTFILES.in >po/.potfiles
xgettext --from-code=UTF-8 --add-comments=Translators --package-name=startfoto \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dngettext:2,3 --keyword=ngettext:1,2 \
  --files-from=po/.potfiles -o po/.code.pot
rm -f po/.potfiles
python3 build-aux/method-strings.py src/method/method.json -o po/.method.pot
msgcat --use-first po/.code.pot po/.method.pot -o "$pot"
rm -f po/.code.pot po/.method.pot
msgmerge --quiet --update --backup=none --no-fuzzy-matching po/nl.po "$pot"
msgattrib --no-obsolete -o po/nl.po po/nl.po
msgfmt --check --statistics -o /dev/null po/nl.po
