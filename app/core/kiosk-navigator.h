/* kiosk-navigator.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "kiosk-content.h"

G_BEGIN_DECLS

/* Where the patient is: the page on show and the way back to it. Every
 * move notifies "page-id", also when the id stays the same (a reset shows
 * a fresh home screen). */

#define KIOSK_NAVIGATOR_MAX_HISTORY 64

#define KIOSK_TYPE_NAVIGATOR (kiosk_navigator_get_type ())

G_DECLARE_FINAL_TYPE (KioskNavigator, kiosk_navigator, KIOSK, NAVIGATOR, GObject)

KioskNavigator *kiosk_navigator_new          (void);
const char     *kiosk_navigator_get_page_id  (KioskNavigator *self);
gboolean        kiosk_navigator_can_go_back  (KioskNavigator *self);
void            kiosk_navigator_show         (KioskNavigator *self,
                                              const char     *id);
void            kiosk_navigator_back         (KioskNavigator *self);
void            kiosk_navigator_home         (KioskNavigator *self);
void            kiosk_navigator_reset        (KioskNavigator *self);
gboolean        kiosk_navigator_set_content  (KioskNavigator *self,
                                              KioskContent   *content,
                                              const char     *lang);

G_END_DECLS
