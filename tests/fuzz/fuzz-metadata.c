/* fuzz-metadata.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fuzz-util.h"
#include "kiosk-content-private.h"

/* A page's settings: the "key = value" lines of the comment at its top
 * (icon, summary, evidence, evidence-note), read as the loader reads a
 * page and applied to its entry. An input that does not start a comment
 * is put inside one, so that most inputs reach the settings. The content
 * folder does not exist: only built-in icons can be found, and no file
 * is read or written. */

#define FILE_NAME "en/page.md"

static void
check_entry (KioskContent     *content,
             const KioskEntry *entry)
{
  if (entry->icon != NULL)
    {
      g_autofree char *found = kiosk_content_find_icon (content, entry->icon);

      g_assert_nonnull (found);
    }
  g_assert_true (entry->evidence >= KIOSK_EVIDENCE_NONE &&
                 entry->evidence <= KIOSK_EVIDENCE_NO_EVIDENCE);
  if (entry->summary != NULL)
    fuzz_check_utf8 ("the summary", entry->summary);
  if (entry->evidence_note != NULL)
    fuzz_check_utf8 ("the evidence note", entry->evidence_note);
}

static void
check_settings (GHashTable *meta,
                GHashTable *meta_lines,
                guint       lines)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, meta);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint line = GPOINTER_TO_UINT (g_hash_table_lookup (meta_lines, key));

      fuzz_check_utf8 ("a setting", key);
      fuzz_check_utf8 ("a setting's value", value);
      g_assert_true (*(char *) key != '\0' && strchr (key, '\n') == NULL);
      g_assert_cmpuint (line, >=, 1);
      g_assert_cmpuint (line, <=, lines);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(KioskContent) content = g_object_new (KIOSK_TYPE_CONTENT, NULL);
  g_autoptr(GHashTable) meta = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) meta_lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GByteArray) page = g_byte_array_new ();
  KioskLoader loader = { content, NULL };
  KioskEntry entry = { 0 };
  KioskDocument *doc;
  gboolean wrap = size < 4 || memcmp (data, "<!--", 4) != 0;
  guint lines;

  content->dir = g_strdup ("/nonexistent/clinic-kiosk-fuzz");
  if (wrap)
    g_byte_array_append (page, (const guint8 *) "<!--\n", 5);
  g_byte_array_append (page, data, size);
  if (wrap)
    g_byte_array_append (page, (const guint8 *) "\n-->\n# Title\n\nText.\n", 20);
  lines = fuzz_count_lines ((const char *) page->data, page->len);

  doc = kiosk_loader_parse_text (&loader, FILE_NAME, (const char *) page->data, page->len, "",
                                 meta, meta_lines);
  check_settings (meta, meta_lines, lines);
  entry.file = (char *) FILE_NAME;
  kiosk_loader_apply_metadata (&loader, &entry, meta, meta_lines);
  check_entry (content, &entry);
  fuzz_check_diagnostics (content->diagnostics, FILE_NAME, lines);

  g_free (entry.summary);
  g_free (entry.icon);
  g_free (entry.evidence_note);
  kiosk_document_free (doc);

  return 0;
}
