/* kiosk-display-popover.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KIOSK_TYPE_DISPLAY_POPOVER (kiosk_display_popover_get_type ())

G_DECLARE_FINAL_TYPE (KioskDisplayPopover, kiosk_display_popover, KIOSK, DISPLAY_POPOVER, GtkPopover)

GtkWidget *kiosk_display_popover_new            (void);
void       kiosk_display_popover_set_volume     (KioskDisplayPopover *self,
                                                 guint                percent);
void       kiosk_display_popover_set_has_speech (KioskDisplayPopover *self,
                                                 gboolean             has_speech);

G_END_DECLS
