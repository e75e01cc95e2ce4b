/* kiosk-application.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kiosk-content.h"

G_BEGIN_DECLS

#define KIOSK_TYPE_APPLICATION (kiosk_application_get_type ())

G_DECLARE_FINAL_TYPE (KioskApplication, kiosk_application, KIOSK, APPLICATION, GtkApplication)

KioskApplication *kiosk_application_new                      (void);
KioskContent     *kiosk_application_get_content              (KioskApplication  *self);
int               kiosk_application_check                    (const char        *dir);
void              kiosk_application_apply_theme              (KioskApplication  *self);
void              kiosk_application_load_style               (GtkCssProvider    *provider,
                                                              const KioskConfig *config,
                                                              double             text_scale,
                                                              gboolean           high_contrast);
void              kiosk_application_set_text_scale           (KioskApplication  *self,
                                                              double             scale);
double            kiosk_application_get_text_scale           (KioskApplication  *self);
void              kiosk_application_set_high_contrast        (KioskApplication  *self,
                                                              gboolean           enabled);
gboolean          kiosk_application_get_high_contrast        (KioskApplication  *self);
gboolean          kiosk_application_get_high_contrast_active (KioskApplication  *self);

G_END_DECLS
