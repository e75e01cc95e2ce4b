/* test-content-monitor.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "kiosk-content-monitor.h"
#include "test-util.h"

/* Every test copies the bundled content into a fresh folder, watches it,
 * and edits it the way staff do: in place, through a temporary file, with
 * mistakes, or by moving the whole folder. The kiosk must pick up good
 * changes quickly and keep showing the last good content otherwise. */

#define DELAY_MS      200
#define TIMEOUT_MS    5000
#define PAGE          "en/10-what-is-regenerative-medicine.md"
#define PAGE_ID       "what-is-regenerative-medicine"
#define PAGE_TITLE    "What is regenerative medicine?"

typedef struct
{
  char                *dir;
  char                *away;          /* where the folder is moved to */
  KioskContentMonitor *monitor;
  GMainLoop           *loop;
  guint                n_changed;
  guint                n_checked;
  gboolean             last_checked_accepted;
  guint                timeout_id;
} Fixture;

typedef gboolean (*Condition) (Fixture       *f,
                               gconstpointer  data);

/*
 * Helpers
 */

static char *
fixture_path (Fixture    *f,
              const char *relative)
{
  return g_build_filename (f->dir, relative, NULL);
}

static char *
read_file (Fixture    *f,
           const char *relative)
{
  g_autofree char *path = fixture_path (f, relative);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

/* Through a temporary file renamed over the old one, as most editors and
 * g_file_set_contents() save. */
static void
write_file (Fixture    *f,
            const char *relative,
            const char *text)
{
  g_autofree char *path = fixture_path (f, relative);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (parent, 0755), ==, 0);
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

/* Into the same file, truncated first, as some editors and "cat >" save. */
static void
write_in_place (Fixture    *f,
                const char *relative,
                const char *text)
{
  g_autofree char *path = fixture_path (f, relative);
  FILE *file = g_fopen (path, "wb");

  g_assert_nonnull (file);
  g_assert_cmpuint (fwrite (text, 1, strlen (text), file), ==, strlen (text));
  g_assert_cmpint (fclose (file), ==, 0);
}

/* @text with its first "# " heading replaced. */
static char *
with_title (const char *text,
            const char *title)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "# "))
      {
        g_free (lines[i]);
        lines[i] = g_strconcat ("# ", title, NULL);
        return g_strjoinv ("\n", lines);
      }

  g_assert_not_reached ();
}

static char *
replace (const char *text,
         const char *old,
         const char *new)
{
  g_auto(GStrv) parts = g_strsplit (text, old, -1);

  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  return g_strjoinv (new, parts);
}

static KioskContent *
content (Fixture *f)
{
  return kiosk_content_monitor_get_content (f->monitor);
}

static const char *
title_of (Fixture    *f,
          const char *id)
{
  const KioskEntry *entry = kiosk_content_find (content (f), "en", id);

  return entry != NULL ? entry->title : NULL;
}

static char *
dump_problems (Fixture *f)
{
  KioskDiagnostics *problems = kiosk_content_monitor_get_problems (f->monitor);
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < kiosk_diagnostics_get_count (problems); i++)
    {
      g_autofree char *line = kiosk_diagnostic_format (kiosk_diagnostics_get (problems, i), NULL);

      g_string_append_printf (str, "%s\n", line);
    }
  return g_string_free (str, FALSE);
}

/* The error about @file in the latest load, or %NULL. */
static const KioskDiagnostic *
find_error (Fixture    *f,
            const char *file)
{
  KioskDiagnostics *problems = kiosk_content_monitor_get_problems (f->monitor);

  for (guint i = 0; i < kiosk_diagnostics_get_count (problems); i++)
    {
      const KioskDiagnostic *d = kiosk_diagnostics_get (problems, i);

      if (d->severity == KIOSK_SEVERITY_ERROR && g_strcmp0 (d->file, file) == 0)
        return d;
    }
  return NULL;
}

static void
on_content_changed (KioskContentMonitor *monitor,
                    Fixture             *f)
{
  /* The new content is in place when the signal comes. */
  g_assert_true (kiosk_content_monitor_get_last_accepted (monitor));
  f->n_changed++;
  g_main_loop_quit (f->loop);
}

static void
on_checked (KioskContentMonitor *monitor,
            gboolean             accepted,
            Fixture             *f)
{
  g_assert_cmpint (accepted, ==, kiosk_content_monitor_get_last_accepted (monitor));
  f->n_checked++;
  f->last_checked_accepted = accepted;
  g_main_loop_quit (f->loop);
}

static gboolean
on_timeout (gpointer user_data)
{
  Fixture *f = user_data;

  f->timeout_id = 0;
  g_main_loop_quit (f->loop);
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @condition holds. Returns %FALSE if it still
 * does not after @timeout_ms. */
static gboolean
run_until (Fixture       *f,
           Condition      condition,
           gconstpointer  data,
           guint          timeout_ms)
{
  gboolean done;

  g_assert_cmpuint (f->timeout_id, ==, 0);
  f->timeout_id = g_timeout_add (timeout_ms, on_timeout, f);

  while (!(done = condition (f, data)) && f->timeout_id != 0)
    g_main_loop_run (f->loop);

  g_clear_handle_id (&f->timeout_id, g_source_remove);
  return done;
}

static void
wait_until (Fixture       *f,
            Condition      condition,
            gconstpointer  data,
            guint          timeout_ms,
            const char    *what)
{
  if (!run_until (f, condition, data, timeout_ms))
    {
      g_autofree char *dump = dump_problems (f);

      g_test_message ("no %s within %u ms; %u loads, %u accepted; latest problems:\n%s",
                      what, timeout_ms, f->n_checked, f->n_changed, dump);
      g_assert_not_reached ();
    }
}

static gboolean
never (Fixture       *f,
       gconstpointer  data)
{
  return FALSE;
}

static gboolean
checked_since (Fixture       *f,
               gconstpointer  data)
{
  return f->n_checked > GPOINTER_TO_UINT (data);
}

/* Lets the events of the previous step die down: no load for a while. */
static void
settle (Fixture *f)
{
  for (guint i = 0; i < 10; i++)
    {
      guint before = f->n_checked;

      if (!run_until (f, checked_since, GUINT_TO_POINTER (before), 3 * DELAY_MS))
        return;
    }
  g_assert_not_reached ();
}

typedef struct
{
  const char *id;
  const char *title;
} Title;

static gboolean
title_shown (Fixture       *f,
             gconstpointer  data)
{
  const Title *t = data;

  return g_strcmp0 (title_of (f, t->id), t->title) == 0;
}

static void
wait_for_title (Fixture    *f,
                const char *id,
                const char *title,
                guint       timeout_ms)
{
  Title t = { id, title };
  guint changed = f->n_changed;

  wait_until (f, title_shown, &t, timeout_ms, "new title");
  g_assert_cmpuint (f->n_changed, >, changed);
  g_assert_true (f->last_checked_accepted);
  g_assert_true (kiosk_content_monitor_get_last_accepted (f->monitor));
}

static gboolean
rejected_for (Fixture       *f,
              gconstpointer  data)
{
  return f->n_checked > 0 && !f->last_checked_accepted && find_error (f, data) != NULL;
}

/* Waits until a load is turned down because of an error in @file, and
 * checks that nothing changed on show. */
static const KioskDiagnostic *
wait_for_rejection (Fixture    *f,
                    const char *file)
{
  KioskContent *before = content (f);
  guint changed = f->n_changed;
  const KioskDiagnostic *d;

  wait_until (f, rejected_for, file, TIMEOUT_MS, "rejected load");
  g_assert_false (kiosk_content_monitor_get_last_accepted (f->monitor));
  g_assert_true (content (f) == before);
  g_assert_cmpuint (f->n_changed, ==, changed);
  g_assert_true (kiosk_content_is_usable (content (f)));
  g_assert_cmpuint (kiosk_diagnostics_count_errors (kiosk_content_get_diagnostics (content (f))),
                    ==, 0);
  g_assert_cmpint (kiosk_content_monitor_get_last_check_time (f->monitor), >,
                   kiosk_content_monitor_get_last_good_time (f->monitor));

  d = find_error (f, file);
  g_assert_cmpuint (d->line, >, 0);
  return d;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = g_dir_make_tmp ("kiosk-monitor-XXXXXX", &error);

  g_assert_no_error (error);
  f->dir = g_build_filename (tmp, "content", NULL);
  f->away = g_build_filename (tmp, "content-away", NULL);
  copy_tree (CONTENT_DIR, f->dir);
  f->loop = g_main_loop_new (NULL, FALSE);

  f->monitor = kiosk_content_monitor_new (f->dir);
  kiosk_content_monitor_set_delay (f->monitor, DELAY_MS);
  g_signal_connect (f->monitor, "content-changed", G_CALLBACK (on_content_changed), f);
  g_signal_connect (f->monitor, "checked", G_CALLBACK (on_checked), f);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *tmp = g_path_get_dirname (f->dir);

  if (f->monitor != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (f->monitor), (gpointer *) &f->monitor);
      g_object_unref (f->monitor);
      g_assert_null (f->monitor);
    }
  g_main_loop_unref (f->loop);

  remove_tree (tmp);
  g_assert_false (g_file_test (tmp, G_FILE_TEST_EXISTS));
  g_free (f->dir);
  g_free (f->away);
}

/*
 * Tests
 */

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

static gboolean
accepted_since (Fixture       *f,
                gconstpointer  data)
{
  return f->n_changed > GPOINTER_TO_UINT (data);
}

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

  ADD ("initial", test_initial);
  ADD ("edit-in-place", test_edit_in_place);
  ADD ("rename-over", test_rename_over);
  ADD ("invalid-utf8", test_invalid_utf8);
  ADD ("broken-settings", test_broken_settings);
  ADD ("folder-moved", test_folder_moved);
  ADD ("new-section", test_new_section);
  ADD ("swap-files", test_swap_files);
  ADD ("not-watched", test_not_watched);
  ADD ("debounce", test_debounce);
  ADD ("reload-now", test_reload_now);
  ADD ("dispose-pending", test_dispose_pending);
  g_test_add_func ("/kiosk/content-monitor/missing-at-start", test_missing_at_start);

#undef ADD

  return g_test_run ();
}
