/* kiosk-content-glossary.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Reading glossary.md into a catalog's terms and its glossary. */

#define G_LOG_DOMAIN "kiosk-content"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kiosk-collate.h"
#include "kiosk-content-private.h"
#include "kiosk-text-file.h"

void
kiosk_term_free (gpointer data)
{
  KioskTerm *term = data;

  g_free (term->id);
  g_free (term->term);
  g_strfreev (term->forms);
  g_free (term->definition);
  g_free (term);
}

/* A glossary term or form longer than this is no word a page uses. */
#define MAX_TERM_CHARS 60

/* Where a term or form was first written, and for which term. */
typedef struct
{
  const KioskTerm *owner;
  guint            line;
} Written;

/* The same form twice for one term is a slip worth a word: the message
 * for the form at @index, or NULL. Forms that differ only in case from the
 * term or from each other ("X-ray", "x-ray") are fine: the kiosk finds
 * words whatever their case. */
static const char *
find_repeat (const KioskTerm *term,
             guint            index)
{
  if (strcmp (term->forms[index], term->term) == 0)
    return _("“%s” is the term itself, so it need not be listed again among its other "
             "forms; remove it from this line");
  for (guint i = 0; i < index; i++)
    if (strcmp (term->forms[index], term->forms[i]) == 0)
      return _("“%s” is written twice on this line of other forms; remove one");
  return NULL;
}

/* Two terms may not share a word, whatever its case: the message points at
 * the line that repeats it, the heading or the line of other forms. */
static void
add_written (KioskLoader     *loader,
             GHashTable      *seen,
             const KioskTerm *term,
             const char      *text,
             guint            line)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  const Written *other = g_hash_table_lookup (seen, folded);
  Written *first;

  if (other != NULL)
    {
      if (other->owner != term)
        kiosk_loader_error (loader, loader->catalog->glossary_file, line,
                            _("“%s” is defined twice in the glossary (first on line %u)"),
                            text, other->line);
      return;
    }
  first = g_new (Written, 1);
  first->owner = term;
  first->line = line;
  g_hash_table_insert (seen, g_steal_pointer (&folded), first);
}

static void
add_term (KioskLoader *loader,
          GHashTable  *seen,
          KioskTerm   *term)
{
  add_written (loader, seen, term, term->term, term->line);
  for (guint i = 0; term->forms != NULL && term->forms[i] != NULL; i++)
    {
      const char *repeat = find_repeat (term, i);

      if (repeat != NULL)
        kiosk_loader_warning (loader, loader->catalog->glossary_file, term->forms_line,
                              repeat, term->forms[i]);
      else
        add_written (loader, seen, term, term->forms[i], term->forms_line);
    }
}

static gboolean
is_all_emphasis (const KioskBlock *block)
{
  gboolean any = FALSE;

  for (guint i = 0; i < block->runs->len; i++)
    {
      const KioskRun *run = &g_array_index (block->runs, KioskRun, i);
      g_autofree char *text = g_strstrip (g_strdup (run->text));

      if (*text == '\0')
        continue;
      if (!(run->style & KIOSK_STYLE_EMPH))
        return FALSE;
      any = TRUE;
    }
  return any;
}

/* What separates the other forms of a term, as each keyboard types it:
 * the comma and semicolon, full width (Chinese, Japanese), Arabic, and the
 * ideographic comma. */
static gboolean
is_form_separator (gunichar c)
{
  switch (c)
    {
    case ',': case ';':
    case 0xFF0C: case 0xFF1B:   /* ， ； */
    case 0x060C: case 0x061B:   /* ، ؛ */
    case 0x3001: case 0xFF64:   /* 、 ､ */
    case 0xFE50: case 0xFE51:   /* ﹐ ﹑ */
      return TRUE;
    default:
      return FALSE;
    }
}

/* Marks that join words in a list but do not separate forms here, so a
 * form holding one is probably several forms. */
static gboolean
looks_like_separator (gunichar c)
{
  return c == '/' || c == '|' || c == '\\' || c == 0x00B7 || c == 0x2022 || c == 0x30FB ||
         c == 0xFF0F || c == 0x2E41;
}

static GStrv
split_forms (KioskLoader      *loader,
             const KioskBlock *block)
{
  g_autofree char *text = kiosk_block_get_text (block);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *start = text;
  gboolean warned = FALSE;

  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (looks_like_separator (c) && !warned)
        {
          char mark[8] = { 0 };

          g_unichar_to_utf8 (c, mark);
          kiosk_loader_warning (loader, loader->catalog->glossary_file, block->line,
                                _("“%s” is read as part of a form; separate the forms with "
                                  "commas (, ، ， 、) or semicolons"), mark);
          warned = TRUE;
        }
      if (c == 0 || is_form_separator (c))
        {
          g_autofree char *form = g_strstrip (g_strndup (start, p - start));

          if (*form != '\0')
            g_strv_builder_add (builder, form);
          if (c == 0)
            break;
          start = g_utf8_next_char (p);
        }
    }
  return g_strv_builder_end (builder);
}

static void
finish_term (KioskLoader *loader,
             GHashTable  *seen,
             KioskTerm   *term,
             GString     *definition)
{
  if (term == NULL)
    return;

  g_strstrip (definition->str);
  if (definition->str[0] == '\0')
    kiosk_loader_error (loader, loader->catalog->glossary_file, term->line,
                        _("the glossary term “%s” has no definition"), term->term);
  term->definition = g_strdup (definition->str);
  g_string_truncate (definition, 0);
  add_term (loader, seen, term);
  g_ptr_array_add (loader->catalog->terms, term);
}

/* In the order readers of the glossary's language expect. */
static int
compare_terms (gconstpointer a,
               gconstpointer b,
               gpointer      collator)
{
  const KioskTerm *x = *(KioskTerm **) a;
  const KioskTerm *y = *(KioskTerm **) b;

  return kiosk_collator_compare (collator, x->term, y->term);
}

/* Which of @n numbers are the longest run in increasing order that
 * skipping some of them leaves. */
static gboolean *
find_longest_run (const guint *seq,
                  guint        n)
{
  g_autofree guint *tails = g_new (guint, MAX (n, 1));   /* ends of runs of length k + 1 */
  g_autofree guint *before = g_new (guint, MAX (n, 1));  /* the number before in its run */
  gboolean *kept = g_new0 (gboolean, MAX (n, 1));
  guint len = 0;

  for (guint i = 0; i < n; i++)
    {
      guint lo = 0, hi = len;

      while (lo < hi)
        {
          guint mid = (lo + hi) / 2;

          if (seq[tails[mid]] < seq[i])
            lo = mid + 1;
          else
            hi = mid;
        }
      before[i] = lo > 0 ? tails[lo - 1] : G_MAXUINT;
      tails[lo] = i;
      len = MAX (len, lo + 1);
    }
  for (guint i = len > 0 ? tails[len - 1] : G_MAXUINT; i != G_MAXUINT; i = before[i])
    kept[i] = TRUE;
  return kept;
}

/* The glossary screen lists the terms in the order of the glossary's
 * language. A file in another order is warned of once, at the first term
 * out of place: the first one outside the longest run of terms that are
 * in order already. @in_file holds the terms in the file's order,
 * catalog->terms the same terms sorted; a term defined twice is an error
 * of its own, and left out here. */
static void
check_order (KioskLoader *loader,
             GHashTable  *seen,
             GPtrArray   *in_file)
{
  GPtrArray *sorted = loader->catalog->terms;
  g_autoptr(GHashTable) position = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) terms = g_ptr_array_new ();
  g_autofree guint *seq = g_new (guint, MAX (in_file->len, 1));
  g_autofree gboolean *kept = NULL;

  for (guint i = 0; i < sorted->len; i++)
    g_hash_table_insert (position, g_ptr_array_index (sorted, i), GUINT_TO_POINTER (i));
  for (guint i = 0; i < in_file->len; i++)
    {
      KioskTerm *term = g_ptr_array_index (in_file, i);
      g_autofree char *folded = g_utf8_casefold (term->term, -1);
      const Written *first = g_hash_table_lookup (seen, folded);

      if (first == NULL || first->owner != term)
        continue;
      seq[terms->len] = GPOINTER_TO_UINT (g_hash_table_lookup (position, term));
      g_ptr_array_add (terms, term);
    }
  in_file = terms;
  kept = find_longest_run (seq, in_file->len);

  for (guint i = 0; i < in_file->len; i++)
    {
      const KioskTerm *term = g_ptr_array_index (in_file, i);
      const KioskTerm *next_to;

      if (kept[i])
        continue;
      next_to = g_ptr_array_index (sorted, seq[i] > 0 ? seq[i] - 1 : 1);
      if (seq[i] > 0)
        kiosk_loader_warning (loader, loader->catalog->glossary_file, term->line,
                              _("the glossary screen shows “%s” after “%s”, not in the order "
                                "of this file; sorting the terms in the file the same way "
                                "avoids surprises"), term->term, next_to->term);
      else
        kiosk_loader_warning (loader, loader->catalog->glossary_file, term->line,
                              _("the glossary screen shows “%s” first, before “%s”, not in "
                                "the order of this file; sorting the terms in the file the "
                                "same way avoids surprises"), term->term, next_to->term);
      return;
    }
}

/* A "## term" heading: a new term, or NULL when the heading cannot be one. */
static KioskTerm *
start_term (KioskLoader      *loader,
            const KioskBlock *block,
            char             *text)
{
  const char *file = loader->catalog->glossary_file;
  KioskTerm *term = g_new0 (KioskTerm, 1);

  term->term = g_strdup (g_strstrip (text));
  term->id = g_utf8_strdown (term->term, -1);
  term->line = block->line;
  if (*term->term == '\0')
    {
      kiosk_loader_error (loader, file, block->line, _("a glossary heading has no term"));
      g_clear_pointer (&term, kiosk_term_free);
    }
  else if (g_utf8_strlen (term->term, -1) > MAX_TERM_CHARS)
    {
      /* Every word of every page is matched against the terms: a term
       * the length of a page would make that slow. */
      kiosk_loader_error (loader, file, block->line,
                          _("a glossary term is at most %d characters; this heading is longer"),
                          MAX_TERM_CHARS);
      g_clear_pointer (&term, kiosk_term_free);
    }
  return term;
}

/* glossary.md: each "## Term" heading starts a term; a paragraph right
 * under it written all in italics lists other forms; the rest defines it.
 * The catalog's glossary_file names the file in messages. */
void
kiosk_loader_read_glossary (KioskLoader *loader,
                            const char  *markdown,
                            gsize        len)
{
  KioskCatalog *catalog = loader->catalog;
  g_autoptr(KioskDocument) doc = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GString) definition = g_string_new (NULL);
  g_autoptr(GString) intro = g_string_new (NULL);
  g_autoptr(GPtrArray) in_file = NULL;
  KioskCollator *collator;
  KioskTerm *term = NULL;
  gboolean forms_allowed = FALSE;
  gboolean in_terms = FALSE;     /* past the first term heading */

  doc = kiosk_loader_parse_text (loader, catalog->glossary_file, markdown, len, "", NULL, NULL);
  catalog->glossary_title = g_strdup (doc->title);

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const KioskBlock *block = g_ptr_array_index (doc->blocks, i);
      g_autofree char *text = kiosk_block_get_text (block);

      if (block->kind == KIOSK_BLOCK_HEADING && block->level == 2)
        {
          finish_term (loader, seen, term, definition);
          term = start_term (loader, block, text);
          forms_allowed = term != NULL;
          in_terms = TRUE;
          continue;
        }
      /* The text under a refused heading is neither a meaning nor part
       * of the introduction. */
      if (!in_terms && block->kind == KIOSK_BLOCK_PARAGRAPH && *text != '\0')
        g_string_append_printf (intro, "%s%s", intro->len > 0 ? "\n\n" : "", text);
      if (term == NULL || block->kind == KIOSK_BLOCK_HEADING)
        continue;
      if (forms_allowed && block->kind == KIOSK_BLOCK_PARAGRAPH && is_all_emphasis (block))
        {
          term->forms = split_forms (loader, block);
          term->forms_line = block->line;
          for (guint f = 0; term->forms != NULL && term->forms[f] != NULL; f++)
            if (g_utf8_strlen (term->forms[f], -1) > MAX_TERM_CHARS)
              {
                kiosk_loader_error (loader, catalog->glossary_file, block->line,
                                    _("another form of a glossary term is at most %d "
                                      "characters; one on this line is longer"),
                                    MAX_TERM_CHARS);
                g_clear_pointer (&term->forms, g_strfreev);
                break;
              }
        }
      else if (*text != '\0')
        g_string_append_printf (definition, "%s\n\n", text);
      forms_allowed = FALSE;
    }
  finish_term (loader, seen, term, definition);
  in_file = g_ptr_array_copy (catalog->terms, NULL, NULL);
  g_ptr_array_set_free_func (in_file, NULL);   /* the copy owns no term */
  collator = kiosk_collator_new (catalog->lang);
  g_ptr_array_sort_with_data (catalog->terms, compare_terms, collator);
  kiosk_collator_free (collator);
  check_order (loader, seen, in_file);
  if (intro->len > 0)
    catalog->glossary_intro = g_string_free (g_steal_pointer (&intro), FALSE);

  for (guint i = 0; i < catalog->terms->len; i++)
    {
      const KioskTerm *t = g_ptr_array_index (catalog->terms, i);

      kiosk_glossary_add (catalog->glossary, t->term, i);
      for (guint f = 0; t->forms != NULL && t->forms[f] != NULL; f++)
        kiosk_glossary_add (catalog->glossary, t->forms[f], i);
    }
}


void
kiosk_loader_load_glossary (KioskLoader *loader)
{
  KioskCatalog *catalog = loader->catalog;
  g_autofree char *text = NULL;
  gsize len = 0;

  catalog->glossary_file = g_build_filename (catalog->lang, "glossary.md", NULL);
  text = kiosk_text_file_read (loader->content->dir, catalog->glossary_file, KIOSK_MAX_FILE_SIZE,
                               loader->content->diagnostics, &len);
  if (text != NULL)
    kiosk_loader_read_glossary (loader, text, len);
}
