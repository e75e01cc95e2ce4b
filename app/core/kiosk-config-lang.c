/* kiosk-config-lang.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-config"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kiosk-config-private.h"

/* How patients reach the clinic, and help. The settings that may differ
 * by language are written with GKeyFile's own localized keys: name[fr]=,
 * booking-url[fr]=, phone[fr]=. A value for a language falls back to the
 * plain key when it is missing or empty. */

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

/* What a phone's keypad can dial: digits, with spaces, dashes or a
 * leading + between them, and at least one digit. */
static gboolean
is_dialable (const char *number)
{
  gboolean digit = FALSE;

  if (strlen (number) > 20)
    return FALSE;
  for (const char *p = number; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digit = TRUE;
      else if (*p != ' ' && *p != '-' && !(*p == '+' && p == number))
        return FALSE;
    }
  return digit;
}

/**
 * kiosk_config_read_emergency_number:
 * @self: the settings being read
 * @text: kiosk.ini as read, for line numbers
 * @diagnostics: where problems go
 *
 * Reads emergency-number, the number patients dial in an emergency where
 * the kiosk stands. It is 911 unless the setting says otherwise; empty
 * means the kiosk names no number. A value no phone can dial is an error,
 * and then no number is shown rather than a wrong one.
 */
void
kiosk_config_read_emergency_number (KioskConfig      *self,
                                    const char       *text,
                                    KioskDiagnostics *diagnostics)
{
  g_autofree char *value = g_key_file_get_string (self->keyfile, "clinic", "emergency-number",
                                                  NULL);

  if (value == NULL)
    return;
  g_strstrip (value);
  g_clear_pointer (&self->emergency_number, g_free);
  if (*value == '\0')
    return;
  if (!is_dialable (value))
    {
      kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_ERROR, KIOSK_CONFIG_FILE,
                             kiosk_config_find_line (text, "clinic", "emergency-number"),
                             _("emergency-number must be the number patients dial in an "
                               "emergency here, such as 911, 112 or 999, not “%s”; until it "
                               "is fixed the kiosk names no number"), value);
      return;
    }
  self->emergency_number = g_steal_pointer (&value);
}
