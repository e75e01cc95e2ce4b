/* kiosk-paths.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-paths"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "kiosk-paths.h"

/**
 * kiosk_paths_normalize:
 * @base_dir: (nullable): a folder inside the content tree, "" or NULL for its top
 * @relative: a path as written in a Markdown file
 *
 * Joins @relative to @base_dir and resolves "." and "..", without touching
 * the file system.
 *
 * Returns: (transfer full) (nullable): a relative path with "/" separators,
 *   or %NULL when @relative is absolute, empty, has a backslash or a NUL, or
 *   climbs out of the tree.
 */
char *
kiosk_paths_normalize (const char *base_dir,
                       const char *relative)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  g_auto(GStrv) base = NULL;
  g_auto(GStrv) rel = NULL;

  if (relative == NULL || *relative == '\0' || *relative == '/' ||
      strchr (relative, '\\') != NULL)
    return NULL;

  base = g_strsplit (base_dir != NULL ? base_dir : "", "/", -1);
  rel = g_strsplit (relative, "/", -1);

  for (guint i = 0; base[i] != NULL; i++)
    if (*base[i] != '\0' && strcmp (base[i], ".") != 0)
      g_ptr_array_add (parts, base[i]);

  for (guint i = 0; rel[i] != NULL; i++)
    {
      if (*rel[i] == '\0' || strcmp (rel[i], ".") == 0)
        continue;
      if (strcmp (rel[i], "..") == 0)
        {
          if (parts->len == 0)
            return NULL;
          g_ptr_array_remove_index (parts, parts->len - 1);
          continue;
        }
      g_ptr_array_add (parts, rel[i]);
    }

  if (parts->len == 0)
    return NULL;

  g_ptr_array_add (parts, NULL);
  return g_strjoinv ("/", (char **) parts->pdata);
}

/**
 * kiosk_paths_strip_prefix:
 * @name: a file or folder name such as "20-therapies"
 * @order: (out) (optional): the number in front, or G_MAXUINT without one
 *
 * Returns: (transfer full): @name without its "NN-" ordering prefix.
 */
char *
kiosk_paths_strip_prefix (const char *name,
                          guint      *order)
{
  const char *p = name;
  guint64 n = 0;

  while (g_ascii_isdigit (*p) && p - name < 9)
    n = n * 10 + (*p++ - '0');

  if (p != name && *p == '-' && p[1] != '\0')
    {
      if (order != NULL)
        *order = (guint) n;
      return g_strdup (p + 1);
    }

  if (order != NULL)
    *order = G_MAXUINT;
  return g_strdup (name);
}

/**
 * kiosk_paths_to_page_id:
 * @path: a path inside a language folder, e.g. "30-therapies/40-prp.md"
 *
 * Page ids drop the ordering prefixes and the ".md" extension; a section's
 * "index.md" stands for the section itself.
 *
 * Returns: (transfer full) (nullable): the id, e.g. "therapies/prp"
 */
char *
kiosk_paths_to_page_id (const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  guint n = g_strv_length (parts);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup (parts[i]);

      if (i == n - 1 && g_str_has_suffix (name, ".md"))
        {
          name[strlen (name) - 3] = '\0';
          if (strcmp (name, "index") == 0 && i > 0)
            continue;
        }
      if (*name == '\0')
        return NULL;
      g_ptr_array_add (ids, kiosk_paths_strip_prefix (name, NULL));
    }

  if (ids->len == 0)
    return NULL;

  g_ptr_array_add (ids, NULL);
  return g_strjoinv ("/", (char **) ids->pdata);
}

/**
 * kiosk_paths_is_inside:
 * @root: the content folder
 * @path: a file that should be inside it
 *
 * Resolves symbolic links on both sides, so a link that points out of the
 * content folder is caught.
 *
 * Returns: %TRUE when @path exists and really lies inside @root
 */
gboolean
kiosk_paths_is_inside (const char *root,
                       const char *path)
{
  g_autofree char *real_root = realpath (root, NULL);
  g_autofree char *real_path = realpath (path, NULL);
  gsize len;

  if (real_root == NULL || real_path == NULL)
    return FALSE;

  len = strlen (real_root);
  return strncmp (real_root, real_path, len) == 0 &&
         (real_path[len] == '/' || (len == 1 && real_root[0] == '/'));
}

/**
 * kiosk_paths_is_web_address:
 * @url: a URL
 *
 * Returns: %TRUE for a well-formed http or https URL with a host
 */
gboolean
kiosk_paths_is_web_address (const char *url)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme, *host;

  if (url == NULL)
    return FALSE;
  /* Spaces and control characters must be percent-encoded in a real URL;
   * GUri lets them through, but a phone would not open the address. */
  for (const char *p = url; *p != '\0'; p++)
    if ((guchar) *p <= 0x20 || *p == 0x7f)
      return FALSE;
  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL)
    return FALSE;
  scheme = g_uri_get_scheme (uri);
  host = g_uri_get_host (uri);
  return (g_ascii_strcasecmp (scheme, "https") == 0 || g_ascii_strcasecmp (scheme, "http") == 0) &&
         host != NULL && *host != '\0';
}

/**
 * kiosk_paths_is_ignored_name:
 * @name: a file or folder name in the content folder
 *
 * Hidden files and what editors keep next to the file they edit (swap,
 * backup and autosave files: .page.md.swp, page.md~, #page.md#,
 * page.md.bak) are not content: the loader skips them and the folder
 * watch does not reload for them.
 *
 * Returns: whether @name is one of those
 */
gboolean
kiosk_paths_is_ignored_name (const char *name)
{
  g_return_val_if_fail (name != NULL, TRUE);

  return name[0] == '\0' || name[0] == '.' || name[0] == '#' || g_str_has_suffix (name, "~") ||
         g_str_has_suffix (name, ".swp") || g_str_has_suffix (name, ".swx") ||
         g_str_has_suffix (name, ".bak");
}
