/* kiosk-pin-private.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kiosk-pin.h"

G_BEGIN_DECLS

/* For the tests: what they read or set that the kiosk itself does not. */

char     *kiosk_pin_hash_with_salt     (const char *pin,
                                        const char *salt_hex);

G_END_DECLS
