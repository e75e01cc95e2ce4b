/* test-sections.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "kiosk-more-below-private.h"
#include "kiosk-navigator-private.h"
#include "kiosk-tile.h"
#include "kiosk-window-private.h"
#include "gui-util.h"
#include "test-util.h"

/* A section leads with its cards: the first row shows without scrolling
 * at 1920×1080, 1080×1920 and 1280×800, on the bundled Therapies and
 * Conditions and on a family practice's Services (tests/clinics/riverside/),
 * and "Words on this page" comes after the cards. A screen that goes on
 * below says so until its end. The attract and booking screens speak in
 * the clinic's own words. */

static KioskContent *riverside;

typedef struct
{
  gboolean    bundled;
  const char *section;
  int         width;
  int         height;
} Case;

static KioskWindow *
open_on (gboolean    bundled,
         const char *id,
         int         width,
         int         height)
{
  KioskWindow *window = bundled ? open_window_in ("en", width, height)
                                : open_window_with (riverside, "en", width, height);

  kiosk_navigator_show (kiosk_window_get_navigator (window), id);
  settle (GTK_WIDGET (window));
  return window;
}

static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_str_equal (gtk_label_get_text (g_ptr_array_index (labels, i)), text))
      return g_ptr_array_index (labels, i);
  return NULL;
}

static void
test_cards_first (gconstpointer data)
{
  const Case *c = data;
  KioskWindow *window = open_on (c->bundled, c->section, c->width, c->height);
  GtkWidget *screen = kiosk_window_get_screen (window);
  GtkWidget *scrolled = find_widget (screen, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *words = find_label (screen, "Words on this page");
  g_autoptr(GPtrArray) tiles = g_ptr_array_new ();
  graphene_rect_t first, last, heading;
  int view_height = gtk_widget_get_height (scrolled);
  g_autofree char *name = g_strdup_printf ("section-%s-%dx%d", c->section, c->width, c->height);

  collect (screen, KIOSK_TYPE_TILE, tiles);
  g_assert_cmpuint (tiles->len, >=, 2);
  g_assert_true (gtk_widget_compute_bounds (g_ptr_array_index (tiles, 0), scrolled, &first));
  g_assert_true (gtk_widget_compute_bounds (g_ptr_array_index (tiles, tiles->len - 1), scrolled,
                                            &last));
  save_screen (name);

  /* The whole first card, unscrolled. */
  g_test_message ("%s at %dx%d: first card %.0f–%.0f of %d px", c->section, c->width, c->height,
                  first.origin.y, first.origin.y + first.size.height, view_height);
  g_assert_cmpfloat (first.origin.y, >=, 0);
  g_assert_cmpfloat (first.origin.y + first.size.height, <=, view_height);

  /* Words on this page, when the section has any, after the last card. */
  if (words != NULL)
    {
      g_assert_true (gtk_widget_compute_bounds (words, scrolled, &heading));
      g_assert_cmpfloat (heading.origin.y, >, last.origin.y + last.size.height);
    }
  g_assert_true (c->bundled ? words != NULL : TRUE);
  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  GtkAdjustment *adjustment;
  double         before;
} Scroll;

static gboolean
has_scrolled (gpointer data)
{
  Scroll *scroll = data;

  return gtk_adjustment_get_value (scroll->adjustment) > scroll->before;
}

/* "More below" shows while the screen goes on, scrolls it on when tapped
 * and goes away at the end; a screen that fits has none. */
static void
test_more_below (void)
{
  KioskWindow *window = open_on (FALSE, "finding-your-way", 1920, 1080);
  GtkWidget *screen = kiosk_window_get_screen (window);
  KioskMoreBelow *cue = KIOSK_MORE_BELOW (find_widget (screen, KIOSK_TYPE_MORE_BELOW));
  GtkWidget *button = find_by_class (GTK_WIDGET (cue), "more-below");
  GtkAdjustment *adjustment =
    gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (find_widget (screen,
                                                                           GTK_TYPE_SCROLLED_WINDOW)));
  Scroll scroll = { adjustment, 0 };
  guint taps = 0;

  g_assert_true (kiosk_more_below_is_shown (cue));
  g_assert_true (gtk_widget_get_mapped (button));
  save_screen ("more-below-top");

  /* Each tap (a real click, through X) moves on by most of a screenful,
   * until the end. */
  while (kiosk_more_below_is_shown (cue))
    {
      scroll.before = gtk_adjustment_get_value (adjustment);
      g_assert_true (gtk_widget_get_mapped (button));
      click_at (button, gtk_widget_get_width (button) / 2.0, gtk_widget_get_height (button) / 2.0);
      wait_for (has_scrolled, &scroll);
      settle (GTK_WIDGET (window));
      g_assert_cmpfloat (gtk_adjustment_get_value (adjustment) - scroll.before, >,
                         MIN (gtk_adjustment_get_page_size (adjustment) / 2,
                              gtk_adjustment_get_upper (adjustment)
                              - gtk_adjustment_get_page_size (adjustment) - scroll.before - 1));
      g_assert_cmpuint (++taps, <, 50);
    }
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment),
                     >=, gtk_adjustment_get_upper (adjustment) - 1);
  g_assert_false (gtk_widget_get_mapped (button));
  g_test_message ("%u taps to the end", taps);
  save_screen ("more-below-end");

  /* Back up: it is there again. */
  gtk_adjustment_set_value (adjustment, 0);
  settle (GTK_WIDGET (window));
  g_assert_true (kiosk_more_below_is_shown (cue));

  /* A short page has no cue. */
  kiosk_navigator_show (kiosk_window_get_navigator (window), "check-ups");
  settle (GTK_WIDGET (window));
  cue = KIOSK_MORE_BELOW (find_widget (kiosk_window_get_screen (window), KIOSK_TYPE_MORE_BELOW));
  g_assert_false (kiosk_more_below_is_shown (cue));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The attract screen's line and the booking screen's title and text are
 * the clinic's, not the kiosk's words about regenerative medicine. */
static void
test_clinic_words (void)
{
  KioskWindow *window = open_on (FALSE, "booking", 1280, 800);
  GtkWidget *attract = find_widget (GTK_WIDGET (window), KIOSK_TYPE_ATTRACT_SCREEN);
  g_autofree char *booking_text = screen_text (window);
  g_autofree char *attract_text = NULL;
  g_autofree char *page_text = NULL;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Make an appointment");
  g_assert_nonnull (strstr (booking_text, "Make an appointment"));
  g_assert_nonnull (strstr (booking_text, "Please tell us if you need an interpreter"));
  g_assert_null (strstr (booking_text, "Book an appointment"));
  /* The footer button that leads there says the same. */
  g_assert_cmpstr (button_text (find_button_by_target (GTK_WIDGET (window), "booking")), ==,
                   "Make an appointment");

  /* The reset after a patient leaves shows the attract screen. */
  kiosk_window_reset (window);
  settle (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_mapped (attract));
  attract_text = all_text (attract);
  save_screen ("attract-riverside");

  g_assert_nonnull (strstr (attract_text, "Riverside Family Practice"));
  g_assert_nonnull (strstr (attract_text, "Find your way around our practice, see what we offer, "
                                          "and make an appointment."));
  g_assert_null (strstr (attract_text, "regenerative"));

  /* A page says when its facts were last checked ("checked = 2026-11"). */
  kiosk_navigator_show (kiosk_window_get_navigator (window), "services/vaccines");
  settle (GTK_WIDGET (window));
  page_text = screen_text (window);
  g_assert_nonnull (strstr (page_text, "Checked: November 2026"));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_build_filename (TEST_SRCDIR, "clinics", "riverside", NULL);
  g_autoptr(KioskContent) bundled = NULL;
  g_autoptr(KioskContent) loaded = NULL;
  static const int sizes[][2] = { { 1920, 1080 }, { 1080, 1920 }, { 1280, 800 } };
  static const struct { gboolean bundled; const char *id; } sections[] = {
    { TRUE, "therapies" }, { TRUE, "conditions" }, { FALSE, "services" },
  };
  static Case cases[G_N_ELEMENTS (sections) * G_N_ELEMENTS (sizes)];
  guint n = 0;

  bundled = gui_test_init (&argc, &argv);
  loaded = kiosk_content_load (dir);
  riverside = loaded;

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    for (guint j = 0; j < G_N_ELEMENTS (sizes); j++, n++)
      {
        g_autofree char *path = NULL;

        cases[n] = (Case) { sections[i].bundled, sections[i].id, sizes[j][0], sizes[j][1] };
        path = g_strdup_printf ("/sections/cards-first/%s/%dx%d", sections[i].id,
                                sizes[j][0], sizes[j][1]);
        g_test_add_data_func (path, &cases[n], test_cards_first);
      }
  g_test_add_func ("/sections/more-below", test_more_below);
  g_test_add_func ("/sections/clinic-words", test_clinic_words);

  return g_test_run ();
}
