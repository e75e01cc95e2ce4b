/* kiosk-more-below.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KIOSK_TYPE_MORE_BELOW (kiosk_more_below_get_type ())

G_DECLARE_FINAL_TYPE (KioskMoreBelow, kiosk_more_below, KIOSK, MORE_BELOW, GtkWidget)

G_END_DECLS
