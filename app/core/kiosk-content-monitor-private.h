/* kiosk-content-monitor-private.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kiosk-content-monitor.h"

G_BEGIN_DECLS

/* For the tests: what they read or set that the kiosk itself does not. */

gint64               kiosk_content_monitor_get_last_check_time (KioskContentMonitor *self);
void                 kiosk_content_monitor_set_delay           (KioskContentMonitor *self,
                                                                guint                msec);

G_END_DECLS
