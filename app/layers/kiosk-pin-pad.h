/* kiosk-pin-pad.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KIOSK_TYPE_PIN_PAD (kiosk_pin_pad_get_type ())

G_DECLARE_FINAL_TYPE (KioskPinPad, kiosk_pin_pad, KIOSK, PIN_PAD, GtkWidget)

void        kiosk_pin_pad_set_hash       (KioskPinPad *self,
                                          const char  *stored_hash);
void        kiosk_pin_pad_clear          (KioskPinPad *self);

G_END_DECLS
