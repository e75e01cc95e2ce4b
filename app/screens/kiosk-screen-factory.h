/* kiosk-screen-factory.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kiosk-screen.h"

G_BEGIN_DECLS

GtkWidget *kiosk_screen_new_for_id (KioskContent *content,
                                    const char   *lang,
                                    const char   *id);
char      *kiosk_screen_get_title_for_id (KioskContent *content,
                                          const char   *lang,
                                          const char   *id);

G_END_DECLS
