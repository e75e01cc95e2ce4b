/* test-colour.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kiosk-colour-private.h"

/* Colours as kiosk.ini writes them, WCAG 2.x contrast, and the blending
 * and shading the style sheet's colours get. */

static void
test_parse_colour (void)
{
  KioskColour c;

  g_assert_true (kiosk_colour_parse ("#1F6F78", &c));
  g_assert_cmpfloat_with_epsilon (c.red, 0x1f / 255.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (c.green, 0x6f / 255.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (c.blue, 0x78 / 255.0, 1e-9);
  g_assert_cmpfloat (c.alpha, ==, 1.0);

  g_assert_true (kiosk_colour_parse ("#abc", &c));
  g_assert_cmpfloat_with_epsilon (c.red, 0xaa / 255.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (c.blue, 0xcc / 255.0, 1e-9);

  g_assert_false (kiosk_colour_parse ("1F6F78", &c));
  g_assert_false (kiosk_colour_parse ("#1F6F7", &c));
  g_assert_false (kiosk_colour_parse ("#12345g", &c));
  g_assert_false (kiosk_colour_parse ("", &c));
  g_assert_false (kiosk_colour_parse (NULL, &c));
}

static void
test_contrast (void)
{
  KioskColour white, black, grey, teal;

  g_assert_true (kiosk_colour_parse ("#ffffff", &white));
  g_assert_true (kiosk_colour_parse ("#000000", &black));
  g_assert_true (kiosk_colour_parse ("#767676", &grey));
  g_assert_true (kiosk_colour_parse ("#1F6F78", &teal));

  g_assert_cmpfloat_with_epsilon (kiosk_colour_luminance (&white), 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (kiosk_colour_luminance (&black), 0.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (kiosk_colour_contrast (&white, &black), 21.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (kiosk_colour_contrast (&black, &white), 21.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (kiosk_colour_contrast (&teal, &teal), 1.0, 1e-9);
  /* #767676 is the lightest grey that passes 4.5:1 on white. */
  g_assert_cmpfloat_with_epsilon (kiosk_colour_contrast (&grey, &white), 4.54, 0.01);
  g_assert_cmpfloat_with_epsilon (kiosk_colour_contrast (&teal, &white), 5.83, 0.01);
}

static void
test_composite (void)
{
  KioskColour white = { 1, 1, 1, 1 };
  KioskColour black_half = { 0, 0, 0, 0.5 };
  KioskColour clear = { 0, 0, 0, 0 };
  KioskColour out;

  out = kiosk_colour_composite (&black_half, &white);
  g_assert_cmpfloat_with_epsilon (out.red, 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (out.alpha, 1.0, 1e-9);

  out = kiosk_colour_composite (&clear, &white);
  g_assert_cmpfloat_with_epsilon (out.red, 1.0, 1e-9);

  out = kiosk_colour_composite (&black_half, &clear);
  g_assert_cmpfloat_with_epsilon (out.alpha, 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (out.red, 0.0, 1e-9);
}

/* shade() and alpha() as GTK computes them: shade(#1F6F78, 0.7), as
 * GTK 4.8 draws it, is #1F464B. */
static void
test_shade_alpha (void)
{
  KioskColour teal, white = { 1, 1, 1, 1 }, out;
  g_autofree char *hex = NULL;
  g_autofree char *grey = NULL;
  g_autofree char *lighter = NULL;
  g_autofree char *tinted = NULL;

  g_assert_true (kiosk_colour_parse ("#1F6F78", &teal));
  out = kiosk_colour_shade (&teal, 0.7);
  hex = kiosk_colour_format (&out);
  g_assert_cmpstr (hex, ==, "#1F464B");

  /* A grey stays grey; white shaded by 0.94 is the pressed-tile grey. */
  out = kiosk_colour_shade (&white, 0.94);
  grey = kiosk_colour_format (&out);
  g_assert_cmpstr (grey, ==, "#F0F0F0");
  out = kiosk_colour_shade (&teal, 1.5);
  lighter = kiosk_colour_format (&out);
  g_assert_cmpfloat (kiosk_colour_luminance (&out), >, kiosk_colour_luminance (&teal));

  out = kiosk_colour_alpha (&teal, 0.16);
  g_assert_cmpfloat_with_epsilon (out.alpha, 0.16, 1e-9);
  out = kiosk_colour_composite (&out, &white);
  tinted = kiosk_colour_format (&out);
  g_assert_cmpstr (tinted, ==, "#DBE8E9");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kiosk/colour/parse", test_parse_colour);
  g_test_add_func ("/kiosk/colour/contrast", test_contrast);
  g_test_add_func ("/kiosk/colour/composite", test_composite);
  g_test_add_func ("/kiosk/colour/shade-alpha", test_shade_alpha);

  return g_test_run ();
}
