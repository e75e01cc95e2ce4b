/* kiosk-links.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-links"

#include "config.h"

#include <string.h>

#include "kiosk-links.h"
#include "kiosk-paths.h"
#include "kiosk-unicode.h"

static gboolean
is_scheme_char (char c,
                gboolean first)
{
  if (g_ascii_isalpha (c))
    return TRUE;
  return !first && (g_ascii_isdigit (c) || c == '+' || c == '-' || c == '.');
}

/* Returns the URL's scheme in lower case, or NULL for a relative URL. */
static char *
get_scheme (const char *url)
{
  const char *p = url;

  if (!is_scheme_char (*p, TRUE))
    return NULL;
  while (is_scheme_char (*p, FALSE))
    p++;
  if (*p != ':')
    return NULL;

  return g_ascii_strdown (url, p - url);
}

/**
 * kiosk_links_classify:
 * @url: the link destination as written
 * @base_dir: folder of the linking file inside its language folder
 * @target: (out) (transfer full): what the link points at
 *
 * Only links the kiosk can act on are kept: pages, http(s) addresses (shown
 * as a QR code, never opened), phone numbers and e-mail addresses.
 *
 * Returns: the kind of link, %KIOSK_LINK_NONE for anything else
 */
KioskLinkKind
kiosk_links_classify (const char  *url,
                      const char  *base_dir,
                      char       **target)
{
  g_autofree char *scheme = NULL;
  g_autofree char *path = NULL;
  char *hash;

  *target = NULL;
  if (url == NULL || *url == '\0')
    return KIOSK_LINK_NONE;
  /* An address with a hidden direction override or zero-width character
   * would show one thing and lead to another. */
  if (kiosk_unicode_has_hidden (url))
    return KIOSK_LINK_NONE;

  scheme = get_scheme (url);
  if (scheme != NULL)
    {
      const char *rest = url + strlen (scheme) + 1;

      if (strcmp (scheme, "http") == 0 || strcmp (scheme, "https") == 0)
        {
          if (!kiosk_paths_is_web_address (url))
            return KIOSK_LINK_NONE;
          *target = g_strdup (url);
          return KIOSK_LINK_WEB;
        }
      if (strcmp (scheme, "tel") == 0 || strcmp (scheme, "mailto") == 0)
        {
          g_autofree char *decoded = g_uri_unescape_string (rest, NULL);

          if (decoded == NULL || *decoded == '\0' || !g_utf8_validate (decoded, -1, NULL))
            return KIOSK_LINK_NONE;
          *target = g_steal_pointer (&decoded);
          return scheme[0] == 't' ? KIOSK_LINK_PHONE : KIOSK_LINK_EMAIL;
        }
      return KIOSK_LINK_NONE;
    }

  if (url[0] == '#' || strstr (url, "//") == url)
    return KIOSK_LINK_NONE;

  /* "%FF" unescapes to a byte that is not UTF-8: no page has that name,
   * and it must never reach an action's string. */
  path = g_uri_unescape_string (url, NULL);
  if (path == NULL || !g_utf8_validate (path, -1, NULL))
    return KIOSK_LINK_NONE;
  if ((hash = strchr (path, '#')) != NULL)
    *hash = '\0';
  if ((hash = strchr (path, '?')) != NULL)
    *hash = '\0';

  if (g_str_has_suffix (path, ".md"))
    {
      g_autofree char *file = kiosk_paths_normalize (base_dir, path);

      if (file == NULL)
        return KIOSK_LINK_NONE;
      *target = kiosk_paths_to_page_id (file);
    }
  else
    {
      char *id = path;

      while (*id == '/')
        id++;
      while (*id != '\0' && id[strlen (id) - 1] == '/')
        id[strlen (id) - 1] = '\0';
      if (*id == '\0' || strstr (id, "..") != NULL)
        return KIOSK_LINK_NONE;
      *target = g_strdup (id);
    }

  return *target != NULL ? KIOSK_LINK_PAGE : KIOSK_LINK_NONE;
}

/**
 * kiosk_links_check_image:
 * @url: an image destination as written
 *
 * Images are files inside the content folder, named relative to it.
 *
 * Returns: (transfer full) (nullable): the normalised relative path, or
 *   %NULL when @url is absolute, has a scheme, or uses "..".
 */
char *
kiosk_links_check_image (const char *url)
{
  g_autofree char *scheme = NULL;
  g_autofree char *path = NULL;
  g_auto(GStrv) parts = NULL;

  if (url == NULL || *url == '\0')
    return NULL;
  scheme = get_scheme (url);
  if (scheme != NULL)
    return NULL;

  path = g_uri_unescape_string (url, NULL);
  if (path == NULL || !g_utf8_validate (path, -1, NULL))
    return NULL;
  parts = g_strsplit (path, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (strcmp (parts[i], "..") == 0)
      return NULL;

  return kiosk_paths_normalize (NULL, path);
}

/**
 * kiosk_links_to_ascii:
 * @url: a web address
 *
 * A host name in another script ("пример.рф") can look like a familiar
 * one; its ASCII form ("xn--e1afmkfd.xn--p1ai") cannot. The kiosk shows
 * and encodes in the QR code the ASCII form, so the address a patient
 * reads is the address the code holds.
 *
 * Returns: (transfer full): @url with its host name in ASCII (punycode),
 *   or a copy of @url when it already is or cannot be parsed
 */
char *
kiosk_links_to_ascii (const char *url)
{
  const char *start, *end, *at;
  g_autofree char *host = NULL;
  g_autofree char *ascii = NULL;

  g_return_val_if_fail (url != NULL, NULL);

  /* scheme://[user@]host[:port][/path][?query][#fragment] */
  start = strstr (url, "://");
  if (start == NULL)
    return g_strdup (url);
  start += 3;
  end = start + strcspn (start, "/?#");
  at = memchr (start, '@', end - start);
  if (at != NULL)
    start = at + 1;
  host = g_strndup (start, strcspn (start, ":/?#"));
  if (!g_hostname_is_non_ascii (host) || (ascii = g_hostname_to_ascii (host)) == NULL)
    return g_strdup (url);
  return g_strdup_printf ("%.*s%s%s", (int) (start - url), url, ascii, start + strlen (host));
}
