/* test-i18n.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The kiosk's own words follow the language a patient picks, without
 * touching the process environment, and every language has a button
 * named in its own words. */

#include "config.h"

#include <glib/gi18n.h>

#include "kiosk-content.h"
#include "kiosk-i18n-private.h"

/* Every language the bundled content offers has a real name. */
static void
test_bundled_languages_named (void)
{
  g_autoptr(KioskContent) content = kiosk_content_load (CONTENT_DIR);
  const KioskConfig *config = kiosk_content_get_config (content);

  g_assert_nonnull (config->languages[0]);
  for (guint i = 0; config->languages[i] != NULL; i++)
    {
      const char *name = kiosk_i18n_get_language_name (config->languages[i]);

      g_test_message ("%s: %s", config->languages[i], name);
      g_assert_cmpstr (name, !=, config->languages[i]);
    }
}

/* The names the kiosk has always shown, now read from iso-codes. */
static void
test_known_names (void)
{
  const struct { const char *code, *name; } known[] = {
    { "ar", "العربية" }, { "de", "Deutsch" }, { "en", "English" },
    { "es", "Español" }, { "fa", "فارسی" }, { "fr", "Français" },
    /* iso-codes writes Hindi with the anusvara (हिंदी), a spelling as
     * common as हिन्दी. */
    { "hi", "हिंदी" }, { "ht", "Kreyòl ayisyen" }, { "it", "Italiano" },
    { "ja", "日本語" }, { "ko", "한국어" }, { "pl", "Polski" },
    { "pt", "Português" }, { "ru", "Русский" }, { "so", "Soomaali" },
    { "tl", "Tagalog" }, { "uk", "Українська" }, { "vi", "Tiếng Việt" },
    { "zh", "中文" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    {
      g_autofree char *want = g_utf8_casefold (known[i].name, -1);
      g_autofree char *got = g_utf8_casefold (kiosk_i18n_get_language_name (known[i].code), -1);

      g_assert_cmpstr (got, ==, want);
    }
  /* A script is named with the language, in its own words. */
  g_assert_cmpstr (kiosk_i18n_get_language_name ("zh-Hans"), ==, "中文（简体）");
  g_assert_cmpstr (kiosk_i18n_get_language_name ("zh-Hant"), ==, "中文（繁體）");
  g_assert_cmpstr (kiosk_i18n_get_language_name ("pt-BR"), ==, "Português");
  /* A country or a script does not hide the language's name. */
  g_assert_cmpstr (kiosk_i18n_get_language_name ("pt_BR"), ==, "Português");
  g_assert_cmpstr (kiosk_i18n_get_language_name ("sr@latin"), !=, "sr@latin");
  /* An unknown code stays as it is: staff see what they typed. */
  g_assert_cmpstr (kiosk_i18n_get_language_name ("qq"), ==, "qq");
}

static gpointer
translate_back (gpointer data)
{
  return g_strdup (_("Back"));
}

/* Switching changes what the calling thread reads, and nothing else: not
 * the environment, not another thread. */
static void
test_switch_is_per_thread (void)
{
  GThread *thread;
  g_autofree char *other = NULL;

  kiosk_i18n_set_language ("en");
  g_assert_cmpstr (_("Back"), ==, "Back");

  kiosk_i18n_set_language ("es");
  g_assert_cmpstr (_("Back"), ==, "Atrás");
  g_assert_cmpstr (_("Glossary"), ==, "Glosario");
  g_assert_null (g_getenv ("LANGUAGE"));

  thread = g_thread_new ("other", translate_back, NULL);
  other = g_thread_join (thread);
  g_assert_cmpstr (other, ==, "Back");

  kiosk_i18n_set_language ("en");
  g_assert_cmpstr (_("Back"), ==, "Back");
  kiosk_i18n_set_language ("es_MX");
  g_assert_cmpstr (_("Back"), ==, "Atrás");
  g_assert_null (g_getenv ("LANGUAGE"));
}

/* Language tags with a script or region find their catalogue and locale:
 * the likely country when none is given, the script's usual one. */
static void
test_tags (void)
{
  const struct { const char *lang, *locale; } tags[] = {
    { "fr", "fr_FR" }, { "pt", "pt_BR" }, { "pt-BR", "pt_BR" }, { "pt_PT", "pt_PT" },
    { "zh-Hans", "zh_CN" }, { "zh-Hant", "zh_TW" }, { "ar", "ar_EG" }, { "sr@latin", "sr@latin" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (tags); i++)
    {
      g_autofree char *locale = kiosk_i18n_get_locale_name (tags[i].lang);

      g_assert_cmpstr (locale, ==, tags[i].locale);
    }
  g_assert_true (kiosk_i18n_has_catalogue ("zh-Hans"));
  g_assert_true (kiosk_i18n_has_catalogue ("pt"));
  g_assert_true (kiosk_i18n_has_catalogue ("en"));
  g_assert_false (kiosk_i18n_has_catalogue ("de"));
  g_assert_true (kiosk_i18n_is_right_to_left ("ar"));
  g_assert_true (kiosk_i18n_is_right_to_left ("he"));
  g_assert_true (kiosk_i18n_is_right_to_left ("fa"));
  g_assert_true (kiosk_i18n_is_right_to_left ("ur"));
  g_assert_false (kiosk_i18n_is_right_to_left ("fr"));
  g_assert_false (kiosk_i18n_is_right_to_left ("zh-Hans"));
  g_assert_false (kiosk_i18n_is_right_to_left ("uz@cyrillic"));

  kiosk_i18n_set_language ("zh-Hant");
  g_assert_cmpstr (_("Glossary"), !=, "Glossary");
  kiosk_i18n_set_language ("fr");
  g_assert_cmpstr (_("Back"), ==, "Retour");
  /* No German words: the clinic's first language instead. */
  kiosk_i18n_set_words_language ("de", "es");
  g_assert_cmpstr (_("Back"), ==, "Atrás");
  kiosk_i18n_set_language ("en");
}

/* A language with no catalogue or no locale shows the English words. */
static void
test_untranslated_language (void)
{
  if (g_test_subprocess ())
    {
      kiosk_i18n_set_language ("de");
      g_assert_cmpstr (_("Back"), ==, "Back");
      kiosk_i18n_set_language ("qq");
      g_assert_cmpstr (_("Back"), ==, "Back");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*No locale for the language “qq”*");
}

/* A page's "Checked:" month in the words of the page's language. */
static void
test_format_month (void)
{
  g_autofree char *en = kiosk_i18n_format_month ("en", 2026, 12);
  g_autofree char *es = kiosk_i18n_format_month ("es", 2026, 12);
  g_autofree char *fr = kiosk_i18n_format_month ("fr", 2026, 1);
  g_autofree char *zh = kiosk_i18n_format_month ("zh-Hans", 2026, 12);
  g_autofree char *ar = kiosk_i18n_format_month ("ar", 2026, 12);

  g_assert_cmpstr (en, ==, "December 2026");
  g_assert_cmpstr (es, ==, "diciembre de 2026");
  g_assert_cmpstr (fr, ==, "janvier 2026");
  g_assert_cmpstr (zh, ==, "2026年12月");
  g_assert_nonnull (ar);
  g_assert_nonnull (strstr (ar, "ديسمبر"));
}

int
main (int argc, char *argv[])
{
  g_setenv ("LANGUAGE", "es", TRUE);
  kiosk_i18n_init ();
  g_assert_null (g_getenv ("LANGUAGE"));
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/i18n/bundled-languages-named", test_bundled_languages_named);
  g_test_add_func ("/i18n/known-names", test_known_names);
  g_test_add_func ("/i18n/switch-is-per-thread", test_switch_is_per_thread);
  g_test_add_func ("/i18n/tags", test_tags);
  g_test_add_func ("/i18n/untranslated-language", test_untranslated_language);

  g_test_add_func ("/i18n/format-month", test_format_month);

  return g_test_run ();
}
