#!/usr/bin/env bash
# The package test (ctest label "packaging"): builds the Debian packages from an already-built
# tree, checks their metadata and file lists, runs lintian, appstreamcli, desktop-file-validate
# and systemd-analyze on them, unpacks them into a throwaway dpkg root and runs the installed
# programs there; their --help and --version must agree with the man pages and the package.
#   packaging/test-packages.sh BUILD_DIR
# Exit 77 (skipped) only where dpkg-deb is missing; any other missing tool is a failure.
set -euo pipefail
build="$(cd "${1:?usage: test-packages.sh BUILD_DIR}" && pwd)"

if ! command -v dpkg-deb >/dev/null; then
  echo "SKIP: dpkg-deb is missing, so Debian packages cannot be built or checked here."
  exit 77
fi
for tool in cpack lintian appstreamcli desktop-file-validate systemd-analyze file; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (packaging/install-deps.sh installs it)."; exit 1; }
done

work="$(mktemp -d /tmp/countersign-packages.XXXXXX)"
trap 'rm -rf "$work"' EXIT
export TMPDIR="$work" # lintian leaves files behind in TMPDIR
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
step() { printf '\n== %s\n' "$*"; }

version="$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")"
[ -n "$version" ] || { echo "FAIL: no CPACK_PACKAGE_VERSION in $build/CPackConfig.cmake"; exit 1; }

step "cpack -G DEB (version $version)"
(cd "$build" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1) ||
  { cat "$work/cpack.log"; echo "FAIL: cpack"; exit 1; }
arch="$(dpkg --print-architecture)"
declare -A deb
for p in countersign countersign-cli countersign-agent; do
  deb[$p]="$work/out/${p}_${version}_${arch}.deb"
  [ -f "${deb[$p]}" ] || { ls "$work/out"; echo "FAIL: cpack made no ${deb[$p]##*/}"; exit 1; }
  echo "${deb[$p]##*/}: $(stat -c %s "${deb[$p]}") bytes"
done

step "metadata (dpkg-deb -I)"
field() { dpkg-deb -f "${deb[$1]}" "$2"; }
expect_field() { # package field extended-regex
  local value
  value="$(field "$1" "$2")"
  grep -Eq -- "$3" <<<"$value" || fail "$1 $2 is \"$value\", expected /$3/"
}
for p in countersign countersign-cli countersign-agent; do
  expect_field "$p" Package "^$p\$"
  expect_field "$p" Version "^$version\$"
  expect_field "$p" Architecture "^$arch\$"
  expect_field "$p" Depends 'libqt6core6'              # computed from the binary by dpkg-shlibdeps
  expect_field "$p" Depends 'libqt6sql6-sqlite.*libqt6sql6-psql' # plugins, listed by hand
done
expect_field countersign Depends 'libqt6widgets6'
expect_field countersign Depends 'qt6-qpa-plugins'
expect_field countersign Depends 'libqt6keychain1'
expect_field countersign-cli Depends 'libqt6keychain1'
expect_field countersign-agent Depends 'libqt6httpserver6'
expect_field countersign-agent Depends 'adduser'
for p in countersign countersign-cli countersign-agent; do echo "$p $(field "$p" Version): Depends: $(field "$p" Depends)"; done
agent_info="$(dpkg-deb -I "${deb[countersign-agent]}")"
grep -Eq '^ +[0-9]+ bytes, +[0-9]+ lines +\* +postinst' <<<"$agent_info" ||
  fail "countersign-agent has no executable postinst"
[ "$(dpkg-deb --ctrl-tarfile "${deb[countersign-agent]}" | tar -xO ./conffiles)" = /etc/countersign/agent.json ] ||
  fail "countersign-agent's conffiles is not exactly /etc/countersign/agent.json"

step "file lists (dpkg-deb -c)"
expect_files() { # package path...
  local p="$1" list
  shift
  list="$(dpkg-deb -c "${deb[$p]}" | awk '{ print $1 " " $6 }')"
  for f in "$@"; do
    grep -q " \./${f#/}\$" <<<"$list" || fail "$p lacks $f"
  done
  # Nothing from the build tree (tests, benchmark, static libraries, headers) is shipped.
  if grep -Eq 'tst_|bench|\.a$|/include/' <<<"$list"; then fail "$p ships build leftovers"; fi
  echo "$p: $(grep -vc '/$' <<<"$list") files, as expected"
}
expect_files countersign /usr/bin/countersign /usr/share/applications/org.countersign.Countersign.desktop \
  /usr/share/metainfo/org.countersign.Countersign.metainfo.xml \
  /usr/share/icons/hicolor/{32x32,64x64,256x256}/apps/org.countersign.Countersign.png \
  /usr/share/man/man1/countersign.1.gz /usr/share/doc/countersign/{copyright,changelog.gz}
expect_files countersign-cli /usr/bin/countersign-cli /usr/share/man/man1/countersign-cli.1.gz \
  /usr/share/doc/countersign-cli/{copyright,changelog.gz}
expect_files countersign-agent /usr/bin/countersign-agent /usr/share/man/man1/countersign-agent.1.gz \
  /lib/systemd/system/countersign-agent.service /etc/countersign/agent.json \
  /usr/share/doc/countersign-agent/{copyright,changelog.gz,agent.example.json}
agent_files="$(dpkg-deb -c "${deb[countersign-agent]}")"
grep -q '^-rwxr-xr-x root/root .* \./usr/bin/countersign-agent$' <<<"$agent_files" ||
  fail "countersign-agent's binary is not root-owned 0755"

step "lintian"
# (As root lintian says "running with root privileges is not recommended!": not about the packages.)
if lintian --fail-on error,warning --tag-display-limit 0 "${deb[@]}" >"$work/lintian.log" 2>&1; then
  echo "lintian: no errors, no warnings"
else
  fail "lintian:"
fi
grep -v '^running with root privileges' "$work/lintian.log" || true

step "unpack into a throwaway dpkg root"
root="$work/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
force=(--force-depends) # the root holds no Qt; the programs below run on this machine's libraries
[ "$(id -u)" -eq 0 ] || force+=(--force-not-root)
# --unpack: the maintainer scripts (adduser, chown) would need a bootable root; see README's
# by-hand check for a full installation in a debootstrap root.
dpkg --root="$root" "${force[@]}" --unpack "${deb[@]}" >"$work/dpkg.log" 2>&1 ||
  { cat "$work/dpkg.log"; fail "dpkg --unpack"; }
dpkg --root="$root" -L countersign-agent | grep -qx /etc/countersign/agent.json || fail "dpkg does not list agent.json"
grep -qx /etc/countersign/agent.json "$root/var/lib/dpkg/info/countersign-agent.conffiles" ||
  fail "dpkg did not register agent.json as a conffile"

step "the installed programs"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work/runtime"
mkdir -m 0700 "$XDG_RUNTIME_DIR"
for p in countersign countersign-cli countersign-agent; do
  out="$("$root/usr/bin/$p" --version)" || fail "$p --version failed: $out"
  echo "\$ $root/usr/bin/$p --version"
  echo "$out"
  [ "$out" = "$p $version" ] || fail "$p --version says \"$out\", the package is $version"
done

# --help agrees with the man page: every option, and every countersign-cli command, is in it.
man_has() { zcat "$root/usr/share/man/man1/$1.1.gz" | grep -qF -- "\\fB$2\\fR"; }
for p in countersign countersign-cli countersign-agent; do
  help="$("$root/usr/bin/$p" --help 2>&1)"
  checked=0
  for option in $(grep -oE -- '--[a-z][a-z-]+' <<<"$help" | sort -u); do
    [ "$option" = --help-all ] && continue # Qt's own, documented with Qt
    man_has "$p" "$option" || fail "$p --help offers $option; its man page does not"
    checked=$((checked + 1))
  done
  echo "$p: the man page names all $checked options of --help"
done
commands="$(sed -n '/^Commands:/,/^$/p' <<<"$("$root/usr/bin/countersign-cli" --help)" | sed '1d;/^$/d' |
  sed -E 's/^  //; s/ {2,}.*//' | awk '{ n = ""; for (i = 1; i <= NF && $i ~ /^[a-z-]+$/; i++) n = n (n ? " " : "") $i; print n }')"
[ "$(wc -l <<<"$commands")" -ge 20 ] || fail "countersign-cli --help lists only: $commands"
while read -r c; do
  man_has countersign-cli "$c" || fail "countersign-cli --help lists \"$c\"; its man page does not"
done <<<"$commands"
echo "countersign-cli: the man page describes all $(wc -l <<<"$commands") commands of --help"

step "appstreamcli, desktop-file-validate, systemd-analyze"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.countersign.Countersign.metainfo.xml" ||
  fail "appstreamcli validate"
desktop-file-validate "$root/usr/share/applications/org.countersign.Countersign.desktop" &&
  echo "desktop-file-validate: ok" || fail "desktop-file-validate"
grep -qx 'Exec=countersign %u' "$root/usr/share/applications/org.countersign.Countersign.desktop" ||
  fail "the desktop entry does not start countersign"
# Any output is a problem: systemd only warns about unknown keys and bad values. The unit is
# checked against this machine's systemd with ExecStart pointing at the unpacked binary (verify
# needs it to exist); its Documentation= page is in the file list above.
mkdir "$work/unit"
sed "s#^ExecStart=/usr/bin/#ExecStart=$root/usr/bin/#" "$root/lib/systemd/system/countersign-agent.service" \
  >"$work/unit/countersign-agent.service"
if analysis="$(systemd-analyze verify --man=no "$work/unit/countersign-agent.service" 2>&1)" &&
  [ -z "$analysis" ]; then
  echo "systemd-analyze verify: ok"
else
  fail "systemd-analyze verify: $analysis"
fi
for key in NoNewPrivileges=yes ProtectSystem=strict ProtectHome=yes PrivateTmp=yes User=countersign-agent; do
  grep -qx "$key" "$root/lib/systemd/system/countersign-agent.service" || fail "the unit lacks $key"
done

echo
if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed."
  exit 1
fi
echo "All package checks passed."
