/* test-image-check.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kiosk-image-check.h"
#include "test-util.h"

/* Pictures and icons are judged by their header before anything decodes
 * them: a decompression bomb is refused by its stated size, an SVG that
 * refers to a file or an address outside itself is refused, and a pipe
 * is refused without waiting on it. */

static char *dir;

static char *
write_picture (const char *name,
               const char *data,
               gssize      len)
{
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, data, len, NULL));
  return path;
}

static void
assert_refused (const char *path,
                const char *words)
{
  g_autofree char *problem = NULL;

  g_assert_false (kiosk_image_check (path, &problem));
  g_test_message ("%s: %s", path, problem);
  g_assert_nonnull (strstr (problem, words));
}

static void
assert_shown (const char *path)
{
  g_autofree char *problem = NULL;

  if (!kiosk_image_check (path, &problem))
    g_error ("%s refused: %s", path, problem);
}

/* A PNG header stating @width × @height. */
static char *
png_of (const char *name,
        guint32     width,
        guint32     height)
{
  guchar data[33] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13,
                      'I', 'H', 'D', 'R' };

  for (guint i = 0; i < 4; i++)
    {
      data[16 + i] = (width >> (24 - 8 * i)) & 0xff;
      data[20 + i] = (height >> (24 - 8 * i)) & 0xff;
    }
  data[24] = 8;
  data[25] = 6;
  return write_picture (name, (const char *) data, sizeof data);
}

static void
test_bitmaps (void)
{
  g_autofree char *small = png_of ("small.png", 1600, 1200);
  g_autofree char *bomb = png_of ("bomb.png", 30000, 30000);
  g_autofree char *tall = png_of ("tall.png", 100, 9000);
  g_autofree char *many = png_of ("many.png", 7000, 7000);
  /* A JPEG whose frame header (SOF0) follows an APP0 marker. */
  static const char jpeg[] = "\xff\xd8\xff\xe0\0\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0"
                             "\xff\xc0\0\x11\x08\x4e\x20\x4e\x20\x03\x01\x22\0";
  g_autofree char *big_jpeg = write_picture ("big.jpg", jpeg, sizeof jpeg - 1);
  static const char gif[] = "GIF89a\x40\x01\xf0\0\0\0\0";
  g_autofree char *small_gif = write_picture ("small.gif", gif, sizeof gif - 1);
  g_autofree char *text = write_picture ("notes.png", "just some text", -1);

  assert_shown (small);
  assert_shown (small_gif);
  assert_refused (bomb, "30000 × 30000 pixels");
  assert_refused (tall, "100 × 9000 pixels");
  assert_refused (many, "40 megapixels");
  assert_refused (big_jpeg, "20000 × 20000 pixels");
  assert_refused (text, "not a PNG, JPEG, GIF, WebP or SVG");
}

static void
test_svg (void)
{
  g_autofree char *ok = write_picture ("ok.svg",
    "<svg xmlns='http://www.w3.org/2000/svg' width='48' height='48'>"
    "<defs><path id='a' d='M0 0h4v4z'/></defs><use href='#a'/>"
    "<rect fill='url(#g)' width='4' height='4'/></svg>", -1);
  g_autofree char *file_ref = write_picture ("file.svg",
    "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'>"
    "<image xlink:href='file:///etc/passwd' width='4' height='4'/></svg>", -1);
  g_autofree char *other = write_picture ("other.svg",
    "<svg xmlns='http://www.w3.org/2000/svg'><image href='ok.svg'/></svg>", -1);
  g_autofree char *web = write_picture ("web.svg",
    "<svg xmlns='http://www.w3.org/2000/svg'>"
    "<rect style=\"fill: url('http://example.org/x.svg#p')\"/></svg>", -1);
  g_autofree char *entities = write_picture ("lol.svg",
    "<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY a 'aaaaaaaaaa'>"
    "<!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'>]>"
    "<svg xmlns='http://www.w3.org/2000/svg'><text>&b;</text></svg>", -1);
  g_autofree char *huge = write_picture ("huge.svg",
    "<svg xmlns='http://www.w3.org/2000/svg' width='100000' height='100000'></svg>", -1);
  GString *uses = g_string_new ("<svg xmlns='http://www.w3.org/2000/svg'><path id='a' d='M0 0'/>");
  g_autofree char *use_path = NULL;

  for (guint i = 0; i < 600; i++)
    g_string_append (uses, "<use href='#a'/>");
  g_string_append (uses, "</svg>");
  use_path = write_picture ("uses.svg", uses->str, -1);
  g_string_free (uses, TRUE);

  assert_shown (ok);
  assert_refused (file_ref, "refers to another file or a web address");
  assert_refused (other, "refers to another file or a web address");
  assert_refused (web, "refers to another file or a web address");
  assert_refused (entities, "entities");
  assert_refused (huge, "larger than 8000 pixels");
  assert_refused (use_path, "more than 500 times");
}

static void
assert_advice (const char *path,
               const char *expected)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *problem = NULL;
  g_autofree char *advice = NULL;

  if (!kiosk_image_check_picture (path, name, &problem, &advice))
    g_error ("%s refused: %s", path, problem);
  g_assert_null (problem);
  g_assert_cmpstr (advice, ==, expected);
}

/* A page's picture that can be shown may still be a poor one: too narrow
 * to show well, or so wide or so large a file that it is slow to show.
 * An SVG is judged by its width only when it gives one in pixels. */
static void
test_picture_advice (void)
{
  g_autofree char *narrow = png_of ("narrow.png", 199, 100);
  g_autofree char *enough = png_of ("enough.png", 200, 100);
  g_autofree char *wide = png_of ("wide.png", 4000, 3000);
  g_autofree char *too_wide = png_of ("too-wide.png", 4001, 3000);
  g_autofree char *small_svg = write_picture ("small.svg",
    "<svg xmlns='http://www.w3.org/2000/svg' width='48px' height='48px'></svg>", -1);
  g_autofree char *scaled_svg = write_picture ("scaled.svg",
    "<svg xmlns='http://www.w3.org/2000/svg' width='50%' viewBox='0 0 4 4'></svg>", -1);
  g_autofree char *heavy = NULL;
  g_autofree char *data = g_malloc0 (6 * 1024 * 1024);
  g_autofree char *header = NULL;
  gsize len = 0;

  /* A 1600 × 1200 PNG header, and a 6 MB file in all. */
  g_assert_true (g_file_get_contents (enough, &header, &len, NULL));
  memcpy (data, header, len);
  data[18] = 0x06;
  data[19] = 0x40;
  data[22] = 0x04;
  data[23] = 0xb0;
  heavy = write_picture ("heavy.png", data, 6 * 1024 * 1024);

  assert_advice (narrow, "the image “narrow.png” is only 199 pixels wide, too small to show "
                         "well; use one at least 200 pixels wide");
  assert_advice (enough, NULL);
  assert_advice (wide, NULL);
  assert_advice (too_wide, "the image “too-wide.png” is 4001 pixels wide, far more than the "
                           "screen shows, so it is slow to show; make it smaller, 4000 pixels "
                           "wide at most");
  assert_advice (heavy, "the image “heavy.png” is a 6.0 MB file, so it is slow to show; make "
                        "it smaller, 5 MB at most");
  assert_advice (small_svg, "the image “small.svg” is only 48 pixels wide, too small to show "
                            "well; use one at least 200 pixels wide");
  assert_advice (scaled_svg, NULL);
  /* An icon is small on purpose: only kiosk_image_check() judges it. */
  assert_shown (narrow);
}

/* The kiosk's own icons, ordinary SVG files, all pass. */
static void
test_own_icons (void)
{
  g_autofree char *icons = g_build_filename (TEST_SRCDIR, "..", "icons", NULL);
  g_autoptr(GDir) folder = g_dir_open (icons, 0, NULL);
  const char *name;
  guint count = 0;

  g_assert_nonnull (folder);
  while ((name = g_dir_read_name (folder)) != NULL)
    if (g_str_has_suffix (name, ".svg"))
      {
        g_autofree char *path = g_build_filename (icons, name, NULL);

        assert_shown (path);
        count++;
      }
  g_assert_cmpuint (count, >, 40);
}

/* A pipe, and a file too large to be a picture, are refused at once. */
static void
test_special_files (void)
{
  g_autofree char *fifo = g_build_filename (dir, "pipe.png", NULL);
  g_autofree char *sparse = g_build_filename (dir, "sparse.png", NULL);
  FILE *file;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  assert_refused (fifo, "not a file");
  file = fopen (sparse, "w");
  g_assert_nonnull (file);
  g_assert_cmpint (ftruncate (fileno (file), (off_t) 2 << 30), ==, 0);
  fclose (file);
  assert_refused (sparse, "larger than 10 MB");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  dir = g_dir_make_tmp ("kiosk-images-XXXXXX", NULL);

  g_test_add_func ("/kiosk/image-check/bitmaps", test_bitmaps);
  g_test_add_func ("/kiosk/image-check/svg", test_svg);
  g_test_add_func ("/kiosk/image-check/picture-advice", test_picture_advice);
  g_test_add_func ("/kiosk/image-check/special-files", test_special_files);
  g_test_add_func ("/kiosk/image-check/own-icons", test_own_icons);

  status = g_test_run ();
  remove_tree (dir);
  g_free (dir);
  return status;
}
