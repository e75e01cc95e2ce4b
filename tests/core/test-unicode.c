/* test-unicode.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kiosk-diagnostics.h"
#include "kiosk-links.h"
#include "kiosk-markdown.h"
#include "kiosk-unicode.h"

/* Text that reads as something it is not: a link whose address holds a
 * right-to-left override is no link, a diagnostic shows hidden characters
 * as ⟨U+…⟩, and a host name in another script is shown and encoded in
 * its ASCII form. */

static void
test_hidden_characters (void)
{
  const gunichar hidden[] = { 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067,
                              0x2068, 0x2069, 0x200b, 0x200e, 0x200f, 0xfeff, 0x00ad, 0x0007 };
  g_autofree char *visible = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (hidden); i++)
    {
      char text[8] = { 0 };

      g_unichar_to_utf8 (hidden[i], text);
      g_assert_true (kiosk_unicode_has_hidden (text));
    }
  g_assert_false (kiosk_unicode_has_hidden ("a\n\tb"));
  g_assert_false (kiosk_unicode_has_hidden ("\u05d0\u0639"));   /* Hebrew alef, Arabic ain */
  g_assert_false (kiosk_unicode_has_hidden ("Café, عيادة, クリニック"));

  visible = kiosk_unicode_make_visible ("https://example.org/\u202egpj.exe");
  g_assert_cmpstr (visible, ==, "https://example.org/⟨U+202E⟩gpj.exe");
}

static void
test_links_refused (void)
{
  g_autofree char *target = NULL;

  g_assert_cmpint (kiosk_links_classify ("https://bank.example/\u202eexe.pdf", "", &target), ==,
                   KIOSK_LINK_NONE);
  g_assert_null (target);
  g_assert_cmpint (kiosk_links_classify ("https://exa\u200bmple.org/", "", &target), ==,
                   KIOSK_LINK_NONE);
  g_assert_cmpint (kiosk_links_classify ("tel:+1555\u2066 0100", "", &target), ==,
                   KIOSK_LINK_NONE);
  g_assert_cmpint (kiosk_links_classify ("about\u202e", "", &target), ==, KIOSK_LINK_NONE);
  g_assert_cmpint (kiosk_links_classify ("https://example.org/book", "", &target), ==,
                   KIOSK_LINK_WEB);
}

/* A page with such a link: plain text, and the warning shows the hidden
 * character. */
static void
test_warning_made_visible (void)
{
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  KioskMarkdownContext context = { "en/10-page.md", "", 1, diagnostics, NULL, NULL };
  static const char text[] = "# Page\n\nSee [our prices](https://example.org/\u202efdp.exe).\n";
  KioskDocument *doc = kiosk_markdown_parse (text, strlen (text), &context);
  const KioskDiagnostic *d;

  g_assert_cmpuint (doc->links->len, ==, 0);
  g_assert_cmpuint (kiosk_diagnostics_get_count (diagnostics), ==, 1);
  d = kiosk_diagnostics_get (diagnostics, 0);
  g_test_message ("%s:%u: %s", d->file, d->line, d->message);
  g_assert_cmpuint (d->line, ==, 3);
  g_assert_nonnull (strstr (d->message, "⟨U+202E⟩"));
  g_assert_nonnull (strstr (d->message, "hidden character"));
  g_assert_null (strstr (d->message, "\u202e"));
  kiosk_document_free (doc);
}

static void
test_idn_to_ascii (void)
{
  g_autofree char *idn = kiosk_links_to_ascii ("https://пример.рф/запись?lang=ru#top");
  g_autofree char *plain = kiosk_links_to_ascii ("https://example.org/book?a=1");
  g_autofree char *target = NULL;

  g_assert_cmpstr (idn, ==, "https://xn--e1afmkfd.xn--p1ai/запись?lang=ru#top");
  g_assert_cmpstr (plain, ==, "https://example.org/book?a=1");
  /* Such an address is still a link. */
  g_assert_cmpint (kiosk_links_classify ("https://пример.рф/", "", &target), ==,
                   KIOSK_LINK_WEB);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kiosk/unicode/hidden-characters", test_hidden_characters);
  g_test_add_func ("/kiosk/unicode/links-refused", test_links_refused);
  g_test_add_func ("/kiosk/unicode/warning-made-visible", test_warning_made_visible);
  g_test_add_func ("/kiosk/unicode/idn-to-ascii", test_idn_to_ascii);

  return g_test_run ();
}
