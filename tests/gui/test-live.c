/* test-live.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>
#include <string.h>

#include "kiosk-application.h"
#include "kiosk-content-monitor.h"
#include "kiosk-i18n.h"
#include "kiosk-idle-warning.h"
#include "kiosk-pin.h"
#include "kiosk-pin-pad-private.h"
#include "kiosk-staff-panel-private.h"
#include "kiosk-tile.h"
#include "kiosk-utils.h"
#include "kiosk-window-private.h"
#include "gui-util.h"
#include "kiosk-mode-util.h"
#include "test-util.h"

/* Content edited live while the kiosk runs, saved the ways editors save:
 * the change is on screen within moments, a broken edit keeps the last
 * good content and the staff panel names the file and line. */

#define PRP_ID   "therapies/platelet-rich-plasma"
#define PRP_FILE "en/30-therapies/40-platelet-rich-plasma.md"
#define STAFF_PIN "2468"

static KioskContent *content;

typedef struct
{
  KioskWindow *window;
  const char  *text;
} ScreenHas;

static gboolean
screen_has (gpointer data)
{
  ScreenHas *has = data;
  g_autofree char *text = all_text (kiosk_window_get_screen (has->window));

  return strstr (text, has->text) != NULL;
}

static gboolean
screen_lacks (gpointer data)
{
  return !screen_has (data);
}

static char *
read_file (const char *dir,
           const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* Rewrites a file in place, as editors that do not rename do. */
static void
write_in_place (const char *dir,
                const char *name,
                const char *text,
                gssize      len)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  FILE *file = fopen (path, "w");

  g_assert_nonnull (file);
  fwrite (text, 1, len < 0 ? strlen (text) : (gsize) len, file);
  fclose (file);
}

static void
test_live_content (void)
{
  g_autofree char *dir = copy_content (NULL);
  g_autoptr(KioskContentMonitor) monitor = kiosk_content_monitor_new (dir);
  g_autofree char *page = read_file (dir, PRP_FILE);
  g_autofree char *ini = read_file (dir, "kiosk.ini");
  g_autofree char *edited = NULL;
  g_autofree char *edited2 = NULL;
  g_autofree char *broken = NULL;
  g_autofree char *problems = NULL;
  KioskWindow *window;
  KioskStaffPanel *panel;
  ScreenHas has;
  gint64 took;

  window = present_kiosk_window (gui_window_new_for_monitor (monitor, "en"));
  panel = KIOSK_STAFF_PANEL (find_widget (GTK_WIDGET (window), KIOSK_TYPE_STAFF_PANEL));
  kiosk_navigator_show (kiosk_window_get_navigator (window), PRP_ID);
  settle (GTK_WIDGET (window));

  /* Saved through a temporary file renamed over the page (gedit, sed -i). */
  edited = g_strconcat (page, "\nThe front desk can tell you the prices.\n", NULL);
  write_text (dir, PRP_FILE, edited);
  has.window = window;
  has.text = "The front desk can tell you the prices.";
  took = wait_ms (screen_has, &has, 2000);
  g_test_message ("renamed-over edit on screen after %" G_GINT64_FORMAT " ms", took);
  g_assert_cmpint (took, >=, 0);
  g_assert_cmpstr (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)), ==, PRP_ID);

  /* Saved in place (vim, nano). */
  edited2 = g_strconcat (page, "\nAsk the nurse about parking.\n", NULL);
  write_in_place (dir, PRP_FILE, edited2, -1);
  has.text = "Ask the nurse about parking.";
  took = wait_ms (screen_has, &has, 2000);
  g_test_message ("in-place edit on screen after %" G_GINT64_FORMAT " ms", took);
  g_assert_cmpint (took, >=, 0);
  g_assert_cmpstr (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)), ==, PRP_ID);

  /* Invalid UTF-8 saved into the page: the previous text stays. */
  broken = g_strconcat (page, "\nA broken \xff\xfe line.\n", NULL);
  write_in_place (dir, PRP_FILE, broken, -1);
  run_for (1500);
  g_assert_true (screen_has (&has));
  g_assert_cmpstr (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)), ==, PRP_ID);
  kiosk_window_show_overlay (window, "staff-panel");
  settle (GTK_WIDGET (window));
  problems = kiosk_staff_panel_get_problems_text (panel);
  g_test_message ("staff panel: %s", problems);
  g_assert_nonnull (strstr (problems, "40-platelet-rich-plasma.md:"));
  g_assert_nonnull (strstr (problems, "UTF-8"));
  save_screen ("kiosk-staff-problems");

  /* Fixed again (the original page, without the added sentence): shown. */
  write_in_place (dir, PRP_FILE, page, -1);
  g_assert_cmpint (wait_ms (screen_lacks, &has, 2000), >=, 0);
  has.text = "Platelets help your blood form clots.";
  g_assert_true (screen_has (&has));
  g_clear_pointer (&problems, g_free);
  problems = kiosk_staff_panel_get_problems_text (panel);
  g_assert_null (strstr (problems, "40-platelet-rich-plasma.md:"));

  /* A broken kiosk.ini: the page stays, the problem is listed. */
  {
    g_autofree char *bad = g_strconcat (ini, "\nthis line is not a setting\n", NULL);

    write_text (dir, "kiosk.ini", bad);
  }
  run_for (1500);
  g_assert_true (screen_has (&has));
  g_assert_cmpstr (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)), ==, PRP_ID);
  g_clear_pointer (&problems, g_free);
  problems = kiosk_staff_panel_get_problems_text (panel);
  g_test_message ("staff panel: %s", problems);
  g_assert_nonnull (strstr (problems, "kiosk.ini:"));
  g_assert_false (kiosk_content_monitor_get_last_accepted (monitor));

  kiosk_lockdown_set_enabled (kiosk_window_get_lockdown (window), FALSE, TRUE);
  gtk_window_destroy (GTK_WINDOW (window));
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  content = gui_test_init (&argc, &argv);
  if (content == NULL)
    {
      g_print ("1..0 # SKIP no display\n");
      return 77;
    }

  g_test_add_func ("/kiosk/live/content", test_live_content);

  return g_test_run ();
}
