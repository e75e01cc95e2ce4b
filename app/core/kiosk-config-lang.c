/* kiosk-config-lang.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-config"

#include "config.h"

#include "kiosk-config-private.h"

/* The settings that may differ by language, written with GKeyFile's own
 * localized keys: name[fr]=, booking-url[fr]=, phone[fr]=. A value for a
 * language falls back to the plain key when it is missing or empty. */

/* The value written for exactly @lang (not a fallback), or NULL. */
static char *
get_exact (const KioskConfig *self,
           const char        *key,
           const char        *lang)
{
  g_autofree char *name = g_strdup_printf ("%s[%s]", key, lang);
  char *value;

  if (!g_key_file_has_key (self->keyfile, "clinic", name, NULL))
    return NULL;
  /* As a string, so that GKeyFile's escapes (\s, \n) apply as elsewhere. */
  value = g_key_file_get_locale_string (self->keyfile, "clinic", key, lang, NULL);
  return value != NULL ? g_strstrip (value) : NULL;
}

/**
 * kiosk_config_read_localized:
 * @self: the settings being read
 * @text: kiosk.ini as read, for line numbers
 * @diagnostics: where problems go
 *
 * Checks booking-url[LANG] for each language offered, as the plain
 * booking-url is checked, and keeps those that can be shown.
 */
void
kiosk_config_read_localized (KioskConfig      *self,
                             const char       *text,
                             KioskDiagnostics *diagnostics)
{
  for (guint i = 0; self->languages != NULL && self->languages[i] != NULL; i++)
    {
      const char *lang = self->languages[i];
      g_autofree char *url = get_exact (self, "booking-url", lang);
      g_autofree char *key = g_strdup_printf ("booking-url[%s]", lang);

      if (url == NULL || *url == '\0')
        continue;
      if (!kiosk_config_check_booking_url (url, kiosk_config_find_line (text, "clinic", key),
                                           diagnostics))
        continue;
      if (self->booking_urls == NULL)
        self->booking_urls = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_hash_table_replace (self->booking_urls, g_strdup (lang), g_steal_pointer (&url));
    }
}

/**
 * kiosk_config_get_name:
 * @self: the settings
 * @lang: (nullable): a language code
 *
 * Returns: (transfer full): the clinic's name in @lang, from name[@lang] when given
 */
char *
kiosk_config_get_name (const KioskConfig *self,
                       const char        *lang)
{
  char *name = lang != NULL ? get_exact (self, "name", lang) : NULL;

  if (name == NULL || *name == '\0')
    {
      g_free (name);
      name = g_strdup (self->name);
    }
  return name;
}

/**
 * kiosk_config_get_booking_url:
 * @self: the settings
 * @lang: (nullable): a language code
 *
 * Returns: (nullable): the booking address for patients reading @lang,
 *   from booking-url[@lang] when it is given and usable
 */
const char *
kiosk_config_get_booking_url (const KioskConfig *self,
                              const char        *lang)
{
  const char *url = NULL;

  if (lang != NULL && self->booking_urls != NULL)
    url = g_hash_table_lookup (self->booking_urls, lang);
  return url != NULL ? url : self->booking_url;
}

/**
 * kiosk_config_get_phone:
 * @self: the settings
 * @lang: (nullable): a language code
 *
 * Returns: (transfer full): the phone number for patients reading @lang,
 *   from phone[@lang] when it is given
 */
char *
kiosk_config_get_phone (const KioskConfig *self,
                        const char        *lang)
{
  char *phone = lang != NULL ? get_exact (self, "phone", lang) : NULL;

  if (phone == NULL || *phone == '\0')
    {
      g_free (phone);
      phone = g_strdup (self->phone != NULL ? self->phone : "");
    }
  return phone;
}
