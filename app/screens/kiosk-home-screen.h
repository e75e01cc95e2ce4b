/* kiosk-home-screen.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kiosk-content.h"

G_BEGIN_DECLS

#define KIOSK_TYPE_HOME_SCREEN (kiosk_home_screen_get_type ())

G_DECLARE_FINAL_TYPE (KioskHomeScreen, kiosk_home_screen, KIOSK, HOME_SCREEN, GtkWidget)

GtkWidget *kiosk_home_screen_new (KioskContent *content,
                                  const char   *lang);

G_END_DECLS
