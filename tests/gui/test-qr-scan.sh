#!/bin/sh
# Renders the booking screen (and the home screen's small code) with
# --screenshot and decodes the PNG with zbarimg, as a phone camera would:
# the code must give back exactly the booking URL from kiosk.ini, mixed
# case and query string included.
set -u
bin=${KIOSK_BINARY:?}
content=${CONTENT_DIR:?}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

url='https://Clinic.Example.org/Book/Now?Clinic=AbC-42&src=Kiosk&lang=en#Start'
cp -R "$content" "$work/content"

set_url () {
  # Escape what sed's replacement treats specially (&, the | delimiter, \\).
  escaped=$(printf '%s' "$1" | sed 's/[&|\\]/\\&/g')
  sed -i "s|^booking-url=.*|booking-url=$escaped|" "$work/content/kiosk.ini"
}
set_url "$url"

echo "1..11"
n=0
failed=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
fail () { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }

decode () {
  # zbarimg prints "QR-Code:<data>" per code; --raw gives the data only.
  zbarimg --quiet --raw -Sdisable -Sqrcode.enable "$1" 2>/dev/null
}

for size in 1920x1080 1080x1920 1280x800; do
  file="$work/booking-$size.png"
  if ! "$bin" --content "$work/content" --page booking --size "$size" --screenshot "$file" \
       2>"$work/err.txt"; then
    fail "booking at $size: exit status"; sed 's/^/# /' "$work/err.txt"; continue
  fi
  got=$(decode "$file")
  if [ "$got" = "$url" ]; then
    ok "booking at $size decodes to the booking URL"
  else
    fail "booking at $size decodes to “$got”, not “$url”"
  fi
done

file="$work/home.png"
"$bin" --content "$work/content" --size 1920x1080 --screenshot "$file" 2>/dev/null
got=$(decode "$file")
if [ "$got" = "$url" ]; then
  ok "the home screen's small code decodes to the booking URL"
else
  fail "the home screen's small code decodes to “$got”"
fi

# A booking URL too long for a QR code: no code at all, never a broken one.
long="https://example.org/$(head -c 3000 /dev/zero | tr '\0' 'a')"
set_url "$long"
file="$work/long.png"
"$bin" --content "$work/content" --page booking --size 1280x800 --screenshot "$file" 2>/dev/null
got=$(decode "$file")
if [ -z "$got" ] && [ -s "$file" ]; then
  ok "a booking URL too long to encode shows no code"
else
  fail "a booking URL too long to encode still shows a code (“$(echo "$got" | head -c 60)”)"
fi

# Our test clinic in English, French and Arabic: each language's own
# booking address (booking-url[fr]=, booking-url[ar]=), on the booking
# screen and on home, portrait and landscape, mirrored or not.
clinic="$(dirname "$0")/../clinics/montreal"
for case in "en booking 1920x1080" "fr booking 1080x1920" "ar booking 1280x800" \
            "ar home 1080x1920" "ar home 1920x1080" "fr home 1080x1920"; do
  set -- $case
  file="$work/$1-$2-$3.png"
  want="https://example.org/book?lang=$1"
  "$bin" --content "$clinic" --lang "$1" --page "$2" --size "$3" --screenshot "$file" 2>/dev/null
  got=$(decode "$file")
  if [ "$got" = "$want" ]; then
    ok "$1 $2 at $3 decodes to the $1 booking URL"
  else
    fail "$1 $2 at $3 decodes to “$got”, not “$want”"
  fi
done

exit $((failed > 0))
