/* kiosk-qr-code-private.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What tests read back from a QR code; the kiosk itself does not need it. */

#pragma once

#include "kiosk-qr-code.h"

G_BEGIN_DECLS

const char *kiosk_qr_code_get_text (KioskQrCode *self);

G_END_DECLS
