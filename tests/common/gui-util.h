/* gui-util.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kiosk-attract-screen.h"
#include "kiosk-idle-warning.h"
#include "kiosk-pin-pad.h"
#include "kiosk-staff-panel.h"
#include "kiosk-window.h"

G_BEGIN_DECLS

/* A widget's pixels as GTK drew them. */
typedef struct
{
  guchar *pixels;     /* B, G, R, A (cairo's order), premultiplied */
  gsize   stride;
  int     width;
  int     height;
} Rendering;

void         render_widget    (GtkWidget    *root,
                               Rendering    *rendering);
void         rendering_clear  (Rendering    *rendering);

void         wait_for         (gboolean    (*done) (gpointer),
                               gpointer      data);
gboolean     is_mapped        (gpointer      data);
gboolean     has_frames       (gpointer      data);
gboolean     is_visible       (gpointer      data);
gboolean     page_changed     (gpointer      data);
void         settle           (GtkWidget    *window);
void         follow_display_settings (KioskWindow *window);
GtkWidget   *open_term_popover (KioskWindow *window);
void         collect_all      (GtkWidget    *widget,
                               GType         type,
                               gboolean      hidden_too,
                               GPtrArray    *out);
void         collect          (GtkWidget    *widget,
                               GType         type,
                               GPtrArray    *out);
void         tap              (KioskWindow  *window,
                               GtkWidget    *button);
GtkWidget   *wait_for_popover (GtkWidget    *root,
                               GType         type);
char        *all_text         (GtkWidget    *root);
void         save_screen      (const char   *name);
void         click_at         (GtkWidget    *widget,
                               double        x,
                               double        y);
void         write_text       (const char   *dir,
                               const char   *name,
                               const char   *text);
char        *decode_png       (const char   *png);
void         gui_test_restyle (KioskContentMonitor *monitor);
KioskContent *gui_test_init   (int          *argc,
                               char       ***argv);
KioskWindow *open_window_in   (const char   *lang,
                               int           width,
                               int           height);
KioskWindow *open_window      (int           width,
                               int           height);
char        *screen_text      (KioskWindow  *window);
GtkWidget   *find_button_by_action (GtkWidget  *root,
                                    const char *action);
GtkWidget   *find_button_by_target (GtkWidget  *root,
                                    const char *target);
char        *button_text      (GtkWidget    *button);
GtkWidget   *find_widget      (GtkWidget    *root,
                               GType         type);
GtkWidget   *find_by_class    (GtkWidget    *root,
                               const char   *css_class);
KioskWindow *gui_window_new   (KioskContent *with,
                               const char   *lang);
KioskWindow *gui_window_new_for_monitor (KioskContentMonitor *monitor,
                                         const char          *lang);
KioskWindow *open_window_with (KioskContent *with,
                               const char   *lang,
                               int           width,
                               int           height);

G_END_DECLS
