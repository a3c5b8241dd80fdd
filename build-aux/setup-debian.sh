#!/usr/bin/env bash
# Installs what building, running and testing Startfoto needs on Debian 12, and the Dutch
# locale the translation tests use. Safe to run again; does nothing when all is there.
# poppler is for the tests only: they read the report's PDF back (pdffonts, pdftoppm to look);
# python3-odf likewise reads the report's ODF text document back.
set -euo pipefail

packages=(
  build-essential meson ninja-build pkg-config gettext
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev
  libsqlite3-dev libjson-glib-dev libcsv-dev
  libgsf-1-dev libxml2-dev libpng-dev  # the report as an ODF text document: zip, XML, PNG
  desktop-file-utils appstream shared-mime-info libxml2-utils python3
  xvfb xauth dbus locales fonts-cantarell adwaita-icon-theme
  sqlite3  # the shell, which tests/bench/bench-inventory measures the CSV import against
  libpoppler-glib-dev poppler-utils python3-odf
  # LibreOffice without its windows: tests/check-libreoffice.py opens both ODF exports in it
  # (about 90 MB, under a minute to install; a conversion takes seconds).
  libreoffice-writer-nogui libreoffice-impress-nogui
)

as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! locale -a 2>/dev/null | grep -qi '^nl_NL\.utf-\?8$'; then
  echo "setup: generating the nl_NL.UTF-8 locale"
  "${as_root[@]}" sed -i 's/^# *nl_NL.UTF-8 UTF-8/nl_NL.UTF-8 UTF-8/' /etc/locale.gen
  grep -q '^nl_NL.UTF-8 UTF-8' /etc/locale.gen || echo 'nl_NL.UTF-8 UTF-8' | "${as_root[@]}" tee -a /etc/locale.gen >/dev/null
  "${as_root[@]}" locale-gen >/dev/null
fi
