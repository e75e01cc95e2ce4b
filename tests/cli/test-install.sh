#!/bin/sh
# test-install.sh MESON BUILD_DIR SOURCE_DIR BINDIR DATADIR
#
# Copyright 2026 The clinic-kiosk authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# "meson install" into a temporary folder, then checks what a kiosk machine
# gets: the program, the bundled content (clean by its own --check), the
# desktop entry and AppStream metainfo (both valid), the application icon,
# and the systemd units pointing at the installed program. BINDIR and
# DATADIR are the configured full paths, without the temporary folder. It
# needs no display, so this runs with DISPLAY empty. Output is TAP.

set -u

if [ $# -ne 5 ]; then
  echo "usage: test-install.sh MESON BUILD_DIR SOURCE_DIR BINDIR DATADIR" >&2
  exit 99
fi
meson=$1
build_dir=$2
source_dir=$3
bindir=$4
datadir=$5
app_id=org.clinickiosk.ClinicKiosk

. "$(dirname "$0")/cli-util.sh"

# check NAME COMMAND...: one test point, passed when COMMAND succeeds.
check ()
{
  name=$1
  shift
  rm -f "$tmp/stdout" "$tmp/stderr"
  if "$@"; then
    pass "$name"
  else
    fail "$name"
  fi
}

# run COMMAND...: runs COMMAND, keeping its output; its status is returned.
run ()
{
  "$@" >"$tmp/stdout" 2>"$tmp/stderr"
}

# quietly COMMAND...: COMMAND succeeds and prints nothing.
quietly ()
{
  run "$@" && [ ! -s "$tmp/stdout" ] && [ ! -s "$tmp/stderr" ]
}

# names_version: the installed program runs and prints its name and version.
names_version ()
{
  run "$bin" --version && grep -q '^clinic-kiosk [0-9]' "$tmp/stdout"
}

# content_clean: --check on the installed content finds no error.
content_clean ()
{
  run "$bin" --check "$content" && grep -Eq '(^|[^0-9])0 errors' "$tmp/stderr"
}

# no_placeholder FILE: configure_file left no @name@ in FILE.
no_placeholder ()
{
  ! grep -n '@[a-z_]*@' "$1"
}

# skip NAME REASON: a test point that cannot run here.
skip ()
{
  count=$((count + 1))
  echo "ok $count - $1 # SKIP $2"
}

dest=$tmp/dest
if ! "$meson" install -C "$build_dir" --destdir "$dest" --no-rebuild --quiet \
     >"$tmp/install.log" 2>&1; then
  echo "Bail out! meson install failed"
  sed 's/^/# /' "$tmp/install.log"
  exit 1
fi

bin=$dest$bindir/clinic-kiosk
share=$dest$datadir
content=$share/clinic-kiosk/content
units=$share/clinic-kiosk/systemd

# The program runs from where it is installed, without a display.
check "program installed in $bindir" test -f "$bin"
check "program is executable" test -x "$bin"
check "--version runs without a display" names_version

# The bundled content is installed whole and passes its own check.
for file in kiosk.ini README.md en/home.md en/glossary.md es/home.md es/glossary.md; do
  check "content: $file installed" test -f "$content/$file"
done
check "content: the installed copy matches the source" \
  run diff -r "$source_dir/content" "$content"
check "content: --check finds no error" content_clean

# The desktop entry.
desktop=$share/applications/$app_id.desktop
check "desktop entry installed" test -f "$desktop"
if command -v desktop-file-validate >/dev/null 2>&1; then
  check "desktop entry: desktop-file-validate passes" quietly desktop-file-validate "$desktop"
else
  skip "desktop entry: desktop-file-validate passes" "desktop-file-validate is not installed"
fi
check "desktop entry: Exec=clinic-kiosk" grep -qx 'Exec=clinic-kiosk' "$desktop"
check "desktop entry: Icon=$app_id" grep -qx "Icon=$app_id" "$desktop"
check "desktop entry: Spanish name" grep -q '^Name\[es\]=' "$desktop"

# The AppStream metainfo.
metainfo=$share/metainfo/$app_id.metainfo.xml
check "metainfo installed" test -f "$metainfo"
if command -v appstreamcli >/dev/null 2>&1; then
  check "metainfo: appstreamcli validate passes" run appstreamcli validate --no-net "$metainfo"
else
  skip "metainfo: appstreamcli validate passes" "appstreamcli is not installed"
fi
check "metainfo: launchable is the desktop entry" \
  grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo"
check "metainfo: Spanish summary" grep -q '<summary xml:lang="es">' "$metainfo"

# The application icon: well-formed SVG, 128 by 128.
icon=$share/icons/hicolor/scalable/apps/$app_id.svg
check "icon installed" test -f "$icon"
check "icon: well-formed SVG of 128x128" /usr/bin/python3 -c '
import sys, xml.dom.minidom
svg = xml.dom.minidom.parse(sys.argv[1]).documentElement
assert svg.tagName == "svg", svg.tagName
assert svg.getAttribute("viewBox") == "0 0 128 128", svg.getAttribute("viewBox")
assert "href" not in open(sys.argv[1]).read(), "external reference"' "$icon"

# The systemd units, ready to copy to /etc/systemd/system/.
service=$units/clinic-kiosk.service
check "unit: clinic-kiosk.service installed" test -f "$service"
check "unit: runs the installed program" \
  grep -q "^ExecStart=/usr/bin/cage .* $bindir/clinic-kiosk --kiosk " "$service"
check "unit: Restart=always" grep -qx 'Restart=always' "$service"
check "unit: runs as kiosk" grep -qx 'User=kiosk' "$service"
check "unit: no @variable@ left" no_placeholder "$service"
sync=$units/clinic-kiosk-content-sync.service
check "unit: content sync service installed" test -f "$sync"
check "unit: content sync pulls with --ff-only" grep -q '^ExecStart=.* pull --ff-only' "$sync"
check "unit: content sync timer installed" test -f "$units/clinic-kiosk-content-sync.timer"
check "unit: content sync every 5 minutes" \
  grep -qx 'OnUnitActiveSec=5min' "$units/clinic-kiosk-content-sync.timer"

echo "1..$count"
[ "$failures" -eq 0 ]
