/* kiosk-style-manager.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kiosk-content-monitor.h"
#include "kiosk-patient-prefs.h"

G_BEGIN_DECLS

/* The kiosk's one style sheet on the display: the clinic's colours from
 * kiosk.ini, the patient's text size, and high contrast when the patient
 * or the desktop asks for it. Restyles whenever one of them changes. */

#define KIOSK_TYPE_STYLE_MANAGER (kiosk_style_manager_get_type ())

G_DECLARE_FINAL_TYPE (KioskStyleManager, kiosk_style_manager, KIOSK, STYLE_MANAGER, GObject)

KioskStyleManager *kiosk_style_manager_new (GdkDisplay          *display,
                                            KioskContentMonitor *monitor,
                                            KioskPatientPrefs   *prefs);

G_END_DECLS
