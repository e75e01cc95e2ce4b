/* kiosk-patient-prefs-private.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kiosk-patient-prefs.h"

G_BEGIN_DECLS

/* For the tests: what they read or set that the kiosk itself does not. */

void               kiosk_patient_prefs_set_volume        (KioskPatientPrefs *self,
                                                          guint              percent);

G_END_DECLS
