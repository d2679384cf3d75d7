#!/usr/bin/env bash
# The README's test command: installs what it needs, builds, runs the whole suite through ctest.
# Works as root with no display and no D-Bus session (CI): widget tests run offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh
export QT_QPA_PLATFORM=offscreen
cd build
ctest --output-on-failure --parallel "$(nproc)" --timeout 600
