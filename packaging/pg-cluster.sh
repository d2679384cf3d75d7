#!/usr/bin/env bash
# A private, throwaway PostgreSQL 15 cluster for tests (no systemd needed):
#   eval "$(packaging/pg-cluster.sh start)"   # exports COUNTERSIGN_TEST_PG_* for the tests
#   packaging/pg-cluster.sh stop DIR
#   packaging/pg-cluster.sh pause|resume DIR          # stop / start the server (restart tests)
# initdb refuses to run as root, so the cluster belongs to the postgres user; clients use TCP on
# 127.0.0.1 with a password (scram-sha-256), as peer authentication fails for other roles.
set -euo pipefail
bin=/usr/lib/postgresql/15/bin
as_postgres() { if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi; }

close_inherited_files() {
  local fd
  for fd in /proc/$BASHPID/fd/*; do
    fd="${fd##*/}"
    if [ "$fd" -gt 2 ] 2>/dev/null; then eval "exec $fd>&-" 2>/dev/null || true; fi
  done
}

# Starts or stops the server of cluster DIR (the port is kept in DIR/port).
server() {
  local action="$1" dir="$2"
  if [ "$action" = start ]; then
    # The server outlives this script: it must not inherit our open files (a caller's lock file,
    # a pipe a test reads to its end), or it holds them until it stops.
    (cd "$dir" && close_inherited_files && as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
      -o "-p $(cat "$dir/port") -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start)
  else
    (cd "$dir" && as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w stop)
  fi
}

case "${1:-}" in
pause | resume)
  # For restart tests: stop the server, or start it again, with the same settings.
  server "$([ "$1" = pause ] && echo stop || echo start)" "${2:?usage: pg-cluster.sh pause|resume DIR}" >/dev/null
  ;;
start)
  dir="$(mktemp -d /tmp/countersign-pg.XXXXXX)"
  chmod 755 "$dir"
  password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
  printf '%s\n' "$password" >"$dir/pwfile"
  chown -R postgres:postgres "$dir"
  chmod 777 "$dir"
  as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth=scram-sha-256 --pwfile="$dir/pwfile" -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
  rm -f "$dir/pwfile"
  # COUNTERSIGN_PG_FIRST_PORT: another range, where a cluster restarted under a test must not
  # lose its port to a cluster started meanwhile (the storm test).
  first="${COUNTERSIGN_PG_FIRST_PORT:-55432}"
  for port in $(seq "$first" $((first + 100))); do
    echo "$port" >"$dir/port"
    if server start "$dir" >/dev/null 2>&1; then
      echo "export COUNTERSIGN_TEST_PG_DIR='$dir'"
      echo "export COUNTERSIGN_TEST_PG_URL='postgresql://postgres@127.0.0.1:$port/postgres'"
      echo "export COUNTERSIGN_TEST_PG_PASSWORD='$password'"
      exit 0
    fi
  done
  echo "echo 'pg-cluster: no free port between $first and $((first + 100))' >&2; false"
  exit 1
  ;;
stop)
  dir="${2:?usage: pg-cluster.sh stop DIR}"
  (cd "$dir" && as_postgres "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1) || true
  rm -rf "$dir"
  ;;
*)
  echo "usage: pg-cluster.sh start | stop DIR" >&2
  exit 2
  ;;
esac
