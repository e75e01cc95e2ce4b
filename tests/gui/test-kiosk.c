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
#include "kiosk-window-private.h"
#include "gui-util.h"
#include "kiosk-mode-util.h"
#include "test-util.h"
#include "kiosk-navigator-private.h"

/* Kiosk mode on a real X server with no window manager: full screen,
 * locked down, no way out for a patient, driven by real key presses,
 * clicks and X messages. */

#define PRP_ID   "therapies/platelet-rich-plasma"
#define PRP_FILE "en/30-therapies/40-platelet-rich-plasma.md"
#define STAFF_PIN "2468"

static KioskContent *content;

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

      /* After the invisible direction mark each page label starts with. */
      if (strlen (gtk_label_get_label (label)) > 3 &&
          g_str_has_prefix (gtk_label_get_label (label) + 3, "<a href=\"t:") &&
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

  return g_test_run ();
}
