/* kiosk-clamp.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KIOSK_TYPE_CLAMP (kiosk_clamp_get_type ())

G_DECLARE_FINAL_TYPE (KioskClamp, kiosk_clamp, KIOSK, CLAMP, GtkWidget)

G_END_DECLS
