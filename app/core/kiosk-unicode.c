/* kiosk-unicode.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kiosk-unicode.h"

/* Whether @c changes or hides text without being seen: a control
 * character (but tab and line ends), a format character such as a
 * direction override, a zero-width space or joiner, or a soft hyphen. */
static gboolean
is_hidden (gunichar c)
{
  GUnicodeType type;

  if (c == '\t' || c == '\n' || c == '\r')
    return FALSE;
  type = g_unichar_type (c);
  if (type == G_UNICODE_CONTROL || type == G_UNICODE_FORMAT)
    return TRUE;
  /* Soft hyphen, and the Hangul fillers that draw as nothing. */
  return c == 0x00ad || c == 0x115f || c == 0x1160 || c == 0x3164 || c == 0xffa0;
}

/**
 * kiosk_unicode_has_hidden:
 * @text: UTF-8 text
 *
 * Returns: whether @text holds a character is_hidden() finds
 */
gboolean
kiosk_unicode_has_hidden (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (is_hidden (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/**
 * kiosk_unicode_make_visible:
 * @text: UTF-8 text
 *
 * Returns: (transfer full): @text with each hidden character written out
 *   as ⟨U+202E⟩, so staff see it is there
 */
char *
kiosk_unicode_make_visible (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_hidden (c))
        g_string_append_printf (out, "⟨U+%04X⟩", c);
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}
