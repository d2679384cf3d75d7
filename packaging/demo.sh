#!/usr/bin/env bash
# The README's run command: builds Countersign and starts the desktop client on the demo
# workspace (created on first use). Without a display it shows the same demo on the command line.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh

cli="$PWD/build/app/cli/countersign-cli"
desktop="$PWD/build/app/desktop/countersign"
export COUNTERSIGN_DB="${XDG_DATA_HOME:-$HOME/.local/share}/countersign/demo.db"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${1:-}" != "--cli" ]; then
  echo "Starting Countersign on the demo workspace as bob (an approver)."
  echo "Use File > Switch user to act as alice (requester), frank, grace, dave (admin) or erin (auditor)."
  exec "$desktop" --demo
fi

[ -f "$COUNTERSIGN_DB" ] || "$cli" --as dave init --demo
say() { printf '\n\033[1m$ %s\033[0m\n' "$*"; }
echo "No display found: here is the demo on the command line (on a desktop this command opens the window)."
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
