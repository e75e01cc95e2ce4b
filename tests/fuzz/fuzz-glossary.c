/* fuzz-glossary.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fuzz-util.h"
#include "kiosk-collate.h"
#include "kiosk-content-private.h"

/* glossary.md, read into a catalog's terms as the loader reads it: every
 * term has a name of at most 60 characters, the terms are in order, the
 * words are UTF-8 and the matcher only ever names a term that exists. */

#define FILE_NAME "en/glossary.md"

static void
check_term (const KioskTerm *term,
            guint            lines)
{
  fuzz_check_utf8 ("a term", term->term);
  fuzz_check_utf8 ("a term's id", term->id);
  fuzz_check_utf8 ("a definition", term->definition);
  g_assert_true (*term->term != '\0');
  g_assert_cmpint (g_utf8_strlen (term->term, -1), <=, 60);
  g_assert_cmpuint (term->line, >=, 1);
  g_assert_cmpuint (term->line, <=, lines);
  for (guint f = 0; term->forms != NULL && term->forms[f] != NULL; f++)
    {
      fuzz_check_utf8 ("another form", term->forms[f]);
      g_assert_true (*term->forms[f] != '\0');
      g_assert_cmpint (g_utf8_strlen (term->forms[f], -1), <=, 60);
    }
}

static void
check_matches (const KioskCatalog *catalog,
               const char         *text)
{
  g_autoptr(GArray) matches = NULL;

  if (text == NULL)
    return;
  matches = kiosk_glossary_find (catalog->glossary, text, -1);
  for (guint m = 0; m < matches->len; m++)
    {
      const KioskGlossaryMatch *match = &g_array_index (matches, KioskGlossaryMatch, m);

      g_assert_cmpuint (match->term, <, catalog->terms->len);
      g_assert_cmpuint (match->start, <, match->end);
      g_assert_cmpuint (match->end, <=, strlen (text));
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(KioskContent) content = g_object_new (KIOSK_TYPE_CONTENT, NULL);
  KioskCatalog *catalog = kiosk_catalog_new ("en");
  KioskLoader loader = { content, catalog };
  guint lines = fuzz_count_lines ((const char *) data, size);
  g_autoptr(KioskCollator) collator = kiosk_collator_new ("en");

  catalog->glossary_file = g_strdup (FILE_NAME);
  kiosk_loader_read_glossary (&loader, (const char *) data, size);

  for (guint i = 0; i < catalog->terms->len; i++)
    {
      const KioskTerm *term = g_ptr_array_index (catalog->terms, i);

      check_term (term, lines);
      if (i > 0)
        g_assert_cmpint (kiosk_collator_compare (collator,
                                                 ((KioskTerm *) g_ptr_array_index (catalog->terms,
                                                                                   i - 1))->term,
                                                 term->term), <=, 0);
      check_matches (catalog, term->definition);
    }
  if (catalog->glossary_title != NULL)
    fuzz_check_utf8 ("the glossary's title", catalog->glossary_title);
  if (catalog->glossary_intro != NULL)
    fuzz_check_utf8 ("the introduction", catalog->glossary_intro);
  check_matches (catalog, catalog->glossary_intro);
  fuzz_check_diagnostics (content->diagnostics, FILE_NAME, lines);
  kiosk_catalog_free (catalog);

  return 0;
}
