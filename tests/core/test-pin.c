/* test-pin.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kiosk-pin-private.h"

/* The staff PIN is kept only as a salted SHA-256 hash. These tests check
 * the hash against one computed independently, and that nothing but a
 * well-formed hash and the right PIN ever opens the staff screen. */

#define SALT "00112233445566778899aabbccddeeff"

/*
 * Helpers
 */

/* SHA-256 over the salt bytes followed by the PIN, computed here without
 * kiosk-pin.c. */
static char *
expected_hash (const char *salt_hex,
               const char *pin)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autofree char *digest = NULL;

  g_assert_cmpuint (strlen (salt_hex), ==, 32);
  for (guint i = 0; i < 32; i += 2)
    {
      guint8 byte = (guint8) (g_ascii_xdigit_value (salt_hex[i]) * 16 +
                              g_ascii_xdigit_value (salt_hex[i + 1]));

      g_byte_array_append (data, &byte, 1);
    }
  g_byte_array_append (data, (const guint8 *) pin, strlen (pin));

  digest = g_compute_checksum_for_data (G_CHECKSUM_SHA256, data->data, data->len);
  return g_strdup_printf ("sha256:%s:%s", salt_hex, digest);
}

static void
assert_hash_format (const char *stored)
{
  g_auto(GStrv) parts = NULL;

  g_assert_nonnull (stored);
  parts = g_strsplit (stored, ":", -1);
  g_assert_cmpuint (g_strv_length (parts), ==, 3);
  g_assert_cmpstr (parts[0], ==, "sha256");
  g_assert_cmpuint (strlen (parts[1]), ==, 32);
  g_assert_cmpuint (strlen (parts[2]), ==, 64);
  for (guint p = 1; p < 3; p++)
    for (const char *c = parts[p]; *c != '\0'; c++)
      g_assert_true (g_ascii_isdigit (*c) || (*c >= 'a' && *c <= 'f'));
  g_assert_true (kiosk_pin_is_hash (stored));
}

/*
 * Tests
 */

static void
test_valid_pins (void)
{
  const char *valid[] = { "1234", "0000", "9876543210", "123456789012" };
  const char *invalid[] = {
    "", "123", "1234567890123", "12a4", "abcd", " 1234", "1234 ", "12 34", "12-34",
    "１２３４",   /* full-width digits */
    "١٢٣٤",       /* Arabic-Indic digits */
    "1234\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_test_message ("valid “%s”", valid[i]);
      g_assert_true (kiosk_pin_is_valid (valid[i]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_test_message ("invalid “%s”", invalid[i]);
      g_assert_false (kiosk_pin_is_valid (invalid[i]));
    }
  g_assert_false (kiosk_pin_is_valid (NULL));
}

static void
test_hash_format (void)
{
  g_autofree char *stored = kiosk_pin_hash ("2468");

  assert_hash_format (stored);
  g_assert_true (kiosk_pin_verify ("2468", stored));

  /* A PIN that could never be typed is never hashed. */
  g_assert_null (kiosk_pin_hash ("123"));
  g_assert_null (kiosk_pin_hash ("abcd"));
  g_assert_null (kiosk_pin_hash (NULL));
}

static void
test_hash_salted (void)
{
  g_autofree char *first = kiosk_pin_hash ("2468");
  g_autofree char *second = kiosk_pin_hash ("2468");

  assert_hash_format (first);
  assert_hash_format (second);

  /* A new salt each time: the same PIN never gives the same line twice. */
  g_assert_cmpstr (first, !=, second);
  g_assert_cmpint (strncmp (first, second, strlen ("sha256:") + 32), !=, 0);
  g_assert_true (kiosk_pin_verify ("2468", first));
  g_assert_true (kiosk_pin_verify ("2468", second));
}

static void
test_wrong_pin (void)
{
  g_autofree char *stored = kiosk_pin_hash ("2468");
  const char *wrong[] = { "2469", "1357", "24680", "02468", "0000" };

  for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
    {
      g_test_message ("wrong “%s”", wrong[i]);
      g_assert_false (kiosk_pin_verify (wrong[i], stored));
    }

  /* Not even a prefix or the hash itself opens it. */
  g_assert_false (kiosk_pin_verify ("246", stored));
  g_assert_false (kiosk_pin_verify (stored, stored));
  g_assert_false (kiosk_pin_verify ("", stored));
  g_assert_false (kiosk_pin_verify (NULL, stored));
}

static void
test_hash_with_salt (void)
{
  const struct { const char *salt; const char *pin; } cases[] = {
    { SALT, "2468" },
    { SALT, "123456789012" },
    { "ffffffffffffffffffffffffffffffff", "0000" },
    { "00000000000000000000000000000000", "1234" },
    { "0f1e2d3c4b5a69788796a5b4c3d2e1f0", "1234" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *stored = kiosk_pin_hash_with_salt (cases[i].pin, cases[i].salt);
      g_autofree char *again = kiosk_pin_hash_with_salt (cases[i].pin, cases[i].salt);
      g_autofree char *expected = expected_hash (cases[i].salt, cases[i].pin);

      g_test_message ("salt %s, PIN %s", cases[i].salt, cases[i].pin);
      assert_hash_format (stored);
      g_assert_cmpstr (stored, ==, again);
      g_assert_cmpstr (stored, ==, expected);
      g_assert_true (kiosk_pin_verify (cases[i].pin, stored));
    }

  /* A value from outside this code: the SHA-256 of the bytes 00 11 … ff
   * followed by "2468", as any sha256sum gives it. */
  {
    g_autofree char *stored = kiosk_pin_hash_with_salt ("2468", SALT);

    g_assert_cmpstr (stored, ==,
                     "sha256:" SALT ":"
                     "4b4d55b3554565eb76bb8bdb4a4b62d06b6b4d5e25bb448e3ed3bc846f63c055");
  }

  /* The salt is the one written; the PIN makes the difference. */
  {
    g_autofree char *a = kiosk_pin_hash_with_salt ("2468", SALT);
    g_autofree char *b = kiosk_pin_hash_with_salt ("2469", SALT);

    g_assert_cmpstr (a, !=, b);
    g_assert_true (g_str_has_prefix (a, "sha256:" SALT ":"));
    g_assert_true (g_str_has_prefix (b, "sha256:" SALT ":"));
  }
}

static void
test_bad_salt (void)
{
  const char *bad[] = {
    "",
    "0011223344556677",                          /* 8 bytes */
    "00112233445566778899aabbccddeeff00",        /* 17 bytes */
    "00112233445566778899AABBCCDDEEFF",          /* upper case */
    "00112233445566778899aabbccddeefg",          /* not hex */
    "00112233445566778899aabbccddee f",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("salt “%s”", bad[i]);
      g_assert_null (kiosk_pin_hash_with_salt ("2468", bad[i]));
    }
  g_assert_null (kiosk_pin_hash_with_salt ("2468", NULL));
  g_assert_null (kiosk_pin_hash_with_salt ("24", SALT));
}

static void
test_malformed_stored (void)
{
  g_autofree char *good = kiosk_pin_hash_with_salt ("2468", SALT);
  g_autofree char *upper = g_ascii_strup (good, -1);
  g_autofree char *upper_hash = NULL;
  g_autofree char *extra = g_strconcat (good, ":00", NULL);
  g_autofree char *trailing = g_strconcat (good, "\n", NULL);
  g_autofree char *leading = g_strconcat (" ", good, NULL);
  g_autofree char *short_hash = g_strndup (good, strlen (good) - 2);
  g_autofree char *long_hash = g_strconcat (good, "00", NULL);
  g_autofree char *other_prefix = g_strconcat ("sha512", good + strlen ("sha256"), NULL);
  g_autofree char *no_prefix = g_strdup (good + strlen ("sha256:"));
  g_autofree char *not_hex = g_strdup (good);
  g_autofree char *dash = g_strdup (good);
  const char *bad[15];
  guint n = 0;

  /* Only the digest in upper case; the prefix stays right. */
  upper_hash = g_strconcat ("sha256:" SALT ":", upper + strlen ("sha256:" SALT ":"), NULL);
  not_hex[strlen (not_hex) - 1] = 'g';
  dash[strlen ("sha256:") + 32] = '-';

  bad[n++] = "";
  bad[n++] = "2468";
  bad[n++] = "sha256:";
  bad[n++] = "sha256:" SALT ":";
  bad[n++] = upper;
  bad[n++] = upper_hash;
  bad[n++] = extra;
  bad[n++] = trailing;
  bad[n++] = leading;
  bad[n++] = short_hash;
  bad[n++] = long_hash;
  bad[n++] = other_prefix;
  bad[n++] = no_prefix;
  bad[n++] = not_hex;
  bad[n++] = dash;
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (bad));

  g_assert_true (kiosk_pin_is_hash (good));
  g_assert_true (kiosk_pin_verify ("2468", good));

  for (guint i = 0; i < n; i++)
    {
      g_test_message ("stored “%s”", bad[i]);
      g_assert_false (kiosk_pin_is_hash (bad[i]));
      g_assert_false (kiosk_pin_verify ("2468", bad[i]));
    }
  g_assert_false (kiosk_pin_is_hash (NULL));
  g_assert_false (kiosk_pin_verify ("2468", NULL));
  g_assert_false (kiosk_pin_verify (NULL, NULL));
}

static void
test_delay (void)
{
  const guint expected[] = { 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300 };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_test_message ("%u failures", i);
      g_assert_cmpuint (kiosk_pin_delay_for_failures (i), ==, expected[i]);
    }

  /* However many, never more than the cap, and no overflow on the way. */
  for (guint i = 10; i < 100; i++)
    g_assert_cmpuint (kiosk_pin_delay_for_failures (i), ==, 300);
  g_assert_cmpuint (kiosk_pin_delay_for_failures (31), ==, 300);
  g_assert_cmpuint (kiosk_pin_delay_for_failures (32), ==, 300);
  g_assert_cmpuint (kiosk_pin_delay_for_failures (33), ==, 300);
  g_assert_cmpuint (kiosk_pin_delay_for_failures (G_MAXUINT), ==, 300);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kiosk/pin/valid", test_valid_pins);
  g_test_add_func ("/kiosk/pin/hash-format", test_hash_format);
  g_test_add_func ("/kiosk/pin/hash-salted", test_hash_salted);
  g_test_add_func ("/kiosk/pin/wrong-pin", test_wrong_pin);
  g_test_add_func ("/kiosk/pin/hash-with-salt", test_hash_with_salt);
  g_test_add_func ("/kiosk/pin/bad-salt", test_bad_salt);
  g_test_add_func ("/kiosk/pin/malformed-stored", test_malformed_stored);
  g_test_add_func ("/kiosk/pin/delay", test_delay);

  return g_test_run ();
}
