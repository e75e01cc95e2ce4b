/* kiosk-config.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kiosk-diagnostics.h"

G_BEGIN_DECLS

#define KIOSK_CONFIG_FILE "kiosk.ini"

typedef enum
{
  KIOSK_MODE_WINDOW,
  KIOSK_MODE_KIOSK,
} KioskMode;

typedef struct
{
  GKeyFile   *keyfile;        /* for translated values such as name[es] */
  char       *text;           /* the file as read, for line numbers; "" when unread */
  char       *name;
  char       *booking_url;    /* NULL when missing or unusable */
  GHashTable *booking_urls;   /* language → booking-url[LANG] that can be used, or NULL */
  char       *phone;
  char       *emergency_number; /* what patients dial in an emergency, or NULL */
  GStrv       languages;      /* at least one; the first is the default */
  guint       idle_timeout;   /* seconds */
  guint       idle_warning;   /* seconds */
  KioskMode   mode;
  gboolean    attract;
  gboolean    show_pointer;
  char       *staff_pin;      /* salted hash, or NULL */
  char       *primary;        /* theme colours, "#rrggbb" */
  char       *accent;
  char       *background;
} KioskConfig;

KioskConfig *kiosk_config_new_default   (void);
KioskConfig *kiosk_config_load          (const char       *content_dir,
                                         KioskDiagnostics *diagnostics);
void         kiosk_config_free          (KioskConfig      *self);
char        *kiosk_config_get_name      (const KioskConfig *self,
                                         const char        *lang);
const char  *kiosk_config_get_booking_url (const KioskConfig *self,
                                           const char        *lang);
char        *kiosk_config_get_phone     (const KioskConfig *self,
                                         const char        *lang);
guint        kiosk_config_find_line     (const char       *text,
                                         const char       *group,
                                         const char       *key);
gboolean     kiosk_config_is_colour     (const char       *value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KioskConfig, kiosk_config_free)

G_END_DECLS
