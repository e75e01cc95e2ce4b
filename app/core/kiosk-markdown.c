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

#include "kiosk-markdown.h"
#include "kiosk-paths.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cmark_node, cmark_node_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cmark_iter, cmark_iter_free)

typedef struct
{
  gboolean ordered;
  gboolean tight;
  int      next;
  char     delimiter;
} ListState;

typedef struct
{
  KioskMarkdownContext *context;
  KioskDocument        *doc;
  KioskBlock           *block;         /* the block inline text goes to */
  KioskBlock           *image;         /* set while inside an image */
  KioskBlockKind        inline_kind;   /* paragraph or heading being filled */
  guint                 inline_level;
  gboolean              in_inline;
  guint                 emph;
  guint                 strong;
  int                   link;
  guint                 image_depth;
  guint                 quote_depth;
  GArray               *lists;         /* ListState */
  char                 *marker;        /* waits for the first block of an item */
  gboolean              html_warned;
} Walker;

static void
report (Walker     *w,
        guint       line,
        const char *format,
        ...) G_GNUC_PRINTF (3, 4);

static void
report (Walker     *w,
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

static guint
node_line (Walker     *w,
           cmark_node *node)
{
  int line = cmark_node_get_start_line (node);

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

static KioskBlock *
add_block (Walker         *w,
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
      w->block = add_block (w, w->inline_kind, line);
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

  kiosk_block_add_run (ensure_inline_block (w, node_line (w, node)),
                       text, -1, current_style (w) | extra, w->link);
}

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
 * kiosk_markdown_classify_link:
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
kiosk_markdown_classify_link (const char  *url,
                              const char  *base_dir,
                              char       **target)
{
  g_autofree char *scheme = NULL;
  g_autofree char *path = NULL;
  char *hash;

  *target = NULL;
  if (url == NULL || *url == '\0')
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

  path = g_uri_unescape_string (url, NULL);
  if (path == NULL)
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
 * kiosk_markdown_check_image:
 * @url: an image destination as written
 *
 * Images are files inside the content folder, named relative to it.
 *
 * Returns: (transfer full) (nullable): the normalised relative path, or
 *   %NULL when @url is absolute, has a scheme, or uses "..".
 */
char *
kiosk_markdown_check_image (const char *url)
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
  if (path == NULL)
    return NULL;
  parts = g_strsplit (path, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (strcmp (parts[i], "..") == 0)
      return NULL;

  return kiosk_paths_normalize (NULL, path);
}

static void
enter_link (Walker     *w,
            cmark_node *node)
{
  const char *url = cmark_node_get_url (node);
  g_autofree char *target = NULL;
  KioskLinkKind kind;

  kind = kiosk_markdown_classify_link (url, w->context ? w->context->base_dir : NULL, &target);
  if (kind == KIOSK_LINK_NONE)
    {
      report (w, node_line (w, node),
              _("link “%s” is shown as plain text: only page names, http(s), tel: and "
                "mailto: links can be used"), url != NULL ? url : "");
      w->link = -1;
      return;
    }

  w->link = kiosk_document_add_link (w->doc, kind, target, node_line (w, node));
}

static void
enter_image (Walker     *w,
             cmark_node *node)
{
  const char *url = cmark_node_get_url (node);
  g_autofree char *path = kiosk_markdown_check_image (url);
  guint line = node_line (w, node);

  w->image_depth++;
  if (w->image_depth > 1)
    return;

  if (path == NULL)
    report (w, line, _("image “%s” must be a file inside the content folder, named relative "
                       "to it (for example images/photo.jpg)"), url != NULL ? url : "");

  /* The text before the image becomes its own block. */
  w->block = NULL;
  w->image = add_block (w, KIOSK_BLOCK_IMAGE, line);
  w->image->image = g_steal_pointer (&path);
}

static void
exit_image (Walker *w)
{
  w->image_depth--;
  if (w->image_depth == 0)
    w->image = NULL;
}

static void
enter_item (Walker     *w,
            cmark_node *node)
{
  ListState *list = current_list (w);
  static const char *bullets[] = { "•", "◦", "▪" };

  g_free (w->marker);
  if (list == NULL)
    w->marker = g_strdup ("•");
  else if (list->ordered)
    w->marker = g_strdup_printf ("%d%c", list->next++, list->delimiter);
  else
    w->marker = g_strdup (bullets[(w->lists->len - 1) % G_N_ELEMENTS (bullets)]);
}

static void
enter_list (Walker     *w,
            cmark_node *node)
{
  ListState state;

  state.ordered = cmark_node_get_list_type (node) == CMARK_ORDERED_LIST;
  state.tight = cmark_node_get_list_tight (node);
  state.next = cmark_node_get_list_start (node);
  state.delimiter = cmark_node_get_list_delim (node) == CMARK_PAREN_DELIM ? ')' : '.';
  g_array_append_val (w->lists, state);
}

static void
enter_inline_container (Walker         *w,
                        KioskBlockKind  kind,
                        guint           level,
                        cmark_node     *node)
{
  w->inline_kind = kind;
  w->inline_level = level;
  w->in_inline = TRUE;
  w->block = add_block (w, kind, node_line (w, node));
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

static void
add_code_block (Walker     *w,
                cmark_node *node)
{
  const char *literal = cmark_node_get_literal (node);
  gsize len = literal != NULL ? strlen (literal) : 0;
  KioskBlock *block = add_block (w, KIOSK_BLOCK_CODE, node_line (w, node));

  while (len > 0 && literal[len - 1] == '\n')
    len--;
  if (len > 0)
    kiosk_block_add_run (block, literal, len, KIOSK_STYLE_CODE, -1);
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
  guint first = node_line (w, node);

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
          report (w, first + i, _("the settings at the top of the page must be lines like "
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

static void
add_html (Walker     *w,
          cmark_node *node,
          gboolean    block)
{
  const char *literal = cmark_node_get_literal (node);

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
        report (w, node_line (w, node), _("page settings (icon = …) only work at the very top "
                                          "of the file, before the title"));
      return;
    }
  if (w->html_warned)
    return;

  /* Raw HTML is never interpreted and never shown. */
  w->html_warned = TRUE;
  report (w, node_line (w, node), _("HTML is not shown on the kiosk; use Markdown instead"));
}

static void
walk_node (Walker           *w,
           cmark_node       *node,
           cmark_event_type  event)
{
  gboolean entering = event == CMARK_EVENT_ENTER;

  switch (cmark_node_get_type (node))
    {
    case CMARK_NODE_PARAGRAPH:
      if (entering)
        enter_inline_container (w, KIOSK_BLOCK_PARAGRAPH, 0, node);
      else
        exit_inline_container (w);
      break;

    case CMARK_NODE_HEADING:
      if (entering)
        enter_inline_container (w, KIOSK_BLOCK_HEADING,
                                CLAMP (cmark_node_get_heading_level (node), 1, 6), node);
      else
        exit_inline_container (w);
      break;

    case CMARK_NODE_BLOCK_QUOTE:
      if (entering)
        w->quote_depth++;
      else
        w->quote_depth--;
      break;

    case CMARK_NODE_LIST:
      if (entering)
        enter_list (w, node);
      else
        g_array_set_size (w->lists, w->lists->len - 1);
      break;

    case CMARK_NODE_ITEM:
      if (entering)
        enter_item (w, node);
      else if (w->marker != NULL)
        add_block (w, KIOSK_BLOCK_PARAGRAPH, node_line (w, node));
      break;

    case CMARK_NODE_CODE_BLOCK:
      add_code_block (w, node);
      break;

    case CMARK_NODE_THEMATIC_BREAK:
      add_block (w, KIOSK_BLOCK_RULE, node_line (w, node));
      break;

    case CMARK_NODE_HTML_BLOCK:
      add_html (w, node, TRUE);
      break;

    case CMARK_NODE_HTML_INLINE:
      add_html (w, node, FALSE);
      break;

    case CMARK_NODE_TEXT:
      add_text (w, node, cmark_node_get_literal (node), 0);
      break;

    case CMARK_NODE_CODE:
      add_text (w, node, cmark_node_get_literal (node), KIOSK_STYLE_CODE);
      break;

    case CMARK_NODE_SOFTBREAK:
      add_text (w, node, " ", 0);
      break;

    case CMARK_NODE_LINEBREAK:
      add_text (w, node, "\n", 0);
      break;

    case CMARK_NODE_EMPH:
      w->emph += entering ? 1 : -1;
      break;

    case CMARK_NODE_STRONG:
      w->strong += entering ? 1 : -1;
      break;

    case CMARK_NODE_LINK:
      if (entering)
        enter_link (w, node);
      else
        w->link = -1;
      break;

    case CMARK_NODE_IMAGE:
      if (entering)
        enter_image (w, node);
      else
        exit_image (w);
      break;

    case CMARK_NODE_DOCUMENT:
    case CMARK_NODE_CUSTOM_BLOCK:
    case CMARK_NODE_CUSTOM_INLINE:
    case CMARK_NODE_NONE:
    default:
      break;
    }
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
  Walker w = { 0 };

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  root = cmark_parse_document (text != NULL ? text : "", len,
                               CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_SMART);
  iter = cmark_iter_new (root);

  w.context = context;
  w.doc = kiosk_document_new ();
  w.link = -1;
  w.lists = g_array_new (FALSE, FALSE, sizeof (ListState));

  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    walk_node (&w, cmark_iter_get_node (iter), event);

  g_array_unref (w.lists);
  g_free (w.marker);

  return w.doc;
}
