#!/usr/bin/env bash
# Installs dependencies, then configures and builds (incremental on re-runs).
# COUNTERSIGN_BUILD_DIR (default build) picks the build directory; COUNTERSIGN_CMAKE_OPTIONS adds
# cache options (e.g. "-DCOUNTERSIGN_SANITIZE=ON"), applied on every run so they stay in force.
# With target names (packaging/demo.sh passes the three programs) it builds only those: the
# test programs and the benchmark are most of the build.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${COUNTERSIGN_BUILD_DIR:-build}"
read -r -a extra_options <<<"${COUNTERSIGN_CMAKE_OPTIONS:-}"
bash packaging/install-deps.sh
if [ ! -f "$build_dir/build.ninja" ] || [ ${#extra_options[@]} -gt 0 ]; then
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${extra_options[@]}" >/dev/null
fi
targets=()
for t in "$@"; do targets+=(--target "$t"); done
cmake --build "$build_dir" --parallel "$(nproc)" "${targets[@]}"
