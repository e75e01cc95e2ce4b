/* kiosk-pin-pad-private.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kiosk-pin-pad.h"

G_BEGIN_DECLS

/* For the tests: what they read or set that the kiosk itself does not. */

guint       kiosk_pin_pad_get_wait       (KioskPinPad *self);
const char *kiosk_pin_pad_get_message    (KioskPinPad *self);
GtkWidget  *kiosk_pin_pad_get_key        (KioskPinPad *self,
                                          const char  *key);

G_END_DECLS
