/* kiosk-glossary-screen.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kiosk-content.h"

G_BEGIN_DECLS

#define KIOSK_TYPE_GLOSSARY_SCREEN (kiosk_glossary_screen_get_type ())

G_DECLARE_FINAL_TYPE (KioskGlossaryScreen, kiosk_glossary_screen, KIOSK, GLOSSARY_SCREEN, GtkWidget)

GtkWidget *kiosk_glossary_screen_new       (KioskContent        *content,
                                            const char          *lang);

G_END_DECLS
