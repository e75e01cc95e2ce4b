/* kiosk-qr.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-qr"

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <string.h>
#include <qrencode.h>

#include "kiosk-qr.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QRcode, QRcode_free)
G_DEFINE_QUARK (kiosk-qr-error-quark, kiosk_qr_error)

/* Longer text makes a denser code that phones struggle to read from a
 * kiosk screen; this also keeps the symbol at or below version 20. */
#define MAX_QR_BYTES 600

/**
 * kiosk_qr_encode:
 * @text: what the code should hold, usually a URL
 * @error: return location for an error
 *
 * Encodes in 8-bit mode, case-sensitive, with error correction level M, so a
 * URL's path and query survive exactly.
 *
 * Returns: (transfer full) (nullable): the module matrix
 */
KioskQrMatrix *
kiosk_qr_encode (const char  *text,
                 GError     **error)
{
  g_autoptr(QRcode) code = NULL;
  KioskQrMatrix *self;
  gsize n;

  if (text == NULL || *text == '\0')
    {
      g_set_error (error, KIOSK_QR_ERROR, KIOSK_QR_ERROR_EMPTY, _("there is nothing to encode"));
      return NULL;
    }
  if (strlen (text) > MAX_QR_BYTES)
    {
      g_set_error (error, KIOSK_QR_ERROR, KIOSK_QR_ERROR_TOO_LONG,
                   _("the text is %zu characters long; a QR code on the kiosk holds at most %d"),
                   strlen (text), MAX_QR_BYTES);
      return NULL;
    }

  errno = 0;
  code = QRcode_encodeString (text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
  if (code == NULL)
    {
      int saved = errno;

      g_set_error (error, KIOSK_QR_ERROR,
                   saved == ERANGE ? KIOSK_QR_ERROR_TOO_LONG : KIOSK_QR_ERROR_FAILED,
                   _("the QR code could not be made (%s)"), g_strerror (saved));
      return NULL;
    }

  self = g_new0 (KioskQrMatrix, 1);
  self->width = code->width;
  n = (gsize) code->width * code->width;
  self->modules = g_malloc (n);
  for (gsize i = 0; i < n; i++)
    self->modules[i] = code->data[i] & 1;

  return self;
}

gboolean
kiosk_qr_check (const char  *text,
                GError     **error)
{
  g_autoptr(KioskQrMatrix) matrix = kiosk_qr_encode (text, error);

  return matrix != NULL;
}

gboolean
kiosk_qr_is_dark (const KioskQrMatrix *self,
                  guint                x,
                  guint                y)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (x >= self->width || y >= self->width)
    return FALSE;
  return self->modules[y * self->width + x] != 0;
}

void
kiosk_qr_matrix_free (KioskQrMatrix *self)
{
  if (self == NULL)
    return;
  g_free (self->modules);
  g_free (self);
}
