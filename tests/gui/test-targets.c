/* test-targets.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "kiosk-application.h"
#include "kiosk-i18n.h"
#include "kiosk-display-popover.h"
#include "kiosk-window.h"
#include "gui-util.h"

/* Every screen, at every supported size, walked widget by widget: each
 * control a finger can press is at least 48×48 px, main buttons at least
 * 64 px tall, and no two controls are closer than 8 px. Links inside a
 * sentence are exempt (WCAG 2.5.8 "inline"); every glossary word in the
 * text also has a full-size button under "Words on this page". */

#define MIN_TARGET   48
#define MIN_PRIMARY  64
#define MIN_SPACING  8

static KioskContent *content;

static const char *primary_classes[] = {
  "footer-button", "nav-button", "primary-button", "secondary-button",
  "danger-button", "attract-button", "booking-card", "pin-key",
};

static char *
describe (GtkWidget *widget)
{
  g_autofree char *text = all_text (widget);
  const char *name = gtk_widget_get_name (widget);

  g_strdelimit (text, "\n", ' ');
  return g_strdup_printf ("%s “%.*s”", name, 40, g_strstrip (text));
}

static gboolean
is_shown (GtkWidget *widget)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    if (!gtk_widget_get_visible (w) || !gtk_widget_get_child_visible (w))
      return FALSE;
  return gtk_widget_get_mapped (widget);
}

static void
collect_targets (GtkWidget *widget,
                 GPtrArray *out)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if ((GTK_IS_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget) || GTK_IS_SWITCH (widget) ||
       GTK_IS_SCALE (widget)) && gtk_widget_is_sensitive (widget) && is_shown (widget))
    {
      g_ptr_array_add (out, widget);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_targets (child, out);
}

static gboolean
visible_part (GtkWidget       *target,
              GtkWidget       *native,
              graphene_rect_t *bounds,
              graphene_rect_t *seen)
{
  *seen = *bounds;
  for (GtkWidget *w = gtk_widget_get_parent (target); w != NULL; w = gtk_widget_get_parent (w))
    if (GTK_IS_SCROLLED_WINDOW (w))
      {
        graphene_rect_t view;

        g_assert_true (gtk_widget_compute_bounds (w, native, &view));
        if (!graphene_rect_intersection (seen, &view, seen))
          return FALSE;
      }
  return TRUE;
}

/* Checks the controls under @root, as laid out in @window. */
static guint
check_screen (KioskWindow *window,
              GtkWidget   *root,
              const char  *where)
{
  g_autoptr(GPtrArray) targets = g_ptr_array_new ();
  g_autoptr(GArray) rects = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
  GtkWidget *native = GTK_WIDGET (gtk_widget_get_native (root));
  guint failures = 0;

  collect_targets (root, targets);
  for (guint i = 0; i < targets->len; i++)
    {
      GtkWidget *target = g_ptr_array_index (targets, i);
      graphene_rect_t bounds;
      gboolean primary = FALSE;

      graphene_rect_t seen;

      g_assert_true (gtk_widget_compute_bounds (target, native, &bounds));
      /* What a finger can reach: the part inside every scrolled view. */
      if (!visible_part (target, native, &bounds, &seen))
        {
          g_ptr_array_remove_index (targets, i--);
          continue;
        }
      g_array_append_val (rects, seen);
      for (guint k = 0; k < G_N_ELEMENTS (primary_classes); k++)
        primary |= gtk_widget_has_css_class (target, primary_classes[k]);

      if (bounds.size.width < MIN_TARGET || bounds.size.height < MIN_TARGET ||
          (primary && bounds.size.height < MIN_PRIMARY))
        {
          g_autofree char *what = describe (target);

          g_test_message ("%s: %s is %.0f×%.0f px", where, what,
                          bounds.size.width, bounds.size.height);
          failures++;
        }
    }

  /* Spacing: the gap between any two targets, on screen at the same time. */
  for (guint i = 0; i < rects->len; i++)
    for (guint j = i + 1; j < rects->len; j++)
      {
        graphene_rect_t *a = &g_array_index (rects, graphene_rect_t, i);
        graphene_rect_t *b = &g_array_index (rects, graphene_rect_t, j);
        float gap_x = MAX (b->origin.x - (a->origin.x + a->size.width),
                           a->origin.x - (b->origin.x + b->size.width));
        float gap_y = MAX (b->origin.y - (a->origin.y + a->size.height),
                           a->origin.y - (b->origin.y + b->size.height));
        float gap = MAX (gap_x, gap_y);

        if (gap < MIN_SPACING - 0.5)
          {
            g_autofree char *what_a = describe (g_ptr_array_index (targets, i));
            g_autofree char *what_b = describe (g_ptr_array_index (targets, j));

            g_test_message ("%s: %s and %s are %.0f px apart", where, what_a, what_b, gap);
            failures++;
          }
      }
  return failures;
}

static GtkWidget *
layer_widget (KioskWindow *window,
              const char  *name)
{
  if (g_str_equal (name, "idle-warning"))
    return find_widget (GTK_WIDGET (window), KIOSK_TYPE_IDLE_WARNING);
  if (g_str_equal (name, "pin-pad"))
    return find_widget (GTK_WIDGET (window), KIOSK_TYPE_PIN_PAD);
  if (g_str_equal (name, "staff-panel"))
    return find_widget (GTK_WIDGET (window), KIOSK_TYPE_STAFF_PANEL);
  return find_widget (GTK_WIDGET (window), KIOSK_TYPE_ATTRACT_SCREEN);
}

static void
visit (KioskWindow *window,
       const char  *id,
       const char  *size,
       guint       *failures,
       guint       *screens)
{
  g_autofree char *where = g_strdup_printf ("%s at %s", id, size);

  kiosk_navigator_show (kiosk_window_get_navigator (window), id);
  settle (GTK_WIDGET (window));
  *failures += check_screen (window, GTK_WIDGET (window), where);
  (*screens)++;
}

static void
check_size (int width,
            int height)
{
  const KioskCatalog *catalog = kiosk_content_get_catalog (content, "en");
  KioskWindow *window = open_window_with (content, "en", width, height);
  g_autofree char *size = g_strdup_printf ("%dx%d", width, height);
  static const char *layers[] = { "idle-warning", "pin-pad", "staff-panel", "attract" };
  guint failures = 0, screens = 0;

  failures += check_screen (window, GTK_WIDGET (window), "home");
  screens++;
  visit (window, KIOSK_ID_BOOKING, size, &failures, &screens);
  visit (window, KIOSK_ID_GLOSSARY, size, &failures, &screens);
  for (guint i = 0; i < catalog->entries->len; i++)
    {
      const KioskEntry *entry = g_ptr_array_index (catalog->entries, i);

      if (entry != catalog->home && entry != catalog->booking)
        visit (window, entry->id, size, &failures, &screens);
    }

  /* A glossary word's popover. A popover must open on a monitor; the
   * portrait window is taller than the test's landscape screen. */
  if (height <= 1080)
    {
      g_autofree char *where = g_strdup_printf ("glossary popover at %s", size);
      GtkWidget *popover;

      kiosk_navigator_show (kiosk_window_get_navigator (window), "therapies/platelet-rich-plasma");
      settle (GTK_WIDGET (window));
      popover = open_term_popover (window);
      failures += check_screen (window, popover, where);
      screens++;
      gtk_popover_popdown (GTK_POPOVER (popover));

      /* Text size, contrast and volume. */
      {
        g_autofree char *display_where = g_strdup_printf ("text size popover at %s", size);

        gtk_menu_button_popup (GTK_MENU_BUTTON (find_by_class (GTK_WIDGET (window), "display-button")));
        popover = wait_for_popover (GTK_WIDGET (window), KIOSK_TYPE_DISPLAY_POPOVER);
        g_assert_nonnull (popover);
        settle (popover);
        failures += check_screen (window, popover, display_where);
        screens++;
        gtk_popover_popdown (GTK_POPOVER (popover));
      }
    }

  for (guint i = 0; i < G_N_ELEMENTS (layers); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s at %s", layers[i], size);

      kiosk_window_reset (window);
      gtk_widget_set_visible (find_widget (GTK_WIDGET (window), KIOSK_TYPE_ATTRACT_SCREEN), FALSE);
      g_assert_true (kiosk_window_show_overlay (window, layers[i]));
      settle (GTK_WIDGET (window));
      /* Only the layer on top can be touched. */
      failures += check_screen (window, layer_widget (window, layers[i]), where);
      screens++;
    }

  g_test_message ("%u screens at %s, %u problems", screens, size, failures);
  g_assert_cmpuint (failures, ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_landscape (void)
{
  check_size (1920, 1080);
}

static void
test_portrait (void)
{
  check_size (1080, 1920);
}

static void
test_small (void)
{
  check_size (1280, 800);
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

  g_test_add_func ("/kiosk/targets/1920x1080", test_landscape);
  g_test_add_func ("/kiosk/targets/1080x1920", test_portrait);
  g_test_add_func ("/kiosk/targets/1280x800", test_small);

  return g_test_run ();
}
