/* test-config-booking.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "config-util.h"

/* booking-url in kiosk.ini: the address the booking screen's QR code
 * opens, and each way it can be wrong. */

/* booking-url, each way it can be wrong: an error on its line, and no QR
 * code rather than a wrong one. */
static void
assert_bad_booking_url (const char *value,
                        const char *word)
{
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  g_autofree char *text = g_strdup_printf ("[clinic]\n"
                                           "name=Test Clinic\n"
                                           "phone=+1 555 0100\n"
                                           "booking-url=%s\n" /* line 4 */
                                           "[kiosk]\n"
                                           "languages=en\n",
                                           value);
  g_autoptr(KioskConfig) config = load (text, diagnostics);

  /* Also on stderr, which a test run in a subprocess passes on. */
  if (kiosk_diagnostics_get_count (diagnostics) != 1)
    g_printerr ("booking-url=%s gave %u problems, not 1\n",
                value, kiosk_diagnostics_get_count (diagnostics));
  assert_only (diagnostics, KIOSK_SEVERITY_ERROR, 4, word);
  g_assert_null (config->booking_url);
  g_assert_cmpstr (config->phone, ==, "+1 555 0100");
}

static void
test_booking_url_empty (void)
{
  assert_bad_booking_url ("", "booking-url");
  assert_bad_booking_url ("   ", "booking-url");
}

static void
test_booking_url_scheme (void)
{
  assert_bad_booking_url ("ftp://x", "ftp://x");
  assert_bad_booking_url ("javascript:alert(1)", "javascript:alert(1)");
  assert_bad_booking_url ("example.org/book", "example.org/book");
}

/* Addresses GUri accepts but a phone camera does not open: no host at
 * all, or a space typed into them. */
static void
test_booking_url_unusable (void)
{
  if (run_in_subprocess ())
    return;

  assert_bad_booking_url ("https://", "https://");
  assert_bad_booking_url ("https://exa mple.org/book", "exa mple.org");
  assert_bad_booking_url ("https://example.org/book now", "book now");
}

static void
test_booking_url_too_long (void)
{
  g_autofree char *padding = g_strnfill (2000 - strlen ("https://example.org/"), 'a');
  g_autofree char *url = g_strconcat ("https://example.org/", padding, NULL);

  g_assert_cmpuint (strlen (url), ==, 2000);
  assert_bad_booking_url (url, "QR");
}

static void
test_booking_url_missing (void)
{
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  g_autoptr(KioskConfig) config = load ("# Settings.\n"
                                        "[clinic]\n"
                                        "name=Test Clinic\n",
                                        diagnostics);

  /* Pointed at the [clinic] section, where the line should be added. */
  assert_only (diagnostics, KIOSK_SEVERITY_ERROR, 2, "booking-url");
  g_assert_null (config->booking_url);
}

static void
test_booking_url_kept_exactly (void)
{
  const char *url = "https://Booking.Example.ORG/New/Visit?Clinic=AbC-12&src=Kiosk&lang=ES#Top";
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  g_autofree char *text = g_strdup_printf ("[clinic]\n"
                                           "name=Test Clinic\n"
                                           "booking-url=%s\n",
                                           url);
  g_autoptr(KioskConfig) config = load (text, diagnostics);

  /* The QR code must open the same page, case and query included. */
  assert_clean (diagnostics);
  g_assert_cmpstr (config->booking_url, ==, url);
}

/* Each language may have its own booking address and phone number, with
 * GKeyFile's localized keys; a language without them uses the plain keys,
 * and a bad localized address is an error on its own line. */
static void
test_booking_localized (void)
{
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  g_autoptr(KioskConfig) config = load ("[clinic]\n"
                                        "name=Test Clinic\n"
                                        "name[fr]=Clinique Test\n"
                                        "phone=+1 555 0100\n"
                                        "phone[fr]=+1 555 0199\n"
                                        "booking-url=https://example.org/book?lang=en\n"
                                        "booking-url[fr]=https://example.org/book?lang=fr\n"
                                        "booking-url[ar]=ftp://example.org/\n" /* line 8 */
                                        "[kiosk]\n"
                                        "languages=en;fr;ar\n",
                                        diagnostics);
  g_autofree char *name_fr = kiosk_config_get_name (config, "fr");
  g_autofree char *name_ar = kiosk_config_get_name (config, "ar");
  g_autofree char *phone_fr = kiosk_config_get_phone (config, "fr");
  g_autofree char *phone_ar = kiosk_config_get_phone (config, "ar");

  assert_only (diagnostics, KIOSK_SEVERITY_ERROR, 8, "ftp://example.org/");
  g_assert_cmpstr (kiosk_config_get_booking_url (config, "fr"), ==,
                   "https://example.org/book?lang=fr");
  g_assert_cmpstr (kiosk_config_get_booking_url (config, "en"), ==,
                   "https://example.org/book?lang=en");
  g_assert_cmpstr (kiosk_config_get_booking_url (config, "ar"), ==,
                   "https://example.org/book?lang=en");
  g_assert_cmpstr (name_fr, ==, "Clinique Test");
  g_assert_cmpstr (name_ar, ==, "Test Clinic");
  g_assert_cmpstr (phone_fr, ==, "+1 555 0199");
  g_assert_cmpstr (phone_ar, ==, "+1 555 0100");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char **args = g_new0 (char *, argc + 2);

  /* A failing case must not hide the ones after it: some cases test bugs
   * that are reported but not fixed yet. */
  args[0] = argv[0];
  args[1] = (char *) "--keep-going";
  for (int i = 1; i < argc; i++)
    args[i + 1] = argv[i];
  argc++;
  argv = args;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kiosk/config/booking-localized", test_booking_localized);

  g_test_add_func ("/kiosk/config/booking-url/empty", test_booking_url_empty);
  g_test_add_func ("/kiosk/config/booking-url/scheme", test_booking_url_scheme);
  g_test_add_func ("/kiosk/config/booking-url/unusable", test_booking_url_unusable);
  g_test_add_func ("/kiosk/config/booking-url/too-long", test_booking_url_too_long);
  g_test_add_func ("/kiosk/config/booking-url/missing", test_booking_url_missing);
  g_test_add_func ("/kiosk/config/booking-url/kept-exactly", test_booking_url_kept_exactly);

  return g_test_run ();
}
