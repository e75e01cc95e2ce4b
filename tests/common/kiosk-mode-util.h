/* kiosk-mode-util.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kiosk-window.h"

G_BEGIN_DECLS

void         run_for                (guint          msec);
gint64       wait_ms                (gboolean     (*done) (gpointer),
                                     gpointer       data,
                                     guint          msec);
void         xdotool                (const char    *args);
void         root_point             (GtkWidget     *widget,
                                     double         x,
                                     double         y,
                                     int           *rx,
                                     int           *ry);
char        *copy_content           (const char    *extra_kiosk_settings);
KioskWindow *present_kiosk_window   (KioskWindow   *window);
KioskWindow *open_kiosk_window      (KioskContent  *with);
guint        count_visible_popovers (GtkWidget     *root);
GtkWidget   *first_tile             (KioskWindow   *window);

G_END_DECLS
