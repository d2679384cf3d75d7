#!/usr/bin/env bash
# The whole suite under AddressSanitizer (with LeakSanitizer) and UndefinedBehaviorSanitizer:
# packaging/test.sh on its own build in ./build-sanitize, configured with COUNTERSIGN_SANITIZE and
# COUNTERSIGN_WERROR. Any report aborts the process, which fails its test; reports are also written
# to files, so one from a child process (the CLI or agent a test starts) fails the run too.
# Leaks inside third-party libraries are suppressed by name in packaging/lsan.supp.
set -euo pipefail
cd "$(dirname "$0")/.."
export COUNTERSIGN_BUILD_DIR=build-sanitize
export COUNTERSIGN_CMAKE_OPTIONS="-DCOUNTERSIGN_SANITIZE=ON -DCOUNTERSIGN_WERROR=ON ${COUNTERSIGN_CMAKE_OPTIONS:-}"
reports="$PWD/build-sanitize/sanitizer-reports"
rm -rf "$reports" && mkdir -p "$reports"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:log_path=$reports/asan"
export LSAN_OPTIONS="suppressions=$PWD/packaging/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$reports/ubsan"

status=0
bash packaging/test.sh || status=$?
if compgen -G "$reports/*" >/dev/null; then
  for f in "$reports"/*; do echo "== $f"; cat "$f"; done
  echo "test-sanitized: sanitizer report(s) above" >&2
  status=1
fi
exit "$status"
