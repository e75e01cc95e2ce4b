/* kiosk-i18n.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-i18n"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "kiosk-i18n.h"

/* Counter glibc's gettext keeps to know when its cached translations are
 * stale; bumping it makes the next lookup honour a changed LANGUAGE. */
extern int _nl_msg_cat_cntr;

/* Translations of a kiosk run from its build folder live in the build
 * folder too, not under the (not yet used) install prefix. */
static const char *
pick_localedir (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);

  if (exe != NULL && g_str_has_prefix (exe, BUILD_ROOT G_DIR_SEPARATOR_S))
    return BUILD_LOCALEDIR;
  return LOCALEDIR;
}

/**
 * kiosk_i18n_init:
 *
 * Sets up the locale and the kiosk's message catalogue. A kiosk started
 * with no locale at all (plain "C", as under some service managers) gets
 * C.UTF-8, because gettext ignores LANGUAGE in the "C" locale and the
 * kiosk switches languages through LANGUAGE.
 */
void
kiosk_i18n_init (void)
{
  const char *locale = setlocale (LC_ALL, "");

  if (locale == NULL || g_str_equal (locale, "C") || g_str_equal (locale, "POSIX"))
    setlocale (LC_ALL, "C.UTF-8");

  bindtextdomain (GETTEXT_PACKAGE, pick_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/**
 * kiosk_i18n_set_language:
 * @lang: a language code such as "en" or "es"
 *
 * Makes every later translation lookup use @lang. Widgets made before the
 * call keep their text; the window rebuilds what it shows.
 */
void
kiosk_i18n_set_language (const char *lang)
{
  g_return_if_fail (lang != NULL);

  g_setenv ("LANGUAGE", lang, TRUE);
  ++_nl_msg_cat_cntr;
}

/* Language names as their own speakers write them. */
static const struct
{
  const char *code;
  const char *name;
} language_names[] = {
  { "ar", "العربية" },
  { "de", "Deutsch" },
  { "en", "English" },
  { "es", "Español" },
  { "fa", "فارسی" },
  { "fr", "Français" },
  { "hi", "हिन्दी" },
  { "ht", "Kreyòl ayisyen" },
  { "it", "Italiano" },
  { "ja", "日本語" },
  { "ko", "한국어" },
  { "pl", "Polski" },
  { "pt", "Português" },
  { "ru", "Русский" },
  { "so", "Soomaali" },
  { "tl", "Tagalog" },
  { "uk", "Українська" },
  { "vi", "Tiếng Việt" },
  { "zh", "中文" },
};

/**
 * kiosk_i18n_get_language_name:
 * @lang: a language code such as "es"
 *
 * Returns: the language's name in its own words ("Español"), or @lang
 *   itself for a language the kiosk does not know the name of
 */
const char *
kiosk_i18n_get_language_name (const char *lang)
{
  g_return_val_if_fail (lang != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (language_names); i++)
    if (g_str_equal (language_names[i].code, lang))
      return language_names[i].name;
  return lang;
}
