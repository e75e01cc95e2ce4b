/* kiosk-mode-util.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <string.h>

#include "kiosk-mode-util.h"
#include "kiosk-tile.h"
#include "gui-util.h"
#include "test-util.h"
#include "kiosk-window-private.h"

/* What the kiosk-mode tests share: real input through xdotool, waiting
 * on the main loop, and a locked-down window on a copy of the content. */

void
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
gint64
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

void
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
void
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

char *
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

KioskWindow *
present_kiosk_window (KioskWindow *window)
{
  kiosk_window_set_animations (window, FALSE);
  kiosk_lockdown_set_enabled (kiosk_window_get_lockdown (window), TRUE, FALSE);
  gtk_window_present (GTK_WINDOW (window));
  wait_for (is_mapped, window);
  settle (GTK_WIDGET (window));
  return window;
}

KioskWindow *
open_kiosk_window (KioskContent *with)
{
  return present_kiosk_window (gui_window_new (with, "en"));
}

guint
count_visible_popovers (GtkWidget *root)
{
  g_autoptr(GPtrArray) popovers = g_ptr_array_new ();
  guint visible = 0;

  collect_all (root, GTK_TYPE_POPOVER, TRUE, popovers);
  for (guint i = 0; i < popovers->len; i++)
    visible += is_visible (g_ptr_array_index (popovers, i));
  return visible;
}

GtkWidget *
first_tile (KioskWindow *window)
{
  g_autoptr(GPtrArray) tiles = g_ptr_array_new ();

  collect (kiosk_window_get_screen (window), KIOSK_TYPE_TILE, tiles);
  g_assert_cmpuint (tiles->len, >, 0);
  return g_ptr_array_index (tiles, 0);
}
