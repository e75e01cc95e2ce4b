/* kiosk-staff-panel-private.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kiosk-staff-panel.h"

G_BEGIN_DECLS

/* For the tests: what they read or set that the kiosk itself does not. */

char      *kiosk_staff_panel_get_problems_text (KioskStaffPanel *self);

G_END_DECLS
