/* kiosk-picture.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KIOSK_TYPE_PICTURE (kiosk_picture_get_type ())

G_DECLARE_FINAL_TYPE (KioskPicture, kiosk_picture, KIOSK, PICTURE, GtkWidget)

GtkWidget *kiosk_picture_new         (const char *path,
                                      const char *alt);
guint      kiosk_picture_get_loading (void);

G_END_DECLS
