/* fuzz-markdown.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fuzz-util.h"
#include "kiosk-markdown.h"
#include "kiosk-document-private.h"
#include "kiosk-glossary.h"

/* The Markdown adapter: a page, parsed as the loader parses it, then each
 * block's text and markup (plain, with links, with glossary words). Any
 * crash, leak, message off the page's lines, text that is not UTF-8 or
 * markup the labels would refuse is a finding. */

static const char *const forms[] = {
  "stem cells", "stem cell", "PRP", "platelet-rich plasma", "ñame", "é",
};

typedef struct
{
  GHashTable    *meta;
  GHashTable    *lines;
  KioskGlossary *glossary;
  GArray        *found;
} Reused;

/* Made once: the tables are emptied after each input instead of made again. */
static Reused *
get_reused (void)
{
  static Reused reused;

  if (reused.meta == NULL)
    {
      reused.meta = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      reused.lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      reused.glossary = kiosk_glossary_new ();
      for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
        kiosk_glossary_add (reused.glossary, forms[i], i);
      reused.found = g_array_new (FALSE, FALSE, sizeof (guint));
    }
  return &reused;
}

static void
check_block (const KioskBlock *block,
             Reused           *reused)
{
  g_autofree char *text = kiosk_block_get_text (block);
  g_autofree char *linked = kiosk_block_get_markup (block);
  g_autofree char *terms = NULL;
  gboolean has_links = FALSE;

  fuzz_check_utf8 ("a block's text", text);
  fuzz_check_markup (linked, TRUE);
  /* Without links, the plain markup is the same text. */
  for (guint i = 0; i < block->runs->len; i++)
    has_links |= g_array_index (block->runs, KioskRun, i).link >= 0;
  if (has_links)
    {
      g_autofree char *plain = kiosk_block_get_markup_full (block, FALSE);

      fuzz_check_markup (plain, FALSE);
    }
  g_array_set_size (reused->found, 0);
  terms = kiosk_block_get_markup_with_terms (block, reused->glossary, reused->found);
  fuzz_check_markup (terms, TRUE);
  for (guint i = 0; i < reused->found->len; i++)
    g_assert_cmpuint (g_array_index (reused->found, guint, i), <, G_N_ELEMENTS (forms));
  g_assert_cmpuint (block->list_depth, <=, KIOSK_MAX_DEPTH);
  g_assert_cmpuint (block->quote_depth, <=, KIOSK_MAX_DEPTH);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  Reused *reused = get_reused ();
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  KioskMarkdownContext context = { "fuzz.md", "section", 1, diagnostics, reused->meta,
                                   reused->lines };
  g_autoptr(KioskDocument) doc = kiosk_markdown_parse ((const char *) data, size, &context);
  guint lines = fuzz_count_lines ((const char *) data, size);
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < doc->blocks->len; i++)
    check_block (g_ptr_array_index (doc->blocks, i), reused);
  if (doc->title != NULL)
    fuzz_check_utf8 ("the title", doc->title);
  fuzz_check_diagnostics (diagnostics, "fuzz.md", lines);

  g_hash_table_iter_init (&iter, reused->meta);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint line = GPOINTER_TO_UINT (g_hash_table_lookup (reused->lines, key));

      fuzz_check_utf8 ("a page setting", key);
      fuzz_check_utf8 ("a page setting's value", value);
      g_assert_cmpuint (line, >=, 1);
      g_assert_cmpuint (line, <=, lines);
    }
  g_hash_table_remove_all (reused->meta);
  g_hash_table_remove_all (reused->lines);

  return 0;
}
