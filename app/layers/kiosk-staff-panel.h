/* kiosk-staff-panel.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kiosk-content-monitor.h"

G_BEGIN_DECLS

#define KIOSK_TYPE_STAFF_PANEL (kiosk_staff_panel_get_type ())

G_DECLARE_FINAL_TYPE (KioskStaffPanel, kiosk_staff_panel, KIOSK, STAFF_PANEL, GtkWidget)

void       kiosk_staff_panel_set_monitor  (KioskStaffPanel     *self,
                                           KioskContentMonitor *monitor);
void       kiosk_staff_panel_refresh      (KioskStaffPanel     *self);

G_END_DECLS
