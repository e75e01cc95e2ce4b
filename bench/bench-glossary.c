/* bench-glossary.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "kiosk-glossary-private.h"

/* How fast the glossary matcher is with far more terms than a clinic will
 * ever write: 5,000 made-up terms and 1 MB of text. Only prints timings;
 * nothing here can fail. The same seed gives the same terms and text on
 * every run. */

#define N_TERMS     5000
#define TEXT_BYTES  1048576
#define NAIVE_BYTES 102400
#define RUNS        5
#define SEED        20260401

static const char *syllables[] = {
  "ka", "lo", "mi", "ne", "ra", "tu", "sa", "pe", "do", "fi", "gu", "be",
  "ta", "vo", "zi", "ri", "co", "la", "mu", "no", "chu", "bra", "tre", "plas",
  "sé", "pí", "ño", "cá", "tó", "ún", "clá", "ción", "gí", "lú",
};

static const char *separators[] = { " ", " ", " ", " ", ", ", ". ", "; ", "\n", " (", ") " };

/*
 * Helpers
 */

static void
append_word (GString *str,
             GRand   *rand,
             guint    min_syllables,
             guint    max_syllables)
{
  guint n = g_rand_int_range (rand, min_syllables, max_syllables + 1);

  for (guint i = 0; i < n; i++)
    g_string_append (str, syllables[g_rand_int_range (rand, 0, G_N_ELEMENTS (syllables))]);
}

/* Each term has one to three words, joined by spaces or a hyphen; some
 * also get a plural form. */
static GPtrArray *
make_forms (GRand *rand,
            GArray *terms)
{
  GPtrArray *forms = g_ptr_array_new_with_free_func (g_free);

  for (guint t = 0; t < N_TERMS; t++)
    {
      GString *form = g_string_new (NULL);
      guint parts = g_rand_int_range (rand, 1, 4);

      for (guint p = 0; p < parts; p++)
        {
          if (p > 0)
            g_string_append_c (form, g_rand_int_range (rand, 0, 4) == 0 ? '-' : ' ');
          append_word (form, rand, 2, 4);
        }

      if (g_rand_int_range (rand, 0, 5) < 2)
        {
          g_ptr_array_add (forms, g_strconcat (form->str, "s", NULL));
          g_array_append_val (terms, t);
        }
      g_ptr_array_add (forms, g_string_free (form, FALSE));
      g_array_append_val (terms, t);
    }

  return forms;
}

/* Words and separators up to exactly TEXT_BYTES; about one piece in six
 * is a glossary form, sometimes in capitals. */
static GString *
make_text (GRand     *rand,
           GPtrArray *forms)
{
  GString *text = g_string_sized_new (TEXT_BYTES + 1);
  g_autoptr(GString) piece = g_string_new (NULL);

  for (;;)
    {
      g_string_truncate (piece, 0);
      if (g_rand_int_range (rand, 0, 6) == 0)
        {
          const char *form = g_ptr_array_index (forms, g_rand_int_range (rand, 0, forms->len));

          if (g_rand_int_range (rand, 0, 4) == 0)
            {
              g_autofree char *upper = g_utf8_strup (form, -1);

              g_string_append (piece, upper);
            }
          else
            g_string_append (piece, form);
        }
      else
        append_word (piece, rand, 1, 4);
      g_string_append (piece, separators[g_rand_int_range (rand, 0, G_N_ELEMENTS (separators))]);

      if (text->len + piece->len > TEXT_BYTES)
        break;
      g_string_append_len (text, piece->str, piece->len);
    }

  while (text->len < TEXT_BYTES)
    g_string_append_c (text, ' ');

  return text;
}

static KioskGlossary *
build (GPtrArray *forms,
       GArray    *terms)
{
  KioskGlossary *glossary = kiosk_glossary_new ();

  for (guint i = 0; i < forms->len; i++)
    kiosk_glossary_add (glossary, g_ptr_array_index (forms, i), g_array_index (terms, guint, i));

  return glossary;
}

static double
ms (gint64 usec)
{
  return usec / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autoptr(GArray) terms = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) forms = make_forms (rand, terms);
  g_autoptr(GString) text = make_text (rand, forms);
  g_autoptr(KioskGlossary) glossary = NULL;
  gint64 best_build = G_MAXINT64, best_match = G_MAXINT64, start, naive;
  guint n_matches = 0;
  gsize naive_hits = 0;

  for (guint run = 0; run < RUNS; run++)
    {
      g_clear_pointer (&glossary, kiosk_glossary_free);
      start = g_get_monotonic_time ();
      glossary = build (forms, terms);
      best_build = MIN (best_build, g_get_monotonic_time () - start);
    }

  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr(GArray) matches = NULL;

      start = g_get_monotonic_time ();
      matches = kiosk_glossary_find (glossary, text->str, text->len);
      best_match = MIN (best_match, g_get_monotonic_time () - start);
      n_matches = matches->len;
    }

  /* The obvious way, for scale: every form searched for in turn, on a
   * tenth of the text (case-sensitive and not whole words). */
  start = g_get_monotonic_time ();
  for (guint i = 0; i < forms->len; i++)
    {
      const char *form = g_ptr_array_index (forms, i);
      const char *p = text->str, *end = text->str + NAIVE_BYTES, *hit;

      while (p < end && (hit = g_strstr_len (p, end - p, form)) != NULL)
        {
          naive_hits++;
          p = hit + 1;
        }
    }
  naive = g_get_monotonic_time () - start;

  /* printf, not g_print: the output stays UTF-8 whatever the locale. */
  printf ("terms: %u (forms: %u)\n", N_TERMS, kiosk_glossary_get_size (glossary));
  printf ("text: %" G_GSIZE_FORMAT " bytes\n", text->len);
  printf ("build: %.1f ms (best of %d)\n", ms (best_build), RUNS);
  printf ("match: %.1f ms (%u matches, %.1f MB/s, best of %d)\n", ms (best_match), n_matches,
          (text->len / 1048576.0) / (MAX (best_match, 1) / 1e6), RUNS);
  printf ("naive (terms × text) on 100 KB: %.1f ms (%" G_GSIZE_FORMAT " raw hits)\n",
          ms (naive), naive_hits);

  return 0;
}
