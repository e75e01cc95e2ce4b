#!/bin/sh
# Runs one GUI test under a fresh Xvfb and a fresh D-Bus session, so tests
# never share a display or an accessibility bus, and cleans both up after.
set -u

dir=$(mktemp -d)
trap 'kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null; rm -rf "$dir"' EXIT

# -displayfd makes Xvfb pick a free display number itself, so parallel
# tests cannot race for one.
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp -noreset \
  3>"$dir/display" 2>"$dir/xvfb.log" &
xvfb=$!

i=0
while [ ! -s "$dir/display" ]; do
  i=$((i + 1))
  if [ "$i" -gt 200 ] || ! kill -0 "$xvfb" 2>/dev/null; then
    echo "Bail out! Xvfb did not start:"
    cat "$dir/xvfb.log"
    exit 1
  fi
  sleep 0.05
done

DISPLAY=":$(cat "$dir/display")"
GDK_BACKEND=x11
export DISPLAY GDK_BACKEND
unset WAYLAND_DISPLAY

dbus-run-session -- "$@"
