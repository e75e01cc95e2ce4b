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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/kiosk/content/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("link-over-lines", test_link_over_lines);

#undef ADD

  return g_test_run ();
}
