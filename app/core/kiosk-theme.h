/* kiosk-theme.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kiosk-config.h"
#include "kiosk-diagnostics.h"

G_BEGIN_DECLS

/* WCAG 2.x, success criteria 1.4.3 (AA) and 1.4.6 (AAA). */
#define KIOSK_THEME_MIN_CONTRAST      4.5
#define KIOSK_THEME_MIN_CONTRAST_HIGH 7.0

/* The text sizes patients can choose. */
#define KIOSK_THEME_MIN_TEXT_SCALE 1.0
#define KIOSK_THEME_MAX_TEXT_SCALE 2.0

/* Channels from 0 to 1, not premultiplied. */
typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} KioskColour;

typedef enum
{
  KIOSK_THEME_PAIR_TEXT,    /* a text (or icon) colour on its background */
  KIOSK_THEME_PAIR_BORDER,  /* a border colour on the background around it */
} KioskThemePairKind;

/* One colour drawn on another, as a style sheet sets them. */
typedef struct
{
  KioskThemePairKind  kind;
  char               *selector;
  char               *foreground;   /* the colour as written, e.g. "@kiosk_on_primary" */
  char               *background;   /* the layers, top first: "alpha(…) over @kiosk_card" */
  char               *top_layer;    /* the topmost layer that is not transparent */
  KioskColour         text;         /* as drawn: opaque */
  KioskColour         fill;         /* as drawn: opaque */
  double              ratio;
  guint               clinic_colours; /* KioskThemeClinicColour bits, foreground first */
  guint               clinic_background; /* the same, for the layers only */
} KioskThemePair;

typedef enum
{
  KIOSK_THEME_CLINIC_PRIMARY    = 1 << 0,
  KIOSK_THEME_CLINIC_ACCENT     = 1 << 1,
  KIOSK_THEME_CLINIC_BACKGROUND = 1 << 2,
} KioskThemeClinicColour;

gboolean     kiosk_theme_parse_colour     (const char         *text,
                                           KioskColour        *colour);
char        *kiosk_theme_format_colour    (const KioskColour  *colour);
double       kiosk_theme_luminance        (const KioskColour  *colour);
double       kiosk_theme_contrast         (const KioskColour  *first,
                                           const KioskColour  *second);
KioskColour  kiosk_theme_composite        (const KioskColour  *over,
                                           const KioskColour  *under);
char        *kiosk_theme_scale_font_sizes (const char         *css,
                                           gssize              length,
                                           double              text_scale);
char        *kiosk_theme_build_css        (const char         *base_css,
                                           gssize              length,
                                           const char         *high_contrast_css,
                                           const KioskConfig  *config,
                                           double              text_scale,
                                           gboolean            high_contrast);
GPtrArray   *kiosk_theme_list_pairs       (const char         *css,
                                           GPtrArray         **problems);
void         kiosk_theme_check_css        (const char         *base_css,
                                           const KioskConfig  *config,
                                           const char         *ini_text,
                                           KioskDiagnostics   *diagnostics);
void         kiosk_theme_check_config     (const KioskConfig  *config,
                                           const char         *ini_text,
                                           KioskDiagnostics   *diagnostics);
void         kiosk_theme_pair_free        (KioskThemePair     *pair);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KioskThemePair, kiosk_theme_pair_free)

G_END_DECLS
