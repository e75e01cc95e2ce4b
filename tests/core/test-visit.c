/* test-visit.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kiosk-visit-private.h"

/* The idle reset's clock, on a real main loop: a visit warns after the
 * timeout, counts the warning down second by second, and expires unless
 * someone touches the screen. */

typedef struct
{
  GMainLoop *loop;
  GArray    *seconds;   /* each seconds-left seen */
  guint      expired;
  guint      warnings;
} Watch;

static void
on_seconds_cb (KioskVisit *visit,
               GParamSpec *pspec,
               Watch      *watch)
{
  guint left = kiosk_visit_get_seconds_left (visit);

  g_array_append_val (watch->seconds, left);
}

static void
on_state_cb (KioskVisit *visit,
             GParamSpec *pspec,
             Watch      *watch)
{
  if (kiosk_visit_get_state (visit) == KIOSK_VISIT_WARNING)
    watch->warnings++;
}

static void
on_expired_cb (KioskVisit *visit,
               Watch      *watch)
{
  watch->expired++;
  g_assert_cmpint (kiosk_visit_get_state (visit), ==, KIOSK_VISIT_CLEAN);
  g_main_loop_quit (watch->loop);
}

static gboolean
quit_cb (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

static void
watch_visit (Watch      *watch,
             KioskVisit *visit)
{
  watch->loop = g_main_loop_new (NULL, FALSE);
  watch->seconds = g_array_new (FALSE, FALSE, sizeof (guint));
  g_signal_connect (visit, "notify::seconds-left", G_CALLBACK (on_seconds_cb), watch);
  g_signal_connect (visit, "notify::state", G_CALLBACK (on_state_cb), watch);
  g_signal_connect (visit, "expired", G_CALLBACK (on_expired_cb), watch);
}

static void
watch_clear (Watch *watch)
{
  g_main_loop_unref (watch->loop);
  g_array_unref (watch->seconds);
}

static void
test_clean_waits (void)
{
  g_autoptr(KioskVisit) visit = kiosk_visit_new ();
  Watch watch = { 0 };

  /* Nobody has touched it: nothing counts down, however long. */
  watch_visit (&watch, visit);
  kiosk_visit_fix_times (visit, 1, 1);
  g_timeout_add (2500, quit_cb, watch.loop);
  g_main_loop_run (watch.loop);
  g_assert_cmpint (kiosk_visit_get_state (visit), ==, KIOSK_VISIT_CLEAN);
  g_assert_cmpuint (watch.warnings, ==, 0);
  g_assert_cmpuint (watch.expired, ==, 0);
  watch_clear (&watch);
}

static void
test_warns_then_expires (void)
{
  g_autoptr(KioskVisit) visit = kiosk_visit_new ();
  Watch watch = { 0 };
  gint64 start;
  double took;

  watch_visit (&watch, visit);
  kiosk_visit_fix_times (visit, 1, 3);
  kiosk_visit_set_times (visit, 600, 600);   /* kiosk.ini does not override */
  start = g_get_monotonic_time ();
  kiosk_visit_note_activity (visit);
  g_assert_cmpint (kiosk_visit_get_state (visit), ==, KIOSK_VISIT_ACTIVE);
  g_timeout_add_seconds (20, quit_cb, watch.loop);
  g_main_loop_run (watch.loop);
  took = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;

  g_assert_cmpuint (watch.warnings, ==, 1);
  g_assert_cmpuint (watch.expired, ==, 1);
  /* 3, 2, 1, then 0 as it expires. */
  g_assert_cmpuint (watch.seconds->len, ==, 4);
  for (guint i = 0; i < watch.seconds->len; i++)
    g_assert_cmpuint (g_array_index (watch.seconds, guint, i), ==, 3 - i);
  /* g_timeout_add_seconds() may fire up to a second early. */
  g_assert_cmpfloat (took, >=, 3.0);
  g_assert_cmpfloat (took, <, 15.0);
  watch_clear (&watch);
}

static gboolean
touch_cb (gpointer data)
{
  KioskVisit *visit = data;

  if (kiosk_visit_get_state (visit) == KIOSK_VISIT_WARNING)
    {
      kiosk_visit_note_activity (visit);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void
test_touch_during_warning (void)
{
  g_autoptr(KioskVisit) visit = kiosk_visit_new ();
  Watch watch = { 0 };

  watch_visit (&watch, visit);
  kiosk_visit_fix_times (visit, 1, 2);
  kiosk_visit_note_activity (visit);
  g_timeout_add (50, touch_cb, visit);
  /* Untouched, the visit would expire at 3 s. The touch at about 1 s
   * starts it again: a second warning at about 2 s, expiring at 4 s. */
  g_timeout_add (3500, quit_cb, watch.loop);
  g_main_loop_run (watch.loop);

  g_assert_cmpuint (watch.warnings, ==, 2);
  g_assert_cmpuint (watch.expired, ==, 0);
  g_assert_cmpint (kiosk_visit_get_state (visit), ==, KIOSK_VISIT_WARNING);
  watch_clear (&watch);
}

static void
test_hold_and_reset (void)
{
  g_autoptr(KioskVisit) visit = kiosk_visit_new ();
  Watch watch = { 0 };

  watch_visit (&watch, visit);
  kiosk_visit_fix_times (visit, 1, 5);
  kiosk_visit_hold_warning (visit);
  g_assert_cmpint (kiosk_visit_get_state (visit), ==, KIOSK_VISIT_WARNING);
  g_assert_cmpuint (kiosk_visit_get_seconds_left (visit), ==, 5);
  g_timeout_add (1500, quit_cb, watch.loop);
  g_main_loop_run (watch.loop);
  /* Held: it did not count down. */
  g_assert_cmpuint (kiosk_visit_get_seconds_left (visit), ==, 5);

  kiosk_visit_reset (visit);
  g_assert_cmpint (kiosk_visit_get_state (visit), ==, KIOSK_VISIT_CLEAN);
  g_assert_cmpuint (watch.expired, ==, 0);
  watch_clear (&watch);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kiosk/visit/clean-waits", test_clean_waits);
  g_test_add_func ("/kiosk/visit/warns-then-expires", test_warns_then_expires);
  g_test_add_func ("/kiosk/visit/touch-during-warning", test_touch_during_warning);
  g_test_add_func ("/kiosk/visit/hold-and-reset", test_hold_and_reset);

  return g_test_run ();
}
