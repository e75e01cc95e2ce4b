/* test-window.c
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
#include "kiosk-booking-screen.h"
#include "kiosk-display-popover.h"
#include "kiosk-glossary-screen.h"
#include "kiosk-home-screen.h"
#include "kiosk-link-popover-private.h"
#include "kiosk-markdown-view.h"
#include "kiosk-term-popover.h"
#include "kiosk-i18n.h"
#include "kiosk-page-screen.h"
#include "kiosk-qr-code-private.h"
#include "kiosk-section-screen.h"
#include "kiosk-tile-private.h"
#include "kiosk-window-private.h"
#include "gui-util.h"
#include "test-util.h"
#include "kiosk-content-private.h"
#include "kiosk-navigator-private.h"

/* Drives real windows on a real X server (Xvfb): what the patient sees
 * after each tap, at each screen size the kiosk supports. */

static KioskContent *content;

static KioskTile *
find_tile (KioskWindow *window,
           const char  *page_id)
{
  g_autoptr(GPtrArray) tiles = g_ptr_array_new ();

  collect (kiosk_window_get_screen (window), KIOSK_TYPE_TILE, tiles);
  for (guint i = 0; i < tiles->len; i++)
    if (g_str_equal (kiosk_tile_get_page_id (g_ptr_array_index (tiles, i)), page_id))
      return g_ptr_array_index (tiles, i);
  return NULL;
}

static void
test_navigation (void)
{
  KioskWindow *window = open_window (1920, 1080);
  const KioskEntry *prp = kiosk_content_find (content, "en", "therapies/platelet-rich-plasma");
  GtkWidget *back = find_button_by_action (GTK_WIDGET (window), "kiosk.back");
  GtkWidget *home = find_button_by_action (GTK_WIDGET (window), "kiosk.home");
  g_autofree char *home_text = NULL;
  g_autofree char *page_text = NULL;
  KioskTile *tile;

  g_assert_nonnull (prp);
  g_assert_nonnull (back);
  g_assert_nonnull (home);

  /* Home: the clinic's name, the welcome text, a tile per section, booking. */
  g_assert_cmpstr (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)), ==, "home");
  g_assert_true (KIOSK_IS_HOME_SCREEN (kiosk_window_get_screen (window)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   kiosk_content_get_config (content)->name);
  g_assert_false (gtk_widget_get_mapped (back));
  home_text = screen_text (window);
  g_assert_nonnull (strstr (home_text, "Book an appointment"));
  g_assert_nonnull (find_button_by_action (kiosk_window_get_screen (window), "kiosk.navigate"));

  /* Home → section */
  tile = find_tile (window, "therapies");
  g_assert_nonnull (tile);
  tap (window, GTK_WIDGET (tile));
  g_assert_cmpstr (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)), ==, "therapies");
  g_assert_true (KIOSK_IS_SECTION_SCREEN (kiosk_window_get_screen (window)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   kiosk_content_find (content, "en", "therapies")->title);
  g_assert_true (gtk_widget_get_mapped (back));
  g_assert_true (gtk_widget_get_mapped (home));
  g_assert_cmpint (gtk_widget_get_height (back), >=, 64);
  g_assert_cmpint (gtk_widget_get_height (home), >=, 64);

  /* Section → page */
  tile = find_tile (window, "therapies/platelet-rich-plasma");
  g_assert_nonnull (tile);
  tap (window, GTK_WIDGET (tile));
  g_assert_cmpstr (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)), ==, "therapies/platelet-rich-plasma");
  g_assert_true (KIOSK_IS_PAGE_SCREEN (kiosk_window_get_screen (window)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, prp->title);
  page_text = screen_text (window);
  g_assert_nonnull (strstr (page_text, prp->title));
  g_assert_nonnull (strstr (page_text, "centrifuge"));
  g_assert_nonnull (strstr (page_text, kiosk_evidence_to_string (prp->evidence)));

  /* Back → section, Home → home with no history left. */
  tap (window, back);
  g_assert_cmpstr (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)), ==, "therapies");
  g_assert_true (KIOSK_IS_SECTION_SCREEN (kiosk_window_get_screen (window)));
  tap (window, home);
  g_assert_cmpstr (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)), ==, "home");
  g_assert_true (KIOSK_IS_HOME_SCREEN (kiosk_window_get_screen (window)));
  g_assert_cmpuint (kiosk_navigator_get_depth (kiosk_window_get_navigator (window)), ==, 0);
  g_assert_false (gtk_widget_get_mapped (back));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_page_link_navigates (void)
{
  KioskWindow *window = open_window (1280, 800);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  gboolean followed = FALSE;

  /* The welcome text links to the glossary; a section page links across. */
  kiosk_navigator_show (kiosk_window_get_navigator (window), "therapies");
  settle (GTK_WIDGET (window));
  collect (kiosk_window_get_screen (window), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len && !followed; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);
      const char *markup = gtk_label_get_label (label);
      const char *href = strstr (markup, "<a href=\"");
      g_autofree char *uri = NULL;
      gboolean handled = FALSE;

      /* The first link, not a glossary word (href="t:…"). */
      while (href != NULL && !g_ascii_isdigit (href[strlen ("<a href=\"")]))
        href = strstr (href + 1, "<a href=\"");
      if (href == NULL)
        continue;
      href += strlen ("<a href=\"");
      uri = g_strndup (href, strchr (href, '"') - href);
      g_signal_emit_by_name (label, "activate-link", uri, &handled);
      g_assert_true (handled);
      settle (GTK_WIDGET (window));
      followed = TRUE;
    }

  g_assert_true (followed);
  g_assert_cmpstr (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)), !=, "therapies");
  g_assert_cmpuint (kiosk_navigator_get_depth (kiosk_window_get_navigator (window)), ==, 2);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_missing_page_placeholder (void)
{
  KioskWindow *window = open_window (1280, 800);
  g_autofree char *text = NULL;

  kiosk_navigator_show (kiosk_window_get_navigator (window), "no/such/page");
  settle (GTK_WIDGET (window));
  text = screen_text (window);
  g_assert_nonnull (strstr (text, "not available"));
  g_assert_true (gtk_widget_get_mapped (find_button_by_action (GTK_WIDGET (window), "kiosk.home")));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_booking_qr (void)
{
  KioskWindow *window = open_window (1920, 1080);
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();

  kiosk_navigator_show (kiosk_window_get_navigator (window), "booking");
  settle (GTK_WIDGET (window));
  g_assert_true (KIOSK_IS_BOOKING_SCREEN (kiosk_window_get_screen (window)));
  collect (kiosk_window_get_screen (window), KIOSK_TYPE_QR_CODE, codes);
  g_assert_cmpuint (codes->len, ==, 1);
  g_assert_cmpstr (kiosk_qr_code_get_text (g_ptr_array_index (codes, 0)), ==,
                   kiosk_content_get_config (content)->booking_url);
  g_assert_cmpint (gtk_widget_get_width (g_ptr_array_index (codes, 0)), >=, 380);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_broken_content_not_blank (void)
{
  g_autoptr(KioskContent) missing = kiosk_content_load ("/nonexistent/clinic-kiosk-content");
  KioskWindow *window = gui_window_new (missing, NULL);
  g_autofree char *text = NULL;

  gtk_window_present (GTK_WINDOW (window));
  wait_for (is_mapped, window);
  text = screen_text (window);
  g_assert_nonnull (strstr (text, "no pages to show"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* "Before you decide", the glossary and booking are one tap away from
 * every screen. */
static void
test_footer_everywhere (void)
{
  const char *screens[] = { "home", "therapies", "conditions/diabetes", "booking", "glossary" };
  KioskWindow *window = open_window (1280, 800);

  for (guint i = 0; i < G_N_ELEMENTS (screens); i++)
    {
      GtkWidget *decide;

      kiosk_navigator_show (kiosk_window_get_navigator (window), screens[i]);
      settle (GTK_WIDGET (window));
      decide = find_button_by_target (GTK_WIDGET (window), "before-you-decide");
      g_assert_nonnull (decide);
      g_assert_nonnull (find_button_by_target (GTK_WIDGET (window), "glossary"));
      g_assert_nonnull (find_button_by_target (GTK_WIDGET (window), "booking"));
      g_assert_cmpint (gtk_widget_get_height (decide), >=, 64);
      tap (window, decide);
      g_assert_cmpstr (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)), ==, "before-you-decide");
      g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Before you decide");
      /* The button for the page on show is marked, and does nothing. */
      g_assert_false (gtk_widget_is_sensitive (decide));
      kiosk_navigator_home (kiosk_window_get_navigator (window));
      settle (GTK_WIDGET (window));
    }
  gtk_window_destroy (GTK_WINDOW (window));
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

  g_test_add_func ("/kiosk/window/navigation", test_navigation);
  g_test_add_func ("/kiosk/window/page-link", test_page_link_navigates);
  g_test_add_func ("/kiosk/window/missing-page", test_missing_page_placeholder);
  g_test_add_func ("/kiosk/window/booking-qr", test_booking_qr);
  g_test_add_func ("/kiosk/window/broken-content", test_broken_content_not_blank);
  g_test_add_func ("/kiosk/window/footer", test_footer_everywhere);

  return g_test_run ();
}
