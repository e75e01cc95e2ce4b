/* kiosk-section-screen.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kiosk-content.h"

G_BEGIN_DECLS

#define KIOSK_TYPE_SECTION_SCREEN (kiosk_section_screen_get_type ())

G_DECLARE_FINAL_TYPE (KioskSectionScreen, kiosk_section_screen, KIOSK, SECTION_SCREEN, GtkWidget)

GtkWidget *kiosk_section_screen_new (KioskContent     *content,
                                     const char       *lang,
                                     const KioskEntry *section);

G_END_DECLS
