/* test-theme.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "kiosk-theme-private.h"

/* The style sheet the kiosk loads: a palette that defines every colour
 * style.css names (also in high contrast, where the clinic's colours are
 * left out), text sizes scaled, and warnings for clinic colours too pale
 * to read, at their kiosk.ini line. What GTK draws is measured by
 * tests/gui/test-contrast.c. The style sheets are read from the source
 * tree. */

#define STYLE_CSS TEST_SRCDIR "/../ui/style.css"
#define HIGH_CONTRAST_CSS TEST_SRCDIR "/../ui/high-contrast.css"

/* A brand that is too pale for text: the check must notice. */
#define PALE_PRIMARY "#9fd3d8"
#define PALE_ACCENT "#f2a541"
#define PALE_BACKGROUND "#e9f1f2"

/*
 * Helpers
 */

static char *
read_source (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

static KioskConfig *
config_with (const char *primary,
             const char *accent,
             const char *background)
{
  KioskConfig *config = kiosk_config_new_default ();

  g_free (config->primary);
  g_free (config->accent);
  g_free (config->background);
  config->primary = g_strdup (primary);
  config->accent = g_strdup (accent);
  config->background = g_strdup (background);
  return config;
}

static char *
build (const KioskConfig *config,
       double             text_scale,
       gboolean           high_contrast)
{
  g_autofree char *base = read_source (STYLE_CSS);
  g_autofree char *extra = read_source (HIGH_CONTRAST_CSS);

  return kiosk_theme_build_css (base, -1, extra, config, text_scale, high_contrast);
}

static char *
format_all (KioskDiagnostics *diagnostics)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < kiosk_diagnostics_get_count (diagnostics); i++)
    {
      g_autofree char *line = kiosk_diagnostic_format (kiosk_diagnostics_get (diagnostics, i),
                                                       NULL);

      g_string_append_printf (out, "%s\n", line);
    }
  return g_string_free (out, FALSE);
}

/* Every @name the style sheets use is defined by the palette at the top
 * of @css, and the style sheets define none themselves. */
static void
assert_defines_all (const char *css)
{
  g_autofree char *base = read_source (STYLE_CSS);
  g_autofree char *extra = read_source (HIGH_CONTRAST_CSS);
  g_autofree char *both = g_strconcat (base, extra, NULL);
  g_autoptr(GRegex) use = g_regex_new ("@([a-z_0-9]+)", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  const char *palette_end = strstr (css, "window.kiosk");
  guint names = 0;

  g_assert_nonnull (palette_end);
  g_assert_null (strstr (both, "@define-color"));
  g_regex_match (use, both, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *name = g_match_info_fetch (match, 1);
      g_autofree char *line = g_strdup_printf ("@define-color %s #", name);
      const char *at = strstr (css, line);

      if (at == NULL || at > palette_end)
        g_error ("@%s is used but not defined by the palette", name);
      names++;
      g_match_info_next (match, NULL);
    }
  g_assert_cmpuint (names, >, 100);
}

/*
 * Text size
 */

static void
test_font_sizes (void)
{
  static const char css[] =
    "a { font-size: 26px; margin: 26px; min-height: 26px; }\n"
    "b { font-size:13px; -gtk-icon-size: 24px; letter-spacing: 4px; }\n"
    "c { font-size: 1.2em; padding: 12px 16px; }\n"
    "d { my-font-size: 20px; font-size: 22px }";
  g_autofree char *same = kiosk_theme_scale_font_sizes (css, -1, 1.0);
  g_autofree char *half = kiosk_theme_scale_font_sizes (css, -1, 1.5);
  g_autofree char *twice = kiosk_theme_scale_font_sizes (css, -1, 2.0);

  g_assert_cmpstr (same, ==, css);
  g_assert_cmpstr (half, ==,
                   "a { font-size: 39px; margin: 26px; min-height: 26px; }\n"
                   "b { font-size:20px; -gtk-icon-size: 24px; letter-spacing: 4px; }\n"
                   "c { font-size: 1.2em; padding: 12px 16px; }\n"
                   "d { my-font-size: 20px; font-size: 33px }");
  g_assert_cmpstr (twice, ==,
                   "a { font-size: 52px; margin: 26px; min-height: 26px; }\n"
                   "b { font-size:26px; -gtk-icon-size: 24px; letter-spacing: 4px; }\n"
                   "c { font-size: 1.2em; padding: 12px 16px; }\n"
                   "d { my-font-size: 20px; font-size: 44px }");
}

/* A size past any int is left as written, not turned into undefined
 * behaviour; a scale that is not a number is the normal size. */
static void
test_font_sizes_out_of_range (void)
{
  static const char css[] = "a { font-size: 99999999999999999999px; font-size: 10px; }";
  g_autofree char *scaled = kiosk_theme_scale_font_sizes (css, -1, 1.5);
  g_autoptr(KioskConfig) config = kiosk_config_new_default ();
  g_autofree char *normal = build (config, 1.0, FALSE);
  g_autofree char *nan_scale = build (config, NAN, FALSE);

  g_assert_cmpstr (scaled, ==, "a { font-size: 99999999999999999999px; font-size: 15px; }");
  g_assert_cmpstr (nan_scale, ==, normal);
}

/* The whole style sheet: body text 26 px becomes 39 and 52 px, and no
 * other length changes. */
static void
test_font_sizes_style_css (void)
{
  g_autoptr(KioskConfig) config = kiosk_config_new_default ();
  g_autofree char *normal = build (config, 1.0, FALSE);
  g_autofree char *large = build (config, 1.5, FALSE);
  g_autofree char *largest = build (config, 2.0, FALSE);
  g_autoptr(GRegex) font_size = g_regex_new ("font-size: *[0-9.]+px", 0, 0, NULL);
  g_autofree char *normal_rest = g_regex_replace_literal (font_size, normal, -1, 0, "F", 0, NULL);
  g_autofree char *largest_rest = g_regex_replace_literal (font_size, largest, -1, 0, "F", 0,
                                                           NULL);

  g_assert_nonnull (strstr (normal, "font-size: 26px;"));
  g_assert_null (strstr (large, "font-size: 26px;"));
  g_assert_nonnull (strstr (large, "font-size: 39px;"));
  g_assert_nonnull (strstr (largest, "font-size: 52px;"));
  g_assert_cmpstr (normal_rest, ==, largest_rest);

  /* Out of range is brought into range. */
  {
    g_autofree char *huge = build (config, 9.0, FALSE);
    g_autofree char *tiny = build (config, 0.1, FALSE);

    g_assert_cmpstr (huge, ==, largest);
    g_assert_cmpstr (tiny, ==, normal);
  }
}

/*
 * The palette
 */

static void
test_palette_defines_all (void)
{
  g_autoptr(KioskConfig) defaults = kiosk_config_new_default ();
  g_autofree char *css = build (defaults, 1.0, FALSE);

  assert_defines_all (css);
}

/* The shades are computed from the clinic's own primary colour. */
static void
test_palette_follows_clinic (void)
{
  g_autoptr(KioskConfig) red = config_with ("#a51d2d", "#6b2700", "#ffffff");
  g_autoptr(KioskConfig) teal = config_with ("#1F6F78", "#6b2700", "#ffffff");
  g_autofree char *red_css = kiosk_theme_get_palette_css (red, FALSE);
  g_autofree char *teal_css = kiosk_theme_get_palette_css (teal, FALSE);

  g_test_message ("%s", teal_css);
  g_assert_nonnull (strstr (red_css, "@define-color kiosk_primary #A51D2D;"));
  g_assert_nonnull (strstr (teal_css, "@define-color kiosk_primary #1F6F78;"));
  g_assert_nonnull (strstr (teal_css, "@define-color kiosk_primary_shade_70 #1F464B;"));
  g_assert_null (strstr (red_css, "#1F464B"));
  g_assert_nonnull (strstr (teal_css, "@define-color kiosk_card_shade_94 #F0F0F0;"));
}

/* High contrast ignores the clinic's colours altogether. */
static void
test_high_contrast_ignores_clinic (void)
{
  g_autoptr(KioskConfig) pale = config_with (PALE_PRIMARY, PALE_ACCENT, PALE_BACKGROUND);
  g_autoptr(KioskConfig) defaults = kiosk_config_new_default ();
  g_autofree char *pale_css = build (pale, 1.0, TRUE);
  g_autofree char *default_css = build (defaults, 1.0, TRUE);
  g_autofree char *normal_css = build (pale, 1.0, FALSE);

  g_autofree char *pale_upper = g_ascii_strup (pale_css, -1);
  g_autofree char *normal_upper = g_ascii_strup (normal_css, -1);

  g_assert_cmpstr (pale_css, ==, default_css);
  g_assert_null (strstr (pale_upper, "#9FD3D8"));
  g_assert_null (strstr (pale_upper, "#F2A541"));
  g_assert_null (strstr (pale_upper, "#E9F1F2"));
  g_assert_nonnull (strstr (normal_upper, "#9FD3D8"));

  assert_defines_all (pale_css);
}

static void
test_check_bundled (void)
{
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  g_autoptr(KioskConfig) config = kiosk_config_load (CONTENT_DIR, diagnostics);
  g_autoptr(KioskDiagnostics) again = kiosk_diagnostics_new ();
  g_autofree char *all = NULL;

  kiosk_theme_check_config (config, config->text, again);
  all = format_all (again);
  g_assert_cmpstr (all, ==, "");
}

static void
test_check_pale_brand (void)
{
  static const char ini[] =
    "[clinic]\n"
    "name=Test\n"
    "\n"
    "[theme]\n"
    "background=" PALE_BACKGROUND "\n"   /* line 5 */
    "primary=" PALE_PRIMARY "\n"         /* line 6 */
    "accent=" PALE_ACCENT "\n";          /* line 7 */
  g_autoptr(KioskConfig) pale = config_with (PALE_PRIMARY, PALE_ACCENT, PALE_BACKGROUND);
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  g_autofree char *all = NULL;
  guint lines[8] = { 0 };

  kiosk_theme_check_config (pale, ini, diagnostics);
  all = format_all (diagnostics);
  g_test_message ("%s", all);

  g_assert_cmpuint (kiosk_diagnostics_get_count (diagnostics), >, 0);
  g_assert_cmpuint (kiosk_diagnostics_count_errors (diagnostics), ==, 0);
  for (guint i = 0; i < kiosk_diagnostics_get_count (diagnostics); i++)
    {
      const KioskDiagnostic *d = kiosk_diagnostics_get (diagnostics, i);

      g_assert_cmpint (d->severity, ==, KIOSK_SEVERITY_WARNING);
      g_assert_cmpstr (d->file, ==, KIOSK_CONFIG_FILE);
      g_assert_cmpuint (d->line, >=, 5);
      g_assert_cmpuint (d->line, <=, 7);
      g_assert_nonnull (strstr (d->message, "4.5:1"));
      lines[d->line]++;
    }
  g_assert_nonnull (strstr (all, "kiosk.ini:6: warning: white text on the primary colour: a "
                                 "contrast of only 1.6:1 (#FFFFFF on #9FD3D8)"));
  g_assert_nonnull (strstr (all, "kiosk.ini:6: warning: text in the primary colour on the "
                                 "background colour"));
  /* Each kind of pair once. */
  g_assert_cmpuint (lines[6], <, 12);
  g_assert_cmpuint (lines[7], >=, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kiosk/theme/text-size/scale", test_font_sizes);
  g_test_add_func ("/kiosk/theme/text-size/style-css", test_font_sizes_style_css);
  g_test_add_func ("/kiosk/theme/text-size/out-of-range", test_font_sizes_out_of_range);
  g_test_add_func ("/kiosk/theme/palette/defines-all", test_palette_defines_all);
  g_test_add_func ("/kiosk/theme/palette/follows-clinic", test_palette_follows_clinic);
  g_test_add_func ("/kiosk/theme/palette/high-contrast-ignores-clinic",
                   test_high_contrast_ignores_clinic);
  g_test_add_func ("/kiosk/theme/check/bundled", test_check_bundled);
  g_test_add_func ("/kiosk/theme/check/pale-brand", test_check_pale_brand);

  return g_test_run ();
}
