/* test-glossary.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdarg.h>
#include <string.h>

#include "kiosk-glossary-private.h"

/* The glossary matcher finds the words that pages underline. Each case
 * builds a small glossary and writes the matches of a text as
 * "[matched text:term]..." so a failure shows exactly what was found. */

#define PLATELET   0
#define PRP        1
#define PLASMA     2
#define CELL       3
#define STEM_CELL  4
#define TRANSPLANT 5

/*
 * Helpers
 */

/* Takes pairs of (form, term number), ended by NULL. */
static KioskGlossary *
make_glossary (const char *first_form,
               ...)
{
  KioskGlossary *glossary = kiosk_glossary_new ();
  va_list args;

  va_start (args, first_form);
  for (const char *form = first_form; form != NULL; form = va_arg (args, const char *))
    {
      guint term = va_arg (args, guint);

      if (!kiosk_glossary_add (glossary, form, term))
        g_error ("the form “%s” was refused", form);
    }
  va_end (args);

  return glossary;
}

static char *
describe_len (const KioskGlossary *glossary,
              const char          *text,
              gssize               len)
{
  g_autoptr(GArray) matches = kiosk_glossary_find (glossary, text, len);
  GString *out = g_string_new (NULL);
  gsize text_len = len < 0 ? strlen (text) : (gsize) len;
  gsize previous_end = 0;

  g_assert_nonnull (matches);
  for (guint i = 0; i < matches->len; i++)
    {
      const KioskGlossaryMatch *match = &g_array_index (matches, KioskGlossaryMatch, i);

      g_assert_cmpuint (match->start, >=, previous_end);
      g_assert_cmpuint (match->start, <, match->end);
      g_assert_cmpuint (match->end, <=, text_len);
      previous_end = match->end;
      g_string_append_printf (out, "[%.*s:%u]", (int) (match->end - match->start),
                              text + match->start, match->term);
    }

  return g_string_free (out, FALSE);
}

static char *
describe (const KioskGlossary *glossary,
          const char          *text)
{
  return describe_len (glossary, text, -1);
}

#define assert_matches(glossary, text, expected) \
  G_STMT_START { \
    g_autofree char *found_ = describe ((glossary), (text)); \
    g_assert_cmpstr (found_, ==, (expected)); \
  } G_STMT_END

#define assert_normalized(text, expected) \
  G_STMT_START { \
    g_autofree char *normalized_ = kiosk_glossary_normalize ((text), -1); \
    g_assert_cmpstr (normalized_, ==, (expected)); \
  } G_STMT_END

/*
 * Cases
 */

static void
test_normalize (void)
{
  assert_normalized ("  Células\n\tMADRE ", "celulas madre");
  assert_normalized ("ÁCIDO HIALURÓNICO", "acido hialuronico");
  assert_normalized ("AÑO año", "año año");
  assert_normalized ("an\xcc\x83o", "año");                  /* n + U+0303 */
  assert_normalized ("ce\xcc\x81lula", "celula");             /* e + U+0301 */
  assert_normalized ("plasma’s ‘x’", "plasma's 'x'");
  assert_normalized ("stem\xe2\x80\x90" "cell stem\xe2\x80\x91" "cell", "stem-cell stem-cell");
  assert_normalized ("stem\xc2\xa0\xc2\xa0" "cell", "stem cell");  /* NBSP */
  assert_normalized ("PR\xffP", "pr\xef\xbf\xbdp");           /* U+FFFD */
  assert_normalized ("", "");
  assert_normalized (" \n ", "");
}

static void
test_add (void)
{
  g_autoptr(KioskGlossary) glossary = kiosk_glossary_new ();

  g_assert_cmpuint (kiosk_glossary_get_size (glossary), ==, 0);

  g_assert_true (kiosk_glossary_add (glossary, "PRP", PRP));
  g_assert_true (kiosk_glossary_add (glossary, "Células", CELL));
  g_assert_true (kiosk_glossary_add (glossary, "  stem \n cell ", STEM_CELL));
  g_assert_cmpuint (kiosk_glossary_get_size (glossary), ==, 3);

  /* Nothing to match: refused, and nothing is added. */
  g_assert_false (kiosk_glossary_add (glossary, "", 9));
  g_assert_false (kiosk_glossary_add (glossary, "   ", 9));
  g_assert_false (kiosk_glossary_add (glossary, "...", 9));
  g_assert_false (kiosk_glossary_add (glossary, "—", 9));
  g_assert_false (kiosk_glossary_add (glossary, "’-’", 9));
  g_assert_false (kiosk_glossary_add (glossary, "\xcc\x81", 9));   /* a lone accent */
  g_assert_false (kiosk_glossary_add (glossary, "PR\xff", 9));     /* invalid UTF-8 */
  g_assert_cmpuint (kiosk_glossary_get_size (glossary), ==, 3);

  /* The same form once normalized: the first term is kept. */
  g_assert_false (kiosk_glossary_add (glossary, "prp", 7));
  g_assert_false (kiosk_glossary_add (glossary, "celulas", 8));
  g_assert_false (kiosk_glossary_add (glossary, "Stem Cell", 9));
  g_assert_cmpuint (kiosk_glossary_get_size (glossary), ==, 3);

  assert_matches (glossary, "prp, CELULAS, stem  cell",
                  "[prp:1][CELULAS:3][stem  cell:4]");
}

static void
test_plural_forms (void)
{
  g_autoptr(KioskGlossary) glossary = make_glossary ("platelet", PLATELET,
                                                     "platelets", PLATELET,
                                                     "PRP", PRP,
                                                     "platelet-rich plasma", PRP,
                                                     NULL);

  g_assert_cmpuint (kiosk_glossary_get_size (glossary), ==, 4);
  assert_matches (glossary, "One platelet, many platelets; PRP is platelet-rich plasma.",
                  "[platelet:0][platelets:0][PRP:1][platelet-rich plasma:1]");
}

static void
test_case (void)
{
  g_autoptr(KioskGlossary) glossary = make_glossary ("platelet", PLATELET,
                                                     "platelets", PLATELET,
                                                     "PRP", PRP,
                                                     "platelet-rich plasma", PRP,
                                                     NULL);

  assert_matches (glossary, "PLATELETS and Platelet and prp and Platelet-Rich PLASMA",
                  "[PLATELETS:0][Platelet:0][prp:1][Platelet-Rich PLASMA:1]");
  assert_matches (glossary, "pLaTeLeT", "[pLaTeLeT:0]");
}

static void
test_accents (void)
{
  g_autoptr(KioskGlossary) glossary = make_glossary ("célula", 0,
                                                     "células madre", 1,
                                                     "acido hialuronico", 2,
                                                     NULL);

  assert_matches (glossary, "CELULAS MADRE, celula, Células Madre, célula y CÉLULA",
                  "[CELULAS MADRE:1][celula:0][Células Madre:1][célula:0][CÉLULA:0]");
  /* An accent in the text and none in the form. */
  assert_matches (glossary, "el ácido hialurónico", "[ácido hialurónico:2]");
  /* Decomposed accents (e + U+0301): the mark's bytes belong to the match. */
  assert_matches (glossary, "una ce\xcc\x81lula", "[ce\xcc\x81lula:0]");
  assert_matches (glossary, "una celula\xcc\x81 sola", "[celula\xcc\x81:0]");
  /* "célula" is not in "células" (without "madre") nor in "celular". */
  assert_matches (glossary, "células, celular", "");
}

static void
test_ene (void)
{
  g_autoptr(KioskGlossary) with_tilde = make_glossary ("año", 0, NULL);
  g_autoptr(KioskGlossary) without_tilde = make_glossary ("ano", 1, NULL);
  g_autoptr(KioskGlossary) both = make_glossary ("año", 0, "ano", 1, NULL);

  assert_matches (with_tilde, "ano", "");
  assert_matches (without_tilde, "año", "");
  assert_matches (without_tilde, "AÑO", "");
  assert_matches (with_tilde, "AÑO, año, an\xcc\x83o", "[AÑO:0][año:0][an\xcc\x83o:0]");
  assert_matches (both, "un año y un ano", "[año:0][ano:1]");
}

static void
test_longest_match (void)
{
  g_autoptr(KioskGlossary) glossary = make_glossary ("plasma", PLASMA,
                                                     "platelet-rich plasma", PRP,
                                                     "platelet", PLATELET,
                                                     "cell", CELL,
                                                     "stem cell", STEM_CELL,
                                                     "stem cell transplant", TRANSPLANT,
                                                     NULL);
  g_autoptr(KioskGlossary) leftmost = make_glossary ("stem cell", STEM_CELL,
                                                     "cell transplant", TRANSPLANT,
                                                     NULL);

  assert_matches (glossary, "platelet-rich plasma", "[platelet-rich plasma:1]");
  assert_matches (glossary, "platelet and plasma", "[platelet:0][plasma:2]");
  assert_matches (glossary, "platelet-rich", "[platelet:0]");
  /* The long form does not end at a word boundary: fall back to a shorter one. */
  assert_matches (glossary, "platelet-rich plasmas", "[platelet:0]");
  assert_matches (glossary, "A stem cell transplant uses a stem cell, which is a cell.",
                  "[stem cell transplant:5][stem cell:4][cell:3]");
  assert_matches (glossary, "stem cell transplants", "[stem cell:4]");
  assert_matches (glossary, "stem cells", "");
  /* Leftmost first, even when a longer form starts later. */
  assert_matches (leftmost, "stem cell transplant", "[stem cell:4]");
  assert_matches (leftmost, "a cell transplant", "[cell transplant:5]");
}

static void
test_punctuation (void)
{
  g_autoptr(KioskGlossary) glossary = make_glossary ("PRP", PRP,
                                                     "plasma", PLASMA,
                                                     "cell", CELL,
                                                     NULL);

  assert_matches (glossary, "(PRP) PRP. PRP, [PRP]: PRP/plasma",
                  "[PRP:1][PRP:1][PRP:1][PRP:1][PRP:1][plasma:2]");
  assert_matches (glossary, "“plasma” «plasma» ¿plasma? 'plasma' \"plasma\"!",
                  "[plasma:2][plasma:2][plasma:2][plasma:2][plasma:2]");
  assert_matches (glossary, "plasma’s plasma's cell-based stem-cell cell…",
                  "[plasma:2][plasma:2][cell:3][cell:3][cell:3]");
}

static void
test_inside_words (void)
{
  g_autoptr(KioskGlossary) glossary = make_glossary ("PRP", PRP,
                                                     "plasma", PLASMA,
                                                     "cell", CELL,
                                                     NULL);

  assert_matches (glossary, "cellular subcell cells PRPs xPRP PRP2 replasma plasmacell",
                  "");
  assert_matches (glossary, "célular ñcell cellñ", "");
  assert_matches (glossary, "cellular cell", "[cell:3]");
}

/* Chinese and Japanese put no space between words: a term is found
 * inside running text there, while Arabic words stay whole. */
static void
test_unspaced_scripts (void)
{
  g_autoptr(KioskGlossary) glossary = make_glossary ("干细胞", 1,
                                                     "幹細胞", 2,
                                                     "خلية", 3,
                                                     NULL);

  assert_matches (glossary, "医生说干细胞治疗还在研究中。", "[干细胞:1]");
  assert_matches (glossary, "この幹細胞は", "[幹細胞:2]");
  assert_matches (glossary, "هذه خلية، والخلية", "[خلية:3]");
}

static void
test_whitespace (void)
{
  g_autoptr(KioskGlossary) glossary = make_glossary ("stem cell", STEM_CELL,
                                                     "platelet-rich plasma", PRP,
                                                     NULL);

  assert_matches (glossary, "stem\n  cell, stem\tcell, stem\xc2\xa0" "cell, stem\r\ncell",
                  "[stem\n  cell:4][stem\tcell:4][stem\xc2\xa0" "cell:4][stem\r\ncell:4]");
  assert_matches (glossary, "platelet-rich\nplasma; platelet\xe2\x80\x91rich plasma",
                  "[platelet-rich\nplasma:1][platelet\xe2\x80\x91rich plasma:1]");
  assert_matches (glossary, "stemcell stem-cell stem_cell", "");
}

static void
test_multibyte_offsets (void)
{
  g_autoptr(KioskGlossary) glossary = make_glossary ("células madre", 1, "PRP", PRP, NULL);
  const char *text = "Las células madre…";
  const char *emoji = "\xf0\x9f\xa9\xb8 PRP \xe2\x80\x94 PRP";   /* 🩸 PRP — PRP */
  g_autoptr(GArray) matches = kiosk_glossary_find (glossary, text, -1);
  g_autoptr(GArray) emoji_matches = kiosk_glossary_find (glossary, emoji, -1);
  const KioskGlossaryMatch *match;

  g_assert_cmpuint (matches->len, ==, 1);
  match = &g_array_index (matches, KioskGlossaryMatch, 0);
  g_assert_cmpuint (match->start, ==, 4);
  g_assert_cmpuint (match->end, ==, 4 + strlen ("células madre"));
  g_assert_cmpuint (match->end, ==, 18);
  g_assert_cmpuint (match->term, ==, 1);

  g_assert_cmpuint (emoji_matches->len, ==, 2);
  match = &g_array_index (emoji_matches, KioskGlossaryMatch, 0);
  g_assert_cmpuint (match->start, ==, 5);
  g_assert_cmpuint (match->end, ==, 8);
  match = &g_array_index (emoji_matches, KioskGlossaryMatch, 1);
  g_assert_cmpuint (match->start, ==, 13);
  g_assert_cmpuint (match->end, ==, 16);
}

static void
test_length (void)
{
  g_autoptr(KioskGlossary) glossary = make_glossary ("PRP", PRP, NULL);
  g_autofree char *whole = describe_len (glossary, "PRP PRP", 7);
  g_autofree char *first = describe_len (glossary, "PRP PRP", 3);
  g_autofree char *cut = describe_len (glossary, "PRP PRP", 2);
  g_autofree char *with_nul = describe_len (glossary, "PRP\0PRP", 7);
  g_autofree char *cut_char = describe_len (glossary, "PRP \xc3\xa9", 5);   /* half of é */
  g_autoptr(GArray) nothing = kiosk_glossary_find (glossary, NULL, 0);

  g_assert_cmpstr (whole, ==, "[PRP:1][PRP:1]");
  g_assert_cmpstr (first, ==, "[PRP:1]");
  g_assert_cmpstr (cut, ==, "");
  /* A NUL byte inside the length is a separator, not the end. */
  g_assert_cmpstr (with_nul, ==, "[PRP:1][PRP:1]");
  g_assert_cmpstr (cut_char, ==, "[PRP:1]");
  g_assert_cmpuint (nothing->len, ==, 0);
}

static void
test_invalid_utf8 (void)
{
  g_autoptr(KioskGlossary) glossary = make_glossary ("PRP", PRP, "célula", CELL, NULL);
  g_autoptr(GArray) matches = kiosk_glossary_find (glossary, "\xffPRP\xc3", -1);

  /* Invalid bytes are skipped like punctuation. */
  g_assert_cmpuint (matches->len, ==, 1);
  g_assert_cmpuint (g_array_index (matches, KioskGlossaryMatch, 0).start, ==, 1);
  g_assert_cmpuint (g_array_index (matches, KioskGlossaryMatch, 0).end, ==, 4);

  assert_matches (glossary, "PRP \xff PRP", "[PRP:1][PRP:1]");
  assert_matches (glossary, "PR\xffP c\xc3lula \xed\xa0\x80PRP \xc0\xafPRP\xf4\x90\x80\x80",
                  "[PRP:1][PRP:1]");
  assert_matches (glossary, "\xe2\x80", "");
  assert_matches (glossary, "\xff\xfe\xfd", "");
  /* Accents with no letter before them. */
  assert_matches (glossary, "\xcc\x81\xcc\x81PRP", "[PRP:1]");
  assert_matches (glossary, "", "");
  assert_matches (glossary, " ", "");
}

static void
test_empty_glossary (void)
{
  g_autoptr(KioskGlossary) glossary = kiosk_glossary_new ();

  g_assert_cmpuint (kiosk_glossary_get_size (glossary), ==, 0);
  assert_matches (glossary, "PRP and platelet-rich plasma", "");
  assert_matches (glossary, "", "");
}

static void
test_many_matches (void)
{
  g_autoptr(KioskGlossary) glossary = make_glossary ("PRP", PRP,
                                                     "platelets", PLATELET,
                                                     "platelet-rich plasma", PRP,
                                                     NULL);
  const char *chunk = "PRP and platelets, not plateletsx; platelet-rich plasmas ";
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) matches = NULL;
  const KioskGlossaryMatch *last;
  gsize chunk_len = strlen (chunk);

  for (guint i = 0; i < 10000; i++)
    g_string_append (text, chunk);

  matches = kiosk_glossary_find (glossary, text->str, text->len);
  g_assert_cmpuint (matches->len, ==, 20000);

  last = &g_array_index (matches, KioskGlossaryMatch, matches->len - 1);
  g_assert_cmpuint (last->start, ==, 9999 * chunk_len + strlen ("PRP and "));
  g_assert_cmpuint (last->end, ==, 9999 * chunk_len + strlen ("PRP and platelets"));
  g_assert_cmpuint (last->term, ==, PLATELET);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kiosk/glossary/normalize", test_normalize);
  g_test_add_func ("/kiosk/glossary/add", test_add);
  g_test_add_func ("/kiosk/glossary/plural-forms", test_plural_forms);
  g_test_add_func ("/kiosk/glossary/case", test_case);
  g_test_add_func ("/kiosk/glossary/accents", test_accents);
  g_test_add_func ("/kiosk/glossary/ene", test_ene);
  g_test_add_func ("/kiosk/glossary/longest-match", test_longest_match);
  g_test_add_func ("/kiosk/glossary/punctuation", test_punctuation);
  g_test_add_func ("/kiosk/glossary/inside-words", test_inside_words);
  g_test_add_func ("/kiosk/glossary/whitespace", test_whitespace);
  g_test_add_func ("/kiosk/glossary/unspaced-scripts", test_unspaced_scripts);
  g_test_add_func ("/kiosk/glossary/multibyte-offsets", test_multibyte_offsets);
  g_test_add_func ("/kiosk/glossary/length", test_length);
  g_test_add_func ("/kiosk/glossary/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/kiosk/glossary/empty-glossary", test_empty_glossary);
  g_test_add_func ("/kiosk/glossary/many-matches", test_many_matches);

  return g_test_run ();
}
