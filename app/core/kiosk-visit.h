/* kiosk-visit.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* One patient's visit, as far as the idle reset is concerned: nobody yet
 * (clean), in use (active), "Still reading?" counting down (warning).
 * When the countdown ends, "expired" is emitted and the kiosk starts
 * clean for the next patient. */

typedef enum
{
  KIOSK_VISIT_CLEAN,
  KIOSK_VISIT_ACTIVE,
  KIOSK_VISIT_WARNING,
} KioskVisitState;

#define KIOSK_TYPE_VISIT (kiosk_visit_get_type ())

G_DECLARE_FINAL_TYPE (KioskVisit, kiosk_visit, KIOSK, VISIT, GObject)

KioskVisit      *kiosk_visit_new              (void);
void             kiosk_visit_set_times        (KioskVisit *self,
                                               guint       timeout,
                                               guint       warning);
KioskVisitState  kiosk_visit_get_state        (KioskVisit *self);
guint            kiosk_visit_get_seconds_left (KioskVisit *self);
void             kiosk_visit_note_activity    (KioskVisit *self);
void             kiosk_visit_hold_warning     (KioskVisit *self);
void             kiosk_visit_reset            (KioskVisit *self);

G_END_DECLS
