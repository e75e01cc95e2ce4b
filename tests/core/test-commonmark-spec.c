/* test-commonmark-spec.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <pango/pango.h>
#include <string.h>

#include "kiosk-markdown.h"
#include "kiosk-document-private.h"

/* Feeds every example of the CommonMark specification through the content
 * core: none may crash, and every block must give markup that Pango
 * accepts and that shows exactly the model's text. The spec is read from
 * the shared research folder, never copied into the project. */

#define FENCE "````````````````````````````````"

static GPtrArray *
read_examples (const char *path)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *examples = g_ptr_array_new_with_free_func (g_free);
  GString *current = NULL;
  gboolean in_markdown = FALSE;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return examples;

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], FENCE " example"))
        {
          current = g_string_new (NULL);
          in_markdown = TRUE;
          continue;
        }
      if (current == NULL)
        continue;
      if (in_markdown && strcmp (lines[i], ".") == 0)
        {
          in_markdown = FALSE;
          continue;
        }
      if (strcmp (lines[i], FENCE) == 0)
        {
          g_autofree char *markdown = g_string_free (current, FALSE);
          GString *tabs = g_string_new (NULL);

          /* The spec writes tabs as "→". */
          for (const char *p = markdown; *p != '\0'; p = g_utf8_next_char (p))
            {
              if (g_utf8_get_char (p) == 0x2192)
                g_string_append_c (tabs, '\t');
              else
                g_string_append_len (tabs, p, g_utf8_next_char (p) - p);
            }
          g_ptr_array_add (examples, g_string_free (tabs, FALSE));
          current = NULL;
          continue;
        }
      if (in_markdown)
        {
          g_string_append (current, lines[i]);
          g_string_append_c (current, '\n');
        }
    }

  if (current != NULL)
    g_string_free (current, TRUE);
  return examples;
}

static void
test_all_examples (void)
{
  g_autoptr(GPtrArray) examples = NULL;
  guint blocks = 0, links = 0;

  if (!g_file_test (COMMONMARK_SPEC, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("The CommonMark spec is not at " COMMONMARK_SPEC);
      return;
    }

  examples = read_examples (COMMONMARK_SPEC);
  g_assert_cmpuint (examples->len, ==, 652);

  for (guint i = 0; i < examples->len; i++)
    {
      const char *markdown = g_ptr_array_index (examples, i);
      g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
      KioskMarkdownContext context = { "spec.md", "", 1, diagnostics, NULL, NULL };
      g_autoptr(KioskDocument) doc = kiosk_markdown_parse (markdown, strlen (markdown), &context);

      for (guint b = 0; b < doc->blocks->len; b++)
        {
          const KioskBlock *block = g_ptr_array_index (doc->blocks, b);
          g_autofree char *markup = kiosk_block_get_markup_full (block, FALSE);
          g_autofree char *text = kiosk_block_get_text (block);
          g_autofree char *plain = NULL;
          g_autoptr(GError) error = NULL;

          if (!pango_parse_markup (markup, -1, 0, NULL, &plain, NULL, &error))
            g_error ("example %u: Pango rejects %s: %s", i + 1, markup, error->message);
          if (strcmp (plain, text) != 0)
            g_error ("example %u: shows “%s” instead of “%s”", i + 1, plain, text);
          blocks++;
        }

      for (guint l = 0; l < doc->links->len; l++)
        {
          const KioskLink *link = g_ptr_array_index (doc->links, l);

          g_assert_cmpint (link->kind, !=, KIOSK_LINK_NONE);
          g_assert_true (g_utf8_validate (link->target, -1, NULL));
          links++;
        }
    }

  g_test_message ("652 examples: %u blocks, %u links", blocks, links);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kiosk/commonmark-spec/all-examples", test_all_examples);

  return g_test_run ();
}
