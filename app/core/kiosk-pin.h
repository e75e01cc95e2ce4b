/* kiosk-pin.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The staff PIN. kiosk.ini keeps only a salted hash of it, written as
 * "sha256:SALT:HASH": SALT is 16 random bytes and HASH the SHA-256 of the
 * salt bytes followed by the PIN, both in lower-case hexadecimal. */

#define KIOSK_PIN_MIN_LENGTH 4
#define KIOSK_PIN_MAX_LENGTH 12
#define KIOSK_PIN_MAX_DELAY  300

gboolean  kiosk_pin_is_valid           (const char *pin);
char     *kiosk_pin_hash               (const char *pin);
gboolean  kiosk_pin_is_hash            (const char *stored);
gboolean  kiosk_pin_verify             (const char *pin,
                                        const char *stored);
guint     kiosk_pin_delay_for_failures (guint       failures);

G_END_DECLS
