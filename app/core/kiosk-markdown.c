/* kiosk-markdown.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-markdown"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <cmark.h>

#include "kiosk-markdown-private.h"
#include "kiosk-markdown-limits.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cmark_node, cmark_node_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cmark_iter, cmark_iter_free)

void
kiosk_walker_report (Walker     *w,
                     guint       line,
                     const char *format,
                     ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (w->context == NULL || w->context->diagnostics == NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  kiosk_diagnostics_add (w->context->diagnostics, KIOSK_SEVERITY_WARNING,
                         w->context->file, line, "%s", message);
}

guint
kiosk_walker_node_line (Walker     *w,
                        cmark_node *node)
{
  int line = cmark_node_get_start_line (node);
  cmark_node_type type = cmark_node_get_type (node);

  /* cmark dates a link or an image that runs over several lines from the
   * line where it closes: its text starts where it does. */
  if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE)
    for (cmark_node *child = cmark_node_first_child (node); child != NULL;
         child = cmark_node_next (child))
      if (cmark_node_get_start_line (child) > 0)
        {
          line = MIN (line, cmark_node_get_start_line (child));
          break;
        }

  /* Soft breaks carry no position; fall back to their block. */
  for (cmark_node *n = node; line <= 0 && n != NULL; n = cmark_node_parent (n))
    line = cmark_node_get_start_line (n);

  return MAX (line, 1) + (w->context != NULL ? w->context->first_line - 1 : 0);
}

static ListState *
current_list (Walker *w)
{
  if (w->lists->len == 0)
    return NULL;
  return &g_array_index (w->lists, ListState, w->lists->len - 1);
}

KioskBlock *
kiosk_walker_add_block (Walker         *w,
                        KioskBlockKind  kind,
                        guint           line)
{
  KioskBlock *block = kiosk_document_add_block (w->doc, kind, line);
  ListState *list = current_list (w);

  block->list_depth = MIN (w->lists->len, KIOSK_MAX_DEPTH);
  block->quote_depth = MIN (w->quote_depth, KIOSK_MAX_DEPTH);
  block->marker = g_steal_pointer (&w->marker);
  block->compact = kind == KIOSK_BLOCK_PARAGRAPH && list != NULL && list->tight;

  return block;
}

/* Inline text after an image continues the paragraph in a new block, so
 * that the image can sit between the two halves. */
static KioskBlock *
ensure_inline_block (Walker *w,
                     guint   line)
{
  if (w->block == NULL)
    {
      w->block = kiosk_walker_add_block (w, w->inline_kind, line);
      w->block->level = w->inline_level;
    }
  return w->block;
}

static KioskStyle
current_style (Walker *w)
{
  KioskStyle style = 0;

  if (w->emph > 0)
    style |= KIOSK_STYLE_EMPH;
  if (w->strong > 0)
    style |= KIOSK_STYLE_STRONG;
  return style;
}

static void
add_text (Walker     *w,
          cmark_node *node,
          const char *text,
          KioskStyle  extra)
{
  if (text == NULL)
    return;

  if (w->image != NULL)
    {
      kiosk_block_add_run (w->image, text, -1, 0, -1);
      return;
    }

  if (!w->in_inline)
    return;

  kiosk_block_add_run (ensure_inline_block (w, kiosk_walker_node_line (w, node)),
                       text, -1, current_style (w) | extra, w->link);
}

/*
 * Block nodes
 */

static void
enter_inline_container (Walker         *w,
                        KioskBlockKind  kind,
                        guint           level,
                        cmark_node     *node)
{
  w->inline_kind = kind;
  w->inline_level = level;
  w->in_inline = TRUE;
  w->block = kiosk_walker_add_block (w, kind, kiosk_walker_node_line (w, node));
  w->block->level = level;
}

static void
exit_inline_container (Walker *w)
{
  if (w->inline_kind == KIOSK_BLOCK_HEADING && w->doc->title == NULL && w->block != NULL)
    {
      g_autofree char *title = kiosk_block_get_text (w->block);

      g_strstrip (title);
      if (*title != '\0')
        {
          w->doc->title = g_steal_pointer (&title);
          w->doc->title_line = w->block->line;
        }
    }

  w->in_inline = FALSE;
  w->block = NULL;
}

/* Paragraphs and headings: the blocks that inline text fills. */
static void
walk_inline_container (Walker     *w,
                       cmark_node *node,
                       gboolean    entering)
{
  if (!entering)
    exit_inline_container (w);
  else if (cmark_node_get_type (node) == CMARK_NODE_HEADING)
    enter_inline_container (w, KIOSK_BLOCK_HEADING,
                            CLAMP (cmark_node_get_heading_level (node), 1, 6), node);
  else
    enter_inline_container (w, KIOSK_BLOCK_PARAGRAPH, 0, node);
}

static void
walk_block_quote (Walker     *w,
                  cmark_node *node,
                  gboolean    entering)
{
  if (entering)
    w->quote_depth++;
  else
    w->quote_depth--;
}

static void
walk_list (Walker     *w,
           cmark_node *node,
           gboolean    entering)
{
  ListState state;

  if (!entering)
    {
      g_array_set_size (w->lists, w->lists->len - 1);
      return;
    }

  state.ordered = cmark_node_get_list_type (node) == CMARK_ORDERED_LIST;
  state.tight = cmark_node_get_list_tight (node);
  state.next = cmark_node_get_list_start (node);
  state.delimiter = cmark_node_get_list_delim (node) == CMARK_PAREN_DELIM ? ')' : '.';
  g_array_append_val (w->lists, state);
}

static void
walk_item (Walker     *w,
           cmark_node *node,
           gboolean    entering)
{
  ListState *list = current_list (w);
  static const char *bullets[] = { "•", "◦", "▪" };

  if (!entering)
    {
      if (w->marker != NULL)
        kiosk_walker_add_block (w, KIOSK_BLOCK_PARAGRAPH, kiosk_walker_node_line (w, node));
      return;
    }

  g_free (w->marker);
  if (list == NULL)
    w->marker = g_strdup ("•");
  else if (list->ordered)
    w->marker = g_strdup_printf ("%d%c", list->next++, list->delimiter);
  else
    w->marker = g_strdup (bullets[(w->lists->len - 1) % G_N_ELEMENTS (bullets)]);
}

static void
walk_code_block (Walker     *w,
                 cmark_node *node,
                 gboolean    entering)
{
  const char *literal = cmark_node_get_literal (node);
  gsize len = literal != NULL ? strlen (literal) : 0;
  KioskBlock *block = kiosk_walker_add_block (w, KIOSK_BLOCK_CODE, kiosk_walker_node_line (w, node));

  while (len > 0 && literal[len - 1] == '\n')
    len--;
  if (len > 0)
    kiosk_block_add_run (block, literal, len, KIOSK_STYLE_CODE, -1);
}

static void
walk_thematic_break (Walker     *w,
                     cmark_node *node,
                     gboolean    entering)
{
  kiosk_walker_add_block (w, KIOSK_BLOCK_RULE, kiosk_walker_node_line (w, node));
}

static gboolean
is_comment (const char *literal)
{
  while (literal != NULL && g_ascii_isspace (*literal))
    literal++;
  return literal != NULL && g_str_has_prefix (literal, "<!--");
}

/* The metadata comment holds "key = value" lines. Each line is read on its
 * own through GKeyFile so that a broken line is reported with its number. */
static void
read_metadata (Walker     *w,
               cmark_node *node)
{
  const char *literal = cmark_node_get_literal (node);
  g_auto(GStrv) lines = g_strsplit (literal, "\n", -1);
  guint first = kiosk_walker_node_line (w, node);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GKeyFile) keyfile = g_key_file_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *data = NULL;
      g_auto(GStrv) keys = NULL;
      char *line = lines[i];
      char *end;

      if (i == 0)
        line = strstr (line, "<!--") + 4;
      if ((end = strstr (line, "-->")) != NULL)
        *end = '\0';
      g_strstrip (line);
      if (*line == '\0' || *line == '#')
        continue;

      data = g_strconcat ("[page]\n", line, "\n", NULL);
      if (!g_key_file_load_from_data (keyfile, data, -1, G_KEY_FILE_NONE, &error) ||
          (keys = g_key_file_get_keys (keyfile, "page", NULL, NULL)) == NULL ||
          keys[0] == NULL)
        {
          kiosk_walker_report (w, first + i, _("the settings at the top of the page must be lines like "
                                  "“icon = heart”, not “%s”"), line);
          continue;
        }

      if (w->context->meta != NULL)
        {
          g_autofree char *value = g_key_file_get_string (keyfile, "page", keys[0], NULL);

          g_hash_table_replace (w->context->meta, g_strdup (keys[0]), g_strdup (value));
          if (w->context->meta_lines != NULL)
            g_hash_table_replace (w->context->meta_lines, g_strdup (keys[0]),
                                  GUINT_TO_POINTER (first + i));
        }
    }
}

/* HTML blocks and inline HTML. */
static void
walk_html (Walker     *w,
           cmark_node *node,
           gboolean    entering)
{
  const char *literal = cmark_node_get_literal (node);
  gboolean block = cmark_node_get_type (node) == CMARK_NODE_HTML_BLOCK;

  if (block && w->context != NULL && w->doc->blocks->len == 0 &&
      cmark_node_previous (node) == NULL && is_comment (literal))
    {
      read_metadata (w, node);
      return;
    }

  if (is_comment (literal))
    {
      /* Settings written anywhere but the very top are easy to miss. */
      if (block && strstr (literal, "=") != NULL && w->context != NULL &&
          w->context->meta != NULL)
        kiosk_walker_report (w, kiosk_walker_node_line (w, node), _("page settings (icon = …) only work at the very top "
                                          "of the file, before the title"));
      return;
    }
  if (w->html_warned)
    return;

  /* Raw HTML is never interpreted and never shown. */
  w->html_warned = TRUE;
  kiosk_walker_report (w, kiosk_walker_node_line (w, node), _("HTML is not shown on the kiosk; use Markdown instead"));
}

/*
 * Inline nodes
 */

/* Text and code spans. */
static void
walk_text (Walker     *w,
           cmark_node *node,
           gboolean    entering)
{
  KioskStyle extra = cmark_node_get_type (node) == CMARK_NODE_CODE ? KIOSK_STYLE_CODE : 0;

  add_text (w, node, cmark_node_get_literal (node), extra);
}

/* Soft and hard line breaks. */
static void
walk_break (Walker     *w,
            cmark_node *node,
            gboolean    entering)
{
  add_text (w, node, cmark_node_get_type (node) == CMARK_NODE_LINEBREAK ? "\n" : " ", 0);
}

/* Emphasis and strong emphasis. */
static void
walk_emphasis (Walker     *w,
               cmark_node *node,
               gboolean    entering)
{
  guint *depth = cmark_node_get_type (node) == CMARK_NODE_EMPH ? &w->emph : &w->strong;

  *depth += entering ? 1 : -1;
}

typedef void (*NodeHandler) (Walker     *w,
                             cmark_node *node,
                             gboolean    entering);

/* What each type of node adds to the document. The document node itself,
 * and custom blocks and inlines, add nothing. */
static const NodeHandler node_handlers[] = {
  [CMARK_NODE_BLOCK_QUOTE]    = walk_block_quote,
  [CMARK_NODE_LIST]           = walk_list,
  [CMARK_NODE_ITEM]           = walk_item,
  [CMARK_NODE_CODE_BLOCK]     = walk_code_block,
  [CMARK_NODE_HTML_BLOCK]     = walk_html,
  [CMARK_NODE_PARAGRAPH]      = walk_inline_container,
  [CMARK_NODE_HEADING]        = walk_inline_container,
  [CMARK_NODE_THEMATIC_BREAK] = walk_thematic_break,
  [CMARK_NODE_TEXT]           = walk_text,
  [CMARK_NODE_SOFTBREAK]      = walk_break,
  [CMARK_NODE_LINEBREAK]      = walk_break,
  [CMARK_NODE_CODE]           = walk_text,
  [CMARK_NODE_HTML_INLINE]    = walk_html,
  [CMARK_NODE_EMPH]           = walk_emphasis,
  [CMARK_NODE_STRONG]         = walk_emphasis,
  [CMARK_NODE_LINK]           = kiosk_walker_link,
  [CMARK_NODE_IMAGE]          = kiosk_walker_image,
};

static void
walk_node (Walker           *w,
           cmark_node       *node,
           cmark_event_type  event)
{
  cmark_node_type type = cmark_node_get_type (node);

  if ((guint) type < G_N_ELEMENTS (node_handlers) && node_handlers[type] != NULL)
    node_handlers[type] (w, node, event == CMARK_EVENT_ENTER);
}

/* Out of time: nothing of the page is shown, and staff are told where
 * reading had got to. */
static void
give_up (Walker     *w,
         cmark_node *node)
{
  if (w->context->diagnostics != NULL)
    kiosk_diagnostics_add (w->context->diagnostics, KIOSK_SEVERITY_ERROR, w->context->file,
                           kiosk_walker_node_line (w, node),
                           _("this page is too complex to show: reading it took more than "
                             "%d seconds (it had got to this line); split it into smaller "
                             "pages"), KIOSK_FILE_TIME_BUDGET_SECONDS);
  w->context->too_complex = TRUE;
  kiosk_document_free (w->doc);
  w->doc = kiosk_document_new ();
}

/**
 * kiosk_markdown_parse:
 * @text: UTF-8 Markdown; invalid bytes become U+FFFD
 * @len: length of @text in bytes
 * @context: (nullable): where the text comes from, and where to report
 *
 * Returns: (transfer full): the document model
 */
KioskDocument *
kiosk_markdown_parse (const char           *text,
                      gsize                 len,
                      KioskMarkdownContext *context)
{
  g_autoptr(cmark_node) root = NULL;
  g_autoptr(cmark_iter) iter = NULL;
  cmark_event_type event;
  g_autofree char *problem = NULL;
  guint bad_line = 0;
  Walker w = { 0 };

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  /* Text past the limits never reaches cmark: the page is empty. */
  if (!kiosk_markdown_check_limits (text != NULL ? text : "", len, &bad_line, &problem))
    {
      if (context != NULL && context->diagnostics != NULL)
        kiosk_diagnostics_add (context->diagnostics, KIOSK_SEVERITY_ERROR, context->file,
                               context->first_line + bad_line - 1, "%s", problem);
      text = "";
      len = 0;
    }

  root = cmark_parse_document (text != NULL ? text : "", len,
                               CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_SMART);
  iter = cmark_iter_new (root);

  w.context = context;
  w.doc = kiosk_document_new ();
  w.link = -1;
  w.lists = g_array_new (FALSE, FALSE, sizeof (ListState));

  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      if (context != NULL && context->budget != NULL && kiosk_budget_is_over (context->budget))
        {
          give_up (&w, cmark_iter_get_node (iter));
          break;
        }
      walk_node (&w, cmark_iter_get_node (iter), event);
    }
  if (context != NULL && context->diagnostics != NULL && !context->too_complex)
    {
      kiosk_walker_check_lists (&w, root, text != NULL ? text : "", len);
      if (context->max_words > 0)
        kiosk_walker_check_length (&w, root, context->max_words);
    }

  g_array_unref (w.lists);
  g_free (w.marker);

  return w.doc;
}
