/* kiosk-patient-prefs.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What one patient chose: the language, the text size, high contrast and
 * the read-aloud volume. The one owner of their rules (which sizes
 * exist, the volume's steps and bounds) and of the reset to the
 * clinic's defaults for the next patient. */

#define KIOSK_PREFS_VOLUME_DEFAULT 100
#define KIOSK_PREFS_VOLUME_MIN      25
#define KIOSK_PREFS_VOLUME_MAX     200
#define KIOSK_PREFS_VOLUME_STEP     25

#define KIOSK_TYPE_PATIENT_PREFS (kiosk_patient_prefs_get_type ())

G_DECLARE_FINAL_TYPE (KioskPatientPrefs, kiosk_patient_prefs, KIOSK, PATIENT_PREFS, GObject)

KioskPatientPrefs *kiosk_patient_prefs_new               (void);
const char        *kiosk_patient_prefs_get_language      (KioskPatientPrefs *self);
void               kiosk_patient_prefs_set_language      (KioskPatientPrefs *self,
                                                          const char        *lang);
guint              kiosk_patient_prefs_get_text_size     (KioskPatientPrefs *self);
void               kiosk_patient_prefs_set_text_size     (KioskPatientPrefs *self,
                                                          guint              percent);
double             kiosk_patient_prefs_get_text_scale    (KioskPatientPrefs *self);
gboolean           kiosk_patient_prefs_get_high_contrast (KioskPatientPrefs *self);
void               kiosk_patient_prefs_set_high_contrast (KioskPatientPrefs *self,
                                                          gboolean           enabled);
guint              kiosk_patient_prefs_get_volume        (KioskPatientPrefs *self);
void               kiosk_patient_prefs_step_volume       (KioskPatientPrefs *self,
                                                          int                steps);
void               kiosk_patient_prefs_set_default_language (KioskPatientPrefs *self,
                                                             const char        *lang);
const char        *kiosk_patient_prefs_get_default_language (KioskPatientPrefs *self);
void               kiosk_patient_prefs_reset             (KioskPatientPrefs *self);

G_END_DECLS
