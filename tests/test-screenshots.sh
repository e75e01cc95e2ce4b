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
echo "1..$((count + 2))"

ok () { n=$((n + 1)); echo "ok $n - $1"; }
fail () { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }

for size in $sizes; do
  for page in $pages; do
    file="$out/$(echo "$page" | tr / _)-$size.png"
    name="$page at $size"
    if ! "$bin" --content "$content" --page "$page" --size "$size" --screenshot "$file" \
         2>"$out/err.txt"; then
      fail "$name: exit status"; cat "$out/err.txt" | sed 's/^/# /'; continue
    fi
    geometry=$(identify -format '%wx%h' "$file" 2>/dev/null)
    colours=$(identify -format '%k' "$file" 2>/dev/null)
    if [ "$geometry" != "$size" ]; then
      fail "$name: PNG is $geometry"
    elif [ "${colours:-0}" -lt 50 ]; then
      fail "$name: only $colours colours, the screen looks blank"
    else
      ok "$name ($colours colours)"
    fi
  done
done

# The full-window layers: attract screen, idle warning, PIN pad, staff panel.
for size in $sizes; do
  for layer in $layers; do
    file="$out/$layer-$size.png"
    name="$layer at $size"
    if ! "$bin" --content "$content" --show "$layer" --size "$size" --screenshot "$file" \
         2>"$out/err.txt"; then
      fail "$name: exit status"; cat "$out/err.txt" | sed 's/^/# /'; continue
    fi
    geometry=$(identify -format '%wx%h' "$file" 2>/dev/null)
    colours=$(identify -format '%k' "$file" 2>/dev/null)
    if [ "$geometry" != "$size" ]; then
      fail "$name: PNG is $geometry"
    elif [ "${colours:-0}" -lt 20 ]; then
      fail "$name: only $colours colours, the screen looks blank"
    else
      ok "$name ($colours colours)"
    fi
  done
done

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
