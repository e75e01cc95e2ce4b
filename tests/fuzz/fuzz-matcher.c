/* fuzz-matcher.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fuzz-util.h"
#include "kiosk-glossary-private.h"

/* The glossary matcher. Input: forms, one a line, up to the first empty
 * line; then the text to search, NUL bytes and all. Every match lies in
 * the text, on character boundaries, in order without overlap, names a
 * term that was added, and folds to a form of that term. */

static void
check_match (const char            *text,
             gsize                  len,
             const KioskGlossaryMatch *match,
             GHashTable            *folded_forms)
{
  g_autofree char *folded = NULL;
  gpointer term;

  g_assert_cmpuint (match->start, <, match->end);
  g_assert_cmpuint (match->end, <=, len);
  g_assert_true (g_utf8_validate (text + match->start, match->end - match->start, NULL));
  folded = kiosk_glossary_normalize (text + match->start, match->end - match->start);
  if (!g_hash_table_lookup_extended (folded_forms, folded, NULL, &term))
    g_error ("“%.*s” (%s) is matched but is no form", (int) (match->end - match->start),
             text + match->start, folded);
  g_assert_cmpuint (GPOINTER_TO_UINT (term), ==, match->term);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(KioskGlossary) glossary = kiosk_glossary_new ();
  g_autoptr(GHashTable) folded_forms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                              NULL);
  g_autoptr(GArray) matches = NULL;
  const char *p = (const char *) data, *end = p + size;
  const char *text;
  guint term = 0;

  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      g_autofree char *form = g_strndup (p, (nl != NULL ? nl : end) - p);

      p = nl != NULL ? nl + 1 : end;
      if (*form == '\0')
        break;
      if (kiosk_glossary_add (glossary, form, term))
        {
          char *folded = kiosk_glossary_normalize (form, -1);

          fuzz_check_utf8 ("a folded form", folded);
          g_hash_table_insert (folded_forms, folded, GUINT_TO_POINTER (term));
        }
      term++;
    }
  g_assert_cmpuint (kiosk_glossary_get_size (glossary), ==, g_hash_table_size (folded_forms));

  text = p;
  matches = kiosk_glossary_find (glossary, text, end - text);
  for (guint m = 0; m < matches->len; m++)
    {
      const KioskGlossaryMatch *match = &g_array_index (matches, KioskGlossaryMatch, m);

      check_match (text, end - text, match, folded_forms);
      if (m > 0)
        g_assert_cmpuint (g_array_index (matches, KioskGlossaryMatch, m - 1).end, <=,
                          match->start);
    }

  return 0;
}
