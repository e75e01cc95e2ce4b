/* kiosk-visit-private.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kiosk-visit.h"

G_BEGIN_DECLS

/* For the tests: what they read or set that the kiosk itself does not. */

void             kiosk_visit_fix_times        (KioskVisit *self,
                                               guint       timeout,
                                               guint       warning);

G_END_DECLS
