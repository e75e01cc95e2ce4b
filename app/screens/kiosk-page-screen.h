/* kiosk-page-screen.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kiosk-content.h"

G_BEGIN_DECLS

#define KIOSK_TYPE_PAGE_SCREEN (kiosk_page_screen_get_type ())

G_DECLARE_FINAL_TYPE (KioskPageScreen, kiosk_page_screen, KIOSK, PAGE_SCREEN, GtkWidget)

GtkWidget         *kiosk_page_screen_new          (KioskContent     *content,
                                                   const char       *lang,
                                                   const KioskEntry *entry,
                                                   const char       *id);

G_END_DECLS
