/* fuzz-paths.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz-util.h"
#include "kiosk-paths.h"

/* Paths as pages and folders name them. Input: a base folder on the first
 * line, a path on the second; each line is also tried as a file name and
 * a web address. A normalized path never climbs out ("..", "/", "\") and
 * stays normalized; inside a real folder made once for the run, what a
 * link leads out of is never inside, and what exists below is. */

static char *root;

static void
remove_root (void)
{
  g_autofree char *file = g_build_filename (root, "a", "b.md", NULL);
  g_autofree char *dir = g_build_filename (root, "a", NULL);
  g_autofree char *link = g_build_filename (root, "out", NULL);

  g_unlink (file);
  g_rmdir (dir);
  g_unlink (link);
  g_rmdir (root);
}

/* root/a/b.md, and root/out, a link to the folder above root. */
static const char *
get_root (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *file = NULL;
  g_autofree char *link = NULL;

  if (root != NULL)
    return root;
  root = g_dir_make_tmp ("kiosk-fuzz-paths-XXXXXX", NULL);
  g_assert_nonnull (root);
  dir = g_build_filename (root, "a", NULL);
  file = g_build_filename (dir, "b.md", NULL);
  link = g_build_filename (root, "out", NULL);
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (file, "# B\n", -1, NULL));
  g_assert_cmpint (symlink ("..", link), ==, 0);
  atexit (remove_root);
  return root;
}

static void
check_normalized (const char *base,
                  const char *relative)
{
  g_autofree char *normal = kiosk_paths_normalize (base, relative);
  g_autofree char *again = NULL;
  g_autofree char *full = NULL;
  g_auto(GStrv) parts = NULL;

  /* The base folder is the loader's own, made of folder names: never "..",
   * though a folder's name may hold a backslash. */
  if (normal == NULL || (base != NULL && strstr (base, "..") != NULL))
    return;
  g_assert_true (*normal != '/');
  g_assert_true (strchr (normal, '\\') == NULL || (base != NULL && strchr (base, '\\') != NULL));
  parts = g_strsplit (normal, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    g_assert_true (*parts[i] != '\0' && strcmp (parts[i], ".") != 0 &&
                   strcmp (parts[i], "..") != 0);
  again = kiosk_paths_normalize (NULL, normal);
  g_assert_true (again == NULL || strcmp (again, normal) == 0);
  g_assert_true (again != NULL || strchr (normal, '\\') != NULL);

  full = g_build_filename (get_root (), normal, NULL);
  if (g_str_has_prefix (normal, "out/") || strcmp (normal, "out") == 0)
    g_assert_false (kiosk_paths_is_inside (get_root (), full));
  else
    g_assert_true (kiosk_paths_is_inside (get_root (), full) ==
                   g_file_test (full, G_FILE_TEST_EXISTS));
}

static void
check_name (const char *name)
{
  g_autofree char *id = kiosk_paths_to_page_id (name);
  g_autofree char *stripped = NULL;
  guint order = 0;

  if (id != NULL)
    {
      g_assert_true (*id != '\0' && *id != '/' && strstr (id, "//") == NULL);
      g_assert_false (g_str_has_suffix (id, "/"));
      if (g_utf8_validate (name, -1, NULL))
        fuzz_check_utf8 ("a page id", id);
    }
  stripped = kiosk_paths_strip_prefix (name, &order);
  g_assert_true (g_str_has_suffix (name, stripped));
  g_assert_true (order == G_MAXUINT ? strcmp (stripped, name) == 0 : order < 1000000000);
  g_assert_true (kiosk_paths_is_ignored_name (name) ==
                 (name[0] == '\0' || name[0] == '.' || name[0] == '#' ||
                  g_str_has_suffix (name, "~") || g_str_has_suffix (name, ".swp") ||
                  g_str_has_suffix (name, ".swx") || g_str_has_suffix (name, ".bak")));
  if (kiosk_paths_is_web_address (name))
    {
      g_assert_true (g_ascii_strncasecmp (name, "http://", 7) == 0 ||
                     g_ascii_strncasecmp (name, "https://", 8) == 0);
      for (const char *p = name; *p != '\0'; p++)
        g_assert_true ((guchar) *p > 0x20 && *p != 0x7f);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_auto(GStrv) parts = fuzz_split (data, size, 2);

  check_normalized (parts[0], parts[1]);
  check_normalized (NULL, parts[1]);
  check_normalized ("", parts[0]);
  check_name (parts[0]);
  check_name (parts[1]);

  return 0;
}
