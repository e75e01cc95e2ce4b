/* test-content-monitor-folders.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "monitor-util.h"
#include "test-util.h"
#include "kiosk-content-monitor-private.h"

/* The content folder and its sub-folders: moved away and back, a new
 * section, folders that are not watched, a folder that appears only after
 * start, and a monitor dropped while it waits. */

/* (e) The whole folder moved away (a USB stick pulled out) and back. */
static void
test_folder_moved (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *old = read_file (f, PAGE);
  g_autofree char *text = with_title (old, "Watched again");
  KioskContent *before = content (f);
  const KioskDiagnostic *d;
  gint64 start;

  g_assert_cmpint (g_rename (f->dir, f->away), ==, 0);
  d = wait_for_rejection (f, "");
  g_assert_nonnull (strstr (d->message, "does not exist"));
  g_assert_true (content (f) == before);
  g_assert_cmpstr (title_of (f, PAGE_ID), ==, PAGE_TITLE);

  start = g_get_monotonic_time ();
  g_assert_cmpint (g_rename (f->away, f->dir), ==, 0);
  wait_until (f, accepted_since, GUINT_TO_POINTER (f->n_changed), TIMEOUT_MS, "reload");
  g_test_message ("found again after %" G_GINT64_FORMAT " ms",
                  (g_get_monotonic_time () - start) / 1000);
  g_assert_true (kiosk_content_monitor_get_last_accepted (f->monitor));
  g_assert_null (find_error (f, ""));
  g_assert_cmpstr (title_of (f, PAGE_ID), ==, PAGE_TITLE);

  /* The folder is watched again, sub-folders too. */
  settle (f);
  write_in_place (f, PAGE, text);
  wait_for_title (f, PAGE_ID, "Watched again", TIMEOUT_MS);
  write_file (f, "en/30-therapies/20-exosomes.md", "# Exosomes, again\n\nText.\n");
  wait_for_title (f, "therapies/exosomes", "Exosomes, again", TIMEOUT_MS);
}

/* (f) A new section: its folder is read, and then watched. */
static void
test_new_section (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *folder = fixture_path (f, "en/90-new-section");
  g_autofree char *index = fixture_path (f, "en/90-new-section/index.md");
  g_autofree char *page = fixture_path (f, "en/90-new-section/10-new-page.md");
  KioskDiagnostics *problems;

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  write_file (f, "en/90-new-section/index.md", "# New section\n\nAbout the new things.\n");
  write_in_place (f, "en/90-new-section/10-new-page.md", "# New page\n\nA new page.\n");

  wait_for_title (f, "new-section/new-page", "New page", TIMEOUT_MS);
  g_assert_cmpstr (title_of (f, "new-section"), ==, "New section");
  /* Not in Spanish yet: a warning, which does not stop it being shown. */
  problems = kiosk_content_monitor_get_problems (f->monitor);
  g_assert_cmpuint (kiosk_diagnostics_get_count (problems), >, 0);
  g_assert_cmpuint (kiosk_diagnostics_count_errors (problems), ==, 0);

  /* A change inside the new folder is seen too. */
  settle (f);
  write_in_place (f, "en/90-new-section/10-new-page.md", "# Newer page\n\nA new page.\n");
  wait_for_title (f, "new-section/new-page", "Newer page", TIMEOUT_MS);

  /* And the folder going away again. */
  settle (f);
  g_assert_cmpint (g_unlink (index), ==, 0);
  g_assert_cmpint (g_unlink (page), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
  wait_until (f, accepted_since, GUINT_TO_POINTER (f->n_changed), TIMEOUT_MS, "reload");
  settle (f);
  g_assert_null (title_of (f, "new-section"));
  g_assert_true (kiosk_content_monitor_get_last_accepted (f->monitor));
}

/* Hidden folders and folders outside reached through a link are not
 * watched: the kiosk reads nothing there. */
static void
test_not_watched (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *tmp = g_path_get_dirname (f->dir);
  g_autofree char *outside = g_build_filename (tmp, "outside", NULL);
  g_autofree char *outside_page = g_build_filename (outside, "page.md", NULL);
  g_autofree char *link = fixture_path (f, "en/30-therapies/elsewhere");
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (outside, 0755), ==, 0);
  g_assert_cmpint (symlink (outside, link), ==, 0);
  write_file (f, ".hidden/page.md", "# Hidden\n");
  settle (f);
  f->n_checked = 0;

  g_file_set_contents (outside_page, "# Outside\n", -1, &error);
  g_assert_no_error (error);
  write_file (f, ".hidden/page.md", "# Hidden again\n");
  g_assert_false (run_until (f, checked_since, GUINT_TO_POINTER (0), 1000));
  g_assert_cmpuint (f->n_checked, ==, 0);
}

/* A folder that is not there at start (not mounted yet) is shown as soon
 * as it appears, even with a mistake in it: anything beats no content. */
static void
test_missing_at_start (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = g_dir_make_tmp ("kiosk-monitor-XXXXXX", &error);
  Fixture fixture = { 0 }, *f = &fixture;
  g_autofree char *staging = g_build_filename (tmp, "staging", NULL);
  g_autofree char *page = g_build_filename (staging, PAGE, NULL);
  g_autofree char *old = NULL;
  g_autofree char *broken = NULL;
  gint64 start;

  g_assert_no_error (error);
  f->dir = g_build_filename (tmp, "content", NULL);
  f->loop = g_main_loop_new (NULL, FALSE);
  f->monitor = kiosk_content_monitor_new (f->dir);
  kiosk_content_monitor_set_delay (f->monitor, DELAY_MS);
  g_signal_connect (f->monitor, "content-changed", G_CALLBACK (on_content_changed), f);
  g_signal_connect (f->monitor, "checked", G_CALLBACK (on_checked), f);

  /* The first load is shown, whatever it is. */
  g_assert_true (kiosk_content_monitor_get_last_accepted (f->monitor));
  g_assert_false (kiosk_content_is_usable (content (f)));
  g_assert_nonnull (find_error (f, ""));

  copy_tree (CONTENT_DIR, staging);
  g_file_get_contents (page, &old, NULL, &error);
  g_assert_no_error (error);
  broken = g_strconcat (old, "\n\xff\n", NULL);
  g_file_set_contents (page, broken, -1, &error);
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  g_assert_cmpint (g_rename (staging, f->dir), ==, 0);
  wait_until (f, accepted_since, GUINT_TO_POINTER (0), TIMEOUT_MS, "content");
  g_test_message ("found after %" G_GINT64_FORMAT " ms", (g_get_monotonic_time () - start) / 1000);
  g_assert_true (kiosk_content_is_usable (content (f)));
  g_assert_nonnull (find_error (f, PAGE));
  g_assert_cmpstr (title_of (f, PAGE_ID), ==, PAGE_TITLE);

  /* And then watched. */
  settle (f);
  g_free (old);
  old = read_file (f, PAGE);
  g_clear_pointer (&broken, g_free);
  broken = with_title (old, "Seen at last");
  write_file (f, PAGE, broken);
  wait_for_title (f, PAGE_ID, "Seen at last", TIMEOUT_MS);

  fixture_teardown (f, NULL);
}

/* Dropped with a load pending and with the folder being looked for:
 * nothing fires afterwards. */
static void
test_dispose_pending (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(KioskContentMonitor) second = kiosk_content_monitor_new (f->dir);
  KioskContentMonitor *weak = second;

  g_object_add_weak_pointer (G_OBJECT (second), (gpointer *) &weak);
  write_file (f, PAGE, "# Pending\n");
  /* Let the events arrive, but not the delayed load. */
  kiosk_content_monitor_set_delay (second, 60 * 1000);
  g_assert_false (run_until (f, never, NULL, 100));
  g_clear_object (&second);
  g_assert_null (weak);

  /* The folder gone: the monitor is looking for it every few seconds. */
  g_assert_cmpint (g_rename (f->dir, f->away), ==, 0);
  g_assert_false (kiosk_content_monitor_reload (f->monitor));
  g_clear_object (&f->monitor);
  g_assert_cmpint (g_rename (f->away, f->dir), ==, 0);
  g_assert_false (run_until (f, never, NULL, 2500));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/kiosk/content-monitor/" path, Fixture, NULL, fixture_setup, func, \
              fixture_teardown)

  ADD ("folder-moved", test_folder_moved);
  ADD ("new-section", test_new_section);
  ADD ("not-watched", test_not_watched);
  ADD ("dispose-pending", test_dispose_pending);
  g_test_add_func ("/kiosk/content-monitor/missing-at-start", test_missing_at_start);

#undef ADD

  return g_test_run ();
}
