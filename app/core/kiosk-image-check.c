/* kiosk-image-check.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-image"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kiosk-image-check.h"

/* What is read of a bitmap to find its size: the header, and for a JPEG
 * the markers before its frame header. */
#define HEADER_BYTES (256 * 1024)

static guint32
be32 (const guchar *p)
{
  return (guint32) p[0] << 24 | (guint32) p[1] << 16 | (guint32) p[2] << 8 | p[3];
}

static guint
be16 (const guchar *p)
{
  return (guint) p[0] << 8 | p[1];
}

static guint
le16 (const guchar *p)
{
  return (guint) p[1] << 8 | p[0];
}

static guint
le24 (const guchar *p)
{
  return (guint) p[2] << 16 | (guint) p[1] << 8 | p[0];
}

/* A JPEG's size is in its first frame header (SOF0…SOF15 but DHT, JPG
 * and DAC), found by walking the markers. */
static gboolean
jpeg_size (const guchar *data,
           gsize         len,
           guint64      *width,
           guint64      *height)
{
  gsize i = 2;

  while (i + 9 < len)
    {
      guint marker, length;

      if (data[i] != 0xff)
        return FALSE;
      marker = data[i + 1];
      if (marker == 0xff)
        {
          i++;
          continue;
        }
      length = be16 (data + i + 2);
      if (marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 &&
          marker != 0xcc)
        {
          *height = be16 (data + i + 5);
          *width = be16 (data + i + 7);
          return TRUE;
        }
      if (length < 2)
        return FALSE;
      i += 2 + length;
    }
  return FALSE;
}

static gboolean
webp_size (const guchar *data,
           gsize         len,
           guint64      *width,
           guint64      *height)
{
  if (len < 30)
    return FALSE;
  if (memcmp (data + 12, "VP8X", 4) == 0)
    {
      *width = le24 (data + 24) + 1;
      *height = le24 (data + 27) + 1;
      return TRUE;
    }
  if (memcmp (data + 12, "VP8L", 4) == 0 && data[20] == 0x2f)
    {
      guint32 bits = (guint32) data[21] | (guint32) data[22] << 8 | (guint32) data[23] << 16 |
                     (guint32) data[24] << 24;

      *width = (bits & 0x3fff) + 1;
      *height = ((bits >> 14) & 0x3fff) + 1;
      return TRUE;
    }
  if (memcmp (data + 12, "VP8 ", 4) == 0)
    {
      *width = le16 (data + 26) & 0x3fff;
      *height = le16 (data + 28) & 0x3fff;
      return TRUE;
    }
  return FALSE;
}

/* The number in an attribute of the <svg> element, in px or without a
 * unit; 0 when it is not there or is relative (a percentage, em…). */
static double
svg_length (const char *svg_tag,
            const char *name)
{
  g_autofree char *pattern = g_strdup_printf ("\\s%s\\s*=\\s*[\"']\\s*([0-9.]+)\\s*(px)?[\"']",
                                              name);
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_CASELESS, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *number = NULL;

  if (!g_regex_match (regex, svg_tag, 0, &match))
    return 0;
  number = g_match_info_fetch (match, 1);
  return g_ascii_strtod (number, NULL);
}

/* An SVG may draw only what is in it: no entities, no reference to
 * another file or address (only "#id" inside it, or inline data), and
 * a bounded number of <use> copies. */
static gboolean
check_svg (const char  *text,
           guint64     *width,
           char       **problem)
{
  g_autoptr(GRegex) refs = g_regex_new ("(href\\s*=\\s*[\"']\\s*|url\\(\\s*[\"']?\\s*|@import)"
                                        "(?![#]|data:)", G_REGEX_CASELESS, 0, NULL);
  const char *svg = strstr (text, "<svg");
  g_autofree char *tag = NULL;
  guint uses = 0;

  if (strstr (text, "<!DOCTYPE") != NULL || strstr (text, "<!ENTITY") != NULL)
    {
      *problem = g_strdup (_("the SVG picture declares entities or a DOCTYPE, which the kiosk "
                             "does not load; save it again as plain SVG"));
      return FALSE;
    }
  if (g_regex_match (refs, text, 0, NULL))
    {
      *problem = g_strdup (_("the SVG picture refers to another file or a web address; the "
                             "kiosk shows only pictures that contain everything they draw"));
      return FALSE;
    }
  for (const char *p = strstr (text, "<use"); p != NULL; p = strstr (p + 4, "<use"))
    if (++uses > KIOSK_IMAGE_MAX_USES)
      {
        *problem = g_strdup_printf (_("the SVG picture repeats parts of itself more than %d "
                                      "times"), KIOSK_IMAGE_MAX_USES);
        return FALSE;
      }
  if (svg == NULL || strchr (svg, '>') == NULL)
    {
      *problem = g_strdup (_("this is not an SVG picture"));
      return FALSE;
    }
  tag = g_strndup (svg, strchr (svg, '>') - svg);
  *width = (guint64) svg_length (tag, "width");
  if (svg_length (tag, "width") > KIOSK_IMAGE_MAX_SIDE ||
      svg_length (tag, "height") > KIOSK_IMAGE_MAX_SIDE)
    {
      *problem = g_strdup_printf (_("the SVG picture is larger than %d pixels on a side"),
                                  KIOSK_IMAGE_MAX_SIDE);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_bitmap (const guchar  *data,
              gsize          len,
              guint64       *out_width,
              char         **problem)
{
  guint64 width = 0, height = 0;
  gboolean known;

  if (len >= 24 && memcmp (data, "\x89PNG\r\n\x1a\n", 8) == 0 && memcmp (data + 12, "IHDR", 4) == 0)
    {
      width = be32 (data + 16);
      height = be32 (data + 20);
      known = TRUE;
    }
  else if (len >= 4 && data[0] == 0xff && data[1] == 0xd8)
    known = jpeg_size (data, len, &width, &height);
  else if (len >= 10 && memcmp (data, "GIF8", 4) == 0)
    {
      width = le16 (data + 6);
      height = le16 (data + 8);
      known = TRUE;
    }
  else if (len >= 16 && memcmp (data, "RIFF", 4) == 0 && memcmp (data + 8, "WEBP", 4) == 0)
    known = webp_size (data, len, &width, &height);
  else
    {
      *problem = g_strdup (_("this is not a PNG, JPEG, GIF, WebP or SVG picture"));
      return FALSE;
    }

  if (!known || width == 0 || height == 0)
    {
      *problem = g_strdup (_("the picture's size cannot be read; it may be damaged"));
      return FALSE;
    }
  if (width > KIOSK_IMAGE_MAX_SIDE || height > KIOSK_IMAGE_MAX_SIDE ||
      width * height > KIOSK_IMAGE_MAX_PIXELS)
    {
      *problem = g_strdup_printf (_("the picture is %lu × %lu pixels; the kiosk shows pictures "
                                    "up to %d pixels on a side and %d megapixels, so make it "
                                    "smaller"),
                                  (unsigned long) width, (unsigned long) height,
                                  KIOSK_IMAGE_MAX_SIDE, KIOSK_IMAGE_MAX_PIXELS / 1000000);
      return FALSE;
    }
  *out_width = width;
  return TRUE;
}

/* Judges the picture at @path as kiosk_image_check() says, and tells how
 * wide it is (0 when an SVG does not say in pixels) and its size in bytes. */
static gboolean
inspect (const char  *path,
         guint64     *width,
         guint64     *bytes,
         char       **problem)
{
  g_autofree guchar *data = NULL;
  g_autofree char *why = NULL;
  GStatBuf st;
  gssize got = 0;
  gsize len = 0;
  int fd;

  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  if (fd < 0 || fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    why = g_strdup (_("the picture cannot be read, or is not a file"));
  else if (st.st_size > KIOSK_IMAGE_MAX_BYTES)
    why = g_strdup_printf (_("the picture is larger than %d MB"),
                           KIOSK_IMAGE_MAX_BYTES / (1024 * 1024));
  else
    {
      gsize want = MIN ((gsize) st.st_size, MAX (HEADER_BYTES, (gsize) KIOSK_IMAGE_MAX_SVG));

      *bytes = st.st_size;
      data = g_malloc (want + 1);
      while (len < want && ((got = read (fd, data + len, want - len)) > 0 ||
                            (got < 0 && errno == EINTR)))
        len += MAX (got, 0);
      data[len] = '\0';
    }
  if (fd >= 0)
    close (fd);

  if (why == NULL && data != NULL)
    {
      const char *text = (const char *) data;

      while (g_ascii_isspace (*text) || (guchar) *text == 0xef || (guchar) *text == 0xbb ||
             (guchar) *text == 0xbf)
        text++;
      if (*text == '<')
        {
          if ((gsize) st.st_size > KIOSK_IMAGE_MAX_SVG)
            why = g_strdup_printf (_("the SVG picture is larger than %d KB"),
                                   KIOSK_IMAGE_MAX_SVG / 1024);
          else if (strlen (text) != len - (text - (const char *) data))
            why = g_strdup (_("this is not an SVG picture"));
          else
            check_svg (text, width, &why);
        }
      else
        check_bitmap (data, len, width, &why);
    }

  if (problem != NULL)
    *problem = g_strdup (why);
  return why == NULL;
}

/**
 * kiosk_image_check:
 * @path: a picture or icon inside the content folder
 * @problem: (out) (transfer full) (optional): why it is refused, for staff
 *
 * Reads no more than the picture's header (all of an SVG, up to 1 MB):
 * a bitmap must be at most %KIOSK_IMAGE_MAX_SIDE pixels on a side and
 * %KIOSK_IMAGE_MAX_PIXELS in all, so that no decompression bomb is ever
 * decoded; an SVG must refer to nothing outside itself. A pipe or a
 * device is refused without waiting on it.
 *
 * Returns: whether the picture may be shown
 */
gboolean
kiosk_image_check (const char  *path,
                   char       **problem)
{
  guint64 width = 0, bytes = 0;

  return inspect (path, &width, &bytes, problem);
}

/* What makes a picture that can be shown a poor one, for staff, or NULL. */
static char *
advise (const char *name,
        guint64     width,
        guint64     bytes)
{
  if (width > 0 && width < KIOSK_IMAGE_MIN_WIDTH)
    return g_strdup_printf (_("the image “%s” is only %lu pixels wide, too small to show "
                              "well; use one at least %d pixels wide"),
                            name, (unsigned long) width, KIOSK_IMAGE_MIN_WIDTH);
  if (width > KIOSK_IMAGE_GOOD_WIDTH)
    return g_strdup_printf (_("the image “%s” is %lu pixels wide, far more than the screen "
                              "shows, so it is slow to show; make it smaller, %d pixels wide "
                              "at most"),
                            name, (unsigned long) width, KIOSK_IMAGE_GOOD_WIDTH);
  if (bytes > KIOSK_IMAGE_GOOD_BYTES)
    return g_strdup_printf (_("the image “%s” is a %.1f MB file, so it is slow to show; make "
                              "it smaller, %d MB at most"),
                            name, bytes / (1024.0 * 1024.0),
                            KIOSK_IMAGE_GOOD_BYTES / (1024 * 1024));
  return NULL;
}

/**
 * kiosk_image_check_picture:
 * @path: a picture a page shows
 * @name: its name in the page, for staff
 * @problem: (out) (transfer full): why it is refused, as kiosk_image_check() says
 * @advice: (out) (transfer full): when it may be shown, why it is a poor
 *   picture (narrower than %KIOSK_IMAGE_MIN_WIDTH pixels or wider than
 *   %KIOSK_IMAGE_GOOD_WIDTH, or a file over %KIOSK_IMAGE_GOOD_BYTES), or
 *   %NULL; an SVG is judged by its width only when it gives one in pixels
 *
 * Returns: whether the picture may be shown
 */
gboolean
kiosk_image_check_picture (const char  *path,
                           const char  *name,
                           char       **problem,
                           char       **advice)
{
  guint64 width = 0, bytes = 0;

  *advice = NULL;
  if (!inspect (path, &width, &bytes, problem))
    return FALSE;
  *advice = advise (name, width, bytes);
  return TRUE;
}
