/* kiosk-idle-warning.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KIOSK_TYPE_IDLE_WARNING (kiosk_idle_warning_get_type ())

G_DECLARE_FINAL_TYPE (KioskIdleWarning, kiosk_idle_warning, KIOSK, IDLE_WARNING, GtkWidget)

GtkWidget *kiosk_idle_warning_new              (void);
void       kiosk_idle_warning_set_seconds_left (KioskIdleWarning *self,
                                                guint             seconds);
GtkWidget *kiosk_idle_warning_get_button       (KioskIdleWarning *self);

G_END_DECLS
