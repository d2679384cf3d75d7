#!/usr/bin/env bash
# Installs dependencies, then configures and builds into ./build (incremental on re-runs).
# With target names (packaging/demo.sh passes the three programs) it builds only those: the
# test programs and the benchmark are most of the build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
if [ ! -f build/build.ninja ]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
targets=()
for t in "$@"; do targets+=(--target "$t"); done
cmake --build build --parallel "$(nproc)" "${targets[@]}"
