/* kiosk-screen.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-screen"

#include "config.h"

#include "kiosk-screen.h"

/* What kiosk_screen_set_facts() was told; the interface's default
 * methods answer from it. */
typedef struct
{
  char *title;
  char *lang;          /* the language shown */
  char *read_aloud;    /* NULL: nothing to read */
} ScreenInfo;

static GQuark info_quark;

G_DEFINE_INTERFACE (KioskScreen, kiosk_screen, GTK_TYPE_WIDGET)

static void
screen_info_free (gpointer data)
{
  ScreenInfo *info = data;

  g_free (info->title);
  g_free (info->lang);
  g_free (info->read_aloud);
  g_free (info);
}

static ScreenInfo *
get_info (KioskScreen *self)
{
  return g_object_get_qdata (G_OBJECT (self), info_quark);
}

static char *
kiosk_screen_real_dup_title (KioskScreen *self)
{
  ScreenInfo *info = get_info (self);

  return g_strdup (info != NULL ? info->title : NULL);
}

static char *
kiosk_screen_real_dup_read_aloud_text (KioskScreen *self)
{
  ScreenInfo *info = get_info (self);

  return g_strdup (info != NULL ? info->read_aloud : NULL);
}

static const char *
kiosk_screen_real_get_language (KioskScreen *self)
{
  ScreenInfo *info = get_info (self);

  return info != NULL ? info->lang : NULL;
}

static gboolean
kiosk_screen_real_open_term (KioskScreen *self,
                             const char  *term)
{
  return FALSE;
}

static void
kiosk_screen_default_init (KioskScreenInterface *iface)
{
  info_quark = g_quark_from_static_string ("kiosk-screen-info");
  iface->dup_title = kiosk_screen_real_dup_title;
  iface->dup_read_aloud_text = kiosk_screen_real_dup_read_aloud_text;
  iface->get_language = kiosk_screen_real_get_language;
  iface->open_term = kiosk_screen_real_open_term;
}

/**
 * kiosk_screen_set_facts:
 * @self: a screen
 * @title: what the header shows above it
 * @lang: the language it is shown in
 * @read_aloud: (nullable): what Read aloud speaks on it
 *
 * What the interface's own methods answer, for screens that do not
 * answer themselves; set by kiosk_screen_new_for_id().
 */
void
kiosk_screen_set_facts (KioskScreen *self,
                        const char  *title,
                        const char  *lang,
                        const char  *read_aloud)
{
  ScreenInfo *info;

  g_return_if_fail (KIOSK_IS_SCREEN (self));

  info = g_new0 (ScreenInfo, 1);
  info->title = g_strdup (title);
  info->lang = g_strdup (lang);
  info->read_aloud = g_strdup (read_aloud);
  g_object_set_qdata_full (G_OBJECT (self), info_quark, info, screen_info_free);
}

/**
 * kiosk_screen_dup_title:
 * @self: a screen
 *
 * Returns: (transfer full): what the header shows above the screen
 */
char *
kiosk_screen_dup_title (KioskScreen *self)
{
  g_return_val_if_fail (KIOSK_IS_SCREEN (self), NULL);

  return KIOSK_SCREEN_GET_IFACE (self)->dup_title (self);
}

/**
 * kiosk_screen_dup_read_aloud_text:
 * @self: a screen
 *
 * Returns: (transfer full) (nullable): what Read aloud speaks on this
 *   screen, or %NULL when there is nothing to read
 */
char *
kiosk_screen_dup_read_aloud_text (KioskScreen *self)
{
  g_return_val_if_fail (KIOSK_IS_SCREEN (self), NULL);

  return KIOSK_SCREEN_GET_IFACE (self)->dup_read_aloud_text (self);
}

/**
 * kiosk_screen_get_language:
 * @self: a screen
 *
 * Returns: the language the screen is shown in, which is the clinic's
 *   for a page not translated yet
 */
const char *
kiosk_screen_get_language (KioskScreen *self)
{
  g_return_val_if_fail (KIOSK_IS_SCREEN (self), NULL);

  return KIOSK_SCREEN_GET_IFACE (self)->get_language (self);
}

/**
 * kiosk_screen_open_term:
 * @self: a screen
 * @term: a glossary term's id
 *
 * Returns: whether the screen showed @term
 */
gboolean
kiosk_screen_open_term (KioskScreen *self,
                        const char  *term)
{
  g_return_val_if_fail (KIOSK_IS_SCREEN (self), FALSE);
  g_return_val_if_fail (term != NULL, FALSE);

  return KIOSK_SCREEN_GET_IFACE (self)->open_term (self, term);
}
