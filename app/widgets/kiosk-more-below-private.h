/* kiosk-more-below-private.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What tests read back from the cue; the kiosk itself does not need it. */

#pragma once

#include "kiosk-more-below.h"

G_BEGIN_DECLS

gboolean kiosk_more_below_is_shown (KioskMoreBelow *self);

G_END_DECLS
