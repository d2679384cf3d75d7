#!/usr/bin/env bash
# Runs clang-tidy (the repository's .clang-tidy) over core/, ui/ and app/ using a build's
# compile_commands.json; exits non-zero on any warning. Slow (Qt headers): several minutes.
# Usage: packaging/check-tidy.sh [build-dir]   (default: build, configured if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${1:-build}"
command -v clang-tidy >/dev/null || { echo "check-tidy: clang-tidy is not installed" >&2; exit 2; }
if [ ! -f "$build_dir/compile_commands.json" ]; then
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
mapfile -t files < <(cd "$build_dir" && python3 -c 'import json, re, sys
for e in json.load(open("compile_commands.json")):
    if re.match(re.escape(sys.argv[1]) + "/(core|ui|app)/", e["file"]): print(e["file"])' "$PWD")
jobs="${COUNTERSIGN_TIDY_JOBS:-$(nproc)}"
if command -v run-clang-tidy >/dev/null; then
  # run-clang-tidy takes regular expressions on the database's absolute paths.
  status=0
  run-clang-tidy -quiet -p "$build_dir" -j "$jobs" "^$PWD/(core|ui|app)/" || status=$?
else
  status=0
  printf '%s\n' "${files[@]}" | xargs -P "$jobs" -n 1 clang-tidy --quiet -p "$build_dir" || status=1
fi
[ "$status" -eq 0 ] && echo "check-tidy: ${#files[@]} file(s) clean" || echo "check-tidy: warnings found" >&2
exit "$status"
