#!/bin/sh
# test-check-cli.sh
#
# Copyright 2026 The clinic-kiosk authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# "clinic-kiosk --check DIR" is what staff run after editing the content:
# one "DIR/FILE:LINE: error: message" line per problem on stdout, a summary
# on stderr, exit status 1 when there is an error. It needs no display, so
# this runs with DISPLAY empty. Output is TAP.

set -u

: "${KIOSK_BINARY:?KIOSK_BINARY must name the clinic-kiosk program}"
: "${CONTENT_DIR:?CONTENT_DIR must name the bundled content folder}"

. "$(dirname "$0")/cli-util.sh"

# The bundled content is clean.
run --check "$CONTENT_DIR"
check "bundled content: exit status 0" status_is 0
check "bundled content: nothing on stdout" stdout_empty
check "bundled content: summary on stderr" grep -q '0 errors' "$tmp/stderr"

# One folder with many problems: every one on its own line, at its place.
# The broken kiosk.ini falls back to the defaults, so languages=en.
dir="$tmp/broken"
write kiosk.ini '[clinic]\nthis line is not a setting\nname=Test Clinic\n'
write en/home.md '# Welcome\n\nTap a topic.\n'
write en/glossary.md "$valid_glossary"
write en/10-bad-text.md '# Bad text\n\nCaf\351 au lait.\n'
write en/20-untitled.md 'No heading here.\n'
write en/30-same.md '# Same one\n'
write en/40-same.md '# Same two\n'
write en/50-links.md '# Links\n\n\nSee [prices](no-such-page).\n\n![Desk](images/missing.png)\n'
write en/60-icon.md '<!--\nicon = no-such-icon\n-->\n# Icon\n\nText.\n'

run --check "$dir"
check "broken content: exit status 1" status_is 1
check "broken content: 7 lines on stdout" stdout_lines 7
check "broken content: 7 error lines" error_lines 7
check "broken content: every line names the folder" all_start_with "$dir/"
for where in kiosk.ini:2 en/10-bad-text.md:3 en/20-untitled.md:1 en/40-same.md:1 \
             en/50-links.md:4 en/50-links.md:6 en/60-icon.md:2; do
  check "broken content: $where" has_once "$dir/$where: error: "
done
check "broken content: summary on stderr" grep -q '7 errors' "$tmp/stderr"

# A language listed in kiosk.ini without its folder.
dir="$tmp/language"
write kiosk.ini "$clinic[kiosk]\nlanguages=en;fr\n"
write en/home.md '# Welcome\n'
write en/glossary.md "$valid_glossary"

run --check "$dir"
check "missing language folder: exit status 1" status_is 1
check "missing language folder: one line" stdout_lines 1
check "missing language folder: at languages=" has_once "$dir/kiosk.ini:7: error: "
check "missing language folder: names fr" grep -q 'fr' "$tmp/stdout"

# A folder that is not there.
run --check "$tmp/no-such-folder"
check "missing folder: exit status 1" status_is 1
check "missing folder: one line" stdout_lines 1
check "missing folder: names it" has_once "$tmp/no-such-folder:1: error: "

# A folder of random bytes: problems, not a crash (128 and up is a signal).
dir="$tmp/random"
noise kiosk.ini 1 3000
noise en/home.md 2 5000
noise en/glossary.md 3 5000
noise en/10-x.md 4 100000
noise en/20-y/index.md 5 5000

run --check "$dir"
check "random bytes: exit status 1, no crash" status_is 1
check "random bytes: every line names the folder" all_start_with "$dir/"
check "random bytes: en/10-x.md is not UTF-8" line_says "$dir/en/10-x.md:" "UTF-8"

# A small valid folder: nothing to report, exit status 0.
dir="$tmp/valid"
write kiosk.ini "$valid_ini"
write en/home.md '# Welcome\n'
write en/glossary.md "$valid_glossary"
write en/10-about.md '# About us\n\nRead the [glossary](glossary).\n'

run --check "$dir"
check "valid content: exit status 0" status_is 0
check "valid content: nothing on stdout" stdout_empty

# Brand colours too pale for text: warnings at the colour's line, naming
# the contrast; the kiosk still uses them, so the exit status stays 0.
dir="$tmp/pale"
write kiosk.ini "$valid_ini\n[theme]\nprimary=#9fd3d8\n"
write en/home.md '# Welcome\n'
write en/glossary.md "$valid_glossary"

run --check "$dir"
check "pale colours: exit status 0" status_is 0
check "pale colours: no error lines" error_lines 0
check "pale colours: every line at primary= in kiosk.ini" all_start_with "$dir/kiosk.ini:10: warning: "
check "pale colours: white text on the primary colour" \
  line_says "$dir/kiosk.ini:10: warning: white text on the primary colour" "contrast"
check "pale colours: says 4.5:1 is needed" grep -q '4\.5:1' "$tmp/stdout"
check "pale colours: summary on stderr" grep -q '0 errors' "$tmp/stderr"

# Languages the kiosk cannot fully serve, named once each on languages=:
# no words of its own in German, no voice for Somali (with espeak-ng).
dir="$tmp/languages"
write kiosk.ini '[clinic]\nname=Test\nbooking-url=https://example.org/b\n[kiosk]\nlanguages=en;de;so\n'
for lang in en de so; do
  write $lang/home.md '# Welcome\n\nTap a topic.\n'
  write $lang/glossary.md "$valid_glossary"
done
run --check "$dir"
check "languages: exit status 0" status_is 0
check "languages: no words of its own in de" has_once \
  "kiosk.ini:5: warning: the kiosk’s own words (its buttons and messages) are not translated into “de”"
check "languages: the kiosk's own words exist in so" \
  sh -c "! grep -q 'not translated into “so”' '$tmp/stdout'"
if [ "${KIOSK_HAVE_ESPEAK:-0}" = 1 ]; then
  check "languages: no voice for so" has_once \
    "kiosk.ini:5: warning: the kiosk has no voice to read “so” aloud"
  check "languages: a voice for de" sh -c "! grep -q 'read “de” aloud' '$tmp/stdout'"
fi

# --version and --help, also without a display.
run --version
check "--version: exit status 0" status_is 0
for library in GTK cmark libqrencode; do
  check "--version: names $library" grep -q "^$library [0-9]" "$tmp/stdout"
done

run --help
check "--help: exit status 0" status_is 0
for option in --content --page --screenshot --check --high-contrast --text-size; do
  check "--help: mentions $option" grep -q -e "$option" "$tmp/stdout"
done

echo "1..$count"
[ "$failures" -eq 0 ]
