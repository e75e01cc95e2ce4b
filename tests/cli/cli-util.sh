# cli-util.sh: what the command-line tests share, sourced by them:
# a temporary folder, TAP output, running the kiosk, writing content and
# checking what it printed.

tmp=$(mktemp -d "${TMPDIR:-/tmp}/kiosk-check-XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
trap 'exit 99' HUP INT TERM

count=0
failures=0

pass ()
{
  count=$((count + 1))
  echo "ok $count - $1"
}

fail ()
{
  count=$((count + 1))
  failures=$((failures + 1))
  echo "not ok $count - $1"
  # Show what the kiosk printed, as TAP comments.
  for file in "$tmp/stdout" "$tmp/stderr"; do
    if [ -f "$file" ]; then
      echo "# ${file##*/}, exit status ${status:-?}:"
      sed 's/^/#   /' "$file"
    fi
  done
}

# check NAME COMMAND...: one test point, passed when COMMAND succeeds.
check ()
{
  name=$1
  shift
  if "$@"; then
    pass "$name"
  else
    fail "$name"
  fi
}

# run ARGS...: runs the kiosk, keeping its output and exit status.
run ()
{
  "$KIOSK_BINARY" "$@" >"$tmp/stdout" 2>"$tmp/stderr"
  status=$?
}

# write FILE TEXT: writes TEXT (printf escapes allowed) under $dir.
write ()
{
  mkdir -p "$(dirname "$dir/$1")"
  printf "$2" >"$dir/$1"
}

# noise FILE SEED SIZE: SIZE fixed pseudo-random bytes, the same on every run.
noise ()
{
  mkdir -p "$(dirname "$dir/$1")"
  LC_ALL=C awk -v seed="$2" -v size="$3" 'BEGIN {
    x = seed
    for (i = 0; i < size; i++) {
      x = (x * 75 + 74) % 65537
      printf "%c", x % 256
    }
  }' >"$dir/$1"
}

status_is () { [ "$status" -eq "$1" ]; }
stdout_empty () { [ ! -s "$tmp/stdout" ]; }
stdout_lines () { [ "$(wc -l <"$tmp/stdout")" -eq "$1" ]; }
error_lines () { [ "$(grep -c ': error: ' "$tmp/stdout")" -eq "$1" ]; }
# has_once TEXT: exactly one line of stdout holds TEXT.
has_once () { [ "$(grep -c -F -- "$1" "$tmp/stdout")" -eq 1 ]; }
# line_says PREFIX WORD: a line of stdout starts with PREFIX and holds WORD.
line_says ()
{
  awk -v prefix="$1" -v word="$2" '
    index ($0, prefix) == 1 && index ($0, word) > 0 { found = 1 }
    END { exit !found }' "$tmp/stdout"
}
# all_start_with TEXT: every line of stdout starts with TEXT.
all_start_with ()
{
  awk -v prefix="$1" 'index ($0, prefix) != 1 { bad = 1 } END { exit bad }' "$tmp/stdout"
}

clinic='[clinic]\nname=Test Clinic\nbooking-url=https://example.org/book\nphone=+1 555 0100\n\n'
valid_ini="$clinic[kiosk]\nlanguages=en\n"
valid_glossary='# Glossary\n\n## Platelet\n\nA tiny piece of a cell that helps blood clot.\n'
