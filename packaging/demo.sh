#!/usr/bin/env bash
# The README's run command: builds Countersign and starts it on a fresh demo workspace.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh

cli="$PWD/build/app/cli/countersign-cli"
demo_dir="${XDG_DATA_HOME:-$HOME/.local/share}/countersign"
export COUNTERSIGN_DB="${COUNTERSIGN_DB:-$demo_dir/demo.db}"
if [ ! -f "$COUNTERSIGN_DB" ]; then
  "$cli" --as dave init --demo
fi

say() { printf '\n\033[1m$ %s\033[0m\n' "$*"; }
say "countersign-cli --as alice action list"
"$cli" --as alice action list
say "countersign-cli --as bob list incoming"
"$cli" --as bob list incoming
say "countersign-cli --as bob show 1"
"$cli" --as bob show 1

cat <<TXT

The demo workspace is $COUNTERSIGN_DB
People: alice (helpdesk, requester), bob and carol (approvers), frank (tech lead, alice's
manager), grace (security), dave (admin), erin (auditor). Try for example:

  countersign-cli --as bob approve 1 --comment "HR ticket checked"
  countersign-cli --as frank approve 2          # technical review of a production restart
  countersign-cli --as grace approve 2          # security sign-off: request #2 is approved
  countersign-cli --as alice request create-directory-user --param givenName=Ana \\
      --param surname=Silva --param email=ana.silva@example.com --target dc01 --comment "New hire"
  countersign-cli --as erin audit verify

TXT
if [ -t 0 ] && [ -t 1 ]; then
  echo "Starting a shell with countersign-cli on PATH and the demo workspace selected (type 'exit' to leave)."
  PATH="$(dirname "$cli"):$PATH" exec "${SHELL:-/bin/bash}" -i
fi
