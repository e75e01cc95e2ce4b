/* bench-pathological.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Prints, for each pathological Markdown pattern at the kiosk's size
 * limit, how long Debian's cmark takes on it alone ("before": what the
 * kiosk did until the limits were checked first; stopped after 20 s) and
 * how long the kiosk's kiosk_markdown_parse() takes ("after": the
 * pre-scan refuses it, or parses it when it is within the limits).
 * Usage: bench-pathological [SIZE-IN-KB] */

#include "config.h"

#include <cmark.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kiosk-markdown.h"
#include "kiosk-text-file.h"

typedef struct
{
  const char *name;
  const char *prefix;
  const char *unit;
  const char *suffix;
} Pattern;

static const Pattern patterns[] = {
  { "![[]() (CVE-2023-22486)", "", "![[]()", "" },
  { "> x 100000 then a* (CVE-2023-22484)", NULL, "a*", "" },
  { "a* (emphasis without closers)", "", "a*", "" },
  { "- x 30000, word, blank lines (CVE-2023-22483)", NULL, NULL, NULL },
  { "[ openers without closers", "", "[", "" },
  { "a] closers without openers", "", "a]", "" },
  { "a_ emphasis closers", "", "a_ ", "" },
  { "*a_ mismatched", "", "*a_ ", "" },
  { "[ a_ link openers, emphasis closers", "", "[ a_", "" },
  { "e` backticks", "", "e`", "" },
  { "[a](<b unclosed links A", "", "[a](<b", "" },
  { "[a](b unclosed links B", "", "[a](b", "" },
  { "<a angles", "", "<a", "" },
  { "> nested quotes", "", "> ", "x" },
  { "1. deeply nested lists", NULL, NULL, NULL },
  { "ordinary text", "", "Some *plain* words with [a link](about) and **more**.\n\n", "" },
};

static char *
make_text (guint  i,
           gsize  size)
{
  const Pattern *p = &patterns[i];
  GString *text = g_string_sized_new (size + 64);

  if (i == 1)
    for (guint n = 0; n < 100000 && text->len < size / 2; n++)
      g_string_append_c (text, '>');
  if (i == 3)
    {
      while (text->len < size / 2)
        g_string_append (text, "- ");
      g_string_append (text, "word\n");
      while (text->len < size)
        g_string_append_c (text, '\n');
      return g_string_free (text, FALSE);
    }
  if (i == 14)
    {
      for (guint n = 0; text->len < size - 300; n++)
        g_string_append_printf (text, "%*s1. item\n", (int) (3 * (n % 40)), "");
      return g_string_free (text, FALSE);
    }
  if (p->prefix != NULL)
    g_string_append (text, p->prefix);
  while (text->len + strlen (p->unit) + strlen (p->suffix) <= size)
    g_string_append (text, p->unit);
  g_string_append (text, p->suffix);
  return g_string_free (text, FALSE);
}

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

/* cmark alone, in a child stopped after @limit seconds; -1 when it was. */
static double
time_cmark (const char *text,
            guint       limit)
{
  double start = now ();
  pid_t pid = fork ();
  int status = 0;

  if (pid == 0)
    {
      alarm (limit);
      cmark_node_free (cmark_parse_document (text, strlen (text), CMARK_OPT_VALIDATE_UTF8));
      _exit (0);
    }
  waitpid (pid, &status, 0);
  if (WIFSIGNALED (status))
    return -1;
  return now () - start;
}

int
main (int   argc,
      char *argv[])
{
  gsize size = argc > 1 ? (gsize) g_ascii_strtoull (argv[1], NULL, 10) * 1024
                        : KIOSK_MAX_FILE_SIZE;

  g_print ("cmark %s, %zu KB per pattern\n", cmark_version_string (), size / 1024);
  g_print ("%-46s %12s %12s  %s\n", "pattern", "before (s)", "after (s)", "kiosk");
  for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
    {
      g_autofree char *text = make_text (i, size);
      g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
      KioskMarkdownContext context = { "page.md", "", 1, diagnostics, NULL, NULL };
      double before = time_cmark (text, 20);
      double start = now ();
      KioskDocument *doc = kiosk_markdown_parse (text, strlen (text), &context);
      double after = now () - start;
      g_autofree char *before_text = before < 0 ? g_strdup ("> 20") : g_strdup_printf ("%.3f", before);

      g_print ("%-46s %12s %12.3f  %s\n", patterns[i].name, before_text, after,
               kiosk_diagnostics_count_errors (diagnostics) > 0 ? "refused" : "shown");
      kiosk_document_free (doc);
    }
  return 0;
}
