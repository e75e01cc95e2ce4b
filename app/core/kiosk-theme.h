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

char *kiosk_theme_build_css    (const char        *base_css,
                                gssize             length,
                                const char        *high_contrast_css,
                                const KioskConfig *config,
                                double             text_scale,
                                gboolean           high_contrast);
void  kiosk_theme_check_config (const KioskConfig *config,
                                const char        *ini_text,
                                KioskDiagnostics  *diagnostics);

G_END_DECLS
