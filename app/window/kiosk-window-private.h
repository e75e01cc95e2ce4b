/* kiosk-window-private.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kiosk-attract-screen.h"
#include "kiosk-idle-warning.h"
#include "kiosk-pin-pad.h"
#include "kiosk-staff-access.h"
#include "kiosk-staff-panel.h"
#include "kiosk-window.h"

G_BEGIN_DECLS

struct _KioskWindow
{
  GtkApplicationWindow  parent_instance;

  /* Template widgets */
  GtkWidget            *header;
  GtkWidget            *nav_box;
  GtkWidget            *back_button;
  GtkWidget            *back_label;
  GtkWidget            *home_button;
  GtkWidget            *home_label;
  GtkWidget            *title_label;
  GtkWidget            *end_box;
  GtkWidget            *lang_box;
  GtkWidget            *display_button;
  GtkWidget            *display_label;
  GtkWidget            *tools_row;
  GtkWidget            *notice;
  GtkStack             *stack;
  GtkWidget            *footer;
  GtkWidget            *decide_button;
  GtkWidget            *decide_label;
  GtkWidget            *glossary_button;
  GtkWidget            *glossary_label;
  GtkWidget            *booking_button;
  GtkWidget            *booking_label;
  GtkWidget            *overlay;
  GtkWidget            *main_box;
  KioskPinPad          *pin_pad;
  KioskStaffPanel      *staff_panel;

  /* Layers made again in each language */
  KioskAttractScreen   *attract;
  KioskIdleWarning     *idle_warning;

  /* Owned references */
  KioskContentMonitor  *monitor;
  KioskPatientPrefs    *prefs;
  KioskContent         *content;      /* the content on show */
  char                 *lang;         /* the language on show */
  KioskNavigator       *navigator;
  KioskVisit           *visit;
  KioskLockdown        *lockdown;
  KioskStaffAccess     *staff_access;
  KioskSpeech          *speech;       /* NULL when built without read-aloud */

  /* Borrowed references */
  GtkWidget            *screen;
  GtkWidget            *old_screen;

  /* Header layout */
  gboolean              narrow;       /* too narrow for one header row */
  guint                 layout_source;
};

/* kiosk-window-actions.c */
void _kiosk_window_class_actions_init (GtkWidgetClass *widget_class);
void _kiosk_window_actions_init       (KioskWindow    *self);
void _kiosk_window_update_actions     (KioskWindow    *self);

/* kiosk-window-layers.c */
void _kiosk_window_layers_init        (KioskWindow    *self);
void _kiosk_window_make_patient_layers (KioskWindow   *self);
void _kiosk_window_hide_layers        (KioskWindow    *self);
void _kiosk_window_apply_staff_config (KioskWindow    *self);

/* kiosk-window-layout.c */
void _kiosk_window_update_chrome      (KioskWindow    *self);
void _kiosk_window_update_layout      (KioskWindow    *self);
void _kiosk_window_note_width         (KioskWindow    *self,
                                       int             width);

/* kiosk-window-prefs.c */
void _kiosk_window_prefs_init         (KioskWindow    *self);
void _kiosk_window_retranslate        (KioskWindow    *self);
void _kiosk_window_name_screen_buttons (KioskWindow   *self);
void _kiosk_window_rebuild_language_buttons (KioskWindow *self);

/* kiosk-window.c */
void _kiosk_window_present_screen     (KioskWindow    *self);
void _kiosk_window_show_notice        (KioskWindow    *self,
                                       const char     *text);

KioskVisit        *kiosk_window_get_visit      (KioskWindow         *self);
KioskPatientPrefs *kiosk_window_get_prefs      (KioskWindow         *self);
KioskSpeech       *kiosk_window_get_speech     (KioskWindow         *self);
GtkWidget         *kiosk_window_get_screen     (KioskWindow         *self);

G_END_DECLS
