/* kiosk-colour-private.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kiosk-colour.h"

G_BEGIN_DECLS

/* For the tests: what they read or set that the kiosk itself does not. */

double       kiosk_colour_luminance (const KioskColour *colour);

G_END_DECLS
