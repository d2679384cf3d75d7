#!/usr/bin/env bash
# Checks C++ formatting against the repository's .clang-format; changes nothing.
# With no arguments: every tracked *.cpp and *.h. Names each unformatted file and exits 1 if any.
# Fix with: clang-format -i $(git ls-files '*.cpp' '*.h')
set -euo pipefail
args=()
for f in "$@"; do
  [ -f "$f" ] || { echo "check-format: no such file: $f" >&2; exit 2; }
  args+=("$(realpath "$f")")
done
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || { echo "check-format: clang-format is not installed" >&2; exit 2; }
if [ ${#args[@]} -gt 0 ]; then
  files=("${args[@]}")
else
  if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files '*.cpp' '*.h')
  else # an unpacked source tarball
    mapfile -t files < <(find . -path ./build\* -prune -o \( -name '*.cpp' -o -name '*.h' \) -print | sort)
  fi
fi
[ ${#files[@]} -gt 0 ] || { echo "check-format: no files to check" >&2; exit 2; }

unformatted=()
for f in "${files[@]}"; do
  # --style=file finds the .clang-format above the file; outside the tree, use the repository's.
  clang-format --dry-run --Werror --style="file:$PWD/.clang-format" "$f" >/dev/null 2>&1 || unformatted+=("$f")
done
if [ ${#unformatted[@]} -gt 0 ]; then
  printf 'not formatted: %s\n' "${unformatted[@]}"
  echo "check-format: ${#unformatted[@]} of ${#files[@]} file(s) not formatted; run: clang-format -i FILE..."
  exit 1
fi
echo "check-format: ${#files[@]} file(s) formatted"
