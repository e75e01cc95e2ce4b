/* test-content-glossary.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "content-util.h"

/* glossary.md: terms, their other forms and definitions, and the mistakes
 * staff make in them. */

static void
test_glossary_forms (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;
  const KioskTerm *term;

  write_file (f, "en/glossary.md",
              "# Glossary\n"
              "\n"
              "## Platelet\n"
              "\n"
              "*platelets,thrombocyte ,  PLT*\n"
              "\n"
              "A tiny piece of a cell that helps blood clot.\n"
              "\n"
              "## Stem cell\n"
              "\n"
              "A cell that can become other kinds of cells.\n");

  content = load (f);
  assert_clean (content);

  term = term_at (content, 0);
  g_assert_cmpstr (term->term, ==, "Platelet");
  g_assert_cmpstr (term->id, ==, "platelet");
  g_assert_cmpuint (term->line, ==, 3);
  g_assert_nonnull (term->forms);
  g_assert_cmpuint (g_strv_length (term->forms), ==, 3);
  g_assert_cmpstr (term->forms[0], ==, "platelets");
  g_assert_cmpstr (term->forms[1], ==, "thrombocyte");
  g_assert_cmpstr (term->forms[2], ==, "PLT");
  g_assert_cmpstr (term->definition, ==, "A tiny piece of a cell that helps blood clot.");

  /* A term without an italic line has no other forms. */
  term = term_at (content, 1);
  g_assert_cmpstr (term->term, ==, "Stem cell");
  g_assert_true (term->forms == NULL || term->forms[0] == NULL);
  g_assert_cmpstr (term->definition, ==, "A cell that can become other kinds of cells.");
}

/* Forms may be separated the way Arabic, Chinese and Japanese keyboards
 * type a comma or semicolon; a slash between two words is warned of. */
static void
test_glossary_separators (Fixture       *f,
                          gconstpointer  data)
{
  static const char *expected[] = { "أ", "ب", "丙", "丁", "戊", "己", "庚", "辛", "壬", NULL };
  g_autoptr(KioskContent) content = NULL;
  const KioskTerm *term;

  write_file (f, "en/glossary.md",
              "# Glossary\n"
              "\n"
              "## Alpha\n"
              "\n"
              "*أ، ب؛丙，丁；戊、己､庚;辛,壬*\n"
              "\n"
              "The first one.\n"
              "\n"
              "## Beta\n"
              "\n"
              "*knee/knees*\n"
              "\n"
              "The second one.\n");

  content = load (f);
  assert_only (content, KIOSK_SEVERITY_WARNING, "en/glossary.md", 11,
               "“/” is read as part of a form; separate the forms with commas (, ، ， 、) or "
               "semicolons");
  term = term_at (content, 0);
  g_assert_cmpstrv (term->forms, expected);
  term = term_at (content, 1);
  g_assert_cmpuint (g_strv_length (term->forms), ==, 1);
  g_assert_cmpstr (term->forms[0], ==, "knee/knees");
}

static void
test_glossary_no_definition (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;

  write_file (f, "en/glossary.md",
              "# Glossary\n"
              "\n"
              "## Platelet\n"
              "\n"
              "*platelets*\n"
              "\n"
              "## Stem cell\n"
              "\n"
              "A cell that can become other kinds of cells.\n");

  content = load (f);
  assert_only (content, KIOSK_SEVERITY_ERROR, "en/glossary.md", 3, "no definition");
}

static void
test_glossary_term_twice (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;

  write_file (f, "en/glossary.md",
              "# Glossary\n"
              "\n"
              "## Platelet\n"
              "\n"
              "A tiny piece of a cell.\n"
              "\n"
              "## Stem cell\n"
              "\n"
              "A cell that can become other kinds of cells.\n"
              "\n"
              "## platelet\n"
              "\n"
              "Written again in small letters.\n");

  content = load (f);
  assert_only (content, KIOSK_SEVERITY_ERROR, "en/glossary.md", 11,
               "“platelet” is defined twice in the glossary (first on line 3)");
}

/* A form of one term written as another term's heading: the error is at
 * that heading, and names the line of forms where it was first. */
static void
test_glossary_term_is_other_form (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;

  write_file (f, "en/glossary.md",
              "# Glossary\n"
              "\n"
              "## Platelet-rich plasma\n"
              "\n"
              "*PRP*\n"
              "\n"
              "Plasma with more platelets than normal blood.\n"
              "\n"
              "## prp\n"
              "\n"
              "The short name.\n");

  content = load (f);
  assert_only (content, KIOSK_SEVERITY_ERROR, "en/glossary.md", 9,
               "“prp” is defined twice in the glossary (first on line 5)");
}

static void
test_glossary_form_twice (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;

  write_file (f, "en/glossary.md",
              "# Glossary\n"
              "\n"
              "## Platelet\n"
              "\n"
              "*platelets*\n"
              "\n"
              "A tiny piece of a cell.\n"
              "\n"
              "## Thrombocyte\n"
              "\n"
              "*thrombocytes, platelets*\n"
              "\n"
              "Another name for a platelet.\n");

  content = load (f);
  assert_only (content, KIOSK_SEVERITY_ERROR, "en/glossary.md", 11,
               "“platelets” is defined twice in the glossary (first on line 5)");
}

/* Forms that differ from the term, or from each other, only in case are
 * no mistake: "X-ray" and "x-ray" are one word to the kiosk. */
static void
test_glossary_case_forms (Fixture       *f,
                          gconstpointer  data)
{
  static const char *forms[] = { "x-ray", "X-RAY", "x-rays", "X-rays", NULL };
  g_autoptr(KioskContent) content = NULL;

  write_file (f, "en/glossary.md",
              "# Glossary\n"
              "\n"
              "## Platelet\n"
              "\n"
              "A tiny piece of a cell.\n"
              "\n"
              "## X-ray\n"
              "\n"
              "*x-ray, X-RAY, x-rays, X-rays*\n"
              "\n"
              "A picture of the inside of the body.\n");

  content = load (f);
  assert_clean (content);
  g_assert_cmpstrv (term_at (content, 1)->forms, forms);
  g_assert_cmpuint (term_at (content, 1)->forms_line, ==, 9);
}

/* The same form written twice for one term, exactly, is a warning at the
 * line of forms; so is the term itself among its forms. */
static void
test_glossary_form_repeated (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;

  write_file (f, "en/glossary.md",
              "# Glossary\n"
              "\n"
              "## Platelet\n"
              "\n"
              "*platelets, Platelet, thrombocyte, platelets*\n"
              "\n"
              "A tiny piece of a cell.\n");

  content = load (f);
  g_assert_cmpuint (count_diagnostics (content), ==, 2);
  assert_has (content, KIOSK_SEVERITY_WARNING, "en/glossary.md", 5,
              "“Platelet” is the term itself, so it need not be listed again among its other "
              "forms; remove it from this line");
  assert_has (content, KIOSK_SEVERITY_WARNING, "en/glossary.md", 5,
              "“platelets” is written twice on this line of other forms; remove one");
}

static void
test_glossary_sorted (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;

  write_file (f, "en/glossary.md",
              "# Glossary\n"
              "\n"
              "## Stem cell\n"
              "\n"
              "A cell that can become other kinds of cells.\n"
              "\n"
              "## Exosome\n"
              "\n"
              "A very small bubble that cells send out.\n"
              "\n"
              "## Platelet\n"
              "\n"
              "A tiny piece of a cell.\n");

  content = load (f);
  assert_only (content, KIOSK_SEVERITY_WARNING, "en/glossary.md", 3,
               "the glossary screen shows “Stem cell” after “Platelet”, not in the order of "
               "this file; sorting the terms in the file the same way avoids surprises");
  g_assert_cmpuint (kiosk_content_get_catalog (content, "en")->terms->len, ==, 3);
  g_assert_cmpstr (term_at (content, 0)->term, ==, "Exosome");
  g_assert_cmpstr (term_at (content, 1)->term, ==, "Platelet");
  g_assert_cmpstr (term_at (content, 2)->term, ==, "Stem cell");
  g_assert_cmpuint (term_at (content, 0)->line, ==, 7);
}

/* The term out of place is the one outside the longest run of terms in
 * order, found in the order of the glossary's language: in French,
 * "Épaule" after "Entorse", and "Exosome" first in English. */
static void
test_glossary_out_of_order (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;
  KioskDiagnostics *diagnostics;
  guint on_glossaries = 0;

  write_file (f, "kiosk.ini",
              "[clinic]\nname=Test Clinic\nbooking-url=https://example.org/book\n"
              "[kiosk]\nlanguages=en;fr\n");
  write_file (f, "en/glossary.md",
              "# Glossary\n"
              "\n"
              "## Platelet\n"
              "\n"
              "A tiny piece of a cell.\n"
              "\n"
              "## Stem cell\n"
              "\n"
              "A cell that can become other kinds of cells.\n"
              "\n"
              "## Exosome\n"                                   /* line 11 */
              "\n"
              "A very small bubble that cells send out.\n");
  write_file (f, "fr/home.md", "# Bienvenue\n\nTouchez un sujet.\n");
  write_file (f, "fr/glossary.md",
              "# Glossaire\n"
              "\n"
              "## Béquille\n\nUn mot.\n"
              "\n"
              "## Bursite\n\nUn mot.\n"
              "\n"
              "## Épaule\n\nUn mot.\n"                        /* line 11 */
              "\n"
              "## Entorse\n\nUn mot.\n"
              "\n"
              "## IRM\n\nUn mot.\n");

  content = load (f);
  diagnostics = kiosk_content_get_diagnostics (content);
  for (guint i = 0; i < kiosk_diagnostics_get_count (diagnostics); i++)
    on_glossaries += g_str_has_suffix (kiosk_diagnostics_get (diagnostics, i)->file, "glossary.md");
  /* The rest: pages not translated into French. */
  g_assert_cmpuint (on_glossaries, ==, 2);
  assert_has (content, KIOSK_SEVERITY_WARNING, "en/glossary.md", 11,
              "the glossary screen shows “Exosome” first, before “Platelet”, not in the order "
              "of this file; sorting the terms in the file the same way avoids surprises");
  assert_has (content, KIOSK_SEVERITY_WARNING, "fr/glossary.md", 11,
              "the glossary screen shows “Épaule” after “Entorse”, not in the order of this "
              "file; sorting the terms in the file the same way avoids surprises");
}

static char *
term_order (KioskContent *content,
            const char   *lang)
{
  const KioskCatalog *catalog = kiosk_content_get_catalog (content, lang);
  GString *order = g_string_new (NULL);

  for (guint i = 0; i < catalog->terms->len; i++)
    g_string_append_printf (order, "%s%s", i > 0 ? ", " : "",
                            ((KioskTerm *) g_ptr_array_index (catalog->terms, i))->term);
  return g_string_free (order, FALSE);
}

/* Each language's glossary is in the order its readers expect: case and
 * accents do not push a word to the end. */
static void
test_glossary_language_order (Fixture       *f,
                              gconstpointer  data)
{
  static const char *fr[] = { "Os", "Épaule", "Bursite", "Entorse", "Béquille", "IRM", NULL };
  static const char *en[] = { "MRI", "Meniscus", "X-ray", "ACL", "arthritis", NULL };
  g_autoptr(GString) fr_text = g_string_new ("# Glossaire\n");
  g_autoptr(GString) en_text = g_string_new ("# Glossary\n");
  g_autoptr(KioskContent) content = NULL;
  g_autofree char *fr_order = NULL;
  g_autofree char *en_order = NULL;

  for (guint i = 0; fr[i] != NULL; i++)
    g_string_append_printf (fr_text, "\n## %s\n\nUn mot.\n", fr[i]);
  for (guint i = 0; en[i] != NULL; i++)
    g_string_append_printf (en_text, "\n## %s\n\nA word.\n", en[i]);
  write_file (f, "kiosk.ini",
              "[clinic]\nname=Test Clinic\nbooking-url=https://example.org/book\n"
              "[kiosk]\nlanguages=en;fr\n");
  write_file (f, "en/glossary.md", en_text->str);
  write_file (f, "fr/home.md", "# Bienvenue\n\nTouchez un sujet.\n");
  write_file (f, "fr/glossary.md", fr_text->str);

  content = load (f);
  fr_order = term_order (content, "fr");
  en_order = term_order (content, "en");
  g_assert_cmpstr (fr_order, ==, "Béquille, Bursite, Entorse, Épaule, IRM, Os");
  g_assert_cmpstr (en_order, ==, "ACL, arthritis, Meniscus, MRI, X-ray");
}

/* A term as long as a page would make matching every page slow: it is
 * an error at its heading, and the other terms stay. A glossary with a
 * very long introduction keeps all of it. */
static void
test_glossary_long_term (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new ("# Glossary\n\n");
  g_autoptr(KioskContent) content = NULL;
  const KioskCatalog *catalog;

  for (guint i = 0; i < 20000; i++)
    g_string_append (text, "Intro.\n\n");                  /* lines 3 to 40002 */
  g_string_append (text, "## ");                              /* line 40003 */
  for (guint i = 0; i < 100; i++)
    g_string_append (text, "word ");
  g_string_append (text, "\n\nA meaning.\n\n## Platelet\n\nA tiny piece of a cell.\n");
  write_file (f, "en/glossary.md", text->str);

  content = load (f);
  assert_only (content, KIOSK_SEVERITY_ERROR, "en/glossary.md", 40003, "at most 60 characters");
  catalog = kiosk_content_get_catalog (content, "en");
  g_assert_cmpuint (catalog->terms->len, ==, 1);
  g_assert_cmpstr (term_at (content, 0)->term, ==, "Platelet");
  g_assert_cmpuint (strlen (catalog->glossary_intro), ==, 20000 * 8 - 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/kiosk/content/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("glossary/forms", test_glossary_forms);
  ADD ("glossary/separators", test_glossary_separators);
  ADD ("glossary/no-definition", test_glossary_no_definition);
  ADD ("glossary/term-twice", test_glossary_term_twice);
  ADD ("glossary/term-is-other-form", test_glossary_term_is_other_form);
  ADD ("glossary/form-twice", test_glossary_form_twice);
  ADD ("glossary/case-forms", test_glossary_case_forms);
  ADD ("glossary/form-repeated", test_glossary_form_repeated);
  ADD ("glossary/sorted", test_glossary_sorted);
  ADD ("glossary/out-of-order", test_glossary_out_of_order);
  ADD ("glossary/language-order", test_glossary_language_order);
  ADD ("glossary/long-term", test_glossary_long_term);

#undef ADD

  return g_test_run ();
}
