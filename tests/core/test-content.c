/* test-content.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kiosk-content.h"
#include "kiosk-paths.h"
#include "test-util.h"

/* Every test builds its own content folder at run time from a small valid
 * one, breaks one thing, and checks the problem staff would be shown. */

typedef struct
{
  char *dir;
} Fixture;

static const char valid_ini[] =
  "[clinic]\n"
  "name=Test Clinic\n"
  "booking-url=https://example.org/book\n"
  "phone=+1 555 0100\n"
  "\n"
  "[kiosk]\n"
  "languages=en\n";                                 /* line 7 */

static const char valid_home[] =
  "# Welcome\n"
  "\n"
  "Tap a topic to start.\n";

static const char valid_glossary[] =
  "# Glossary\n"
  "\n"
  "Short meanings of the words on this kiosk.\n"
  "\n"
  "## Platelet\n"                                  /* line 5 */
  "\n"
  "*platelets, thrombocyte*\n"
  "\n"
  "A tiny piece of a cell that helps blood clot.\n"
  "\n"
  "## Stem cell\n"                                 /* line 11 */
  "\n"
  "A cell that can become other kinds of cells.\n";

static const char valid_about[] =
  "# About us\n"
  "\n"
  "We are a small clinic.\n";

static const char valid_care_index[] =
  "# Care\n"
  "\n"
  "How we look after you.\n";

static const char valid_care_first[] =
  "# First visit\n"
  "\n"
  "Read [about us](about) first, or [the same page](../10-about.md).\n";

/*
 * Helpers
 */

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("kiosk-content-XXXXXX", &error);

  g_assert_no_error (error);
  g_assert_nonnull (dir);
  return dir;
}

static char *
fixture_path (Fixture    *f,
              const char *relative)
{
  return g_build_filename (f->dir, relative, NULL);
}

static void
write_bytes (Fixture    *f,
             const char *relative,
             const char *data,
             gssize      len)
{
  g_autofree char *path = fixture_path (f, relative);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (parent, 0755), ==, 0);
  g_file_set_contents (path, data, len, &error);
  g_assert_no_error (error);
}

static void
write_file (Fixture    *f,
            const char *relative,
            const char *text)
{
  write_bytes (f, relative, text, -1);
}

static void
make_dir (Fixture    *f,
          const char *relative)
{
  g_autofree char *path = fixture_path (f, relative);

  g_assert_cmpint (g_mkdir_with_parents (path, 0755), ==, 0);
}

static void
remove_file (Fixture    *f,
             const char *relative)
{
  g_autofree char *path = fixture_path (f, relative);

  g_assert_cmpint (g_unlink (path), ==, 0);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = make_temp_dir ();
  write_file (f, "kiosk.ini", valid_ini);
  write_file (f, "en/home.md", valid_home);
  write_file (f, "en/glossary.md", valid_glossary);
  write_file (f, "en/10-about.md", valid_about);
  write_file (f, "en/20-care/index.md", valid_care_index);
  write_file (f, "en/20-care/10-first.md", valid_care_first);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  remove_tree (f->dir);
  g_assert_false (g_file_test (f->dir, G_FILE_TEST_EXISTS));
  g_free (f->dir);
}

static KioskContent *
load (Fixture *f)
{
  KioskContent *content = kiosk_content_load (f->dir);

  g_assert_true (KIOSK_IS_CONTENT (content));
  g_assert_nonnull (kiosk_content_get_config (content));
  return content;
}

/* All problems as "error FILE:LINE: message" lines, for failure messages. */
static char *
dump_diagnostics (KioskContent *content)
{
  KioskDiagnostics *diagnostics = kiosk_content_get_diagnostics (content);
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < kiosk_diagnostics_get_count (diagnostics); i++)
    {
      const KioskDiagnostic *d = kiosk_diagnostics_get (diagnostics, i);

      g_string_append_printf (str, "%s %s:%u: %s\n",
                              d->severity == KIOSK_SEVERITY_ERROR ? "error" : "warning",
                              d->file, d->line, d->message);
    }
  return g_string_free (str, FALSE);
}

static guint
count_diagnostics (KioskContent *content)
{
  return kiosk_diagnostics_get_count (kiosk_content_get_diagnostics (content));
}

static void
assert_clean (KioskContent *content)
{
  g_autofree char *dump = dump_diagnostics (content);

  /* Comparing the text shows every unexpected problem when this fails. */
  g_assert_cmpstr (dump, ==, "");
}

static gboolean
diagnostic_matches (const KioskDiagnostic *d,
                    KioskSeverity          severity,
                    const char            *file,
                    guint                  line,
                    const char            *word)
{
  return d->severity == severity && g_strcmp0 (d->file, file) == 0 && d->line == line &&
         strstr (d->message, word) != NULL;
}

static void
assert_has (KioskContent  *content,
            KioskSeverity  severity,
            const char    *file,
            guint          line,
            const char    *word)
{
  KioskDiagnostics *diagnostics = kiosk_content_get_diagnostics (content);
  gboolean found = FALSE;

  for (guint i = 0; !found && i < kiosk_diagnostics_get_count (diagnostics); i++)
    found = diagnostic_matches (kiosk_diagnostics_get (diagnostics, i), severity, file, line,
                                word);

  if (!found)
    {
      g_autofree char *dump = dump_diagnostics (content);

      g_test_message ("expected %s %s:%u mentioning “%s”; got:\n%s",
                      severity == KIOSK_SEVERITY_ERROR ? "error" : "warning",
                      file, line, word, dump);
    }
  g_assert_true (found);
}

/* Exactly one problem, and it is this one. */
static void
assert_only (KioskContent  *content,
             KioskSeverity  severity,
             const char    *file,
             guint          line,
             const char    *word)
{
  g_autofree char *dump = dump_diagnostics (content);

  if (count_diagnostics (content) != 1)
    g_test_message ("expected one problem; got:\n%s", dump);
  g_assert_cmpuint (count_diagnostics (content), ==, 1);
  assert_has (content, severity, file, line, word);
}

static const KioskEntry *
find_entry (KioskContent *content,
            const char   *id)
{
  return kiosk_content_find (content, "en", id);
}

static char *
top_ids (KioskContent *content)
{
  const KioskCatalog *catalog = kiosk_content_get_catalog (content, "en");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;

  g_assert_nonnull (catalog);
  for (guint i = 0; i < catalog->top->len; i++)
    g_strv_builder_add (builder, ((KioskEntry *) g_ptr_array_index (catalog->top, i))->id);
  ids = g_strv_builder_end (builder);
  return g_strjoinv (" ", ids);
}

/* The pages of the valid fixture other than the one a test breaks. */
static void
assert_rest_loaded (KioskContent *content)
{
  const KioskCatalog *catalog = kiosk_content_get_catalog (content, "en");

  g_assert_true (kiosk_content_is_usable (content));
  g_assert_nonnull (catalog);
  g_assert_nonnull (catalog->home);
  g_assert_cmpstr (catalog->home->title, ==, "Welcome");
  g_assert_nonnull (find_entry (content, "about"));
  g_assert_cmpstr (find_entry (content, "about")->title, ==, "About us");
  g_assert_nonnull (find_entry (content, "care/first"));
  g_assert_cmpstr (find_entry (content, "care/first")->title, ==, "First visit");
  g_assert_cmpuint (catalog->terms->len, ==, 2);
}

static const KioskTerm *
term_at (KioskContent *content,
         guint         index)
{
  const KioskCatalog *catalog = kiosk_content_get_catalog (content, "en");

  g_assert_nonnull (catalog);
  g_assert_cmpuint (index, <, catalog->terms->len);
  return g_ptr_array_index (catalog->terms, index);
}

/*
 * Tests
 */

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
test_random_bytes (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260101);
  g_autoptr(KioskContent) content = NULL;
  KioskDiagnostics *diagnostics;
  char bytes[4096];
  const char *bad = NULL;
  guint line = 1;

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = (char) g_rand_int_range (rand, 0, 256);
  g_assert_false (g_utf8_validate (bytes, sizeof bytes, &bad));
  for (const char *p = bytes; p < bad; p++)
    line += *p == '\n';
  write_bytes (f, "en/30-random.md", bytes, sizeof bytes);

  content = load (f);
  assert_has (content, KIOSK_SEVERITY_ERROR, "en/30-random.md", line, "UTF-8");

  /* The broken file is the only one with problems. */
  diagnostics = kiosk_content_get_diagnostics (content);
  for (guint i = 0; i < kiosk_diagnostics_get_count (diagnostics); i++)
    g_assert_cmpstr (kiosk_diagnostics_get (diagnostics, i)->file, ==, "en/30-random.md");
  assert_rest_loaded (content);
}

static void
test_invalid_utf8_line (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;
  const KioskEntry *about;

  write_file (f, "en/10-about.md",
              "# About us\n"
              "\n"
              "We are a small clinic.\n"
              "\n"
              "Caf\xe9 and more.\n"
              "\n"
              "The end.\n");

  content = load (f);
  assert_only (content, KIOSK_SEVERITY_ERROR, "en/10-about.md", 5, "UTF-8");

  /* The rest of the page is still shown. */
  about = find_entry (content, "about");
  g_assert_nonnull (about);
  g_assert_cmpstr (about->title, ==, "About us");
  g_assert_cmpuint (about->document->blocks->len, ==, 4);
}

static void
test_too_large (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = fixture_path (f, "en/30-huge.md");
  g_autoptr(KioskContent) content = NULL;
  FILE *file;

  /* A sparse 50 MB file: quick to make, and as large as a real one to stat. */
  file = g_fopen (path, "wb");
  g_assert_nonnull (file);
  g_assert_cmpint (fseek (file, 50 * 1024 * 1024 - 1, SEEK_SET), ==, 0);
  g_assert_cmpint (fputc ('\n', file), ==, '\n');
  g_assert_cmpint (fclose (file), ==, 0);

  content = load (f);
  g_assert_cmpint (g_unlink (path), ==, 0);

  assert_only (content, KIOSK_SEVERITY_ERROR, "en/30-huge.md", 1, "too large");
  /* Staff see how large it is, so the file was never read in. */
  assert_has (content, KIOSK_SEVERITY_ERROR, "en/30-huge.md", 1, "50.0 MB");
  g_assert_null (find_entry (content, "huge"));
  assert_rest_loaded (content);
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
test_folder_named_like_page (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;
  const KioskDiagnostic *d;
  g_autofree char *dump = NULL;

  make_dir (f, "en/30-x.md");

  content = load (f);
  dump = dump_diagnostics (content);
  g_test_message ("%s", dump);
  g_assert_cmpuint (count_diagnostics (content), ==, 1);

  /* Staff must be able to tell which entry is wrong. */
  d = kiosk_diagnostics_get (kiosk_content_get_diagnostics (content), 0);
  g_assert_true (g_str_has_prefix (d->file, "en/30-x.md"));
  g_assert_nonnull (strstr (d->message, "30-x.md"));
  assert_rest_loaded (content);
}

/* Reading a named pipe would wait forever for a writer. */
static void
test_special_file (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = fixture_path (f, "en/30-pipe.md");
  g_autoptr(KioskContent) content = NULL;

  g_assert_cmpint (mkfifo (path, 0644), ==, 0);

  content = load (f);
  assert_only (content, KIOSK_SEVERITY_ERROR, "en/30-pipe.md", 1, "should be a file");
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

static void
test_image_missing (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;
  g_autofree char *found = NULL;

  write_file (f, "images/ok.png", "not really a PNG");
  write_file (f, "en/30-pictures.md",
              "# Pictures\n"
              "\n"
              "![Our front desk](images/ok.png)\n"
              "\n"
              "![A missing photo](images/missing.png)\n");

  content = load (f);
  assert_only (content, KIOSK_SEVERITY_ERROR, "en/30-pictures.md", 5, "images/missing.png");

  found = kiosk_content_resolve_file (content, "images/ok.png");
  g_assert_nonnull (found);
  g_assert_true (g_str_has_prefix (found, f->dir));
  g_assert_null (kiosk_content_resolve_file (content, "images/missing.png"));
}

static void
test_image_outside (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(KioskContent) content = NULL;
  const KioskEntry *page;

  write_file (f, "en/30-pictures.md",
              "# Pictures\n"
              "\n"
              "![Climbing out](../secret.png)\n"
              "\n"
              "![Absolute](/etc/hostname)\n");

  content = load (f);
  g_assert_cmpuint (count_diagnostics (content), ==, 2);
  assert_has (content, KIOSK_SEVERITY_WARNING, "en/30-pictures.md", 3, "../secret.png");
  assert_has (content, KIOSK_SEVERITY_WARNING, "en/30-pictures.md", 5, "/etc/hostname");

  /* Neither picture is shown. */
  page = find_entry (content, "pictures");
  g_assert_nonnull (page);
  for (guint i = 0; i < page->document->blocks->len; i++)
    {
      const KioskBlock *block = g_ptr_array_index (page->document->blocks, i);

      if (block->kind == KIOSK_BLOCK_IMAGE)
        g_assert_null (block->image);
    }
  g_assert_null (kiosk_content_resolve_file (content, "../secret.png"));
  g_assert_null (kiosk_content_resolve_file (content, "/etc/hostname"));
  g_assert_null (kiosk_content_resolve_file (content, "images/../../secret.png"));
}

static void
test_image_symlink_outside (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *outside = make_temp_dir ();
  g_autofree char *target = g_build_filename (outside, "photo.png", NULL);
  g_autofree char *link = fixture_path (f, "images/photo.png");
  g_autofree char *dir_link = fixture_path (f, "images/elsewhere");
  g_autoptr(KioskContent) content = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *inside = NULL;

  g_file_set_contents (target, "a photo from outside", -1, &error);
  g_assert_no_error (error);
  write_file (f, "images/ok.png", "a photo from inside");
  g_assert_cmpint (symlink (target, link), ==, 0);
  g_assert_cmpint (symlink (outside, dir_link), ==, 0);
  write_file (f, "en/30-pictures.md",
              "# Pictures\n"
              "\n"
              "![Linked photo](images/photo.png)\n");

  content = load (f);

  /* The targets exist, so only where they lie makes these fail. */
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_REGULAR));
  inside = kiosk_content_resolve_file (content, "images/ok.png");
  g_assert_nonnull (inside);
  g_assert_null (kiosk_content_resolve_file (content, "images/photo.png"));
  g_assert_null (kiosk_content_resolve_file (content, "images/elsewhere/photo.png"));
  assert_only (content, KIOSK_SEVERITY_ERROR, "en/30-pictures.md", 3, "images/photo.png");

  remove_tree (outside);
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
  assert_only (content, KIOSK_SEVERITY_ERROR, "en/glossary.md", 11, "twice");
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
  assert_only (content, KIOSK_SEVERITY_ERROR, "en/glossary.md", 9, "platelets");
  assert_has (content, KIOSK_SEVERITY_ERROR, "en/glossary.md", 9, "twice");
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
  assert_clean (content);
  g_assert_cmpuint (kiosk_content_get_catalog (content, "en")->terms->len, ==, 3);
  g_assert_cmpstr (term_at (content, 0)->term, ==, "Exosome");
  g_assert_cmpstr (term_at (content, 1)->term, ==, "Platelet");
  g_assert_cmpstr (term_at (content, 2)->term, ==, "Stem cell");
  g_assert_cmpuint (term_at (content, 0)->line, ==, 7);
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
  ADD ("random-bytes", test_random_bytes);
  ADD ("invalid-utf8-line", test_invalid_utf8_line);
  ADD ("too-large", test_too_large);
  ADD ("empty-page", test_empty_page);
  ADD ("folder-named-like-page", test_folder_named_like_page);
  ADD ("special-file", test_special_file);
  ADD ("no-title", test_no_title);
  ADD ("duplicate-id", test_duplicate_id);
  ADD ("missing-link", test_missing_link);
  ADD ("image/missing", test_image_missing);
  ADD ("image/outside", test_image_outside);
  ADD ("image/symlink-outside", test_image_symlink_outside);
  ADD ("metadata/applied", test_metadata_applied);
  ADD ("metadata/bad-icon", test_metadata_bad_icon);
  ADD ("metadata/bad-evidence", test_metadata_bad_evidence);
  ADD ("metadata/unknown-key", test_metadata_unknown_key);
  ADD ("language-without-folder", test_language_without_folder);
  ADD ("page-not-translated", test_page_not_translated);
  ADD ("section-without-index", test_section_without_index);
  ADD ("ordering", test_ordering);
  ADD ("page-ids", test_page_ids);
  ADD ("glossary/forms", test_glossary_forms);
  ADD ("glossary/no-definition", test_glossary_no_definition);
  ADD ("glossary/term-twice", test_glossary_term_twice);
  ADD ("glossary/form-twice", test_glossary_form_twice);
  ADD ("glossary/sorted", test_glossary_sorted);
  ADD ("raw-html", test_raw_html);

#undef ADD

  return g_test_run ();
}
