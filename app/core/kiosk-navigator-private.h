/* kiosk-navigator-private.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kiosk-navigator.h"

G_BEGIN_DECLS

/* For the tests: what they read or set that the kiosk itself does not. */

guint           kiosk_navigator_get_depth    (KioskNavigator *self);

G_END_DECLS
