/* fuzz-markdown.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <pango/pango.h>
#include <stdint.h>
#include <string.h>

#include "kiosk-markdown.h"
#include "kiosk-document-private.h"

/* A libFuzzer entry point for the Markdown adapter. With libFuzzer it is
 * fuzzed (see README); without it, fuzz-driver.c replays a corpus. Any
 * crash, leak under ASan, or markup Pango rejects is a finding. */

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  g_autoptr(GHashTable) meta = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  KioskMarkdownContext context = { "fuzz.md", "section", 1, diagnostics, meta, lines };
  g_autoptr(KioskDocument) doc = kiosk_markdown_parse ((const char *) data, size, &context);

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const KioskBlock *block = g_ptr_array_index (doc->blocks, i);
      g_autofree char *markup = kiosk_block_get_markup_full (block, FALSE);
      g_autoptr(GError) error = NULL;

      if (!pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, &error))
        g_error ("Pango rejects markup %s: %s", markup, error->message);
      g_assert_true (block->list_depth <= KIOSK_MAX_DEPTH);
      g_assert_true (block->quote_depth <= KIOSK_MAX_DEPTH);
    }

  return 0;
}
