#!/bin/sh
# test-hostile-files.sh
#
# Copyright 2026 The clinic-kiosk authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Content that is not what it seems, checked with "clinic-kiosk --check":
# kiosk.ini, pages and language folders that are pipes, devices or links
# out of the content folder, files too large, and a folder with too many
# files. Each gives an error at its file and line at once (never a wait
# on a pipe), and nothing outside the content folder is read or quoted.
# Each run is stopped after 20 s: a run that needs that long has hung.

set -u

: "${KIOSK_BINARY:?KIOSK_BINARY must name the clinic-kiosk program}"

. "$(dirname "$0")/cli-util.sh"

run_check ()
{
  timeout 20 "$KIOSK_BINARY" --check "$dir" >"$tmp/stdout" 2>"$tmp/stderr"
  status=$?
}

not_hung () { [ "$status" -ne 124 ]; }
never_quotes () { ! grep -q -F -- "$1" "$tmp/stdout" "$tmp/stderr"; }

fresh ()
{
  dir="$tmp/$1"
  write kiosk.ini "$valid_ini"
  write en/home.md '# Welcome\n\nTap a topic.\n'
  write en/glossary.md "$valid_glossary"
}

# kiosk.ini as a pipe nobody writes to.
fresh ini-fifo
rm "$dir/kiosk.ini"
mkfifo "$dir/kiosk.ini"
run_check
check "kiosk.ini a pipe: no wait" not_hung
check "kiosk.ini a pipe: exit status 1" status_is 1
check "kiosk.ini a pipe: error at kiosk.ini:1" \
  line_says "$dir/kiosk.ini:1: error: " "pipe"

# kiosk.ini a link to /etc/passwd: refused, and nothing of it is shown.
fresh ini-passwd
rm "$dir/kiosk.ini"
ln -s /etc/passwd "$dir/kiosk.ini"
run_check
check "kiosk.ini a link out: exit status 1" status_is 1
check "kiosk.ini a link out: error at kiosk.ini:1" \
  line_says "$dir/kiosk.ini:1: error: " "outside the content folder"
check "kiosk.ini a link out: /etc/passwd not quoted" never_quotes "root:"

# kiosk.ini a link to /dev/zero: refused at once, not read for ever.
fresh ini-zero
rm "$dir/kiosk.ini"
ln -s /dev/zero "$dir/kiosk.ini"
run_check
check "kiosk.ini /dev/zero: no wait" not_hung
check "kiosk.ini /dev/zero: error at kiosk.ini:1" \
  line_says "$dir/kiosk.ini:1: error: " "outside the content folder"

# A sparse 2 GB kiosk.ini: too large, said before it is read.
fresh ini-huge
truncate -s 2G "$dir/kiosk.ini"
run_check
check "kiosk.ini 2 GB: no wait" not_hung
check "kiosk.ini 2 GB: error at kiosk.ini:1" line_says "$dir/kiosk.ini:1: error: " "too large"

# A page that is a pipe, and one that is a link to /dev/urandom.
fresh page-fifo
mkfifo "$dir/en/10-pipe.md"
ln -s /dev/urandom "$dir/en/20-random.md"
run_check
check "page a pipe: no wait" not_hung
check "page a pipe: error at its line 1" line_says "$dir/en/10-pipe.md:1: error: " "pipe"
check "page /dev/urandom: error at its line 1" \
  line_says "$dir/en/20-random.md:1: error: " "outside the content folder"

# A glossary that is a link to a file outside.
fresh glossary-out
printf '# Secret\n\n## Password\n\nhunter2\n' >"$tmp/secret.md"
rm "$dir/en/glossary.md"
ln -s "$tmp/secret.md" "$dir/en/glossary.md"
run_check
check "glossary a link out: error at glossary.md:1" \
  line_says "$dir/en/glossary.md:1: error: " "outside the content folder"
check "glossary a link out: its text not quoted" never_quotes "hunter2"

# A language folder that is a link to /etc: not listed.
fresh lang-etc
write kiosk.ini "$clinic[kiosk]\nlanguages=en;fr\n"
ln -s /etc "$dir/fr"
run_check
check "language folder a link out: exit status 1" status_is 1
check "language folder a link out: one error for the folder" \
  line_says "$dir/fr:1: error: " "outside the content folder"
check "language folder a link out: nothing of /etc named" never_quotes "passwd"
check "language folder a link out: no more than 3 lines" \
  sh -c "[ \$(wc -l <'$tmp/stdout') -le 3 ]"

# A page over the size limit.
fresh page-large
head -c 300000 /dev/zero | tr '\0' 'a' >"$dir/en/10-large.md"
run_check
check "page over 256 KB: error at its line 1" \
  line_says "$dir/en/10-large.md:1: error: " "the limit is 256 KB"

# A page made to be slow for cmark: refused at its line, at once.
fresh page-slow
{ printf '# Slow\n\n'; head -c 200000 /dev/zero | tr '\0' '>'; printf 'a*a*a*\n'; } \
  >"$dir/en/10-slow.md"
run_check
check "pathological page: no wait" not_hung
check "pathological page: error at line 3" \
  line_says "$dir/en/10-slow.md:3: error: " "inside each other"

# A folder with more files than the kiosk reads: an error naming the
# limit, and none of them is shown rather than an arbitrary 500.
fresh too-many
mkdir -p "$dir/en/30-many"
printf '# Many\n\nA section.\n' >"$dir/en/30-many/index.md"
i=0
while [ $i -lt 501 ]; do
  printf '# Page %s\n\nText.\n' $i >"$dir/en/30-many/$i-page.md"
  i=$((i + 1))
done
run_check
check "too many files: exit status 1" status_is 1
check "too many files: error names the limit" \
  line_says "$dir/en/30-many:1: error: " "more than 500 files"

echo "1..$count"
[ "$failures" -eq 0 ]
