#!/usr/bin/env bash
# Builds Startfoto in ./build and starts it from there on a fresh copy of the example project.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f build/build.ninja ] || meson setup build
meson compile -C build
exec ./build/src/startfoto --example "$@"
