/* kiosk-link-popover-private.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What tests read back from a link popover; the kiosk itself does not need it. */

#pragma once

#include "kiosk-link-popover.h"

G_BEGIN_DECLS

GtkWidget *kiosk_link_popover_get_qr (KioskLinkPopover *self);

G_END_DECLS
