/* kiosk-theme-private.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kiosk-theme.h"

G_BEGIN_DECLS

/* The parts of kiosk_theme_build_css(), for its tests. */

char *kiosk_theme_get_palette_css  (const KioskConfig *config,
                                    gboolean           high_contrast);
char *kiosk_theme_scale_font_sizes (const char        *css,
                                    gssize             length,
                                    double             text_scale);

G_END_DECLS
