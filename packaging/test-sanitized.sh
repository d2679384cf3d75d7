#!/usr/bin/env bash
# The whole suite under AddressSanitizer (with LeakSanitizer) and UndefinedBehaviorSanitizer:
# packaging/test.sh on its own build in ./build-sanitize. Any report aborts the process, which
# fails its test. Leaks inside third-party libraries are suppressed by name in lsan.supp.
set -euo pipefail
cd "$(dirname "$0")/.."
export COUNTERSIGN_BUILD_DIR=build-sanitize
export COUNTERSIGN_CMAKE_OPTIONS="-DCOUNTERSIGN_SANITIZE=ON -DCOUNTERSIGN_WERROR=ON ${COUNTERSIGN_CMAKE_OPTIONS:-}"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/packaging/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
exec bash packaging/test.sh
