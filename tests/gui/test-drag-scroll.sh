#!/bin/sh
# Many kiosk touch screens present themselves as a mouse: a mouse drag on a
# long page must scroll it, and a tap must still press a tile.
set -u
bin=${KIOSK_BINARY:?}
content=${CONTENT_DIR:?}
out=$(mktemp -d)
trap 'kill "$app" 2>/dev/null; rm -rf "$out"' EXIT

# Pixels that differ between two screenshots.
changed () {
  compare -metric AE "$1" "$2" null: 2>&1 | cut -d' ' -f1
}

echo "1..2"
"$bin" --content "$content" --page before-you-decide --size 1280x800 2>"$out/log" &
app=$!

# Wait for the kiosk's window to appear.
win=""
for i in $(seq 100); do
  win=$(xdotool search --onlyvisible --name "." 2>/dev/null | tail -1)
  [ -n "$win" ] && break
  sleep 0.1
done
sleep 1
import -window root -crop 1280x800+0+0 "$out/before.png"

xdotool mousemove 640 600 mousedown 1
for y in 560 500 440 380 320 260; do xdotool mousemove 640 $y; sleep 0.05; done
xdotool mouseup 1
sleep 0.5
import -window root -crop 1280x800+0+0 "$out/after.png"

diff=$(changed "$out/before.png" "$out/after.png")
if [ "$diff" -gt 10000 ] 2>/dev/null; then
  echo "ok 1 - a mouse drag scrolls the page ($diff pixels changed)"
else
  echo "not ok 1 - a mouse drag scrolls the page ($diff pixels changed)"
  kill "$app"; exit 1
fi

# A tap on Home (top left, in the header) still works after dragging.
xdotool mousemove 270 48 click 1
sleep 0.8
import -window root -crop 1280x800+0+0 "$out/home.png"
diff=$(changed "$out/after.png" "$out/home.png")
if [ "$diff" -gt 10000 ] 2>/dev/null; then
  echo "ok 2 - a tap on Home still goes home"
else
  echo "not ok 2 - a tap on Home still goes home ($diff)"
  exit 1
fi
