/* kiosk-ini-lines.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kiosk-ini-lines.h"

/* Where each [group] and each key of a group first appears, read once:
 * a file with thousands of unknown keys must not be searched again for
 * each of them. Keys are "group\nkey" (with its [locale], if any). */
GHashTable *
kiosk_ini_index_lines (const char *text)
{
  GHashTable *lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *group = NULL;
  const char *p = g_str_has_prefix (text, "\xef\xbb\xbf") ? text + 3 : text;

  for (guint n = 1; *p != '\0'; n++)
    {
      const char *end = strchr (p, '\n');
      g_autofree char *line = g_strndup (p, end != NULL ? (gsize) (end - p) : strlen (p));
      char *stripped = g_strstrip (line);
      char *key = NULL;

      if (*stripped == '[' && stripped[strlen (stripped) - 1] == ']')
        {
          g_free (group);
          group = g_strndup (stripped + 1, strlen (stripped) - 2);
          key = g_strdup (group);
        }
      else if (group != NULL && *stripped != '#' && strchr (stripped, '=') != NULL)
        {
          char *equals = strchr (stripped, '=');

          *equals = '\0';
          key = g_strdup_printf ("%s\n%s", group, g_strstrip (stripped));
        }
      if (key != NULL && !g_hash_table_contains (lines, key))
        g_hash_table_insert (lines, key, GUINT_TO_POINTER (n));
      else
        g_free (key);
      if (end == NULL)
        break;
      p = end + 1;
    }
  return lines;
}

guint
kiosk_ini_line_of (GHashTable *lines,
                   const char *group,
                   const char *key)
{
  g_autofree char *name = key != NULL ? g_strdup_printf ("%s\n%s", group, key) : g_strdup (group);

  return MAX (GPOINTER_TO_UINT (g_hash_table_lookup (lines, name)), 1);
}
