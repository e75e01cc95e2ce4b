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
#include <string.h>

#include "kiosk-i18n-private.h"

#include <unicode/udat.h>
#include <unicode/udatpg.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>
#include "kiosk-endonyms.h"

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

/* The Debian list of the locales glibc can make (from the locales package). */
#define SUPPORTED_LOCALES "/usr/share/i18n/SUPPORTED"

/* language code → locale_t whose LC_MESSAGES is that language, made once */
static GHashTable *message_locales;

/**
 * kiosk_i18n_init:
 *
 * Sets up the locale and the kiosk's message catalogue. A kiosk started
 * with no locale at all (plain "C", as under some service managers) gets
 * C.UTF-8. Called once from main(), before any thread exists: a LANGUAGE
 * variable inherited from a desktop session would otherwise override the
 * language a patient picks, so it is dropped here, the one moment when
 * changing the environment is safe.
 */
void
kiosk_i18n_init (void)
{
  const char *locale = setlocale (LC_ALL, "");

  if (locale == NULL || g_str_equal (locale, "C") || g_str_equal (locale, "POSIX"))
    setlocale (LC_ALL, "C.UTF-8");
  if (g_getenv ("LANGUAGE") != NULL)
    g_unsetenv ("LANGUAGE");

  bindtextdomain (GETTEXT_PACKAGE, pick_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/* "ll_CC.UTF-8", keeping a modifier such as "@latin" at the end. */
static char *
utf8_locale_name (const char *lang)
{
  const char *at = strchr (lang, '@');

  if (at == NULL)
    return g_strconcat (lang, ".UTF-8", NULL);
  return g_strdup_printf ("%.*s.UTF-8%s", (int) (at - lang), lang, at);
}

static locale_t
try_locale (const char *name)
{
  locale_t base = duplocale (LC_GLOBAL_LOCALE);
  locale_t made;

  if (base == (locale_t) 0)
    return (locale_t) 0;
  made = newlocale (LC_MESSAGES_MASK, name, base);
  if (made == (locale_t) 0)
    freelocale (base);
  return made;
}

/* For a code without a country ("fr"), the first UTF-8 locale of that
 * language that Debian lists ("fr_BE.UTF-8"), after "fr_FR.UTF-8". */
static locale_t
find_listed_locale (const char *lang)
{
  g_autofree char *text = NULL;
  g_autofree char *prefix = g_strconcat (lang, "_", NULL);
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (SUPPORTED_LOCALES, &text, NULL, NULL))
    return (locale_t) 0;
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], " ", 2);
      locale_t made;

      if (fields[0] == NULL || fields[1] == NULL || !g_str_has_prefix (fields[0], prefix) ||
          !g_str_equal (g_strstrip (fields[1]), "UTF-8"))
        continue;
      made = try_locale (fields[0]);
      if (made != (locale_t) 0)
        return made;
    }
  return (locale_t) 0;
}

/**
 * kiosk_i18n_get_locale_name:
 * @lang: a language folder's name: a BCP 47 tag ("fr", "pt-BR", "zh-Hans")
 *   or a POSIX one ("pt_BR", "sr@latin")
 *
 * The POSIX locale whose messages a reader of @lang expects, with ICU's
 * likely subtags for what the tag leaves out: "fr" → "fr_FR", "pt" →
 * "pt_BR", "zh-Hans" → "zh_CN", "zh-Hant" → "zh_TW", "ar" → "ar_EG".
 *
 * Returns: (transfer full): the locale name, without its encoding
 */
char *
kiosk_i18n_get_locale_name (const char *lang)
{
  g_autofree char *tag = NULL;
  char locale[ULOC_FULLNAME_CAPACITY] = "";
  char full[ULOC_FULLNAME_CAPACITY] = "";
  char language[ULOC_LANG_CAPACITY] = "";
  char country[ULOC_COUNTRY_CAPACITY] = "";
  UErrorCode status = U_ZERO_ERROR;

  g_return_val_if_fail (lang != NULL, NULL);

  if (strchr (lang, '@') != NULL || strchr (lang, '.') != NULL)
    return g_strdup (lang);
  tag = g_strdelimit (g_strdup (lang), "_", '-');
  uloc_forLanguageTag (tag, locale, sizeof locale, NULL, &status);
  uloc_addLikelySubtags (locale, full, sizeof full, &status);
  uloc_getLanguage (full, language, sizeof language, &status);
  uloc_getCountry (full, country, sizeof country, &status);
  if (U_FAILURE (status) || *language == '\0')
    return g_strdup (lang);
  if (*country == '\0')
    return g_strdup (language);
  return g_strdup_printf ("%s_%s", language, country);
}

static locale_t
make_message_locale (const char *lang)
{
  g_autofree char *posix = kiosk_i18n_get_locale_name (lang);
  g_autofree char *name = utf8_locale_name (posix);
  locale_t made;

  made = try_locale (name);
  if (made == (locale_t) 0 && strchr (lang, '_') == NULL && strchr (lang, '-') == NULL)
    made = find_listed_locale (lang);
  if (made == (locale_t) 0)
    {
      g_message ("No locale for the language “%s” on this computer, so the kiosk’s own "
                 "words stay in English; install Debian’s locales-all package", lang);
      made = try_locale ("C.UTF-8");
    }
  return made;
}

/**
 * kiosk_i18n_is_right_to_left:
 * @lang: a language folder's name
 *
 * Returns: whether @lang is written right to left (Arabic, Hebrew, Persian,
 *   Urdu…), as ICU's data says for its usual script
 */
gboolean
kiosk_i18n_is_right_to_left (const char *lang)
{
  g_autofree char *tag = NULL;
  char locale[ULOC_FULLNAME_CAPACITY] = "";
  char full[ULOC_FULLNAME_CAPACITY] = "";
  UErrorCode status = U_ZERO_ERROR;

  g_return_val_if_fail (lang != NULL, FALSE);

  tag = g_strdelimit (g_strndup (lang, strcspn (lang, "@.")), "_", '-');
  uloc_forLanguageTag (tag, locale, sizeof locale, NULL, &status);
  uloc_addLikelySubtags (locale, full, sizeof full, &status);
  return U_SUCCESS (status) && uloc_isRightToLeft (full);
}

/**
 * kiosk_i18n_has_catalogue:
 * @lang: a language folder's name
 *
 * Returns: whether the kiosk's own words are translated into @lang (for
 *   English, the words as written, always)
 */
gboolean
kiosk_i18n_has_catalogue (const char *lang)
{
  g_autofree char *posix = kiosk_i18n_get_locale_name (lang);
  g_autofree char *language = g_strndup (posix, strcspn (posix, "_@"));
  const char *names[] = { posix, language };

  if (g_str_equal (language, "en"))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *mo = g_build_filename (pick_localedir (), names[i], "LC_MESSAGES",
                                              GETTEXT_PACKAGE ".mo", NULL);

      if (g_file_test (mo, G_FILE_TEST_IS_REGULAR))
        return TRUE;
    }
  return FALSE;
}

/**
 * kiosk_i18n_set_language:
 * @lang: a language code such as "en", "es" or "pt_BR"
 *
 * Makes every later translation lookup on the calling thread use @lang
 * (the kiosk calls it on the main thread only). Nothing process-wide
 * changes: the thread's own message locale is switched, which gettext
 * follows. Widgets made before the call keep their text; the window
 * rebuilds what it shows.
 */
void
kiosk_i18n_set_language (const char *lang)
{
  locale_t locale;

  g_return_if_fail (lang != NULL);

  if (message_locales == NULL)
    message_locales = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (!g_hash_table_lookup_extended (message_locales, lang, NULL, (gpointer *) &locale))
    {
      locale = make_message_locale (lang);
      g_hash_table_insert (message_locales, g_strdup (lang), locale);
    }
  if (locale != (locale_t) 0)
    uselocale (locale);
}

/**
 * kiosk_i18n_set_words_language:
 * @lang: (nullable): the language a patient reads
 * @fallback: (nullable): the clinic's first language
 *
 * As kiosk_i18n_set_language() for the kiosk's own words: in @lang when
 * they are translated into it, else in @fallback (the clinic chose it
 * first), else in English.
 */
void
kiosk_i18n_set_words_language (const char *lang,
                               const char *fallback)
{
  if (lang != NULL && kiosk_i18n_has_catalogue (lang))
    kiosk_i18n_set_language (lang);
  else if (fallback != NULL)
    kiosk_i18n_set_language (fallback);
  else
    kiosk_i18n_set_language (lang != NULL ? lang : "en");
}

/* Names that iso-codes has no translation for in the language itself. */
static const struct
{
  const char *code;
  const char *name;
} missing_names[] = {
  { "ht", "Kreyòl ayisyen" },
  { "so", "Soomaali" },
};

/**
 * kiosk_i18n_get_language_name:
 * @lang: a language code such as "es" or "pt_BR"
 *
 * Returns: the language's name in its own words ("Español"), from
 *   iso-codes, or @lang itself for a code it does not know
 */
/* ICU's name of a language with its script, in that language, kept for
 * the life of the process; NULL when @lang names no script. */
static const char *
name_with_script (const char *lang)
{
  static GHashTable *names;
  g_autofree char *tag = g_strdelimit (g_strdup (lang), "_", '-');
  char locale[ULOC_FULLNAME_CAPACITY] = "";
  char script[ULOC_SCRIPT_CAPACITY] = "";
  UChar name[128];
  UErrorCode status = U_ZERO_ERROR;
  char *utf8;
  int32_t len;

  if (strchr (lang, '@') != NULL)
    return NULL;
  uloc_forLanguageTag (tag, locale, sizeof locale, NULL, &status);
  uloc_getScript (locale, script, sizeof script, &status);
  if (U_FAILURE (status) || *script == '\0')
    return NULL;
  if (names == NULL)
    names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if ((utf8 = g_hash_table_lookup (names, lang)) != NULL)
    return utf8;

  len = uloc_getDisplayName (locale, locale, name, G_N_ELEMENTS (name), &status);
  if (U_FAILURE (status) || len <= 0)
    return NULL;
  utf8 = g_utf16_to_utf8 (name, len, NULL, NULL, NULL);
  if (utf8 == NULL)
    return NULL;
  g_hash_table_insert (names, g_strdup (lang), utf8);
  return utf8;
}

const char *
kiosk_i18n_get_language_name (const char *lang)
{
  g_autofree char *base = NULL;
  const char *with_script;

  g_return_val_if_fail (lang != NULL, NULL);

  /* Written in a script of its own ("zh-Hans", "zh-Hant", "sr-Latn"):
   * "中文（简体）", not only "中文". */
  if ((with_script = name_with_script (lang)) != NULL)
    return with_script;

  base = g_strndup (lang, strcspn (lang, "_@-"));
  for (guint i = 0; i < G_N_ELEMENTS (missing_names); i++)
    if (g_str_equal (missing_names[i].code, base))
      return missing_names[i].name;
  for (guint i = 0; i < G_N_ELEMENTS (kiosk_endonyms); i++)
    if (g_str_equal (kiosk_endonyms[i].code, base))
      return kiosk_endonyms[i].name;
  return lang;
}

/**
 * kiosk_i18n_format_month:
 * @lang: a language code
 * @year: a year
 * @month: a month, 1 to 12
 *
 * A month as the language writes it: "December 2026", "diciembre de
 * 2026", "2026年12月", from ICU's data for that language.
 *
 * Returns: (transfer full) (nullable): the month, or %NULL if ICU cannot
 *   write it
 */
char *
kiosk_i18n_format_month (const char *lang,
                         guint       year,
                         guint       month)
{
  static const UChar skeleton[] = { 'y', 'M', 'M', 'M', 'M', 0 };
  static const UChar utc[] = { 'U', 'T', 'C', 0 };
  g_autoptr(GDateTime) middle = g_date_time_new_utc (year, month, 15, 12, 0, 0);
  char locale[ULOC_FULLNAME_CAPACITY] = "";
  UChar pattern[64], text[128];
  char out[256];
  UErrorCode status = U_ZERO_ERROR;
  UDateTimePatternGenerator *generator;
  UDateFormat *format;
  int32_t length = 0;

  if (middle == NULL || lang == NULL)
    return NULL;
  uloc_forLanguageTag (lang, locale, sizeof locale, NULL, &status);
  generator = udatpg_open (locale, &status);
  udatpg_getBestPattern (generator, skeleton, -1, pattern, G_N_ELEMENTS (pattern), &status);
  udatpg_close (generator);
  format = udat_open (UDAT_PATTERN, UDAT_PATTERN, locale, utc, -1, pattern, -1, &status);
  udat_format (format, (UDate) g_date_time_to_unix (middle) * 1000.0, text, G_N_ELEMENTS (text),
               NULL, &status);
  udat_close (format);
  u_strToUTF8 (out, sizeof out, &length, text, -1, &status);
  if (U_FAILURE (status))
    return NULL;
  return g_strndup (out, length);
}
