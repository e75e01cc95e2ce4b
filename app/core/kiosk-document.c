/* kiosk-document.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-document"

#include "config.h"

#include <string.h>

#include "kiosk-document-private.h"

static void
clear_run (gpointer data)
{
  KioskRun *run = data;

  g_free (run->text);
}

static void
block_free (gpointer data)
{
  KioskBlock *block = data;

  g_array_unref (block->runs);
  g_free (block->marker);
  g_free (block->image);
  g_free (block);
}

static void
link_free (gpointer data)
{
  KioskLink *link = data;

  g_free (link->target);
  g_free (link);
}

KioskDocument *
kiosk_document_new (void)
{
  KioskDocument *self = g_new0 (KioskDocument, 1);

  self->blocks = g_ptr_array_new_with_free_func (block_free);
  self->links = g_ptr_array_new_with_free_func (link_free);

  return self;
}

void
kiosk_document_free (KioskDocument *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->blocks);
  g_ptr_array_unref (self->links);
  g_free (self->title);
  g_free (self);
}

KioskBlock *
kiosk_document_add_block (KioskDocument  *self,
                          KioskBlockKind  kind,
                          guint           line)
{
  KioskBlock *block = g_new0 (KioskBlock, 1);

  block->kind = kind;
  block->line = line;
  block->runs = g_array_new (FALSE, TRUE, sizeof (KioskRun));
  g_array_set_clear_func (block->runs, clear_run);
  g_ptr_array_add (self->blocks, block);

  return block;
}

int
kiosk_document_add_link (KioskDocument *self,
                         KioskLinkKind  kind,
                         const char    *target,
                         guint          line)
{
  KioskLink *link = g_new0 (KioskLink, 1);

  link->kind = kind;
  link->target = g_strdup (target);
  link->line = line;
  g_ptr_array_add (self->links, link);

  return self->links->len - 1;
}

/* Adjacent text with the same style and link is merged into one run, which
 * keeps the model (and the markup made from it) small. */
void
kiosk_block_add_run (KioskBlock *block,
                     const char *text,
                     gssize      len,
                     KioskStyle  style,
                     int         link)
{
  KioskRun run = { NULL, 0, 0, style, link };

  if (len < 0)
    len = strlen (text);
  if (len == 0)
    return;

  if (block->runs->len > 0)
    {
      KioskRun *last = &g_array_index (block->runs, KioskRun, block->runs->len - 1);

      if (last->style == style && last->link == link)
        {
          /* Grow geometrically so that a paragraph of many short text
           * nodes stays linear to build. */
          if (last->len + len + 1 > last->alloc)
            {
              last->alloc = MAX (last->alloc * 2, last->len + len + 1);
              last->text = g_realloc (last->text, last->alloc);
            }
          memcpy (last->text + last->len, text, len);
          last->len += len;
          last->text[last->len] = '\0';
          return;
        }
    }

  run.text = g_strndup (text, len);
  run.len = len;
  run.alloc = len + 1;
  g_array_append_val (block->runs, run);
}

char *
kiosk_block_get_text (const KioskBlock *block)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < block->runs->len; i++)
    g_string_append (str, g_array_index (block->runs, KioskRun, i).text);

  return g_string_free (str, FALSE);
}

static void
append_escaped (GString    *str,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (str, escaped);
}

/* Builds markup for one block. Every literal goes through
 * g_markup_escape_text(); the only tags are the ones written here, and runs
 * are flat, so the markup is always well formed and never deeply nested.
 * With @links, links become GtkLabel's <a href="N">, where N indexes the
 * document's links; without, the result is plain Pango markup. */
char *
kiosk_block_get_markup_full (const KioskBlock *block,
                             gboolean          links)
{
  GString *str = g_string_new (NULL);
  int open_link = -1;

  for (guint i = 0; i < block->runs->len; i++)
    {
      const KioskRun *run = &g_array_index (block->runs, KioskRun, i);

      if (links && run->link != open_link)
        {
          if (open_link >= 0)
            g_string_append (str, "</a>");
          if (run->link >= 0)
            g_string_append_printf (str, "<a href=\"%d\">", run->link);
          open_link = run->link;
        }

      if (run->style & KIOSK_STYLE_STRONG)
        g_string_append (str, "<b>");
      if (run->style & KIOSK_STYLE_EMPH)
        g_string_append (str, "<i>");
      if (run->style & KIOSK_STYLE_CODE)
        g_string_append (str, "<span font_family=\"monospace\">");

      append_escaped (str, run->text);

      if (run->style & KIOSK_STYLE_CODE)
        g_string_append (str, "</span>");
      if (run->style & KIOSK_STYLE_EMPH)
        g_string_append (str, "</i>");
      if (run->style & KIOSK_STYLE_STRONG)
        g_string_append (str, "</b>");
    }

  if (open_link >= 0)
    g_string_append (str, "</a>");

  return g_string_free (str, FALSE);
}

typedef struct
{
  gsize start;
  gsize end;
  guint term;
} TermSpan;

static gboolean
run_takes_terms (const KioskRun *run)
{
  return run->link < 0 && (run->style & KIOSK_STYLE_CODE) == 0;
}

/* Glossary words in the block, as offsets into its plain text. Links and
 * code are left alone; a word may run across bold or italic runs. Each
 * term is marked where it first appears in the block, and at most
 * %KIOSK_MAX_TERMS_PER_BLOCK words are: a paragraph full of one word reads
 * better with one tap target than with every other word underlined, and
 * costs the label one link instead of thousands. */
static GArray *
find_terms (const KioskBlock    *block,
            const KioskGlossary *glossary)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (TermSpan));
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  gsize offset = 0, group_start = 0;

  for (guint i = 0; i <= block->runs->len; i++)
    {
      const KioskRun *run = i < block->runs->len ? &g_array_index (block->runs, KioskRun, i) : NULL;

      if (run != NULL && run_takes_terms (run))
        {
          if (text->len == 0)
            group_start = offset;
          g_string_append_len (text, run->text, run->len);
        }
      else if (text->len > 0)
        {
          g_autoptr(GArray) matches = kiosk_glossary_find (glossary, text->str, text->len);

          for (guint m = 0; m < matches->len; m++)
            {
              const KioskGlossaryMatch *match = &g_array_index (matches, KioskGlossaryMatch, m);
              TermSpan span = { group_start + match->start, group_start + match->end, match->term };

              if (spans->len == KIOSK_MAX_TERMS_PER_BLOCK)
                break;
              if (!g_hash_table_add (seen, GUINT_TO_POINTER (match->term + 1)))
                continue;
              g_array_append_val (spans, span);
            }
          g_string_truncate (text, 0);
        }
      if (run != NULL)
        offset += run->len;
    }

  return spans;
}

static void
append_styled (GString    *str,
               KioskStyle  style,
               const char *text,
               gsize       len)
{
  g_autofree char *escaped = g_markup_escape_text (text, len);

  if (style & KIOSK_STYLE_STRONG)
    g_string_append (str, "<b>");
  if (style & KIOSK_STYLE_EMPH)
    g_string_append (str, "<i>");
  if (style & KIOSK_STYLE_CODE)
    g_string_append (str, "<span font_family=\"monospace\">");
  g_string_append (str, escaped);
  if (style & KIOSK_STYLE_CODE)
    g_string_append (str, "</span>");
  if (style & KIOSK_STYLE_EMPH)
    g_string_append (str, "</i>");
  if (style & KIOSK_STYLE_STRONG)
    g_string_append (str, "</b>");
}

/**
 * kiosk_block_get_markup_with_terms:
 * @block: a block
 * @glossary: (nullable): the words to mark
 * @found: (nullable): a #GArray of guint; each marked word's term number
 *   is appended, in reading order
 *
 * Like kiosk_block_get_markup(), and glossary words in paragraphs (not in
 * headings, links or code) become <a href="t:TERM:OFFSET" class="term">,
 * where OFFSET is the word's byte offset in the block's plain text.
 *
 * Returns: (transfer full): the markup
 */
char *
kiosk_block_get_markup_with_terms (const KioskBlock    *block,
                                   const KioskGlossary *glossary,
                                   GArray              *found)
{
  g_autoptr(GArray) spans = NULL;
  GString *str;
  gsize offset = 0;
  guint next = 0;
  int open_link = -1;
  gint64 open_term = -1;

  if (glossary == NULL || block->kind != KIOSK_BLOCK_PARAGRAPH)
    return kiosk_block_get_markup_full (block, TRUE);

  spans = find_terms (block, glossary);
  if (spans->len == 0)
    return kiosk_block_get_markup_full (block, TRUE);

  str = g_string_new (NULL);
  for (guint i = 0; i < block->runs->len; i++)
    {
      const KioskRun *run = &g_array_index (block->runs, KioskRun, i);
      gsize pos = 0;

      while (pos < run->len)
        {
          gsize abs = offset + pos;
          gsize seg_end = run->len;
          gint64 term = -1;

          while (next < spans->len && g_array_index (spans, TermSpan, next).end <= abs)
            next++;
          if (next < spans->len)
            {
              const TermSpan *span = &g_array_index (spans, TermSpan, next);

              if (span->start <= abs)
                {
                  term = next;
                  seg_end = MIN (seg_end, span->end - offset);
                }
              else
                seg_end = MIN (seg_end, span->start - offset);
            }

          if (run->link != open_link || term != open_term)
            {
              if (open_link >= 0 || open_term >= 0)
                g_string_append (str, "</a>");
              if (run->link >= 0)
                g_string_append_printf (str, "<a href=\"%d\">", run->link);
              else if (term >= 0)
                {
                  const TermSpan *span = &g_array_index (spans, TermSpan, term);

                  g_string_append_printf (str, "<a href=\"t:%u:%" G_GSIZE_FORMAT "\" class=\"term\">",
                                          span->term, span->start);
                  if (found != NULL)
                    g_array_append_val (found, span->term);
                }
              open_link = run->link;
              open_term = term;
            }

          append_styled (str, run->style, run->text + pos, seg_end - pos);
          pos = seg_end;
        }
      offset += run->len;
    }

  if (open_link >= 0 || open_term >= 0)
    g_string_append (str, "</a>");

  return g_string_free (str, FALSE);
}

char *
kiosk_block_get_markup (const KioskBlock *block)
{
  return kiosk_block_get_markup_full (block, TRUE);
}

/* Plain text of the whole document, one block per line: what a reader of
 * the page sees, used for summaries, readability checks and speech. */
char *
kiosk_document_get_text (const KioskDocument *self)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      const KioskBlock *block = g_ptr_array_index (self->blocks, i);
      g_autofree char *text = kiosk_block_get_text (block);

      if (*text == '\0')
        continue;
      g_string_append (str, text);
      g_string_append_c (str, '\n');
    }

  return g_string_free (str, FALSE);
}

const KioskBlock *
kiosk_document_get_first_paragraph (const KioskDocument *self)
{
  for (guint i = 0; i < self->blocks->len; i++)
    {
      const KioskBlock *block = g_ptr_array_index (self->blocks, i);

      if (block->kind == KIOSK_BLOCK_PARAGRAPH && block->runs->len > 0)
        return block;
    }

  return NULL;
}
