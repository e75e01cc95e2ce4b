/* test-navigator.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "kiosk-navigator-private.h"
#include "test-util.h"

/* Where the patient is and the way back: a bounded history, Home that
 * forgets it, and new content that drops pages that are gone. */

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_back_and_home (void)
{
  g_autoptr(KioskNavigator) nav = kiosk_navigator_new ();
  guint moves = 0;

  g_signal_connect (nav, "notify::page-id", G_CALLBACK (count_notify_cb), &moves);
  g_assert_cmpstr (kiosk_navigator_get_page_id (nav), ==, KIOSK_ID_HOME);
  g_assert_false (kiosk_navigator_can_go_back (nav));

  kiosk_navigator_show (nav, "therapies");
  kiosk_navigator_show (nav, "therapies/prp");
  kiosk_navigator_show (nav, "therapies/prp");   /* already there: nothing */
  g_assert_cmpuint (moves, ==, 2);
  g_assert_cmpuint (kiosk_navigator_get_depth (nav), ==, 2);

  kiosk_navigator_back (nav);
  g_assert_cmpstr (kiosk_navigator_get_page_id (nav), ==, "therapies");
  kiosk_navigator_back (nav);
  g_assert_cmpstr (kiosk_navigator_get_page_id (nav), ==, KIOSK_ID_HOME);
  kiosk_navigator_back (nav);                    /* nowhere to go */
  g_assert_cmpuint (moves, ==, 4);

  kiosk_navigator_show (nav, "glossary");
  kiosk_navigator_show (nav, KIOSK_ID_HOME);
  g_assert_cmpstr (kiosk_navigator_get_page_id (nav), ==, KIOSK_ID_HOME);
  g_assert_cmpuint (kiosk_navigator_get_depth (nav), ==, 0);

  /* A reset always shows a fresh home screen, even from home. */
  moves = 0;
  kiosk_navigator_reset (nav);
  g_assert_cmpuint (moves, ==, 1);
}

static void
test_history_is_bounded (void)
{
  g_autoptr(KioskNavigator) nav = kiosk_navigator_new ();

  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *id = g_strdup_printf ("page-%u", i);

      kiosk_navigator_show (nav, id);
    }
  g_assert_cmpuint (kiosk_navigator_get_depth (nav), ==, KIOSK_NAVIGATOR_MAX_HISTORY);
  for (guint i = 0; i < KIOSK_NAVIGATOR_MAX_HISTORY; i++)
    kiosk_navigator_back (nav);
  /* The oldest steps, home among them, were forgotten. */
  g_assert_cmpstr (kiosk_navigator_get_page_id (nav), ==, "page-135");
  g_assert_false (kiosk_navigator_can_go_back (nav));
}

static void
write_file (const char *dir,
            const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

/* A clinic with page a and, when @page_b is given, page b. */
static KioskContent *
load_content (const char *dir,
              const char *page_b)
{
  g_autofree char *en = g_build_filename (dir, "en", NULL);
  g_autofree char *b = g_build_filename (en, "20-b.md", NULL);

  g_mkdir_with_parents (en, 0755);
  write_file (dir, "kiosk.ini", "[clinic]\nname=Test Clinic\n\n[kiosk]\nlanguages=en\n");
  write_file (en, "home.md", "# Welcome\n\nTap a topic to start.\n");
  write_file (en, "10-a.md", "# Page A\n\nText.\n");
  if (page_b != NULL)
    write_file (en, "20-b.md", page_b);
  else
    g_unlink (b);
  return kiosk_content_load (dir);
}

static void
test_new_content_prunes (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kiosk-navigator-XXXXXX", NULL);
  g_autoptr(KioskNavigator) nav = kiosk_navigator_new ();
  g_autoptr(KioskContent) both = load_content (dir, "# Page B\n\nText.\n");
  g_autoptr(KioskContent) only_a = NULL;
  g_autoptr(KioskContent) again = NULL;

  g_assert_nonnull (kiosk_content_find_for (both, "en", "a", NULL));
  kiosk_navigator_show (nav, "b");
  kiosk_navigator_show (nav, "a");
  kiosk_navigator_show (nav, "glossary");
  g_assert_cmpuint (kiosk_navigator_get_depth (nav), ==, 3);

  /* b is gone: it leaves Back; the glossary on show stays. */
  only_a = load_content (dir, NULL);
  g_assert_false (kiosk_navigator_set_content (nav, only_a, "en"));
  g_assert_cmpstr (kiosk_navigator_get_page_id (nav), ==, KIOSK_ID_GLOSSARY);
  g_assert_cmpuint (kiosk_navigator_get_depth (nav), ==, 2);
  kiosk_navigator_back (nav);
  g_assert_cmpstr (kiosk_navigator_get_page_id (nav), ==, "a");
  kiosk_navigator_back (nav);
  g_assert_cmpstr (kiosk_navigator_get_page_id (nav), ==, KIOSK_ID_HOME);

  /* The page on show is gone: home, with no way back. */
  again = load_content (dir, "# Page B\n\nText.\n");
  kiosk_navigator_set_content (nav, again, "en");
  kiosk_navigator_show (nav, "a");
  kiosk_navigator_show (nav, "b");
  g_assert_true (kiosk_navigator_set_content (nav, only_a, "en"));
  g_assert_cmpstr (kiosk_navigator_get_page_id (nav), ==, KIOSK_ID_HOME);
  g_assert_false (kiosk_navigator_can_go_back (nav));

  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kiosk/navigator/back-and-home", test_back_and_home);
  g_test_add_func ("/kiosk/navigator/history-is-bounded", test_history_is_bounded);
  g_test_add_func ("/kiosk/navigator/new-content-prunes", test_new_content_prunes);

  return g_test_run ();
}
