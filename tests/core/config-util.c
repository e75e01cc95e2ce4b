/* config-util.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "config-util.h"

const char valid_clinic[] =
  "[clinic]\n"
  "name=Test Clinic\n"
  "booking-url=https://example.org/book\n"
  "phone=+1 555 0100\n";

KioskConfig *
load_bytes (const char       *data,
            gssize            len,
            KioskDiagnostics *diagnostics)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kiosk-config-XXXXXX", &error);
  g_autofree char *path = NULL;
  KioskConfig *config;

  g_assert_no_error (error);
  path = g_build_filename (dir, KIOSK_CONFIG_FILE, NULL);
  if (data != NULL)
    {
      g_file_set_contents (path, data, len, &error);
      g_assert_no_error (error);
    }

  config = kiosk_config_load (dir, diagnostics);

  if (data != NULL)
    g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);

  g_assert_nonnull (config);
  g_assert_nonnull (config->languages);
  g_assert_nonnull (config->languages[0]);
  return config;
}

KioskConfig *
load (const char       *text,
      KioskDiagnostics *diagnostics)
{
  return load_bytes (text, -1, diagnostics);
}

char *
dump_diagnostics (KioskDiagnostics *diagnostics)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < kiosk_diagnostics_get_count (diagnostics); i++)
    {
      g_autofree char *line = kiosk_diagnostic_format (kiosk_diagnostics_get (diagnostics, i),
                                                       NULL);

      g_string_append_printf (str, "%s\n", line);
    }
  return g_string_free (str, FALSE);
}

void
assert_clean (KioskDiagnostics *diagnostics)
{
  g_autofree char *dump = dump_diagnostics (diagnostics);

  g_assert_cmpstr (dump, ==, "");
}

/* Exactly one problem, in kiosk.ini at @line, mentioning @word. */
void
assert_only (KioskDiagnostics *diagnostics,
             KioskSeverity     severity,
             guint             line,
             const char       *word)
{
  g_autofree char *dump = dump_diagnostics (diagnostics);
  const KioskDiagnostic *d;

  if (kiosk_diagnostics_get_count (diagnostics) != 1)
    g_test_message ("expected one problem; got:\n%s", dump);
  g_assert_cmpuint (kiosk_diagnostics_get_count (diagnostics), ==, 1);

  d = kiosk_diagnostics_get (diagnostics, 0);
  g_assert_cmpint (d->severity, ==, severity);
  g_assert_cmpstr (d->file, ==, KIOSK_CONFIG_FILE);
  g_assert_cmpuint (d->line, ==, line);
  g_assert_nonnull (strstr (d->message, word));
}

static void
assert_default_theme (const KioskConfig *config)
{
  g_autoptr(KioskConfig) defaults = kiosk_config_new_default ();

  g_assert_cmpstr (config->primary, ==, defaults->primary);
  g_assert_cmpstr (config->accent, ==, defaults->accent);
  g_assert_cmpstr (config->background, ==, defaults->background);
}

void
assert_defaults (const KioskConfig *config)
{
  g_assert_cmpuint (config->idle_timeout, ==, 90);
  g_assert_cmpuint (config->idle_warning, ==, 20);
  g_assert_cmpuint (g_strv_length (config->languages), ==, 1);
  g_assert_cmpstr (config->languages[0], ==, "en");
  g_assert_cmpint (config->mode, ==, KIOSK_MODE_WINDOW);
  g_assert_false (config->attract);
  g_assert_false (config->show_pointer);
  g_assert_null (config->staff_pin);
  assert_default_theme (config);
}

/* Tests of bugs found while writing these tests run in a child process:
 * until a bug is fixed, its test then fails alone, and the other cases
 * still run and report. */
gboolean
run_in_subprocess (void)
{
  if (g_test_subprocess ())
    return FALSE;

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  if (!g_test_trap_has_passed ())
    g_test_fail ();
  return TRUE;
}
