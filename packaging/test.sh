#!/usr/bin/env bash
# The README's test command: installs what it needs, builds, runs the whole suite through ctest.
# Works as root with no display and no D-Bus session (CI): widget tests run offscreen, the
# keychain tests get a private session bus with an unlocked throwaway GNOME keyring, and the
# PostgreSQL suites a private PostgreSQL 15 cluster on a free loopback port, the directory suites a
# private OpenLDAP slapd seeded from tests/data/directory.ldif, and the notification suites an SMTP
# sink (aiosmtpd); each on a free loopback port, all stopped at the end.
# COUNTERSIGN_BUILD_DIR and COUNTERSIGN_CMAKE_OPTIONS choose another build (see build.sh);
# packaging/test-sanitized.sh uses them.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
bash packaging/build.sh

export QT_QPA_PLATFORM=offscreen
scratch_home="$(mktemp -d)"
eval "$(bash "$root/packaging/pg-cluster.sh" start)"
trap 'bash "$root/packaging/pg-cluster.sh" stop "$COUNTERSIGN_TEST_PG_DIR"; rm -rf "$scratch_home"' EXIT
eval "$(bash "$root/packaging/ldap-server.sh" start)"
eval "$(bash "$root/packaging/smtp-sink.sh" start)"
trap 'bash "$root/packaging/smtp-sink.sh" stop "$COUNTERSIGN_TEST_SMTP_DIR"
      bash "$root/packaging/pg-cluster.sh" stop "$COUNTERSIGN_TEST_PG_DIR"
      bash "$root/packaging/ldap-server.sh" stop "$COUNTERSIGN_TEST_LDAP_DIR"; rm -rf "$scratch_home"' EXIT

cd "${COUNTERSIGN_BUILD_DIR:-build}"
HOME="$scratch_home" CS_REQUIRE_KEYCHAIN=1 dbus-run-session -- bash -c '
  echo -n countersign | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  ctest --output-on-failure --parallel "$(nproc)" --timeout 600
' 2> >(grep -v "Failed to set fd limit" >&2)
