/* test-content.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "content-util.h"
#include "kiosk-paths.h"
#include "kiosk-content-private.h"
#include "kiosk-document-private.h"

/* A content folder's pages, sections and languages: titles, names, links,
 * page settings, order and translations. Files that cannot be read and
 * images are tested in test-content-files.c, glossary.md in
 * test-content-glossary.c. */

static void
test_valid_fixture (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(KioskContent) content = load (f);
  const KioskCatalog *catalog = kiosk_content_get_catalog (content, NULL);
  const KioskEntry *care, *first;
  g_autofree char *ids = NULL;

  assert_clean (content);
  assert_rest_loaded (content);
  g_assert_cmpstr (kiosk_content_get_default_lang (content), ==, "en");
  g_assert_cmpstr (kiosk_content_get_config (content)->name, ==, "Test Clinic");
  g_assert_cmpstr (catalog->lang, ==, "en");

  ids = top_ids (content);
  g_assert_cmpstr (ids, ==, "about care");

  care = find_entry (content, "care");
  g_assert_nonnull (care);
  g_assert_cmpint (care->kind, ==, KIOSK_ENTRY_SECTION);
  g_assert_cmpstr (care->title, ==, "Care");
  g_assert_cmpuint (care->children->len, ==, 1);

  first = g_ptr_array_index (care->children, 0);
  g_assert_true (first == find_entry (content, "care/first"));
  g_assert_true (first->parent == care);
  g_assert_cmpstr (first->file, ==, "en/20-care/10-first.md");

  /* Both ways of linking lead to the page id. */
  g_assert_cmpuint (first->document->links->len, ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      const KioskLink *link = g_ptr_array_index (first->document->links, i);

      g_assert_cmpint (link->kind, ==, KIOSK_LINK_PAGE);
      g_assert_cmpstr (link->target, ==, "about");
      g_assert_cmpuint (link->line, ==, 3);
    }

  /* Without a summary setting, the tile shows the first paragraph. */
  g_assert_cmpstr (find_entry (content, "about")->summary, ==, "We are a small clinic.");
}

static void
test_bundled (void)
{
  g_autoptr(KioskContent) content = kiosk_content_load (CONTENT_DIR);
  const char *languages[] = { "en", "es" };
  const KioskCatalog *en;

  assert_clean (content);
  g_assert_true (kiosk_content_is_usable (content));
  g_assert_cmpstr (kiosk_content_get_default_lang (content), ==, "en");

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      const KioskCatalog *catalog = kiosk_content_get_catalog (content, languages[l]);

      g_test_message ("language %s", languages[l]);
      g_assert_nonnull (catalog);
      g_assert_nonnull (catalog->home);
      g_assert_nonnull (catalog->home->document->title);
      g_assert_cmpuint (catalog->top->len, >=, 3);
      g_assert_cmpuint (catalog->terms->len, >, 0);

      for (guint i = 0; i < catalog->entries->len; i++)
        {
          const KioskEntry *entry = g_ptr_array_index (catalog->entries, i);

          g_test_message ("page %s", entry->file);
          /* A real "# Title", not the fallback made from the file name. */
          g_assert_nonnull (entry->document->title);
          g_assert_cmpstr (entry->title, ==, entry->document->title);
          g_assert_cmpuint (strlen (entry->title), >, 0);
        }
    }

  /* README.md: the file names are the same in every language folder. */
  en = kiosk_content_get_catalog (content, "en");
  for (guint i = 0; i < en->entries->len; i++)
    {
      const KioskEntry *entry = g_ptr_array_index (en->entries, i);
      const KioskEntry *other = NULL;

      g_test_message ("page %s in es", entry->id);
      if (strcmp (entry->id, KIOSK_ID_BOOKING) == 0)
        other = kiosk_content_get_catalog (content, "es")->booking;
      else
        other = kiosk_content_find (content, "es", entry->id);
      g_assert_nonnull (other);
      g_assert_cmpstr (other->file + 2, ==, entry->file + 2);
    }
}

static void
test_missing_folder (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *missing = fixture_path (f, "no-such-folder");
  g_autoptr(KioskContent) content = kiosk_content_load (missing);
  const KioskConfig *config = kiosk_content_get_config (content);

  assert_only (content, KIOSK_SEVERITY_ERROR, "", 1, "does not exist");
  g_assert_false (kiosk_content_is_usable (content));
  g_assert_nonnull (config);
  g_assert_cmpstr (config->languages[0], ==, "en");
  g_assert_null (config->languages[1]);
  g_assert_cmpuint (config->idle_timeout, ==, 90);
  g_assert_cmpstr (kiosk_content_get_default_lang (content), ==, "en");
  g_assert_null (kiosk_content_get_catalog (content, NULL));
  g_assert_null (kiosk_content_find (content, NULL, KIOSK_ID_HOME));
}

static void
test_empty_page (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;

  write_file (f, "en/30-empty.md", "");

  content = load (f);
  assert_only (content, KIOSK_SEVERITY_ERROR, "en/30-empty.md", 1, "no title");
  assert_rest_loaded (content);
}

static void
test_no_title (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;
  const KioskEntry *page;

  write_file (f, "en/30-untitled.md",
              "Some text without a heading.\n"
              "\n"
              "More text.\n");

  content = load (f);
  assert_only (content, KIOSK_SEVERITY_ERROR, "en/30-untitled.md", 1, "no title");

  /* The tile still gets a name rather than nothing. */
  page = find_entry (content, "untitled");
  g_assert_nonnull (page);
  g_assert_nonnull (page->title);
  g_assert_cmpuint (strlen (page->title), >, 0);
}

static void
test_duplicate_id (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;
  g_autofree char *ids = NULL;

  write_file (f, "en/40-about.md",
              "# About us again\n"
              "\n"
              "Same name, other number.\n");

  content = load (f);
  assert_only (content, KIOSK_SEVERITY_ERROR, "en/40-about.md", 1, "same name");
  assert_has (content, KIOSK_SEVERITY_ERROR, "en/40-about.md", 1, "en/10-about.md");

  /* The first page keeps the name; the second gets no tile. */
  g_assert_cmpstr (find_entry (content, "about")->file, ==, "en/10-about.md");
  ids = top_ids (content);
  g_assert_cmpstr (ids, ==, "about care");
}

static void
test_missing_link (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;

  write_file (f, "en/20-care/10-first.md",
              "# First visit\n"
              "\n"
              "Read [about us](about) first.\n"
              "\n"
              "Then see [the prices](prices).\n");

  content = load (f);
  assert_only (content, KIOSK_SEVERITY_ERROR, "en/20-care/10-first.md", 5, "prices");
  assert_rest_loaded (content);
}

/* A translated page may link to a page not translated yet: it is shown in
 * the clinic's first language, and only the missing translation is warned
 * of. A page missing in both is still an error. */
static void
test_link_untranslated (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;
  KioskDiagnostics *diagnostics;

  write_file (f, "kiosk.ini",
              "[clinic]\nname=Test Clinic\nbooking-url=https://example.org/book\n"
              "phone=+1 555 0100\n\n[kiosk]\nlanguages=en;fr\n");
  write_file (f, "fr/home.md",
              "# Bienvenue\n\nLisez [les soins](care) ou [les prix](prices).\n");

  content = load (f);
  diagnostics = kiosk_content_get_diagnostics (content);
  g_assert_cmpuint (kiosk_diagnostics_count_errors (diagnostics), ==, 1);
  assert_has (content, KIOSK_SEVERITY_ERROR, "fr/home.md", 3,
              "the link goes to “prices”, but there is no such page");
  assert_has (content, KIOSK_SEVERITY_WARNING, "en/20-care/index.md", 1,
              "this page has no version in fr/, so it is shown in en there");
}

static void
test_metadata_applied (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;
  g_autofree char *text = NULL;
  const KioskEntry *about;

  write_file (f, "en/10-about.md",
              "<!--\n"
              "icon = heart\n"
              "summary = Who we are, in one line.\n"
              "evidence = some-evidence\n"
              "evidence-note = Studies are mixed.\n"
              "-->\n"
              "# About us\n"
              "\n"
              "We are a small clinic.\n");

  content = load (f);
  assert_clean (content);

  about = find_entry (content, "about");
  g_assert_nonnull (about);
  g_assert_cmpstr (about->title, ==, "About us");
  g_assert_cmpstr (about->icon, ==, "heart");
  g_assert_cmpstr (about->summary, ==, "Who we are, in one line.");
  g_assert_cmpint (about->evidence, ==, KIOSK_EVIDENCE_SOME);
  g_assert_cmpstr (about->evidence_note, ==, "Studies are mixed.");
  g_assert_cmpstr (kiosk_evidence_to_string (about->evidence), !=, "");

  /* The settings block is never shown as text. */
  text = kiosk_document_get_text (about->document);
  g_assert_null (strstr (text, "icon"));
  g_assert_null (strstr (text, "evidence"));
}

static void
test_metadata_bad_icon (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;

  write_file (f, "en/10-about.md",
              "<!--\n"
              "summary = Who we are.\n"
              "icon = no-such-icon\n"
              "-->\n"
              "# About us\n");

  content = load (f);
  assert_only (content, KIOSK_SEVERITY_ERROR, "en/10-about.md", 3, "no-such-icon");
  g_assert_null (find_entry (content, "about")->icon);
  g_assert_cmpstr (find_entry (content, "about")->summary, ==, "Who we are.");
}

static void
test_metadata_bad_evidence (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;

  write_file (f, "en/10-about.md",
              "<!--\n"
              "icon = heart\n"
              "\n"
              "evidence = maybe\n"
              "-->\n"
              "# About us\n");

  content = load (f);
  assert_only (content, KIOSK_SEVERITY_ERROR, "en/10-about.md", 4, "maybe");
  g_assert_cmpint (find_entry (content, "about")->evidence, ==, KIOSK_EVIDENCE_NONE);
  g_assert_cmpstr (find_entry (content, "about")->icon, ==, "heart");
}

static void
test_metadata_unknown_key (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;

  write_file (f, "en/10-about.md",
              "<!--\n"
              "icon = heart\n"
              "colour = red\n"
              "-->\n"
              "# About us\n");

  content = load (f);
  assert_only (content, KIOSK_SEVERITY_WARNING, "en/10-about.md", 3, "colour");
  g_assert_cmpstr (find_entry (content, "about")->icon, ==, "heart");
}

static void
test_language_without_folder (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;

  /* The valid settings, with one more language. */
  write_file (f, "kiosk.ini",
              "[clinic]\n"
              "name=Test Clinic\n"
              "booking-url=https://example.org/book\n"
              "phone=+1 555 0100\n"
              "\n"
              "[kiosk]\n"
              "languages=en;fr\n");

  content = load (f);
  assert_only (content, KIOSK_SEVERITY_ERROR, "kiosk.ini", 7, "fr");
  g_assert_null (kiosk_content_get_catalog (content, "fr"));
  assert_rest_loaded (content);
}

static void
test_page_not_translated (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;

  write_file (f, "kiosk.ini",
              "[clinic]\n"
              "name=Test Clinic\n"
              "booking-url=https://example.org/book\n"
              "phone=+1 555 0100\n"
              "\n"
              "[kiosk]\n"
              "languages=en;es\n");
  write_file (f, "es/home.md", "# Bienvenida\n\nToque un tema.\n");
  write_file (f, "es/glossary.md", "# Glosario\n\n## Plaqueta\n\nUn trozo de célula.\n");
  write_file (f, "es/20-care/index.md", "# Cuidado\n\nCómo le cuidamos.\n");
  write_file (f, "es/20-care/10-first.md", "# Primera visita\n\nLea [esto](../20-care/index.md).\n");

  /* en/10-about.md has no Spanish version. */
  content = load (f);
  assert_only (content, KIOSK_SEVERITY_WARNING, "en/10-about.md", 1, "es/");
  g_assert_nonnull (kiosk_content_find (content, "es", "care/first"));
  g_assert_null (kiosk_content_find (content, "es", "about"));
}

static void
test_section_without_index (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;

  remove_file (f, "en/20-care/index.md");

  content = load (f);
  assert_only (content, KIOSK_SEVERITY_ERROR, "en/20-care/index.md", 1, "index.md");
  g_assert_nonnull (find_entry (content, "about"));
  g_assert_null (find_entry (content, "care"));
}

static void
test_ordering (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;
  g_autofree char *ids = NULL;
  const KioskEntry *care;

  write_file (f, "en/2-b.md", "# B\n");
  write_file (f, "en/10-a.md", "# A\n");
  write_file (f, "en/1-c.md", "# C\n");
  write_file (f, "en/20-care/2-second.md", "# Second\n");

  content = load (f);
  assert_clean (content);

  /* By number, not alphabetically: 1, 2, 10, then the name breaks the tie. */
  ids = top_ids (content);
  g_assert_cmpstr (ids, ==, "c b a about care");

  care = find_entry (content, "care");
  g_assert_cmpuint (care->children->len, ==, 2);
  g_assert_cmpstr (((KioskEntry *) g_ptr_array_index (care->children, 0))->id, ==,
                   "care/second");
  g_assert_cmpstr (((KioskEntry *) g_ptr_array_index (care->children, 1))->id, ==,
                   "care/first");
}

static void
test_page_ids (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(KioskContent) content = load (f);
  const KioskEntry *first;
  g_autofree char *id = NULL;

  assert_clean (content);
  first = find_entry (content, "care/first");
  g_assert_nonnull (first);
  g_assert_cmpstr (first->id, ==, "care/first");
  g_assert_cmpstr (first->file, ==, "en/20-care/10-first.md");
  g_assert_cmpint (find_entry (content, "care")->kind, ==, KIOSK_ENTRY_SECTION);
  g_assert_null (find_entry (content, "20-care/10-first"));
  g_assert_null (find_entry (content, "first"));
  g_assert_null (find_entry (content, "10-about"));

  id = kiosk_paths_to_page_id ("20-care/10-first.md");
  g_assert_cmpstr (id, ==, "care/first");
}

static void
test_raw_html (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;
  g_autofree char *all = NULL;
  const KioskEntry *page;
  gboolean found_paragraph = FALSE;

  write_file (f, "en/30-html.md",
              "# HTML\n"
              "\n"
              "Some <b>x</b> text.\n"
              "\n"
              "<script>alert(1)</script>\n"
              "\n"
              "After.\n");

  content = load (f);
  assert_only (content, KIOSK_SEVERITY_WARNING, "en/30-html.md", 3, "HTML");

  page = find_entry (content, "html");
  g_assert_nonnull (page);
  for (guint i = 0; i < page->document->blocks->len; i++)
    {
      const KioskBlock *block = g_ptr_array_index (page->document->blocks, i);
      g_autofree char *text = kiosk_block_get_text (block);
      g_autofree char *markup = kiosk_block_get_markup (block);

      for (guint r = 0; r < block->runs->len; r++)
        {
          const char *run = g_array_index (block->runs, KioskRun, r).text;

          g_assert_null (strstr (run, "<script>"));
          g_assert_null (strstr (run, "<b>"));
          g_assert_null (strstr (run, "alert"));
        }
      g_assert_null (strstr (markup, "<script"));
      found_paragraph |= g_strcmp0 (text, "Some x text.") == 0;
    }
  g_assert_true (found_paragraph);

  all = kiosk_document_get_text (page->document);
  g_assert_nonnull (strstr (all, "After."));
  g_assert_null (strstr (all, "script"));
}

/* A page whose first paragraph is a whole page long: its tile shows the
 * beginning, cut at a word, not all of it. */
static void
test_long_summary (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GString) page = g_string_new ("# Long\n\n");
  g_autoptr(KioskContent) content = NULL;
  const KioskEntry *entry;

  for (guint i = 0; i < 10000; i++)
    g_string_append (page, "word ");
  write_file (f, "en/50-long.md", page->str);
  content = load (f);
  entry = kiosk_content_find_for (content, "en", "long", NULL);
  g_assert_nonnull (entry);
  g_test_message ("%s", entry->summary);
  g_assert_cmpuint (g_utf8_strlen (entry->summary, -1), <=, 241);
  g_assert_true (g_str_has_suffix (entry->summary, "word…"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/kiosk/content/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("valid-fixture", test_valid_fixture);
  g_test_add_func ("/kiosk/content/bundled", test_bundled);
  ADD ("missing-folder", test_missing_folder);
  ADD ("empty-page", test_empty_page);
  ADD ("no-title", test_no_title);
  ADD ("duplicate-id", test_duplicate_id);
  ADD ("missing-link", test_missing_link);
  ADD ("link-untranslated", test_link_untranslated);
  ADD ("metadata/applied", test_metadata_applied);
  ADD ("metadata/bad-icon", test_metadata_bad_icon);
  ADD ("metadata/bad-evidence", test_metadata_bad_evidence);
  ADD ("metadata/unknown-key", test_metadata_unknown_key);
  ADD ("language-without-folder", test_language_without_folder);
  ADD ("page-not-translated", test_page_not_translated);
  ADD ("section-without-index", test_section_without_index);
  ADD ("ordering", test_ordering);
  ADD ("page-ids", test_page_ids);
  ADD ("raw-html", test_raw_html);
  ADD ("long-summary", test_long_summary);

#undef ADD

  return g_test_run ();
}
