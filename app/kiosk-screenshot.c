/* kiosk-screenshot.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-screenshot"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "kiosk-picture.h"
#include "kiosk-screenshot.h"
#include "kiosk-utils.h"

/* A screenshot that has not been written by then never will be. */
#define TIMEOUT_SECONDS 30

/* The screen is laid out and drawn at its final size after this many
 * frames. */
#define FRAMES 4

typedef struct
{
  char  *file;
  int    width;
  int    height;
  guint  frames;
  guint  timeout;
} Screenshot;

static void
screenshot_free (gpointer data)
{
  Screenshot *shot = data;

  g_clear_handle_id (&shot->timeout, g_source_remove);
  g_free (shot->file);
  g_free (shot);
}

static gboolean
save (Screenshot *shot,
      GtkWidget  *window)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);

  if (width != shot->width || height != shot->height)
    g_warning ("The window is %d×%d instead of %d×%d", width, height, shot->width, shot->height);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL || renderer == NULL)
    return FALSE;
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  return gdk_texture_save_to_png (texture, shot->file);
}

static gboolean
tick_cb (GtkWidget     *window,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  Screenshot *shot = user_data;
  GApplication *app = g_application_get_default ();

  /* Pictures are decoded in the background; the screen is not final
   * before they are drawn. */
  if (kiosk_picture_get_loading () > 0)
    shot->frames = 0;
  if (!gtk_widget_get_mapped (window) || ++shot->frames < FRAMES)
    return G_SOURCE_CONTINUE;

  if (!save (shot, window))
    {
      g_printerr (_("Could not write the screenshot %s\n"), shot->file);
      exit (1);
    }
  if (app != NULL)
    g_application_quit (app);
  return G_SOURCE_REMOVE;
}

static gboolean
timeout_cb (gpointer user_data)
{
  g_printerr (_("The screen was not drawn in time; no screenshot written\n"));
  exit (1);
  return G_SOURCE_REMOVE;
}

/**
 * kiosk_screenshot_take:
 * @window: a window not shown yet
 * @file: the PNG to write
 * @width: the window's width
 * @height: the window's height
 *
 * Shows @window undecorated at @width × @height without animations,
 * writes it to @file once drawn and quits the application; exits with
 * status 1 when that fails or takes too long.
 */
void
kiosk_screenshot_take (GtkWindow  *window,
                       const char *file,
                       int         width,
                       int         height)
{
  Screenshot *shot = g_new0 (Screenshot, 1);

  shot->file = g_strdup (file);
  shot->width = width;
  shot->height = height;
  g_object_set_data_full (G_OBJECT (window), "kiosk-screenshot", shot, screenshot_free);

  gtk_window_set_default_size (window, width, height);
  gtk_window_set_decorated (window, FALSE);
  gtk_window_set_resizable (window, FALSE);
  /* GTK limits a window to the monitor's size; a screenshot may ask for
   * a portrait size on a landscape monitor. */
  kiosk_utils_size_surface (window, width, height);
  gtk_widget_add_tick_callback (GTK_WIDGET (window), tick_cb, shot, NULL);
  shot->timeout = g_timeout_add_seconds (TIMEOUT_SECONDS, timeout_cb, shot);
}
