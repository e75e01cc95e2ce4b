/* fuzz-palette.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "fuzz-util.h"
#include "kiosk-colour.h"
#include "kiosk-theme.h"

/* The clinic's colours as kiosk.ini may write them, and the style sheet
 * made from them. Input: three colour lines (primary, accent, background),
 * a line with a text scale, then a style sheet. A colour that parses
 * formats back to itself, contrasts lie between 1 and 21, shades stay
 * colours, and the style sheet always names every colour. */

static gboolean
is_channel (double value)
{
  return value >= -1e-9 && value <= 1 + 1e-9;
}

static void
check_colour (const char *text,
              double      factor)
{
  KioskColour colour, again, white = { 1, 1, 1, 1 }, shade, over;
  g_autofree char *hex = NULL;
  g_autofree char *hex_again = NULL;
  double contrast;

  if (!kiosk_colour_parse (text, &colour))
    return;
  g_assert_true (is_channel (colour.red) && is_channel (colour.green) &&
                 is_channel (colour.blue) && is_channel (colour.alpha));
  hex = kiosk_colour_format (&colour);
  g_assert_true (kiosk_colour_parse (hex, &again));
  hex_again = kiosk_colour_format (&again);
  g_assert_cmpstr (hex, ==, hex_again);
  g_assert_cmpfloat (fabs (again.red - colour.red), <=, 0.5 / 255 + 1e-9);

  contrast = kiosk_colour_contrast (&colour, &white);
  g_assert_true (contrast >= 1 - 1e-9 && contrast <= 21 + 1e-9);
  g_assert_cmpfloat (fabs (contrast - kiosk_colour_contrast (&white, &colour)), <, 1e-9);

  shade = kiosk_colour_shade (&colour, factor);
  g_assert_true (is_channel (shade.red) && is_channel (shade.green) && is_channel (shade.blue));
  g_assert_cmpfloat (shade.alpha, ==, colour.alpha);
  over = kiosk_colour_composite (&colour, &white);
  g_assert_true (is_channel (over.red) && is_channel (over.alpha));
  over = kiosk_colour_alpha (&colour, factor);
  g_assert_true (is_channel (over.alpha));
}

static void
check_css (const KioskConfig *config,
           const char        *base,
           double             scale)
{
  for (guint high = 0; high < 2; high++)
    {
      g_autofree char *css = kiosk_theme_build_css (base, -1, base, config, scale, high);

      g_assert_nonnull (strstr (css, "@define-color kiosk_primary #"));
      g_assert_nonnull (strstr (css, "@define-color kiosk_card_shade_88 #"));
      if (g_utf8_validate (base, -1, NULL))
        fuzz_check_utf8 ("the style sheet", css);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_auto(GStrv) parts = fuzz_split (data, size, 5);
  g_autoptr(KioskConfig) config = kiosk_config_new_default ();
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  g_autofree char *ini = g_strndup ((const char *) data, size);
  double scale = g_ascii_strtod (parts[3], NULL);
  double factor = isfinite (scale) ? CLAMP (scale, 0.0, 4.0) : 1.0;

  for (guint i = 0; i < 3; i++)
    check_colour (parts[i], factor);
  check_colour (parts[3], factor);

  g_free (config->primary);
  g_free (config->accent);
  g_free (config->background);
  config->primary = g_strdup (parts[0]);
  config->accent = g_strdup (parts[1]);
  config->background = g_strdup (parts[2]);
  check_css (config, parts[4], scale);

  kiosk_theme_check_config (config, ini, diagnostics);
  fuzz_check_diagnostics (diagnostics, KIOSK_CONFIG_FILE, MAX (fuzz_count_lines (ini, strlen (ini)), 1));

  return 0;
}
