/* kiosk-markdown-limits.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-markdown"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kiosk-markdown-limits.h"

typedef struct
{
  guint brackets;
  guint links;
  guint emphasis;
  guint backticks;
  guint angles;
  guint blank_run;
} Counts;

/* A list item's marker at @p ("-", "*", "+", "1." or "1)" and a space),
 * or NULL. */
static const char *
skip_list_marker (const char *p,
                  const char *end)
{
  const char *q = p;

  if (q < end && (*q == '-' || *q == '*' || *q == '+'))
    q++;
  else
    {
      while (q < end && q - p < 9 && g_ascii_isdigit (*q))
        q++;
      if (q == p || q >= end || (*q != '.' && *q != ')'))
        return NULL;
      q++;
    }
  if (q < end && *q != ' ' && *q != '\t')
    return NULL;
  return q;
}

/* How many quotes and list items open on the line, and how far it is
 * indented. */
static void
measure_line_start (const char *p,
                    const char *end,
                    guint      *depth,
                    guint      *indent)
{
  *depth = 0;
  *indent = 0;
  while (p < end)
    {
      const char *after;

      if (*p == ' ' || *p == '\t')
        {
          *indent += *p == '\t' ? 4 : 1;
          p++;
        }
      else if (*p == '>')
        {
          (*depth)++;
          p++;
        }
      else if ((after = skip_list_marker (p, end)) != NULL)
        {
          (*depth)++;
          p = after;
        }
      else
        break;
    }
}

/* @what is still to be translated: it is looked up only when a limit is
 * passed, not for every mark on the page. */
static gboolean
over (guint       count,
      guint       limit,
      const char *what,
      char      **message)
{
  if (count <= limit)
    return FALSE;
  /* Translators: %s is like “[ brackets”; %u is the limit */
  *message = g_strdup_printf (_("this page has more than %u %s, far more than a page for "
                                "patients needs; the kiosk does not show it (it may be damaged "
                                "or pasted from somewhere else)"), limit, _(what));
  return TRUE;
}

static gboolean
count_line (Counts      *counts,
            const char  *p,
            const char  *end,
            char       **message)
{
  for (; p < end; p++)
    {
      switch (*p)
        {
        case '[':
          if (over (++counts->brackets, KIOSK_MARKDOWN_MAX_BRACKETS, N_("“[” brackets"), message))
            return FALSE;
          break;

        case ']':
          if (p + 1 < end && p[1] == '(' &&
              over (++counts->links, KIOSK_MARKDOWN_MAX_LINKS, N_("links"), message))
            return FALSE;
          break;

        case '*':
        case '_':
          if (over (++counts->emphasis, KIOSK_MARKDOWN_MAX_EMPHASIS, N_("“*” and “_” marks"),
                    message))
            return FALSE;
          break;

        case '`':
          if (over (++counts->backticks, KIOSK_MARKDOWN_MAX_BACKTICKS, N_("“`” marks"), message))
            return FALSE;
          break;

        case '<':
          if (over (++counts->angles, KIOSK_MARKDOWN_MAX_ANGLES, N_("“<” signs"), message))
            return FALSE;
          break;

        default:
          break;
        }
    }
  return TRUE;
}

/**
 * kiosk_markdown_check_limits:
 * @text: Markdown
 * @len: its length in bytes
 * @line: (out): where a limit is passed, from 1
 * @message: (out) (transfer full): what is wrong, for staff
 *
 * Checks @text, in one pass, against the limits in this header.
 *
 * Returns: %TRUE when @text is within every limit
 */
gboolean
kiosk_markdown_check_limits (const char  *text,
                             gsize        len,
                             guint       *line,
                             char       **message)
{
  const char *end = text + len;
  Counts counts = { 0 };

  g_return_val_if_fail (text != NULL || len == 0, FALSE);
  g_return_val_if_fail (line != NULL && message != NULL, FALSE);

  *line = 1;
  *message = NULL;
  for (const char *p = text; p < end; (*line)++)
    {
      const char *eol = memchr (p, '\n', end - p);
      const char *next = eol != NULL ? eol + 1 : end;
      guint depth, indent;

      if (eol == NULL)
        eol = end;
      measure_line_start (p, eol, &depth, &indent);
      if (p + indent == eol || (eol > p && eol[-1] == '\r' && p + indent + 1 == eol))
        counts.blank_run++;
      else
        counts.blank_run = 0;

      if (counts.blank_run > KIOSK_MARKDOWN_MAX_BLANK_RUN)
        {
          *message = g_strdup_printf (_("more than %d empty lines in a row; remove them"),
                                      KIOSK_MARKDOWN_MAX_BLANK_RUN);
          return FALSE;
        }
      if (depth > KIOSK_MARKDOWN_MAX_NESTING)
        {
          *message = g_strdup_printf (_("more than %d quotes or lists inside each other on "
                                        "this line; a page for patients needs two or three"),
                                      KIOSK_MARKDOWN_MAX_NESTING);
          return FALSE;
        }
      if (indent > KIOSK_MARKDOWN_MAX_INDENT)
        {
          *message = g_strdup_printf (_("this line is indented by more than %d spaces; lists "
                                        "and quotes this deep cannot be shown"),
                                      KIOSK_MARKDOWN_MAX_INDENT);
          return FALSE;
        }
      if (!count_line (&counts, p, eol, message))
        return FALSE;
      p = next;
    }
  return TRUE;
}
