/* kiosk-lockdown.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Kiosk mode for one window: full screen at its monitor's size without
 * decorations, no way to close it but staff's Exit, no shortcuts, no
 * context menus, and the pointer hidden on touch screens. */

#define KIOSK_TYPE_LOCKDOWN (kiosk_lockdown_get_type ())

G_DECLARE_FINAL_TYPE (KioskLockdown, kiosk_lockdown, KIOSK, LOCKDOWN, GObject)

KioskLockdown *kiosk_lockdown_new         (GtkWindow     *window);
void           kiosk_lockdown_set_enabled (KioskLockdown *self,
                                           gboolean       enabled,
                                           gboolean       show_pointer);
void           kiosk_lockdown_allow_close (KioskLockdown *self);

G_END_DECLS
