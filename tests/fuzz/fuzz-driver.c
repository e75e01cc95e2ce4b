/* fuzz-driver.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <stdint.h>
#include <string.h>

/* Replays files through LLVMFuzzerTestOneInput when the fuzz target is
 * built without libFuzzer. Arguments are files or folders of files; a
 * CommonMark spec file is split into its examples, and every input is
 * also replayed cut at a few points and with its bytes flipped, so that
 * broken half-files get tested too. */

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static guint runs;

static void
run_one (const char *data,
         gsize       len)
{
  g_autofree char *copy = g_memdup2 (data, len);
  GRand *rand = g_rand_new_with_seed (len);

  LLVMFuzzerTestOneInput ((const uint8_t *) data, len);
  LLVMFuzzerTestOneInput ((const uint8_t *) data, len / 2);
  LLVMFuzzerTestOneInput ((const uint8_t *) data, len / 3);
  for (gsize i = 0; i < len; i += 1 + g_rand_int_range (rand, 0, 8))
    copy[i] ^= (char) g_rand_int_range (rand, 1, 256);
  LLVMFuzzerTestOneInput ((const uint8_t *) copy, len);
  g_rand_free (rand);
  runs += 5;
}

static void
run_file (const char *path)
{
  g_autofree char *data = NULL;
  gsize len;

  if (!g_file_get_contents (path, &data, &len, NULL))
    return;

  if (g_str_has_suffix (path, "spec.txt"))
    {
      g_auto(GStrv) parts = g_strsplit (data, "```````````````````````````````` example\n", -1);

      for (guint i = 1; parts[i] != NULL; i++)
        {
          char *end = strstr (parts[i], "\n.\n");

          run_one (parts[i], end != NULL ? (gsize) (end - parts[i] + 1) : strlen (parts[i]));
        }
    }
  run_one (data, len);
}

int
main (int   argc,
      char *argv[])
{
  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GDir) dir = g_dir_open (argv[i], 0, NULL);
      const char *name;

      if (dir == NULL)
        {
          run_file (argv[i]);
          continue;
        }
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (argv[i], name, NULL);
          run_file (path);
        }
    }

  g_print ("%u inputs replayed without a crash\n", runs);
  return runs > 0 ? 0 : 1;
}
