/* kiosk-window.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kiosk-content-monitor.h"
#include "kiosk-lockdown.h"
#include "kiosk-navigator.h"
#include "kiosk-patient-prefs.h"
#include "kiosk-speech.h"
#include "kiosk-visit.h"

G_BEGIN_DECLS

#define KIOSK_TYPE_WINDOW (kiosk_window_get_type ())

G_DECLARE_FINAL_TYPE (KioskWindow, kiosk_window, KIOSK, WINDOW, GtkApplicationWindow)

KioskWindow       *kiosk_window_new            (GtkApplication      *app,
                                                KioskContentMonitor *monitor,
                                                KioskPatientPrefs   *prefs);
KioskNavigator    *kiosk_window_get_navigator  (KioskWindow         *self);
KioskLockdown     *kiosk_window_get_lockdown   (KioskWindow         *self);
gboolean           kiosk_window_show_overlay   (KioskWindow         *self,
                                                const char          *name);
void               kiosk_window_reset          (KioskWindow         *self);
void               kiosk_window_set_animations (KioskWindow         *self,
                                                gboolean             animate);

G_END_DECLS
