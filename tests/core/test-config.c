/* test-config.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "config-util.h"
#include "kiosk-theme.h"

/* kiosk.ini is the one file every clinic edits: its settings, and the
 * mistakes staff make in them. Reading the file itself is tested in
 * test-config-file.c, booking-url in test-config-booking.c. */

static void
test_defaults (void)
{
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  g_autoptr(KioskConfig) config = load ("[clinic]\n"
                                        "name=Test Clinic\n"
                                        "booking-url=https://example.org/book\n",
                                        diagnostics);

  assert_clean (diagnostics);
  assert_defaults (config);
  g_assert_cmpstr (config->name, ==, "Test Clinic");
  g_assert_cmpstr (config->booking_url, ==, "https://example.org/book");
  g_assert_cmpstr (config->phone, ==, "");
  g_assert_true (kiosk_config_is_colour (config->primary));
  g_assert_true (kiosk_config_is_colour (config->accent));
  g_assert_true (kiosk_config_is_colour (config->background));
}

static void
test_all_keys (void)
{
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  g_autoptr(KioskConfig) config = load ("# A comment.\n"
                                        "[clinic]\n"
                                        "name = Riverside Family Clinic \n"
                                        "booking-url=https://booking.riverside.example/new\n"
                                        "phone=+1 212 555 0147\n"
                                        "\n"
                                        "[kiosk]\n"
                                        "languages=es;en;es\n"
                                        "idle-timeout=120\n"
                                        "idle-warning=30\n"
                                        "mode=kiosk\n"
                                        "attract=true\n"
                                        "show-pointer=yes\n"
                                        "staff-pin=sha256:00112233445566778899aabbccddeeff:"
                                        "4b4d55b3554565eb76bb8bdb4a4b62d06b6b4d5e25bb448e3ed3bc846f63c055\n"
                                        "\n"
                                        "[theme]\n"
                                        "primary=#112233\n"
                                        "accent=#a43\n"
                                        "background=#FfEeDd\n",
                                        diagnostics);

  assert_clean (diagnostics);
  g_assert_cmpstr (config->name, ==, "Riverside Family Clinic");
  g_assert_cmpstr (config->booking_url, ==, "https://booking.riverside.example/new");
  g_assert_cmpstr (config->phone, ==, "+1 212 555 0147");
  /* The first language is the default; a repeated one counts once. */
  g_assert_cmpuint (g_strv_length (config->languages), ==, 2);
  g_assert_cmpstr (config->languages[0], ==, "es");
  g_assert_cmpstr (config->languages[1], ==, "en");
  g_assert_cmpuint (config->idle_timeout, ==, 120);
  g_assert_cmpuint (config->idle_warning, ==, 30);
  g_assert_cmpint (config->mode, ==, KIOSK_MODE_KIOSK);
  g_assert_true (config->attract);
  g_assert_true (config->show_pointer);
  g_assert_cmpstr (config->staff_pin, ==,
                   "sha256:00112233445566778899aabbccddeeff:"
                   "4b4d55b3554565eb76bb8bdb4a4b62d06b6b4d5e25bb448e3ed3bc846f63c055");
  g_assert_cmpstr (config->primary, ==, "#112233");
  g_assert_cmpstr (config->accent, ==, "#a43");
  g_assert_cmpstr (config->background, ==, "#FfEeDd");
}

static void
test_translated_name (void)
{
  g_autoptr(KioskDiagnostics) diagnostics = NULL;
  g_autoptr(KioskConfig) config = NULL;
  g_autofree char *es = NULL;
  g_autofree char *en = NULL;
  g_autofree char *fr = NULL;
  g_autofree char *none = NULL;

  if (run_in_subprocess ())
    return;

  /* The kiosk runs in one locale but shows every language; LC_ALL=C.UTF-8
   * here, so name[es] is not the current locale's translation. */
  diagnostics = kiosk_diagnostics_new ();
  config = load ("[clinic]\n"
                 "name=Riverside Clinic\n"
                 "name[es]=Clínica Riverside\n"
                 "booking-url=https://example.org/book\n"
                 "[kiosk]\n"
                 "languages=en;es\n",
                 diagnostics);
  es = kiosk_config_get_name (config, "es");
  en = kiosk_config_get_name (config, "en");
  fr = kiosk_config_get_name (config, "fr");
  none = kiosk_config_get_name (config, NULL);

  /* name[es] is a known key, not an unknown setting. */
  assert_clean (diagnostics);
  g_assert_cmpstr (es, ==, "Clínica Riverside");
  g_assert_cmpstr (en, ==, "Riverside Clinic");
  g_assert_cmpstr (fr, ==, "Riverside Clinic");
  g_assert_cmpstr (none, ==, "Riverside Clinic");
  g_assert_cmpstr (config->name, ==, "Riverside Clinic");
}

static void
test_unknown_key (void)
{
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  g_autofree char *text = g_strconcat (valid_clinic,
                                       "\n"
                                       "[kiosk]\n"
                                       "languages=en\n"
                                       "idle-timout=30\n", /* line 8 */
                                       NULL);
  g_autoptr(KioskConfig) config = load (text, diagnostics);

  assert_only (diagnostics, KIOSK_SEVERITY_WARNING, 8, "idle-timout");
  g_assert_cmpuint (config->idle_timeout, ==, 90);
}

static void
test_unknown_group (void)
{
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  g_autofree char *text = g_strconcat (valid_clinic,
                                       "\n"
                                       "[screen]\n"         /* line 6 */
                                       "size=big\n"
                                       "\n"
                                       "[kiosk]\n"
                                       "languages=en;es\n",
                                       NULL);
  g_autoptr(KioskConfig) config = load (text, diagnostics);

  assert_only (diagnostics, KIOSK_SEVERITY_WARNING, 6, "screen");
  g_assert_cmpuint (g_strv_length (config->languages), ==, 2);
}

static void
test_syntax_error (void)
{
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  g_autoptr(KioskConfig) config = load ("[clinic]\n"
                                        "name=Test Clinic\n"
                                        "booking-url=https://example.org/book\n"
                                        "this is not a setting\n"
                                        "phone=+1 555 0100\n"
                                        "\n"
                                        "[kiosk]\n"
                                        "languages=en;es\n",
                                        diagnostics);

  assert_only (diagnostics, KIOSK_SEVERITY_ERROR, 4, "key=value");

  /* The kiosk still runs, on the defaults. */
  assert_defaults (config);
  g_assert_null (config->booking_url);
}

static void
test_syntax_error_last_line (void)
{
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  g_autofree char *text = g_strconcat (valid_clinic, "[kiosk\n", NULL);
  g_autoptr(KioskConfig) config = load (text, diagnostics);

  assert_only (diagnostics, KIOSK_SEVERITY_ERROR, 5, "key=value");
  assert_defaults (config);
}

static void
test_bad_number (void)
{
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  g_autofree char *text = g_strconcat (valid_clinic,
                                       "[kiosk]\n"
                                       "idle-warning=30\n"
                                       "idle-timeout=abc\n", /* line 7 */
                                       NULL);
  g_autoptr(KioskConfig) config = load (text, diagnostics);

  assert_only (diagnostics, KIOSK_SEVERITY_ERROR, 7, "abc");
  g_assert_cmpuint (config->idle_timeout, ==, 90);
  g_assert_cmpuint (config->idle_warning, ==, 30);
}

static void
test_number_out_of_range (void)
{
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  g_autofree char *text = g_strconcat (valid_clinic,
                                       "[kiosk]\n"
                                       "idle-timeout=-5\n", /* line 6 */
                                       NULL);
  g_autoptr(KioskConfig) config = load (text, diagnostics);

  assert_only (diagnostics, KIOSK_SEVERITY_ERROR, 6, "idle-timeout");
  g_assert_cmpuint (config->idle_timeout, ==, 90);
}

static void
test_bad_colour (void)
{
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  g_autofree char *text = g_strconcat (valid_clinic,
                                       "[theme]\n"
                                       "accent=#A64B35\n"
                                       "primary=teal\n",     /* line 7 */
                                       NULL);
  g_autoptr(KioskConfig) config = load (text, diagnostics);
  g_autoptr(KioskConfig) defaults = kiosk_config_new_default ();

  assert_only (diagnostics, KIOSK_SEVERITY_ERROR, 7, "teal");
  g_assert_cmpstr (config->primary, ==, defaults->primary);
  g_assert_cmpstr (config->accent, ==, "#A64B35");
  g_assert_false (kiosk_config_is_colour ("teal"));
  g_assert_false (kiosk_config_is_colour ("#12345"));
  g_assert_false (kiosk_config_is_colour ("#12345g"));
  g_assert_false (kiosk_config_is_colour (""));
  g_assert_true (kiosk_config_is_colour ("#1f6F78"));
}

/* Colours too pale for text are a warning at their line: the kiosk still
 * uses them, as the clinic asked. */
static void
test_low_contrast (void)
{
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  g_autofree char *text = g_strconcat (valid_clinic,
                                       "[theme]\n"
                                       "accent=#A64B35\n"
                                       "primary=#9fd3d8\n",  /* line 7 */
                                       NULL);
  g_autoptr(KioskConfig) config = load (text, diagnostics);
  g_autofree char *dump = NULL;

  kiosk_theme_check_config (config, config->text, diagnostics);
  dump = dump_diagnostics (diagnostics);
  g_test_message ("%s", dump);
  g_assert_cmpuint (kiosk_diagnostics_get_count (diagnostics), >=, 2);
  g_assert_cmpuint (kiosk_diagnostics_count_errors (diagnostics), ==, 0);
  for (guint i = 0; i < kiosk_diagnostics_get_count (diagnostics); i++)
    {
      const KioskDiagnostic *d = kiosk_diagnostics_get (diagnostics, i);

      g_assert_cmpint (d->severity, ==, KIOSK_SEVERITY_WARNING);
      g_assert_cmpstr (d->file, ==, KIOSK_CONFIG_FILE);
      g_assert_cmpuint (d->line, ==, 7);
      g_assert_nonnull (strstr (d->message, "contrast"));
      g_assert_nonnull (strstr (d->message, "4.5:1"));
    }
  g_assert_nonnull (strstr (dump, "kiosk.ini:7: warning: white text on the primary colour: a "
                                  "contrast of only 1.6:1"));
  g_assert_cmpstr (config->primary, ==, "#9fd3d8");
  g_assert_cmpstr (config->accent, ==, "#A64B35");

  /* A pale background: the dark text still reads, the primary does not. */
  {
    g_autoptr(KioskDiagnostics) more = kiosk_diagnostics_new ();
    g_autofree char *dark = g_strconcat (valid_clinic,
                                         "[theme]\n"
                                         "background=#1F6F78\n", /* line 6 */
                                         NULL);
    g_autoptr(KioskConfig) dark_config = load (dark, more);
    g_autofree char *more_dump = NULL;

    kiosk_theme_check_config (dark_config, dark_config->text, more);
    more_dump = dump_diagnostics (more);

    g_test_message ("%s", more_dump);
    g_assert_nonnull (strstr (more_dump, "kiosk.ini:6: warning: dark text on the background "
                                         "colour"));
    g_assert_cmpstr (dark_config->background, ==, "#1F6F78");
  }
}

static void
test_bad_language_code (void)
{
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  g_autofree char *text = g_strconcat (valid_clinic,
                                       "[kiosk]\n"
                                       "languages=en;../es\n", /* line 6 */
                                       NULL);
  g_autoptr(KioskConfig) config = load (text, diagnostics);

  /* A code becomes a folder name, so it may not climb out of the folder. */
  assert_only (diagnostics, KIOSK_SEVERITY_ERROR, 6, "../es");
  g_assert_cmpuint (g_strv_length (config->languages), ==, 1);
  g_assert_cmpstr (config->languages[0], ==, "en");
}

static void
test_find_line (void)
{
  const char *text =
    "# name=not a setting\n"          /* 1 */
    "[clinic]\n"                      /* 2 */
    "names=not this one\n"            /* 3 */
    "  name = Test Clinic\n"          /* 4 */
    "\n"                              /* 5 */
    "[kiosk]\n"                       /* 6 */
    "name=the kiosk's own\n"          /* 7 */
    "languages=en\n"                  /* 8 */
    "[theme]\n"                       /* 9 */
    "primary\t=#112233\n";            /* 10 */

  g_assert_cmpuint (kiosk_config_find_line (text, "clinic", "name"), ==, 4);
  g_assert_cmpuint (kiosk_config_find_line (text, "kiosk", "name"), ==, 7);
  g_assert_cmpuint (kiosk_config_find_line (text, "kiosk", "languages"), ==, 8);
  g_assert_cmpuint (kiosk_config_find_line (text, "theme", "primary"), ==, 10);
  g_assert_cmpuint (kiosk_config_find_line (text, NULL, "kiosk"), ==, 6);
  g_assert_cmpuint (kiosk_config_find_line (text, NULL, "theme"), ==, 9);

  /* Not found: the first line, never 0. */
  g_assert_cmpuint (kiosk_config_find_line (text, "clinic", "languages"), ==, 1);
  g_assert_cmpuint (kiosk_config_find_line (text, "theme", "accent"), ==, 1);
  g_assert_cmpuint (kiosk_config_find_line (text, NULL, "screen"), ==, 1);
  g_assert_cmpuint (kiosk_config_find_line ("", "clinic", "name"), ==, 1);
}

/* staff-pin keeps only what clinic-kiosk --hash-pin prints; a PIN written
 * in plain text, or a hash cut short, is dropped and staff access stays off. */
static void
test_staff_pin (void)
{
  static const char hash[] =
    "sha256:0f1e2d3c4b5a69788796a5b4c3d2e1f0:"
    "05c8ef95bed425d94cf7af3d13dcb5b0ecae9609df4f46ae2bca6324aaf14590";
  const char *bad[] = {
    "1234",
    "sha256:0f1e2d3c4b5a69788796a5b4c3d2e1f0:05c8ef95bed425d94cf7af3d13dcb5b0",
    "SHA256:0f1e2d3c4b5a69788796a5b4c3d2e1f0:"
      "05c8ef95bed425d94cf7af3d13dcb5b0ecae9609df4f46ae2bca6324aaf14590",
    "sha256:0F1E2D3C4B5A69788796A5B4C3D2E1F0:"
      "05c8ef95bed425d94cf7af3d13dcb5b0ecae9609df4f46ae2bca6324aaf14590",
  };

  /* A well-formed hash is kept as written. */
  {
    g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
    g_autofree char *text = g_strdup_printf ("%s[kiosk]\nstaff-pin = %s\n", valid_clinic, hash);
    g_autoptr(KioskConfig) config = load (text, diagnostics);

    assert_clean (diagnostics);
    g_assert_cmpstr (config->staff_pin, ==, hash);
  }

  /* An empty value means no PIN, and is no mistake. */
  {
    g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
    g_autofree char *text = g_strdup_printf ("%s[kiosk]\nstaff-pin=\n", valid_clinic);
    g_autoptr(KioskConfig) config = load (text, diagnostics);

    assert_clean (diagnostics);
    g_assert_null (config->staff_pin);
  }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
      g_autofree char *text = g_strdup_printf ("%s\n[kiosk]\nlanguages=en\nstaff-pin=%s\n",
                                               valid_clinic, bad[i]);
      g_autoptr(KioskConfig) config = NULL;
      g_autofree char *dump = NULL;

      g_test_message ("staff-pin=%s", bad[i]);
      config = load (text, diagnostics);
      /* valid_clinic is four lines, then a blank line, [kiosk] and languages. */
      assert_only (diagnostics, KIOSK_SEVERITY_ERROR, 8, "--hash-pin");
      g_assert_null (config->staff_pin);

      /* The PIN itself is never repeated where others may read it. */
      dump = dump_diagnostics (diagnostics);
      g_assert_null (strstr (dump, bad[i]));
    }
}

/* Thousands of unknown sections and settings (a pasted file, a typo in
 * a generator): each warning is at its own line, found in one reading of
 * the file rather than one search per warning. */
static void
test_many_unknown (void)
{
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  g_autoptr(GString) text = g_string_new ("[clinic]\nname=Test\nbooking-url=https://example.org/\n"
                                          "[kiosk]\nlanguages=en\n");
  g_autoptr(KioskConfig) config = NULL;

  for (guint i = 0; i < 12000; i++)
    g_string_append_printf (text, "extra-%u=1\n", i);          /* lines 6 to 12005 */
  for (guint i = 0; i < 3000; i++)
    g_string_append_printf (text, "[section-%u]\n", i);        /* lines 12006 to 15005 */
  config = load (text->str, diagnostics);
  g_assert_cmpuint (kiosk_diagnostics_count_errors (diagnostics), ==, 0);
  g_assert_cmpuint (kiosk_diagnostics_get_count (diagnostics), >, 100);
  for (guint i = 0; i < kiosk_diagnostics_get_count (diagnostics); i++)
    {
      const KioskDiagnostic *d = kiosk_diagnostics_get (diagnostics, i);
      g_autofree char *expected = g_strdup_printf ("“extra-%u”", d->line - 6);

      g_assert_nonnull (strstr (d->message, expected));
    }
  g_assert_cmpstr (config->name, ==, "Test");
}

/* The number for an ambulance is 911 unless the clinic says otherwise. A
 * number no phone can dial is never shown: the card then names none. */
static void
test_emergency_number (void)
{
  static const struct { const char *line; const char *number; guint error_line; } cases[] = {
    { "", "911", 0 },
    { "emergency-number=999\n", "999", 0 },
    { "emergency-number = 112 \n", "112", 0 },
    { "emergency-number=+44 20-7946\n", "+44 20-7946", 0 },
    { "emergency-number=\n", NULL, 0 },
    { "emergency-number=call 999\n", NULL, 5 },
    { "emergency-number=99+9\n", NULL, 5 },
    { "emergency-number=---\n", NULL, 5 },
    { "emergency-number=123456789012345678901\n", NULL, 5 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
      g_autofree char *text = g_strconcat (valid_clinic, cases[i].line, NULL);
      g_autoptr(KioskConfig) config = load (text, diagnostics);

      g_assert_cmpstr (config->emergency_number, ==, cases[i].number);
      if (cases[i].error_line == 0)
        assert_clean (diagnostics);
      else
        assert_only (diagnostics, KIOSK_SEVERITY_ERROR, cases[i].error_line, "emergency-number");
    }
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

  g_test_add_func ("/kiosk/config/defaults", test_defaults);
  g_test_add_func ("/kiosk/config/all-keys", test_all_keys);
  g_test_add_func ("/kiosk/config/translated-name", test_translated_name);
  g_test_add_func ("/kiosk/config/unknown-key", test_unknown_key);
  g_test_add_func ("/kiosk/config/unknown-group", test_unknown_group);
  g_test_add_func ("/kiosk/config/syntax-error", test_syntax_error);
  g_test_add_func ("/kiosk/config/syntax-error-last-line", test_syntax_error_last_line);
  g_test_add_func ("/kiosk/config/bad-number", test_bad_number);
  g_test_add_func ("/kiosk/config/number-out-of-range", test_number_out_of_range);
  g_test_add_func ("/kiosk/config/bad-colour", test_bad_colour);
  g_test_add_func ("/kiosk/config/low-contrast", test_low_contrast);
  g_test_add_func ("/kiosk/config/bad-language-code", test_bad_language_code);
  g_test_add_func ("/kiosk/config/find-line", test_find_line);
  g_test_add_func ("/kiosk/config/staff-pin", test_staff_pin);
  g_test_add_func ("/kiosk/config/many-unknown", test_many_unknown);
  g_test_add_func ("/kiosk/config/emergency-number", test_emergency_number);

  return g_test_run ();
}
