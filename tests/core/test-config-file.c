/* test-config-file.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "config-util.h"

/* kiosk.ini as a file: missing, not UTF-8, with a byte order mark, or too
 * large. Whatever cannot be read leaves the defaults. */

static void
test_missing_file (void)
{
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  g_autoptr(KioskConfig) config = load (NULL, diagnostics);

  assert_only (diagnostics, KIOSK_SEVERITY_ERROR, 1, "settings file");
  assert_defaults (config);
  g_assert_null (config->booking_url);
  g_assert_nonnull (config->name);
}

static void
test_invalid_utf8 (void)
{
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  g_autoptr(KioskConfig) config = load ("[clinic]\n"
                                        "booking-url=https://example.org/book\n"
                                        "name=Cl\xednica\n"
                                        "[kiosk]\n"
                                        "languages=en;es\n",
                                        diagnostics);

  assert_only (diagnostics, KIOSK_SEVERITY_ERROR, 3, "UTF-8");
  assert_defaults (config);
}

static void
test_nul_byte (void)
{
  static const char text[] = "[clinic]\nname=Test\n[kiosk]\nlanguages=en\0es\n";
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  g_autoptr(KioskConfig) config = load_bytes (text, sizeof text - 1, diagnostics);

  assert_only (diagnostics, KIOSK_SEVERITY_ERROR, 4, "UTF-8");
  assert_defaults (config);
}

/* Notepad on Windows has long saved "UTF-8" with a byte order mark, which
 * staff cannot see. */
static void
test_utf8_bom (void)
{
  g_autoptr(KioskDiagnostics) diagnostics = NULL;
  g_autoptr(KioskConfig) config = NULL;

  if (run_in_subprocess ())
    return;

  diagnostics = kiosk_diagnostics_new ();
  config = load ("\xef\xbb\xbf[clinic]\r\n"
                 "name=Test Clinic\r\n"
                 "booking-url=https://example.org/book\r\n"
                 "[kiosk]\r\n"
                 "languages=en;es\r\n",
                 diagnostics);

  assert_clean (diagnostics);
  g_assert_cmpstr (config->name, ==, "Test Clinic");
  g_assert_cmpstr (config->booking_url, ==, "https://example.org/book");
  g_assert_cmpuint (g_strv_length (config->languages), ==, 2);
}

static void
test_huge_file (void)
{
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  g_autoptr(GString) text = g_string_new (valid_clinic);
  g_autoptr(KioskConfig) config = NULL;

  g_string_append (text, "[kiosk]\n");
  while (text->len < 1024 * 1024)
    g_string_append (text, "# A long comment line that makes the file much too large.\n");

  config = load_bytes (text->str, text->len, diagnostics);
  assert_only (diagnostics, KIOSK_SEVERITY_ERROR, 1, "too large");
  assert_defaults (config);
  g_assert_null (config->booking_url);
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

  g_test_add_func ("/kiosk/config/missing-file", test_missing_file);
  g_test_add_func ("/kiosk/config/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/kiosk/config/nul-byte", test_nul_byte);
  g_test_add_func ("/kiosk/config/utf8-bom", test_utf8_bom);
  g_test_add_func ("/kiosk/config/huge-file", test_huge_file);

  return g_test_run ();
}
