/* kiosk-budget.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kiosk-budget-private.h"

static KioskBudgetClock budget_clock = g_get_monotonic_time;

void
kiosk_budget_set_clock (KioskBudgetClock clock)
{
  budget_clock = clock != NULL ? clock : g_get_monotonic_time;
}

/**
 * kiosk_budget_start:
 * @self: a budget
 *
 * Starts the time one file may take, %KIOSK_FILE_TIME_BUDGET_SECONDS.
 */
void
kiosk_budget_start (KioskBudget *self)
{
  self->deadline = budget_clock () + KIOSK_FILE_TIME_BUDGET_SECONDS * G_USEC_PER_SEC;
  self->calls = 0;
}

/**
 * kiosk_budget_is_over:
 * @self: a started budget
 *
 * Cheap enough to call for every node of a page: the clock is read once
 * in 64 calls.
 *
 * Returns: whether the time is up
 */
gboolean
kiosk_budget_is_over (KioskBudget *self)
{
  if (self->calls++ % 64 != 0)
    return FALSE;
  return budget_clock () > self->deadline;
}
