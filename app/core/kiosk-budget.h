/* kiosk-budget.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How long reading one file may take before it is given up as too complex
 * to show. The limits of kiosk-markdown-limits.h keep every page far below
 * it; the budget is the last guard, so that no file can hold up the rest. */
#define KIOSK_FILE_TIME_BUDGET_SECONDS 5

typedef struct
{
  gint64 deadline;   /* monotonic microseconds */
  guint  calls;
} KioskBudget;

void     kiosk_budget_start   (KioskBudget *self);
gboolean kiosk_budget_is_over (KioskBudget *self);

G_END_DECLS
