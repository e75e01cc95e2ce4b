/* test-readability.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kiosk-content.h"

/* Patients read this in a waiting room: every English page must score at
 * most grade 8 on the Flesch–Kincaid scale, every Spanish page at least 65
 * on the Fernández-Huerta scale. Glossary definitions count too. */

#define MAX_ENGLISH_GRADE 8.0
#define MIN_SPANISH_EASE 65.0

typedef struct
{
  guint words;
  guint sentences;
  guint syllables;
} Counts;

static gboolean
is_vowel_en (gunichar c)
{
  return strchr ("aeiouy", (int) c) != NULL && c != 0;
}

static guint
english_syllables (const char *word)
{
  g_autofree char *lower = g_utf8_strdown (word, -1);
  gsize len = strlen (lower);
  guint count = 0;
  gboolean prev = FALSE;
  gboolean all_caps = TRUE;

  for (const char *p = word; *p != '\0'; p++)
    all_caps &= !g_ascii_islower (*p);
  /* Abbreviations such as PRP or FDA are read letter by letter. */
  if (all_caps && len > 1 && len <= 5)
    return len;

  for (gsize i = 0; i < len; i++)
    {
      gboolean vowel = is_vowel_en ((guchar) lower[i]);

      if (vowel && !prev)
        count++;
      prev = vowel;
    }
  /* A final silent e, as in "make", but not "-le" as in "table". */
  if (len > 2 && lower[len - 1] == 'e' && !is_vowel_en ((guchar) lower[len - 2]) &&
      !(lower[len - 2] == 'l' && !is_vowel_en ((guchar) lower[len - 3])) && count > 1)
    count--;
  return MAX (count, 1);
}

/* Spanish vowels: a, e, o (and accented vowels) are strong; two strong
 * vowels side by side are two syllables, anything else joins into one. */
static int
spanish_vowel (gunichar c)
{
  switch (c)
    {
    case 'a': case 'e': case 'o': case 0xe1: case 0xe9: case 0xf3: case 0xed: case 0xfa:
      return 2;
    case 'i': case 'u': case 0xfc:
      return 1;
    default:
      return 0;
    }
}

static guint
spanish_syllables (const char *word)
{
  g_autofree char *lower = g_utf8_strdown (word, -1);
  guint count = 0;
  int prev = 0;

  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      int v = spanish_vowel (g_utf8_get_char (p));

      if (v != 0 && (prev == 0 || (v == 2 && prev == 2)))
        count++;
      prev = v;
    }
  return MAX (count, 1);
}

static void
count_text (const char *text,
            gboolean    spanish,
            Counts     *counts)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint l = 0; lines[l] != NULL; l++)
    {
      const char *p = lines[l];
      gboolean ended = TRUE;
      g_autoptr(GString) word = g_string_new (NULL);

      if (*g_strstrip (lines[l]) == '\0')
        continue;

      for (; ; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (c != 0 && (g_unichar_isalnum (c) || c == '\'' || c == 0x2019))
            {
              g_string_append_unichar (word, c);
              continue;
            }
          if (word->len > 0)
            {
              gboolean has_letter = FALSE;

              for (const char *w = word->str; *w != '\0'; w = g_utf8_next_char (w))
                has_letter |= g_unichar_isalpha (g_utf8_get_char (w));
              if (has_letter)
                {
                  counts->words++;
                  counts->syllables += spanish ? spanish_syllables (word->str) :
                                                 english_syllables (word->str);
                  ended = FALSE;
                }
              g_string_truncate (word, 0);
            }
          if ((c == '.' || c == '!' || c == '?' || c == ':' || c == ';') && !ended)
            {
              counts->sentences++;
              ended = TRUE;
            }
          if (c == 0)
            break;
        }
      /* A heading or list item without a full stop is still a unit. */
      if (!ended)
        counts->sentences++;
    }
}

static double
score (const Counts *c,
       gboolean      spanish)
{
  if (c->words == 0 || c->sentences == 0)
    return spanish ? 100.0 : 0.0;
  if (spanish)
    return 206.84 - 0.60 * (100.0 * c->syllables / c->words) -
           1.02 * (100.0 * c->sentences / c->words);
  return 0.39 * c->words / c->sentences + 11.8 * c->syllables / c->words - 15.59;
}

static gboolean
check (const char *name,
       const char *text,
       gboolean    spanish)
{
  Counts counts = { 0 };
  double value;

  count_text (text, spanish, &counts);
  value = score (&counts, spanish);
  g_test_message ("%-60s %s %5.1f (%u words)", name, spanish ? "FH" : "FK", value, counts.words);

  if (spanish ? value < MIN_SPANISH_EASE : value > MAX_ENGLISH_GRADE)
    {
      g_test_message ("  too hard to read: %s", name);
      return FALSE;
    }
  return TRUE;
}

static void
test_scorer_sanity (void)
{
  Counts easy = { 0 }, hard = { 0 }, es_easy = { 0 }, es_hard = { 0 };

  count_text ("The cat sat on the mat. It was a good day.", FALSE, &easy);
  count_text ("Regenerative therapeutic interventions necessitate comprehensive "
              "multidisciplinary evaluation notwithstanding considerable methodological "
              "heterogeneity across investigational protocols.", FALSE, &hard);
  count_text ("El gato come. La casa es azul. Mi amigo vive aquí.", TRUE, &es_easy);
  count_text ("Las intervenciones terapéuticas regenerativas requieren evaluaciones "
              "multidisciplinarias exhaustivas considerando heterogeneidades metodológicas "
              "significativas en investigaciones experimentales.", TRUE, &es_hard);

  g_assert_cmpuint (easy.words, ==, 11);
  g_assert_cmpuint (easy.sentences, ==, 2);
  g_assert_cmpfloat (score (&easy, FALSE), <, 3.0);
  g_assert_cmpfloat (score (&hard, FALSE), >, 20.0);
  g_assert_cmpuint (spanish_syllables ("aquí"), ==, 2);
  g_assert_cmpuint (spanish_syllables ("plaquetas"), ==, 3);
  g_assert_cmpuint (spanish_syllables ("europeo"), ==, 4);
  g_assert_cmpuint (english_syllables ("table"), ==, 2);
  g_assert_cmpuint (english_syllables ("make"), ==, 1);
  g_assert_cmpuint (english_syllables ("PRP"), ==, 3);
  g_assert_cmpfloat (score (&es_easy, TRUE), >, 70.0);
  g_assert_cmpfloat (score (&es_hard, TRUE), <, 40.0);
}

static void
test_bundled_content (void)
{
  g_autoptr(KioskContent) content = kiosk_content_load (CONTENT_DIR);
  const char *langs[] = { "en", "es" };
  guint failures = 0, checked = 0;

  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      const KioskCatalog *catalog = kiosk_content_get_catalog (content, langs[l]);
      gboolean spanish = g_str_equal (langs[l], "es");
      g_autoptr(GString) glossary = g_string_new (NULL);
      g_autofree char *glossary_name = NULL;

      g_assert_nonnull (catalog);
      for (guint i = 0; i < catalog->entries->len; i++)
        {
          const KioskEntry *entry = g_ptr_array_index (catalog->entries, i);
          g_autofree char *text = kiosk_document_get_text (entry->document);
          g_autofree char *all = g_strconcat (text, entry->evidence_note != NULL ?
                                              entry->evidence_note : "", "\n", NULL);

          failures += !check (entry->file, all, spanish);
          checked++;
        }

      for (guint i = 0; i < catalog->terms->len; i++)
        {
          const KioskTerm *term = g_ptr_array_index (catalog->terms, i);

          g_string_append_printf (glossary, "%s\n", term->definition);
        }
      glossary_name = g_strdup_printf ("%s (definitions)", catalog->glossary_file);
      failures += !check (glossary_name, glossary->str, spanish);
      checked++;
    }

  g_assert_cmpuint (checked, >=, 60);
  if (failures > 0)
    g_error ("%u pages are too hard to read; run with --verbose to see the scores", failures);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kiosk/readability/scorer", test_scorer_sanity);
  g_test_add_func ("/kiosk/readability/bundled-content", test_bundled_content);

  return g_test_run ();
}
