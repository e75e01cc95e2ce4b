/* test-text-size.c
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

/* Larger text in real windows: every screen at 100, 150 and 200 % and at
 * each supported screen size keeps its header, footer and text on screen,
 * and the display popover changes the size. */

static KioskContent *content;

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

  g_test_add_func ("/kiosk/window/layout-sizes", test_layout_sizes);
  g_test_add_func ("/kiosk/window/text-size", test_text_size);

  return g_test_run ();
}
