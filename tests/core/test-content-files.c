/* test-content-files.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "content-util.h"
#include "kiosk-budget-private.h"
#include "test-util.h"

/* Files the kiosk cannot or will not read: random bytes, text that is not
 * UTF-8, files too large, folders and special files where pages should be,
 * and images that are missing or outside the content folder. */

static void
test_random_bytes (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260101);
  g_autoptr(KioskContent) content = NULL;
  KioskDiagnostics *diagnostics;
  char bytes[4096];
  const char *bad = NULL;
  guint line = 1;

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = (char) g_rand_int_range (rand, 0, 256);
  g_assert_false (g_utf8_validate (bytes, sizeof bytes, &bad));
  for (const char *p = bytes; p < bad; p++)
    line += *p == '\n';
  write_bytes (f, "en/30-random.md", bytes, sizeof bytes);

  content = load (f);
  assert_has (content, KIOSK_SEVERITY_ERROR, "en/30-random.md", line, "UTF-8");

  /* The broken file is the only one with problems. */
  diagnostics = kiosk_content_get_diagnostics (content);
  for (guint i = 0; i < kiosk_diagnostics_get_count (diagnostics); i++)
    g_assert_cmpstr (kiosk_diagnostics_get (diagnostics, i)->file, ==, "en/30-random.md");
  assert_rest_loaded (content);
}

static void
test_invalid_utf8_line (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;
  const KioskEntry *about;

  write_file (f, "en/10-about.md",
              "# About us\n"
              "\n"
              "We are a small clinic.\n"
              "\n"
              "Caf\xe9 and more.\n"
              "\n"
              "The end.\n");

  content = load (f);
  assert_only (content, KIOSK_SEVERITY_ERROR, "en/10-about.md", 5, "UTF-8");

  /* The rest of the page is still shown. */
  about = find_entry (content, "about");
  g_assert_nonnull (about);
  g_assert_cmpstr (about->title, ==, "About us");
  g_assert_cmpuint (about->document->blocks->len, ==, 4);
}

static void
test_too_large (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = fixture_path (f, "en/30-huge.md");
  g_autoptr(KioskContent) content = NULL;
  FILE *file;

  /* A sparse 50 MB file: quick to make, and as large as a real one to stat. */
  file = g_fopen (path, "wb");
  g_assert_nonnull (file);
  g_assert_cmpint (fseek (file, 50 * 1024 * 1024 - 1, SEEK_SET), ==, 0);
  g_assert_cmpint (fputc ('\n', file), ==, '\n');
  g_assert_cmpint (fclose (file), ==, 0);

  content = load (f);
  g_assert_cmpint (g_unlink (path), ==, 0);

  assert_only (content, KIOSK_SEVERITY_ERROR, "en/30-huge.md", 1, "too large");
  /* Staff see how large it is, so the file was never read in. */
  assert_has (content, KIOSK_SEVERITY_ERROR, "en/30-huge.md", 1, "50.0 MB");
  g_assert_null (find_entry (content, "huge"));
  assert_rest_loaded (content);
}

static void
test_folder_named_like_page (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;
  const KioskDiagnostic *d;
  g_autofree char *dump = NULL;

  make_dir (f, "en/30-x.md");

  content = load (f);
  dump = dump_diagnostics (content);
  g_test_message ("%s", dump);
  g_assert_cmpuint (count_diagnostics (content), ==, 1);

  /* Staff must be able to tell which entry is wrong. */
  d = kiosk_diagnostics_get (kiosk_content_get_diagnostics (content), 0);
  g_assert_true (g_str_has_prefix (d->file, "en/30-x.md"));
  g_assert_nonnull (strstr (d->message, "30-x.md"));
  assert_rest_loaded (content);
}

/* Reading a named pipe would wait forever for a writer. */
static void
test_special_file (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = fixture_path (f, "en/30-pipe.md");
  g_autoptr(KioskContent) content = NULL;

  g_assert_cmpint (mkfifo (path, 0644), ==, 0);

  content = load (f);
  assert_only (content, KIOSK_SEVERITY_ERROR, "en/30-pipe.md", 1, "should be a file");
  assert_rest_loaded (content);
}

/* A clock that moves 10 ms each time it is read: a file is given up after
 * 500 reads, one per 64 nodes, whatever the speed of the machine. */
static gint64 fake_now;

static gint64
fake_clock (void)
{
  return fake_now += 10 * 1000;
}

/* A page that takes longer than the budget to read is named, with the line
 * reading had got to, and left out; every other page still shows. The
 * clock passes 5 s at its 501st reading, about node 32,000: the paragraph
 * at line 21,333. */
static void
test_too_complex (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GString) page = g_string_new ("# Long\n");
  g_autoptr(KioskContent) content = NULL;

  for (guint i = 0; i < 20000; i++)
    g_string_append (page, "\nA.\n");
  write_file (f, "en/30-long.md", page->str);

  kiosk_budget_set_clock (fake_clock);
  content = load (f);
  kiosk_budget_set_clock (NULL);

  assert_only (content, KIOSK_SEVERITY_ERROR, "en/30-long.md", 21333,
               "this page is too complex to show: reading it took more than 5 seconds "
               "(it had got to this line); split it into smaller pages");
  g_assert_null (find_entry (content, "long"));
  g_assert_nonnull (find_entry (content, "about"));
  assert_rest_loaded (content);
}

/* A page that is now its earlier text cut short at a line end, as a copy
 * that stopped half way leaves it, is shown with a warning at its new last
 * line; a page edited, grown or shortened by a line or two is not. */
static void
test_cut_short (Fixture       *f,
                gconstpointer  data)
{
  static const char full[] =
    "# Steps\n\nFirst, rest.\n\nThen, ice.\n\nCall us if it gets worse.\n";
  g_autoptr(KioskContent) before = NULL;
  g_autoptr(KioskContent) cut = NULL;
  g_autoptr(KioskContent) edited = NULL;
  g_autoptr(KioskContent) mid_line = NULL;

  write_file (f, "en/30-steps.md", full);
  before = load (f);
  assert_clean (before);

  write_file (f, "en/30-steps.md", "# Steps\n\nFirst, rest.\n");
  cut = kiosk_content_load_after (f->dir, before);
  assert_only (cut, KIOSK_SEVERITY_WARNING, "en/30-steps.md", 3,
               "the page now ends at this line, where it went on for 4 more lines before; "
               "if it was copied or saved only in part, copy or save it again");
  g_assert_nonnull (find_entry (cut, "steps"));

  write_file (f, "en/30-steps.md", "# Steps\n\nFirst, sit down.\n");
  edited = kiosk_content_load_after (f->dir, before);
  assert_clean (edited);

  /* The last line deleted on purpose: less than a quarter gone. */
  write_file (f, "en/30-steps.md", "# Steps\n\nFirst, rest.\n\nThen, ice.\n\n");
  g_clear_object (&edited);
  edited = kiosk_content_load_after (f->dir, before);
  assert_clean (edited);

  /* Cut inside a line: the page itself shows that something is wrong. */
  write_file (f, "en/30-steps.md", "# Steps\n\nFirst, re");
  mid_line = kiosk_content_load_after (f->dir, before);
  assert_clean (mid_line);
}

static void
test_image_missing (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;
  g_autofree char *found = NULL;

  /* The header of a 640 × 480 PNG: the kiosk reads no more of it. */
  write_bytes (f, "images/ok.png",
               "\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\x02\x80\0\0\x01\xe0\x08\x06\0\0\0"
               "\x1f\xf3\xff\x61", 33);
  write_file (f, "en/30-pictures.md",
              "# Pictures\n"
              "\n"
              "![Our front desk](images/ok.png)\n"
              "\n"
              "![A missing photo](images/missing.png)\n");

  content = load (f);
  assert_only (content, KIOSK_SEVERITY_ERROR, "en/30-pictures.md", 5, "images/missing.png");

  found = kiosk_content_resolve_file (content, "images/ok.png");
  g_assert_nonnull (found);
  g_assert_true (g_str_has_prefix (found, f->dir));
  g_assert_null (kiosk_content_resolve_file (content, "images/missing.png"));
}

/* A picture the kiosk shows but shows poorly is a warning at the line of
 * the page that uses it. */
static void
test_image_poor (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;

  /* The header of a 120 × 90 PNG. */
  write_bytes (f, "images/thumb.png",
               "\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\0\x78\0\0\0\x5a\x08\x06\0\0\0"
               "\0\0\0\0", 33);
  write_file (f, "en/30-pictures.md",
              "# Pictures\n"
              "\n"
              "Our front desk:\n"
              "\n"
              "![Our front desk](images/thumb.png)\n");

  content = load (f);
  assert_only (content, KIOSK_SEVERITY_WARNING, "en/30-pictures.md", 5,
               "the image “images/thumb.png” is only 120 pixels wide, too small to show "
               "well; use one at least 200 pixels wide");
}

static void
test_image_outside (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;
  const KioskEntry *page;

  write_file (f, "en/30-pictures.md",
              "# Pictures\n"
              "\n"
              "![Climbing out](../secret.png)\n"
              "\n"
              "![Absolute](/etc/hostname)\n");

  content = load (f);
  g_assert_cmpuint (count_diagnostics (content), ==, 2);
  assert_has (content, KIOSK_SEVERITY_WARNING, "en/30-pictures.md", 3, "../secret.png");
  assert_has (content, KIOSK_SEVERITY_WARNING, "en/30-pictures.md", 5, "/etc/hostname");

  /* Neither picture is shown. */
  page = find_entry (content, "pictures");
  g_assert_nonnull (page);
  for (guint i = 0; i < page->document->blocks->len; i++)
    {
      const KioskBlock *block = g_ptr_array_index (page->document->blocks, i);

      if (block->kind == KIOSK_BLOCK_IMAGE)
        g_assert_null (block->image);
    }
  g_assert_null (kiosk_content_resolve_file (content, "../secret.png"));
  g_assert_null (kiosk_content_resolve_file (content, "/etc/hostname"));
  g_assert_null (kiosk_content_resolve_file (content, "images/../../secret.png"));
}

static void
test_image_symlink_outside (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *outside = make_temp_dir ();
  g_autofree char *target = g_build_filename (outside, "photo.png", NULL);
  g_autofree char *link = fixture_path (f, "images/photo.png");
  g_autofree char *dir_link = fixture_path (f, "images/elsewhere");
  g_autoptr(KioskContent) content = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *inside = NULL;

  g_file_set_contents (target, "a photo from outside", -1, &error);
  g_assert_no_error (error);
  write_file (f, "images/ok.png", "a photo from inside");
  g_assert_cmpint (symlink (target, link), ==, 0);
  g_assert_cmpint (symlink (outside, dir_link), ==, 0);
  write_file (f, "en/30-pictures.md",
              "# Pictures\n"
              "\n"
              "![Linked photo](images/photo.png)\n");

  content = load (f);

  /* The targets exist, so only where they lie makes these fail. */
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_REGULAR));
  inside = kiosk_content_resolve_file (content, "images/ok.png");
  g_assert_nonnull (inside);
  g_assert_null (kiosk_content_resolve_file (content, "images/photo.png"));
  g_assert_null (kiosk_content_resolve_file (content, "images/elsewhere/photo.png"));
  assert_only (content, KIOSK_SEVERITY_ERROR, "en/30-pictures.md", 3, "images/photo.png");

  remove_tree (outside);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/kiosk/content/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("random-bytes", test_random_bytes);
  ADD ("invalid-utf8-line", test_invalid_utf8_line);
  ADD ("too-large", test_too_large);
  ADD ("folder-named-like-page", test_folder_named_like_page);
  ADD ("special-file", test_special_file);
  ADD ("too-complex", test_too_complex);
  ADD ("cut-short", test_cut_short);
  ADD ("image/missing", test_image_missing);
  ADD ("image/poor", test_image_poor);
  ADD ("image/outside", test_image_outside);
  ADD ("image/symlink-outside", test_image_symlink_outside);

#undef ADD

  return g_test_run ();
}
