/* kiosk-qr-code.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KIOSK_TYPE_QR_CODE (kiosk_qr_code_get_type ())

G_DECLARE_FINAL_TYPE (KioskQrCode, kiosk_qr_code, KIOSK, QR_CODE, GtkWidget)

gboolean    kiosk_qr_code_set_text (KioskQrCode *self,
                                    const char  *text,
                                    GError     **error);

G_END_DECLS
