/* test-paths.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <unistd.h>

#include "kiosk-paths.h"
#include "test-util.h"

/* Paths inside the content folder: which names are content at all, how a
 * link is resolved without leaving the folder, and page ids. */

static void
test_ignored_names (void)
{
  const char *ignored[] = {
    ".hidden.md", ".page.md.swp", ".page.md.swx", "page.md~", "#page.md#", "page.md.bak",
    ".git", "",
  };
  const char *content[] = {
    "10-page.md", "index.md", "kiosk.ini", "glossary.md", "icon.svg", "photo.png",
    "page.md.txt", "notes#1.md",
  };

  for (guint i = 0; i < G_N_ELEMENTS (ignored); i++)
    {
      g_test_message ("ignored: “%s”", ignored[i]);
      g_assert_true (kiosk_paths_is_ignored_name (ignored[i]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (content); i++)
    {
      g_test_message ("content: “%s”", content[i]);
      g_assert_false (kiosk_paths_is_ignored_name (content[i]));
    }
}

static void
test_normalize (void)
{
  g_autofree char *same = kiosk_paths_normalize ("30-therapies", "./40-prp.md");
  g_autofree char *up = kiosk_paths_normalize ("30-therapies", "../10-about.md");
  g_autofree char *top = kiosk_paths_normalize (NULL, "pictures/knee.png");

  g_assert_cmpstr (same, ==, "30-therapies/40-prp.md");
  g_assert_cmpstr (up, ==, "10-about.md");
  g_assert_cmpstr (top, ==, "pictures/knee.png");
  g_assert_null (kiosk_paths_normalize ("30-therapies", "../../etc/passwd"));
  g_assert_null (kiosk_paths_normalize (NULL, "/etc/passwd"));
  g_assert_null (kiosk_paths_normalize (NULL, "a\\b.md"));
  g_assert_null (kiosk_paths_normalize (NULL, ""));
}

static void
test_page_ids (void)
{
  g_autofree char *page = kiosk_paths_to_page_id ("30-therapies/40-platelet-rich-plasma.md");
  g_autofree char *section = kiosk_paths_to_page_id ("30-therapies/index.md");
  guint order = 0;
  g_autofree char *name = kiosk_paths_strip_prefix ("40-platelet-rich-plasma", &order);

  g_assert_cmpstr (page, ==, "therapies/platelet-rich-plasma");
  g_assert_cmpstr (section, ==, "therapies");
  g_assert_cmpstr (name, ==, "platelet-rich-plasma");
  g_assert_cmpuint (order, ==, 40);
}

/* A symbolic link that leads out of the content folder is not inside it. */
static void
test_inside (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kiosk-paths-XXXXXX", NULL);
  g_autofree char *outside = g_dir_make_tmp ("kiosk-outside-XXXXXX", NULL);
  g_autofree char *file = g_build_filename (dir, "page.md", NULL);
  g_autofree char *secret = g_build_filename (outside, "secret.md", NULL);
  g_autofree char *link = g_build_filename (dir, "link.md", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.md", NULL);

  g_assert_true (g_file_set_contents (file, "# Page\n", -1, NULL));
  g_assert_true (g_file_set_contents (secret, "# Secret\n", -1, NULL));
  g_assert_cmpint (symlink (secret, link), ==, 0);

  g_assert_true (kiosk_paths_is_inside (dir, file));
  g_assert_false (kiosk_paths_is_inside (dir, link));
  g_assert_false (kiosk_paths_is_inside (dir, secret));
  g_assert_false (kiosk_paths_is_inside (dir, missing));

  remove_tree (dir);
  remove_tree (outside);
}

static void
test_web_address (void)
{
  g_assert_true (kiosk_paths_is_web_address ("https://example.org/book"));
  g_assert_true (kiosk_paths_is_web_address ("http://example.org"));
  g_assert_false (kiosk_paths_is_web_address ("ftp://example.org"));
  g_assert_false (kiosk_paths_is_web_address ("https://"));
  g_assert_false (kiosk_paths_is_web_address ("javascript:alert(1)"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kiosk/paths/ignored-names", test_ignored_names);
  g_test_add_func ("/kiosk/paths/normalize", test_normalize);
  g_test_add_func ("/kiosk/paths/page-ids", test_page_ids);
  g_test_add_func ("/kiosk/paths/inside", test_inside);
  g_test_add_func ("/kiosk/paths/web-address", test_web_address);

  return g_test_run ();
}
