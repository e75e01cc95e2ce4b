/* test-kiosk.c
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
#include "kiosk-window.h"
#include "gui-util.h"
#include "test-util.h"

/* Kiosk mode on a real X server with no window manager: locked down,
 * idle reset, staff access and live content, driven by real key presses,
 * clicks and X messages where a patient or staff member would use them. */

#define PRP_ID   "therapies/platelet-rich-plasma"
#define PRP_FILE "en/30-therapies/40-platelet-rich-plasma.md"
#define STAFF_PIN "2468"

static KioskContent *content;

/*
 * Helpers
 */

static void
run_for (guint msec)
{
  gint64 end = g_get_monotonic_time () + msec * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

/* Waits up to @msec for @done; returns how long it took, or -1. */
static gint64
wait_ms (gboolean (*done) (gpointer),
         gpointer   data,
         guint      msec)
{
  gint64 start = g_get_monotonic_time ();
  gint64 end = start + msec * 1000;

  while (!done (data))
    {
      if (g_get_monotonic_time () > end)
        return -1;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return (g_get_monotonic_time () - start) / 1000;
}

static void
xdotool (const char *args)
{
  g_autofree char *command = g_strconcat ("xdotool ", args, NULL);
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_command_line_sync (command, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
}

/* The root-window position of a point of @widget. */
static void
root_point (GtkWidget *widget,
            double     x,
            double     y,
            int       *rx,
            int       *ry)
{
  GtkNative *native = gtk_widget_get_native (widget);
  Display *xdisplay = gdk_x11_display_get_xdisplay (gtk_widget_get_display (widget));
  double wx = 0, wy = 0, sx = 0, sy = 0;
  Window child;

  g_assert_true (gtk_widget_translate_coordinates (widget, GTK_WIDGET (native), x, y, &wx, &wy));
  gtk_native_get_surface_transform (native, &sx, &sy);
  XTranslateCoordinates (xdisplay, gdk_x11_surface_get_xid (gtk_native_get_surface (native)),
                         DefaultRootWindow (xdisplay), (int) (wx + sx), (int) (wy + sy),
                         rx, ry, &child);
}

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

static char *
copy_content (const char *extra_kiosk_settings)
{
  g_autofree char *dir = g_dir_make_tmp ("kiosk-mode-XXXXXX", NULL);
  g_autofree char *ini = g_build_filename (dir, "kiosk.ini", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  copy_tree (CONTENT_DIR, dir);
  if (extra_kiosk_settings != NULL)
    {
      const char *at;
      g_autoptr(GString) out = NULL;

      g_file_get_contents (ini, &text, NULL, &error);
      g_assert_no_error (error);
      at = strstr (text, "[kiosk]\n");
      g_assert_nonnull (at);
      /* The extra settings go first in [kiosk]. */
      out = g_string_new_len (text, at - text);
      g_string_append_printf (out, "[kiosk]\n%s\n", extra_kiosk_settings);
      g_string_append (out, at + strlen ("[kiosk]\n"));
      g_file_set_contents (ini, out->str, -1, &error);
      g_assert_no_error (error);
    }
  return g_steal_pointer (&dir);
}

static KioskWindow *
present_kiosk_window (KioskWindow *window)
{
  kiosk_window_set_animations (window, FALSE);
  kiosk_lockdown_set_enabled (kiosk_window_get_lockdown (window), TRUE, FALSE);
  gtk_window_present (GTK_WINDOW (window));
  wait_for (is_mapped, window);
  settle (GTK_WIDGET (window));
  return window;
}

static KioskWindow *
open_kiosk_window (KioskContent *with)
{
  return present_kiosk_window (gui_window_new (with, "en"));
}

static guint
count_visible_popovers (GtkWidget *root)
{
  g_autoptr(GPtrArray) popovers = g_ptr_array_new ();
  guint visible = 0;

  collect_all (root, GTK_TYPE_POPOVER, TRUE, popovers);
  for (guint i = 0; i < popovers->len; i++)
    visible += is_visible (g_ptr_array_index (popovers, i));
  return visible;
}

static GtkWidget *
first_tile (KioskWindow *window)
{
  g_autoptr(GPtrArray) tiles = g_ptr_array_new ();

  collect (kiosk_window_get_screen (window), KIOSK_TYPE_TILE, tiles);
  g_assert_cmpuint (tiles->len, >, 0);
  return g_ptr_array_index (tiles, 0);
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
screen_size (int *width,
             int *height)
{
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
  g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, 0);
  GdkRectangle geometry;

  gdk_monitor_get_geometry (monitor, &geometry);
  *width = geometry.width;
  *height = geometry.height;
}

static void
send_wm_delete (GtkWidget *window)
{
  Display *xdisplay = gdk_x11_display_get_xdisplay (gtk_widget_get_display (window));
  Window xid = gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (window)));
  XEvent event = { 0 };

  event.xclient.type = ClientMessage;
  event.xclient.window = xid;
  event.xclient.message_type = XInternAtom (xdisplay, "WM_PROTOCOLS", False);
  event.xclient.format = 32;
  event.xclient.data.l[0] = XInternAtom (xdisplay, "WM_DELETE_WINDOW", False);
  event.xclient.data.l[1] = CurrentTime;
  XSendEvent (xdisplay, xid, False, NoEventMask, &event);
  XFlush (xdisplay);
}

/*
 * Locked down
 */

static void
test_covers_screen (void)
{
  KioskWindow *window = open_kiosk_window (content);
  Display *xdisplay = gdk_x11_display_get_xdisplay (gdk_display_get_default ());
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  GdkCursor *cursor = gdk_surface_get_cursor (surface);
  int width, height, rx = -1, ry = -1;
  Window child;

  screen_size (&width, &height);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, width);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (window)), ==, height);
  XTranslateCoordinates (xdisplay, gdk_x11_surface_get_xid (surface),
                         DefaultRootWindow (xdisplay), 0, 0, &rx, &ry, &child);
  g_assert_cmpint (rx, ==, 0);
  g_assert_cmpint (ry, ==, 0);
  g_assert_false (gtk_window_get_decorated (GTK_WINDOW (window)));

  /* The pointer is hidden, also over a link in the text. */
  g_assert_nonnull (cursor);
  g_assert_cmpstr (gdk_cursor_get_name (cursor), ==, "none");
  save_screen ("kiosk-covers-screen");

  kiosk_navigator_show (kiosk_window_get_navigator (window), PRP_ID);
  settle (GTK_WIDGET (window));
  xdotool ("mousemove --sync 700 500");
  run_for (200);
  cursor = gdk_surface_get_cursor (surface);
  g_assert_nonnull (cursor);
  g_assert_cmpstr (gdk_cursor_get_name (cursor), ==, "none");

  kiosk_lockdown_set_enabled (kiosk_window_get_lockdown (window), FALSE, TRUE);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
count_close_cb (GtkWindow *window,
                guint     *count)
{
  (*count)++;
  return FALSE;
}

static void
test_close_refused (void)
{
  KioskWindow *window = open_kiosk_window (content);
  GtkWidget *plain;
  guint closes = 0;
  int width = gtk_widget_get_width (GTK_WIDGET (window));

  kiosk_navigator_show (kiosk_window_get_navigator (window), PRP_ID);
  settle (GTK_WIDGET (window));

  send_wm_delete (GTK_WIDGET (window));
  run_for (500);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_cmpstr (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)), ==, PRP_ID);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, width);

  /* The same message closes a window that is not in kiosk mode, so the
   * message did arrive above. */
  plain = GTK_WIDGET (open_window_with (content, "en", 800, 600));
  g_object_add_weak_pointer (G_OBJECT (plain), (gpointer *) &plain);
  g_signal_connect (plain, "close-request", G_CALLBACK (count_close_cb), &closes);
  send_wm_delete (plain);
  run_for (500);
  g_assert_cmpuint (closes, ==, 1);
  g_assert_null (plain);

  kiosk_lockdown_set_enabled (kiosk_window_get_lockdown (window), FALSE, TRUE);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_shortcuts_do_nothing (void)
{
  static const char *keys[] = {
    "alt+F4", "ctrl+q", "ctrl+w", "Escape", "F11", "ctrl+shift+i", "ctrl+shift+d",
    "F10", "shift+F10", "Menu", "alt+Left", "alt+Home", "ctrl+comma", "super",
  };
  KioskWindow *window = open_kiosk_window (content);
  GtkWidget *focus_before;
  guint toplevels;
  int width = gtk_widget_get_width (GTK_WIDGET (window));
  int height = gtk_widget_get_height (GTK_WIDGET (window));

  tap (window, first_tile (window));
  g_assert_cmpuint (kiosk_navigator_get_depth (kiosk_window_get_navigator (window)), ==, 1);
  toplevels = g_list_model_get_n_items (gtk_window_get_toplevels ());

  /* Keys do reach the window: Tab moves the focus. */
  xdotool ("mousemove --sync 700 500");
  focus_before = gtk_root_get_focus (GTK_ROOT (window));
  xdotool ("key Tab");
  run_for (300);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) != focus_before);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *page = g_strdup (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)));
      g_autofree char *args = g_strdup_printf ("key %s", keys[i]);

      xdotool (args);
      run_for (300);
      g_test_message ("%s: page %s, %u toplevels", keys[i],
                      kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)),
                      g_list_model_get_n_items (gtk_window_get_toplevels ()));
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
      g_assert_cmpstr (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)), ==, page);
      g_assert_cmpuint (kiosk_navigator_get_depth (kiosk_window_get_navigator (window)), ==, 1);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, width);
      g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (window)), ==, height);
      g_assert_cmpuint (g_list_model_get_n_items (gtk_window_get_toplevels ()), ==, toplevels);
      g_assert_cmpuint (count_visible_popovers (GTK_WIDGET (window)), ==, 0);
    }

  kiosk_lockdown_set_enabled (kiosk_window_get_lockdown (window), FALSE, TRUE);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A paragraph that starts with a glossary word, a link. */
static GtkWidget *
find_linked_label (KioskWindow *window)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect (kiosk_window_get_screen (window), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);

      if (g_str_has_prefix (gtk_label_get_label (label), "<a href=\"t:") &&
          gtk_widget_get_mapped (GTK_WIDGET (label)))
        return GTK_WIDGET (label);
    }
  return NULL;
}

/* Right-clicks on the first word of @label, a link. */
static void
right_click_link (GtkWidget *label)
{
  g_autofree char *args = NULL;
  int rx, ry;

  root_point (label, 12, 14, &rx, &ry);
  args = g_strdup_printf ("mousemove --sync %d %d sleep 0.2 click 3", rx, ry);
  xdotool (args);
}

static void
test_no_context_menu (void)
{
  KioskWindow *window = open_kiosk_window (content);
  GtkWidget *label;

  kiosk_navigator_show (kiosk_window_get_navigator (window), PRP_ID);
  settle (GTK_WIDGET (window));
  label = find_linked_label (window);
  g_assert_nonnull (label);

  right_click_link (label);
  run_for (600);
  g_assert_cmpuint (count_visible_popovers (GTK_WIDGET (window)), ==, 0);
  g_assert_cmpstr (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)), ==, PRP_ID);

  kiosk_lockdown_set_enabled (kiosk_window_get_lockdown (window), FALSE, TRUE);
  gtk_window_destroy (GTK_WINDOW (window));

  /* Outside kiosk mode the same press opens the label's menu, so the
   * press did reach the label above. */
  window = open_window_with (content, "en", 1280, 800);
  kiosk_navigator_show (kiosk_window_get_navigator (window), PRP_ID);
  settle (GTK_WIDGET (window));
  label = find_linked_label (window);
  right_click_link (label);
  run_for (600);
  save_screen ("kiosk-context-menu-control");
  g_assert_cmpuint (count_visible_popovers (GTK_WIDGET (window)), >, 0);
  /* Close the menu first: an open menu holds the pointer grab. */
  kiosk_utils_popdown_all (GTK_WIDGET (window));
  run_for (300);
  gtk_window_destroy (GTK_WINDOW (window));
}

/*
 * Idle reset
 */

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

/*
 * Staff access
 */

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

/*
 * Live content
 */

typedef struct
{
  KioskWindow *window;
  const char  *text;
} ScreenHas;

static gboolean
screen_has (gpointer data)
{
  ScreenHas *has = data;
  g_autofree char *text = all_text (kiosk_window_get_screen (has->window));

  return strstr (text, has->text) != NULL;
}

static gboolean
screen_lacks (gpointer data)
{
  return !screen_has (data);
}

static char *
read_file (const char *dir,
           const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* Rewrites a file in place, as editors that do not rename do. */
static void
write_in_place (const char *dir,
                const char *name,
                const char *text,
                gssize      len)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  FILE *file = fopen (path, "w");

  g_assert_nonnull (file);
  fwrite (text, 1, len < 0 ? strlen (text) : (gsize) len, file);
  fclose (file);
}

static void
test_live_content (void)
{
  g_autofree char *dir = copy_content (NULL);
  g_autoptr(KioskContentMonitor) monitor = kiosk_content_monitor_new (dir);
  g_autofree char *page = read_file (dir, PRP_FILE);
  g_autofree char *ini = read_file (dir, "kiosk.ini");
  g_autofree char *edited = NULL;
  g_autofree char *edited2 = NULL;
  g_autofree char *broken = NULL;
  g_autofree char *problems = NULL;
  KioskWindow *window;
  KioskStaffPanel *panel;
  ScreenHas has;
  gint64 took;

  window = present_kiosk_window (gui_window_new_for_monitor (monitor, "en"));
  panel = KIOSK_STAFF_PANEL (find_widget (GTK_WIDGET (window), KIOSK_TYPE_STAFF_PANEL));
  kiosk_navigator_show (kiosk_window_get_navigator (window), PRP_ID);
  settle (GTK_WIDGET (window));

  /* Saved through a temporary file renamed over the page (gedit, sed -i). */
  edited = g_strconcat (page, "\nThe front desk can tell you the prices.\n", NULL);
  write_text (dir, PRP_FILE, edited);
  has.window = window;
  has.text = "The front desk can tell you the prices.";
  took = wait_ms (screen_has, &has, 2000);
  g_test_message ("renamed-over edit on screen after %" G_GINT64_FORMAT " ms", took);
  g_assert_cmpint (took, >=, 0);
  g_assert_cmpstr (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)), ==, PRP_ID);

  /* Saved in place (vim, nano). */
  edited2 = g_strconcat (page, "\nAsk the nurse about parking.\n", NULL);
  write_in_place (dir, PRP_FILE, edited2, -1);
  has.text = "Ask the nurse about parking.";
  took = wait_ms (screen_has, &has, 2000);
  g_test_message ("in-place edit on screen after %" G_GINT64_FORMAT " ms", took);
  g_assert_cmpint (took, >=, 0);
  g_assert_cmpstr (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)), ==, PRP_ID);

  /* Invalid UTF-8 saved into the page: the previous text stays. */
  broken = g_strconcat (page, "\nA broken \xff\xfe line.\n", NULL);
  write_in_place (dir, PRP_FILE, broken, -1);
  run_for (1500);
  g_assert_true (screen_has (&has));
  g_assert_cmpstr (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)), ==, PRP_ID);
  kiosk_window_show_overlay (window, "staff-panel");
  settle (GTK_WIDGET (window));
  problems = kiosk_staff_panel_get_problems_text (panel);
  g_test_message ("staff panel: %s", problems);
  g_assert_nonnull (strstr (problems, "40-platelet-rich-plasma.md:"));
  g_assert_nonnull (strstr (problems, "UTF-8"));
  save_screen ("kiosk-staff-problems");

  /* Fixed again (the original page, without the added sentence): shown. */
  write_in_place (dir, PRP_FILE, page, -1);
  g_assert_cmpint (wait_ms (screen_lacks, &has, 2000), >=, 0);
  has.text = "Platelets help your blood form clots.";
  g_assert_true (screen_has (&has));
  g_clear_pointer (&problems, g_free);
  problems = kiosk_staff_panel_get_problems_text (panel);
  g_assert_null (strstr (problems, "40-platelet-rich-plasma.md:"));

  /* A broken kiosk.ini: the page stays, the problem is listed. */
  {
    g_autofree char *bad = g_strconcat (ini, "\nthis line is not a setting\n", NULL);

    write_text (dir, "kiosk.ini", bad);
  }
  run_for (1500);
  g_assert_true (screen_has (&has));
  g_assert_cmpstr (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)), ==, PRP_ID);
  g_clear_pointer (&problems, g_free);
  problems = kiosk_staff_panel_get_problems_text (panel);
  g_test_message ("staff panel: %s", problems);
  g_assert_nonnull (strstr (problems, "kiosk.ini:"));
  g_assert_false (kiosk_content_monitor_get_last_accepted (monitor));

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

  g_test_add_func ("/kiosk/mode/covers-screen", test_covers_screen);
  g_test_add_func ("/kiosk/mode/close-refused", test_close_refused);
  g_test_add_func ("/kiosk/mode/shortcuts", test_shortcuts_do_nothing);
  g_test_add_func ("/kiosk/mode/no-context-menu", test_no_context_menu);
  g_test_add_func ("/kiosk/idle/warning-and-reset", test_idle_reset);
  g_test_add_func ("/kiosk/idle/attract", test_attract_screen);
  g_test_add_func ("/kiosk/staff/pin", test_staff_pin);
  g_test_add_func ("/kiosk/live/content", test_live_content);

  return g_test_run ();
}
