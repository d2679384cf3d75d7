#!/usr/bin/env bash
# A throwaway SMTP server for tests (Debian's python3-aiosmtpd), writing each message it
# accepts to a Maildir:
#   eval "$(packaging/smtp-sink.sh start)"   # exports COUNTERSIGN_TEST_SMTP=127.0.0.1:PORT,
#                                             # COUNTERSIGN_TEST_MAILDIR and COUNTERSIGN_TEST_SMTP_DIR
#   packaging/smtp-sink.sh stop DIR
set -euo pipefail

case "${1:-}" in
start)
  dir="$(mktemp -d /tmp/countersign-smtp.XXXXXX)"
  # A free loopback port: bound by the kernel, released, then taken by the sink.
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  # Debian's python3 (the one with python3-aiosmtpd, whatever python3 is first on PATH). -n: no
  # setuid to "nobody" (required as root); its own session, so stop ends only it.
  setsid /usr/bin/python3 -u -m aiosmtpd -n -l "127.0.0.1:$port" -c aiosmtpd.handlers.Mailbox "$dir/maildir" \
    </dev/null >"$dir/sink.log" 2>&1 &
  echo $! >"$dir/pid"
  for _ in $(seq 1 100); do
    if python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null; then
      echo "export COUNTERSIGN_TEST_SMTP=127.0.0.1:$port COUNTERSIGN_TEST_MAILDIR=$dir/maildir COUNTERSIGN_TEST_SMTP_DIR=$dir"
      exit 0
    fi
    sleep 0.1
  done
  echo "smtp-sink.sh: aiosmtpd did not start (see $dir/sink.log; packaging/install-deps.sh installs python3-aiosmtpd)" >&2
  exit 1
  ;;
stop)
  dir="${2:?usage: smtp-sink.sh stop DIR}"
  [ -f "$dir/pid" ] && kill "$(cat "$dir/pid")" 2>/dev/null || true
  rm -rf "$dir"
  ;;
*)
  echo "usage: smtp-sink.sh start | stop DIR" >&2
  exit 2
  ;;
esac
