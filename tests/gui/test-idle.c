/* test-idle.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>
#include <string.h>

#include "kiosk-application.h"
#include "kiosk-content-monitor.h"
#include "kiosk-i18n.h"
#include "kiosk-idle-warning.h"
#include "kiosk-pin.h"
#include "kiosk-pin-pad.h"
#include "kiosk-staff-panel.h"
#include "kiosk-tile.h"
#include "kiosk-utils.h"
#include "kiosk-window-private.h"
#include "gui-util.h"
#include "kiosk-mode-util.h"
#include "test-util.h"
#include "kiosk-navigator-private.h"
#include "kiosk-visit-private.h"

/* The idle reset on a real X server: "Still reading?" after the idle
 * time, a clean start for the next patient, and the attract screen. */

#define PRP_ID   "therapies/platelet-rich-plasma"
#define PRP_FILE "en/30-therapies/40-platelet-rich-plasma.md"
#define STAFF_PIN "2468"

static KioskContent *content;

static void
real_click (GtkWidget *widget,
            int        button)
{
  g_autofree char *args = NULL;
  int rx, ry;

  root_point (widget, gtk_widget_get_width (widget) / 2.0, gtk_widget_get_height (widget) / 2.0,
              &rx, &ry);
  args = g_strdup_printf ("mousemove --sync %d %d click %d", rx, ry, button);
  xdotool (args);
}

static gboolean
widget_shown (gpointer data)
{
  return gtk_widget_get_visible (data);
}

static gboolean
widget_hidden (gpointer data)
{
  return !gtk_widget_get_visible (data);
}

static gboolean
at_home (gpointer data)
{
  return g_strcmp0 (kiosk_navigator_get_page_id (kiosk_window_get_navigator (data)), "home") == 0;
}

static void
test_idle_reset (void)
{
  KioskWindow *window = open_kiosk_window (content);
  GtkWidget *warning = find_widget (GTK_WIDGET (window), KIOSK_TYPE_IDLE_WARNING);
  GtkWidget *popover, *term_button = NULL;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  gpointer pair[2];
  gint64 took;

  kiosk_visit_fix_times (kiosk_window_get_visit (window), 3, 3);

  /* Nobody has touched it yet: nothing to warn about. */
  run_for (3500);
  g_assert_false (gtk_widget_get_visible (warning));

  /* A real tap on a tile, then nothing. */
  pair[0] = window;
  pair[1] = "home";
  real_click (first_tile (window), 1);
  g_assert_cmpint (wait_ms (page_changed, pair, 3000), >=, 0);
  took = wait_ms (widget_shown, warning, 8000);
  g_test_message ("warning after %" G_GINT64_FORMAT " ms", took);
  g_assert_cmpint (took, >=, 2000);
  settle (GTK_WIDGET (window));
  save_screen ("kiosk-idle-warning");
  g_assert_cmpstr (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)), !=, "home");

  /* "Keep reading", pressed for real, keeps the page. */
  real_click (kiosk_idle_warning_get_button (KIOSK_IDLE_WARNING (warning)), 1);
  g_assert_cmpint (wait_ms (widget_hidden, warning, 2000), >=, 0);
  g_assert_cmpstr (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)), !=, "home");

  /* A glossary popover open; a tap inside it counts as activity. */
  kiosk_navigator_show (kiosk_window_get_navigator (window), PRP_ID);
  settle (GTK_WIDGET (window));
  collect (kiosk_window_get_screen (window), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len && term_button == NULL; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (buttons, i), "term-button"))
      term_button = g_ptr_array_index (buttons, i);
  g_assert_nonnull (term_button);
  gtk_widget_activate (term_button);
  popover = wait_for_popover (GTK_WIDGET (window), GTK_TYPE_POPOVER);
  g_assert_nonnull (popover);
  run_for (2000);
  real_click (popover, 1);
  run_for (2000);
  g_assert_false (gtk_widget_get_visible (warning));
  g_assert_true (is_visible (popover));

  /* Left alone, the warning comes and runs out: a clean start. */
  g_assert_cmpint (wait_ms (widget_shown, warning, 5000), >=, 0);
  took = wait_ms (at_home, window, 6000);
  g_test_message ("reset %" G_GINT64_FORMAT " ms after the warning", took);
  g_assert_cmpint (took, >=, 2000);
  settle (GTK_WIDGET (window));
  g_assert_cmpuint (kiosk_navigator_get_depth (kiosk_window_get_navigator (window)), ==, 0);
  g_assert_false (gtk_widget_get_visible (warning));
  g_assert_cmpuint (count_visible_popovers (GTK_WIDGET (window)), ==, 0);
  g_assert_false (gtk_widget_get_visible (find_widget (GTK_WIDGET (window), KIOSK_TYPE_ATTRACT_SCREEN)));
  g_assert_false (gtk_widget_get_visible (find_widget (GTK_WIDGET (window), KIOSK_TYPE_STAFF_PANEL)));

  kiosk_lockdown_set_enabled (kiosk_window_get_lockdown (window), FALSE, TRUE);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
count_paint_cb (GdkFrameClock *clock,
                guint         *count)
{
  (*count)++;
}

static void
test_attract_screen (void)
{
  g_autofree char *dir = copy_content ("attract=true");
  g_autoptr(KioskContent) with = kiosk_content_load (dir);
  KioskWindow *window;
  GtkWidget *attract;
  GdkFrameClock *clock;
  guint paints = 0;
  gulong handler;

  g_assert_true (kiosk_content_get_config (with)->attract);
  window = open_kiosk_window (with);
  attract = find_widget (GTK_WIDGET (window), KIOSK_TYPE_ATTRACT_SCREEN);
  kiosk_visit_fix_times (kiosk_window_get_visit (window), 1, 1);

  real_click (first_tile (window), 1);
  g_assert_cmpint (wait_ms (widget_shown, attract, 8000), >=, 0);
  settle (GTK_WIDGET (window));
  save_screen ("kiosk-attract");
  g_assert_cmpstr (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)), ==, "home");

  /* While it waits nothing is redrawn: no animation, no ticking.  The
   * frames that draw its arrival may still be in flight, so first wait
   * for one quiet second (an animation never gives one), then count. */
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (count_paint_cb), &paints);
  for (int i = 0; i < 8; i++)
    {
      paints = 0;
      run_for (1000);
      if (paints == 0)
        break;
    }
  g_assert_cmpuint (paints, ==, 0);
  run_for (3000);
  g_signal_handler_disconnect (clock, handler);
  g_test_message ("%u frames painted in 3 s on the attract screen", paints);
  g_assert_cmpuint (paints, ==, 0);
  g_assert_true (gtk_widget_get_visible (attract));

  /* A tap anywhere starts. */
  real_click (attract, 1);
  g_assert_cmpint (wait_ms (widget_hidden, attract, 2000), >=, 0);
  g_assert_cmpstr (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)), ==, "home");

  kiosk_lockdown_set_enabled (kiosk_window_get_lockdown (window), FALSE, TRUE);
  gtk_window_destroy (GTK_WINDOW (window));
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  content = gui_test_init (&argc, &argv);
  if (content == NULL)
    {
      g_print ("1..0 # SKIP no display\n");
      return 77;
    }

  g_test_add_func ("/kiosk/idle/warning-and-reset", test_idle_reset);
  g_test_add_func ("/kiosk/idle/attract", test_attract_screen);

  return g_test_run ();
}
