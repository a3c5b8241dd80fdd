#!/usr/bin/env bash
# Builds Startfoto twice, plainly and with AddressSanitizer + UndefinedBehaviorSanitizer, warnings
# as errors (not the build's default: a packager's newer compiler may warn anew), and
# runs the whole test suite in both. Fails on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0 failed=0
run_suite () {
  local dir=$1; shift
  rm -rf "$dir"
  meson setup "$dir" -Dwerror=true "$@" >"$dir.setup.log" 2>&1 || { cat "$dir.setup.log"; return 1; }
  meson compile -C "$dir" || return 1
  meson test -C "$dir" --print-errorlogs --num-processes 2
  local rc=$?
  local counts
  counts=$(python3 - "$dir/meson-logs/testlog.json" <<'PY'
import json, sys
ok = bad = 0
for line in open(sys.argv[1]):
    r = json.loads(line)['result']
    if r in ('OK', 'EXPECTEDFAIL'): ok += 1
    elif r != 'SKIP': bad += 1
print(ok, bad)
PY
)
  passed=$((passed + ${counts% *})); failed=$((failed + ${counts#* }))
  return $rc
}

status=0
run_suite build-test || status=1
# Leak reports from GTK's and fontconfig's caches say nothing about our code.
ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  run_suite build-sanitize -Db_sanitize=address,undefined -Db_lundef=false || status=1

echo "Tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ] || status=1
exit $status
