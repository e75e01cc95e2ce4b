/* kiosk-budget-private.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kiosk-budget.h"

G_BEGIN_DECLS

typedef gint64 (*KioskBudgetClock) (void);

/* For tests: a clock that moves as the test says, so that a file can be
 * made to run out of time without a slow machine. %NULL restores the
 * monotonic clock. */
void kiosk_budget_set_clock (KioskBudgetClock clock);

G_END_DECLS
