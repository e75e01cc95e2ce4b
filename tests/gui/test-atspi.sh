#!/bin/sh
# Runs test-atspi.py (see there) inside gui-wrapper.sh's Xvfb.
#
# The AT-SPI bus launcher and registry are D-Bus activated by the session
# bus and write to its stdout ("SpiRegistry daemon is running ..."),
# which would break the TAP stream. So the test gets a session bus of its
# own whose output goes to stderr, while TAP goes to the real stdout
# through fd 3. A fresh XDG_RUNTIME_DIR keeps the AT-SPI bus socket away
# from any stale ~/.cache/at-spi/bus_N of an earlier run.
set -u
: "${KIOSK_BINARY:?}" "${CONTENT_DIR:?}" "${DISPLAY:?run me under gui-wrapper.sh}"

run=$(mktemp -d)
trap 'rm -rf "$run"' EXIT
chmod 700 "$run"
XDG_RUNTIME_DIR=$run
export XDG_RUNTIME_DIR

# The client is not under test: GLib warnings of libatspi (for example
# "Error in GetItems" about GTK 4.8's missing cache) must not abort it.
# The kiosk gets the suite's G_DEBUG back (test-atspi.py).
KIOSK_G_DEBUG=${G_DEBUG:-}
G_DEBUG=gc-friendly
ATSPI_TAP_FD=3
export KIOSK_G_DEBUG G_DEBUG ATSPI_TAP_FD

# /usr/bin/python3 on purpose: a python3 earlier in PATH may lack gi.
dbus-run-session -- /usr/bin/python3 "$(dirname "$0")/test-atspi.py" "$@" 3>&1 1>&2
