/* kiosk-staff-access.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The hidden way in for staff: a press held for three seconds, without
 * moving, in the top-left corner. Emits "requested"; what follows (the
 * PIN pad) is up to the window. */

#define KIOSK_TYPE_STAFF_ACCESS (kiosk_staff_access_get_type ())

G_DECLARE_FINAL_TYPE (KioskStaffAccess, kiosk_staff_access, KIOSK, STAFF_ACCESS, GObject)

KioskStaffAccess *kiosk_staff_access_new         (GtkWidget        *widget);
void              kiosk_staff_access_set_enabled (KioskStaffAccess *self,
                                                  gboolean          enabled);

G_END_DECLS
