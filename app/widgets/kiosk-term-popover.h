/* kiosk-term-popover.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kiosk-content.h"

G_BEGIN_DECLS

#define KIOSK_TYPE_TERM_POPOVER (kiosk_term_popover_get_type ())

G_DECLARE_FINAL_TYPE (KioskTermPopover, kiosk_term_popover, KIOSK, TERM_POPOVER, GtkPopover)

GtkWidget  *kiosk_term_popover_new      (void);
void        kiosk_term_popover_set_term (KioskTermPopover *self,
                                         const KioskTerm  *term);

G_END_DECLS
