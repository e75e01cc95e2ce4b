/* test-pictures.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <glib/gstdio.h>
#include <string.h>

#include "kiosk-navigator-private.h"
#include "kiosk-picture.h"
#include "kiosk-window-private.h"
#include "gui-util.h"
#include "test-util.h"

/* Pictures in a page taller than three screens (tests/clinics/riverside/,
 * "Finding your way"): a magenta PNG and a green SVG near the top, in the
 * middle and at the end. The page is scrolled from top to bottom and, at
 * every step, the pixels of each colour are counted in what the window
 * draws: each picture must fill its place on screen, at its own size up
 * to the column's width and in its own proportions. A picture that cannot
 * be shown leaves its description. */

static KioskContent *clinic;

typedef struct
{
  const char *file;
  int         width;      /* the picture's own size */
  int         height;
  gboolean    svg;
} Expected;

/* In the order of the page. */
static const Expected expected[] = {
  { "front-desk.png", 1600, 900, FALSE },
  { "floor-plan.svg", 600, 400, TRUE },
  { "check-in.png", 400, 300, FALSE },
  { "corridor.svg", 1200, 300, TRUE },
  { "parking.png", 240, 160, FALSE },
  { "lift.svg", 300, 300, TRUE },
};

#define N_PICTURES G_N_ELEMENTS (expected)
/* Pixels the rounded corners leave out (12² − π·12²/4) or blend with the
 * page (about a quarter circle of edge), at each of the four. */
#define CORNERS (4 * (31 + 20))

static gboolean
is_colour (const Rendering *shot,
           int              x,
           int              y,
           gboolean         green)
{
  const guchar *p = shot->pixels + y * shot->stride + x * 4;

  /* B, G, R, A: magenta is #FF00FF, green #00C000. */
  if (green)
    return p[2] == 0x00 && p[1] == 0xC0 && p[0] == 0x00 && p[3] == 0xFF;
  return p[2] == 0xFF && p[1] == 0x00 && p[0] == 0xFF && p[3] == 0xFF;
}

static int
count_in (const Rendering       *shot,
          const graphene_rect_t *area,
          gboolean               green)
{
  int count = 0;
  int x0 = MAX (0, (int) area->origin.x), y0 = MAX (0, (int) area->origin.y);
  int x1 = MIN (shot->width, (int) (area->origin.x + area->size.width));
  int y1 = MIN (shot->height, (int) (area->origin.y + area->size.height));

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      count += is_colour (shot, x, y, green);
  return count;
}

static KioskWindow *
open_page (int         width,
           int         height,
           GPtrArray  *pictures)
{
  KioskWindow *window = open_window_with (clinic, "en", width, height);

  kiosk_navigator_show (kiosk_window_get_navigator (window), "finding-your-way");
  settle (GTK_WIDGET (window));
  collect (GTK_WIDGET (window), KIOSK_TYPE_PICTURE, pictures);
  g_assert_cmpuint (pictures->len, ==, N_PICTURES);
  return window;
}

/* Scrolls @scrolled to @value and waits until every picture on screen is
 * decoded and drawn. */
static void
scroll_to (KioskWindow   *window,
           GtkAdjustment *adjustment,
           double         value)
{
  gtk_adjustment_set_value (adjustment, value);
  settle (GTK_WIDGET (window));
  for (guint i = 0; i < 100 && kiosk_picture_get_loading () > 0; i++)
    g_usleep (20000), settle (GTK_WIDGET (window));
  g_assert_cmpuint (kiosk_picture_get_loading (), ==, 0);
  settle (GTK_WIDGET (window));
}

/* One screenful: each picture fills the part of it that is inside the
 * scrolled window, and no colour is drawn anywhere else. */
static void
check_screen (KioskWindow *window,
              GPtrArray   *pictures,
              GtkWidget   *scrolled,
              int          column,
              guint       *seen)
{
  Rendering shot = { 0 };
  graphene_rect_t view;
  int drawn[2] = { 0, 0 }, counted[2] = { 0, 0 };

  g_assert_true (gtk_widget_compute_bounds (scrolled, GTK_WIDGET (window), &view));
  render_widget (GTK_WIDGET (window), &shot);
  for (guint i = 0; i < N_PICTURES; i++)
    {
      GtkWidget *picture = g_ptr_array_index (pictures, i);
      const Expected *e = &expected[i];
      int width = MIN (column, e->width);
      graphene_rect_t bounds, visible;
      int count, area;

      g_assert_true (gtk_widget_compute_bounds (picture, GTK_WIDGET (window), &bounds));
      /* Its own size up to the column, in its own proportions. */
      g_assert_cmpint ((int) bounds.size.width, ==, width);
      g_assert_cmpint ((int) bounds.size.height, ==, (width * e->height + e->width - 1) / e->width);
      if (!graphene_rect_intersection (&bounds, &view, &visible))
        continue;

      area = (int) visible.size.width * (int) visible.size.height;
      count = count_in (&shot, &visible, e->svg);
      if (area > 4 * CORNERS)
        g_assert_cmpint (count, >=, area - CORNERS);
      g_assert_cmpint (count, <=, area);
      drawn[e->svg] += count;
      if (visible.size.height >= bounds.size.height - 1)
        seen[i]++;
    }
  counted[FALSE] = count_in (&shot, &GRAPHENE_RECT_INIT (0, 0, shot.width, shot.height), FALSE);
  counted[TRUE] = count_in (&shot, &GRAPHENE_RECT_INIT (0, 0, shot.width, shot.height), TRUE);
  g_assert_cmpint (counted[FALSE], ==, drawn[FALSE]);
  g_assert_cmpint (counted[TRUE], ==, drawn[TRUE]);
  rendering_clear (&shot);
}

static void
test_scrolled_through (gconstpointer data)
{
  const int *size = data;
  g_autoptr(GPtrArray) pictures = g_ptr_array_new ();
  KioskWindow *window = open_page (size[0], size[1], pictures);
  GtkWidget *first = g_ptr_array_index (pictures, 0);
  GtkWidget *scrolled = gtk_widget_get_ancestor (first, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  int column = gtk_widget_get_width (gtk_widget_get_parent (first));
  guint seen[N_PICTURES] = { 0 };
  guint screens = 0;
  g_autofree char *name = NULL;

  /* The page is taller than three screens. */
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, 3 * gtk_adjustment_get_page_size (adjustment));
  g_assert_cmpint (column, >, 0);

  for (double value = 0;; value += gtk_adjustment_get_page_size (adjustment) / 2)
    {
      double end = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);

      scroll_to (window, adjustment, MIN (value, end));
      check_screen (window, pictures, scrolled, column, seen);
      name = (g_free (name), g_strdup_printf ("pictures-%dx%d-%u", size[0], size[1], screens++));
      save_screen (name);
      if (value >= end)
        break;
    }

  /* Scrolled to, as a patient would, each picture is seen whole. */
  for (guint i = 0; i < N_PICTURES; i++)
    {
      GtkWidget *picture = g_ptr_array_index (pictures, i);
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_compute_bounds (picture, scrolled, &bounds));
      scroll_to (window, adjustment, gtk_adjustment_get_value (adjustment) + bounds.origin.y);
      check_screen (window, pictures, scrolled, column, seen);
      g_test_message ("%s seen whole on %u screens", expected[i].file, seen[i]);
      g_assert_cmpuint (seen[i], >, 0);
    }
  g_test_message ("%dx%d: %u screens, column %d px", size[0], size[1], screens, column);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A picture that is not there, or that cannot be decoded, shows what it
 * shows in words instead. */
static void
test_description_instead (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kiosk-pictures-XXXXXX", NULL);
  g_autofree char *src = g_build_filename (TEST_SRCDIR, "clinics", "riverside", NULL);
  g_autofree char *broken = g_build_filename (dir, "images", "broken.png", NULL);
  g_autoptr(KioskContent) content = NULL;
  g_autofree char *text = NULL;
  KioskWindow *window;
  /* A PNG header that says 640×480, then nothing a decoder can use. */
  static const guchar header[] = {
    0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
    0, 0, 2, 0x80, 0, 0, 1, 0xe0, 8, 2, 0, 0, 0, 0x12, 0x34, 0x56, 0x78,
  };

  copy_tree (src, dir);
  g_assert_true (g_file_set_contents (broken, (const char *) header, sizeof header, NULL));
  write_text (dir, "en/50-broken.md",
              "# Broken pictures\n\n"
              "![A map of the second floor](images/not-there.png)\n\n"
              "![The new waiting room, with green chairs](images/broken.png)\n");
  content = kiosk_content_load (dir);
  window = open_window_with (content, "en", 1280, 800);
  kiosk_navigator_show (kiosk_window_get_navigator (window), "broken");
  settle (GTK_WIDGET (window));
  for (guint i = 0; i < 100 && kiosk_picture_get_loading () > 0; i++)
    g_usleep (20000), settle (GTK_WIDGET (window));
  settle (GTK_WIDGET (window));

  text = screen_text (window);
  g_assert_nonnull (strstr (text, "A map of the second floor"));
  g_assert_nonnull (strstr (text, "The new waiting room, with green chairs"));
  save_screen ("pictures-described");
  gtk_window_destroy (GTK_WINDOW (window));
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_build_filename (TEST_SRCDIR, "clinics", "riverside", NULL);
  g_autoptr(KioskContent) bundled = NULL;
  g_autoptr(KioskContent) loaded = NULL;
  static const int landscape[] = { 1920, 1080 }, portrait[] = { 1080, 1920 }, small[] = { 1280, 800 };

  bundled = gui_test_init (&argc, &argv);
  loaded = kiosk_content_load (dir);
  clinic = loaded;
  g_assert_cmpuint (kiosk_diagnostics_count_errors (kiosk_content_get_diagnostics (clinic)), ==, 0);

  g_test_add_data_func ("/pictures/scrolled/1920x1080", landscape, test_scrolled_through);
  g_test_add_data_func ("/pictures/scrolled/1080x1920", portrait, test_scrolled_through);
  g_test_add_data_func ("/pictures/scrolled/1280x800", small, test_scrolled_through);
  g_test_add_func ("/pictures/description-instead", test_description_instead);

  return g_test_run ();
}
