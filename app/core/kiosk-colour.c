/* kiosk-colour.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "kiosk-colour-private.h"

static int
hex_value (char c)
{
  return g_ascii_xdigit_value (c);
}

/**
 * kiosk_colour_parse:
 * @text: `#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa`
 * @colour: (out): where the colour goes
 *
 * Returns: %TRUE when @text is such a colour
 */
gboolean
kiosk_colour_parse (const char  *text,
                          KioskColour *colour)
{
  gsize len;
  int digits[8];

  g_return_val_if_fail (colour != NULL, FALSE);

  if (text == NULL || text[0] != '#')
    return FALSE;
  text++;
  len = strlen (text);
  if (len != 3 && len != 4 && len != 6 && len != 8)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if ((digits[i] = hex_value (text[i])) < 0)
      return FALSE;

  if (len <= 4)
    {
      colour->red = digits[0] * 17 / 255.0;
      colour->green = digits[1] * 17 / 255.0;
      colour->blue = digits[2] * 17 / 255.0;
      colour->alpha = len == 4 ? digits[3] * 17 / 255.0 : 1.0;
    }
  else
    {
      colour->red = (digits[0] * 16 + digits[1]) / 255.0;
      colour->green = (digits[2] * 16 + digits[3]) / 255.0;
      colour->blue = (digits[4] * 16 + digits[5]) / 255.0;
      colour->alpha = len == 8 ? (digits[6] * 16 + digits[7]) / 255.0 : 1.0;
    }
  return TRUE;
}

/**
 * kiosk_colour_format:
 * @colour: a colour
 *
 * Returns: (transfer full): `#RRGGBB`, the alpha left out
 */
char *
kiosk_colour_format (const KioskColour *colour)
{
  g_return_val_if_fail (colour != NULL, NULL);

  return g_strdup_printf ("#%02X%02X%02X",
                          (int) round (CLAMP (colour->red, 0, 1) * 255),
                          (int) round (CLAMP (colour->green, 0, 1) * 255),
                          (int) round (CLAMP (colour->blue, 0, 1) * 255));
}

static double
linear_channel (double value)
{
  value = CLAMP (value, 0.0, 1.0);
  return value <= 0.04045 ? value / 12.92 : pow ((value + 0.055) / 1.055, 2.4);
}

/**
 * kiosk_colour_luminance:
 * @colour: an opaque colour
 *
 * Returns: the relative luminance of WCAG 2.x, from 0 (black) to 1 (white)
 */
double
kiosk_colour_luminance (const KioskColour *colour)
{
  g_return_val_if_fail (colour != NULL, 0.0);

  return 0.2126 * linear_channel (colour->red) +
         0.7152 * linear_channel (colour->green) +
         0.0722 * linear_channel (colour->blue);
}

/**
 * kiosk_colour_contrast:
 * @first: an opaque colour
 * @second: another opaque colour
 *
 * Returns: the contrast ratio of WCAG 2.x, from 1 to 21; the order does not matter
 */
double
kiosk_colour_contrast (const KioskColour *first,
                      const KioskColour *second)
{
  double a, b;

  g_return_val_if_fail (first != NULL && second != NULL, 1.0);

  a = kiosk_colour_luminance (first);
  b = kiosk_colour_luminance (second);
  return (MAX (a, b) + 0.05) / (MIN (a, b) + 0.05);
}

/**
 * kiosk_colour_composite:
 * @over: the colour on top
 * @under: the colour beneath it
 *
 * Returns: @over drawn on @under, as GTK blends them
 */
KioskColour
kiosk_colour_composite (const KioskColour *over,
                       const KioskColour *under)
{
  KioskColour out = { 0, 0, 0, 0 };
  double top = CLAMP (over->alpha, 0, 1);
  double below = CLAMP (under->alpha, 0, 1) * (1 - top);

  out.alpha = top + below;
  if (out.alpha <= 0)
    return out;
  out.red = (over->red * top + under->red * below) / out.alpha;
  out.green = (over->green * top + under->green * below) / out.alpha;
  out.blue = (over->blue * top + under->blue * below) / out.alpha;
  return out;
}

/**
 * kiosk_colour_alpha:
 * @colour: a colour
 * @alpha: a factor for its opacity
 *
 * Returns: alpha(@colour, @alpha), as GTK computes it
 */
KioskColour
kiosk_colour_alpha (const KioskColour *colour,
                    double             alpha)
{
  KioskColour out = *colour;

  out.alpha = CLAMP (colour->alpha * alpha, 0.0, 1.0);
  return out;
}

/**
 * kiosk_colour_shade:
 * @colour: a colour
 * @factor: below 1 darker, above 1 lighter
 *
 * Returns: shade(@colour, @factor) as GTK computes it: lightness and
 *   saturation times @factor
 */
KioskColour
kiosk_colour_shade (const KioskColour *colour,
                    double             factor)
{
  double r = colour->red, g = colour->green, b = colour->blue;
  double max = MAX (r, MAX (g, b)), min = MIN (r, MIN (g, b));
  double hue = 0, saturation = 0, lightness = (max + min) / 2;
  double m1, m2;
  KioskColour out = { lightness, lightness, lightness, colour->alpha };

  if (max != min)
    {
      double delta = max - min;

      saturation = lightness <= 0.5 ? delta / (max + min) : delta / (2 - max - min);
      if (r == max)
        hue = (g - b) / delta;
      else if (g == max)
        hue = 2 + (b - r) / delta;
      else
        hue = 4 + (r - g) / delta;
      hue *= 60;
      if (hue < 0)
        hue += 360;
    }

  lightness = CLAMP (lightness * factor, 0.0, 1.0);
  saturation = CLAMP (saturation * factor, 0.0, 1.0);
  if (saturation == 0)
    {
      out.red = out.green = out.blue = lightness;
      return out;
    }

  m2 = lightness <= 0.5 ? lightness * (1 + saturation)
                        : lightness + saturation - lightness * saturation;
  m1 = 2 * lightness - m2;
  for (int i = 0; i < 3; i++)
    {
      double h = hue + 120 - 120 * i;
      double v;

      while (h > 360)
        h -= 360;
      while (h < 0)
        h += 360;
      if (h < 60)
        v = m1 + (m2 - m1) * h / 60;
      else if (h < 180)
        v = m2;
      else if (h < 240)
        v = m1 + (m2 - m1) * (240 - h) / 60;
      else
        v = m1;
      if (i == 0)
        out.red = v;
      else if (i == 1)
        out.green = v;
      else
        out.blue = v;
    }
  return out;
}
