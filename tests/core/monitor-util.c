/* monitor-util.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "monitor-util.h"
#include "test-util.h"
#include "kiosk-content-monitor-private.h"
#include "kiosk-content-private.h"

char *
fixture_path (Fixture    *f,
              const char *relative)
{
  return g_build_filename (f->dir, relative, NULL);
}

char *
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
void
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
void
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
char *
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

char *
replace (const char *text,
         const char *old,
         const char *new)
{
  g_auto(GStrv) parts = g_strsplit (text, old, -1);

  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  return g_strjoinv (new, parts);
}

KioskContent *
content (Fixture *f)
{
  return kiosk_content_monitor_get_content (f->monitor);
}

const char *
title_of (Fixture    *f,
          const char *id)
{
  const KioskEntry *entry = kiosk_content_find (content (f), "en", id);

  return entry != NULL ? entry->title : NULL;
}

char *
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
const KioskDiagnostic *
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

void
on_content_changed (KioskContentMonitor *monitor,
                    Fixture             *f)
{
  /* The new content is in place when the signal comes. */
  g_assert_true (kiosk_content_monitor_get_last_accepted (monitor));
  f->n_changed++;
  g_main_loop_quit (f->loop);
}

void
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
gboolean
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

void
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

gboolean
never (Fixture       *f,
       gconstpointer  data)
{
  return FALSE;
}

gboolean
checked_since (Fixture       *f,
               gconstpointer  data)
{
  return f->n_checked > GPOINTER_TO_UINT (data);
}

/* Lets the events of the previous step die down: no load for a while. */
void
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

void
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
const KioskDiagnostic *
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

void
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

void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *tmp = g_path_get_dirname (f->dir);

  if (f->monitor != NULL)
    {
      gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

      g_object_add_weak_pointer (G_OBJECT (f->monitor), (gpointer *) &f->monitor);
      g_object_unref (f->monitor);
      /* A reload still running in its worker holds the monitor until it
       * ends; then nothing may keep it. */
      while (f->monitor != NULL && g_get_monotonic_time () < end)
        {
          g_main_context_iteration (NULL, FALSE);
          g_usleep (1000);
        }
      g_assert_null (f->monitor);
    }
  g_main_loop_unref (f->loop);

  remove_tree (tmp);
  g_assert_false (g_file_test (tmp, G_FILE_TEST_EXISTS));
  g_free (f->dir);
  g_free (f->away);
}

gboolean
accepted_since (Fixture       *f,
                gconstpointer  data)
{
  return f->n_changed > GPOINTER_TO_UINT (data);
}
