/* kiosk-content-monitor.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "kiosk-content.h"
#include "kiosk-diagnostics.h"

G_BEGIN_DECLS

/* Owns the content on show and reloads it when staff edit the content
 * folder. A change that brings a new error is not shown: the last good
 * content stays until the problem is fixed. */

#define KIOSK_CONTENT_MONITOR_DEFAULT_DELAY 400  /* milliseconds */

#define KIOSK_TYPE_CONTENT_MONITOR (kiosk_content_monitor_get_type ())

G_DECLARE_FINAL_TYPE (KioskContentMonitor, kiosk_content_monitor, KIOSK, CONTENT_MONITOR, GObject)

KioskContentMonitor *kiosk_content_monitor_new                 (const char          *dir);
KioskContent        *kiosk_content_monitor_get_content         (KioskContentMonitor *self);
KioskDiagnostics    *kiosk_content_monitor_get_problems        (KioskContentMonitor *self);
gboolean             kiosk_content_monitor_get_last_accepted   (KioskContentMonitor *self);
gint64               kiosk_content_monitor_get_last_good_time  (KioskContentMonitor *self);
gboolean             kiosk_content_monitor_reload              (KioskContentMonitor *self);
const char          *kiosk_content_monitor_get_dir             (KioskContentMonitor *self);

G_END_DECLS
