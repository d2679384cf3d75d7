#!/usr/bin/env bash
# Installs dependencies, then configures and builds into ./build (incremental on re-runs).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
if [ ! -f build/build.ninja ]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build build --parallel "$(nproc)"
