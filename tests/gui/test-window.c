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
#include "kiosk-window.h"
#include "gui-util.h"
#include "test-util.h"

/* Drives real windows on a real X server (Xvfb): what the patient sees
 * after each tap, at each screen size the kiosk supports. */

static KioskContent *content;

static KioskWindow *
open_window_in (const char *lang,
                int         width,
                int         height)
{
  return open_window_with (content, lang, width, height);
}

static KioskWindow *
open_window (int width,
             int height)
{
  return open_window_in ("en", width, height);
}

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

/* All the text a patient can read on the current screen. */
static char *
screen_text (KioskWindow *window)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GString *text = g_string_new (NULL);

  collect (kiosk_window_get_screen (window), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      g_string_append (text, gtk_label_get_text (g_ptr_array_index (labels, i)));
      g_string_append_c (text, '\n');
    }
  return g_string_free (text, FALSE);
}

static GtkWidget *
find_button_by_action (GtkWidget  *root,
                       const char *action)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect_all (root, GTK_TYPE_BUTTON, TRUE, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), action) == 0)
        return button;
    }
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

static int
label_font_px (GtkWidget *label)
{
  PangoContext *context = gtk_widget_get_pango_context (label);
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double size = pango_font_description_get_size (font) / (double) PANGO_SCALE;

  /* GTK turns CSS pixels into points at 96 dpi. */
  if (!pango_font_description_get_size_is_absolute (font))
    size = size * 96.0 / 72.0;
  return (int) (size + 0.5);
}

/* At each supported size no screen scrolls sideways, nothing is wider than
 * the window, body text is at least 24 px and lines stay near 70
 * characters. */
static void
check_layout (KioskWindow *window,
              const char  *id,
              int          width)
{
  g_autoptr(GPtrArray) scrolled = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GtkWidget *screen;

  kiosk_navigator_show (kiosk_window_get_navigator (window), id);
  settle (GTK_WIDGET (window));
  screen = kiosk_window_get_screen (window);

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, width);
  collect (screen, GTK_TYPE_SCROLLED_WINDOW, scrolled);
  g_assert_cmpuint (scrolled->len, >=, 1);
  for (guint i = 0; i < scrolled->len; i++)
    {
      GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (g_ptr_array_index (scrolled, i));

      if (gtk_adjustment_get_upper (h) > gtk_adjustment_get_page_size (h) + 1)
        g_error ("%s at width %d scrolls sideways: %.0f > %.0f", id, width,
                 gtk_adjustment_get_upper (h), gtk_adjustment_get_page_size (h));
    }

  collect (screen, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);
      graphene_rect_t bounds;

      if (!gtk_widget_get_mapped (label) ||
          !gtk_widget_compute_bounds (label, GTK_WIDGET (window), &bounds))
        continue;
      if (bounds.origin.x < -0.5 || bounds.origin.x + bounds.size.width > width + 0.5)
        g_error ("%s at width %d: “%s” is clipped (%.0f..%.0f)", id, width,
                 gtk_label_get_text (GTK_LABEL (label)), bounds.origin.x,
                 bounds.origin.x + bounds.size.width);
      if (gtk_widget_has_css_class (label, "body"))
        {
          g_assert_cmpint (label_font_px (label), >=, 24);
          /* About 70 characters at most: 26 px Inter averages ~13 px. */
          if (bounds.size.width > 80 * label_font_px (label) / 2.0)
            g_error ("%s at width %d: a line of text is %.0f px wide, over 80 characters: “%.40s…”",
                     id, width, bounds.size.width, gtk_label_get_text (GTK_LABEL (label)));
        }
    }
}


static char *button_text (GtkWidget *button);

/* The header, its second row and the footer: every button inside the
 * window, none on top of another, no label squeezed below its size. */
static void
check_chrome (KioskWindow *window,
              const char  *where,
              int          width)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkWidget *screen = kiosk_window_get_screen (window);
  GtkWidget *layers[] = { find_widget (GTK_WIDGET (window), KIOSK_TYPE_IDLE_WARNING), find_widget (GTK_WIDGET (window), KIOSK_TYPE_ATTRACT_SCREEN),
                          find_widget (GTK_WIDGET (window), KIOSK_TYPE_PIN_PAD), find_widget (GTK_WIDGET (window), KIOSK_TYPE_STAFF_PANEL) };

  collect (GTK_WIDGET (window), GTK_TYPE_BUTTON, all);
  for (guint i = 0; i < all->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (all, i);
      gboolean skip = gtk_widget_is_ancestor (button, screen) || !gtk_widget_get_mapped (button);

      for (guint l = 0; l < G_N_ELEMENTS (layers); l++)
        skip = skip || gtk_widget_is_ancestor (button, layers[l]);
      if (!skip)
        g_ptr_array_add (buttons, button);
    }
  g_assert_cmpuint (buttons->len, >=, 6);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();
      graphene_rect_t a;

      g_assert_true (gtk_widget_compute_bounds (button, GTK_WIDGET (window), &a));
      if (a.origin.x < -0.5 || a.origin.x + a.size.width > width + 0.5)
        g_error ("%s: the button “%s” sticks out of the window (%.0f..%.0f)", where,
                 button_text (button), a.origin.x, a.origin.x + a.size.width);
      for (guint j = i + 1; j < buttons->len; j++)
        {
          GtkWidget *other = g_ptr_array_index (buttons, j);
          graphene_rect_t b, overlap;

          g_assert_true (gtk_widget_compute_bounds (other, GTK_WIDGET (window), &b));
          if (graphene_rect_intersection (&a, &b, &overlap) &&
              overlap.size.width > 1 && overlap.size.height > 1)
            g_error ("%s: the buttons “%s” and “%s” overlap", where,
                     button_text (button), button_text (other));
        }

      collect (button, GTK_TYPE_LABEL, labels);
      for (guint j = 0; j < labels->len; j++)
        {
          GtkWidget *label = g_ptr_array_index (labels, j);
          int minimum = 0;

          gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
          if (gtk_widget_get_width (label) + 1 < minimum)
            g_error ("%s: “%s” is squeezed to %d px, it needs %d", where,
                     gtk_label_get_text (GTK_LABEL (label)), gtk_widget_get_width (label), minimum);
        }
    }
}

static int
body_font_px (KioskWindow *window)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect (kiosk_window_get_screen (window), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), "body"))
      return label_font_px (g_ptr_array_index (labels, i));
  g_assert_not_reached ();
}

static GtkWidget *
find_size_button (GtkWidget *popover,
                  int        percent)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect (popover, GTK_TYPE_TOGGLE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GVariant *value = gtk_actionable_get_action_target_value (g_ptr_array_index (buttons, i));

      if (value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_INT32) &&
          g_variant_get_int32 (value) == percent)
        return g_ptr_array_index (buttons, i);
    }
  return NULL;
}

static gboolean
text_size_is_200 (gpointer data)
{
  return kiosk_patient_prefs_get_text_size (kiosk_window_get_prefs (data)) == 200;
}

/* 200% text, chosen in the Text size popover: at every supported screen
 * size the screens reflow (nothing clipped, nothing scrolls sideways, the
 * header and footer still fit), popovers too; the idle reset brings back
 * normal text. */
static void
test_text_size (void)
{
  const int sizes[][2] = { { 1920, 1080 }, { 1080, 1920 }, { 1280, 800 } };
  const char *ids[] = { "home", "therapies", "conditions/allergies",
                        "therapies/platelet-rich-plasma", "before-you-decide", "booking", "glossary" };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      int width = sizes[s][0], height = sizes[s][1];
      KioskWindow *window = open_window (width, height);
      GtkWidget *popover, *button;

      follow_display_settings (window);
      kiosk_navigator_show (kiosk_window_get_navigator (window), "conditions/allergies");
      settle (GTK_WIDGET (window));
      g_assert_cmpint (body_font_px (window), ==, 26);

      gtk_menu_button_popup (GTK_MENU_BUTTON (find_by_class (GTK_WIDGET (window), "display-button")));
      popover = wait_for_popover (GTK_WIDGET (window), KIOSK_TYPE_DISPLAY_POPOVER);
      settle (popover);
      button = find_size_button (popover, 200);
      g_assert_nonnull (button);
      if (height <= 1080)
        click_at (button, gtk_widget_get_width (button) / 2.0, gtk_widget_get_height (button) / 2.0);
      else
        gtk_widget_activate (button);
      wait_for (text_size_is_200, window);
      settle (popover);
      g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
      g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (find_size_button (popover, 100))));
      gtk_popover_popdown (GTK_POPOVER (popover));
      settle (GTK_WIDGET (window));
      g_assert_cmpint (body_font_px (window), ==, 52);

      for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
        {
          g_autofree char *where = g_strdup_printf ("%s at %dx%d, 200%%", ids[i], width, height);

          check_layout (window, ids[i], width);
          check_chrome (window, where, width);
        }
      save_screen ("text-200");

      /* Spanish words are longer. */
      kiosk_patient_prefs_set_language (kiosk_window_get_prefs (window), "es");
      check_layout (window, "therapies/platelet-rich-plasma", width);
      check_chrome (window, "Spanish at 200%", width);
      kiosk_patient_prefs_set_language (kiosk_window_get_prefs (window), "en");

      /* A glossary word's popover grows too, and stays on the screen. A
       * popover needs a monitor: the portrait window is taller than the
       * test's screen. */
      if (height <= 1080)
        {
          graphene_rect_t bounds;

          kiosk_navigator_show (kiosk_window_get_navigator (window), "therapies/platelet-rich-plasma");
          settle (GTK_WIDGET (window));
          popover = open_term_popover (window);
          g_assert_true (gtk_widget_compute_bounds (popover, GTK_WIDGET (window), &bounds));
          g_assert_cmpfloat (bounds.origin.x, >=, -0.5);
          g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, width + 0.5);
          {
            g_autoptr(GPtrArray) labels = g_ptr_array_new ();

            collect (popover, GTK_TYPE_LABEL, labels);
            for (guint i = 0; i < labels->len; i++)
              if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), "popover-text"))
                g_assert_cmpint (label_font_px (g_ptr_array_index (labels, i)), ==, 52);
          }
          save_screen ("text-200-popover");
          gtk_popover_popdown (GTK_POPOVER (popover));
        }

      /* The next patient starts with normal text. */
      kiosk_window_reset (window);
      settle (GTK_WIDGET (window));
      g_assert_cmpuint (kiosk_patient_prefs_get_text_size (kiosk_window_get_prefs (window)), ==, 100);
      kiosk_navigator_show (kiosk_window_get_navigator (window), "conditions/allergies");
      settle (GTK_WIDGET (window));
      g_assert_cmpint (body_font_px (window), ==, 26);
      check_chrome (window, "after the reset", width);
      kiosk_patient_prefs_set_language (kiosk_window_get_prefs (window), "es");
      settle (GTK_WIDGET (window));
      check_chrome (window, "Spanish at 100%", width);
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

static void
test_layout_sizes (void)
{
  const int sizes[][2] = { { 1920, 1080 }, { 1080, 1920 }, { 1280, 800 } };
  const char *ids[] = { "home", "therapies", "conditions", "therapies/platelet-rich-plasma",
                        "before-you-decide", "booking" };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      KioskWindow *window = open_window (sizes[s][0], sizes[s][1]);

      for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
        check_layout (window, ids[i], sizes[s][0]);
      gtk_window_destroy (GTK_WINDOW (window));
    }
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

/* The text on a button, as the patient reads it. */
static char *
button_text (GtkWidget *button)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GString *text = g_string_new (NULL);

  collect (button, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    g_string_append (text, gtk_label_get_text (g_ptr_array_index (labels, i)));
  return g_string_free (text, FALSE);
}

static GtkWidget *
find_button_by_target (GtkWidget  *root,
                       const char *target)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect (root, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);
      GVariant *value = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));

      if (value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_STRING) &&
          g_str_equal (g_variant_get_string (value, NULL), target) &&
          gtk_widget_has_css_class (button, "footer-button"))
        return button;
    }
  return NULL;
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

/* In Spanish the interface around the content is Spanish too. */
static void
test_spanish_interface (void)
{
  KioskWindow *window = open_window_in ("es", 1280, 800);
  g_autofree char *back = NULL;
  g_autofree char *decide = NULL;
  g_autofree char *text = NULL;

  kiosk_navigator_show (kiosk_window_get_navigator (window), "conditions/allergies");
  settle (GTK_WIDGET (window));

  back = button_text (find_button_by_action (GTK_WIDGET (window), "kiosk.back"));
  decide = button_text (find_button_by_target (GTK_WIDGET (window), "before-you-decide"));
  text = screen_text (window);
  g_assert_cmpstr (back, ==, "Atrás");
  g_assert_cmpstr (decide, ==, "Antes de decidir");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Alergias");
  g_assert_nonnull (strstr (text, "Sin buenas pruebas"));
  g_assert_null (strstr (text, "No good evidence"));
  gtk_window_destroy (GTK_WINDOW (window));

  /* The next window in English is English again. */
  window = open_window (1280, 800);
  kiosk_navigator_show (kiosk_window_get_navigator (window), "conditions/allergies");
  settle (GTK_WIDGET (window));
  g_free (back);
  back = button_text (find_button_by_action (GTK_WIDGET (window), "kiosk.back"));
  g_assert_cmpstr (back, ==, "Back");
  gtk_window_destroy (GTK_WINDOW (window));
}


/* All the text of @root, also what is hidden for now. */
static char *
hidden_text (GtkWidget *root)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GString *text = g_string_new (NULL);

  collect_all (root, GTK_TYPE_LABEL, TRUE, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      g_string_append (text, gtk_label_get_text (g_ptr_array_index (labels, i)));
      g_string_append_c (text, '\n');
    }
  return g_string_free (text, FALSE);
}

static GtkWidget *
find_language_button (KioskWindow *window,
                      const char  *lang)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect (GTK_WIDGET (window), GTK_TYPE_TOGGLE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);
      GVariant *value = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));

      if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), "kiosk.language") == 0 &&
          value != NULL && g_str_equal (g_variant_get_string (value, NULL), lang))
        return button;
    }
  return NULL;
}

static gboolean
language_is (gpointer data)
{
  gpointer *pair = data;

  return g_strcmp0 (kiosk_patient_prefs_get_language (kiosk_window_get_prefs (pair[0])), pair[1]) == 0;
}

/* The language buttons in the header switch everything at once, on the
 * page being read, without losing the way back; the idle reset returns
 * to the clinic's language. */
static void
test_language_switch (void)
{
  KioskWindow *window = open_window (1280, 800);
  GtkWidget *espanol, *english;
  gpointer pair[2] = { window, "es" };
  g_autofree char *back = NULL;
  g_autofree char *decide = NULL;
  g_autofree char *display = NULL;
  g_autofree char *text = NULL;
  g_autofree char *warning = NULL;

  /* On home too, each language named in its own words. */
  espanol = find_language_button (window, "es");
  english = find_language_button (window, "en");
  g_assert_nonnull (espanol);
  g_assert_nonnull (english);
  g_assert_true (gtk_widget_get_mapped (espanol));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (espanol)), ==, "Español");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (english)), ==, "English");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (english)));
  g_assert_cmpint (gtk_widget_get_height (espanol), >=, 64);

  kiosk_navigator_show (kiosk_window_get_navigator (window), "conditions");
  settle (GTK_WIDGET (window));
  kiosk_navigator_show (kiosk_window_get_navigator (window), "conditions/allergies");
  settle (GTK_WIDGET (window));
  g_assert_cmpuint (kiosk_navigator_get_depth (kiosk_window_get_navigator (window)), ==, 2);

  /* A real tap on "Español". */
  espanol = find_language_button (window, "es");
  click_at (espanol, gtk_widget_get_width (espanol) / 2.0, gtk_widget_get_height (espanol) / 2.0);
  wait_for (language_is, pair);
  settle (GTK_WIDGET (window));

  back = button_text (find_button_by_action (GTK_WIDGET (window), "kiosk.back"));
  decide = button_text (find_button_by_target (GTK_WIDGET (window), "before-you-decide"));
  display = button_text (find_by_class (GTK_WIDGET (window), "display-button"));
  text = screen_text (window);
  warning = hidden_text (find_widget (GTK_WIDGET (window), KIOSK_TYPE_IDLE_WARNING));
  g_assert_cmpstr (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)), ==, "conditions/allergies");
  g_assert_cmpuint (kiosk_navigator_get_depth (kiosk_window_get_navigator (window)), ==, 2);
  g_assert_cmpstr (back, ==, "Atrás");
  g_assert_cmpstr (decide, ==, "Antes de decidir");
  g_assert_cmpstr (display, ==, "Tamaño del texto");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Alergias");
  g_assert_nonnull (strstr (text, "Sin buenas pruebas"));
  g_assert_null (strstr (text, "No good evidence"));
  g_assert_nonnull (strstr (warning, "¿Sigue leyendo?"));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (find_language_button (window, "es"))));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (find_language_button (window, "en"))));

  /* Back goes to the section, in Spanish. */
  kiosk_navigator_back (kiosk_window_get_navigator (window));
  settle (GTK_WIDGET (window));
  g_assert_cmpstr (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)), ==, "conditions");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Enfermedades");

  /* The next patient gets the clinic's language. */
  kiosk_window_reset (window);
  settle (GTK_WIDGET (window));
  g_clear_pointer (&back, g_free);
  back = button_text (find_button_by_action (GTK_WIDGET (window), "kiosk.back"));
  g_assert_cmpstr (kiosk_patient_prefs_get_language (kiosk_window_get_prefs (window)), ==, "en");
  g_assert_cmpstr (back, ==, "Back");
  g_clear_pointer (&warning, g_free);
  warning = hidden_text (find_widget (GTK_WIDGET (window), KIOSK_TYPE_IDLE_WARNING));
  g_assert_nonnull (strstr (warning, "Still reading?"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_notice (KioskWindow *window)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect (GTK_WIDGET (window), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), "kiosk-notice"))
      return g_ptr_array_index (labels, i);
  g_assert_not_reached ();
}

/* A page not translated yet is shown in the clinic's language, with a
 * short note saying so. */
static void
test_language_fallback (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kiosk-fallback-XXXXXX", NULL);
  g_autofree char *gone = g_build_filename (dir, "es", "40-conditions", "140-allergies.md", NULL);
  g_autoptr(KioskContent) partial = NULL;
  KioskWindow *window;
  g_autofree char *text = NULL;
  GtkWidget *notice;

  copy_tree (CONTENT_DIR, dir);
  g_assert_cmpint (g_remove (gone), ==, 0);
  partial = kiosk_content_load (dir);
  window = open_window_with (partial, "en", 1280, 800);
  kiosk_navigator_show (kiosk_window_get_navigator (window), "conditions/allergies");
  settle (GTK_WIDGET (window));
  kiosk_patient_prefs_set_language (kiosk_window_get_prefs (window), "es");
  settle (GTK_WIDGET (window));

  g_assert_cmpstr (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)), ==, "conditions/allergies");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Allergies");
  text = screen_text (window);
  g_assert_nonnull (strstr (text, "An allergy is when"));
  notice = find_notice (window);
  g_assert_true (gtk_widget_get_mapped (notice));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (notice)), "English"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (notice)), "idioma"));

  /* A translated page has no note. */
  kiosk_navigator_show (kiosk_window_get_navigator (window), "conditions/diabetes");
  settle (GTK_WIDGET (window));
  g_assert_false (gtk_widget_get_visible (notice));
  gtk_window_destroy (GTK_WINDOW (window));
  remove_tree (dir);
}

static const KioskTerm *
find_term (const char *lang,
           const char *name)
{
  const KioskCatalog *catalog = kiosk_content_get_catalog (content, lang);

  for (guint i = 0; i < catalog->terms->len; i++)
    {
      const KioskTerm *term = g_ptr_array_index (catalog->terms, i);

      if (g_str_equal (term->term, name))
        return term;
    }
  return NULL;
}

/* A glossary word opens its meaning from its "Words on this page" button
 * and from a click on the word in the text; Home closes it. */
static KioskWindow *
open_plain_window (KioskContent *with)
{
  KioskWindow *window = gui_window_new (with, "en");

  kiosk_window_set_animations (window, FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  wait_for (is_mapped, window);
  settle (GTK_WIDGET (window));
  return window;
}

static void
test_term_popover (void)
{
  KioskWindow *window = open_plain_window (content);
  const KioskTerm *prp = find_term ("en", "Platelet-rich plasma");
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GtkWidget *button = NULL, *popover;
  g_autofree char *text = NULL;
  GtkLabel *word_label = NULL;
  const char *href = NULL;

  g_assert_nonnull (prp);
  kiosk_navigator_show (kiosk_window_get_navigator (window), "therapies/platelet-rich-plasma");
  settle (GTK_WIDGET (window));

  /* By its button. */
  collect (kiosk_window_get_screen (window), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *b = g_ptr_array_index (buttons, i);

      if (gtk_widget_has_css_class (b, "term-button") &&
          g_strcmp0 (gtk_button_get_label (GTK_BUTTON (b)), prp->term) == 0)
        button = b;
    }
  g_assert_nonnull (button);
  g_assert_cmpint (gtk_widget_get_height (button), >=, 48);
  gtk_widget_activate (button);
  popover = wait_for_popover (kiosk_window_get_screen (window), KIOSK_TYPE_TERM_POPOVER);
  g_assert_nonnull (popover);
  text = all_text (popover);
  g_assert_nonnull (strstr (text, prp->term));
  g_assert_nonnull (strstr (text, prp->definition));
  g_object_ref (popover);
  gtk_popover_popdown (GTK_POPOVER (popover));
  settle (GTK_WIDGET (window));
  g_assert_false (gtk_widget_get_visible (popover));

  /* By a click on the word "PRP" in the first paragraph. */
  collect (kiosk_window_get_screen (window), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len && word_label == NULL; i++)
    {
      const char *markup = gtk_label_get_label (g_ptr_array_index (labels, i));

      if ((href = strstr (markup, "class=\"term\">PRP</a>")) != NULL)
        word_label = g_ptr_array_index (labels, i);
    }
  g_assert_nonnull (word_label);
  {
    const char *markup = gtk_label_get_label (word_label);
    const char *start = g_strrstr_len (markup, href - markup, "href=\"t:");
    const char *colon = strchr (start + strlen ("href=\"t:"), ':');
    guint64 offset = g_ascii_strtoull (colon + 1, NULL, 10);
    PangoRectangle pos;
    int lx, ly;

    pango_layout_index_to_pos (gtk_label_get_layout (word_label), offset, &pos);
    gtk_label_get_layout_offsets (word_label, &lx, &ly);
    click_at (GTK_WIDGET (word_label),
              lx + pango_units_to_double (pos.x) + 8,
              ly + pango_units_to_double (pos.y + pos.height / 2));
  }
  popover = wait_for_popover (kiosk_window_get_screen (window), KIOSK_TYPE_TERM_POPOVER);
  g_assert_nonnull (popover);
  g_free (text);
  text = all_text (popover);
  g_assert_nonnull (strstr (text, prp->definition));

  save_screen ("term-popover");

  /* Home closes it (the same popover, reused: still referenced above). */
  kiosk_navigator_home (kiosk_window_get_navigator (window));
  settle (GTK_WIDGET (window));
  g_assert_false (gtk_widget_get_visible (popover));
  g_assert_false (gtk_widget_get_mapped (popover));
  g_object_unref (popover);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Web links also get big buttons under "Links on this page" (a screen
 * reader cannot reach a link inside a label); one opens the same popover. */
static void
test_link_buttons (void)
{
  KioskWindow *window = open_window (1920, 1080);
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkWidget *fda = NULL, *popover;
  g_autofree char *screen = NULL;
  g_autofree char *text = NULL;
  guint links = 0;

  kiosk_navigator_show (kiosk_window_get_navigator (window), "before-you-decide");
  settle (GTK_WIDGET (window));
  screen = screen_text (window);
  g_assert_nonnull (strstr (screen, "Links on this page"));
  collect (kiosk_window_get_screen (window), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      if (g_object_get_data (G_OBJECT (button), "kiosk-link") == NULL)
        continue;
      links++;
      if (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (button)),
                     "Information for patients about regenerative medicine") == 0)
        fda = button;
    }
  g_assert_cmpuint (links, ==, 2);
  g_assert_nonnull (fda);
  g_assert_cmpint (gtk_widget_get_height (fda), >=, 48);

  gtk_widget_activate (fda);
  popover = wait_for_popover (kiosk_window_get_screen (window), KIOSK_TYPE_LINK_POPOVER);
  text = all_text (popover);
  g_assert_nonnull (strstr (text, "https://www.fda.gov/"));
  g_assert_cmpstr (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)), ==, "before-you-decide");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A web link shows a QR code of exactly its address; a phone link shows
 * the number in large text; neither opens anything. */
static void
test_link_popovers (void)
{
  static const char url[] = "https://Example.org/Patients/Info?Topic=PRP&Lang=en";
  g_autofree char *dir = g_dir_make_tmp ("kiosk-links-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "qr.png", NULL);
  g_autoptr(KioskContent) links = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autofree char *page = g_strdup_printf ("# Links\n\nRead [the patient guide](%s) or "
                                           "[call us](tel:+15550100).\n", url);
  KioskWindow *window;
  GtkWidget *popover, *qr;
  GtkLabel *label;
  gboolean handled = FALSE;
  g_autofree char *text = NULL;
  g_autofree char *decoded = NULL;

  write_text (dir, "kiosk.ini", "[clinic]\nname=Test\nbooking-url=https://example.org/b\n"
                                "phone=+1 555 0100\n[kiosk]\nlanguages=en\n");
  write_text (dir, "en/home.md", "# Welcome\n\nHello.\n");
  write_text (dir, "en/glossary.md", "# Glossary\n\n## Plasma\n\nThe liquid part of blood.\n");
  write_text (dir, "en/10-links.md", page);
  links = kiosk_content_load (dir);

  window = open_plain_window (links);
  kiosk_navigator_show (kiosk_window_get_navigator (window), "links");
  settle (GTK_WIDGET (window));

  collect (kiosk_window_get_screen (window), GTK_TYPE_LABEL, labels);
  label = NULL;
  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_label (g_ptr_array_index (labels, i)), "<a href=\"0\"") != NULL)
      label = g_ptr_array_index (labels, i);
  g_assert_nonnull (label);

  g_signal_emit_by_name (label, "activate-link", "0", &handled);
  g_assert_true (handled);
  popover = wait_for_popover (kiosk_window_get_screen (window), KIOSK_TYPE_LINK_POPOVER);
  g_assert_nonnull (popover);
  g_assert_cmpstr (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)), ==, "links");
  text = all_text (popover);
  g_assert_nonnull (strstr (text, url));
  g_assert_nonnull (strstr (text, "Scan to open on your phone"));

  /* Decode the code as drawn. */
  qr = kiosk_link_popover_get_qr (KIOSK_LINK_POPOVER (popover));
  g_assert_true (gtk_widget_get_mapped (qr));
  {
    g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (qr);
    GtkSnapshot *snapshot = gtk_snapshot_new ();
    int w = gtk_widget_get_width (qr), h = gtk_widget_get_height (qr);
    g_autoptr(GskRenderNode) node = NULL;
    g_autoptr(GdkTexture) texture = NULL;

    gdk_paintable_snapshot (paintable, snapshot, w, h);
    node = gtk_snapshot_free_to_node (snapshot);
    g_assert_nonnull (node);
    texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (popover)),
                                           node, &GRAPHENE_RECT_INIT (0, 0, w, h));
    g_assert_true (gdk_texture_save_to_png (texture, png));
  }
  decoded = decode_png (png);
  g_assert_cmpstr (decoded, ==, url);

  save_screen ("link-popover");

  /* The phone link: the number, large; no code. */
  gtk_popover_popdown (GTK_POPOVER (popover));
  settle (GTK_WIDGET (window));
  g_signal_emit_by_name (label, "activate-link", "1", &handled);
  popover = wait_for_popover (kiosk_window_get_screen (window), KIOSK_TYPE_LINK_POPOVER);
  g_assert_nonnull (popover);
  g_free (text);
  text = all_text (popover);
  g_assert_nonnull (strstr (text, "+15550100"));
  g_assert_false (gtk_widget_get_visible (kiosk_link_popover_get_qr (KIOSK_LINK_POPOVER (popover))));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (png);
  {
    const char *files[] = { "kiosk.ini", "en/home.md", "en/glossary.md", "en/10-links.md" };

    for (guint i = 0; i < G_N_ELEMENTS (files); i++)
      {
        g_autofree char *path = g_build_filename (dir, files[i], NULL);
        g_unlink (path);
      }
    {
      g_autofree char *en = g_build_filename (dir, "en", NULL);
      g_rmdir (en);
    }
    g_rmdir (dir);
  }
}

/* The glossary screen lists every term A to Z; a row opens its meaning. */
static void
test_glossary_screen (void)
{
  KioskWindow *window = open_window (1280, 800);
  const KioskCatalog *catalog = kiosk_content_get_catalog (content, "en");
  const KioskTerm *term = find_term ("en", "Platelet");
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkWidget *row_button = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint rows = 0;

  kiosk_navigator_show (kiosk_window_get_navigator (window), "glossary");
  settle (GTK_WIDGET (window));
  g_assert_true (KIOSK_IS_GLOSSARY_SCREEN (kiosk_window_get_screen (window)));
  collect (kiosk_window_get_screen (window), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *b = g_ptr_array_index (buttons, i);

      if (!gtk_widget_has_css_class (b, "glossary-button"))
        continue;
      rows++;
      g_assert_cmpint (gtk_widget_get_height (b), >=, 64);
      {
        g_autofree char *label = button_text (b);
        const char *rest = g_str_has_prefix (label, term->term) ? label + strlen (term->term) : NULL;

        if (rest != NULL && (*rest == '\0' || g_str_has_prefix (rest, "Also:")))
          row_button = b;
      }
    }
  g_assert_cmpuint (rows, ==, catalog->terms->len);
  g_assert_nonnull (row_button);

  before = screen_text (window);
  g_assert_null (strstr (before, term->definition));
  gtk_widget_activate (row_button);
  /* A button's activation includes its short pressed-down animation. */
  for (gint64 end = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
       g_get_monotonic_time () < end && !gtk_widget_has_css_class (gtk_widget_get_parent (row_button), "open");)
    g_main_context_iteration (NULL, FALSE);
  settle (GTK_WIDGET (window));
  after = screen_text (window);
  g_assert_nonnull (strstr (after, term->definition));
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
  g_test_add_func ("/kiosk/window/layout-sizes", test_layout_sizes);
  g_test_add_func ("/kiosk/window/text-size", test_text_size);
  g_test_add_func ("/kiosk/window/broken-content", test_broken_content_not_blank);
  g_test_add_func ("/kiosk/window/footer", test_footer_everywhere);
  g_test_add_func ("/kiosk/window/spanish", test_spanish_interface);
  g_test_add_func ("/kiosk/window/language-switch", test_language_switch);
  g_test_add_func ("/kiosk/window/language-fallback", test_language_fallback);
  g_test_add_func ("/kiosk/window/term-popover", test_term_popover);
  g_test_add_func ("/kiosk/window/link-popovers", test_link_popovers);
  g_test_add_func ("/kiosk/window/link-buttons", test_link_buttons);
  g_test_add_func ("/kiosk/window/glossary-screen", test_glossary_screen);

  return g_test_run ();
}
