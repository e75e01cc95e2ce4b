/* kiosk-qr-code.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-qr-code"

#include "config.h"

#include "kiosk-qr.h"
#include "kiosk-qr-code.h"
#include "kiosk-qr-code-private.h"

/* Draws a QR code module by module on whole pixels, dark on white whatever
 * the theme, with its quiet zone, so phones read it at any size. */

#define MIN_MODULE_PX 3

struct _KioskQrCode
{
  GtkWidget      parent_instance;

  char          *text;
  KioskQrMatrix *matrix;
};

G_DEFINE_FINAL_TYPE (KioskQrCode, kiosk_qr_code, GTK_TYPE_WIDGET)

static guint
get_total_modules (KioskQrCode *self)
{
  return self->matrix != NULL ? self->matrix->width + 2 * KIOSK_QR_QUIET_ZONE : 0;
}

static void
kiosk_qr_code_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  KioskQrCode *self = KIOSK_QR_CODE (widget);

  *minimum = *natural = get_total_modules (self) * MIN_MODULE_PX;
}

static void
kiosk_qr_code_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  KioskQrCode *self = KIOSK_QR_CODE (widget);
  static const GdkRGBA white = { 1, 1, 1, 1 };
  static const GdkRGBA black = { 0, 0, 0, 1 };
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  guint total = get_total_modules (self);
  int module, size, x0, y0;

  if (total == 0)
    return;

  module = MAX (1, MIN (width, height) / (int) total);
  size = module * total;
  x0 = (width - size) / 2;
  y0 = (height - size) / 2;

  gtk_snapshot_append_color (snapshot, &white, &GRAPHENE_RECT_INIT (x0, y0, size, size));

  /* One rectangle per horizontal run of dark modules keeps the node count low. */
  for (guint y = 0; y < self->matrix->width; y++)
    {
      guint x = 0;

      while (x < self->matrix->width)
        {
          guint start;

          if (!kiosk_qr_is_dark (self->matrix, x, y))
            {
              x++;
              continue;
            }
          start = x;
          while (x < self->matrix->width && kiosk_qr_is_dark (self->matrix, x, y))
            x++;
          gtk_snapshot_append_color (snapshot, &black,
                                     &GRAPHENE_RECT_INIT (x0 + (start + KIOSK_QR_QUIET_ZONE) * module,
                                                          y0 + (y + KIOSK_QR_QUIET_ZONE) * module,
                                                          (x - start) * module,
                                                          module));
        }
    }
}

static void
kiosk_qr_code_finalize (GObject *object)
{
  KioskQrCode *self = KIOSK_QR_CODE (object);

  g_free (self->text);
  kiosk_qr_matrix_free (self->matrix);

  G_OBJECT_CLASS (kiosk_qr_code_parent_class)->finalize (object);
}

static void
kiosk_qr_code_class_init (KioskQrCodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = kiosk_qr_code_finalize;
  widget_class->measure = kiosk_qr_code_measure;
  widget_class->snapshot = kiosk_qr_code_snapshot;

  gtk_widget_class_set_css_name (widget_class, "qrcode");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
kiosk_qr_code_init (KioskQrCode *self)
{
}

/**
 * kiosk_qr_code_set_text:
 * @self: the widget
 * @text: what the code holds
 * @error: return location for an error
 *
 * Returns: %TRUE when @text could be encoded; otherwise the widget draws nothing
 */
gboolean
kiosk_qr_code_set_text (KioskQrCode *self,
                        const char  *text,
                        GError     **error)
{
  g_return_val_if_fail (KIOSK_IS_QR_CODE (self), FALSE);

  g_free (self->text);
  self->text = g_strdup (text);
  g_clear_pointer (&self->matrix, kiosk_qr_matrix_free);
  self->matrix = kiosk_qr_encode (text, error);
  /* Named with what it holds, so a screen reader never says
   * "KioskQrCode"; callers give a fuller name ("QR code to book: ..."). */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text != NULL ? text : "",
                                  -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));

  return self->matrix != NULL;
}

const char *
kiosk_qr_code_get_text (KioskQrCode *self)
{
  g_return_val_if_fail (KIOSK_IS_QR_CODE (self), NULL);

  return self->text;
}
