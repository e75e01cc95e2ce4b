/* test-theme.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "kiosk-theme.h"

/* Every text colour in ui/style.css, with the background it is drawn on,
 * must reach 4.5:1 with the bundled and the default clinic colours, and
 * 7:1 in high contrast (WCAG 2.x, 1.4.3 and 1.4.6). The style sheet is
 * read from the source tree, so an edit to it is tested without a
 * rebuild of the resources. */

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

static const char *
kind_name (const KioskThemePair *pair)
{
  return pair->kind == KIOSK_THEME_PAIR_TEXT ? "text" : "border";
}

/* Measures every pair; returns how many text pairs are under @minimum
 * (and, when @borders is not 0, borders under it). Problems fail the test
 * at once: a text colour without a known background cannot be measured. */
static guint
measure (const char *css,
         double      minimum,
         double      borders,
         GString    *failures)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) pairs = kiosk_theme_list_pairs (css, &problems);
  guint count = 0, text = 0;

  for (guint i = 0; i < problems->len; i++)
    g_test_message ("PROBLEM %s", (const char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 0);

  for (guint i = 0; i < pairs->len; i++)
    {
      const KioskThemePair *pair = g_ptr_array_index (pairs, i);
      g_autofree char *fg = kiosk_theme_format_colour (&pair->text);
      g_autofree char *bg = kiosk_theme_format_colour (&pair->fill);
      double needed = pair->kind == KIOSK_THEME_PAIR_TEXT ? minimum : borders;
      gboolean fails = pair->ratio < needed;

      text += pair->kind == KIOSK_THEME_PAIR_TEXT;
      g_test_message ("%s %-6s %5.2f:1  %s on %s  %s  |  %s on %s",
                      fails ? "FAIL" : "ok  ", kind_name (pair), pair->ratio, fg, bg,
                      pair->selector, pair->foreground, pair->background);
      if (fails)
        {
          count++;
          if (failures != NULL)
            g_string_append_printf (failures, "%s: %s %s on %s is %.2f:1\n", pair->selector,
                                    kind_name (pair), pair->foreground, pair->background,
                                    pair->ratio);
        }
    }

  /* The style sheet was read: a broken reader must not pass by finding nothing. */
  g_assert_cmpuint (text, >, 40);
  return count;
}

static void
assert_passes (const char *css,
               double      minimum,
               double      borders)
{
  g_autoptr(GString) failures = g_string_new (NULL);

  if (measure (css, minimum, borders, failures) > 0)
    g_test_message ("Under %.1f:1 (text) or %.1f:1 (borders):\n%s", minimum, borders,
                    failures->str);
  g_assert_cmpstr (failures->str, ==, "");
}

/*
 * Colours
 */

static void
test_parse_colour (void)
{
  KioskColour c;

  g_assert_true (kiosk_theme_parse_colour ("#1F6F78", &c));
  g_assert_cmpfloat_with_epsilon (c.red, 0x1f / 255.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (c.green, 0x6f / 255.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (c.blue, 0x78 / 255.0, 1e-9);
  g_assert_cmpfloat (c.alpha, ==, 1.0);

  g_assert_true (kiosk_theme_parse_colour ("#abc", &c));
  g_assert_cmpfloat_with_epsilon (c.red, 0xaa / 255.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (c.blue, 0xcc / 255.0, 1e-9);

  g_assert_false (kiosk_theme_parse_colour ("1F6F78", &c));
  g_assert_false (kiosk_theme_parse_colour ("#1F6F7", &c));
  g_assert_false (kiosk_theme_parse_colour ("#12345g", &c));
  g_assert_false (kiosk_theme_parse_colour ("", &c));
  g_assert_false (kiosk_theme_parse_colour (NULL, &c));
}

static void
test_contrast (void)
{
  KioskColour white, black, grey, teal;

  g_assert_true (kiosk_theme_parse_colour ("#ffffff", &white));
  g_assert_true (kiosk_theme_parse_colour ("#000000", &black));
  g_assert_true (kiosk_theme_parse_colour ("#767676", &grey));
  g_assert_true (kiosk_theme_parse_colour ("#1F6F78", &teal));

  g_assert_cmpfloat_with_epsilon (kiosk_theme_luminance (&white), 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (kiosk_theme_luminance (&black), 0.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (kiosk_theme_contrast (&white, &black), 21.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (kiosk_theme_contrast (&black, &white), 21.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (kiosk_theme_contrast (&teal, &teal), 1.0, 1e-9);
  /* #767676 is the lightest grey that passes 4.5:1 on white. */
  g_assert_cmpfloat_with_epsilon (kiosk_theme_contrast (&grey, &white), 4.54, 0.01);
  g_assert_cmpfloat_with_epsilon (kiosk_theme_contrast (&teal, &white), 5.83, 0.01);
}

static void
test_composite (void)
{
  KioskColour white = { 1, 1, 1, 1 };
  KioskColour black_half = { 0, 0, 0, 0.5 };
  KioskColour clear = { 0, 0, 0, 0 };
  KioskColour out;

  out = kiosk_theme_composite (&black_half, &white);
  g_assert_cmpfloat_with_epsilon (out.red, 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (out.alpha, 1.0, 1e-9);

  out = kiosk_theme_composite (&clear, &white);
  g_assert_cmpfloat_with_epsilon (out.red, 1.0, 1e-9);

  out = kiosk_theme_composite (&black_half, &clear);
  g_assert_cmpfloat_with_epsilon (out.alpha, 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (out.red, 0.0, 1e-9);
}

/* The colour functions of GTK's CSS, through a small style sheet. */
static void
test_expressions (void)
{
  static const char css[] =
    "@define-color base #336699;\n"
    "@define-color card #ffffff;\n"
    "a { color: shade(@base, 0.5); background-color: @card; }\n"
    "b { color: alpha(black, 0.5); background: @card; }\n"
    "c { color: mix(#000000, #ffffff, 0.25); background: #ffffff; }\n"
    "d { color: rgb(0, 0, 0); background: rgba(255, 255, 255, 1); }\n"
    "e { color: white; background: alpha(@base, 0.5); /* on: #000000 */ }\n"
    "f { color: lighter(@base); background: darker(@base); }\n";
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) pairs = kiosk_theme_list_pairs (css, &problems);
  const char *expected[][2] = {
    { "a", "#263340" },   /* shade: lightness and saturation halved */
    { "b", "#808080" },
    { "c", "#404040" },
    { "d", "#000000" },
    { "e", "#FFFFFF" },
    { "f", "#3585D4" },
  };

  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (pairs->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < pairs->len; i++)
    {
      const KioskThemePair *pair = g_ptr_array_index (pairs, i);
      g_autofree char *text = kiosk_theme_format_colour (&pair->text);

      g_assert_cmpstr (pair->selector, ==, expected[i][0]);
      g_assert_cmpstr (text, ==, expected[i][1]);
    }

  {
    const KioskThemePair *e = g_ptr_array_index (pairs, 4);
    g_autofree char *fill = kiosk_theme_format_colour (&e->fill);

    g_assert_cmpstr (fill, ==, "#1A334D");
  }
}

/* A text colour without a background cannot be measured: the rule is named. */
static void
test_missing_background (void)
{
  static const char css[] =
    "@define-color ink #000000;\n"
    ".ok { color: @ink; /* on: #ffffff */ }\n"
    ".bare { color: @ink; }\n"
    ".see-through { color: @ink; background: alpha(@ink, 0.1); }\n"
    ".layers { color: @ink; /* on: alpha(#ffffff, 0.5) over #ffffff */ }\n"
    ".half { color: @ink; /* on: alpha(#ffffff, 0.5) */ }\n"
    ".unknown { color: @nothing; /* on: #ffffff */ }\n"
    ".inherits { color: inherit; }\n";
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) pairs = kiosk_theme_list_pairs (css, &problems);
  g_autofree char *all = NULL;

  g_ptr_array_add (problems, NULL);
  all = g_strjoinv ("\n", (char **) problems->pdata);
  g_test_message ("%s", all);
  g_assert_cmpuint (problems->len - 1, ==, 4);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, 0), ".bare: "));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, 1), ".see-through: "));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, 2), ".half: "));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, 3), ".unknown: "));
  g_assert_cmpuint (pairs->len, ==, 2);
}

/* States take what they do not set from the rule without the state, and
 * an opacity fades the text into what is beneath. */
static void
test_states (void)
{
  static const char css[] =
    "button.key, button.other { color: #000000; background: #ffffff; /* on: #000000 */ }\n"
    "button.key:hover { background: alpha(#000000, 0.5); }\n"
    "button.key.current { color: #ffffff; }\n"
    "button.key:disabled { opacity: 0.5; }\n"
    "button.key:hover image { color: #000000; }\n";
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) pairs = kiosk_theme_list_pairs (css, &problems);
  const KioskThemePair *hover, *current, *disabled;

  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, 0), "button.key:hover image: "));
  g_assert_cmpuint (pairs->len, ==, 5);

  hover = g_ptr_array_index (pairs, 2);
  g_assert_cmpstr (hover->selector, ==, "button.key:hover");
  g_assert_cmpstr (hover->foreground, ==, "#000000");
  g_assert_cmpstr (hover->background, ==, "alpha(#000000, 0.5) over #000000");
  g_assert_cmpfloat_with_epsilon (hover->ratio, 1.0, 1e-9);

  current = g_ptr_array_index (pairs, 3);
  g_assert_cmpstr (current->selector, ==, "button.key.current");
  g_assert_cmpfloat_with_epsilon (current->ratio, 1.0, 1e-9);

  disabled = g_ptr_array_index (pairs, 4);
  g_assert_cmpstr (disabled->selector, ==, "button.key:disabled");
  g_assert_cmpfloat_with_epsilon (disabled->text.red, 0.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (disabled->fill.red, 0.5, 1e-9);
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
 * Contrast of style.css
 */

/* (a) The colours in the bundled content/kiosk.ini. */
static void
test_style_bundled (void)
{
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  g_autoptr(KioskConfig) config = kiosk_config_load (CONTENT_DIR, diagnostics);
  g_autofree char *css = build (config, 1.0, FALSE);

  g_test_message ("content/kiosk.ini: primary %s, accent %s, background %s",
                  config->primary, config->accent, config->background);
  assert_passes (css, KIOSK_THEME_MIN_CONTRAST, 0);
}

/* (b) The built-in colours, used when kiosk.ini sets none. */
static void
test_style_defaults (void)
{
  g_autoptr(KioskConfig) config = kiosk_config_new_default ();
  g_autofree char *css = build (config, 1.0, FALSE);

  g_test_message ("defaults: primary %s, accent %s, background %s",
                  config->primary, config->accent, config->background);
  assert_passes (css, KIOSK_THEME_MIN_CONTRAST, 0);
}

/* (c) High contrast: 7:1 for every text, 3:1 for every border, whatever
 * the clinic's colours, at every text size. */
static void
test_style_high_contrast (void)
{
  g_autoptr(KioskConfig) bundled = NULL;
  g_autoptr(KioskConfig) pale = config_with (PALE_PRIMARY, PALE_ACCENT, PALE_BACKGROUND);
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  g_autofree char *css = NULL;
  g_autofree char *pale_css = NULL;
  g_autofree char *large_css = NULL;

  bundled = kiosk_config_load (CONTENT_DIR, diagnostics);
  css = build (bundled, 1.0, TRUE);
  pale_css = build (pale, 1.0, TRUE);
  large_css = build (pale, 2.0, TRUE);

  assert_passes (css, KIOSK_THEME_MIN_CONTRAST_HIGH, 3.0);
  g_test_message ("with a pale brand");
  assert_passes (pale_css, KIOSK_THEME_MIN_CONTRAST_HIGH, 3.0);
  assert_passes (large_css, KIOSK_THEME_MIN_CONTRAST_HIGH, 3.0);
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

  g_assert_cmpstr (pale_css, ==, default_css);
  g_assert_null (strstr (pale_css, PALE_PRIMARY));
  g_assert_null (strstr (pale_css, PALE_ACCENT));
  g_assert_null (strstr (pale_css, PALE_BACKGROUND));
  g_assert_nonnull (strstr (normal_css, PALE_PRIMARY));

  /* Every colour style.css defines is defined again for high contrast. */
  {
    g_autofree char *base = read_source (STYLE_CSS);
    g_autoptr(GRegex) define = g_regex_new ("@define-color\\s+(\\S+)", 0, 0, NULL);
    g_autoptr(GMatchInfo) match = NULL;
    const char *tail = strstr (pale_css, "/* High contrast: these replace");

    g_assert_nonnull (tail);
    g_regex_match (define, base, 0, &match);
    while (g_match_info_matches (match))
      {
        g_autofree char *name = g_match_info_fetch (match, 1);
        g_autofree char *line = g_strdup_printf ("@define-color %s ", name);

        g_test_message ("%s is redefined", name);
        g_assert_nonnull (strstr (tail, line));
        g_match_info_next (match, NULL);
      }
    g_assert_nonnull (strstr (tail, "@define-color kiosk_primary "));
    g_assert_nonnull (strstr (tail, "@define-color kiosk_accent "));
    g_assert_nonnull (strstr (tail, "@define-color kiosk_background "));
  }
}

/* (d) A pale brand fails: the test can fail, and says where. */
static void
test_style_pale_brand (void)
{
  g_autoptr(KioskConfig) pale = config_with (PALE_PRIMARY, PALE_ACCENT, PALE_BACKGROUND);
  g_autofree char *css = build (pale, 1.0, FALSE);
  g_autoptr(GString) failures = g_string_new (NULL);
  guint count = measure (css, KIOSK_THEME_MIN_CONTRAST, 0, failures);

  g_test_message ("Under 4.5:1, as expected:\n%s", failures->str);
  g_assert_cmpuint (count, >, 10);
  g_assert_nonnull (strstr (failures->str, ".kiosk-header: text @kiosk_on_primary on "
                                           "@kiosk_primary"));
  g_assert_nonnull (strstr (failures->str, ".markdown label.heading: text @kiosk_primary"));
}

/*
 * Warnings for staff
 */

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

static void
test_check_bundled (void)
{
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  g_autoptr(KioskConfig) config = kiosk_config_load (CONTENT_DIR, diagnostics);
  g_autoptr(KioskDiagnostics) again = kiosk_diagnostics_new ();
  g_autofree char *base = read_source (STYLE_CSS);
  g_autofree char *all = NULL;

  kiosk_theme_check_css (base, config, config->text, again);
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
  g_autofree char *base = read_source (STYLE_CSS);
  g_autofree char *all = NULL;
  guint lines[8] = { 0 };

  kiosk_theme_check_css (base, pale, ini, diagnostics);
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

  g_test_add_func ("/kiosk/theme/colour/parse", test_parse_colour);
  g_test_add_func ("/kiosk/theme/colour/contrast", test_contrast);
  g_test_add_func ("/kiosk/theme/colour/composite", test_composite);
  g_test_add_func ("/kiosk/theme/reader/expressions", test_expressions);
  g_test_add_func ("/kiosk/theme/reader/missing-background", test_missing_background);
  g_test_add_func ("/kiosk/theme/reader/states", test_states);
  g_test_add_func ("/kiosk/theme/text-size/scale", test_font_sizes);
  g_test_add_func ("/kiosk/theme/text-size/style-css", test_font_sizes_style_css);
  g_test_add_func ("/kiosk/theme/style/bundled", test_style_bundled);
  g_test_add_func ("/kiosk/theme/style/defaults", test_style_defaults);
  g_test_add_func ("/kiosk/theme/style/high-contrast", test_style_high_contrast);
  g_test_add_func ("/kiosk/theme/style/high-contrast-ignores-clinic",
                   test_high_contrast_ignores_clinic);
  g_test_add_func ("/kiosk/theme/style/pale-brand", test_style_pale_brand);
  g_test_add_func ("/kiosk/theme/check/bundled", test_check_bundled);
  g_test_add_func ("/kiosk/theme/check/pale-brand", test_check_pale_brand);

  return g_test_run ();
}
