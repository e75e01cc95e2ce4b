/* kiosk-window.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kiosk-application.h"
#include "kiosk-content.h"
#include "kiosk-content-monitor.h"
#include "kiosk-speech.h"

G_BEGIN_DECLS

#define KIOSK_TYPE_WINDOW (kiosk_window_get_type ())

G_DECLARE_FINAL_TYPE (KioskWindow, kiosk_window, KIOSK, WINDOW, GtkApplicationWindow)

KioskWindow *kiosk_window_new            (KioskApplication *app,
                                          KioskContent     *content,
                                          const char       *lang);
void         kiosk_window_show_page      (KioskWindow      *self,
                                          const char       *id);
void         kiosk_window_go_back        (KioskWindow      *self);
void         kiosk_window_go_home        (KioskWindow      *self);
const char  *kiosk_window_get_page_id    (KioskWindow      *self);
const char  *kiosk_window_get_title_text (KioskWindow      *self);
GtkWidget   *kiosk_window_get_screen     (KioskWindow      *self);
guint        kiosk_window_get_history_length (KioskWindow  *self);
void         kiosk_window_set_animations (KioskWindow      *self,
                                          gboolean          animate);
void         kiosk_window_set_content    (KioskWindow      *self,
                                          KioskContent     *content);
KioskContent *kiosk_window_get_content   (KioskWindow      *self);
void         kiosk_window_set_monitor    (KioskWindow      *self,
                                          KioskContentMonitor *monitor);
void         kiosk_window_set_kiosk_mode (KioskWindow      *self,
                                          gboolean          kiosk_mode,
                                          gboolean          show_pointer);
gboolean     kiosk_window_get_kiosk_mode (KioskWindow      *self);
void         kiosk_window_set_idle_times (KioskWindow      *self,
                                          guint             timeout,
                                          guint             warning);
void         kiosk_window_note_activity  (KioskWindow      *self);
void         kiosk_window_reset          (KioskWindow      *self);
gboolean     kiosk_window_open_pin_pad   (KioskWindow      *self);
gboolean     kiosk_window_show_overlay   (KioskWindow      *self,
                                          const char       *name);
GtkWidget   *kiosk_window_get_idle_warning   (KioskWindow  *self);
GtkWidget   *kiosk_window_get_attract_screen (KioskWindow  *self);
GtkWidget   *kiosk_window_get_pin_pad        (KioskWindow  *self);
GtkWidget   *kiosk_window_get_staff_panel    (KioskWindow  *self);
GtkWidget   *kiosk_window_get_display_button (KioskWindow  *self);
void         kiosk_window_set_language       (KioskWindow  *self,
                                              const char   *lang);
const char  *kiosk_window_get_language       (KioskWindow  *self);
void         kiosk_window_set_text_size      (KioskWindow  *self,
                                              guint         percent);
guint        kiosk_window_get_text_size      (KioskWindow  *self);
void         kiosk_window_set_high_contrast  (KioskWindow  *self,
                                              gboolean      enabled);
gboolean     kiosk_window_get_high_contrast  (KioskWindow  *self);
void         kiosk_window_set_volume         (KioskWindow  *self,
                                              guint         percent);
guint        kiosk_window_get_volume         (KioskWindow  *self);
KioskSpeech *kiosk_window_get_speech         (KioskWindow  *self);

G_END_DECLS
