/* kiosk-colour.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Colours as the style sheet writes them and GTK blends them, and their
 * contrast as WCAG 2.x measures it. */

/* Channels from 0 to 1, not premultiplied. */
typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} KioskColour;

gboolean     kiosk_colour_parse     (const char        *text,
                                     KioskColour       *colour);
char        *kiosk_colour_format    (const KioskColour *colour);
double       kiosk_colour_contrast  (const KioskColour *first,
                                     const KioskColour *second);
KioskColour  kiosk_colour_composite (const KioskColour *over,
                                     const KioskColour *under);
KioskColour  kiosk_colour_alpha     (const KioskColour *colour,
                                     double             alpha);
KioskColour  kiosk_colour_shade     (const KioskColour *colour,
                                     double             factor);

G_END_DECLS
