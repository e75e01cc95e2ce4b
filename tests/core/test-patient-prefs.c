/* test-patient-prefs.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kiosk-patient-prefs-private.h"

/* A patient's choices: only the text sizes the kiosk offers, a volume in
 * steps between bounds, and a reset that leaves nothing of one patient's
 * choices for the next. */

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_text_size_snaps (void)
{
  g_autoptr(KioskPatientPrefs) prefs = kiosk_patient_prefs_new ();
  const guint asked[] = { 0, 100, 124, 125, 150, 174, 175, 200, 500 };
  const guint got[] = { 100, 100, 100, 150, 150, 150, 200, 200, 200 };

  g_assert_cmpuint (kiosk_patient_prefs_get_text_size (prefs), ==, 100);
  for (guint i = 0; i < G_N_ELEMENTS (asked); i++)
    {
      kiosk_patient_prefs_set_text_size (prefs, asked[i]);
      g_assert_cmpuint (kiosk_patient_prefs_get_text_size (prefs), ==, got[i]);
      g_assert_cmpfloat_with_epsilon (kiosk_patient_prefs_get_text_scale (prefs),
                                      got[i] / 100.0, 0.0001);
    }
}

static void
test_notify_only_on_change (void)
{
  g_autoptr(KioskPatientPrefs) prefs = kiosk_patient_prefs_new ();
  guint text_size = 0, contrast = 0, language = 0;

  g_signal_connect (prefs, "notify::text-size", G_CALLBACK (count_notify_cb), &text_size);
  g_signal_connect (prefs, "notify::high-contrast", G_CALLBACK (count_notify_cb), &contrast);
  g_signal_connect (prefs, "notify::language", G_CALLBACK (count_notify_cb), &language);

  kiosk_patient_prefs_set_text_size (prefs, 110);   /* still 100 */
  kiosk_patient_prefs_set_text_size (prefs, 150);
  kiosk_patient_prefs_set_text_size (prefs, 160);   /* still 150 */
  kiosk_patient_prefs_set_high_contrast (prefs, 7); /* any true value */
  kiosk_patient_prefs_set_high_contrast (prefs, TRUE);
  kiosk_patient_prefs_set_language (prefs, "fr");
  kiosk_patient_prefs_set_language (prefs, "fr");

  g_assert_cmpuint (text_size, ==, 1);
  g_assert_cmpuint (contrast, ==, 1);
  g_assert_cmpuint (language, ==, 1);
  g_assert_true (kiosk_patient_prefs_get_high_contrast (prefs));
  g_assert_cmpstr (kiosk_patient_prefs_get_language (prefs), ==, "fr");
}

static void
test_volume_steps (void)
{
  g_autoptr(KioskPatientPrefs) prefs = kiosk_patient_prefs_new ();
  gboolean can_lower, can_raise;

  g_assert_cmpuint (kiosk_patient_prefs_get_volume (prefs), ==, 100);
  for (guint i = 0; i < 10; i++)
    kiosk_patient_prefs_step_volume (prefs, -1);
  g_assert_cmpuint (kiosk_patient_prefs_get_volume (prefs), ==, KIOSK_PREFS_VOLUME_MIN);
  g_object_get (prefs, "can-lower-volume", &can_lower, "can-raise-volume", &can_raise, NULL);
  g_assert_false (can_lower);
  g_assert_true (can_raise);

  kiosk_patient_prefs_step_volume (prefs, 1);
  g_assert_cmpuint (kiosk_patient_prefs_get_volume (prefs), ==, 50);
  for (guint i = 0; i < 10; i++)
    kiosk_patient_prefs_step_volume (prefs, 1);
  g_assert_cmpuint (kiosk_patient_prefs_get_volume (prefs), ==, KIOSK_PREFS_VOLUME_MAX);
  g_object_get (prefs, "can-lower-volume", &can_lower, "can-raise-volume", &can_raise, NULL);
  g_assert_true (can_lower);
  g_assert_false (can_raise);

  kiosk_patient_prefs_set_volume (prefs, 1000);
  g_assert_cmpuint (kiosk_patient_prefs_get_volume (prefs), ==, KIOSK_PREFS_VOLUME_MAX);
}

static void
test_reset (void)
{
  g_autoptr(KioskPatientPrefs) prefs = kiosk_patient_prefs_new ();

  kiosk_patient_prefs_set_default_language (prefs, "en");
  kiosk_patient_prefs_reset (prefs);
  g_assert_cmpstr (kiosk_patient_prefs_get_language (prefs), ==, "en");

  kiosk_patient_prefs_set_language (prefs, "ar");
  kiosk_patient_prefs_set_text_size (prefs, 200);
  kiosk_patient_prefs_set_high_contrast (prefs, TRUE);
  kiosk_patient_prefs_step_volume (prefs, 2);
  kiosk_patient_prefs_reset (prefs);

  g_assert_cmpstr (kiosk_patient_prefs_get_language (prefs), ==, "en");
  g_assert_cmpuint (kiosk_patient_prefs_get_text_size (prefs), ==, 100);
  g_assert_false (kiosk_patient_prefs_get_high_contrast (prefs));
  g_assert_cmpuint (kiosk_patient_prefs_get_volume (prefs), ==, KIOSK_PREFS_VOLUME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kiosk/patient-prefs/text-size-snaps", test_text_size_snaps);
  g_test_add_func ("/kiosk/patient-prefs/notify-only-on-change", test_notify_only_on_change);
  g_test_add_func ("/kiosk/patient-prefs/volume-steps", test_volume_steps);
  g_test_add_func ("/kiosk/patient-prefs/reset", test_reset);

  return g_test_run ();
}
