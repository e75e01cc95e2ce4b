/* test-markdown-limits.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kiosk-markdown.h"
#include "kiosk-markdown-limits.h"
#include "kiosk-text-file.h"

/* Pages made to be slow (the quadratic cases of cmark 0.30.2, its own
 * pathological tests, and ours) are refused before cmark parses them,
 * with the line staff need to look at; a long ordinary page at the size
 * limit is not. Each case is as large as the kiosk reads. The time they
 * take is printed by bench/bench-pathological, not asserted here. */

static char *
repeat (const char *unit,
        gsize       size)
{
  GString *text = g_string_sized_new (size + strlen (unit));

  while (text->len + strlen (unit) <= size)
    g_string_append (text, unit);
  return g_string_free (text, FALSE);
}

/* Parses @text as the page "en/10-page.md" and returns the one error. */
static void
assert_refused (const char *text,
                guint       line,
                const char *words)
{
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  KioskMarkdownContext context = { "en/10-page.md", "", 1, diagnostics, NULL, NULL };
  KioskDocument *doc;
  const KioskDiagnostic *d;

  g_assert_cmpuint (strlen (text), <=, KIOSK_MAX_FILE_SIZE);
  doc = kiosk_markdown_parse (text, strlen (text), &context);
  g_assert_nonnull (doc);
  g_assert_cmpuint (kiosk_diagnostics_count_errors (diagnostics), ==, 1);
  d = kiosk_diagnostics_get (diagnostics, 0);
  g_test_message ("%s:%u: %s", d->file, d->line, d->message);
  g_assert_cmpstr (d->file, ==, "en/10-page.md");
  g_assert_cmpuint (d->line, ==, line);
  g_assert_nonnull (strstr (d->message, words));
  /* Nothing of it is shown. */
  g_assert_cmpuint (doc->blocks->len, ==, 0);
  kiosk_document_free (doc);
}

static void
test_cve_patterns (void)
{
  g_autofree char *images = repeat ("![[]()", KIOSK_MAX_FILE_SIZE);
  g_autofree char *quotes = repeat (">", 100000);
  g_autofree char *some_stars = repeat ("a*", 150000);
  g_autofree char *quote_stars = g_strconcat (quotes, some_stars, NULL);
  g_autofree char *stars = repeat ("a*", KIOSK_MAX_FILE_SIZE);
  g_autofree char *items = repeat ("- ", 60000);
  g_autofree char *blanks = repeat ("\n", 30000);
  g_autofree char *items_blanks = g_strconcat (items, "word\n", blanks, NULL);

  /* CVE-2023-22486: quadratic on "![[]()" runs. */
  assert_refused (images, 1, "“[” brackets");
  /* CVE-2023-22484/22485: a deep quote before emphasis. */
  assert_refused (quote_stars, 1, "quotes or lists inside each other");
  /* Emphasis delimiters without partners. */
  assert_refused (stars, 1, "“*” and “_” marks");
  /* CVE-2023-22483: deep list items followed by blank lines. */
  assert_refused (items_blanks, 1, "quotes or lists inside each other");
}

/* The cases cmark's own test/pathological_tests.py describes. */
static void
test_cmark_pathological (void)
{
  g_autofree char *openers = repeat ("[", KIOSK_MAX_FILE_SIZE);
  g_autofree char *closers_emph = repeat ("a_ ", KIOSK_MAX_FILE_SIZE);
  g_autofree char *link_emph = repeat ("[ a_", KIOSK_MAX_FILE_SIZE);
  g_autofree char *backticks = repeat ("e`", KIOSK_MAX_FILE_SIZE);
  g_autofree char *unclosed = repeat ("[a](<b", KIOSK_MAX_FILE_SIZE);
  g_autofree char *angles = repeat ("<a", KIOSK_MAX_FILE_SIZE);
  g_autofree char *links = repeat ("[a](b) ", KIOSK_MAX_FILE_SIZE);
  g_autofree char *deep_quote = repeat ("> ", 2000);
  GString *nested = g_string_new (NULL);

  assert_refused (openers, 1, "“[” brackets");
  assert_refused (closers_emph, 1, "“*” and “_” marks");
  assert_refused (link_emph, 1, "“[” brackets");
  assert_refused (backticks, 1, "“`” marks");
  assert_refused (unclosed, 1, "links");
  assert_refused (angles, 1, "“<” signs");
  assert_refused (links, 1, "links");
  assert_refused (deep_quote, 1, "quotes or lists inside each other");

  /* Deeply nested lists, each item indented under the one before: the
   * first line indented by more than 128 columns is line 44 (3 × 43). */
  for (guint i = 0; i < 20000 && nested->len < KIOSK_MAX_FILE_SIZE - 70000; i++)
    g_string_append_printf (nested, "%*s1. item\n", (int) (3 * i % 200), "");
  assert_refused (nested->str, 44, "indented by more than 128");
  g_string_free (nested, TRUE);
}

static void
test_blank_run (void)
{
  g_autofree char *blanks = repeat ("\n", 300);
  g_autofree char *text = g_strconcat ("# Title\n", blanks, NULL);

  /* The 201st empty line in a row is line 202. */
  assert_refused (text, 202, "empty lines in a row");
}

/* A long ordinary page at the size limit, with headings, lists, quotes,
 * links (under KIOSK_MAX_LINKS_PER_PAGE) and emphasis, is shown. */
static void
test_ordinary_page_passes (void)
{
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  KioskMarkdownContext context = { "en/10-page.md", "", 1, diagnostics, NULL, NULL };
  GString *text = g_string_new ("# A long page\n\n");
  KioskDocument *doc;

  for (guint i = 0; text->len < KIOSK_MAX_FILE_SIZE - 400; i++)
    g_string_append_printf (text,
                            "## Part %u\n\nSome *plain* words about %s and "
                            "**what to expect**.\n\n- one\n  - two\n\n> A quote.\n\n", i,
                            i % 3 == 0 ? "[the clinic](about)" : "the clinic");
  g_assert_true (kiosk_markdown_check_limits (text->str, text->len, &(guint) { 0 },
                                              &(char *) { NULL }));
  doc = kiosk_markdown_parse (text->str, text->len, &context);
  g_assert_cmpuint (kiosk_diagnostics_count_errors (diagnostics), ==, 0);
  g_assert_cmpuint (doc->blocks->len, >, 1000);
  kiosk_document_free (doc);
  g_string_free (text, TRUE);
}

/* Links past KIOSK_MAX_LINKS_PER_PAGE read as plain text, with one error
 * at the first of them. */
static void
test_too_many_links (void)
{
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  KioskMarkdownContext context = { "en/10-page.md", "", 1, diagnostics, NULL, NULL };
  GString *text = g_string_new ("# Links\n\n");
  KioskDocument *doc;
  const KioskDiagnostic *d;

  for (guint i = 0; i < KIOSK_MAX_LINKS_PER_PAGE + 50; i++)
    g_string_append (text, i % 2 == 0 ? "- [Book](booking)\n" : "- <https://example.org/>\n");
  doc = kiosk_markdown_parse (text->str, text->len, &context);

  g_assert_cmpuint (kiosk_diagnostics_get_count (diagnostics), ==, 1);
  d = kiosk_diagnostics_get (diagnostics, 0);
  g_assert_cmpuint (d->line, ==, 3 + KIOSK_MAX_LINKS_PER_PAGE);
  g_assert_cmpstr (d->message, ==, "the page has more than 1000 links; from this one on they "
                   "are shown as plain text; split it into smaller pages");
  g_assert_cmpuint (doc->links->len, ==, KIOSK_MAX_LINKS_PER_PAGE);
  kiosk_document_free (doc);
  g_string_free (text, TRUE);
}

/* The line is counted from the context's first line (text after a
 * page's metadata comment). */
static void
test_first_line (void)
{
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  KioskMarkdownContext context = { "en/10-page.md", "", 5, diagnostics, NULL, NULL };
  g_autofree char *quotes = repeat ("> ", 100);
  g_autofree char *text = g_strconcat ("# Title\n\n", quotes, "x\n", NULL);
  KioskDocument *doc = kiosk_markdown_parse (text, strlen (text), &context);

  g_assert_cmpuint (kiosk_diagnostics_get_count (diagnostics), ==, 1);
  g_assert_cmpuint (kiosk_diagnostics_get (diagnostics, 0)->line, ==, 7);
  kiosk_document_free (doc);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kiosk/markdown-limits/cve-patterns", test_cve_patterns);
  g_test_add_func ("/kiosk/markdown-limits/cmark-pathological", test_cmark_pathological);
  g_test_add_func ("/kiosk/markdown-limits/blank-run", test_blank_run);
  g_test_add_func ("/kiosk/markdown-limits/ordinary-page", test_ordinary_page_passes);
  g_test_add_func ("/kiosk/markdown-limits/first-line", test_first_line);
  g_test_add_func ("/kiosk/markdown-limits/too-many-links", test_too_many_links);

  return g_test_run ();
}
