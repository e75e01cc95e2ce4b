/* fuzz-util.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fuzz-util.h"

/**
 * fuzz_count_lines:
 * @text: an input
 * @len: its length in bytes
 *
 * Lines end as an editor (and cmark) ends them: at "\n", "\r\n" or "\r".
 *
 * Returns: the lines a staff member's editor shows for @text, at least 1
 */
guint
fuzz_count_lines (const char *text,
                  gsize       len)
{
  guint lines = 1;

  for (gsize i = 0; i < len; i++)
    lines += text[i] == '\n' || (text[i] == '\r' && (i + 1 == len || text[i + 1] != '\n'));
  return lines;
}

/* Every message names @file and a line staff can go to. */
void
fuzz_check_diagnostics (KioskDiagnostics *diagnostics,
                        const char       *file,
                        guint             lines)
{
  for (guint i = 0; i < kiosk_diagnostics_get_count (diagnostics); i++)
    {
      const KioskDiagnostic *d = kiosk_diagnostics_get (diagnostics, i);

      if (g_strcmp0 (d->file, file) != 0)
        g_error ("a message names %s, not %s: %s", d->file, file, d->message);
      if (d->line < 1 || d->line > lines)
        g_error ("a message is on line %u of a %u-line input: %s", d->line, lines, d->message);
      fuzz_check_utf8 ("a message", d->message);
    }
}

void
fuzz_check_utf8 (const char *what,
                 const char *text)
{
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    g_error ("%s is not UTF-8 text", what);
}

/*
 * Markup: what kiosk-document.c writes, and nothing else
 */

typedef struct
{
  gboolean links;
  guint    depth;
  gboolean in_link;
} MarkupCheck;

static gboolean
skip_number (const char **p)
{
  const char *start = *p;

  while (g_ascii_isdigit (**p))
    (*p)++;
  return *p > start;
}

/* "N" for a link, "t:TERM:OFFSET" for a glossary word. */
static gboolean
is_link_target (const char *href,
                gboolean   *term)
{
  const char *p = href;

  *term = g_str_has_prefix (href, "t:");
  if (*term)
    {
      p += 2;
      if (!skip_number (&p) || *p++ != ':')
        return FALSE;
    }
  return skip_number (&p) && *p == '\0';
}

static gboolean
check_attributes (const char  *element,
                  const char **names,
                  const char **values,
                  gboolean     links)
{
  guint n = g_strv_length ((char **) names);

  if (strcmp (element, "b") == 0 || strcmp (element, "i") == 0)
    return n == 0;
  if (strcmp (element, "span") == 0)
    return n == 1 && strcmp (names[0], "font_family") == 0 && strcmp (values[0], "monospace") == 0;
  if (strcmp (element, "a") == 0 && links)
    {
      gboolean term;

      if (n < 1 || strcmp (names[0], "href") != 0 || !is_link_target (values[0], &term))
        return FALSE;
      if (!term)
        return n == 1;
      return n == 2 && strcmp (names[1], "class") == 0 && strcmp (values[1], "term") == 0;
    }
  return FALSE;
}

static void
start_element (GMarkupParseContext *context,
               const char          *element,
               const char         **names,
               const char         **values,
               gpointer             user_data,
               GError             **error)
{
  MarkupCheck *check = user_data;

  if (check->depth++ == 0)
    {
      if (strcmp (element, "markup") != 0)
        g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_UNKNOWN_ELEMENT, "no root");
      return;
    }
  if (!check_attributes (element, names, values, check->links) ||
      (strcmp (element, "a") == 0 && check->in_link) || check->depth > 6)
    g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_UNKNOWN_ELEMENT,
                 "<%s> is not markup the adapter writes there", element);
  if (strcmp (element, "a") == 0)
    check->in_link = TRUE;
}

static void
end_element (GMarkupParseContext *context,
             const char          *element,
             gpointer             user_data,
             GError             **error)
{
  MarkupCheck *check = user_data;

  check->depth--;
  if (strcmp (element, "a") == 0)
    check->in_link = FALSE;
}

/**
 * fuzz_check_markup:
 * @markup: a block's markup
 * @links: whether <a href> may be in it (GtkLabel's links and terms)
 *
 * Pango markup, checked the cheap way: well-formed, UTF-8, and only the
 * elements and attributes kiosk-document.c writes, so Pango and GtkLabel
 * take it as it is.
 */
void
fuzz_check_markup (const char *markup,
                   gboolean    links)
{
  static const GMarkupParser parser = { start_element, end_element, NULL, NULL, NULL };
  MarkupCheck check = { links, 0, FALSE };
  g_autoptr(GMarkupParseContext) context =
    g_markup_parse_context_new (&parser, 0, &check, NULL);
  g_autoptr(GError) error = NULL;

  if (!g_markup_parse_context_parse (context, "<markup>", -1, &error) ||
      !g_markup_parse_context_parse (context, markup, -1, &error) ||
      !g_markup_parse_context_parse (context, "</markup>", -1, &error) ||
      !g_markup_parse_context_end_parse (context, &error))
    g_error ("bad markup %s: %s", markup, error->message);
}

/**
 * fuzz_split:
 * @data: an input
 * @size: its length
 * @parts: how many parts to make
 *
 * Cuts @data at its first @parts - 1 newlines; missing parts are "".
 * A NUL byte ends the part it is in, as it ends a C string.
 *
 * Returns: (transfer full): @parts strings
 */
GStrv
fuzz_split (const uint8_t *data,
            size_t         size,
            guint          parts)
{
  GStrv out = g_new0 (char *, parts + 1);
  const char *p = (const char *) data, *end = p + size;

  for (guint i = 0; i < parts; i++)
    {
      const char *nl = i + 1 < parts ? memchr (p, '\n', end - p) : NULL;
      const char *stop = nl != NULL ? nl : end;

      out[i] = g_strndup (p, stop - p);
      p = nl != NULL ? nl + 1 : end;
    }
  return out;
}
