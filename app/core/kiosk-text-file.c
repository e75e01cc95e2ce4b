/* kiosk-text-file.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-text-file"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

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

/**
 * kiosk_text_file_read:
 * @dir: the content folder
 * @file: a path inside @dir
 * @diagnostics: where problems go, as errors on @file
 * @len: (out): the length of the text
 *
 * Reads a staff-edited file with every check a broken edit needs: it must
 * be a regular file, not too large, and UTF-8. Text with bad bytes is still
 * returned (cmark replaces them), so the first load can show what it can.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL when it cannot be read
 */
char *
kiosk_text_file_read (const char       *dir,
                      const char       *file,
                      KioskDiagnostics *diagnostics,
                      gsize            *len)
{
  g_autofree char *path = g_build_filename (dir, file, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint bad_line;
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    {
      kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_ERROR, file, 1,
                             _("the file is missing"));
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_ERROR, file, 1,
                             _("this should be a file, but it is a folder or something else"));
      return NULL;
    }
  /* The kiosk reads nothing outside its content folder, not even through
   * a symbolic link. */
  if (!kiosk_paths_is_inside (dir, path))
    {
      kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_ERROR, file, 1,
                             _("this file is a link to something outside the content "
                               "folder; copy the file in instead"));
      return NULL;
    }
  if (st.st_size > KIOSK_MAX_FILE_SIZE)
    {
      kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_ERROR, file, 1,
                             _("the file is too large (%.1f MB); the limit is %d MB"),
                             st.st_size / 1048576.0, KIOSK_MAX_FILE_SIZE / 1048576);
      return NULL;
    }
  if (!g_file_get_contents (path, &text, len, &error))
    {
      kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_ERROR, file, 1,
                             _("the file cannot be read: %s"), error->message);
      return NULL;
    }
  if (*len > KIOSK_MAX_FILE_SIZE)
    {
      kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_ERROR, file, 1,
                             _("the file is too large; the limit is %d MB"),
                             KIOSK_MAX_FILE_SIZE / 1048576);
      return NULL;
    }
  if ((bad_line = kiosk_text_file_find_bad_line (text, *len)) > 0)
    kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_ERROR, file, bad_line,
                           _("this line is not valid UTF-8 text; save the file as UTF-8"));

  return g_steal_pointer (&text);
}
