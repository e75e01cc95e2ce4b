/* fuzz-ini.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fuzz-util.h"
#include "kiosk-config-private.h"
#include "kiosk-ini-lines.h"
#include "kiosk-paths.h"
#include "kiosk-pin.h"
#include "kiosk-theme.h"

/* kiosk.ini: the settings, the line index behind the warnings about
 * unknown keys, and the contrast check of the clinic's colours. Whatever
 * the file says, the kiosk gets settings it can run with, and every
 * message points at a line of the file. */

static void
check_settings (const KioskConfig *config)
{
  g_autofree char *name_es = kiosk_config_get_name (config, "es");

  fuzz_check_utf8 ("the clinic's name", config->name);
  fuzz_check_utf8 ("the clinic's name in Spanish", name_es);
  fuzz_check_utf8 ("the phone number", config->phone);
  g_assert_true (config->booking_url == NULL || kiosk_paths_is_web_address (config->booking_url));
  g_assert_true (config->staff_pin == NULL || kiosk_pin_is_hash (config->staff_pin));
  g_assert_true (kiosk_config_is_colour (config->primary));
  g_assert_true (kiosk_config_is_colour (config->accent));
  g_assert_true (kiosk_config_is_colour (config->background));
  g_assert_true (config->idle_timeout >= 10 && config->idle_timeout <= 86400);
  g_assert_true (config->idle_warning >= 5 && config->idle_warning <= 600);
  g_assert_nonnull (config->languages);
  g_assert_nonnull (config->languages[0]);
  for (guint i = 0; config->languages[i] != NULL; i++)
    {
      const char *code = config->languages[i];

      g_assert_true (*code != '\0' && strlen (code) <= 16);
      for (const char *p = code; *p != '\0'; p++)
        g_assert_true (g_ascii_isalnum (*p) || *p == '_' || *p == '-');
    }
}

static void
check_line_index (const char *text,
                  guint       lines)
{
  g_autoptr(GHashTable) index = kiosk_ini_index_lines (text);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, index);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_assert_cmpuint (GPOINTER_TO_UINT (value), >=, 1);
      g_assert_cmpuint (GPOINTER_TO_UINT (value), <=, lines);
      g_assert_cmpuint (kiosk_ini_line_of (index, key, NULL), ==, GPOINTER_TO_UINT (value));
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  g_autoptr(KioskConfig) config = kiosk_config_parse ((const char *) data, size, diagnostics);
  guint lines = fuzz_count_lines ((const char *) data, size);

  check_settings (config);
  fuzz_check_diagnostics (diagnostics, KIOSK_CONFIG_FILE, lines);
  check_line_index (config->text, lines);
  kiosk_theme_check_config (config, config->text, diagnostics);
  fuzz_check_diagnostics (diagnostics, KIOSK_CONFIG_FILE, lines);

  return 0;
}
