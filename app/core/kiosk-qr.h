/* kiosk-qr.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KIOSK_QR_ERROR (kiosk_qr_error_quark ())
#define KIOSK_QR_QUIET_ZONE 4

typedef enum
{
  KIOSK_QR_ERROR_EMPTY,
  KIOSK_QR_ERROR_TOO_LONG,
  KIOSK_QR_ERROR_FAILED,
} KioskQrError;

/* A QR symbol as a square of modules, without its quiet zone. */
typedef struct
{
  guint   width;
  guint8 *modules;   /* width × width, 1 = dark */
} KioskQrMatrix;

GQuark         kiosk_qr_error_quark (void);
KioskQrMatrix *kiosk_qr_encode      (const char     *text,
                                     GError        **error);
gboolean       kiosk_qr_check       (const char     *text,
                                     GError        **error);
gboolean       kiosk_qr_is_dark     (const KioskQrMatrix *self,
                                     guint           x,
                                     guint           y);
void           kiosk_qr_matrix_free (KioskQrMatrix  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KioskQrMatrix, kiosk_qr_matrix_free)

G_END_DECLS
