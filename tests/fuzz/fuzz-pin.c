/* fuzz-pin.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fuzz-util.h"
#include "kiosk-pin-private.h"

/* The staff PIN: a typed PIN on the first line, a staff-pin setting on
 * the second. A PIN is valid exactly when it is 4 to 12 digits; a hash is
 * made only of a valid PIN and salt, and verifies that PIN and no other;
 * a setting verifies a PIN only when it is that PIN's hash. */

static gboolean
is_digits (const char *pin)
{
  gsize len = strlen (pin);

  if (len < KIOSK_PIN_MIN_LENGTH || len > KIOSK_PIN_MAX_LENGTH)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (pin[i] < '0' || pin[i] > '9')
      return FALSE;
  return TRUE;
}

static void
check_hash (const char *pin,
            const char *salt)
{
  g_autofree char *hash = kiosk_pin_hash_with_salt (pin, salt);
  g_autofree char *other = NULL;

  if (hash == NULL)
    return;
  g_assert_true (kiosk_pin_is_valid (pin));
  g_assert_true (kiosk_pin_is_hash (hash));
  g_assert_true (g_str_has_prefix (hash, "sha256:"));
  g_assert_true (strncmp (hash + 7, salt, 32) == 0);
  g_assert_true (kiosk_pin_verify (pin, hash));
  other = g_strconcat (pin, "0", NULL);
  g_assert_false (kiosk_pin_verify (other, hash));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_auto(GStrv) parts = fuzz_split (data, size, 2);
  const char *pin = parts[0], *stored = parts[1];
  gboolean verified = kiosk_pin_verify (pin, stored);

  g_assert_true (kiosk_pin_is_valid (pin) == is_digits (pin));
  check_hash (pin, stored);
  if (kiosk_pin_is_hash (stored))
    {
      g_autofree char *salt = g_strndup (stored + 7, 32);
      g_autofree char *again = kiosk_pin_hash_with_salt (pin, salt);

      g_assert_nonnull (salt);
      g_assert_true (verified == (again != NULL && strcmp (again, stored) == 0));
      check_hash (pin, salt);
    }
  else
    g_assert_false (verified);
  g_assert_cmpuint (kiosk_pin_delay_for_failures (size), <=, KIOSK_PIN_MAX_DELAY);
  g_assert_cmpuint (kiosk_pin_delay_for_failures (size > 0 ? data[0] : 0), <=,
                    KIOSK_PIN_MAX_DELAY);

  return 0;
}
