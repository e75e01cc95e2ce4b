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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/kiosk/content/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("link-over-lines", test_link_over_lines);
  ADD ("summary-too-long", test_summary_too_long);

#undef ADD

  return g_test_run ();
}
