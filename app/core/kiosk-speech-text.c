/* kiosk-speech-text.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What to read aloud for a page: its text as plain lines, each ending
 * with a pause, web addresses read by their site name. */

#define G_LOG_DOMAIN "kiosk-speech"

#include "config.h"

#include <string.h>

#include "kiosk-speech.h"

static gboolean
is_closing_mark (gunichar c)
{
  switch (c)
    {
    case ')':
    case ']':
    case '"':
    case '\'':
    case 0x00BB:  /* » */
    case 0x2019:  /* ’ */
    case 0x201D:  /* ” */
      return TRUE;

    default:
      return FALSE;
    }
}

static gboolean
is_pause_mark (gunichar c)
{
  switch (c)
    {
    case '.':
    case '!':
    case '?':
    case ':':
    case ';':
    case 0x2026:  /* … */
      return TRUE;

    default:
      return FALSE;
    }
}

/* Whether the voice already pauses at the end of @line. Closing quotes and
 * brackets are looked past: "(MSCs)" needs a full stop, "“Stop.”" does not. */
static gboolean
ends_with_pause (const char *line,
                 gsize       len)
{
  const char *end = line + len;

  while (end > line)
    {
      const char *prev = g_utf8_find_prev_char (line, end);
      gunichar c = g_utf8_get_char (prev);

      if (!is_closing_mark (c))
        return is_pause_mark (c);
      end = prev;
    }

  return FALSE;
}

static gboolean
looks_like_url (const char *word)
{
  return strstr (word, "://") != NULL || g_ascii_strncasecmp (word, "www.", 4) == 0;
}

/* A web address written out in the text (an autolink) is read as its site
 * name: "https://www.example.org/a/b?c=d." becomes "example.org." */
static void
append_url (GString    *str,
            const char *word)
{
  const char *host = strstr (word, "://");
  const char *end = word + strlen (word);

  /* Punctuation after the address belongs to the sentence. */
  while (end > word && strchr (".,;:!?", end[-1]) != NULL)
    end--;

  host = host != NULL ? host + 3 : word;
  if (g_ascii_strncasecmp (host, "www.", 4) == 0)
    host += 4;
  host = MIN (host, end);

  g_string_append_len (str, host, MIN (strcspn (host, "/?#:"), (gsize) (end - host)));
  g_string_append (str, end);
}

/* Appends one line of plain text, ending it with a full stop when it has
 * no pause of its own, so that the voice stops between headings, list
 * items and paragraphs instead of running them together. */
static void
append_line (GString    *str,
             const char *line)
{
  g_auto(GStrv) words = g_strsplit_set (line, " \t\r\n", -1);
  gsize start = str->len;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (str->len > start)
        g_string_append_c (str, ' ');
      if (looks_like_url (words[i]))
        append_url (str, words[i]);
      else
        g_string_append (str, words[i]);
    }

  if (str->len == start)
    return;
  if (!ends_with_pause (str->str + start, str->len - start))
    g_string_append_c (str, '.');
  g_string_append_c (str, '\n');
}

/**
 * kiosk_speech_text_for_document:
 * @title: (nullable): the page title; %NULL for the document's own
 * @document: (nullable): the page
 *
 * Builds the text to read aloud for a page: the title, then each block of
 * the page as plain text, one per line. Every line ends with a pause
 * (a full stop is added where it has none), links are read by their
 * text, and web addresses written out in the text by their site name.
 * The page's first heading is not read twice when it is the title.
 *
 * Returns: (transfer full): the text; empty when there is nothing to read
 */
char *
kiosk_speech_text_for_document (const char          *title,
                                const KioskDocument *document)
{
  g_autoptr(GString) str = g_string_new (NULL);
  g_autofree char *title_line = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean title_pending;

  if (title == NULL && document != NULL)
    title = document->title;
  if (title != NULL)
    {
      title_line = g_strstrip (g_strdup (title));
      append_line (str, title_line);
    }
  if (document == NULL)
    return g_string_free (g_steal_pointer (&str), FALSE);

  text = kiosk_document_get_text (document);
  lines = g_strsplit (text, "\n", -1);
  title_pending = title_line != NULL && *title_line != '\0';

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] == '\0')
        continue;

      if (title_pending && g_str_equal (lines[i], title_line))
        {
          title_pending = FALSE;
          continue;
        }
      title_pending = FALSE;
      append_line (str, lines[i]);
    }

  return g_string_free (g_steal_pointer (&str), FALSE);
}
