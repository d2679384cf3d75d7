#!/usr/bin/env bash
# Installs the Debian 12 packages Countersign needs to build, test and run.
# Idempotent and quiet when everything is already there.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config file
  qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
  libqt6sql6-sqlite libqt6sql6-psql
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  # Qt's own strings (standard buttons, dialogs) in the person's language.
  qt6-translations-l10n
  postgresql gnome-keyring dbus sqlite3 curl openssl libssl-dev ca-certificates
  clang-format clang-tidy
  # The directory sync: OpenLDAP's client library; slapd and ldap-utils for the test server.
  libldap-dev slapd ldap-utils
  # libpq's headers: audit verify reads the log through libpq directly (core/storage/pgcursor.h).
  libpq-dev
  # The package test: man pages from scdoc, and the checkers of packages, metainfo,
  # desktop entries and systemd units.
  scdoc lintian appstream desktop-file-utils systemd
  # The evidence tests read the PDFs they write (pdftotext) and render them (pdftoppm).
  poppler-utils
  # Notifications: libcurl's SMTP client in the agent's sender, and the SMTP sink the tests deliver to.
  libcurl4-openssl-dev python3-aiosmtpd
  # The inbound API's OpenAPI document is checked by swagger-cli (npm, below).
  nodejs
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${#missing[@]} missing package(s): ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # slapd would otherwise create and start a dc=nodomain server of its own; tests start a private one.
  echo "slapd slapd/no_configuration boolean true" | $SUDO debconf-set-selections
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm is Debian's own package beside Debian's nodejs; a nodejs that bundles npm (and conflicts
# with Debian's npm) is used as it is.
if ! command -v npm >/dev/null; then
  echo "Installing npm"
  $SUDO apt-get install -y -qq --no-install-recommends npm >/dev/null
fi

# The OpenAPI validator (tst_inboundapi_e2e), pinned, in a prefix of its own: never global npm state.
tools=/opt/countersign-tools
if [ ! -x "$tools/node_modules/.bin/swagger-cli" ]; then
  echo "Installing @apidevtools/swagger-cli@4.0.4 into $tools"
  $SUDO mkdir -p "$tools"
  $SUDO npm install --silent --no-audit --no-fund --prefix "$tools" @apidevtools/swagger-cli@4.0.4 >/dev/null
fi
