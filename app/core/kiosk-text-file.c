/* kiosk-text-file.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-text-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kiosk-paths.h"
#include "kiosk-text-file.h"

/**
 * kiosk_text_file_find_bad_line:
 * @text: text as read from a file
 * @len: its length in bytes
 *
 * Returns: the line (from 1) of the first byte that is not UTF-8 text
 *   (a NUL byte included), or 0 when all of @text is
 */
guint
kiosk_text_file_find_bad_line (const char *text,
                               gsize       len)
{
  const char *bad = NULL;
  guint line = 1;

  if (g_utf8_validate (text, len, &bad))
    return 0;
  for (const char *p = text; p < bad; p++)
    line += *p == '\n';
  return line;
}

/* "50.0 MB" or "300 KB", as staff would say it. */
static char *
describe_size (guint64 bytes)
{
  if (bytes >= 1024 * 1024)
    return g_strdup_printf ("%.1f MB", bytes / 1048576.0);
  return g_strdup_printf ("%lu KB", (unsigned long) (bytes / 1024));
}

/* Reads at most @max + 1 bytes of @fd: one byte more than allowed says
 * the file grew too large while it was read. */
static char *
read_at_most (int     fd,
              gsize   max,
              gsize  *len,
              GError **error)
{
  g_autofree char *buffer = g_malloc (max + 2);
  gsize have = 0;

  while (have <= max)
    {
      gssize got = read (fd, buffer + have, max + 1 - have);

      if (got < 0 && errno == EINTR)
        continue;
      if (got < 0)
        {
          int saved = errno;

          g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                               g_strerror (saved));
          return NULL;
        }
      if (got == 0)
        break;
      have += got;
    }
  buffer[have] = '\0';
  *len = have;
  return g_steal_pointer (&buffer);
}

/* Whether the file behind @fd was written to since @before was taken. */
static gboolean
changed_meanwhile (int             fd,
                   const GStatBuf *before)
{
  GStatBuf now;

  if (fstat (fd, &now) != 0)
    return TRUE;
  return now.st_size != before->st_size ||
         now.st_mtim.tv_sec != before->st_mtim.tv_sec ||
         now.st_mtim.tv_nsec != before->st_mtim.tv_nsec;
}

/* Opens @file for reading after every check that needs no reading: it
 * lies inside @dir, is a regular file and is no larger than @max_size.
 * Returns: the descriptor, or -1 after reporting why not */
static int
open_checked (const char       *dir,
              const char       *file,
              gsize             max_size,
              KioskDiagnostics *diagnostics,
              GStatBuf         *st)
{
  g_autofree char *path = g_build_filename (dir, file, NULL);
  int fd;

  if (g_lstat (path, st) != 0)
    {
      kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_ERROR, file, 1,
                             _("the file is missing"));
      return -1;
    }
  /* The kiosk reads nothing outside its content folder, not even through
   * a symbolic link, and never names what lies outside. */
  if (!kiosk_paths_is_inside (dir, path))
    {
      kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_ERROR, file, 1,
                             _("this file is a link to something outside the content "
                               "folder, or a broken link; copy the file in instead"));
      return -1;
    }
  /* Opened without waiting: a pipe with no writer must not hang the kiosk. */
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_ERROR, file, 1,
                             _("the file cannot be read: %s"), g_strerror (errno));
      return -1;
    }
  if (fstat (fd, st) != 0 || !S_ISREG (st->st_mode))
    {
      close (fd);
      kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_ERROR, file, 1,
                             _("this should be a file, but it is a folder, a pipe, a device "
                               "or something else"));
      return -1;
    }
  if ((guint64) st->st_size > max_size)
    {
      g_autofree char *size = describe_size (st->st_size);

      close (fd);
      kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_ERROR, file, 1,
                             _("the file is too large (%s); the limit is %lu KB"), size,
                             (unsigned long) (max_size / 1024));
      return -1;
    }
  return fd;
}

/**
 * kiosk_text_file_read:
 * @dir: the content folder
 * @file: a path inside @dir
 * @max_size: the largest size allowed, in bytes
 * @diagnostics: where problems go, as errors on @file
 * @len: (out): the length of the text
 *
 * Reads a staff-edited file with every check a broken edit needs: it must
 * lie inside the content folder after resolving links, be a regular file
 * (a pipe, socket or device is refused at once, without waiting on it),
 * be no larger than @max_size before anything is read, and be UTF-8.
 * Text with bad bytes is still returned (cmark replaces them), so the
 * first load can show what it can.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL when it cannot be read
 */
char *
kiosk_text_file_read (const char       *dir,
                      const char       *file,
                      gsize             max_size,
                      KioskDiagnostics *diagnostics,
                      gsize            *len)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gboolean changed;
  guint bad_line;
  GStatBuf st;
  int fd;

  if ((fd = open_checked (dir, file, max_size, diagnostics, &st)) < 0)
    return NULL;
  text = read_at_most (fd, max_size, len, &error);
  changed = text != NULL && changed_meanwhile (fd, &st);
  close (fd);
  if (text == NULL)
    {
      kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_ERROR, file, 1,
                             _("the file cannot be read: %s"), error->message);
      return NULL;
    }
  if (changed)
    {
      kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_ERROR, file, 1,
                             _("the file changed while it was read, so it is probably "
                               "still being copied or saved; it is read again when it "
                               "stops changing"));
      return NULL;
    }
  if (*len > max_size)
    {
      kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_ERROR, file, 1,
                             _("the file is too large; the limit is %lu KB"),
                             (unsigned long) (max_size / 1024));
      return NULL;
    }
  if ((bad_line = kiosk_text_file_find_bad_line (text, *len)) > 0)
    kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_ERROR, file, bad_line,
                           _("this line is not valid UTF-8 text; save the file as UTF-8"));

  return g_steal_pointer (&text);
}
