/* content-util.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "content-util.h"
#include "test-util.h"
#include "kiosk-content-private.h"

/* The small valid content folder. */

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

char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("kiosk-content-XXXXXX", &error);

  g_assert_no_error (error);
  g_assert_nonnull (dir);
  return dir;
}

char *
fixture_path (Fixture    *f,
              const char *relative)
{
  return g_build_filename (f->dir, relative, NULL);
}

void
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

void
write_file (Fixture    *f,
            const char *relative,
            const char *text)
{
  write_bytes (f, relative, text, -1);
}

void
make_dir (Fixture    *f,
          const char *relative)
{
  g_autofree char *path = fixture_path (f, relative);

  g_assert_cmpint (g_mkdir_with_parents (path, 0755), ==, 0);
}

void
remove_file (Fixture    *f,
             const char *relative)
{
  g_autofree char *path = fixture_path (f, relative);

  g_assert_cmpint (g_unlink (path), ==, 0);
}

void
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

void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  remove_tree (f->dir);
  g_assert_false (g_file_test (f->dir, G_FILE_TEST_EXISTS));
  g_free (f->dir);
}

KioskContent *
load (Fixture *f)
{
  KioskContent *content = kiosk_content_load (f->dir);

  g_assert_true (KIOSK_IS_CONTENT (content));
  g_assert_nonnull (kiosk_content_get_config (content));
  return content;
}

/* All problems as "error FILE:LINE: message" lines, for failure messages. */
char *
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

guint
count_diagnostics (KioskContent *content)
{
  return kiosk_diagnostics_get_count (kiosk_content_get_diagnostics (content));
}

void
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

void
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
void
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

const KioskEntry *
find_entry (KioskContent *content,
            const char   *id)
{
  return kiosk_content_find (content, "en", id);
}

char *
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
void
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

const KioskTerm *
term_at (KioskContent *content,
         guint         index)
{
  const KioskCatalog *catalog = kiosk_content_get_catalog (content, "en");

  g_assert_nonnull (catalog);
  g_assert_cmpuint (index, <, catalog->terms->len);
  return g_ptr_array_index (catalog->terms, index);
}
