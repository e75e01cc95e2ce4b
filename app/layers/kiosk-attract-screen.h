/* kiosk-attract-screen.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KIOSK_TYPE_ATTRACT_SCREEN (kiosk_attract_screen_get_type ())

G_DECLARE_FINAL_TYPE (KioskAttractScreen, kiosk_attract_screen, KIOSK, ATTRACT_SCREEN, GtkWidget)

GtkWidget *kiosk_attract_screen_new        (void);
void       kiosk_attract_screen_set_clinic (KioskAttractScreen *self,
                                            const char         *clinic_name,
                                            const char         *line);

G_END_DECLS
