/* kiosk-screen-factory.c
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
#include "kiosk-screen-factory.h"
#include "kiosk-section-screen.h"
#include "kiosk-speech.h"

static char *
title_for (KioskContent     *content,
           const char       *lang,
           const char       *id,
           const KioskEntry *entry)
{
  const KioskCatalog *catalog = kiosk_content_get_catalog (content, lang);

  if (g_str_equal (id, KIOSK_ID_HOME))
    return kiosk_config_get_name (kiosk_content_get_config (content), lang);
  /* The clinic's own words for booking, when booking.md gives them. */
  if (g_str_equal (id, KIOSK_ID_BOOKING))
    return g_strdup (catalog != NULL && catalog->booking != NULL &&
                     catalog->booking->title != NULL ?
                     catalog->booking->title : _("Book an appointment"));
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
  g_autofree char *title = NULL;
  g_autofree char *read_aloud = NULL;
  GtkWidget *screen;

  g_return_val_if_fail (KIOSK_IS_CONTENT (content), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  entry = kiosk_content_find_for (content, lang, id, &shown_lang);
  if (kiosk_content_is_builtin_id (id) && !g_str_equal (id, KIOSK_ID_HOME))
    shown_lang = lang;
  screen = make_screen (content, lang, shown_lang, id, entry);
  g_return_val_if_fail (KIOSK_IS_SCREEN (screen), screen);

  title = title_for (content, lang, id, entry);
  if (entry != NULL && entry->document != NULL)
    read_aloud = kiosk_speech_text_for_document (entry->title, entry->document);
  kiosk_screen_set_facts (KIOSK_SCREEN (screen), title, shown_lang, read_aloud);
  return screen;
}

/**
 * kiosk_screen_get_title_for_id:
 * @content: the content
 * @lang: the patient's language
 * @id: a page id, or one of the built-in ids
 *
 * The title the screen for @id has: the clinic's own words where it gives
 * them (booking.md's and glossary.md's titles), so that a button that
 * leads to a screen can say the same.
 *
 * Returns: (transfer full): the title
 */
char *
kiosk_screen_get_title_for_id (KioskContent *content,
                               const char   *lang,
                               const char   *id)
{
  g_return_val_if_fail (KIOSK_IS_CONTENT (content), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return title_for (content, lang, id, kiosk_content_find_for (content, lang, id, NULL));
}
