/* test-content-checks.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "content-util.h"

/* Pages that load but would not show as their writer meant, each warned
 * of at the line to change. */

/* A link whose words run over two lines is named at the line where it
 * starts, not where it closes. */
static void
test_link_over_lines (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;

  write_file (f, "en/20-care/10-first.md",
              "# First visit\n"
              "\n"
              "Read [about us](about) first, then see [the prices\n"
              "for a visit](prices).\n");

  content = load (f);
  assert_only (content, KIOSK_SEVERITY_ERROR, "en/20-care/10-first.md", 3,
               "the link goes to “prices”, but there is no such page");
}

/* A summary the tile cuts off is a warning at its line, its length
 * counted in characters (ó is one); one of 120 characters, or a long first
 * paragraph standing in for the summary, is not. */
static void
test_summary_too_long (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;
  g_autoptr(GString) words = g_string_new (NULL);
  g_autofree char *summary = NULL;
  g_autofree char *knees = NULL;
  g_autofree char *hips = NULL;
  g_autofree char *feet = NULL;

  while (g_utf8_strlen (words->str, -1) < 400)
    g_string_append (words, "Tendón and knee. ");
  summary = g_strndup (words->str, g_utf8_offset_to_pointer (words->str, 121) - words->str);
  knees = g_strdup_printf ("<!--\n"
                           "icon = joint\n"
                           "summary = %s\n"
                           "-->\n"
                           "# Knees\n"
                           "\n"
                           "Short.\n", summary);
  hips = g_strdup_printf ("<!--\nsummary = %.*s\n-->\n# Hips\n\nShort.\n",
                          (int) (g_utf8_offset_to_pointer (summary, 120) - summary), summary);
  feet = g_strdup_printf ("# Feet\n\n%s\n", words->str);
  write_file (f, "en/30-knees.md", knees);
  write_file (f, "en/40-hips.md", hips);
  write_file (f, "en/50-feet.md", feet);

  content = load (f);
  assert_only (content, KIOSK_SEVERITY_WARNING, "en/30-knees.md", 3,
               "the summary is 121 characters long, too long for the page's tile, which "
               "cuts it off; keep it to 80 characters or fewer");
  g_assert_cmpstr (find_entry (content, "knees")->summary, ==, g_strstrip (summary));
}

/* Under "1. Step", a bullet or a "1." indented less than the step's text
 * starts a list of its own, or the next step: a warning at that line. A
 * sibling step indented by a space, and lists nested as usual, are not. */
static void
test_list_under_numbered (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;

  write_file (f, "en/30-steps.md",
              "# Steps\n"
              "\n"
              "1. Rest the knee.\n"
              " - Keep it up on a pillow.\n"              /* line 4 */
              "2. Put ice on it.\n"
              "  1. Wrap the ice in a towel.\n"           /* line 6 */
              "3. Walk a little.\n"
              "   - Use your crutches.\n"
              "   1. Then without them.\n"
              " 4. Call us if it swells.\n"
              "\n"
              "10. Come back.\n"
              "    - Bring your notes.\n"
              "\n"
              "- A list of bullets.\n"
              "  - Nested under it.\n"
              " - Next to it.\n");

  content = load (f);
  g_assert_cmpuint (count_diagnostics (content), ==, 2);
  assert_has (content, KIOSK_SEVERITY_WARNING, "en/30-steps.md", 4,
              "this line is indented 1 space, so it is not part of the list item above; "
              "indent it 3 spaces to put it inside that item");
  assert_has (content, KIOSK_SEVERITY_WARNING, "en/30-steps.md", 6,
              "this line is indented 2 spaces, so it is not part of the list item above; "
              "indent it 3 spaces to put it inside that item");
}

/* A line written as a list item but indented 4 spaces past its list
 * item's text (or past the margin) is code, or more of the paragraph
 * above: a warning at that line, once per block. */
static void
test_list_code_or_joined (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;

  write_file (f, "en/30-steps.md",
              "# Steps\n"
              "\n"
              "- Rest the knee.\n"
              "      - Keep it up on a pillow.\n"        /* line 4 */
              "\n"
              "- Put ice on it.\n"
              "\n"
              "      - Wrap the ice in a towel.\n"       /* line 8 */
              "      - Not more than 20 minutes.\n"
              "\n"
              "Then:\n"
              "\n"
              "    - walk a little.\n"                   /* line 13 */
              "\n"
              "And then:\n"
              "    - call us.\n"                          /* line 16 */
              "\n"
              "1. Come back.\n"
              "       1. Bring your notes.\n");           /* line 19 */

  content = load (f);
  g_assert_cmpuint (count_diagnostics (content), ==, 5);
  assert_has (content, KIOSK_SEVERITY_WARNING, "en/30-steps.md", 4,
              "this line is indented 6 spaces, so it is joined to the line above, not shown "
              "as a list item; indent it 2 spaces to put it inside the list item above");
  assert_has (content, KIOSK_SEVERITY_WARNING, "en/30-steps.md", 8,
              "this line is indented 6 spaces, so it is shown as code, not as a list item; "
              "indent it 2 spaces to put it inside the list item above");
  assert_has (content, KIOSK_SEVERITY_WARNING, "en/30-steps.md", 13,
              "this line is indented 4 spaces, so it is shown as code, not as a list item; "
              "remove the spaces before it");
  assert_has (content, KIOSK_SEVERITY_WARNING, "en/30-steps.md", 16,
              "this line is indented 4 spaces, so it is joined to the line above, not shown "
              "as a list item; remove the spaces before it");
  assert_has (content, KIOSK_SEVERITY_WARNING, "en/30-steps.md", 19,
              "this line is indented 7 spaces, so it is joined to the line above, not shown "
              "as a list item; indent it 3 spaces to put it inside the list item above");
}

/* Lists nested the usual ways, lists in quotes, code fenced on purpose,
 * rules and numbers that start a line are no list mistakes. */
static void
test_list_as_meant (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;

  write_file (f, "en/30-steps.md",
              "# Steps\n"
              "\n"
              "- Rest.\n"
              "  - On a pillow.\n"
              "    - Or two.\n"
              "- Ice.\n"
              "\n"
              "1. Rest.\n"
              "   - On a pillow.\n"
              "   1. Then walk.\n"
              "      - Slowly.\n"
              "2. Ice.\n"
              "\n"
              "   More about ice.\n"
              "\n"
              "   - Wrapped in a towel.\n"
              "\n"
              "> 1. In a quote.\n"
              ">  - Still in it.\n"
              "\n"
              "```\n"
              "    - shown as code on purpose\n"
              " - this too\n"
              "```\n"
              "\n"
              "* * *\n"
              "\n"
              "Take 1.5 mg, or 2\n"
              "-5 °C is cold.\n");

  content = load (f);
  assert_clean (content);
}

/* A page of more than 1,200 words is a warning at the line of word
 * 1,201. The title counts; exactly 1,200 words, or a longer glossary, do
 * not warn. */
static void
test_long_page (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GString) page = g_string_new ("# Long\n");          /* word 1 */
  g_autoptr(GString) limit = g_string_new ("# Long\n");
  g_autoptr(GString) glossary = g_string_new ("# Glossary\n");
  g_autoptr(KioskContent) content = NULL;

  /* Paragraph k, on line 1 + 2k, holds words 10k - 8 to 10k + 1. */
  for (guint k = 1; k <= 150; k++)
    g_string_append (page, "\none two three four five six seven eight nine ten\n");
  for (guint k = 1; k < 120; k++)
    g_string_append (limit, "\none two three four five six seven eight nine ten\n");
  g_string_append (limit, "\none two three four five six seven eight nine\n");
  for (guint k = 0; k < 150; k++)
    g_string_append_printf (glossary, "\n## Term %c%c\n\nOne two three four five six seven "
                            "eight nine ten.\n", 'a' + k / 26, 'a' + k % 26);
  write_file (f, "en/30-long.md", page->str);
  write_file (f, "en/40-limit.md", limit->str);
  write_file (f, "en/glossary.md", glossary->str);

  content = load (f);
  assert_only (content, KIOSK_SEVERITY_WARNING, "en/30-long.md", 241,
               "the page is more than 1200 words long, too long to read standing at the "
               "kiosk (word 1201 is on this line); split it into two or more pages");
}

/* Chinese is written without spaces: its words are counted as ICU's
 * dictionary finds them, 膝盖 and 疼痛 in 膝盖疼痛. */
static void
test_long_page_unspaced (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GString) page = g_string_new ("# 膝盖\n");          /* word 1 */
  g_autoptr(KioskContent) content = NULL;

  /* Paragraph k, on line 1 + 2k, holds words 2k and 2k + 1. */
  for (guint k = 1; k <= 700; k++)
    g_string_append (page, "\n膝盖疼痛。\n");
  write_file (f, "en/30-long.md", page->str);

  content = load (f);
  assert_only (content, KIOSK_SEVERITY_WARNING, "en/30-long.md", 1201,
               "the page is more than 1200 words long");
}

/* "checked = YYYY-MM" says when a page's facts were last checked: a date
 * up to 12 months old is fine; an older one is a warning at its line that
 * says how old it is; a date still to come, or no date at all, is named. */
static char *
months_ago (int months)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int total = g_date_time_get_year (now) * 12 + g_date_time_get_month (now) - 1 - months;

  return g_strdup_printf ("%04d-%02d", total / 12, total % 12 + 1);
}

static void
write_checked (Fixture    *f,
               const char *name,
               const char *checked)
{
  g_autofree char *path = g_strdup_printf ("en/%s.md", name);
  g_autofree char *text = g_strdup_printf ("<!--\nicon = joint\nchecked = %s\n-->\n# %s\n\n"
                                           "Short.\n", checked, name);

  write_file (f, path, text);
}

static void
test_checked (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *now = months_ago (0);
  g_autofree char *year = months_ago (12);
  g_autofree char *old = months_ago (13);
  g_autofree char *future = months_ago (-2);
  g_autoptr(KioskContent) fresh = NULL;
  g_autoptr(KioskContent) stale = NULL;
  g_autoptr(KioskContent) later = NULL;
  g_autoptr(KioskContent) wrong = NULL;

  write_checked (f, "30-knees", now);
  write_checked (f, "40-hips", year);
  fresh = load (f);
  g_assert_cmpuint (count_diagnostics (fresh), ==, 0);
  g_assert_cmpuint (find_entry (fresh, "knees")->checked_month, ==,
                    (guint) g_ascii_strtoull (now + 5, NULL, 10));

  write_checked (f, "40-hips", old);
  stale = load (f);
  assert_only (stale, KIOSK_SEVERITY_WARNING, "en/40-hips.md", 3,
               "this page's facts were last checked 13 months ago; check them again and "
               "change this date");

  write_checked (f, "40-hips", future);
  later = load (f);
  assert_only (later, KIOSK_SEVERITY_WARNING, "en/40-hips.md", 3, "which is still to come");

  write_checked (f, "40-hips", "December 2026");
  wrong = load (f);
  assert_only (wrong, KIOSK_SEVERITY_ERROR, "en/40-hips.md", 3,
               "checked must be the year and month the page's facts were last checked, like "
               "2026-12, not “December 2026”");
  g_assert_cmpuint (find_entry (wrong, "hips")->checked_year, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/kiosk/content/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("link-over-lines", test_link_over_lines);
  ADD ("summary-too-long", test_summary_too_long);
  ADD ("list/under-numbered", test_list_under_numbered);
  ADD ("list/code-or-joined", test_list_code_or_joined);
  ADD ("list/as-meant", test_list_as_meant);
  ADD ("long-page", test_long_page);
  ADD ("long-page-unspaced", test_long_page_unspaced);
  ADD ("checked", test_checked);

#undef ADD

  return g_test_run ();
}
