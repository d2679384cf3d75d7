#!/usr/bin/env bash
# The README's run command: builds Countersign, prepares the demo workspace with a local agent,
# and starts the desktop client on it (without a display: the same demo on the command line).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh countersign countersign-cli countersign-agent

cli="$PWD/build/app/cli/countersign-cli"
agent="$PWD/build/app/agent/countersign-agent"
desktop="$PWD/build/app/desktop/countersign"
data="${XDG_DATA_HOME:-$HOME/.local/share}/countersign"
export COUNTERSIGN_DB="$data/demo.db"
mkdir -p "$data"
[ -f "$COUNTERSIGN_DB" ] || "$cli" --as dave init --demo >/dev/null

# The demo's local agent (http://127.0.0.1:8765), prepared by the agent itself (--demo, as the
# desktop client's demo does): a token made for this run, only its hash in the configuration. The
# token reaches the clients started here through their environment.
if [ -f "$data/demo-agent.pid" ]; then kill "$(cat "$data/demo-agent.pid")" 2>/dev/null || true; fi
rm -f "$data/demo-agent.token"
"$agent" --demo "$data" >"$data/demo-agent.log" 2>&1 &
echo $! >"$data/demo-agent.pid"
trap 'kill "$(cat "$data/demo-agent.pid")" 2>/dev/null || true; rm -f "$data/demo-agent.pid"' EXIT
for _ in $(seq 100); do [ -s "$data/demo-agent.token" ] && break; sleep 0.1; done
if [ ! -s "$data/demo-agent.token" ]; then
  echo "The demo agent did not start; see $data/demo-agent.log." >&2
  exit 1
fi
export COUNTERSIGN_AGENT_TOKEN="$(cat "$data/demo-agent.token")"
echo "Demo agent started on http://127.0.0.1:8765 (log: $data/demo-agent.log)."

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${1:-}" != "--cli" ]; then
  echo "Starting Countersign on the demo workspace as bob (an approver)."
  echo "Use File > Switch user to act as alice (requester), frank, grace, dave (admin) or erin (auditor)."
  "$desktop" --demo
  exit 0
fi

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
manager), grace (security), dave (admin), erin (auditor; her manager is carol). Request 3 is
grace's on behalf of erin: carol approves it as erin's manager. Try for example:

  countersign-cli --as bob approve 1 --comment "HR ticket checked"
  countersign-cli --as bob execute 1            # the demo agent runs it; its output is shown
  countersign-cli --as frank approve 2          # technical review of a production restart
  countersign-cli --as grace approve 2          # security sign-off: approved, the agent runs it
  countersign-cli --as alice show 2
  countersign-cli --as carol show 3             # "by grace for erin"; phase: erin's manager
  countersign-cli --as carol approve 3
  countersign-cli --as erin audit verify

TXT
if [ -t 0 ] && [ -t 1 ]; then
  echo "Starting a shell with countersign-cli on PATH and the demo selected; 'exit' leaves and stops the agent."
  PATH="$(dirname "$cli"):$PATH" "${SHELL:-/bin/bash}" -i || true
fi
