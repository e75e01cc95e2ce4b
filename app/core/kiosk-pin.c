/* kiosk-pin.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-pin"

#include "config.h"

#include <string.h>

#include "kiosk-pin-private.h"

#define PREFIX        "sha256:"
#define PREFIX_LEN    (sizeof PREFIX - 1)
#define SALT_BYTES    16
#define SALT_HEX_LEN  (SALT_BYTES * 2)
#define HASH_HEX_LEN  64
#define STORED_LEN    (PREFIX_LEN + SALT_HEX_LEN + 1 + HASH_HEX_LEN)

/*
 * Auxiliary methods
 */

/* Lower-case hexadecimal only, so that one PIN and salt have exactly one
 * way to be written. */
static gboolean
is_lower_hex (const char *text,
              gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (text[i]) && !(text[i] >= 'a' && text[i] <= 'f'))
      return FALSE;
  return TRUE;
}

static gboolean
parse_salt (const char *salt_hex,
            guint8      salt[SALT_BYTES])
{
  if (salt_hex == NULL || strlen (salt_hex) != SALT_HEX_LEN ||
      !is_lower_hex (salt_hex, SALT_HEX_LEN))
    return FALSE;

  for (guint i = 0; i < SALT_BYTES; i++)
    salt[i] = (guint8) (g_ascii_xdigit_value (salt_hex[2 * i]) << 4 |
                        g_ascii_xdigit_value (salt_hex[2 * i + 1]));
  return TRUE;
}

/* Takes the same time whatever the first differing byte is, so that the
 * time a wrong PIN takes to be refused tells nothing about the hash. */
static gboolean
equal_in_constant_time (const char *a,
                        const char *b,
                        gsize       len)
{
  guint8 diff = 0;

  for (gsize i = 0; i < len; i++)
    diff |= (guint8) a[i] ^ (guint8) b[i];
  return diff == 0;
}

/*
 * Public API
 */

/**
 * kiosk_pin_is_valid:
 * @pin: (nullable): a PIN as typed
 *
 * Returns: %TRUE when @pin is 4 to 12 ASCII digits and nothing else
 */
gboolean
kiosk_pin_is_valid (const char *pin)
{
  gsize len;

  if (pin == NULL)
    return FALSE;

  len = strlen (pin);
  if (len < KIOSK_PIN_MIN_LENGTH || len > KIOSK_PIN_MAX_LENGTH)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (pin[i]))
      return FALSE;
  return TRUE;
}

/**
 * kiosk_pin_hash:
 * @pin: a PIN
 *
 * Hashes @pin with a new random salt, for the staff-pin setting.
 *
 * Returns: (transfer full) (nullable): "sha256:SALT:HASH", or %NULL when
 *   @pin is not a valid PIN
 */
char *
kiosk_pin_hash (const char *pin)
{
  g_autoptr(GString) salt_hex = g_string_sized_new (SALT_HEX_LEN);

  if (!kiosk_pin_is_valid (pin))
    return NULL;

  for (guint i = 0; i < SALT_BYTES / 4; i++)
    {
      guint32 r = g_random_int ();

      for (guint b = 0; b < 4; b++)
        g_string_append_printf (salt_hex, "%02x", (guint) ((r >> (8 * b)) & 0xff));
    }

  return kiosk_pin_hash_with_salt (pin, salt_hex->str);
}

/**
 * kiosk_pin_hash_with_salt:
 * @pin: a PIN
 * @salt_hex: 32 lower-case hexadecimal digits
 *
 * Returns: (transfer full) (nullable): "sha256:SALT:HASH", or %NULL when
 *   @pin is not a valid PIN or @salt_hex is not 16 bytes in lower-case
 *   hexadecimal
 */
char *
kiosk_pin_hash_with_salt (const char *pin,
                          const char *salt_hex)
{
  g_autoptr(GChecksum) checksum = NULL;
  guint8 salt[SALT_BYTES];

  if (!kiosk_pin_is_valid (pin) || !parse_salt (salt_hex, salt))
    return NULL;

  checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_checksum_update (checksum, salt, sizeof salt);
  g_checksum_update (checksum, (const guchar *) pin, strlen (pin));

  return g_strconcat (PREFIX, salt_hex, ":", g_checksum_get_string (checksum), NULL);
}

/**
 * kiosk_pin_is_hash:
 * @stored: (nullable): a staff-pin setting
 *
 * Returns: %TRUE when @stored is "sha256:" followed by 32 and then 64
 *   lower-case hexadecimal digits, separated by a colon
 */
gboolean
kiosk_pin_is_hash (const char *stored)
{
  const char *salt, *hash;

  if (stored == NULL || strlen (stored) != STORED_LEN || !g_str_has_prefix (stored, PREFIX))
    return FALSE;

  salt = stored + PREFIX_LEN;
  hash = salt + SALT_HEX_LEN + 1;
  return is_lower_hex (salt, SALT_HEX_LEN) && salt[SALT_HEX_LEN] == ':' &&
         is_lower_hex (hash, HASH_HEX_LEN);
}

/**
 * kiosk_pin_verify:
 * @pin: (nullable): a PIN as typed
 * @stored: (nullable): the staff-pin setting
 *
 * Returns: %TRUE when @pin is valid, @stored is a well-formed hash and
 *   @pin is the PIN it was made from
 */
gboolean
kiosk_pin_verify (const char *pin,
                  const char *stored)
{
  g_autofree char *salt_hex = NULL;
  g_autofree char *computed = NULL;

  if (!kiosk_pin_is_valid (pin) || !kiosk_pin_is_hash (stored))
    return FALSE;

  salt_hex = g_strndup (stored + PREFIX_LEN, SALT_HEX_LEN);
  computed = kiosk_pin_hash_with_salt (pin, salt_hex);
  if (computed == NULL)
    return FALSE;

  return equal_in_constant_time (computed + STORED_LEN - HASH_HEX_LEN,
                                 stored + STORED_LEN - HASH_HEX_LEN,
                                 HASH_HEX_LEN);
}

/**
 * kiosk_pin_delay_for_failures:
 * @failures: wrong PINs typed in a row
 *
 * Returns: the seconds to wait before the next try: none after no
 *   failure, then 1, 2, 4, 8 … doubling up to 300
 */
guint
kiosk_pin_delay_for_failures (guint failures)
{
  if (failures == 0)
    return 0;
  /* 2^9 is already past the cap; stop before the shift overflows. */
  if (failures > 9)
    return KIOSK_PIN_MAX_DELAY;
  return MIN (1u << (failures - 1), KIOSK_PIN_MAX_DELAY);
}
