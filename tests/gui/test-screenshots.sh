#!/bin/sh
# Renders screens with --screenshot at the three supported sizes and checks
# each PNG: exactly the size asked for, and really drawn (not blank).
set -u
bin=${KIOSK_BINARY:?}
content=${CONTENT_DIR:?}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

sizes="1920x1080 1080x1920 1280x800"
pages="home therapies therapies/platelet-rich-plasma conditions booking no/such/page"
n=0
failed=0

layers="attract idle-warning pin-pad staff-panel"

count=0
for s in $sizes; do for p in $pages $layers; do count=$((count + 1)); done; done
echo "1..$((count + 2 + 3 * 4 + 2))"

ok () { n=$((n + 1)); echo "ok $n - $1"; }
fail () { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }

# Renders one screen (extra arguments go to the kiosk) and checks the PNG.
shoot () {
  name=$1 file=$2 size=$3 min_colours=$4
  shift 4
  if ! "$bin" --content "$content" --size "$size" --screenshot "$file" "$@" \
       2>"$out/err.txt"; then
    fail "$name: exit status"; sed 's/^/# /' "$out/err.txt"; return
  fi
  geometry=$(identify -format '%wx%h' "$file" 2>/dev/null)
  colours=$(identify -format '%k' "$file" 2>/dev/null)
  if [ "$geometry" != "$size" ]; then
    fail "$name: PNG is $geometry"
  elif [ "${colours:-0}" -lt "$min_colours" ]; then
    fail "$name: only $colours colours, the screen looks blank"
  else
    ok "$name ($colours colours)"
  fi
}

for size in $sizes; do
  for page in $pages; do
    shoot "$page at $size" "$out/$(echo "$page" | tr / _)-$size.png" "$size" 50 --page "$page"
  done
done

# The full-window layers: attract screen, idle warning, PIN pad, staff panel.
for size in $sizes; do
  for layer in $layers; do
    shoot "$layer at $size" "$out/$layer-$size.png" "$size" 20 --show "$layer"
  done
done

# What a patient can choose: Spanish, 200% text, high contrast.
for size in $sizes; do
  shoot "home in Spanish at $size" "$out/home-es-$size.png" "$size" 50 --lang es
  shoot "page at 200% at $size" "$out/page-200-$size.png" "$size" 50 \
    --page therapies/platelet-rich-plasma --text-size=200
  shoot "high contrast at $size" "$out/home-hc-$size.png" "$size" 20 --high-contrast
  # The header is drawn in the high-contrast dark blue, not the clinic's colour.
  pixel=$(convert "$out/home-hc-$size.png" -format '%[hex:p{4,4}]' info: 2>/dev/null)
  normal=$(convert "$out/home-$size.png" -format '%[hex:p{4,4}]' info: 2>/dev/null)
  case "$pixel" in
    0B3954*) ok "high contrast at $size: header is #$pixel (normally #$normal)" ;;
    *) fail "high contrast at $size: header is #$pixel, not #0B3954" ;;
  esac
done

# The desktop's high-contrast setting (GTK's HighContrast theme) does the same.
export GTK_THEME=HighContrast
shoot "system high contrast" "$out/home-system-hc.png" 1920x1080 20
unset GTK_THEME
pixel=$(convert "$out/home-system-hc.png" -format '%[hex:p{4,4}]' info: 2>/dev/null)
case "$pixel" in
  0B3954*) ok "system high contrast: header is #$pixel" ;;
  *) fail "system high contrast: header is #$pixel, not #0B3954" ;;
esac

# A missing content folder still gives a screen with a message, not a blank window.
if "$bin" --content /nonexistent/content --size 1280x800 --screenshot "$out/missing.png" \
     2>/dev/null && [ "$(identify -format '%k' "$out/missing.png")" -ge 20 ]; then
  ok "missing content folder shows a placeholder screen"
else
  fail "missing content folder shows a placeholder screen"
fi

# A bad --size is refused with a message.
if "$bin" --size 12 --screenshot "$out/bad.png" 2>"$out/err.txt"; then
  fail "bad --size is refused"
elif grep -q -- "--size" "$out/err.txt"; then
  ok "bad --size is refused with a message"
else
  fail "bad --size message"
fi

[ "$failed" -eq 0 ]
