/* kiosk-screen.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kiosk-content.h"

G_BEGIN_DECLS

/* What the window needs from any screen it shows: its title, the text
 * Read aloud speaks, the language it is shown in (a page not translated
 * yet is shown in the clinic's language) and, where the screen lists
 * glossary terms, opening one. kiosk_screen_new_for_id() in
 * kiosk-screen-factory.h makes the screen for any page id. */

#define KIOSK_TYPE_SCREEN (kiosk_screen_get_type ())

G_DECLARE_INTERFACE (KioskScreen, kiosk_screen, KIOSK, SCREEN, GtkWidget)

struct _KioskScreenInterface
{
  GTypeInterface parent_iface;

  char       *(*dup_title)           (KioskScreen *self);
  char       *(*dup_read_aloud_text) (KioskScreen *self);
  const char *(*get_language)        (KioskScreen *self);
  gboolean    (*open_term)           (KioskScreen *self,
                                      const char  *term);
};

void        kiosk_screen_set_facts           (KioskScreen  *self,
                                              const char   *title,
                                              const char   *lang,
                                              const char   *read_aloud);
char       *kiosk_screen_dup_title           (KioskScreen  *self);
char       *kiosk_screen_dup_read_aloud_text (KioskScreen  *self);
const char *kiosk_screen_get_language        (KioskScreen  *self);
gboolean    kiosk_screen_open_term           (KioskScreen  *self,
                                              const char   *term);

G_END_DECLS
