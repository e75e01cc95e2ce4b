/* test-content-monitor.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "monitor-util.h"
#include "kiosk-content-monitor-private.h"
#include "kiosk-content-private.h"

/* Pages and settings edited the way staff do: in place, through a
 * temporary file, with mistakes, with an editor's swap files, or many
 * times in a row. Folders come and go in test-content-monitor-folders.c. */

static void
test_initial (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *dump = dump_problems (f);

  g_assert_cmpstr (kiosk_content_monitor_get_dir (f->monitor), ==, f->dir);
  g_assert_nonnull (content (f));
  g_assert_true (kiosk_content_is_usable (content (f)));
  g_assert_cmpstr (dump, ==, "");
  g_assert_true (kiosk_content_monitor_get_last_accepted (f->monitor));
  g_assert_cmpint (kiosk_content_monitor_get_last_good_time (f->monitor), >, 0);
  g_assert_cmpint (kiosk_content_monitor_get_last_good_time (f->monitor), ==,
                   kiosk_content_monitor_get_last_check_time (f->monitor));
  g_assert_cmpstr (title_of (f, PAGE_ID), ==, PAGE_TITLE);
  g_assert_cmpstr (kiosk_content_get_dir (content (f)), ==, f->dir);

  /* Nothing is reloaded while nothing changes. */
  g_assert_false (run_until (f, never, NULL, 3 * DELAY_MS));
  g_assert_cmpuint (f->n_checked, ==, 0);
}

/* (a) A page saved in place: shown within two seconds, text and all. */
static void
test_edit_in_place (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *old = read_file (f, PAGE);
  g_autofree char *titled = with_title (old, "Regenerative medicine in short");
  g_autofree char *text = g_strconcat (titled, "\nPlatypus sentences are new here.\n", NULL);
  g_autofree char *all = NULL;
  KioskContent *before = content (f);
  gint64 good_before = kiosk_content_monitor_get_last_good_time (f->monitor);
  const KioskEntry *entry;

  write_in_place (f, PAGE, text);
  wait_for_title (f, PAGE_ID, "Regenerative medicine in short", 2000);

  g_assert_true (content (f) != before);
  g_assert_cmpint (kiosk_content_monitor_get_last_good_time (f->monitor), >, good_before);
  entry = kiosk_content_find (content (f), "en", PAGE_ID);
  all = kiosk_document_get_text (entry->document);
  g_assert_nonnull (strstr (all, "Platypus sentences"));
  g_assert_cmpuint (kiosk_diagnostics_get_count (kiosk_content_monitor_get_problems (f->monitor)),
                    ==, 0);
}

/* (b) A page written to a temporary file, then renamed over the old one. */
static void
test_rename_over (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *old = read_file (f, PAGE);
  g_autofree char *text = with_title (old, "Renamed into place");
  g_autofree char *temp = fixture_path (f, PAGE ".new");
  g_autofree char *path = fixture_path (f, PAGE);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (temp, text, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_rename (temp, path), ==, 0);

  wait_for_title (f, PAGE_ID, "Renamed into place", TIMEOUT_MS);

  /* And once more through g_file_set_contents(), which does the same. */
  g_clear_pointer (&text, g_free);
  text = with_title (old, "Saved again");
  write_file (f, PAGE, text);
  wait_for_title (f, PAGE_ID, "Saved again", TIMEOUT_MS);
}

/* (c) A page saved in the wrong encoding is not shown until it is fixed. */
static void
test_invalid_utf8 (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *old = read_file (f, PAGE);
  g_autofree char *titled = with_title (old, "Broken title");
  g_autofree char *broken = g_strconcat (titled, "\nCaf\xe9 au lait.\n", NULL);
  g_autofree char *fixed = g_strconcat (titled, "\nCaf\xc3\xa9 au lait.\n", NULL);
  guint line = 2;
  const KioskDiagnostic *d;

  for (const char *p = titled; *p != '\0'; p++)
    line += *p == '\n';

  write_file (f, PAGE, broken);
  d = wait_for_rejection (f, PAGE);
  g_assert_cmpuint (d->line, ==, line);
  g_assert_nonnull (strstr (d->message, "UTF-8"));
  g_assert_cmpstr (title_of (f, PAGE_ID), ==, PAGE_TITLE);

  write_file (f, PAGE, fixed);
  wait_for_title (f, PAGE_ID, "Broken title", TIMEOUT_MS);
  g_assert_null (find_error (f, PAGE));
}

/* (d) Settings: a good change is shown, a broken one is not. */
static void
test_broken_settings (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *original = read_file (f, "kiosk.ini");
  g_autofree char *renamed = replace (original, "name=Your Clinic Name", "name=Riverside Clinic");
  g_autofree char *bad_number = replace (renamed, "idle-timeout=90", "idle-timeout=abc");
  g_autofree char *bad_group = replace (renamed, "[kiosk]", "[kiosk");
  const KioskConfig *config;
  const KioskDiagnostic *d;

  write_file (f, "kiosk.ini", renamed);
  wait_until (f, checked_since, GUINT_TO_POINTER (0), TIMEOUT_MS, "load");
  settle (f);
  g_assert_true (kiosk_content_monitor_get_last_accepted (f->monitor));
  g_assert_cmpstr (kiosk_content_get_config (content (f))->name, ==, "Riverside Clinic");

  write_in_place (f, "kiosk.ini", bad_number);
  d = wait_for_rejection (f, "kiosk.ini");
  g_assert_nonnull (strstr (d->message, "abc"));
  config = kiosk_content_get_config (content (f));
  g_assert_cmpstr (config->name, ==, "Riverside Clinic");
  g_assert_cmpuint (config->idle_timeout, ==, 90);
  g_assert_cmpuint (g_strv_length (config->languages), ==, 2);

  settle (f);
  write_file (f, "kiosk.ini", bad_group);
  wait_until (f, checked_since, GUINT_TO_POINTER (f->n_checked), TIMEOUT_MS, "load");
  d = wait_for_rejection (f, "kiosk.ini");
  g_assert_nonnull (strstr (d->message, "[section]"));
  g_assert_cmpstr (kiosk_content_get_config (content (f))->name, ==, "Riverside Clinic");

  /* Put back as it came: shown again. */
  settle (f);
  write_file (f, "kiosk.ini", original);
  wait_until (f, checked_since, GUINT_TO_POINTER (f->n_checked), TIMEOUT_MS, "load");
  settle (f);
  g_assert_true (kiosk_content_monitor_get_last_accepted (f->monitor));
  g_assert_cmpstr (kiosk_content_get_config (content (f))->name, ==, "Your Clinic Name");
  g_assert_null (find_error (f, "kiosk.ini"));
}

/* (g) Editor swap and backup files are not content. */
static void
test_swap_files (Fixture       *f,
                 gconstpointer  data)
{
  const char *names[] = {
    "en/.home.md.swp", "en/.home.md.swx", "en/home.md~", "en/4913", ".kiosk.ini.swp",
    "en/30-therapies/.index.md.swp", "en/.#home.md", "en/.hidden.md",
  };

  settle (f);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    write_file (f, names[i], "swap\xff\xfe");
  g_assert_false (run_until (f, checked_since, GUINT_TO_POINTER (f->n_checked), 1000));
  g_assert_cmpuint (f->n_checked, ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = fixture_path (f, names[i]);

      g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_false (run_until (f, checked_since, GUINT_TO_POINTER (f->n_checked), 1000));
  g_assert_cmpuint (f->n_checked, ==, 0);
}

/* Many saves in a row make one load. */
static void
test_debounce (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *old = read_file (f, PAGE);

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *title = g_strdup_printf ("Save %u", i);
      g_autofree char *text = with_title (old, title);

      write_in_place (f, PAGE, text);
      g_usleep (20 * G_TIME_SPAN_MILLISECOND);
    }
  wait_for_title (f, PAGE_ID, "Save 4", TIMEOUT_MS);
  settle (f);
  g_assert_cmpuint (f->n_checked, ==, 1);
  g_assert_cmpuint (f->n_changed, ==, 1);
}

static void
test_reload_now (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *old = read_file (f, PAGE);
  g_autofree char *broken = g_strconcat (old, "\n\xff\n", NULL);
  KioskContent *before = content (f);

  /* Unchanged content is read again and shown. */
  g_assert_true (kiosk_content_monitor_reload (f->monitor));
  g_assert_cmpuint (f->n_checked, ==, 1);
  g_assert_cmpuint (f->n_changed, ==, 1);
  g_assert_true (content (f) != before);

  /* Without waiting for the folder's events. */
  write_file (f, PAGE, broken);
  before = content (f);
  g_assert_false (kiosk_content_monitor_reload (f->monitor));
  g_assert_cmpuint (f->n_checked, ==, 2);
  g_assert_false (f->last_checked_accepted);
  g_assert_true (content (f) == before);
  g_assert_nonnull (find_error (f, PAGE));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/kiosk/content-monitor/" path, Fixture, NULL, fixture_setup, func, \
              fixture_teardown)

  ADD ("initial", test_initial);
  ADD ("edit-in-place", test_edit_in_place);
  ADD ("rename-over", test_rename_over);
  ADD ("invalid-utf8", test_invalid_utf8);
  ADD ("broken-settings", test_broken_settings);
  ADD ("swap-files", test_swap_files);
  ADD ("debounce", test_debounce);
  ADD ("reload-now", test_reload_now);

#undef ADD

  return g_test_run ();
}
