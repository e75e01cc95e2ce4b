/* kiosk-markdown-check.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-markdown"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include "kiosk-markdown-private.h"

/* What a page shows other than its writer meant, found in cmark's tree
 * next to the source lines: a list item indented so that it is not in
 * the item above, but code, a line of the paragraph above or a list of
 * its own; and a page too long to read standing at the kiosk. */

/* A source line that starts like a list item. */
typedef struct
{
  gboolean is_marker;
  gboolean bullet;       /* "-", "*" or "+" */
  gboolean is_one;       /* "1." or "1)" */
  guint    indent;       /* columns before the marker */
  guint    content;      /* column where the item's text starts */
  gboolean fence;        /* holds ``` or ~~~ */
} LineInfo;

static gboolean
is_blank (char c)
{
  return c == ' ' || c == '\t';
}

/* "- - -" and "* * *" are rules, not items. */
static gboolean
is_rule (const char *p,
         const char *end)
{
  char c = *p;
  guint count = 0;

  for (; p < end && *p != '\r'; p++)
    if (*p == c)
      count++;
    else if (!is_blank (*p))
      return FALSE;
  return count >= 3;
}

/* Reads the line from @p to @end (its newline excluded); tabs count to
 * the next multiple of 4 columns, as cmark counts them. */
static LineInfo
read_line (const char *p,
           const char *end)
{
  LineInfo info = { 0 };
  const char *digits;
  guint col = 0;

  for (; p < end && is_blank (*p); p++)
    col = *p == '\t' ? (col + 4) / 4 * 4 : col + 1;
  info.indent = col;
  if (p >= end)
    return info;

  digits = p;
  if (*p == '-' || *p == '*' || *p == '+')
    {
      if (is_rule (p, end))
        return info;
      info.bullet = TRUE;
      p++;
    }
  else
    {
      while (p < end && p - digits < 9 && g_ascii_isdigit (*p))
        p++;
      if (p == digits || p >= end || (*p != '.' && *p != ')'))
        return info;
      info.is_one = p - digits == 1 && *digits == '1';
      p++;
    }
  col += p - digits;

  /* A marker, a space, then words: "-5 °C" and "1.5 mg" are no items. */
  if (p >= end || !is_blank (*p))
    return info;
  info.content = col;
  for (; p < end && is_blank (*p); p++)
    col = *p == '\t' ? (col + 4) / 4 * 4 : col + 1;
  if (p >= end || *p == '\r')
    return info;
  /* Five spaces or more: the text is code, and starts one column in. */
  info.content = col - info.content > 4 ? info.content + 1 : col;
  info.is_marker = TRUE;
  return info;
}

static GArray *
read_lines (const char *text,
            gsize       len)
{
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (LineInfo));
  const char *end = text + len;
  LineInfo none = { 0 };

  /* cmark's lines are 1-based. */
  g_array_append_val (lines, none);
  for (const char *p = text; p <= end;)
    {
      const char *eol = memchr (p, '\n', end - p);
      LineInfo info = read_line (p, eol != NULL ? eol : end);

      info.fence = g_strstr_len (p, (eol != NULL ? eol : end) - p, "```") != NULL ||
                   g_strstr_len (p, (eol != NULL ? eol : end) - p, "~~~") != NULL;
      g_array_append_val (lines, info);
      if (eol == NULL)
        break;
      p = eol + 1;
    }
  return lines;
}

static const LineInfo *
line_at (GArray *lines,
         int     line)
{
  static const LineInfo none = { 0 };

  if (line <= 0 || (guint) line >= lines->len)
    return &none;
  return &g_array_index (lines, LineInfo, line);
}

static cmark_node *
parent_of_type (cmark_node      *node,
                cmark_node_type  type)
{
  for (cmark_node *n = cmark_node_parent (node); n != NULL; n = cmark_node_parent (n))
    if (cmark_node_get_type (n) == type)
      return n;
  return NULL;
}

static gboolean
is_ancestor (cmark_node *ancestor,
             cmark_node *node)
{
  for (cmark_node *n = node; n != NULL; n = cmark_node_parent (n))
    if (n == ancestor)
      return TRUE;
  return FALSE;
}

static int
last_line (cmark_node *node)
{
  /* A block that ends at column 0 ended with the line before. */
  return cmark_node_get_end_line (node) - (cmark_node_get_end_column (node) == 0 ? 1 : 0);
}

/* @format names @indent, then @wanted if it needs it. */
static void
report_indent (Walker     *w,
               int         line,
               const char *format,
               guint       indent,
               guint       wanted)
{
  kiosk_walker_report (w, line + w->context->first_line - 1, format, indent, wanted);
}

/* @item starts a list under a numbered item, but is indented less than
 * that item's text, so cmark made it a list of its own, or the next
 * number of the list above ("1. Step" and " - detail"). @above is the list
 * item entered before it. */
static void
check_item (Walker     *w,
            GArray     *lines,
            cmark_node *item,
            cmark_node *above)
{
  int line = cmark_node_get_start_line (item);
  const LineInfo *info = line_at (lines, line);
  cmark_node *before = cmark_node_previous (item);
  cmark_node *owner = NULL;
  const LineInfo *owner_info;

  if (above == NULL || !info->is_marker || info->indent == 0 ||
      (!info->bullet && !info->is_one) ||
      parent_of_type (item, CMARK_NODE_BLOCK_QUOTE) != NULL)
    return;
  /* Only right after the list above, not after a paragraph between. */
  if (before == NULL)
    before = cmark_node_previous (cmark_node_parent (item));
  if (before == NULL || !is_ancestor (before, above))
    return;

  /* The item the writer meant: the innermost above whose marker is to
   * the left of this one. */
  for (cmark_node *n = above; n != NULL && !is_ancestor (n, item);
       n = parent_of_type (n, CMARK_NODE_ITEM))
    if (line_at (lines, cmark_node_get_start_line (n))->indent < info->indent)
      {
        owner = n;
        break;
      }
  if (owner == NULL || cmark_node_get_list_type (cmark_node_parent (owner)) != CMARK_ORDERED_LIST)
    return;
  owner_info = line_at (lines, cmark_node_get_start_line (owner));
  if (!owner_info->is_marker || info->indent >= owner_info->content)
    return;

  report_indent (w, line,
                 g_dngettext (GETTEXT_PACKAGE,
                              "this line is indented %u space, so it is not part of the "
                              "list item above; indent it %u spaces to put it inside that "
                              "item",
                              "this line is indented %u spaces, so it is not part of the "
                              "list item above; indent it %u spaces to put it inside that "
                              "item", info->indent),
                 info->indent, owner_info->content);
}

/* What became of a line indented past its list item: code, or more of
 * the paragraph above; and how to make it an item inside that list item,
 * or (outside any list) a list of its own. */
static const char *
block_message (gboolean code,
               gboolean in_item,
               guint    indent)
{
  if (code && in_item)
    return g_dngettext (GETTEXT_PACKAGE,
                        "this line is indented %u space, so it is shown as code, not as a "
                        "list item; indent it %u spaces to put it inside the list item above",
                        "this line is indented %u spaces, so it is shown as code, not as a "
                        "list item; indent it %u spaces to put it inside the list item above",
                        indent);
  if (code)
    return g_dngettext (GETTEXT_PACKAGE,
                        "this line is indented %u space, so it is shown as code, not as a "
                        "list item; remove the spaces before it",
                        "this line is indented %u spaces, so it is shown as code, not as a "
                        "list item; remove the spaces before it", indent);
  if (in_item)
    return g_dngettext (GETTEXT_PACKAGE,
                        "this line is indented %u space, so it is joined to the line above, "
                        "not shown as a list item; indent it %u spaces to put it inside the "
                        "list item above",
                        "this line is indented %u spaces, so it is joined to the line above, "
                        "not shown as a list item; indent it %u spaces to put it inside the "
                        "list item above", indent);
  return g_dngettext (GETTEXT_PACKAGE,
                      "this line is indented %u space, so it is joined to the line above, "
                      "not shown as a list item; remove the spaces before it",
                      "this line is indented %u spaces, so it is joined to the line above, "
                      "not shown as a list item; remove the spaces before it", indent);
}

/* A line written as a list item that cmark read as more of the paragraph
 * above or as code, because it is indented 4 columns or more past where
 * the text of its list item (or the page) starts. Said once per block. */
static void
check_block (Walker     *w,
             GArray     *lines,
             cmark_node *block)
{
  gboolean code = cmark_node_get_type (block) == CMARK_NODE_CODE_BLOCK;
  int first = cmark_node_get_start_line (block) + (code ? 0 : 1);
  cmark_node *item = parent_of_type (block, CMARK_NODE_ITEM);
  guint content = 0;

  if (parent_of_type (block, CMARK_NODE_BLOCK_QUOTE) != NULL)
    return;
  if (item != NULL)
    {
      const LineInfo *item_info = line_at (lines, cmark_node_get_start_line (item));

      if (!item_info->is_marker)
        return;
      content = item_info->content;
    }

  for (int line = first; line <= last_line (block); line++)
    {
      const LineInfo *info = line_at (lines, line);

      if (!info->is_marker || info->indent < content + 4)
        continue;
      /* Where only a bullet or a 1 starts a list inside a paragraph. */
      if (!code && !info->bullet && !info->is_one)
        continue;

      report_indent (w, line, block_message (code, item != NULL, info->indent), info->indent,
                     content);
      return;
    }
}

/**
 * kiosk_walker_check_lists:
 * @w: the walker that read @root
 * @root: cmark's document
 * @text: the text cmark read
 * @len: its length
 *
 * Warns of each list item indented so that it is not where its writer
 * meant it.
 */
void
kiosk_walker_check_lists (Walker     *w,
                          cmark_node *root,
                          const char *text,
                          gsize       len)
{
  g_autoptr(GArray) lines = read_lines (text, len);
  cmark_iter *iter = cmark_iter_new (root);
  cmark_node *above = NULL;
  cmark_event_type event;

  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);
      cmark_node_type type;

      if (event != CMARK_EVENT_ENTER)
        continue;
      type = cmark_node_get_type (node);
      if (type == CMARK_NODE_ITEM)
        {
          check_item (w, lines, node, above);
          above = node;
        }
      else if (type == CMARK_NODE_PARAGRAPH)
        check_block (w, lines, node);
      /* A fenced block (``` or ~~~) is code on purpose. */
      else if (type == CMARK_NODE_CODE_BLOCK &&
               !line_at (lines, cmark_node_get_start_line (node))->fence)
        check_block (w, lines, node);
    }
  cmark_iter_free (iter);
}

/* Words in @literal, as ICU's word break iterator finds them: in Chinese,
 * Japanese and Thai, written without spaces, from its dictionaries. */
static guint
count_words (UBreakIterator *words,
             const char     *literal,
             guint           wanted)
{
  UErrorCode status = U_ZERO_ERROR;
  UText *utext = utext_openUTF8 (NULL, literal, -1, &status);
  guint count = 0;

  ubrk_setUText (words, utext, &status);
  if (U_SUCCESS (status))
    for (int32_t end = ubrk_next (words); end != UBRK_DONE && count < wanted;
         end = ubrk_next (words))
      if (ubrk_getRuleStatus (words) >= UBRK_WORD_NONE_LIMIT)
        count++;
  utext_close (utext);
  return count;
}

/**
 * kiosk_walker_check_length:
 * @w: the walker that read @root
 * @root: cmark's document
 * @max_words: the most words a page should have
 *
 * Warns, at the line of the first word past @max_words, of a page too
 * long to read standing. Pictures' descriptions are not counted.
 */
void
kiosk_walker_check_length (Walker     *w,
                           cmark_node *root,
                           guint       max_words)
{
  UErrorCode status = U_ZERO_ERROR;
  UBreakIterator *words = ubrk_open (UBRK_WORD, "", NULL, 0, &status);
  cmark_iter *iter;
  cmark_event_type event;
  guint count = 0, in_image = 0;

  if (U_FAILURE (status))
    return;
  iter = cmark_iter_new (root);
  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);
      cmark_node_type type = cmark_node_get_type (node);

      if (type == CMARK_NODE_IMAGE)
        in_image += event == CMARK_EVENT_ENTER ? 1 : -1;
      if (type != CMARK_NODE_TEXT || in_image > 0)
        continue;
      count += count_words (words, cmark_node_get_literal (node), max_words + 1 - count);
      if (count > max_words)
        {
          kiosk_walker_report (w, kiosk_walker_node_line (w, node),
                               _("the page is more than %u words long, too long to read "
                                 "standing at the kiosk (word %u is on this line); split it "
                                 "into two or more pages"), max_words, max_words + 1);
          break;
        }
    }
  cmark_iter_free (iter);
  ubrk_close (words);
}
