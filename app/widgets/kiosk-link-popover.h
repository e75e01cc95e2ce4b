/* kiosk-link-popover.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kiosk-document.h"

G_BEGIN_DECLS

#define KIOSK_TYPE_LINK_POPOVER (kiosk_link_popover_get_type ())

G_DECLARE_FINAL_TYPE (KioskLinkPopover, kiosk_link_popover, KIOSK, LINK_POPOVER, GtkPopover)

GtkWidget *kiosk_link_popover_new      (void);
void       kiosk_link_popover_set_link (KioskLinkPopover *self,
                                        KioskLinkKind     kind,
                                        const char       *target);

G_END_DECLS
