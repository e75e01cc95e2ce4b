/* test-staff.c
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
#include "kiosk-pin-pad-private.h"
#include "kiosk-staff-panel-private.h"
#include "kiosk-tile.h"
#include "kiosk-utils.h"
#include "kiosk-window-private.h"
#include "gui-util.h"
#include "kiosk-mode-util.h"
#include "test-util.h"

/* Staff on a real X server: the hidden corner hold, the PIN pad with its
 * waits after wrong PINs, and the staff panel. */

#define PRP_ID   "therapies/platelet-rich-plasma"
#define PRP_FILE "en/30-therapies/40-platelet-rich-plasma.md"
#define STAFF_PIN "2468"

static KioskContent *content;

/* Taps the keys of @keys, then OK; keys that are off do nothing. */
static void
press_keys (KioskPinPad *pad,
            const char  *keys)
{
  for (const char *k = keys; *k != '\0'; k++)
    {
      char key[2] = { *k, 0 };
      GtkWidget *button = kiosk_pin_pad_get_key (pad, key);

      g_assert_nonnull (button);
      if (gtk_widget_is_sensitive (button))
        g_signal_emit_by_name (button, "clicked");
    }
  if (gtk_widget_is_sensitive (kiosk_pin_pad_get_key (pad, "ok")))
    g_signal_emit_by_name (kiosk_pin_pad_get_key (pad, "ok"), "clicked");
  run_for (200);
}

static gboolean
no_wait (gpointer data)
{
  return kiosk_pin_pad_get_wait (data) == 0;
}

static void
long_press_corner (KioskWindow *window,
                   guint        msec)
{
  int rx, ry;
  g_autofree char *args = NULL;

  root_point (GTK_WIDGET (window), 30, 30, &rx, &ry);
  args = g_strdup_printf ("mousemove --sync %d %d mousedown 1", rx, ry);
  xdotool (args);
  run_for (msec);
  xdotool ("mouseup 1");
  run_for (300);
}

static void
test_staff_pin (void)
{
  g_autofree char *hash = kiosk_pin_hash (STAFF_PIN);
  g_autofree char *line = g_strdup_printf ("staff-pin=%s", hash);
  g_autofree char *dir = copy_content (line);
  g_autoptr(KioskContent) with = kiosk_content_load (dir);
  KioskWindow *window;
  KioskPinPad *pad;
  GtkWidget *panel;

  g_assert_cmpstr (kiosk_content_get_config (with)->staff_pin, ==, hash);
  window = open_kiosk_window (with);
  pad = KIOSK_PIN_PAD (find_widget (GTK_WIDGET (window), KIOSK_TYPE_PIN_PAD));
  panel = find_widget (GTK_WIDGET (window), KIOSK_TYPE_STAFF_PANEL);

  /* A short press in the corner is an ordinary tap. */
  long_press_corner (window, 500);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (pad)));

  /* Three seconds held: the PIN pad. */
  long_press_corner (window, 3600);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (pad)));
  settle (GTK_WIDGET (window));
  save_screen ("kiosk-pin-pad");

  /* Wrong PINs: refused, each costing a longer wait. */
  press_keys (pad, "1111");
  g_assert_false (gtk_widget_get_visible (panel));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (pad)));
  g_assert_nonnull (strstr (kiosk_pin_pad_get_message (pad), "Wrong PIN"));
  g_assert_cmpuint (kiosk_pin_pad_get_wait (pad), ==, 1);
  press_keys (pad, STAFF_PIN);          /* ignored while waiting */
  g_assert_false (gtk_widget_get_visible (panel));
  g_assert_cmpint (wait_ms (no_wait, pad, 3000), >=, 0);

  press_keys (pad, "2469");
  g_assert_false (gtk_widget_get_visible (panel));
  g_assert_cmpuint (kiosk_pin_pad_get_wait (pad), ==, 2);
  save_screen ("kiosk-pin-wrong");
  g_assert_cmpint (wait_ms (no_wait, pad, 4000), >=, 0);

  /* The right one opens the staff panel. */
  press_keys (pad, STAFF_PIN);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (pad)));
  g_assert_true (gtk_widget_get_visible (panel));
  settle (GTK_WIDGET (window));
  save_screen ("kiosk-staff-panel");

  kiosk_lockdown_set_enabled (kiosk_window_get_lockdown (window), FALSE, TRUE);
  gtk_window_destroy (GTK_WINDOW (window));
  remove_tree (dir);

  /* Without a PIN in kiosk.ini, staff access is off. */
  window = open_kiosk_window (content);
  long_press_corner (window, 3600);
  g_assert_false (gtk_widget_get_visible (find_widget (GTK_WIDGET (window), KIOSK_TYPE_PIN_PAD)));
  kiosk_lockdown_set_enabled (kiosk_window_get_lockdown (window), FALSE, TRUE);
  gtk_window_destroy (GTK_WINDOW (window));
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

  g_test_add_func ("/kiosk/staff/pin", test_staff_pin);

  return g_test_run ();
}
