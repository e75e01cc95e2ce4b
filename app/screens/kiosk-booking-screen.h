/* kiosk-booking-screen.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kiosk-content.h"

G_BEGIN_DECLS

#define KIOSK_TYPE_BOOKING_SCREEN (kiosk_booking_screen_get_type ())

G_DECLARE_FINAL_TYPE (KioskBookingScreen, kiosk_booking_screen, KIOSK, BOOKING_SCREEN, GtkWidget)

GtkWidget *kiosk_booking_screen_new (KioskContent *content,
                                     const char   *lang);

G_END_DECLS
