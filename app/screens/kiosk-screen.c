/* kiosk-screen.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-screen"

#include "config.h"

#include <glib/gi18n.h>

#include "kiosk-booking-screen.h"
#include "kiosk-glossary-screen.h"
#include "kiosk-home-screen.h"
#include "kiosk-page-screen.h"
#include "kiosk-screen.h"
#include "kiosk-section-screen.h"
#include "kiosk-speech.h"

/* What the factory knows about the screen it made; the interface's
 * default methods answer from it. */
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

static char *
title_for (KioskContent     *content,
           const char       *lang,
           const char       *id,
           const KioskEntry *entry)
{
  const KioskCatalog *catalog = kiosk_content_get_catalog (content, lang);

  if (g_str_equal (id, KIOSK_ID_HOME))
    return kiosk_config_get_name (kiosk_content_get_config (content), lang);
  if (g_str_equal (id, KIOSK_ID_BOOKING))
    return g_strdup (_("Book an appointment"));
  if (g_str_equal (id, KIOSK_ID_GLOSSARY))
    return g_strdup (catalog != NULL && catalog->glossary_title != NULL ?
                     catalog->glossary_title : _("Glossary"));
  return g_strdup (entry != NULL ? entry->title : _("Page not found"));
}

static GtkWidget *
make_screen (KioskContent     *content,
             const char       *lang,
             const char       *shown_lang,
             const char       *id,
             const KioskEntry *entry)
{
  if (g_str_equal (id, KIOSK_ID_HOME))
    return kiosk_home_screen_new (content, lang);
  if (g_str_equal (id, KIOSK_ID_BOOKING))
    return kiosk_booking_screen_new (content, lang);
  if (g_str_equal (id, KIOSK_ID_GLOSSARY))
    return kiosk_glossary_screen_new (content, lang);
  if (entry != NULL && entry->kind == KIOSK_ENTRY_SECTION)
    return kiosk_section_screen_new (content, shown_lang, entry);
  return kiosk_page_screen_new (content, shown_lang, entry, id);
}

/**
 * kiosk_screen_new_for_id:
 * @content: the content
 * @lang: the patient's language
 * @id: a page id, or one of the built-in ids
 *
 * The screen for @id: home, booking, the glossary, a section or a page.
 * A page not translated into @lang is made in the clinic's language; an
 * id that is not there gets a page that says so.
 *
 * Returns: (transfer floating): a widget implementing #KioskScreen
 */
GtkWidget *
kiosk_screen_new_for_id (KioskContent *content,
                         const char   *lang,
                         const char   *id)
{
  const char *shown_lang = lang;
  const KioskEntry *entry = NULL;
  ScreenInfo *info;
  GtkWidget *screen;

  g_return_val_if_fail (KIOSK_IS_CONTENT (content), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  entry = kiosk_content_find_for (content, lang, id, &shown_lang);
  if (kiosk_content_is_builtin_id (id) && !g_str_equal (id, KIOSK_ID_HOME))
    shown_lang = lang;
  screen = make_screen (content, lang, shown_lang, id, entry);
  g_return_val_if_fail (KIOSK_IS_SCREEN (screen), screen);

  info = g_new0 (ScreenInfo, 1);
  info->title = title_for (content, lang, id, entry);
  info->lang = g_strdup (shown_lang);
  if (entry != NULL && entry->document != NULL)
    info->read_aloud = kiosk_speech_text_for_document (entry->title, entry->document);
  g_object_set_qdata_full (G_OBJECT (screen), info_quark, info, screen_info_free);
  return screen;
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
