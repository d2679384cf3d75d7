#!/usr/bin/env bash
# A private, throwaway OpenLDAP server (Debian's slapd) for tests, like pg-cluster.sh for PostgreSQL:
#   eval "$(packaging/ldap-server.sh start)"   # exports COUNTERSIGN_TEST_LDAP_* for the tests
#   packaging/ldap-server.sh stop DIR
# It listens on a free loopback port, keeps everything in a temporary directory and is seeded from
# tests/data/directory.ldif (an Active Directory-like tree and an OpenLDAP tree) with ldapadd. Paged
# results (RFC 2696) are on by default; there are no ACLs beyond the root DN's password.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
suffix="dc=example,dc=org"
admin_dn="cn=admin,$suffix"

close_inherited_files() {
  local fd
  for fd in /proc/$BASHPID/fd/*; do
    fd="${fd##*/}"
    if [ "$fd" -gt 2 ] 2>/dev/null; then eval "exec $fd>&-" 2>/dev/null || true; fi
  done
}

case "${1:-}" in
start)
  dir="$(mktemp -d /tmp/countersign-ldap.XXXXXX)"
  mkdir -p "$dir/db"
  password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
  # tests/data/ad-lite.schema gives the AD-like tree Active Directory's names (sAMAccountName, user, group).
  cat >"$dir/slapd.conf" <<CONF
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
include /etc/ldap/schema/nis.schema
include $root/tests/data/ad-lite.schema
pidfile $dir/slapd.pid
modulepath /usr/lib/ldap
moduleload back_mdb
sizelimit unlimited
database mdb
maxsize 1073741824
suffix "$suffix"
rootdn "$admin_dn"
rootpw $(slappasswd -s "$password")
directory $dir/db
CONF
  first="${COUNTERSIGN_LDAP_FIRST_PORT:-53890}"
  for port in $(seq "$first" $((first + 100))); do
    (cd "$dir" && close_inherited_files && exec slapd -h "ldap://127.0.0.1:$port/" -f "$dir/slapd.conf" -d 0 \
      >"$dir/slapd.log" 2>&1) &
    pid=$!
    # Ready in ~0.1 s on an idle machine; a loaded one (parallel builds) may take seconds.
    for _ in $(seq 300); do
      # Binding with this server's own password: another server that holds the port cannot pass.
      if ldapwhoami -x -H "ldap://127.0.0.1:$port/" -D "$admin_dn" -y <(printf '%s' "$password") >/dev/null 2>&1; then
        break
      fi
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
      echo "$pid" >"$dir/pid"
      ldapadd -x -c -H "ldap://127.0.0.1:$port/" -D "$admin_dn" -y <(printf '%s' "$password") \
        -f "$root/tests/data/directory.ldif" >"$dir/seed.log" 2>&1 || {
        echo "ldap-server: seeding failed: $(tail -n 3 "$dir/seed.log")" >&2
        echo "echo 'ldap-server: seeding failed' >&2; false"
        kill "$pid" 2>/dev/null || true
        rm -rf "$dir"
        exit 1
      }
      echo "export COUNTERSIGN_TEST_LDAP_DIR='$dir'"
      echo "export COUNTERSIGN_TEST_LDAP_URL='ldap://127.0.0.1:$port'"
      echo "export COUNTERSIGN_TEST_LDAP_BIND_DN='$admin_dn'"
      echo "export COUNTERSIGN_TEST_LDAP_PASSWORD='$password'"
      exit 0
    fi
  done
  rm -rf "$dir"
  echo "echo 'ldap-server: no free port between $first and $((first + 100))' >&2; false"
  exit 1
  ;;
stop)
  dir="${2:?usage: ldap-server.sh stop DIR}"
  if [ -f "$dir/pid" ]; then
    pid="$(cat "$dir/pid")"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: ldap-server.sh start | stop DIR" >&2
  exit 2
  ;;
esac
