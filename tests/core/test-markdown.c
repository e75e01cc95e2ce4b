/* test-markdown.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <pango/pango.h>
#include <string.h>

#include "kiosk-links.h"
#include "kiosk-markdown.h"
#include "kiosk-paths.h"
#include "kiosk-document-private.h"

static KioskDocument *
parse (const char *text)
{
  return kiosk_markdown_parse (text, strlen (text), NULL);
}

static KioskDocument *
parse_with (const char       *text,
            KioskDiagnostics *diagnostics)
{
  KioskMarkdownContext context = { 0 };

  context.file = "en/page.md";
  context.base_dir = "";
  context.first_line = 1;
  context.diagnostics = diagnostics;
  return kiosk_markdown_parse (text, strlen (text), &context);
}

static const KioskBlock *
block_at (KioskDocument *doc,
          guint          index)
{
  g_assert_cmpuint (index, <, doc->blocks->len);
  return g_ptr_array_index (doc->blocks, index);
}

static char *
text_at (KioskDocument *doc,
         guint          index)
{
  return kiosk_block_get_text (block_at (doc, index));
}

/* Every block's markup must be accepted by Pango, as GtkLabel will. */
static void
assert_markup_valid (KioskDocument *doc)
{
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      g_autofree char *markup = kiosk_block_get_markup_full (block_at (doc, i), FALSE);
      g_autofree char *plain = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *expected = kiosk_block_get_text (block_at (doc, i));

      if (!pango_parse_markup (markup, -1, 0, NULL, &plain, NULL, &error))
        g_error ("block %u: invalid markup %s: %s", i, markup, error->message);
      /* What Pango shows is exactly the text of the model: nothing was
       * interpreted as markup. */
      g_assert_cmpstr (plain, ==, expected);
    }
}

static void
test_headings_and_title (void)
{
  g_autoptr(KioskDocument) doc = parse ("Intro\n\n## Second level\n\n# Main\n\n###### Six\n");

  g_assert_cmpuint (doc->blocks->len, ==, 4);
  g_assert_cmpint (block_at (doc, 1)->kind, ==, KIOSK_BLOCK_HEADING);
  g_assert_cmpuint (block_at (doc, 1)->level, ==, 2);
  g_assert_cmpuint (block_at (doc, 3)->level, ==, 6);
  /* The title is the first heading, whatever its level. */
  g_assert_cmpstr (doc->title, ==, "Second level");
  g_assert_cmpuint (doc->title_line, ==, 3);
  assert_markup_valid (doc);
}

static void
test_emphasis_strong_code (void)
{
  g_autoptr(KioskDocument) doc = parse ("Plain *em* **strong** `a<b` ***both***\n");
  const KioskBlock *block = block_at (doc, 0);
  g_autofree char *markup = kiosk_block_get_markup (block);
  gboolean saw_em = FALSE, saw_strong = FALSE, saw_code = FALSE, saw_both = FALSE;

  for (guint i = 0; i < block->runs->len; i++)
    {
      const KioskRun *run = &g_array_index (block->runs, KioskRun, i);

      saw_em |= g_str_equal (run->text, "em") && run->style == KIOSK_STYLE_EMPH;
      saw_strong |= g_str_equal (run->text, "strong") && run->style == KIOSK_STYLE_STRONG;
      saw_code |= g_str_equal (run->text, "a<b") && run->style == KIOSK_STYLE_CODE;
      saw_both |= g_str_equal (run->text, "both") &&
                  run->style == (KIOSK_STYLE_EMPH | KIOSK_STYLE_STRONG);
    }
  g_assert_true (saw_em && saw_strong && saw_code && saw_both);
  g_assert_nonnull (strstr (markup, "<i>em</i>"));
  g_assert_nonnull (strstr (markup, "<b>strong</b>"));
  g_assert_nonnull (strstr (markup, "a&lt;b"));
  assert_markup_valid (doc);
}

static void
test_lists_nested (void)
{
  g_autoptr(KioskDocument) doc = parse ("- one\n- two\n  1. inner\n  2. inner two\n- three\n\n"
                                        "3) three\n4) four\n");
  g_autofree char *t0 = text_at (doc, 0);

  g_assert_cmpstr (t0, ==, "one");
  g_assert_cmpstr (block_at (doc, 0)->marker, ==, "•");
  g_assert_cmpuint (block_at (doc, 0)->list_depth, ==, 1);
  g_assert_true (block_at (doc, 0)->compact);
  g_assert_cmpstr (block_at (doc, 2)->marker, ==, "1.");
  g_assert_cmpuint (block_at (doc, 2)->list_depth, ==, 2);
  g_assert_cmpstr (block_at (doc, 3)->marker, ==, "2.");
  g_assert_cmpstr (block_at (doc, 4)->marker, ==, "•");
  /* Ordered lists keep their start number and delimiter. */
  g_assert_cmpstr (block_at (doc, 5)->marker, ==, "3)");
  g_assert_cmpstr (block_at (doc, 6)->marker, ==, "4)");
  assert_markup_valid (doc);
}

static void
test_loose_list_and_empty_item (void)
{
  g_autoptr(KioskDocument) doc = parse ("- a\n\n- b\n-\n");

  g_assert_false (block_at (doc, 0)->compact);
  /* An empty item still shows its bullet. */
  g_assert_cmpstr (block_at (doc, 2)->marker, ==, "•");
  g_assert_cmpuint (block_at (doc, 2)->runs->len, ==, 0);
}

static void
test_block_quote_code_rule (void)
{
  g_autoptr(KioskDocument) doc = parse ("> quoted\n> > deeper\n\n```sh\nrm -rf <x>\n```\n\n"
                                        "    indented code\n\n---\n");

  g_assert_cmpuint (block_at (doc, 0)->quote_depth, ==, 1);
  g_assert_cmpuint (block_at (doc, 1)->quote_depth, ==, 2);
  g_assert_cmpint (block_at (doc, 2)->kind, ==, KIOSK_BLOCK_CODE);
  {
    g_autofree char *code = text_at (doc, 2);
    g_assert_cmpstr (code, ==, "rm -rf <x>");
  }
  g_assert_cmpint (block_at (doc, 3)->kind, ==, KIOSK_BLOCK_CODE);
  g_assert_cmpint (block_at (doc, 4)->kind, ==, KIOSK_BLOCK_RULE);
  assert_markup_valid (doc);
}

static void
test_breaks (void)
{
  g_autoptr(KioskDocument) doc = parse ("soft\nbreak and hard  \nbreak\n");
  g_autofree char *text = text_at (doc, 0);

  g_assert_cmpstr (text, ==, "soft break and hard\nbreak");
}

static void
test_images (void)
{
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  g_autoptr(KioskDocument) doc = parse_with ("Before ![A *nice* photo](images/a%20b.png) after\n\n"
                                             "![bad](../secret.png)\n\n![abs](/etc/passwd)\n\n"
                                             "![web](https://example.org/x.png)\n",
                                             diagnostics);
  g_autofree char *before = text_at (doc, 0);
  g_autofree char *alt = text_at (doc, 1);
  g_autofree char *after = text_at (doc, 2);

  g_assert_cmpstr (before, ==, "Before ");
  g_assert_cmpint (block_at (doc, 1)->kind, ==, KIOSK_BLOCK_IMAGE);
  g_assert_cmpstr (block_at (doc, 1)->image, ==, "images/a b.png");
  g_assert_cmpstr (alt, ==, "A nice photo");
  g_assert_cmpstr (after, ==, " after");
  /* Paths that leave the content folder are refused and reported. */
  g_assert_null (block_at (doc, 3)->image);
  g_assert_null (block_at (doc, 4)->image);
  g_assert_null (block_at (doc, 5)->image);
  g_assert_cmpuint (kiosk_diagnostics_get_count (diagnostics), ==, 3);
  g_assert_cmpuint (kiosk_diagnostics_get (diagnostics, 0)->line, ==, 3);
  assert_markup_valid (doc);
}

static void
test_links (void)
{
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  g_autoptr(KioskDocument) doc =
    parse_with ("[page](therapies/prp) [file](30-therapies/40-prp.md#top) "
                "[web](https://Example.org/Book?x=1&y=Z) [tel](tel:+1%20555%200100) "
                "[mail](mailto:desk@example.org)\n\n"
                "[js](javascript:alert(1)) [file](file:///etc/passwd) [data](data:text/html,x)\n",
                diagnostics);
  const char *expected[] = {
    "therapies/prp", "therapies/prp", "https://Example.org/Book?x=1&y=Z", "+1 555 0100",
    "desk@example.org"
  };
  KioskLinkKind kinds[] = {
    KIOSK_LINK_PAGE, KIOSK_LINK_PAGE, KIOSK_LINK_WEB, KIOSK_LINK_PHONE, KIOSK_LINK_EMAIL
  };
  g_autofree char *markup = kiosk_block_get_markup (block_at (doc, 1));

  g_assert_cmpuint (doc->links->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < doc->links->len; i++)
    {
      const KioskLink *link = g_ptr_array_index (doc->links, i);

      g_assert_cmpstr (link->target, ==, expected[i]);
      g_assert_cmpint (link->kind, ==, kinds[i]);
      g_assert_cmpuint (link->line, ==, 1);
    }

  /* Dangerous schemes become plain text: no link at all in the markup. */
  g_assert_null (strstr (markup, "<a"));
  g_assert_null (strstr (markup, "javascript"));
  g_assert_cmpuint (kiosk_diagnostics_get_count (diagnostics), ==, 3);
  g_assert_cmpuint (kiosk_diagnostics_get (diagnostics, 0)->line, ==, 3);
  assert_markup_valid (doc);
}

static void
test_relative_page_links (void)
{
  g_autofree char *target = NULL;

  g_assert_cmpint (kiosk_links_classify ("../30-therapies/40-prp.md", "40-conditions",
                                         &target), ==, KIOSK_LINK_PAGE);
  g_assert_cmpstr (target, ==, "therapies/prp");
  g_clear_pointer (&target, g_free);
  g_assert_cmpint (kiosk_links_classify ("index.md", "30-therapies", &target), ==,
                   KIOSK_LINK_PAGE);
  g_assert_cmpstr (target, ==, "therapies");
  g_clear_pointer (&target, g_free);
  g_assert_cmpint (kiosk_links_classify ("../../../etc/passwd.md", "a", &target), ==,
                   KIOSK_LINK_NONE);
  g_assert_null (target);
  g_assert_cmpint (kiosk_links_classify ("//evil.example/x", "", &target), ==,
                   KIOSK_LINK_NONE);
  g_assert_cmpint (kiosk_links_classify ("HTTPS://example.org/a", "", &target), ==,
                   KIOSK_LINK_WEB);
  g_clear_pointer (&target, g_free);

  /* A target that unescapes to bytes that are not UTF-8 is no page (it
   * used to reach the navigate action and raise a GLib critical). */
  g_assert_cmpint (kiosk_links_classify ("%FF", "", &target), ==, KIOSK_LINK_NONE);
  g_assert_null (target);
  g_assert_cmpint (kiosk_links_classify ("about%C3%28.md", "", &target), ==, KIOSK_LINK_NONE);
  g_assert_null (target);
  g_assert_cmpint (kiosk_links_classify ("caf%C3%A9", "", &target), ==, KIOSK_LINK_PAGE);
  g_assert_cmpstr (target, ==, "caf\xc3\xa9");
  g_clear_pointer (&target, g_free);
  g_assert_null (kiosk_links_check_image ("images/%FF.png"));
}

static void
test_escaping_hostile (void)
{
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  g_autoptr(KioskDocument) doc =
    parse_with ("# Safe & sound < 3 <sound>\n\nA <b>bold</b> claim &amp; 1 < 2 > 0 & \"q\"\n\n"
                "<script>alert('x')</script>\n\n<div>block *html*</div>\n\n"
                "Text with <span onclick=\"x\">span</span> and a < lonely bracket\n\n"
                "[click](javascript:alert(document.cookie))\n",
                diagnostics);
  g_autofree char *all = kiosk_document_get_text (doc);

  assert_markup_valid (doc);
  /* Raw HTML is never interpreted and never reaches the screen. */
  g_assert_null (strstr (all, "<b>"));
  g_assert_null (strstr (all, "<script"));
  g_assert_null (strstr (all, "alert('x')"));
  g_assert_null (strstr (all, "<div>"));
  g_assert_nonnull (strstr (all, "A bold claim & 1 < 2 > 0 &"));
  g_assert_nonnull (strstr (all, "a < lonely bracket"));
  g_assert_cmpstr (doc->title, ==, "Safe & sound < 3");
  g_assert_cmpuint (doc->links->len, ==, 0);
  g_assert_cmpuint (kiosk_diagnostics_get_count (diagnostics), >=, 1);
}

static void
test_deep_nesting (void)
{
  const guint depth = 10000;
  g_autoptr(GString) quotes = g_string_new (NULL);
  g_autoptr(GString) lists = g_string_new (NULL);
  g_autoptr(GString) emph = g_string_new (NULL);
  g_autoptr(KioskDocument) q = NULL;
  g_autoptr(KioskDocument) l = NULL;
  g_autoptr(KioskDocument) e = NULL;
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < depth; i++)
    g_string_append_c (quotes, '>');
  g_string_append (quotes, " deep\n");
  /* "- - - x" nests one list per marker on a single line. */
  for (guint i = 0; i < depth; i++)
    g_string_append (lists, i % 2 ? "1. " : "- ");
  g_string_append (lists, "deep item\n");
  for (guint i = 0; i < depth; i++)
    g_string_append (emph, "*a **b ");

  q = parse (quotes->str);
  l = parse (lists->str);
  e = parse (emph->str);

  /* Depth is capped, so no widget or markup tree can grow with the input. */
  for (guint i = 0; i < q->blocks->len; i++)
    g_assert_cmpuint (block_at (q, i)->quote_depth, <=, KIOSK_MAX_DEPTH);
  for (guint i = 0; i < l->blocks->len; i++)
    g_assert_cmpuint (block_at (l, i)->list_depth, <=, KIOSK_MAX_DEPTH);
  assert_markup_valid (q);
  assert_markup_valid (l);
  assert_markup_valid (e);
  g_test_message ("10,000-deep quotes, lists and emphasis parsed in %.2f s",
                  (g_get_monotonic_time () - start) / 1e6);
}

static void
test_invalid_utf8_and_nul (void)
{
  const char text[] = "# T\xff\xfe" "tle\n\nbad \xc3\x28 byte and a \0 nul\n";
  g_autoptr(KioskDocument) doc = kiosk_markdown_parse (text, sizeof text - 1, NULL);

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      g_autofree char *t = text_at (doc, i);
      g_assert_true (g_utf8_validate (t, -1, NULL));
    }
  assert_markup_valid (doc);
}

static void
test_metadata (void)
{
  g_autoptr(KioskDiagnostics) diagnostics = kiosk_diagnostics_new ();
  g_autoptr(GHashTable) meta = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(KioskDocument) doc = NULL;
  KioskMarkdownContext context = { "en/p.md", "", 1, diagnostics, meta, lines };
  const char *text = "<!--\nicon = heart\nsummary = A short line\nnot a setting\n-->\n# Title\n\n"
                     "<!-- a later comment is not metadata = x -->\n";

  doc = kiosk_markdown_parse (text, strlen (text), &context);
  g_assert_cmpstr (g_hash_table_lookup (meta, "icon"), ==, "heart");
  g_assert_cmpstr (g_hash_table_lookup (meta, "summary"), ==, "A short line");
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (lines, "summary")), ==, 3);
  g_assert_cmpuint (g_hash_table_size (meta), ==, 2);
  /* The broken line, and settings written below the title, are reported. */
  g_assert_cmpuint (kiosk_diagnostics_get_count (diagnostics), ==, 2);
  g_assert_cmpuint (kiosk_diagnostics_get (diagnostics, 0)->line, ==, 4);
  g_assert_cmpuint (kiosk_diagnostics_get (diagnostics, 1)->line, ==, 8);
  g_assert_cmpstr (doc->title, ==, "Title");
  /* The metadata comment itself never shows as text. */
  g_assert_cmpuint (doc->blocks->len, ==, 1);
}

static void
test_paths (void)
{
  g_autofree char *a = kiosk_paths_to_page_id ("30-therapies/40-platelet-rich-plasma.md");
  g_autofree char *b = kiosk_paths_to_page_id ("30-therapies/index.md");
  g_autofree char *c = kiosk_paths_to_page_id ("10-what-is.md");
  g_autofree char *d = kiosk_paths_normalize ("a/b", "../c/./d.md");
  g_autofree char *e = kiosk_paths_normalize ("a", "../../x");
  g_autofree char *f = kiosk_paths_strip_prefix ("2024-report", NULL);
  g_autofree char *g = kiosk_paths_strip_prefix ("plain", NULL);

  g_assert_cmpstr (a, ==, "therapies/platelet-rich-plasma");
  g_assert_cmpstr (b, ==, "therapies");
  g_assert_cmpstr (c, ==, "what-is");
  g_assert_cmpstr (d, ==, "a/c/d.md");
  g_assert_null (e);
  g_assert_cmpstr (f, ==, "report");
  g_assert_cmpstr (g, ==, "plain");
}

/* All the markup of a document's blocks, glossary words marked, one block
 * per line. */
static char *
markup_with_terms (const KioskDocument *doc,
                   const KioskGlossary *glossary,
                   GArray              *found)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      g_autofree char *markup = kiosk_block_get_markup_with_terms (g_ptr_array_index (doc->blocks, i),
                                                                   glossary, found);

      g_string_append (str, markup);
      g_string_append_c (str, '\n');
    }
  return g_string_free (str, FALSE);
}

/* Glossary words are marked in running text, but not in headings, links or
 * code; a word may cross bold and italic runs; the markup stays valid. */
static void
test_terms_marked (void)
{
  g_autoptr(KioskGlossary) glossary = kiosk_glossary_new ();
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(KioskDocument) doc = NULL;
  g_autofree char *markup = NULL;
  g_auto(GStrv) lines = NULL;

  kiosk_glossary_add (glossary, "platelet", 0);
  kiosk_glossary_add (glossary, "platelets", 0);
  kiosk_glossary_add (glossary, "platelet-rich plasma", 1);
  kiosk_glossary_add (glossary, "PRP", 1);
  kiosk_glossary_add (glossary, "plasma", 2);

  doc = parse ("# Platelets and PRP\n"
               "\n"
               "Your **platelet**-rich plasma is made from plasma & platelets.\n"
               "\n"
               "See [the PRP page](therapies/prp) or `PRP` in code. Platelets<sup>.\n"
               "\n"
               "    PRP in a code block\n");
  markup = markup_with_terms (doc, glossary, found);
  lines = g_strsplit (markup, "\n", -1);

  /* Heading: nothing marked. */
  g_assert_null (strstr (lines[0], "class=\"term\""));
  /* A word across a bold run, then two more, each once; & escaped. */
  g_assert_cmpstr (lines[1], ==,
                   "Your <a href=\"t:1:5\" class=\"term\"><b>platelet</b>-rich plasma</a> is made from "
                   "<a href=\"t:2:39\" class=\"term\">plasma</a> &amp; "
                   "<a href=\"t:0:48\" class=\"term\">platelets</a>.");
  /* The link and the code span keep PRP unmarked; the last word is marked. */
  g_assert_nonnull (strstr (lines[2], "<a href=\"0\">the PRP page</a>"));
  g_assert_nonnull (strstr (lines[2], "<span font_family=\"monospace\">PRP</span>"));
  g_assert_nonnull (strstr (lines[2], "class=\"term\">Platelets</a>"));
  g_assert_cmpuint (g_strv_length (lines), >=, 4);
  g_assert_null (strstr (lines[3], "class=\"term\""));

  /* Reading order of the words found. */
  g_assert_cmpuint (found->len, ==, 4);
  g_assert_cmpuint (g_array_index (found, guint, 0), ==, 1);
  g_assert_cmpuint (g_array_index (found, guint, 1), ==, 2);
  g_assert_cmpuint (g_array_index (found, guint, 2), ==, 0);
  g_assert_cmpuint (g_array_index (found, guint, 3), ==, 0);

  /* Every line is markup Pango accepts (links aside, which GtkLabel reads). */
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GRegex) strip = g_regex_new ("</?a[^>]*>", 0, 0, NULL);
      g_autofree char *plain = g_regex_replace_literal (strip, lines[i], -1, 0, "", 0, NULL);

      g_assert_true (pango_parse_markup (plain, -1, 0, NULL, NULL, NULL, NULL));
    }
}

static guint
count_terms (const char *markup)
{
  guint n = 0;

  for (const char *p = markup; (p = strstr (p, "class=\"term\"")) != NULL; p++)
    n++;
  return n;
}

/* A word that comes back in a paragraph is marked where it first appears;
 * a paragraph of many glossary words marks KIOSK_MAX_TERMS_PER_BLOCK. */
static void
test_terms_once (void)
{
  g_autoptr(KioskGlossary) glossary = kiosk_glossary_new ();
  g_autoptr(GString) many = g_string_new ("# Words\n\n");
  g_autoptr(KioskDocument) doc = NULL;
  g_autoptr(KioskDocument) crowded = NULL;
  g_autofree char *markup = NULL;
  g_autofree char *crowded_markup = NULL;

  kiosk_glossary_add (glossary, "knee", 0);
  for (guint i = 1; i <= 100; i++)
    {
      g_autofree char *word = g_strdup_printf ("word%u", i);

      kiosk_glossary_add (glossary, word, i);
      g_string_append_printf (many, "%s ", word);
    }

  doc = parse ("# Knee\n\nThe knee, the knee and the knee.\n\nA knee again.\n");
  markup = markup_with_terms (doc, glossary, NULL);
  g_assert_cmpstr (markup, ==,
                   "Knee\n"
                   "The <a href=\"t:0:4\" class=\"term\">knee</a>, the knee and the knee.\n"
                   "A <a href=\"t:0:2\" class=\"term\">knee</a> again.\n");

  crowded = parse (many->str);
  crowded_markup = markup_with_terms (crowded, glossary, NULL);
  g_assert_cmpuint (count_terms (crowded_markup), ==, KIOSK_MAX_TERMS_PER_BLOCK);
  g_assert_nonnull (strstr (crowded_markup, "class=\"term\">word64</a> word65 "));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kiosk/markdown/headings", test_headings_and_title);
  g_test_add_func ("/kiosk/markdown/terms-marked", test_terms_marked);
  g_test_add_func ("/kiosk/markdown/terms-once", test_terms_once);
  g_test_add_func ("/kiosk/markdown/emphasis", test_emphasis_strong_code);
  g_test_add_func ("/kiosk/markdown/lists", test_lists_nested);
  g_test_add_func ("/kiosk/markdown/loose-list", test_loose_list_and_empty_item);
  g_test_add_func ("/kiosk/markdown/quote-code-rule", test_block_quote_code_rule);
  g_test_add_func ("/kiosk/markdown/breaks", test_breaks);
  g_test_add_func ("/kiosk/markdown/images", test_images);
  g_test_add_func ("/kiosk/markdown/links", test_links);
  g_test_add_func ("/kiosk/markdown/relative-links", test_relative_page_links);
  g_test_add_func ("/kiosk/markdown/escaping", test_escaping_hostile);
  g_test_add_func ("/kiosk/markdown/deep-nesting", test_deep_nesting);
  g_test_add_func ("/kiosk/markdown/invalid-utf8", test_invalid_utf8_and_nul);
  g_test_add_func ("/kiosk/markdown/metadata", test_metadata);
  g_test_add_func ("/kiosk/markdown/paths", test_paths);

  return g_test_run ();
}
