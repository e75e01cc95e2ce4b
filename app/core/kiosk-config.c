/* kiosk-config.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-config"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "kiosk-config-private.h"
#include "kiosk-ini-lines.h"
#include "kiosk-paths.h"
#include "kiosk-pin.h"
#include "kiosk-qr.h"
#include "kiosk-text-file.h"

#define MAX_CONFIG_SIZE (256 * 1024)

typedef struct
{
  const char *group;
  const char *key;
} KnownKey;

static const KnownKey known_keys[] = {
  { "clinic", "name" },
  { "clinic", "booking-url" },
  { "clinic", "phone" },
  { "clinic", "emergency-number" },
  { "kiosk", "languages" },
  { "kiosk", "idle-timeout" },
  { "kiosk", "idle-warning" },
  { "kiosk", "mode" },
  { "kiosk", "attract" },
  { "kiosk", "show-pointer" },
  { "kiosk", "staff-pin" },
  { "theme", "primary" },
  { "theme", "accent" },
  { "theme", "background" },
};

KioskConfig *
kiosk_config_new_default (void)
{
  KioskConfig *self = g_new0 (KioskConfig, 1);
  const char *languages[] = { "en", NULL };

  self->keyfile = g_key_file_new ();
  self->text = g_strdup ("");
  self->name = g_strdup (_("Welcome"));
  self->phone = g_strdup ("");
  self->emergency_number = g_strdup ("911");
  self->languages = g_strdupv ((char **) languages);
  self->idle_timeout = 90;
  self->idle_warning = 20;
  self->mode = KIOSK_MODE_WINDOW;
  self->primary = g_strdup ("#1F6F78");
  self->accent = g_strdup ("#B5543C");
  self->background = g_strdup ("#F4F7F6");

  return self;
}

void
kiosk_config_free (KioskConfig *self)
{
  if (self == NULL)
    return;

  g_key_file_unref (self->keyfile);
  g_free (self->text);
  g_free (self->name);
  g_free (self->booking_url);
  g_free (self->phone);
  g_free (self->emergency_number);
  g_clear_pointer (&self->booking_urls, g_hash_table_unref);
  g_strfreev (self->languages);
  g_free (self->staff_pin);
  g_free (self->primary);
  g_free (self->accent);
  g_free (self->background);
  g_free (self);
}

/**
 * kiosk_config_find_line:
 * @text: the whole settings file
 * @group: a group name, or %NULL to find the group header itself
 * @key: a key in @group, or the group to find when @group is %NULL
 *
 * GKeyFile does not keep line numbers, so they are looked up again here
 * for messages to staff.
 *
 * Returns: the 1-based line, or 1 when not found
 */
guint
kiosk_config_find_line (const char *text,
                        const char *group,
                        const char *key)
{
  g_auto(GStrv) lines = g_strsplit (g_str_has_prefix (text, "\xef\xbb\xbf") ? text + 3 : text,
                                    "\n", -1);
  g_autofree char *header = g_strdup_printf ("[%s]", group != NULL ? group : key);
  gboolean in_group = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (*line == '[')
        {
          in_group = strcmp (line, header) == 0;
          if (in_group && group == NULL)
            return i + 1;
          continue;
        }
      if (in_group && group != NULL && g_str_has_prefix (line, key))
        {
          const char *rest = line + strlen (key);

          while (*rest == ' ' || *rest == '\t')
            rest++;
          if (*rest == '=' || *rest == '[')
            return i + 1;
        }
    }

  return 1;
}

gboolean
kiosk_config_is_colour (const char *value)
{
  gsize len = value != NULL ? strlen (value) : 0;

  if (len != 7 && len != 4)
    return FALSE;
  if (value[0] != '#')
    return FALSE;
  for (gsize i = 1; i < len; i++)
    if (!g_ascii_isxdigit (value[i]))
      return FALSE;
  return TRUE;
}

/* GKeyFile stops at the first line it cannot read, so the shortest failing
 * prefix of the file ends at the broken line. */
static guint
find_syntax_error_line (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint lo = 1, hi = g_strv_length (lines);

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      g_autoptr(GKeyFile) keyfile = g_key_file_new ();
      g_autofree char *saved = lines[mid];
      g_autofree char *prefix = NULL;

      lines[mid] = NULL;
      prefix = g_strjoinv ("\n", lines);
      lines[mid] = g_steal_pointer (&saved);

      if (g_key_file_load_from_data (keyfile, prefix, -1, G_KEY_FILE_NONE, NULL))
        lo = mid + 1;
      else
        hi = mid;
    }

  return hi;
}

static void
warn_unknown_keys (GKeyFile         *keyfile,
                   const char       *text,
                   KioskDiagnostics *diagnostics)
{
  g_auto(GStrv) groups = g_key_file_get_groups (keyfile, NULL);
  g_autoptr(GHashTable) lines = kiosk_ini_index_lines (text);

  for (guint g = 0; groups[g] != NULL; g++)
    {
      g_auto(GStrv) keys = NULL;
      gboolean group_known = FALSE;

      for (guint k = 0; k < G_N_ELEMENTS (known_keys); k++)
        group_known |= strcmp (known_keys[k].group, groups[g]) == 0;

      if (!group_known)
        {
          kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_WARNING, KIOSK_CONFIG_FILE,
                                 kiosk_ini_line_of (lines, groups[g], NULL),
                                 _("unknown section [%s] is ignored"), groups[g]);
          continue;
        }

      keys = g_key_file_get_keys (keyfile, groups[g], NULL, NULL);
      for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
        {
          g_autofree char *base = g_strdup (keys[i]);
          gboolean known = FALSE;
          char *bracket = strchr (base, '[');

          if (bracket != NULL)
            *bracket = '\0';
          for (guint k = 0; k < G_N_ELEMENTS (known_keys); k++)
            known |= strcmp (known_keys[k].group, groups[g]) == 0 &&
                     strcmp (known_keys[k].key, base) == 0;
          if (!known)
            kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_WARNING, KIOSK_CONFIG_FILE,
                                   kiosk_ini_line_of (lines, groups[g], keys[i]),
                                   _("unknown setting “%s” in [%s] is ignored"),
                                   keys[i], groups[g]);
        }
    }
}

static char *
get_string (GKeyFile   *keyfile,
            const char *group,
            const char *key)
{
  char *value = g_key_file_get_string (keyfile, group, key, NULL);

  if (value != NULL)
    g_strstrip (value);
  return value;
}

static void
read_seconds (KioskConfig      *self,
              const char       *text,
              const char       *key,
              guint            *out,
              guint             min,
              guint             max,
              KioskDiagnostics *diagnostics)
{
  g_autofree char *value = get_string (self->keyfile, "kiosk", key);
  guint64 n;

  if (value == NULL)
    return;

  if (!g_ascii_string_to_unsigned (value, 10, min, max, &n, NULL))
    {
      kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_ERROR, KIOSK_CONFIG_FILE,
                             kiosk_config_find_line (text, "kiosk", key),
                             _("%s must be a number of seconds from %u to %u, not “%s”"),
                             key, min, max, value);
      return;
    }
  *out = n;
}

static void
read_boolean (KioskConfig      *self,
              const char       *text,
              const char       *key,
              gboolean         *out,
              KioskDiagnostics *diagnostics)
{
  g_autofree char *value = get_string (self->keyfile, "kiosk", key);

  if (value == NULL)
    return;
  if (g_ascii_strcasecmp (value, "true") == 0 || strcmp (value, "1") == 0 ||
      g_ascii_strcasecmp (value, "yes") == 0)
    *out = TRUE;
  else if (g_ascii_strcasecmp (value, "false") == 0 || strcmp (value, "0") == 0 ||
           g_ascii_strcasecmp (value, "no") == 0)
    *out = FALSE;
  else
    kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_ERROR, KIOSK_CONFIG_FILE,
                           kiosk_config_find_line (text, "kiosk", key),
                           _("%s must be true or false, not “%s”"), key, value);
}

static void
read_colour (KioskConfig      *self,
             const char       *text,
             const char       *key,
             char            **out,
             KioskDiagnostics *diagnostics)
{
  g_autofree char *value = get_string (self->keyfile, "theme", key);

  if (value == NULL)
    return;
  if (!kiosk_config_is_colour (value))
    {
      kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_ERROR, KIOSK_CONFIG_FILE,
                             kiosk_config_find_line (text, "theme", key),
                             _("%s must be a colour like #1F6F78, not “%s”"), key, value);
      return;
    }
  g_free (*out);
  *out = g_steal_pointer (&value);
}

static gboolean
contains (GPtrArray  *strings,
          const char *value)
{
  for (guint i = 0; i < strings->len; i++)
    if (strcmp (g_ptr_array_index (strings, i), value) == 0)
      return TRUE;
  return FALSE;
}

static void
read_languages (KioskConfig      *self,
                const char       *text,
                KioskDiagnostics *diagnostics)
{
  g_auto(GStrv) list = g_key_file_get_string_list (self->keyfile, "kiosk", "languages",
                                                   NULL, NULL);
  g_autoptr(GPtrArray) valid = g_ptr_array_new_with_free_func (g_free);
  guint line = kiosk_config_find_line (text, "kiosk", "languages");

  if (list == NULL)
    return;

  for (guint i = 0; list[i] != NULL; i++)
    {
      char *code = g_strstrip (list[i]);
      gboolean ok = *code != '\0' && strlen (code) <= 16;

      for (const char *p = code; ok && *p != '\0'; p++)
        ok = g_ascii_isalnum (*p) || *p == '_' || *p == '-';
      if (*code == '\0')
        continue;
      if (!ok)
        {
          kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_ERROR, KIOSK_CONFIG_FILE, line,
                                 _("“%s” is not a language code such as en or es"), code);
          continue;
        }
      if (!contains (valid, code))
        g_ptr_array_add (valid, g_strdup (code));
    }

  if (valid->len == 0)
    {
      kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_ERROR, KIOSK_CONFIG_FILE, line,
                             _("languages must list at least one language, such as en;es"));
      return;
    }

  g_ptr_array_add (valid, NULL);
  g_strfreev (self->languages);
  self->languages = (GStrv) g_ptr_array_free (g_steal_pointer (&valid), FALSE);
}

/**
 * kiosk_config_check_booking_url:
 * @url: (nullable): a booking-url value
 * @line: its line in kiosk.ini
 * @diagnostics: where a problem goes
 *
 * Returns: whether @url can be shown as the booking QR code
 */
gboolean
kiosk_config_check_booking_url (const char       *url,
                                guint             line,
                                KioskDiagnostics *diagnostics)
{
  g_autoptr(GError) error = NULL;

  if (url == NULL || *url == '\0')
    {
      kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_ERROR, KIOSK_CONFIG_FILE, line,
                             _("booking-url is empty: the booking screen can show only the "
                               "phone number"));
      return FALSE;
    }
  if (!kiosk_paths_is_web_address (url))
    {
      kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_ERROR, KIOSK_CONFIG_FILE, line,
                             _("booking-url must be a web address starting with https://, "
                               "not “%s”"), url);
      return FALSE;
    }
  if (!kiosk_qr_check (url, &error))
    {
      kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_ERROR, KIOSK_CONFIG_FILE, line,
                             _("booking-url cannot be shown as a QR code: %s"), error->message);
      return FALSE;
    }
  return TRUE;
}

static void
read_booking_url (KioskConfig      *self,
                  const char       *text,
                  KioskDiagnostics *diagnostics)
{
  g_autofree char *url = get_string (self->keyfile, "clinic", "booking-url");
  guint line = url == NULL ? kiosk_config_find_line (text, NULL, "clinic")
                           : kiosk_config_find_line (text, "clinic", "booking-url");

  if (kiosk_config_check_booking_url (url, line, diagnostics))
    self->booking_url = g_steal_pointer (&url);
}

static void
read_mode (KioskConfig      *self,
           const char       *text,
           KioskDiagnostics *diagnostics)
{
  g_autofree char *mode = get_string (self->keyfile, "kiosk", "mode");

  if (mode == NULL)
    return;
  if (strcmp (mode, "kiosk") == 0)
    self->mode = KIOSK_MODE_KIOSK;
  else if (strcmp (mode, "window") == 0)
    self->mode = KIOSK_MODE_WINDOW;
  else
    kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_ERROR, KIOSK_CONFIG_FILE,
                           kiosk_config_find_line (text, "kiosk", "mode"),
                           _("mode must be kiosk or window, not “%s”"), mode);
}

/* Only a salted hash is kept; anything else (a PIN written in plain text,
 * a line cut short) leaves staff access off rather than guessing. */
static void
read_staff_pin (KioskConfig      *self,
                const char       *text,
                KioskDiagnostics *diagnostics)
{
  g_autofree char *value = get_string (self->keyfile, "kiosk", "staff-pin");

  if (value == NULL || *value == '\0')
    return;
  if (!kiosk_pin_is_hash (value))
    {
      kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_ERROR, KIOSK_CONFIG_FILE,
                             kiosk_config_find_line (text, "kiosk", "staff-pin"),
                             _("staff-pin must be the line printed by clinic-kiosk --hash-pin; "
                               "staff access is off until it is fixed"));
      return;
    }
  self->staff_pin = g_steal_pointer (&value);
}

static void
read_settings (KioskConfig      *self,
               const char       *text,
               KioskDiagnostics *diagnostics)
{
  g_autofree char *name = get_string (self->keyfile, "clinic", "name");
  g_autofree char *phone = get_string (self->keyfile, "clinic", "phone");

  if (name == NULL || *name == '\0')
    kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_WARNING, KIOSK_CONFIG_FILE,
                           kiosk_config_find_line (text, NULL, "clinic"),
                           _("the clinic has no name; add name=… under [clinic]"));
  else
    {
      g_free (self->name);
      self->name = g_steal_pointer (&name);
    }

  if (phone != NULL)
    {
      g_free (self->phone);
      self->phone = g_steal_pointer (&phone);
    }

  read_booking_url (self, text, diagnostics);
  kiosk_config_read_emergency_number (self, text, diagnostics);
  read_languages (self, text, diagnostics);
  kiosk_config_read_localized (self, text, diagnostics);
  read_seconds (self, text, "idle-timeout", &self->idle_timeout, 10, 86400, diagnostics);
  read_seconds (self, text, "idle-warning", &self->idle_warning, 5, 600, diagnostics);
  read_mode (self, text, diagnostics);
  read_boolean (self, text, "attract", &self->attract, diagnostics);
  read_boolean (self, text, "show-pointer", &self->show_pointer, diagnostics);
  read_staff_pin (self, text, diagnostics);
  read_colour (self, text, "primary", &self->primary, diagnostics);
  read_colour (self, text, "accent", &self->accent, diagnostics);
  read_colour (self, text, "background", &self->background, diagnostics);
  warn_unknown_keys (self->keyfile, text, diagnostics);
}

/**
 * kiosk_config_parse:
 * @text: `kiosk.ini` as read
 * @len: its length in bytes
 * @diagnostics: where problems go
 *
 * Reads settings from text. Text that is not UTF-8 (a NUL byte included)
 * keeps every default: the file reader has already said at which line.
 *
 * Returns: (transfer full): the settings
 */
KioskConfig *
kiosk_config_parse (const char       *text,
                    gsize             len,
                    KioskDiagnostics *diagnostics)
{
  g_autoptr(KioskConfig) self = kiosk_config_new_default ();
  g_autoptr(GError) error = NULL;

  if (kiosk_text_file_find_bad_line (text, len) > 0)
    return g_steal_pointer (&self);

  /* Windows editors often start UTF-8 files with a byte-order mark. */
  if (len >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0)
    {
      text += 3;
      len -= 3;
    }

  g_free (self->text);
  self->text = g_strndup (text, len);

  if (!g_key_file_load_from_data (self->keyfile, self->text, len, G_KEY_FILE_KEEP_TRANSLATIONS,
                                  &error))
    {
      kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_ERROR, KIOSK_CONFIG_FILE,
                             find_syntax_error_line (self->text),
                             _("this line is not a [section] or a key=value setting (%s)"),
                             error->message);
      g_key_file_unref (self->keyfile);
      self->keyfile = g_key_file_new ();
      return g_steal_pointer (&self);
    }

  read_settings (self, self->text, diagnostics);

  return g_steal_pointer (&self);
}

/**
 * kiosk_config_load:
 * @content_dir: the content folder
 * @diagnostics: where problems go
 *
 * Reads `kiosk.ini`. Whatever cannot be read keeps its default, so the
 * kiosk always has settings to run with.
 *
 * Returns: (transfer full): the settings
 */
KioskConfig *
kiosk_config_load (const char       *content_dir,
                   KioskDiagnostics *diagnostics)
{
  g_autofree char *path = g_build_filename (content_dir, KIOSK_CONFIG_FILE, NULL);
  g_autofree char *text = NULL;
  gsize len = 0;
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    {
      kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_ERROR, KIOSK_CONFIG_FILE, 1,
                             _("there is no settings file; the kiosk uses its defaults"));
      return kiosk_config_new_default ();
    }
  /* The same checks as for pages: inside the folder, a regular file, its
   * size before it is read, UTF-8. */
  text = kiosk_text_file_read (content_dir, KIOSK_CONFIG_FILE, MAX_CONFIG_SIZE, diagnostics,
                               &len);
  if (text == NULL)
    return kiosk_config_new_default ();

  return kiosk_config_parse (text, len, diagnostics);
}
